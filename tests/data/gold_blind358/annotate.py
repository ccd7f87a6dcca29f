"""Annotations of the three-hundred-and-fifty-eighth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind358/annotate.py [--show]

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
    # Wednesday 2014-05-21 (ISO week 21), US regional paper's website, school-budget vote,
    # section label, headline, byline, stamp "Posted May 21, 2014 at 12:05 AM | Updated May 21,
    # 2014 at 7:30 AM" (each date a DATE, each clock time a TIME on the publication day,
    # gold_blind68, gold_blind101), "MAPLE HOLLOW —" dateline. The vote was "on Tuesday"
    # 2014-05-20 (and "Districts across the state voted Tuesday", the same day); its clock
    # times "9 p.m." and "10:30 p.m." ("shortly before" a signal, gold_blind9, gold_blind20)
    # are that evening; Okafor's quote "We heard people tonight", said "at about 11 p.m." on
    # Tuesday and printed after midnight, is Tuesday's night 2014-05-20TNI and the clock time
    # 2014-05-20T23:00 (the approximator kept in the span, gold_blind103). Future: trustees
    # "meet Thursday night" 2014-05-22TNI, the revote "on June 17" 2014-06-17, the meeting "at
    # 7 p.m. June 2" two TIMEX3. Fiscal years: a New York school district's year runs July to
    # June and is named by the year it ends (gold_blind3, gold_blind13): "the 2014-15 fiscal
    # year" one span FY2015 (like "fiscal 2016-17", gold_blind70), "the current fiscal year,
    # which ends June 30" FY2014 plus 2014-06-30 (gold_blind13); "takes effect July 1"
    # 2014-07-01. "the 2014-15 school year" -> "2014" and "15" 2015, "school year" left out
    # (gold_blind44, gold_blind68, gold_blind101). "the first budget in four years" DURATION
    # P4Y (the period of a "first in", gold_blind35); "the spring of 2010" 2010-SP and "two
    # years later" 2012 (the unit's granularity from the narrative's last date, gold_blind28);
    # "repaid over 15 years" P15Y; "the fall" ahead in May 2014-FA; "a few weeks" PXW;
    # "recent years" PAST_REF (gold_blind68); "months" PXM; "three-year" P3Y; "a year ago"
    # 2013; "as early as November" -> "November" 2014-11 ("as early as" a signal,
    # gold_blind20); "by June 30, 2015" one DATE; "twice a month" SET P1M. Not annotated:
    # "$48.2M", "$48.2 million", "1,412 to 986", "$3.1 million", "2.1 percent", "1.9
    # percent", "$200,000", "$58", "31 positions", "61 votes", "64" (an age), "2,400",
    # "1,730", "44 votes", "$1.2 million", "Proposition 2", "$410,000", "1,688 to 702",
    # "mhcsd.org/vote2014" (a URL with a year, in a 2014 story), "Room 114", "3,900", "the
    # next budget", "the state cap".
    "maple-hollow-school-budget-vote": (
        "2014-05-21",
        [
            ("May 21, 2014", "DATE", "2014-05-21"),
            ("12:05 AM", "TIME", "2014-05-21T00:05"),
            ("May 21, 2014", "DATE", "2014-05-21"),
            ("7:30 AM", "TIME", "2014-05-21T07:30"),
            ("the 2014-15 fiscal year", "DATE", "FY2015"),
            ("Tuesday", "DATE", "2014-05-20"),
            ("9 p.m.", "TIME", "2014-05-20T21:00"),
            ("10:30 p.m.", "TIME", "2014-05-20T22:30"),
            ("months", "DURATION", "PXM"),
            ("July 1", "DATE", "2014-07-01"),
            ("the current fiscal year", "DATE", "FY2014"),
            ("June 30", "DATE", "2014-06-30"),
            ("September", "DATE", "2014-09"),
            ("four years", "DURATION", "P4Y"),
            ("recent years", "DATE", "PAST_REF"),
            ("the spring of 2010", "DATE", "2010-SP"),
            ("two years later", "DATE", "2012"),
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("Tuesday, Sept. 2", "DATE", "2014-09-02"),
            ("15 years", "DURATION", "P15Y"),
            ("Thursday night", "TIME", "2014-05-22TNI"),
            ("the fall", "DATE", "2014-FA"),
            ("tonight", "TIME", "2014-05-20TNI"),
            ("about 11 p.m.", "TIME", "2014-05-20T23:00"),
            ("a few weeks", "DURATION", "PXW"),
            ("three-year", "DURATION", "P3Y"),
            ("July 1", "DATE", "2014-07-01"),
            ("2005", "DATE", "2005"),
            ("a year ago", "DATE", "2013"),
            ("Tuesday", "DATE", "2014-05-20"),
            ("June 17", "DATE", "2014-06-17"),
            ("2008", "DATE", "2008"),
            ("June 30, 2015", "DATE", "2015-06-30"),
            ("November", "DATE", "2014-11"),
            ("twice a month", "SET", "P1M"),
            ("7 p.m.", "TIME", "2014-06-02T19:00"),
            ("June 2", "DATE", "2014-06-02"),
        ],
    ),
    # Tuesday 2015-08-04 (ISO week 32), Scottish daily's website, exam results day, section
    # label, headline, deck, byline, stamps "Published: 08:42 Tuesday 04 August 2015" and
    # "Updated: 14:10 Tuesday 04 August 2015" (each a TIME and a one-span DATE with its
    # weekday, gold_blind101). Results day is the publication day: "at 8am" (deck, body,
    # helpline), "9.30am", "since 5am", "from ten to eight" (a clock time in words,
    # 2015-08-04T07:50, like "about ten o'clock" in gold_blind10), "until 8pm today", "this
    # morning", "this afternoon", "tonight". Future: "from 9am tomorrow" 2015-08-05T09:00 and
    # 2015-08-05; the school "will open from 10am until noon on Wednesday" 2015-08-05, "the
    # next day" after it Thursday 2015-08-06; "by Friday 14 August", "Thursday 13 August",
    # "Wednesday 19 August" (dates with weekdays, one span each); "28 August", "25 September";
    # "a place at university in September" 2015-09; "next week" 2015-W33; "next year" 2016.
    # Past: "between 27 April and 2 June" 2015-04-27 and 2015-06-02 ("over five weeks" P5W);
    # "counting the days since June" 2015-06; "last year" and "a year ago" 2014, "in 2014",
    # "in 2005", "since 2009"; "This year" (twice) 2015. "in more than a decade" (headline
    # and lead) DURATION P10Y, the period of a superlative (gold_blind103); "Two months is a
    # long time" P2M; "the first two hours" (of the helpline) PT2H; "much of the past year" ->
    # "the past year" P1Y. Not annotated: "after lunch" (gold_blind68), "Results day" (a day
    # named by an event, gold_blind25, gold_blind101), "counting the days" (an idiom), "the new
    # session" (a school year, gold_blind75), "Highers", "Higher", "A to C", "four Bs", "three
    # As and a B", "S4", "National 5", "A-level", "79.4 per cent", "78.8 per cent", "74.1 per
    # cent", "140,000", "1,100 calls", "96,000", "61,000", "17" (an age), "0808 555 2015" (a
    # helpline number holding 2015, in a 2015 story).
    "glenross-higher-results-day": (
        "2015-08-04",
        [
            ("more than a decade", "DURATION", "P10Y"),
            ("8am", "TIME", "2015-08-04T08:00"),
            ("08:42", "TIME", "2015-08-04T08:42"),
            ("Tuesday 04 August 2015", "DATE", "2015-08-04"),
            ("14:10", "TIME", "2015-08-04T14:10"),
            ("Tuesday 04 August 2015", "DATE", "2015-08-04"),
            ("more than a decade", "DURATION", "P10Y"),
            ("this morning", "TIME", "2015-08-04TMO"),
            ("8am", "TIME", "2015-08-04T08:00"),
            ("9.30am", "TIME", "2015-08-04T09:30"),
            ("last year", "DATE", "2014"),
            ("2005", "DATE", "2005"),
            ("This year", "DATE", "2015"),
            ("next year", "DATE", "2016"),
            ("five weeks", "DURATION", "P5W"),
            ("27 April", "DATE", "2015-04-27"),
            ("2 June", "DATE", "2015-06-02"),
            ("5am", "TIME", "2015-08-04T05:00"),
            ("ten to eight", "TIME", "2015-08-04T07:50"),
            ("Two months", "DURATION", "P2M"),
            ("September", "DATE", "2015-09"),
            ("this afternoon", "TIME", "2015-08-04TAF"),
            ("tonight", "TIME", "2015-08-04TNI"),
            ("8am", "TIME", "2015-08-04T08:00"),
            ("8pm", "TIME", "2015-08-04T20:00"),
            ("today", "DATE", "2015-08-04"),
            ("9am", "TIME", "2015-08-05T09:00"),
            ("tomorrow", "DATE", "2015-08-05"),
            ("the first two hours", "DURATION", "PT2H"),
            ("Friday 14 August", "DATE", "2015-08-14"),
            ("28 August", "DATE", "2015-08-28"),
            ("25 September", "DATE", "2015-09-25"),
            ("Thursday 13 August", "DATE", "2015-08-13"),
            ("2009", "DATE", "2009"),
            ("the past year", "DURATION", "P1Y"),
            ("10am", "TIME", "2015-08-05T10:00"),
            ("noon", "TIME", "2015-08-05T12:00"),
            ("Wednesday", "DATE", "2015-08-05"),
            ("the next day", "DATE", "2015-08-06"),
            ("June", "DATE", "2015-06"),
            ("2014", "DATE", "2014"),
            ("This year", "DATE", "2015"),
            ("a year ago", "DATE", "2014"),
            ("next week", "DATE", "2015-W33"),
            ("Wednesday 19 August", "DATE", "2015-08-19"),
        ],
    ),
    # Saturday 2015-06-20 (ISO week 25), Indian national daily's city page, university
    # admissions (cut-off lists), section label, headline ("today"), deck ("from Monday";
    # "July 20"), byline with stamp "Updated: June 20, 2015 02:35 IST" (DATE and TIME, the
    # zone in the span and not in the value), "NEW DELHI:" dateline without date. "at 6 p.m.
    # today" two TIMEX3 on the publication day. Future: "from Monday, June 22, to Wednesday,
    # June 24" (weekday and date one span each, gold_blind44), "Monday, June 29", "July 3",
    # "mid-July" 2015-07, "July 20", "June 25", "July 2", "July 6"; "Tuesday next" (Indian
    # English, post-posed "next") one span, the coming Tuesday 2015-06-23 (gold_blind22); the
    # seats "guaranteed till 1.30 p.m. on Wednesday" 2015-06-24T13:30 and 2015-06-24. Past:
    # "said on Friday" 2015-06-19; "on Monday last" one span, the most recent Monday
    # 2015-06-15 (gold_blind17, gold_blind22), and "that evening" its evening 2015-06-15TEV;
    # "between May 28 and June 15", "June 1", "May 25". The daily admission hours "between
    # 9.30 a.m. and 1.30 p.m. each day" are XXXX-XX-XXT09:30 and XXXX-XX-XXT13:30 with the
    # SET P1D (gold_blind68's "from 7am to 10pm each day"). "the 2015-16 academic session" ->
    # "2015" and "16" 2016, "academic session" left out like "academic year" (gold_blind44,
    # gold_blind68). "within 24 hours of approval" PT24H (an anchored duration); "a week later
    # than in 2014" -> "a week" P1W (the size of a shift, gold_blind101) and "2014"; "extended
    # ... by a fortnight" P2W (the size of the extension); "the first 48 hours" PT48H; "For
    # the last three years" P3Y; "almost four weeks" P4W; "this year" 2015, "last year" and
    # "a year ago" 2014; "now" PRESENT_REF; "in the future" -> "the future" FUTURE_REF
    # (gold_blind3, gold_blind20); "checked ... daily" SET P1D. Not annotated: "DU",
    # "99.25%", "99.25 per cent", "98.75 per cent", "99 per cent", "95 per cent", "3.4 lakh",
    # "Class XII" (twice), "B.Com (Hons)", "nine lists", "seven", "the first list", "the
    # second list", "the third", "the fourth or fifth list", "first choice", "Rs 150", "18"
    # (an age), "011-2766 2015" (a helpline number holding 2015, beside "2015" annotated),
    # "till admissions close" (event-named), "first-come, first-served", "early".
    "du-first-cut-off-list": (
        "2015-06-20",
        [
            ("today", "DATE", "2015-06-20"),
            ("Monday", "DATE", "2015-06-22"),
            ("July 20", "DATE", "2015-07-20"),
            ("June 20, 2015", "DATE", "2015-06-20"),
            ("02:35 IST", "TIME", "2015-06-20T02:35"),
            ("6 p.m.", "TIME", "2015-06-20T18:00"),
            ("today", "DATE", "2015-06-20"),
            ("May 28", "DATE", "2015-05-28"),
            ("June 15", "DATE", "2015-06-15"),
            ("Monday, June 22", "DATE", "2015-06-22"),
            ("Wednesday, June 24", "DATE", "2015-06-24"),
            ("9.30 a.m.", "TIME", "XXXX-XX-XXT09:30"),
            ("1.30 p.m.", "TIME", "XXXX-XX-XXT13:30"),
            ("each day", "SET", "P1D"),
            ("Friday", "DATE", "2015-06-19"),
            ("24 hours", "DURATION", "PT24H"),
            ("Monday, June 29", "DATE", "2015-06-29"),
            ("July 3", "DATE", "2015-07-03"),
            ("this year", "DATE", "2015"),
            ("last year", "DATE", "2014"),
            ("mid-July", "DATE", "2015-07"),
            ("Monday last", "DATE", "2015-06-15"),
            ("that evening", "TIME", "2015-06-15TEV"),
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("July 20", "DATE", "2015-07-20"),
            ("a week", "DURATION", "P1W"),
            ("2014", "DATE", "2014"),
            ("a year ago", "DATE", "2014"),
            ("the last three years", "DURATION", "P3Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("a fortnight", "DURATION", "P2W"),
            ("June 1", "DATE", "2015-06-01"),
            ("the first 48 hours", "DURATION", "PT48H"),
            ("the future", "DATE", "FUTURE_REF"),
            ("June 25", "DATE", "2015-06-25"),
            ("July 2", "DATE", "2015-07-02"),
            ("July 6", "DATE", "2015-07-06"),
            ("Tuesday next", "DATE", "2015-06-23"),
            ("daily", "SET", "P1D"),
            ("May 25", "DATE", "2015-05-25"),
            ("almost four weeks", "DURATION", "P4W"),
            ("1.30 p.m.", "TIME", "2015-06-24T13:30"),
            ("Wednesday", "DATE", "2015-06-24"),
        ],
    ),
    # Monday 2012-11-26 (ISO week 48), English regional daily, teachers' strike, section
    # label, headline ("on Thursday"), deck, byline, date line "Monday 26 November 2012" (one
    # DATE span with its weekday). The strike day is Thursday 2012-11-29 (headline, lead, "6am
    # on Thursday", "Thursday morning", the day camp "on Thursday", "close on Thursday"); its
    # clock times "7.30am", "noon", "8am", "6pm" are on it. Past: talks "broke down on
    # Thursday evening" 2012-11-22TEV (the same weekday the other way, gold_blind101), "the
    # next day" Friday 2012-11-23 and "that evening" 2012-11-23TEV; "By last night" Sunday's
    # night 2012-11-25TNI (gold_blind35); "30 November last year" one span 2011-11-30 (like
    # "September last year", gold_blind28); "since 26 September" 2012-09-26; "on 9 November"
    # 2012-11-09; "last month" 2012-10; "a fortnight ago" the unit's granularity, 2012-W46
    # (like "two weeks ago" in gold_blind68); "since the spring" -> "the spring" 2012-SP.
    # Future: "by 3pm on Wednesday" 2012-11-28T15:00 and 2012-11-28; "Tuesday 11 December",
    # "Monday 3 December"; "September 2013"; "before Christmas" and "a month before Christmas"
    # 2012-12-25, "a month" P1M (an anchored duration, gold_blind35); "at 9am today" two
    # TIMEX3. "one-day" P1D, "four-day" P4D (adjectival durations), "almost nine hours" PT9H,
    # "by 30 minutes" PT30M (the size of a change, gold_blind101), "for weeks" and "for years"
    # -> "weeks" PXW and "years" PXY; "every hour" SET PT1H. Not annotated: "Year 11" (twice),
    # "half-term" (gold_blind68), "the school day", "the longer day", "the lost day", "day or
    # night" (an idiom), "140", "97 primaries", "44 secondaries", "six and nine", "five to
    # 11" (ages), "£18", "0300 555 2012" (a booking line holding 2012, in a 2012 story), "82
    # per cent", "41 per cent", "half-empty".
    "dunmoor-teachers-strike-thursday": (
        "2012-11-26",
        [
            ("Thursday", "DATE", "2012-11-29"),
            ("Monday 26 November 2012", "DATE", "2012-11-26"),
            ("Thursday", "DATE", "2012-11-29"),
            ("one-day", "DURATION", "P1D"),
            ("30 November last year", "DATE", "2011-11-30"),
            ("Tuesday 11 December", "DATE", "2012-12-11"),
            ("Thursday evening", "TIME", "2012-11-22TEV"),
            ("almost nine hours", "DURATION", "PT9H"),
            ("the next day", "DATE", "2012-11-23"),
            ("that evening", "TIME", "2012-11-23TEV"),
            ("30 minutes", "DURATION", "PT30M"),
            ("September 2013", "DATE", "2013-09"),
            ("26 September", "DATE", "2012-09-26"),
            ("3pm", "TIME", "2012-11-28T15:00"),
            ("Wednesday", "DATE", "2012-11-28"),
            ("last night", "TIME", "2012-11-25TNI"),
            ("every hour", "SET", "PT1H"),
            ("6am", "TIME", "2012-11-29T06:00"),
            ("Thursday", "DATE", "2012-11-29"),
            ("Thursday morning", "TIME", "2012-11-29TMO"),
            ("Monday 3 December", "DATE", "2012-12-03"),
            ("weeks", "DURATION", "PXW"),
            ("four-day", "DURATION", "P4D"),
            ("7.30am", "TIME", "2012-11-29T07:30"),
            ("noon", "TIME", "2012-11-29T12:00"),
            ("last month", "DATE", "2012-10"),
            ("a fortnight ago", "DATE", "2012-W46"),
            ("Christmas", "DATE", "2012-12-25"),
            ("8am", "TIME", "2012-11-29T08:00"),
            ("6pm", "TIME", "2012-11-29T18:00"),
            ("Thursday", "DATE", "2012-11-29"),
            ("9am", "TIME", "2012-11-26T09:00"),
            ("today", "DATE", "2012-11-26"),
            ("the spring", "DATE", "2012-SP"),
            ("9 November", "DATE", "2012-11-09"),
            ("a month", "DURATION", "P1M"),
            ("Christmas", "DATE", "2012-12-25"),
            ("years", "DURATION", "PXY"),
            ("Thursday", "DATE", "2012-11-29"),
        ],
    ),
    # Thursday 2012-08-16 (ISO week 33), Australian metropolitan paper's website, term dates,
    # section label, headline, stamp "August 16, 2012 - 12:00AM" (DATE plus TIME
    # 2012-08-16T00:00, gold_blind68, gold_blind71), byline, no dateline; "yesterday"
    # 2012-08-15. The school year is the calendar year, so the 2013 dates are in 2013 and
    # "This year's fourth term" in 2012. "2013" (headline, "a 2013 calendar", the box title
    # "2013 TERM DATES") is an adjectival year, DATE 2013 (gold_blind22's "the 2024 academic
    # year", gold_blind68's "the 2015 intake"). "Tuesday, January 29, next year" two DATEs,
    # 2013-01-29 and 2013; "Australia Day" (26 January, a holiday on the day it falls on)
    # 2013-01-26 and "the weekend" it falls on 2013-W04-WE; the public holiday "Monday, January
    # 28" and "the following day" 2013-01-29; "Teachers return a week earlier, on Tuesday,
    # January 22" -> "a week earlier" DATE 2013-W04 (the unit's granularity, like "a week
    # later, on Thursday 22 August" in gold_blind68) plus the date. The box's eight dates
    # ("Tuesday, January 29 - Friday, April 12" etc.) are DATEs at the two ends of each range;
    # "Term 1" to "Term 4" are not annotated. "Anzac Day" (25 April) 2013-04-25 with
    # "Thursday, April 25"; "Easter" 2013-03-31 with "March 31". "a summer holiday of more than
    # six weeks, from December 15 to January 28" -> P6W, 2012-12-15 and 2013-01-28 (the summer
    # after this year's term 4). "in May and June" 2012-05 and 2012-06 (the consultation, past);
    # "last December" 2011-12. "nine weeks" P9W (headline), "by a week" P1W (the size of the
    # cut), "in almost a decade" P10Y (the period of a superlative), "over six weeks" P6W,
    # "10 weeks" P10W, "at least five years" P5Y, "16 days" P16D. Not annotated: "Term 1" to
    # "Term 4", "the fourth term" (twice), "The autumn break" (a school holiday named by a
    # season, like "the winter break" in gold_blind68), "the public holiday", "a summer
    # holiday" beyond its duration, "in the middle of Term 1", "a 38-degree classroom",
    # "2,300 submissions", "14 schools", "7, 10 and 13" (ages).
    "port-mallard-2013-term-dates": (
        "2012-08-16",
        [
            ("2013", "DATE", "2013"),
            ("nine weeks", "DURATION", "P9W"),
            ("August 16, 2012", "DATE", "2012-08-16"),
            ("12:00AM", "TIME", "2012-08-16T00:00"),
            ("Tuesday, January 29", "DATE", "2013-01-29"),
            ("next year", "DATE", "2013"),
            ("almost a decade", "DURATION", "P10Y"),
            ("yesterday", "DATE", "2012-08-15"),
            ("2013", "DATE", "2013"),
            ("a week", "DURATION", "P1W"),
            ("Australia Day", "DATE", "2013-01-26"),
            ("the weekend", "DATE", "2013-W04-WE"),
            ("next year", "DATE", "2013"),
            ("Monday, January 28", "DATE", "2013-01-28"),
            ("the following day", "DATE", "2013-01-29"),
            ("a week earlier", "DATE", "2013-W04"),
            ("Tuesday, January 22", "DATE", "2013-01-22"),
            ("2013", "DATE", "2013"),
            ("Tuesday, January 29", "DATE", "2013-01-29"),
            ("Friday, April 12", "DATE", "2013-04-12"),
            ("Monday, April 29", "DATE", "2013-04-29"),
            ("Friday, June 28", "DATE", "2013-06-28"),
            ("Monday, July 15", "DATE", "2013-07-15"),
            ("Friday, September 20", "DATE", "2013-09-20"),
            ("Monday, October 7", "DATE", "2013-10-07"),
            ("Friday, December 6", "DATE", "2013-12-06"),
            ("six weeks", "DURATION", "P6W"),
            ("May", "DATE", "2012-05"),
            ("June", "DATE", "2012-06"),
            ("last December", "DATE", "2011-12"),
            ("This year", "DATE", "2012"),
            ("10 weeks", "DURATION", "P10W"),
            ("Monday, October 8", "DATE", "2012-10-08"),
            ("Friday, December 14", "DATE", "2012-12-14"),
            ("at least five years", "DURATION", "P5Y"),
            ("16 days", "DURATION", "P16D"),
            ("Saturday, April 13", "DATE", "2013-04-13"),
            ("Sunday, April 28", "DATE", "2013-04-28"),
            ("Anzac Day", "DATE", "2013-04-25"),
            ("Thursday, April 25", "DATE", "2013-04-25"),
            ("Easter", "DATE", "2013-03-31"),
            ("March 31", "DATE", "2013-03-31"),
            ("more than six weeks", "DURATION", "P6W"),
            ("December 15", "DATE", "2012-12-15"),
            ("January 28", "DATE", "2013-01-28"),
        ],
    ),
    # Friday 2013-03-08 (ISO week 10), US regional paper, college calendar vote, section label,
    # headline ("in August"), deck, byline, date line "Friday, March 8, 2013", "CEDAR BLUFF,
    # Calif. —" dateline. Trustees "voted 5-2 Thursday night" 2013-03-07TNI. The new calendar:
    # "Monday, Aug. 19" 2013-08-19 (and "the Aug. 19 start"), "Friday, Dec. 13" and the quote's
    # "Dec. 13" 2013-12-13, "Monday, Jan. 13, 2014", "end May 9" 2014-05-09 and "commencement
    # the next day" 2014-05-10, "May 19, 2014"; "in January" (the winter session) the next one,
    # 2014-01; "Thanksgiving" 2013-11-28 (the fourth Thursday of November); "an August start"
    # and the headline's "in August" 2013-08 (gold_blind44's "an August start"). The old one:
    # "Last fall" 2012-FA with "Tuesday, Sept. 4" 2012-09-04 and "Dec. 20" 2012-12-20; "this
    # year" 2013 with "Jan. 22" (past) and "May 24" (ahead). "in December" (the faculty
    # senate, past) 2012-12; "since last spring" -> "last spring" 2012-SP; "since 2008".
    # "before fall 2013" 2013-FA (a season with its year), while "fall semester", "The spring
    # semester", "fall finals" and "Spring classes" are not annotated (gold_blind68). "the
    # budget for fiscal 2014, which begins July 1" -> "fiscal 2014" FY2014 (a California
    # college's July-June year, named by the year it ends, gold_blind3) and "July 1"
    # 2013-07-01. Deadlines "April 15", "May 1", "June 1" 2013. Durations: "16-week",
    # "two-week", "six-week" (adjectival), "more than two weeks earlier than usual" P2W (the
    # size of the shift), "from 18 weeks to 16 weeks" P18W and P16W, "more than three hours"
    # PT3H, "more than four weeks" P4W, "a month of harvest wages" P1M, "in its first year"
    # P1Y (an ordinal period of the change, like "The first week" in gold_blind35), "four
    # days" P4D. "at noon and at 6 p.m. on Wednesday, March 20" two TIMEs on that day and the
    # DATE; "every three years" SET P3Y; "Christmas" (deck) 2013-12-25. Not annotated:
    # "5-2", "31-9", "about 150", "$240,000", "Highway 99", "triple-digit heat", "Room 118",
    # "the break around Thanksgiving" beyond "Thanksgiving", "winter session", "summer
    # session", "holiday jobs", "for the first time".
    "sorrel-valley-college-early-calendar": (
        "2013-03-08",
        [
            ("August", "DATE", "2013-08"),
            ("16-week", "DURATION", "P16W"),
            ("Christmas", "DATE", "2013-12-25"),
            ("Friday, March 8, 2013", "DATE", "2013-03-08"),
            ("Monday, Aug. 19", "DATE", "2013-08-19"),
            ("more than two weeks", "DURATION", "P2W"),
            ("Thursday night", "TIME", "2013-03-07TNI"),
            ("18 weeks", "DURATION", "P18W"),
            ("16 weeks", "DURATION", "P16W"),
            ("Friday, Dec. 13", "DATE", "2013-12-13"),
            ("Monday, Jan. 13, 2014", "DATE", "2014-01-13"),
            ("May 9", "DATE", "2014-05-09"),
            ("the next day", "DATE", "2014-05-10"),
            ("Last fall", "DATE", "2012-FA"),
            ("Tuesday, Sept. 4", "DATE", "2012-09-04"),
            ("Dec. 20", "DATE", "2012-12-20"),
            ("this year", "DATE", "2013"),
            ("Jan. 22", "DATE", "2013-01-22"),
            ("May 24", "DATE", "2013-05-24"),
            ("more than three hours", "DURATION", "PT3H"),
            ("December", "DATE", "2012-12"),
            ("last spring", "DATE", "2012-SP"),
            ("2008", "DATE", "2008"),
            ("Dec. 13", "DATE", "2013-12-13"),
            ("more than four weeks", "DURATION", "P4W"),
            ("August", "DATE", "2013-08"),
            ("a month", "DURATION", "P1M"),
            ("its first year", "DURATION", "P1Y"),
            ("fall 2013", "DATE", "2013-FA"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
            ("April 15", "DATE", "2013-04-15"),
            ("May 1", "DATE", "2013-05-01"),
            ("June 1", "DATE", "2013-06-01"),
            ("Aug. 19", "DATE", "2013-08-19"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("four days", "DURATION", "P4D"),
            ("two-week", "DURATION", "P2W"),
            ("January", "DATE", "2014-01"),
            ("six-week", "DURATION", "P6W"),
            ("May 19, 2014", "DATE", "2014-05-19"),
            ("noon", "TIME", "2013-03-20T12:00"),
            ("6 p.m.", "TIME", "2013-03-20T18:00"),
            ("Wednesday, March 20", "DATE", "2013-03-20"),
            ("every three years", "SET", "P3Y"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
