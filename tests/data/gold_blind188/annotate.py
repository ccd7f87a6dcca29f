"""Annotations of the hundred-and-eighty-eighth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind188/annotate.py [--show]

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
    # Thursday 2013-10-03 (ISO week 40), British regional daily, headline, standfirst, byline,
    # date line "Thursday 3 October 2013" (one span with its weekday). "this winter's flu jabs"
    # -> "this winter" 2014-WI, the coming winter of 2013-14 taking the year of its January
    # (gold_blind10, gold_blind103); "Last winter" 2013-WI and its "mid-January" 2013-01.
    # "the 2012-13 season" -> "2012" and "13" 2013, the season itself not annotated
    # (gold_blind10, gold_blind93). "October", "November", "December" (headline and body) and
    # "the end of November" are the months of this year's programme. "Saturday mornings" SET
    # XXXX-WXX-6TMO; "Saturday 12 October" with "9am" and "1pm" on that day; the early opening
    # "at 7.30am, on Tuesdays and Thursdays" recurs: XXXX-XX-XXT07:30 and two SETs. Pharmacies
    # "last year" 2012 gave jabs "between September and March" -> 2012-09 and 2013-03 (the
    # 2012-13 programme). "since Monday" 2013-09-30, "Yesterday" (quoted, spoken this week)
    # 2013-10-02, "last autumn" 2012-FA, "next week" 2013-W41, "In recent years" -> "recent
    # years" PAST_REF, "ten days" P10D, "five minutes" PT5M, "about two weeks" P2W, "the next
    # fortnight" P2W, "every year" and "annually" SET P1Y. Not annotated: "for the first time"
    # (standfirst), "two- and three-year-olds", "aged two and three", "aged 65 and over",
    # "over-65s", "68.4%", "75%", "214", "31", "4,100", "120", "since we started", "NHS 111",
    # "www.ashcombeccg.nhs.uk/flu2013" (a URL holding 2013), the flu season itself.
    "ashcombe-flu-jab-season-opens": (
        "2013-10-03",
        [
            ("December", "DATE", "2013-12"),
            ("Thursday 3 October 2013", "DATE", "2013-10-03"),
            ("this winter", "DATE", "2014-WI"),
            ("this week", "DATE", "2013-W40"),
            ("October", "DATE", "2013-10"),
            ("November", "DATE", "2013-11"),
            ("December", "DATE", "2013-12"),
            ("about two weeks", "DURATION", "P2W"),
            ("the end of November", "DATE", "2013-11"),
            ("Last winter", "DATE", "2013-WI"),
            ("2012", "DATE", "2012"),
            ("13", "DATE", "2013"),
            ("mid-January", "DATE", "2013-01"),
            ("This year", "DATE", "2013"),
            ("the next fortnight", "DURATION", "P2W"),
            ("every year", "SET", "P1Y"),
            ("annually", "SET", "P1Y"),
            ("Saturday mornings", "SET", "XXXX-WXX-6TMO"),
            ("this month", "DATE", "2013-10"),
            ("Saturday 12 October", "DATE", "2013-10-12"),
            ("9am", "TIME", "2013-10-12T09:00"),
            ("1pm", "TIME", "2013-10-12T13:00"),
            ("7.30am", "TIME", "XXXX-XX-XXT07:30"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("28 November", "DATE", "2013-11-28"),
            ("last year", "DATE", "2012"),
            ("September", "DATE", "2012-09"),
            ("March", "DATE", "2013-03"),
            ("Monday", "DATE", "2013-09-30"),
            ("Yesterday", "DATE", "2013-10-02"),
            ("last autumn", "DATE", "2012-FA"),
            ("next week", "DATE", "2013-W41"),
            ("recent years", "DATE", "PAST_REF"),
            ("ten days", "DURATION", "P10D"),
            ("five minutes", "DURATION", "PT5M"),
        ],
    ),
    # Tuesday 2015-08-18 (ISO week 34), US local daily, headline, deck, byline "Staff Writer",
    # date line "Tuesday, August 18, 2015", "MILLBROOK, Ohio —" dateline. School starts
    # Thursday Sept. 3 (headline and lead); "the first day of school" itself is event-named and
    # left out. "16 days left before" DURATION P16D (an anchored duration is the duration
    # alone, gold_blind35); "said Monday" 2015-08-17; "14-day grace period" P14D; "by Sept.
    # 17". The clinics "every Saturday this month" (deck and body) -> SET XXXX-WXX-6 and
    # "this month" 2015-08, two TIMEX3 (gold_blind49's "every week since last June"), their
    # hours "from 9 a.m. to noon" XXXX-XX-XXT09:00 and T12:00; "on Saturday" (past) 2015-08-15;
    # the evening clinic "from 4 p.m. to 7 p.m. next Wednesday, Aug. 26" -> two TIMEs on
    # 2015-08-26, "next Wednesday" (the coming one, gold_blind25) and "Aug. 26". "Last year"
    # 2014; "more than a week" P1W; "now" PRESENT_REF; "about three weeks" P3W; "this week"
    # 2015-W34; "at least three months" P3M (an interval between doses, gold_blind61); "after
    # years of records trickling in weeks late" -> "years" PXY and "weeks" PXW (the size of a
    # delay, gold_blind49); "last fall" 2014-FA; "five years ago" 2010; "Labor Day" 2015-09-07
    # (first Monday of September); "this year" 2015; "Sept. 30"; "since June" 2015-06; "every
    # Monday and Thursday" -> SET XXXX-WXX-1 and SET XXXX-WXX-4 (gold_blind10's "every Tuesday
    # and Thursday"); "by 3 p.m. Sept. 2" two TIMEX3. Not annotated: "the first day of school"
    # (twice), "the first day the rule was enforced", "until they comply", "before school
    # starts", "until school starts", "the last minute" (idiom), "an extra evening clinic" (an
    # adjective naming a kind), "seventh-graders", "kindergartners", "under 13", "1,200",
    # "412", "37", "340", "91%", "95%", "419-555-2015" (a phone number holding 2015).
    "millbrook-school-shots-deadline": (
        "2015-08-18",
        [
            ("Sept. 3", "DATE", "2015-09-03"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("this month", "DATE", "2015-08"),
            ("Tuesday, August 18, 2015", "DATE", "2015-08-18"),
            ("16 days", "DURATION", "P16D"),
            ("Sept. 3", "DATE", "2015-09-03"),
            ("Monday", "DATE", "2015-08-17"),
            ("14-day", "DURATION", "P14D"),
            ("Sept. 17", "DATE", "2015-09-17"),
            ("Last year", "DATE", "2014"),
            ("more than a week", "DURATION", "P1W"),
            ("now", "DATE", "PRESENT_REF"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("this month", "DATE", "2015-08"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("Saturday", "DATE", "2015-08-15"),
            ("4 p.m.", "TIME", "2015-08-26T16:00"),
            ("7 p.m.", "TIME", "2015-08-26T19:00"),
            ("next Wednesday", "DATE", "2015-08-26"),
            ("Aug. 26", "DATE", "2015-08-26"),
            ("about three weeks", "DURATION", "P3W"),
            ("this week", "DATE", "2015-W34"),
            ("at least three months", "DURATION", "P3M"),
            ("2013", "DATE", "2013"),
            ("years", "DURATION", "PXY"),
            ("weeks", "DURATION", "PXW"),
            ("last fall", "DATE", "2014-FA"),
            ("five years ago", "DATE", "2010"),
            ("Labor Day", "DATE", "2015-09-07"),
            ("this year", "DATE", "2015"),
            ("Sept. 30", "DATE", "2015-09-30"),
            ("June", "DATE", "2015-06"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("Thursday", "SET", "XXXX-WXX-4"),
            ("3 p.m.", "TIME", "2015-09-02T15:00"),
            ("Sept. 2", "DATE", "2015-09-02"),
        ],
    ),
    # Saturday 2014-01-18 (ISO week 3), Indian daily's district story, headline, byline "Staff
    # Reporter", dateline "BAHARGANJ, January 18, 2014" and "Updated: January 18, 2014 02:14
    # IST" (two DATEs and a TIME, the zone in the span, gold_blind49). The national round is
    # "on Sunday" (headline and body, future) 2014-01-19, its booths "from 9 a.m. to 5 p.m. on
    # Sunday" two TIMEs on that day; "an hour later than in earlier rounds" -> "an hour"
    # PT1H (the size of a shift, gold_blind102); "the past week" P1W; "From Monday" 2014-01-20,
    # "for five days" P5D, ending "on January 24", the Friday of "till Friday" (future)
    # 2014-01-24. "last month" 2013-12 and "The December round" -> "December" 2013-12 (a month
    # naming a round, like "the November issue" in gold_blind93). "more than four years" P4Y;
    # "October 2009"; "2006"; "every year since the mid-1990s" -> SET P1Y and "the mid-1990s"
    # 199 (gold_blind49); "twice a year" SET P1Y; "February 23" 2014-02-23 (a Sunday); "on
    # Thursday" (past) 2014-01-16; "by 8 p.m. each day" -> XXXX-XX-XXT20:00 (hours of a
    # recurring duty) and SET P1D; "this evening" 2014-01-18TEV; "Sunday morning" 2014-01-19TMO.
    # The Indian financial year runs April-March and is named by the year it ends: "the
    # financial year 2012-13" one span FY2013, "2013-14" FY2014 (gold_blind49, gold_blind74).
    # Not annotated: "the first national immunisation round" beyond "2014", "below five years of
    # age", "the 0-5 age group", "14-month-old", "round the clock", "at birth", "4.6 lakh",
    # "1,850", "2,300", "97 per cent", "80 per cent", "94 cases", "Ward No. 19", "NH 24",
    # "Rs. 1.2 crore", "Rs. 1.4 crore", "1800 555 2014" (a helpline holding 2014).
    "baharganj-pulse-polio-sunday": (
        "2014-01-18",
        [
            ("Sunday", "DATE", "2014-01-19"),
            ("January 18, 2014", "DATE", "2014-01-18"),
            ("January 18, 2014", "DATE", "2014-01-18"),
            ("02:14 IST", "TIME", "2014-01-18T02:14"),
            ("Sunday", "DATE", "2014-01-19"),
            ("2014", "DATE", "2014"),
            ("9 a.m.", "TIME", "2014-01-19T09:00"),
            ("5 p.m.", "TIME", "2014-01-19T17:00"),
            ("Sunday", "DATE", "2014-01-19"),
            ("an hour", "DURATION", "PT1H"),
            ("the past week", "DURATION", "P1W"),
            ("Monday", "DATE", "2014-01-20"),
            ("five days", "DURATION", "P5D"),
            ("January 24", "DATE", "2014-01-24"),
            ("Friday", "DATE", "2014-01-24"),
            ("last month", "DATE", "2013-12"),
            ("December", "DATE", "2013-12"),
            ("more than four years", "DURATION", "P4Y"),
            ("October 2009", "DATE", "2009-10"),
            ("2006", "DATE", "2006"),
            ("every year", "SET", "P1Y"),
            ("the mid-1990s", "DATE", "199"),
            ("twice a year", "SET", "P1Y"),
            ("February 23", "DATE", "2014-02-23"),
            ("Thursday", "DATE", "2014-01-16"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("each day", "SET", "P1D"),
            ("this evening", "TIME", "2014-01-18TEV"),
            ("Sunday morning", "TIME", "2014-01-19TMO"),
            ("the financial year 2012-13", "DATE", "FY2013"),
            ("2013-14", "DATE", "FY2014"),
        ],
    ),
    # Wednesday 2015-09-30 (ISO week 40), British regional daily, headline, standfirst, byline,
    # date line "Wednesday 30 September 2015". The campaign starts "tomorrow" (headline and
    # body) 2015-10-01; "tonight" 2015-09-30TNI; "from midnight tonight" -> "midnight"
    # 2015-09-30T24:00 and "tonight", the midnight that ends the day (gold_blind103). "28
    # days" (headline and body) P28D, "the 28-day challenge" P28D; "the first four weeks" P4W
    # and "the first week" P1W (ordinal periods of an event, gold_blind35). The council
    # service's year runs April-March and is named by the year it ends: "in 2014-15" FY2015,
    # "the year before" FY2014 (the granularity of what it is compared with). "on Wednesday
    # evenings from 6pm to 8pm" SET XXXX-WXX-3TEV and two habitual TIMEs; "throughout
    # October" 2015-10; "up to 12 weeks" P12W; "Last October" 2014-10; "this summer" 2015-SU
    # and "in April" 2015-04; "2010"; "last year" 2014; "two years ago" 2013; "30 years" P30Y;
    # "The first three days" P3D; "from 10am to 2pm on Friday" 2015-10-02 with its two TIMEs;
    # "Every year" SET P1Y; "on Saturday" (future) 2015-10-03; "since July" 2015-07. Not
    # annotated: "Stoptober" (twice; the campaign's name, not a period: people "sign up to" it,
    # and its dates are written as "tomorrow" and "28 days"), "one day at a time" (idiom), "the
    # start of the campaign", "since" (anaphoric), "daytime drop-ins" (an adjective naming a
    # kind), "46", "1,240", "1,050", "420", "one in three", "24 per cent", "19 per cent",
    # "300", "0800 555 2815", "21mg", "14mg", "7mg".
    "redfield-stoptober-quit-clinics": (
        "2015-09-30",
        [
            ("28 days", "DURATION", "P28D"),
            ("tomorrow", "DATE", "2015-10-01"),
            ("Wednesday 30 September 2015", "DATE", "2015-09-30"),
            ("tonight", "TIME", "2015-09-30TNI"),
            ("tomorrow", "DATE", "2015-10-01"),
            ("28 days", "DURATION", "P28D"),
            ("the first four weeks", "DURATION", "P4W"),
            ("the first week", "DURATION", "P1W"),
            ("2014-15", "DATE", "FY2015"),
            ("the year before", "DATE", "FY2014"),
            ("Wednesday evenings", "SET", "XXXX-WXX-3TEV"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("October", "DATE", "2015-10"),
            ("up to 12 weeks", "DURATION", "P12W"),
            ("Last October", "DATE", "2014-10"),
            ("28-day", "DURATION", "P28D"),
            ("this summer", "DATE", "2015-SU"),
            ("April", "DATE", "2015-04"),
            ("2010", "DATE", "2010"),
            ("last year", "DATE", "2014"),
            ("two years ago", "DATE", "2013"),
            ("30 years", "DURATION", "P30Y"),
            ("The first three days", "DURATION", "P3D"),
            ("10am", "TIME", "2015-10-02T10:00"),
            ("2pm", "TIME", "2015-10-02T14:00"),
            ("Friday", "DATE", "2015-10-02"),
            ("Every year", "SET", "P1Y"),
            ("midnight", "TIME", "2015-09-30T24:00"),
            ("tonight", "TIME", "2015-09-30TNI"),
            ("Saturday", "DATE", "2015-10-03"),
            ("July", "DATE", "2015-07"),
        ],
    ),
    # Sunday 2012-12-02 (ISO week 48), Australian regional paper's website, headline, stamp
    # "2 Dec, 2012 06:00 AM" (DATE and TIME, gold_blind49), byline. A southern summer takes the
    # year of its January (gold_blind9, gold_blind17): "this summer" (headline) and "a hotter
    # than average summer" -> 2013-SU (the head noun only, gold_blind103), "Last summer"
    # 2012-SU, "every summer" SET XXXX-SU. "Australia Day" is 26 January: the coming one
    # (lead) 2013-01-26, the one of last summer 2012-01-26. "four-year" P4Y; "today" twice;
    # "every weekend" SET XXXX-WXX-WE; "next Saturday, December 8" -> "next Saturday" (the
    # coming one in a Sunday paper) and "December 8", two DATEs; the stations' hours "from 9am
    # to 4pm" habitual XXXX-XX-XXT09:00 and T16:00; "10am today" 2012-12-02T10:00; "every
    # Sunday in January" SET XXXX-WXX-7 and "January" 2013-01; "by 11am on Friday" (past)
    # 2012-11-30T11:00 and the DATE; "20 minutes before going outside" PT20M; "every two
    # hours" SET PT2H; "less than 15 minutes" PT15M; "around midday" and "between 10am and 3pm"
    # are generic hours, XXXX-XX-XXT12:00, T10:00, T15:00 (gold_blind93); "the past decade"
    # P10Y; "now" PRESENT_REF; "a decade ago" 2002 (the unit's granularity); "2010"; "20
    # years" P20Y; "December 19"; "over Christmas" 2012-12-25; "every day" SET P1D; "the end
    # of the 2015-16 financial year" one span FY2016 (July-June year named by the year it
    # ends; "the end of" not recorded); "1927". Not annotated: "the holidays" (school
    # holidays), "in their twenties" and "twice their age" (ages), "the UV index", "12", "3",
    # "SPF 50+", "$2.4 million", "14", "1,140", "60", "30 per cent", "1300 555 212", "since"
    # (anaphoric), "Schools break up" (a school term's end; its date is annotated).
    "tallow-bay-summer-sun-campaign": (
        "2012-12-02",
        [
            ("this summer", "DATE", "2013-SU"),
            ("2 Dec, 2012", "DATE", "2012-12-02"),
            ("06:00 AM", "TIME", "2012-12-02T06:00"),
            ("four-year", "DURATION", "P4Y"),
            ("today", "DATE", "2012-12-02"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("next Saturday", "DATE", "2012-12-08"),
            ("December 8", "DATE", "2012-12-08"),
            ("Australia Day", "DATE", "2013-01-26"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("10am", "TIME", "2012-12-02T10:00"),
            ("today", "DATE", "2012-12-02"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("January", "DATE", "2013-01"),
            ("Last summer", "DATE", "2012-SU"),
            ("Australia Day", "DATE", "2012-01-26"),
            ("summer", "DATE", "2013-SU"),
            ("11am", "TIME", "2012-11-30T11:00"),
            ("Friday", "DATE", "2012-11-30"),
            ("20 minutes", "DURATION", "PT20M"),
            ("every two hours", "SET", "PT2H"),
            ("less than 15 minutes", "DURATION", "PT15M"),
            ("midday", "TIME", "XXXX-XX-XXT12:00"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("3pm", "TIME", "XXXX-XX-XXT15:00"),
            ("the past decade", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("a decade ago", "DATE", "2002"),
            ("2010", "DATE", "2010"),
            ("20 years", "DURATION", "P20Y"),
            ("December 19", "DATE", "2012-12-19"),
            ("Christmas", "DATE", "2012-12-25"),
            ("every day", "SET", "P1D"),
            ("the end of the 2015-16 financial year", "DATE", "FY2016"),
            ("1927", "DATE", "1927"),
            ("every summer", "SET", "XXXX-SU"),
        ],
    ),
    # Monday 2014-12-01 (ISO week 49), US daily, headline, byline "Staff Writer", date line
    # "Monday, December 1, 2014", "HARMON CITY, Ind. —" dateline. "World AIDS Day" (headline
    # and lead) is the publication day, a fixed-date observance annotated like a holiday
    # (gold_blind84); "Last year's World AIDS Day" -> "Last year" 2013 and "World AIDS Day"
    # 2013-12-01, two TIMEX3 like "last year's Black Friday" (gold_blind57). "every year"
    # (headline) and "at least once a year" SET P1Y; "every three months" SET P3M; "from 10
    # a.m. to 6 p.m. today" two TIMEs on 2014-12-01 and the DATE; "about 20 minutes" PT20M;
    # "so far this year" -> "this year" 2014; "the early 1990s" 199; "Now" PRESENT_REF; "22
    # years" P22Y; "within 72 hours" PT72H; "28 days" P28D; "up to three months" P3M; "a daily
    # pill" SET P1D (an adjectival frequency naming a recurrence, gold_blind93); "recent
    # months" PAST_REF; "1991"; "last month" 2014-11; "On Saturday" (past) 2014-11-29; "at 7
    # p.m. tonight" 2014-12-01T19:00 and 2014-12-01TNI; "through Friday" 2014-12-05; "through
    # June 30" 2015-06-30; "the state's fiscal year" FY2015 (Indiana's July-June year, named by
    # the year it ends, in which June 30 falls); "the next five years" P5Y; "Saturdays" SET
    # XXXX-WXX-6; "next year" 2015. Not annotated: "so far", "early" (start treatment early),
    # "a death sentence", "the most since 2008" beyond "2008", "58", "49", "640", "11",
    # "2,000", "40 panels", "$1.3 million", "317-555-1988", "1991 Walnut St." (an address
    # holding 1991, after the annotated year), "the AIDS Memorial Quilt", "PrEP", "HIV".
    "harmon-city-world-aids-day-testing": (
        "2014-12-01",
        [
            ("World AIDS Day", "DATE", "2014-12-01"),
            ("every year", "SET", "P1Y"),
            ("Monday, December 1, 2014", "DATE", "2014-12-01"),
            ("10 a.m.", "TIME", "2014-12-01T10:00"),
            ("6 p.m.", "TIME", "2014-12-01T18:00"),
            ("today", "DATE", "2014-12-01"),
            ("World AIDS Day", "DATE", "2014-12-01"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("Last year", "DATE", "2013"),
            ("World AIDS Day", "DATE", "2013-12-01"),
            ("2013", "DATE", "2013"),
            ("2008", "DATE", "2008"),
            ("this year", "DATE", "2014"),
            ("at least once a year", "SET", "P1Y"),
            ("every three months", "SET", "P3M"),
            ("the early 1990s", "DATE", "199"),
            ("Now", "DATE", "PRESENT_REF"),
            ("22 years", "DURATION", "P22Y"),
            ("72 hours", "DURATION", "PT72H"),
            ("28 days", "DURATION", "P28D"),
            ("up to three months", "DURATION", "P3M"),
            ("daily", "SET", "P1D"),
            ("recent months", "DATE", "PAST_REF"),
            ("1991", "DATE", "1991"),
            ("last month", "DATE", "2014-11"),
            ("Saturday", "DATE", "2014-11-29"),
            ("7 p.m.", "TIME", "2014-12-01T19:00"),
            ("tonight", "TIME", "2014-12-01TNI"),
            ("Friday", "DATE", "2014-12-05"),
            ("June 30", "DATE", "2015-06-30"),
            ("the state's fiscal year", "DATE", "FY2015"),
            ("the next five years", "DURATION", "P5Y"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("next year", "DATE", "2015"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
