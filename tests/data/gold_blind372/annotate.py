"""Annotations of blind gold set 372, chosen by hand before the tagger ran.

    python tests/data/gold_blind372/annotate.py [--show]

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
    # Tuesday 2012-03-20 (ISO week 12), English regional evening paper's website, missing
    # teenager with a police timeline box; stamp "Published: 13:05 Tuesday 20 March 2012 |
    # Updated: 16:40 Tuesday 20 March 2012" (a TIME and a DATE each, the weekday in the DATE
    # span, gold_blind72). The girl vanished on Friday 2012-03-16: "about 8pm on Friday"
    # 2012-03-16T20:00 (the approximator kept in the span, gold_blind52), "shortly before 8pm"
    # -> "8pm" the same, the timeline's clock times all on that Friday ("About 5.15pm" with its
    # capital, "by 9pm" 21:00); "the early hours of Saturday" one DATE span 2012-03-17
    # (gold_blind7, gold_blind52), "by 1am" and "1.20am" on that Saturday; "Saturday morning"
    # 2012-03-17TMO; the volunteers' search "on Sunday" 2012-03-18, which was Mothering Sunday
    # (the fourth Sunday of Lent, three weeks before Easter, 8 April 2012): "Mothering Sunday"
    # DATE 2012-03-18. "The night before she disappeared" is the night before that Friday,
    # Thursday 2012-03-15TNI (like "The night before" in gold_blind10). "yesterday" Monday
    # 2012-03-19. "Missing for four days" (headline) and "four days after she vanished" P4D;
    # "nearly three days" P3D; "within 24 hours" -> "24 hours" PT24H. Past "in November"
    # 2011-11 and "last summer" 2011-SU (gold_blind52's "last summer" in March). Future "7pm
    # tomorrow" 2012-03-21T19:00 and 2012-03-21, "planned for Thursday" 2012-03-22, "next week"
    # 2012-W13. "quoting log 1416 of 16 March" -> "16 March" 2012-03-16 (the log number is not
    # annotated, gold_blind72). "updated every day" SET P1D. Not annotated: "16-year-old",
    # "twice before", "More than 200 volunteers", "58-plate" (a registration year code,
    # gold_blind72), "5ft 4in", "the number 42 bus", "log 1416" (looks like 14:16), "101",
    # "0800 555 111", "wessmoor.police.uk/missing/2012/ellie" (a year in a URL), "two friends".
    "brackwell-missing-teenager-timeline": (
        "2012-03-20",
        [
            ("four days", "DURATION", "P4D"),
            ("13:05", "TIME", "2012-03-20T13:05"),
            ("Tuesday 20 March 2012", "DATE", "2012-03-20"),
            ("16:40", "TIME", "2012-03-20T16:40"),
            ("Tuesday 20 March 2012", "DATE", "2012-03-20"),
            ("four days", "DURATION", "P4D"),
            ("about 8pm", "TIME", "2012-03-16T20:00"),
            ("Friday", "DATE", "2012-03-16"),
            ("the early hours of Saturday", "DATE", "2012-03-17"),
            ("1am", "TIME", "2012-03-17T01:00"),
            ("yesterday", "DATE", "2012-03-19"),
            ("nearly three days", "DURATION", "P3D"),
            ("November", "DATE", "2011-11"),
            ("last summer", "DATE", "2011-SU"),
            ("24 hours", "DURATION", "PT24H"),
            ("Saturday morning", "TIME", "2012-03-17TMO"),
            ("Sunday", "DATE", "2012-03-18"),
            ("Mothering Sunday", "DATE", "2012-03-18"),
            ("8pm", "TIME", "2012-03-16T20:00"),
            ("The night before", "TIME", "2012-03-15TNI"),
            ("Friday 16 March", "DATE", "2012-03-16"),
            ("7.50am", "TIME", "2012-03-16T07:50"),
            ("3.25pm", "TIME", "2012-03-16T15:25"),
            ("About 5.15pm", "TIME", "2012-03-16T17:15"),
            ("6.40pm", "TIME", "2012-03-16T18:40"),
            ("9pm", "TIME", "2012-03-16T21:00"),
            ("7.58pm", "TIME", "2012-03-16T19:58"),
            ("8.06pm", "TIME", "2012-03-16T20:06"),
            ("Saturday 17 March", "DATE", "2012-03-17"),
            ("1.20am", "TIME", "2012-03-17T01:20"),
            ("7.30pm", "TIME", "2012-03-16T19:30"),
            ("8.30pm", "TIME", "2012-03-16T20:30"),
            ("Friday", "DATE", "2012-03-16"),
            ("7pm", "TIME", "2012-03-21T19:00"),
            ("tomorrow", "DATE", "2012-03-21"),
            ("Thursday", "DATE", "2012-03-22"),
            ("next week", "DATE", "2012-W13"),
            ("16 March", "DATE", "2012-03-16"),
            ("every day", "SET", "P1D"),
        ],
    ),
    # Wednesday 2013-11-27 (ISO week 48), the day before Thanksgiving; US local paper, section
    # label, headline, byline, date line "Wednesday, November 27, 2013" (one DATE span,
    # gold_blind35), "GARROW HEIGHTS -" dateline. "said Tuesday" 2013-11-26; the latest robbery
    # "about 2:30 a.m. Saturday" 2013-11-23T02:30 and 2013-11-23 (two TIMEX3). The box lists
    # five robberies, a DATE and a TIME each: Nov. 6 (Wed) 23:40, Nov. 9 (Sat) "about 10:15
    # p.m.", Nov. 14 (Thu) 01:05, Nov. 19 (Tue) 21:50, Nov. 23 (Sat) "about 2:30 a.m.".
    # "the next night" after the Nov. 19 robbery is 2013-11-20TNI (a narrative anchor on the
    # last date of its story line, gold_blind39, gold_blind52). "hours after the Nov. 14
    # robbery" -> "hours" PTXH and "minutes after the Nov. 19 robbery" -> "minutes" PTXM,
    # durations anchored to an event (gold_blind40, gold_blind54, gold_blind82); "hours ahead
    # of Black Friday" -> "hours" PTXH too. "less than three weeks" P3W (Nov. 6-23); "more than
    # 40 hours" of video PT40H; "five nights a week" SET P1W with its count in the span (like
    # "five days a week", gold_blind52); "for six years" P6Y. "the Thanksgiving weekend"
    # 2013-W48-WE (Thanksgiving 2013-11-28, gold_blind63); "tonight" 2013-11-27TNI; "through
    # Sunday" 2013-12-01; "6 p.m. on Thanksgiving Day" 2013-11-28T18:00 and 2013-11-28; "Black
    # Friday" 2013-11-29. "said Monday" 2013-11-25; "after 10 p.m." every night from now on is
    # XXXX-XX-XXT22:00 (recurring hours with no set word, gold_blind14); "the end of the year"
    # 2013. "the fiscal year that began July 1" -> "the fiscal year" FY2014 (a city's
    # July-June year named by the year it ends, gold_blind39) and "July 1" 2013-07-01; "last
    # week" 2013-W47; "the spring of 2011" 2011-SP; "in five weeks" P5W; "last year" 2012.
    # Not annotated: "5" and "holiday" (headline), "$340", "in his early 20s", "5-foot-9",
    # "2004 Pontiac Grand Prix" (a model year, gold_blind16), "2100 block", "418 N. Pike St.",
    # "3300 block", "1711 E. 21st St.", "62" (an age), "the overnight shift" (a kind of shift),
    # "the kind of night he likes" (generic), "11 of its stores", "60 percent", "eight
    # robberies", "31", "19", "(765) 555-2013", "1-800-555-8477", "No. 13-28841",
    # "garrowheightspd.org/tips2013".
    "garrow-heights-store-robbery-spree": (
        "2013-11-27",
        [
            ("Wednesday, November 27, 2013", "DATE", "2013-11-27"),
            ("less than three weeks", "DURATION", "P3W"),
            ("Tuesday", "DATE", "2013-11-26"),
            ("the Thanksgiving weekend", "DATE", "2013-W48-WE"),
            ("about 2:30 a.m.", "TIME", "2013-11-23T02:30"),
            ("Saturday", "DATE", "2013-11-23"),
            ("more than 40 hours", "DURATION", "PT40H"),
            ("hours", "DURATION", "PTXH"),
            ("Nov. 14", "DATE", "2013-11-14"),
            ("minutes", "DURATION", "PTXM"),
            ("Nov. 19", "DATE", "2013-11-19"),
            ("Nov. 6", "DATE", "2013-11-06"),
            ("11:40 p.m.", "TIME", "2013-11-06T23:40"),
            ("Nov. 9", "DATE", "2013-11-09"),
            ("about 10:15 p.m.", "TIME", "2013-11-09T22:15"),
            ("Nov. 14", "DATE", "2013-11-14"),
            ("1:05 a.m.", "TIME", "2013-11-14T01:05"),
            ("Nov. 19", "DATE", "2013-11-19"),
            ("9:50 p.m.", "TIME", "2013-11-19T21:50"),
            ("Nov. 23", "DATE", "2013-11-23"),
            ("about 2:30 a.m.", "TIME", "2013-11-23T02:30"),
            ("five nights a week", "SET", "P1W"),
            ("six years", "DURATION", "P6Y"),
            ("the next night", "TIME", "2013-11-20TNI"),
            ("tonight", "TIME", "2013-11-27TNI"),
            ("Sunday", "DATE", "2013-12-01"),
            ("6 p.m.", "TIME", "2013-11-28T18:00"),
            ("Thanksgiving Day", "DATE", "2013-11-28"),
            ("hours", "DURATION", "PTXH"),
            ("Black Friday", "DATE", "2013-11-29"),
            ("Monday", "DATE", "2013-11-25"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("the end of the year", "DATE", "2013"),
            ("the fiscal year", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
            ("last week", "DATE", "2013-W47"),
            ("the spring of 2011", "DATE", "2011-SP"),
            ("five weeks", "DURATION", "P5W"),
            ("last year", "DATE", "2012"),
            ("2011", "DATE", "2011"),
        ],
    ),
    # Saturday 2014-07-05 (ISO week 27), the day after the Fourth of July; AP story as a member
    # paper's site prints it, headline, stamp "Updated 4:52 pm, Saturday, July 5, 2014" (a TIME
    # and a DATE with its weekday), byline, "DUNMIRE FORK, Ark. (AP) -" dateline. "the Fourth
    # of July" 2014-07-04 with its determiner; "early Saturday" is the publication day, DATE
    # 2014-07-05 (gold_blind44, gold_blind103); "late Friday" 2014-07-04 (gold_blind12). The
    # shooting "at about 10:45 p.m." is Friday's, 2014-07-04T22:45; the chase "at 2:34 a.m.",
    # the arrest "at 5:52 a.m.", the helicopter "around 4 in the morning" (one span, like
    # "about 5 in the morning", gold_blind65) and the post "at 8 a.m." are Saturday's; "since
    # noon" Friday's 2014-07-04T12:00. "The night before" (the quarrel, told by the girlfriend
    # about the day of the shooting) is Thursday 2014-07-03TNI. "found him hours later" ->
    # "hours" PTXH, "later" a signal (see README). "about seven hours after the shooting"
    # PT7H; "38-minute" PT38M; "about two hours" PT2H; "for an hour" PT1H; "Saturday
    # afternoon" and "Saturday morning" TIMEs of the publication day. "sentenced in February
    # 2010 to seven years" -> "February 2010" and "seven years" P7Y (a sentence's length,
    # gold_blind52); "in March after serving four years" 2014-03 and P4Y. Past "Wednesday,
    # two days before the shooting" 2014-07-02 and P2D; future "July 15" 2014-07-15, "set for
    # Monday" 2014-07-07, "next week" 2014-W28. "third high-speed chase in a month" -> "a
    # month" P1M (the period of an ordinal "in", gold_blind52); "this week" 2014-W27; "in 2012";
    # "12-hour" PT12H; "the holiday weekend" 2014-W27-WE (the Independence Day weekend, ISO week
    # of its Saturday, gold_blind57). Not annotated: "holiday" in the headline (an adjective),
    # "two counties", "27", "2007 Ford F-150" (a model year and a model, gold_blind16), "U.S.
    # 67" (twice), "110 mph", "31-year-old", "K-9", "4-year-old", "about a mile", "first-degree",
    # "third", "Facebook".
    "dunmire-fork-chase-arrest": (
        "2014-07-05",
        [
            ("4:52 pm", "TIME", "2014-07-05T16:52"),
            ("Saturday, July 5, 2014", "DATE", "2014-07-05"),
            ("the Fourth of July", "DATE", "2014-07-04"),
            ("early Saturday", "DATE", "2014-07-05"),
            ("hours", "DURATION", "PTXH"),
            ("5:52 a.m.", "TIME", "2014-07-05T05:52"),
            ("about seven hours", "DURATION", "PT7H"),
            ("Saturday afternoon", "TIME", "2014-07-05TAF"),
            ("2:34 a.m.", "TIME", "2014-07-05T02:34"),
            ("38-minute", "DURATION", "PT38M"),
            ("about two hours", "DURATION", "PT2H"),
            ("late Friday", "DATE", "2014-07-04"),
            ("about 10:45 p.m.", "TIME", "2014-07-04T22:45"),
            ("Saturday morning", "TIME", "2014-07-05TMO"),
            ("noon", "TIME", "2014-07-04T12:00"),
            ("The night before", "TIME", "2014-07-03TNI"),
            ("around 4 in the morning", "TIME", "2014-07-05T04:00"),
            ("an hour", "DURATION", "PT1H"),
            ("February 2010", "DATE", "2010-02"),
            ("seven years", "DURATION", "P7Y"),
            ("March", "DATE", "2014-03"),
            ("four years", "DURATION", "P4Y"),
            ("Wednesday", "DATE", "2014-07-02"),
            ("two days", "DURATION", "P2D"),
            ("July 15", "DATE", "2014-07-15"),
            ("Monday", "DATE", "2014-07-07"),
            ("next week", "DATE", "2014-W28"),
            ("a month", "DURATION", "P1M"),
            ("this week", "DATE", "2014-W27"),
            ("2012", "DATE", "2012"),
            ("8 a.m.", "TIME", "2014-07-05T08:00"),
            ("12-hour", "DURATION", "PT12H"),
            ("the holiday weekend", "DATE", "2014-W27-WE"),
        ],
    ),
    # Monday 2015-08-17 (ISO week 34), Australian regional paper's website, cold case reopened
    # with a reward; headline ("1994 murder", an adjectival year, gold_blind52), byline, stamp
    # "Updated 17 Aug 2015, 6:15am" (a DATE and a TIME). "It has been 21 years since" -> "21
    # years" P21Y; "Today" 2015-08-17. The disappearance: "about 4pm on Saturday, 12 March 1994"
    # 1994-03-12T16:00 and one DATE span with the weekday; "7am that day" 1994-03-12T07:00 and
    # "that day" 1994-03-12 (an anaphoric day, gold_blind52's "the same day"); "the next
    # morning" 1994-03-13TMO; "about 4.20pm that afternoon" 1994-03-12T16:20 and 1994-03-12TAF.
    # "Searches that winter" -> "that winter" 1994-WI, the southern winter (June-August) of the
    # year the narrative is in, valued in the year it falls in (gold_blind68, gold_blind88,
    # gold_blind103's "a wet winter"). "October 2001" 2001-10; "seven years after she vanished"
    # P7Y (an anchored duration); "A 2003 inquest" 2003; "2008", "2012" (twice); "the past 18
    # months" P18M; "briefed the family on Friday" 2015-08-14; "more than two decades" P20Y
    # (gold_blind18); "the 1990s" 199; "now" PRESENT_REF; "this year" 2015; "the anniversary
    # ... in March" -> "March" 2015-03; "Every year" SET P1Y; "twice a year" SET P1Y (gold_blind35);
    # "July last year" one span 2014-07 (gold_blind72); "12 months" P12M. Future: "between 3pm
    # and 5pm on Saturday" 2015-08-22T15:00, T17:00 and 2015-08-22; "7pm on Wednesday"
    # 2015-08-19T19:00 and 2015-08-19. Not annotated: "$1 million", "19-year-old", "a night
    # shift" (a kind of shift), "a person or persons unknown", "68-kilometre marker", "41",
    # "74", "the anniversary" (an event whose date is the annotated 12 March), "the spot",
    # "the 14th", "may" (the verb), "1800 555 194", "NSW Police", "the Unsolved Homicide Team".
    "murrumbang-cosgrove-cold-case-reward": (
        "2015-08-17",
        [
            ("1994", "DATE", "1994"),
            ("17 Aug 2015", "DATE", "2015-08-17"),
            ("6:15am", "TIME", "2015-08-17T06:15"),
            ("21 years", "DURATION", "P21Y"),
            ("Today", "DATE", "2015-08-17"),
            ("about 4pm", "TIME", "1994-03-12T16:00"),
            ("Saturday, 12 March 1994", "DATE", "1994-03-12"),
            ("7am", "TIME", "1994-03-12T07:00"),
            ("that day", "DATE", "1994-03-12"),
            ("the next morning", "TIME", "1994-03-13TMO"),
            ("that winter", "DATE", "1994-WI"),
            ("October 2001", "DATE", "2001-10"),
            ("seven years", "DURATION", "P7Y"),
            ("2003", "DATE", "2003"),
            ("2008", "DATE", "2008"),
            ("2012", "DATE", "2012"),
            ("the past 18 months", "DURATION", "P18M"),
            ("Friday", "DATE", "2015-08-14"),
            ("more than two decades", "DURATION", "P20Y"),
            ("the 1990s", "DATE", "199"),
            ("now", "DATE", "PRESENT_REF"),
            ("about 4.20pm", "TIME", "1994-03-12T16:20"),
            ("that afternoon", "TIME", "1994-03-12TAF"),
            ("this year", "DATE", "2015"),
            ("March", "DATE", "2015-03"),
            ("Every year", "SET", "P1Y"),
            ("twice a year", "SET", "P1Y"),
            ("2012", "DATE", "2012"),
            ("July last year", "DATE", "2014-07"),
            ("12 months", "DURATION", "P12M"),
            ("3pm", "TIME", "2015-08-22T15:00"),
            ("5pm", "TIME", "2015-08-22T17:00"),
            ("Saturday", "DATE", "2015-08-22"),
            ("7pm", "TIME", "2015-08-19T19:00"),
            ("Wednesday", "DATE", "2015-08-19"),
        ],
    ),
    # Friday 2014-01-03 (ISO week 1), Scottish weekly's website, police appeal for witnesses,
    # section label, headline ("on New Year's Day" 2014-01-01), byline, stamp "Published 11:42
    # Friday 3 January 2014" (a TIME and a DATE with its weekday), an appended "UPDATE 4.15pm:"
    # (TIME 2014-01-03T16:15, like "UPDATE 14:20 Sunday:" in gold_blind72). "the early hours of
    # New Year's Day" one DATE span 2014-01-01 (like "the early hours of Sunday"); "around
    # 2.40am on Wednesday, 1 January" 2014-01-01T02:40 and one DATE span; "Hogmanay" (twice) is
    # New Year's Eve, 2013-12-31, a holiday on its date; the bar "closed at 1am" on New Year's
    # morning 2014-01-01T01:00; "shortly after 2.30am" 2014-01-01T02:30 ("shortly after" a
    # signal); "that night" the night that begins on Hogmanay, 2013-12-31TNI (gold_blind72's
    # New Year's Eve night). "last night" Thursday 2014-01-02TNI and "yesterday" 2014-01-02
    # (gold_blind35); "arrested on Thursday" 2014-01-02; "next month" 2014-02; "the past two
    # days" P2D; "in less than a fortnight" P2W (an ordinal "in", gold_blind72); "21 December"
    # 2013-12-21 (past). "every weekend until the end of January" a SET XXXX-WXX-WE and "the end
    # of January" 2014-01; the control room "currently staffed from 8pm to 4am on Fridays and
    # Saturdays" -> "currently" PRESENT_REF, the recurring hours XXXX-XX-XXT20:00 and T04:00 and
    # the SETs XXXX-WXX-5 and XXXX-WXX-6 (gold_blind102, gold_blind17). "Ten years ago" 2004 (the
    # unit's granularity). "between 6pm on Hogmanay and 6am on New Year's Day" 2013-12-31T18:00,
    # 2013-12-31, 2014-01-01T06:00, 2014-01-01; "April last year" one span 2013-04; "quoting
    # incident number 0562 of 1 January 2014" -> "1 January 2014". Not annotated: "23-year-old",
    # "up to six men", "19-year-old", "31-year-old", "62 arrests", "the single national force",
    # "101", "0562", "0800 555 111", "aged between 20 and 30", "6ft", "UPDATE", "Market Wynd".
    "kilmallan-new-years-day-assault-appeal": (
        "2014-01-03",
        [
            ("New Year's Day", "DATE", "2014-01-01"),
            ("11:42", "TIME", "2014-01-03T11:42"),
            ("Friday 3 January 2014", "DATE", "2014-01-03"),
            ("the early hours of New Year's Day", "DATE", "2014-01-01"),
            ("around 2.40am", "TIME", "2014-01-01T02:40"),
            ("Wednesday, 1 January", "DATE", "2014-01-01"),
            ("Hogmanay", "DATE", "2013-12-31"),
            ("1am", "TIME", "2014-01-01T01:00"),
            ("last night", "TIME", "2014-01-02TNI"),
            ("next month", "DATE", "2014-02"),
            ("that night", "TIME", "2013-12-31TNI"),
            ("2.30am", "TIME", "2014-01-01T02:30"),
            ("the past two days", "DURATION", "P2D"),
            ("Thursday", "DATE", "2014-01-02"),
            ("less than a fortnight", "DURATION", "P2W"),
            ("21 December", "DATE", "2013-12-21"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("the end of January", "DATE", "2014-01"),
            ("currently", "DATE", "PRESENT_REF"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("4am", "TIME", "XXXX-XX-XXT04:00"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Ten years ago", "DATE", "2004"),
            ("yesterday", "DATE", "2014-01-02"),
            ("6pm", "TIME", "2013-12-31T18:00"),
            ("Hogmanay", "DATE", "2013-12-31"),
            ("6am", "TIME", "2014-01-01T06:00"),
            ("New Year's Day", "DATE", "2014-01-01"),
            ("April last year", "DATE", "2013-04"),
            ("1 January 2014", "DATE", "2014-01-01"),
            ("4.15pm", "TIME", "2014-01-03T16:15"),
        ],
    ),
    # Thursday 2015-05-21 (ISO week 21), Canadian paper's website, bail hearing; section label,
    # headline, stamp "Published Thursday, May 21, 2015 6:08PM EDT" (a DATE with its weekday and
    # a TIME, the zone in the span and not in the value), byline, "PORT CARVELL, Ont. -"
    # dateline. Victoria Day 2015 is Monday 2015-05-18 (the last Monday before May 25): "the
    # Victoria Day long weekend" 2015-W20-WE, the ISO week of its Saturday (gold_blind17);
    # "on Victoria Day, Monday" two DATEs 2015-05-18 (like "Monday is Family Day",
    # gold_blind103). "released on bail Thursday" is the publication day. The stabbing "at about
    # 1:50 a.m. Sunday" 2015-05-17T01:50 and 2015-05-17; the video "between 1:30 a.m. and 2:15
    # a.m. Sunday" the same Sunday. Past "until Tuesday" 2015-05-19, "began Wednesday"
    # 2015-05-20. Bail conditions: "a nightly curfew" SET XXXX-XX-XXTNI (gold_blind57); "between
    # 9 p.m. and 6 a.m. every day" XXXX-XX-XXT21:00, T06:00 and SET P1D; "every Monday" SET
    # XXXX-WXX-1. "about 30 hours" PT30H; "nearly five hours over two days" PT5H and P2D
    # (gold_blind52); "next spring" 2016-SP; "for 12 years" P12Y; "in 2012"; "June 11 at 9:30
    # a.m." 2015-06-11 and T09:30; "this year" 2015 (twice), "this month" 2015-05; bars "must
    # close at 2 a.m." XXXX-XX-XXT02:00 (recurring, gold_blind14); "every Friday and Saturday
    # night" -> "every Friday" XXXX-WXX-5TNI and "Saturday night" XXXX-WXX-6TNI (gold_blind72);
    # "through Labour Day" 2015-09-07 (first Monday of September). "Last year's Victoria Day
    # weekend" -> "Last year" 2014 and "Victoria Day weekend" 2014-W20-WE (Victoria Day 2014 was
    # Monday 19 May; like "last year's Black Friday", gold_blind57). Not annotated: "34-year-old",
    # "$20,000", "500 metres", "28-year-old", "closing time", "since then", "until his trial",
    # "Section 517", "one prior conviction", "705-555-2015", "ext. 4410", "fourth", "second".
    "port-carvell-stabbing-bail-hearing": (
        "2015-05-21",
        [
            ("Thursday, May 21, 2015", "DATE", "2015-05-21"),
            ("6:08PM EDT", "TIME", "2015-05-21T18:08"),
            ("the Victoria Day long weekend", "DATE", "2015-W20-WE"),
            ("Thursday", "DATE", "2015-05-21"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("every day", "SET", "P1D"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("about 1:50 a.m.", "TIME", "2015-05-17T01:50"),
            ("Sunday", "DATE", "2015-05-17"),
            ("Tuesday", "DATE", "2015-05-19"),
            ("Victoria Day", "DATE", "2015-05-18"),
            ("Monday", "DATE", "2015-05-18"),
            ("about 30 hours", "DURATION", "PT30H"),
            ("Wednesday", "DATE", "2015-05-20"),
            ("nearly five hours", "DURATION", "PT5H"),
            ("two days", "DURATION", "P2D"),
            ("next spring", "DATE", "2016-SP"),
            ("12 years", "DURATION", "P12Y"),
            ("2012", "DATE", "2012"),
            ("June 11", "DATE", "2015-06-11"),
            ("9:30 a.m.", "TIME", "2015-06-11T09:30"),
            ("1:30 a.m.", "TIME", "2015-05-17T01:30"),
            ("2:15 a.m.", "TIME", "2015-05-17T02:15"),
            ("Sunday", "DATE", "2015-05-17"),
            ("this year", "DATE", "2015"),
            ("this month", "DATE", "2015-05"),
            ("2 a.m.", "TIME", "XXXX-XX-XXT02:00"),
            ("every Friday", "SET", "XXXX-WXX-5TNI"),
            ("Saturday night", "SET", "XXXX-WXX-6TNI"),
            ("Labour Day", "DATE", "2015-09-07"),
            ("Last year", "DATE", "2014"),
            ("Victoria Day weekend", "DATE", "2014-W20-WE"),
            ("this year", "DATE", "2015"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
