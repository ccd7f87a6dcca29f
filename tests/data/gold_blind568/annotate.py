"""Annotations of blind gold set 568, chosen by hand before the tagger ran.

    python tests/data/gold_blind568/annotate.py [--show]

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
    # Tuesday 2017-02-21 (ISO week 8), US local TV station's website, "SCHOOL CLOSINGS" label,
    # headline, stamps "Posted: Feb 21, 2017 5:08 AM CST" and "Updated: ... 2:45 PM CST" (DATE
    # and TIME each, the zone in the span and not in the value, gold_blind56, gold_blind103),
    # byline, "COBB FALLS, Wis. (WKBR) -" dateline. "who had Monday off for Presidents Day":
    # Presidents Day 2017 is the third Monday of February, 2017-02-20, two DATEs like "Monday is
    # Presidents Day" (gold_blind56). "Tuesday" (headline, lead) is the publication day; the
    # snow "fell overnight", the night begun on Monday evening, 2017-02-20TNI (gold_blind21,
    # gold_blind103). Clock times of the morning on 2017-02-21 ("4:45 a.m.", "2 a.m."). "this
    # winter" 2017-WI and "Last winter" 2016-WI (a winter takes the year of its January,
    # gold_blind10, gold_blind103); "its third in two weeks" -> "two weeks" P2W (the period of
    # an ordinal count, gold_blind103). "on Feb. 9, it reopened the next day" -> 2017-02-09 and
    # 2017-02-10. "each year" SET P1Y. "next Monday" in a Tuesday paper is the coming Monday,
    # 2017-02-27 (gold_blind44's "next Wednesday" in a Friday paper), and "that evening" its
    # evening, 2017-02-27TEV (gold_blind8). Future: snow "between 6 p.m. Wednesday and noon
    # Thursday" (two TIMEs and two DATEs), "a two-hour delay Wednesday ... by 5:30 a.m." (the
    # delay's morning, 2017-02-22T05:30), the game "Saturday at 1 p.m." 2017-02-25; "tonight"
    # 2017-02-21TNI; the calendar dates "Wednesday, June 7", "Friday, June 9", "Friday, March 24"
    # in 2017. "two-hour" PT2H (adjectival, twice) and "two hours later than usual" PT2H (the
    # size of a shift, gold_blind101). "December 2010"; "this spring" 2017-SP; "Eight years ago"
    # 2009 (the unit's granularity, gold_blind28). "updated every morning by 5:45 a.m." -> SET
    # XXXX-XX-XXTMO and TIME XXXX-XX-XXT05:45 (a recurring hour, gold_blind101). Not annotated:
    # "a second day at home", "fifth snow day", "three emergency days", "the two extra
    # closures", "the last day of school", "a teacher work day", "morning kindergarten" and
    # "after-school activities" (kinds, gold_blind21, gold_blind56), "this season" (a snow
    # season, gold_blind103), "Under a delay" (generic), "WKBR 6", "Highway 29", "11 inches",
    # "3 to 5 inches", "11.2 inches", "58.4 inches", "ACT", "715-555-2017" and
    # "wkbr.com/closings/2017" (a phone number and a URL with the year of the story).
    "cobb-falls-snow-day-makeup": (
        "2017-02-21",
        [
            ("Tuesday", "DATE", "2017-02-21"),
            ("two-hour", "DURATION", "PT2H"),
            ("Wednesday", "DATE", "2017-02-22"),
            ("Feb 21, 2017", "DATE", "2017-02-21"),
            ("5:08 AM CST", "TIME", "2017-02-21T05:08"),
            ("Feb 21, 2017", "DATE", "2017-02-21"),
            ("2:45 PM CST", "TIME", "2017-02-21T14:45"),
            ("Monday", "DATE", "2017-02-20"),
            ("Presidents Day", "DATE", "2017-02-20"),
            ("Tuesday", "DATE", "2017-02-21"),
            ("overnight", "TIME", "2017-02-20TNI"),
            ("4:45 a.m.", "TIME", "2017-02-21T04:45"),
            ("about 30 minutes", "DURATION", "PT30M"),
            ("2 a.m.", "TIME", "2017-02-21T02:00"),
            ("this morning", "TIME", "2017-02-21TMO"),
            ("this winter", "DATE", "2017-WI"),
            ("two weeks", "DURATION", "P2W"),
            ("Feb. 9", "DATE", "2017-02-09"),
            ("the next day", "DATE", "2017-02-10"),
            ("Last winter", "DATE", "2016-WI"),
            ("each year", "SET", "P1Y"),
            ("next Monday", "DATE", "2017-02-27"),
            ("Wednesday, June 7", "DATE", "2017-06-07"),
            ("Friday, June 9", "DATE", "2017-06-09"),
            ("Friday, March 24", "DATE", "2017-03-24"),
            ("that evening", "TIME", "2017-02-27TEV"),
            ("6 p.m.", "TIME", "2017-02-22T18:00"),
            ("Wednesday", "DATE", "2017-02-22"),
            ("noon", "TIME", "2017-02-23T12:00"),
            ("Thursday", "DATE", "2017-02-23"),
            ("two-hour", "DURATION", "PT2H"),
            ("Wednesday", "DATE", "2017-02-22"),
            ("5:30 a.m.", "TIME", "2017-02-22T05:30"),
            ("two hours", "DURATION", "PT2H"),
            ("tonight", "TIME", "2017-02-21TNI"),
            ("Saturday", "DATE", "2017-02-25"),
            ("1 p.m.", "TIME", "2017-02-25T13:00"),
            ("December 2010", "DATE", "2010-12"),
            ("this spring", "DATE", "2017-SP"),
            ("Eight years ago", "DATE", "2009"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("5:45 a.m.", "TIME", "XXXX-XX-XXT05:45"),
        ],
    ),
    # Friday 2016-01-22 (ISO week 3), British regional daily, "EDUCATION" label, headline,
    # standfirst, byline, date line "Friday 22 January 2016" (one DATE span). "last night" is
    # Thursday night 2016-01-21TNI and "yesterday" 2016-01-21 (gold_blind35). "from 2017"
    # (standfirst and lead) 2017; "at the same point every year" -> "every year" SET P1Y.
    # School years with two years split into their two years ("the 2016-17 school year",
    # "2017-18", the box's "KEY DATES 2016-17" -> "2016" and "17" `2017`, gold_blind44,
    # gold_blind68, gold_blind101), "school year" left out. The calendar's days without a year
    # in that calendar's order: September-December 2016, then January-July 2017 (gold_blind101).
    # Holidays on the day they fall on: "Easter Sunday" and "16 April next year" 2017-04-16
    # (the post-posed year in one span, like "May 15 next year" in gold_blind94), "Easter
    # Monday" 2017-04-17 (gold_blind27, gold_blind36), "Easter fell on 23 March" in 2008,
    # "Easter falls on 1 April" in 2018 (each two DATEs). "Easter" in "move with Easter", "the
    # link with Easter" and "moved with Easter" is the feast of no particular year (a generic
    # rule) and is not annotated. "two-week" (standfirst, body) P2W; "ten weeks" P10W;
    # "six-week" P6W; "last autumn" 2015-FA; "the next five years" P5Y; "a decade overdue" ->
    # "a decade" P10Y (the size of a delay, like "about five years overdue" in gold_blind21);
    # "Three years on" after "in 2013" -> 2016 ("Two years on", gold_blind13). "next Friday" in
    # a Friday paper is seven days ahead, 2016-01-29 (gold_blind25, gold_blind68). "5pm on
    # Friday 11 March" 2016-03-11T17:00 and the DATE. Not annotated: "spring break", "spring
    # holiday", "Autumn term", "Spring term", "Summer term", "the spring term" (twice), "term
    # time", "staff training days" (school periods and days, gold_blind68, gold_blind101),
    # "KEY DATES", "Cllr Sandra May" (a name), "84", "1,900", "61 per cent", "2 per cent",
    # "hallbury.gov.uk/termdates2017" and "0345 555 2016" (a URL and a phone number with years).
    "hallbury-term-dates-fixed-spring-break": (
        "2016-01-22",
        [
            ("Two-week", "DURATION", "P2W"),
            ("2017", "DATE", "2017"),
            ("Friday 22 January 2016", "DATE", "2016-01-22"),
            ("every year", "SET", "P1Y"),
            ("2017", "DATE", "2017"),
            ("last night", "TIME", "2016-01-21TNI"),
            ("2016", "DATE", "2016"),
            ("17", "DATE", "2017"),
            ("two-week", "DURATION", "P2W"),
            ("Monday 3 April", "DATE", "2017-04-03"),
            ("Friday 14 April 2017", "DATE", "2017-04-14"),
            ("Easter Sunday", "DATE", "2017-04-16"),
            ("16 April next year", "DATE", "2017-04-16"),
            ("Tuesday 18 April", "DATE", "2017-04-18"),
            ("Easter Monday", "DATE", "2017-04-17"),
            ("2008", "DATE", "2008"),
            ("Easter", "DATE", "2008-03-23"),
            ("23 March", "DATE", "2008-03-23"),
            ("ten weeks", "DURATION", "P10W"),
            ("six-week", "DURATION", "P6W"),
            ("last autumn", "DATE", "2015-FA"),
            ("the next five years", "DURATION", "P5Y"),
            ("yesterday", "DATE", "2016-01-21"),
            ("a decade", "DURATION", "P10Y"),
            ("2013", "DATE", "2013"),
            ("Three years on", "DATE", "2016"),
            ("next Friday", "DATE", "2016-01-29"),
            ("2017", "DATE", "2017"),
            ("18", "DATE", "2018"),
            ("Easter", "DATE", "2018-04-01"),
            ("1 April", "DATE", "2018-04-01"),
            ("Monday 1 February", "DATE", "2016-02-01"),
            ("5pm", "TIME", "2016-03-11T17:00"),
            ("Friday 11 March", "DATE", "2016-03-11"),
            ("2016", "DATE", "2016"),
            ("17", "DATE", "2017"),
            ("Monday 5 September", "DATE", "2016-09-05"),
            ("Tuesday 20 December", "DATE", "2016-12-20"),
            ("Wednesday 4 January", "DATE", "2017-01-04"),
            ("Friday 31 March", "DATE", "2017-03-31"),
            ("Tuesday 18 April", "DATE", "2017-04-18"),
            ("Friday 21 July", "DATE", "2017-07-21"),
        ],
    ),
    # Wednesday 2018-08-15 (ISO week 33), Irish broadsheet's website, "Education" label,
    # headline, standfirst, stamp "Wed, Aug 15, 2018, 06:00" (one DATE span with the weekday
    # and a TIME, like "Sat, Nov 30, 2013" and "01:00" in gold_blind101), byline, no dateline.
    # Results day is the publication day: "this morning" (headline, lead) 2018-08-15TMO, "from
    # 10am" and "from 12 noon" (one TIME span, gold_blind60) that day; "today" 2018-08-15;
    # "8pm tonight until 4am tomorrow" -> 2018-08-15T20:00, 2018-08-15TNI, 2018-08-16T04:00,
    # 2018-08-16. Irish dates with ordinal suffixes and weekdays are one DATE span each
    # ("Friday, June 22nd", "Monday, August 20th", "Wednesday, August 29th", "Monday, September
    # 3rd", "Saturday, September 1st", "Wednesday, September 5th", "Friday, June 8th", "Friday,
    # August 24th"); "Last year ... Monday, August 21st" 2017-08-21. Clock times on their day:
    # offers "2pm" (standfirst and body) 2018-08-20T14:00, "5.15pm" 2018-08-29, viewing "between
    # 9am and 5pm" 2018-09-01, appeals "by 5pm" 2018-09-05. Past weekdays: "said on Monday"
    # 2018-08-13, "said last Thursday" 2018-08-09 (the Thursday of the week before). The quote's
    # future weekdays: "on Thursday or Friday" 2018-08-16 and 2018-08-17, "the weekend"
    # 2018-W33-WE, "wait for Monday" 2018-08-20, "between now and 2pm that afternoon" ->
    # PRESENT_REF, 2018-08-20T14:00 and 2018-08-20TAF ("At 11:40 that night", gold_blind30).
    # "that evening" after "Friday, June 8th" 2018-06-08TEV. "almost eight weeks" P8W, "about
    # 40 minutes" PT40M, "extended by a day" P1D (the size of a shift); "mid-October" 2018-10;
    # "the autumn" 2018-FA; "introduced in 2017"; "open daily" SET P1D. Not annotated: "round
    # one", "Round two", "the acceptance deadline", "H1", "H6", "90 per cent", "100 points",
    # "625 points", "25 bonus points", "57,000", "140", "Leaving Cert", "over-18s events",
    # "1800 555 218", "examhelp.ie/2018/appeals" (a URL with the year).
    "leaving-cert-results-cao-offers": (
        "2018-08-15",
        [
            ("this morning", "TIME", "2018-08-15TMO"),
            ("2pm", "TIME", "2018-08-20T14:00"),
            ("Monday", "DATE", "2018-08-20"),
            ("Wed, Aug 15, 2018", "DATE", "2018-08-15"),
            ("06:00", "TIME", "2018-08-15T06:00"),
            ("this morning", "TIME", "2018-08-15TMO"),
            ("almost eight weeks", "DURATION", "P8W"),
            ("Friday, June 22nd", "DATE", "2018-06-22"),
            ("10am", "TIME", "2018-08-15T10:00"),
            ("12 noon", "TIME", "2018-08-15T12:00"),
            ("2017", "DATE", "2017"),
            ("2pm", "TIME", "2018-08-20T14:00"),
            ("Monday, August 20th", "DATE", "2018-08-20"),
            ("5.15pm", "TIME", "2018-08-29T17:15"),
            ("Wednesday, August 29th", "DATE", "2018-08-29"),
            ("Monday, September 3rd", "DATE", "2018-09-03"),
            ("Last year", "DATE", "2017"),
            ("Monday, August 21st", "DATE", "2017-08-21"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("a day", "DURATION", "P1D"),
            ("Saturday, September 1st", "DATE", "2018-09-01"),
            ("9am", "TIME", "2018-09-01T09:00"),
            ("5pm", "TIME", "2018-09-01T17:00"),
            ("5pm", "TIME", "2018-09-05T17:00"),
            ("Wednesday, September 5th", "DATE", "2018-09-05"),
            ("mid-October", "DATE", "2018-10"),
            ("Monday", "DATE", "2018-08-13"),
            ("Friday, June 8th", "DATE", "2018-06-08"),
            ("that evening", "TIME", "2018-06-08TEV"),
            ("today", "DATE", "2018-08-15"),
            ("Thursday", "DATE", "2018-08-16"),
            ("Friday", "DATE", "2018-08-17"),
            ("the weekend", "DATE", "2018-W33-WE"),
            ("Monday", "DATE", "2018-08-20"),
            ("now", "DATE", "PRESENT_REF"),
            ("2pm", "TIME", "2018-08-20T14:00"),
            ("that afternoon", "TIME", "2018-08-20TAF"),
            ("last Thursday", "DATE", "2018-08-09"),
            ("the autumn", "DATE", "2018-FA"),
            ("8pm", "TIME", "2018-08-15T20:00"),
            ("tonight", "TIME", "2018-08-15TNI"),
            ("4am", "TIME", "2018-08-16T04:00"),
            ("tomorrow", "DATE", "2018-08-16"),
            ("daily", "SET", "P1D"),
            ("Friday, August 24th", "DATE", "2018-08-24"),
        ],
    ),
    # Thursday 2016-03-17 (ISO week 11), Australian metropolitan paper's website, "NATIONAL |
    # EDUCATION" label, headline, stamp "Updated March 17 2016 - 6:42PM" (DATE and TIME),
    # byline, no dateline. "next Wednesday" (headline, lead, body) in a Thursday paper is six
    # days ahead, 2016-03-23 (gold_blind25's "next Thursday" in a Friday paper), confirmed by
    # the parent's "Six days"; "12.01am" that day. "a day before schools break up for Easter"
    # -> "a day" P1D (a duration anchored to an event, gold_blind35) and "Easter" 2016-03-27
    # (a holiday on the day it falls on, like "close for Christmas" in gold_blind25). Past:
    # "yesterday" 2016-03-16; "the end of June" in March 2016 2015-06 (gold_blind101); "last
    # August" 2015-08; "since Christmas" 2015-12-25; "said on Tuesday" 2016-03-15. Future:
    # "the May budget" -> "May" 2016-05 (an adjectival month, gold_blind25, gold_blind44);
    # "Monday afternoon" 2016-03-21TAF and "the next day" after it 2016-03-22; "by 3pm
    # tomorrow" 2016-03-18T15:00 and 2016-03-18; the strike day's clock times ("8.45am",
    # "3.15pm", "11am", "10.30am", "about 2pm") on 2016-03-23, the day of their narrative
    # (gold_blind103); "June 15" 2016-06-15; "2.30pm on Thursday, March 24" and "Monday, April
    # 11"; "the weekend" 2016-W11-WE (19-20 March). "the 2016-17 financial year" one DATE span
    # FY2017 (July 2016-June 2017, named by the year it ends, gold_blind21, gold_blind49).
    # "May 2013"; "one-day" P1D; "more than seven months" P7M; "the next three years" P3Y;
    # "four years" P4Y; "24 hours" PT24H; "Two days' notice" and "Six days" P2D and P6D (the
    # possessive without the "'"); "from 7am daily" -> TIME XXXX-XX-XXT07:00 and SET P1D. Not
    # annotated: "Term 1", "term 2" (gold_blind49), "stop-work meetings", "Year 12", "until
    # the strike ends" (event-named), "route 96", "38,000", "300 schools", "6 per cent", "13
    # per cent", "25", "$1.2 billion", "1300 555 016", "Victorian" (not a period).
    "victoria-teachers-strike-before-easter": (
        "2016-03-17",
        [
            ("next Wednesday", "DATE", "2016-03-23"),
            ("March 17 2016", "DATE", "2016-03-17"),
            ("6:42PM", "TIME", "2016-03-17T18:42"),
            ("24 hours", "DURATION", "PT24H"),
            ("12.01am", "TIME", "2016-03-23T00:01"),
            ("next Wednesday", "DATE", "2016-03-23"),
            ("a day", "DURATION", "P1D"),
            ("Easter", "DATE", "2016-03-27"),
            ("yesterday", "DATE", "2016-03-16"),
            ("May 2013", "DATE", "2013-05"),
            ("one-day", "DURATION", "P1D"),
            ("the end of June", "DATE", "2015-06"),
            ("last August", "DATE", "2015-08"),
            ("Christmas", "DATE", "2015-12-25"),
            ("more than seven months", "DURATION", "P7M"),
            ("May", "DATE", "2016-05"),
            ("the next three years", "DURATION", "P3Y"),
            ("four years", "DURATION", "P4Y"),
            ("Tuesday", "DATE", "2016-03-15"),
            ("the 2016-17 financial year", "DATE", "FY2017"),
            ("Monday afternoon", "TIME", "2016-03-21TAF"),
            ("the next day", "DATE", "2016-03-22"),
            ("3pm", "TIME", "2016-03-18T15:00"),
            ("tomorrow", "DATE", "2016-03-18"),
            ("next Wednesday", "DATE", "2016-03-23"),
            ("8.45am", "TIME", "2016-03-23T08:45"),
            ("3.15pm", "TIME", "2016-03-23T15:15"),
            ("11am", "TIME", "2016-03-23T11:00"),
            ("10.30am", "TIME", "2016-03-23T10:30"),
            ("about 2pm", "TIME", "2016-03-23T14:00"),
            ("June 15", "DATE", "2016-06-15"),
            ("2.30pm", "TIME", "2016-03-24T14:30"),
            ("Thursday, March 24", "DATE", "2016-03-24"),
            ("Monday, April 11", "DATE", "2016-04-11"),
            ("Two days", "DURATION", "P2D"),
            ("Six days", "DURATION", "P6D"),
            ("the weekend", "DATE", "2016-W11-WE"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Monday 2019-01-14 (ISO week 3), British broadcaster's news page, "Education & Family"
    # label, headline, stamp "14 January 2019" (a DATE, no clock time), byline, crosshead, no
    # dateline. The deadline is "18:00 tomorrow" (twice) and "on Tuesday" (headline), Tuesday
    # 2019-01-15, "tomorrow's deadline" (twice) -> "tomorrow" 2019-01-15, "Tuesday afternoon"
    # 2019-01-15TAF and "tomorrow evening" 2019-01-15TEV; "tonight" 2019-01-14TNI. "the final
    # hours" PTXH (like "the next few hours", gold_blind6); "the final 24 hours" PT24H; "the
    # last six hours" PT6H. "the same point last year" -> "last year" 2018
    # (gold_blind73, gold_blind94), "Last year" (twice) 2018. Past dates of the cycle, the
    # nearest in the past: "31 December" 2018-12-31, "15 October" 2018-10-15, "30 November"
    # 2018-11-30, "5 September" 2018-09-05, "October" 2018-10, "Christmas" (crosshead and
    # quote) 2018-12-25. Future dates of the cycle: "30 June", "5 July", "2 May", "25
    # February", "Thursday 15 August", "Thursday 7 February", all 2019, "September" 2019-09 and
    # "December" 2019-12. "weeks earlier" -> "weeks" PXW (a vague size of a shift,
    # gold_blind59); "several days" PXD; "about 20 minutes" PT20M; "the past decade" P10Y;
    # "every year" SET P1Y and "2012"; "since 2017"; "the 2019-20 academic year" -> "2019" and
    # "20" 2020 (gold_blind68); "apply now" PRESENT_REF; "deferred entry in 2020"; "2019
    # entry" an adjectival year like "the 2015 intake" (gold_blind68). Not annotated:
    # "Clearing", "Extra", "the deadline", "deadline" (event-named), "gap year" (a kind of
    # year out, no particular year), "sixth form", "18-year-olds" and "18-year-old" (ages),
    # "17", "A-level", "1%", "23,000", "a third", "nine times", "£9,250", "the cycle".
    "ucas-january-deadline-final-rush": (
        "2019-01-14",
        [
            ("Tuesday", "DATE", "2019-01-15"),
            ("14 January 2019", "DATE", "2019-01-14"),
            ("the final hours", "DURATION", "PTXH"),
            ("18:00", "TIME", "2019-01-15T18:00"),
            ("tomorrow", "DATE", "2019-01-15"),
            ("Last year", "DATE", "2018"),
            ("the final 24 hours", "DURATION", "PT24H"),
            ("the last six hours", "DURATION", "PT6H"),
            ("31 December", "DATE", "2018-12-31"),
            ("last year", "DATE", "2018"),
            ("15 October", "DATE", "2018-10-15"),
            ("tomorrow", "DATE", "2019-01-15"),
            ("30 June", "DATE", "2019-06-30"),
            ("5 July", "DATE", "2019-07-05"),
            ("2 May", "DATE", "2019-05-02"),
            ("25 February", "DATE", "2019-02-25"),
            ("Thursday 15 August", "DATE", "2019-08-15"),
            ("September", "DATE", "2019-09"),
            ("Christmas", "DATE", "2018-12-25"),
            ("tonight", "TIME", "2019-01-14TNI"),
            ("October", "DATE", "2018-10"),
            ("Christmas", "DATE", "2018-12-25"),
            ("weeks", "DURATION", "PXW"),
            ("30 November", "DATE", "2018-11-30"),
            ("several days", "DURATION", "PXD"),
            ("Tuesday afternoon", "TIME", "2019-01-15TAF"),
            ("18:00", "TIME", "2019-01-15T18:00"),
            ("tomorrow", "DATE", "2019-01-15"),
            ("tomorrow evening", "TIME", "2019-01-15TEV"),
            ("Last year", "DATE", "2018"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("the past decade", "DURATION", "P10Y"),
            ("every year", "SET", "P1Y"),
            ("2012", "DATE", "2012"),
            ("2017", "DATE", "2017"),
            ("2019", "DATE", "2019"),
            ("20", "DATE", "2020"),
            ("now", "DATE", "PRESENT_REF"),
            ("2020", "DATE", "2020"),
            ("tomorrow", "DATE", "2019-01-15"),
            ("Thursday 7 February", "DATE", "2019-02-07"),
            ("December", "DATE", "2019-12"),
            ("2019", "DATE", "2019"),
            ("5 September", "DATE", "2018-09-05"),
        ],
    ),
    # Saturday 2017-12-23 (ISO week 51), Indian daily's city page, "CITY | INDORE" label,
    # headline, wire credit and stamp "TNN | Updated: Dec 23, 2017, 07:14 IST" (DATE and TIME,
    # the zone in the span, gold_blind49), "INDORE:" dateline, no byline. "on Friday" (twice)
    # 2017-12-22; the draft "circulated on Wednesday" 2017-12-20, protests "that evening"
    # 2017-12-20TEV and withdrawal "the next day" 2017-12-21. The exam season is March-May
    # 2018: "March 1", "March 24", "March 5", "April 4", "March 13", "May 15", "June"; the
    # practicals and admit cards "January 15", "February 10", "February 5", "January 31",
    # "early February", "February 15" are all ahead, in 2018. "Holi, March 2" (headline "on
    # Holi" too) -> "Holi" DATE 2018-03-02, Rangwali Holi of 2018, and "March 2", two DATEs
    # (movable festivals on the day they fall on, gold_blind79). "This year the exams began on
    # March 9 ... declared on May 12" -> "This year" 2017, 2017-03-09, 2017-05-12: in December
    # the exams of March 2017 belong to this year; "in 2017" likewise. "Papers will be held from
    # 10am to 1pm, with 15 minutes' reading time from 9.45am" -> the hours of every exam day,
    # TIME XXXX-XX-XXT10:00, XXXX-XX-XXT13:00, XXXX-XX-XXT09:45 (gold_blind101's "from 9am to
    # 5pm daily") and DURATION PT15M; the helpline "from 8am to 8pm daily" likewise with SET
    # P1D. "a fortnight earlier than usual" -> "a fortnight" P2W (the size of a shift); "a
    # little over two months" P2M (modifier kept); "at least two days" P2D; "by a week" P1W;
    # "within 45 days" P45D; "now" PRESENT_REF; "from 2019"; "the 2018-19 academic session" ->
    # "2018" and "19" 2019 (school years, gold_blind68). Not annotated: "Class 10", "Class 12",
    # "11.6 lakh", "11.2 lakh", "Section 144", "200 metres", "3,412", "exam hours",
    # "pre-boards", "1800-233-2018" and "mbse.nic.in/2018" (a phone number and a URL holding
    # the exams' year, placed after every annotated "2018").
    "malwa-board-date-sheet-holi": (
        "2017-12-23",
        [
            ("March 1", "DATE", "2018-03-01"),
            ("Holi", "DATE", "2018-03-02"),
            ("Dec 23, 2017", "DATE", "2017-12-23"),
            ("07:14 IST", "TIME", "2017-12-23T07:14"),
            ("Friday", "DATE", "2017-12-22"),
            ("a fortnight", "DURATION", "P2W"),
            ("a little over two months", "DURATION", "P2M"),
            ("March 1", "DATE", "2018-03-01"),
            ("March 24", "DATE", "2018-03-24"),
            ("March 5", "DATE", "2018-03-05"),
            ("April 4", "DATE", "2018-04-04"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("15 minutes", "DURATION", "PT15M"),
            ("9.45am", "TIME", "XXXX-XX-XXT09:45"),
            ("Wednesday", "DATE", "2017-12-20"),
            ("Holi", "DATE", "2018-03-02"),
            ("March 2", "DATE", "2018-03-02"),
            ("that evening", "TIME", "2017-12-20TEV"),
            ("the next day", "DATE", "2017-12-21"),
            ("now", "DATE", "PRESENT_REF"),
            ("March 13", "DATE", "2018-03-13"),
            ("at least two days", "DURATION", "P2D"),
            ("Friday", "DATE", "2017-12-22"),
            ("January 31", "DATE", "2018-01-31"),
            ("early February", "DATE", "2018-02"),
            ("This year", "DATE", "2017"),
            ("March 9", "DATE", "2017-03-09"),
            ("May 12", "DATE", "2017-05-12"),
            ("a week", "DURATION", "P1W"),
            ("May 15", "DATE", "2018-05-15"),
            ("June", "DATE", "2018-06"),
            ("2017", "DATE", "2017"),
            ("2019", "DATE", "2019"),
            ("45 days", "DURATION", "P45D"),
            ("2018", "DATE", "2018"),
            ("19", "DATE", "2019"),
            ("January 15", "DATE", "2018-01-15"),
            ("February 10", "DATE", "2018-02-10"),
            ("February 5", "DATE", "2018-02-05"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("February 15", "DATE", "2018-02-15"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
