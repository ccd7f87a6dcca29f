"""Annotations of blind gold set 626, chosen by hand before the tagger ran.

    python tests/data/gold_blind626/annotate.py [--show]

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
    # Thursday 2017-06-29 (ISO week 26), US small-town weekly, masthead with date line
    # "Thursday, June 29, 2017" (one DATE span with its weekday), section label, headline,
    # byline, "ASHGROVE —" dateline. The board met "on Monday night" 2017-06-26TNI (past), the
    # vote "shortly before 9:30 p.m." that night 2017-06-26T21:30 ("shortly before" left out,
    # gold_blind13). The village's fiscal year runs July-June and is named by the year it
    # ends: "the fiscal year that begins Saturday, July 1" -> "the fiscal year" FY2018 plus
    # "Saturday, July 1" 2017-07-01, and "fiscal 2018" FY2018 (gold_blind13, gold_blind29).
    # Future weekdays: the parade "set for Tuesday" (headline) and "at 10 a.m. Tuesday" are
    # 2017-07-04, Independence Day; Village Hall "closed Tuesday" the same day and reopens "at
    # 8 a.m. Wednesday" 2017-07-05T08:00. "that day" after the parade's Tuesday 2017-07-04,
    # with "8 a.m." and "1 p.m." on it; the fireworks "at about 9:45 p.m." that evening, the
    # approximator kept (gold_blind103), and the rain date "Wednesday, July 5" one span. "the
    # village's Independence Day celebration" -> "Independence Day" 2017-07-04, a holiday
    # inside an event's name (gold_blind21's "St. Patrick's Day parade"). Pool "until 8 p.m.
    # daily through Labor Day": T20:00 of no particular day, SET P1D, "Labor Day" 2017-09-04
    # (first Monday of September); "an hour later than last summer" -> "an hour" PT1H (the
    # size of the shift, gold_blind101) and "last summer" 2016-SU (gold_blind13). "6-hour"
    # PT6H; "nearly two hours" PT2H; "in September" 2017-09 (future). The parking ban "from
    # 2 a.m. to 6 a.m. on Tuesdays from Nov. 1 to April 1": two TIMEs XXXX-XX-XXThh:mm, SET
    # XXXX-WXX-2 and the two DATEs 2017-11-01 and 2018-04-01 (the nearest ones ahead).
    # "its July 10 meeting" 2017-07-10 (an adjectival date); "about six weeks" P6W; "Aug. 14"
    # 2017-08-14; "last week" 2017-W25 and "the week before" anchored on it 2017-W24
    # (gold_blind42, gold_blind61); "every year" SET P1Y; "This year" (possessive) 2017; "38
    # years" P38Y. Not annotated: "Vol. 96", "No. 26" (an issue number equal to the ISO
    # week), "75 cents", "$4.1 million", "4-1", "$180,000", "2.1 percent", "35 cents", "1,000
    # gallons", "16 or 17" and "94" (ages), "Route 9", "2nd and 5th streets", "fourth grade",
    # "Ordinance 2017-14", "Sunday hours" (an adjective naming a kind of hours, like "holiday
    # hours" in gold_blind103), "the holiday" (anaphoric), "early" ("People start early"),
    # "41 calls", "29", "200 W. Main St.", "ashgrovevillage.org/budget2018", "608-555-1946".
    "ashgrove-village-board-budget-fourth": (
        "2017-06-29",
        [
            ("Thursday, June 29, 2017", "DATE", "2017-06-29"),
            ("Tuesday", "DATE", "2017-07-04"),
            ("Monday night", "TIME", "2017-06-26TNI"),
            ("the fiscal year", "DATE", "FY2018"),
            ("Saturday, July 1", "DATE", "2017-07-01"),
            ("nearly two hours", "DURATION", "PT2H"),
            ("9:30 p.m.", "TIME", "2017-06-26T21:30"),
            ("2009", "DATE", "2009"),
            ("fiscal 2018", "DATE", "FY2018"),
            ("September", "DATE", "2017-09"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("Labor Day", "DATE", "2017-09-04"),
            ("an hour", "DURATION", "PT1H"),
            ("last summer", "DATE", "2016-SU"),
            ("6-hour", "DURATION", "PT6H"),
            ("Independence Day", "DATE", "2017-07-04"),
            ("10 a.m.", "TIME", "2017-07-04T10:00"),
            ("Tuesday", "DATE", "2017-07-04"),
            ("8 a.m.", "TIME", "2017-07-04T08:00"),
            ("1 p.m.", "TIME", "2017-07-04T13:00"),
            ("that day", "DATE", "2017-07-04"),
            ("about 9:45 p.m.", "TIME", "2017-07-04T21:45"),
            ("Wednesday, July 5", "DATE", "2017-07-05"),
            ("every year", "SET", "P1Y"),
            ("1946", "DATE", "1946"),
            ("This year", "DATE", "2017"),
            ("38 years", "DURATION", "P38Y"),
            ("2 a.m.", "TIME", "XXXX-XX-XXT02:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Nov. 1", "DATE", "2017-11-01"),
            ("April 1", "DATE", "2018-04-01"),
            ("July 10", "DATE", "2017-07-10"),
            ("1958", "DATE", "1958"),
            ("about six weeks", "DURATION", "P6W"),
            ("Aug. 14", "DATE", "2017-08-14"),
            ("last week", "DATE", "2017-W25"),
            ("the week before", "DATE", "2017-W24"),
            ("7 p.m.", "TIME", "2017-07-10T19:00"),
            ("Monday, July 10", "DATE", "2017-07-10"),
            ("Tuesday", "DATE", "2017-07-04"),
            ("8 a.m.", "TIME", "2017-07-05T08:00"),
            ("Wednesday", "DATE", "2017-07-05"),
        ],
    ),
    # Wednesday 2018-08-22 (ISO week 34), English county paper's website, section label,
    # headline, standfirst, byline, date line "Wednesday 22 August 2018". "the bank holiday
    # weekend" (standfirst) and "the August bank holiday weekend" are the Saturday-Monday
    # holiday weekend before the summer bank holiday (Monday 27 August, the last Monday of
    # August in England), the ISO weekend of its Saturday, 2018-W34-WE (gold_blind56,
    # gold_blind103); "Monday 27 August" is its own DATE, "2pm" that day. "next Tuesday" in a
    # Wednesday paper is the coming Tuesday, 2018-08-28 (gold_blind6), the same day as
    # "Tuesday 28 August". The closures "from 8pm to 6am each night": hours of no particular
    # day XXXX-XX-XXThh:mm and SET XXXX-XX-XXTNI (gold_blind90's "nightly"), as are the last
    # bus times "11.15pm instead of 11.40pm" on the closure nights. "yesterday" 2018-08-21;
    # the first phase "finished on Friday" 2018-08-17 (past), "a week ahead of schedule" ->
    # "a week" P1W (the size of the shift); "a month of disruption" P1M; "Wednesday 5
    # September" one span. "in October" 2018-10; "up to 48 hours" PT48H; "early 2019" 2019;
    # "Last year" 2017; "the 2018/19 financial year" one span FY2019 (the April-March council
    # year named by the year it ends, gold_blind21, gold_blind72). "for 14 years" P14Y; the
    # lorry "at 5.30am every morning" XXXX-XX-XXT05:30 and SET XXXX-XX-XXTMO; the drop-in
    # "from 3pm to 7pm tomorrow" 2018-08-23; "daily" SET P1D; the phone line "from 8am to 6pm,
    # Monday to Friday": TIMEs of no particular day and the range's ends SETs XXXX-WXX-1 and
    # XXXX-WXX-5 (gold_blind76, gold_blind90). "the end of November" 2018-11. Not annotated:
    # "overnight closures" (an adjective naming a kind of closure, gold_blind21), "£1.8m",
    # "the A4137", "Bus services 18 and 18A", "The last 18", "at all times", "the schools
    # broke up", "the holidays" (school holidays, gold_blind57), "about a third", "before
    # then" (anaphoric), "62 miles", "kelshire.gov.uk/roadworks2018", "0300 555 2018", "11
    # roads", "4.2 miles".
    "harnsey-bridge-street-night-closures": (
        "2018-08-22",
        [
            ("the bank holiday weekend", "DATE", "2018-W34-WE"),
            ("next Tuesday", "DATE", "2018-08-28"),
            ("Wednesday 22 August 2018", "DATE", "2018-08-22"),
            ("a month", "DURATION", "P1M"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("Tuesday 28 August", "DATE", "2018-08-28"),
            ("Friday 7 September", "DATE", "2018-09-07"),
            ("yesterday", "DATE", "2018-08-21"),
            ("16 July", "DATE", "2018-07-16"),
            ("Friday", "DATE", "2018-08-17"),
            ("a week", "DURATION", "P1W"),
            ("the August bank holiday weekend", "DATE", "2018-W34-WE"),
            ("2pm", "TIME", "2018-08-27T14:00"),
            ("Monday 27 August", "DATE", "2018-08-27"),
            ("11.15pm", "TIME", "XXXX-XX-XXT23:15"),
            ("11.40pm", "TIME", "XXXX-XX-XXT23:40"),
            ("Wednesday 5 September", "DATE", "2018-09-05"),
            ("1869", "DATE", "1869"),
            ("1936", "DATE", "1936"),
            ("October", "DATE", "2018-10"),
            ("up to 48 hours", "DURATION", "PT48H"),
            ("early 2019", "DATE", "2019"),
            ("Last year", "DATE", "2017"),
            ("2010", "DATE", "2010"),
            ("the 2018/19 financial year", "DATE", "FY2019"),
            ("14 years", "DURATION", "P14Y"),
            ("5.30am", "TIME", "XXXX-XX-XXT05:30"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("3pm", "TIME", "2018-08-23T15:00"),
            ("7pm", "TIME", "2018-08-23T19:00"),
            ("tomorrow", "DATE", "2018-08-23"),
            ("daily", "SET", "P1D"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("the end of November", "DATE", "2018-11"),
        ],
    ),
    # Tuesday 2019-10-22 (ISO week 43), Irish regional weekly's "Garda Notebook" page,
    # masthead with date line "Tuesday, 22 October 2019", headline, byline, sub-heads. "last
    # Thursday" in a Tuesday paper is the most recent Thursday, 2019-10-17 (gold_blind10);
    # the first break-in "between 2pm and 5.30pm" that day, the second found "at about 8pm
    # that evening" -> "about 8pm" 2019-10-17T20:00 and "that evening" 2019-10-17TEV (a
    # narrative anchor, gold_blind26); "Thursday afternoon" (twice) 2019-10-17TAF, "Friday
    # morning" 2019-10-18TMO. "next Tuesday" in a Tuesday paper is seven days ahead,
    # 2019-10-29 (gold_blind25), with "8pm" that evening. The October bank holiday is the last
    # Monday of October, 28 October 2019: "the October bank holiday weekend" 2019-W43-WE (the
    # ISO weekend of its Saturday, gold_blind56), the checkpoints "starting on Friday evening"
    # 2019-10-25TEV "until Tuesday morning" 2019-10-29TMO; "Monday, 28 October" one span, the
    # office reopening "at 10am the following day" 2019-10-29T10:00 and 2019-10-29. "Last
    # year" and the quote's "last year" 2018; last year's arrests "between 7am and 11am" are
    # hours of no particular day (gold_blind72). "Halloween" 2019-10-31 beside "Thursday, 31
    # October"; "Halloween night" 2019-10-31TNI; "home by 7pm" that night 2019-10-31T19:00.
    # "the past fortnight" P2W; "every day this week" SET P1D and DATE 2019-W43 (gold_blind72).
    # Court: "on Wednesday" 2019-10-16 (past); "banned from driving for four years" P4Y (a
    # sentence handed down, gold_blind72); "1.40am on 3 August" 2019-08-03; "until 20
    # November" 2019-11-20 (future); "sits monthly" SET P1M. "set up in 2013" 2013; "since
    # 2011". Not annotated: "161-MO" (a registration holding the year code of 2016, gold_blind72),
    # "094 955 2019" and "094 955 0031" (phone numbers), "the Garda Confidential Line", "a
    # bingo night" and "a night out" (nights as kinds of outing), "in her 70s", "27-year-old",
    # "400 illegal fireworks", "14 arrests", "€600", "142km/h", "the N26", "in daylight"
    # (a condition, not a time), "Station hours" (a sub-head).
    "castlemoy-garda-notebook-bank-holiday": (
        "2019-10-22",
        [
            ("Tuesday, 22 October 2019", "DATE", "2019-10-22"),
            ("last Thursday", "DATE", "2019-10-17"),
            ("2pm", "TIME", "2019-10-17T14:00"),
            ("5.30pm", "TIME", "2019-10-17T17:30"),
            ("about 8pm", "TIME", "2019-10-17T20:00"),
            ("that evening", "TIME", "2019-10-17TEV"),
            ("Thursday afternoon", "TIME", "2019-10-17TAF"),
            ("Thursday afternoon", "TIME", "2019-10-17TAF"),
            ("Friday morning", "TIME", "2019-10-18TMO"),
            ("2013", "DATE", "2013"),
            ("8pm", "TIME", "2019-10-29T20:00"),
            ("next Tuesday", "DATE", "2019-10-29"),
            ("the October bank holiday weekend", "DATE", "2019-W43-WE"),
            ("Friday evening", "TIME", "2019-10-25TEV"),
            ("Tuesday morning", "TIME", "2019-10-29TMO"),
            ("Last year", "DATE", "2018"),
            ("2011", "DATE", "2011"),
            ("last year", "DATE", "2018"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("Halloween", "DATE", "2019-10-31"),
            ("Thursday, 31 October", "DATE", "2019-10-31"),
            ("the past fortnight", "DURATION", "P2W"),
            ("every day", "SET", "P1D"),
            ("this week", "DATE", "2019-W43"),
            ("Halloween night", "TIME", "2019-10-31TNI"),
            ("7pm", "TIME", "2019-10-31T19:00"),
            ("four years", "DURATION", "P4Y"),
            ("Wednesday", "DATE", "2019-10-16"),
            ("1.40am", "TIME", "2019-08-03T01:40"),
            ("3 August", "DATE", "2019-08-03"),
            ("20 November", "DATE", "2019-11-20"),
            ("monthly", "SET", "P1M"),
            ("Monday, 28 October", "DATE", "2019-10-28"),
            ("10am", "TIME", "2019-10-29T10:00"),
            ("the following day", "DATE", "2019-10-29"),
        ],
    ),
    # Friday 2018-10-19 (ISO week 42), New Zealand community paper's website, "WHAT'S ON"
    # page, headline, byline, stamp "Last updated 12:05, October 19 2018" (TIME and DATE, the
    # NZ stamp of gold_blind21). Labour Day is the fourth Monday of October, 2018-10-22;
    # "Labour Weekend" (headline and lead) and "the long weekend" are the weekend before it,
    # the ISO weekend of its Saturday, 2018-W42-WE (gold_blind102). "tomorrow" is Saturday
    # 2018-10-20 (three times), "tomorrow night" 2018-10-20TNI; "Sunday" 2018-10-21 (three
    # times, once possessive); "Monday" 2018-10-22 (three times), "Monday, Labour Day" two
    # DATEs, "Labour Day" again for the pool; "Tuesday" 2018-10-23 with "9.30am". Clock times
    # on the day of their clause ("10am tomorrow", "4pm on Sunday", "1pm" on Labour Day,
    # "Sunday's 6pm concert", "9am to 5pm on Labour Day", "between 3pm and 7pm on Monday",
    # "Saturday, December 1, at 11am"). The market "held every Saturday from 8am to 12.30pm":
    # SET XXXX-WXX-6 and hours of no particular day. "annual" SET P1Y (an adjectival frequency,
    # gold_blind72); "since 1996"; "last year's" (possessive) 2017; "September 30" 2018-09-30
    # (past, daylight saving began on the last Sunday of September); "every year since the
    # 1980s" SET P1Y and DATE 198; "a day later than usual next week" -> "a day" P1D (the size
    # of the shift) and "next week" 2018-W43; "last year ... on Labour Day alone" -> "last
    # year" 2017 and "Labour Day" 2017-10-23, the Labour Day of that year (fourth Monday of
    # October 2017); "Saturday, October 27" and "Saturday, December 1" one span each; "at least
    # two weeks before the parade" P2W (anchored, the duration alone); "November 16"
    # 2018-11-16. Not annotated: "twilight concert" and "TWILIGHT CONCERT" (a kind of concert),
    # "Spring Garden Trail" (a name), "for once", "the season" (a pool season, no calendar
    # unit, gold_blind103), "in daylight", "Class of 1978" (a cohort, gold_blind68), "58" (an
    # age), "under 12", "14 gardens", "$20", "$5", "$80,000", "61 pupils", "SH1", "17
    # drivers", "Daylight saving" (a regime, its start "September 30" annotated).
    "pauatahi-bay-labour-weekend-whats-on": (
        "2018-10-19",
        [
            ("Labour Weekend", "DATE", "2018-W42-WE"),
            ("12:05", "TIME", "2018-10-19T12:05"),
            ("October 19 2018", "DATE", "2018-10-19"),
            ("Labour Weekend", "DATE", "2018-W42-WE"),
            ("tomorrow", "DATE", "2018-10-20"),
            ("Sunday", "DATE", "2018-10-21"),
            ("10am", "TIME", "2018-10-20T10:00"),
            ("tomorrow", "DATE", "2018-10-20"),
            ("4pm", "TIME", "2018-10-21T16:00"),
            ("Sunday", "DATE", "2018-10-21"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("12.30pm", "TIME", "XXXX-XX-XXT12:30"),
            ("tomorrow", "DATE", "2018-10-20"),
            ("annual", "SET", "P1Y"),
            ("Monday", "DATE", "2018-10-22"),
            ("Labour Day", "DATE", "2018-10-22"),
            ("1pm", "TIME", "2018-10-22T13:00"),
            ("1996", "DATE", "1996"),
            ("last year", "DATE", "2017"),
            ("September 30", "DATE", "2018-09-30"),
            ("Sunday", "DATE", "2018-10-21"),
            ("6pm", "TIME", "2018-10-21T18:00"),
            ("every year", "SET", "P1Y"),
            ("the 1980s", "DATE", "198"),
            ("tomorrow night", "TIME", "2018-10-20TNI"),
            ("9am", "TIME", "2018-10-22T09:00"),
            ("5pm", "TIME", "2018-10-22T17:00"),
            ("Labour Day", "DATE", "2018-10-22"),
            ("Saturday, October 27", "DATE", "2018-10-27"),
            ("Monday", "DATE", "2018-10-22"),
            ("9.30am", "TIME", "2018-10-23T09:30"),
            ("Tuesday", "DATE", "2018-10-23"),
            ("a day", "DURATION", "P1D"),
            ("next week", "DATE", "2018-W43"),
            ("3pm", "TIME", "2018-10-22T15:00"),
            ("7pm", "TIME", "2018-10-22T19:00"),
            ("Monday", "DATE", "2018-10-22"),
            ("the long weekend", "DATE", "2018-W42-WE"),
            ("last year", "DATE", "2017"),
            ("Labour Day", "DATE", "2017-10-23"),
            ("Saturday, December 1", "DATE", "2018-12-01"),
            ("11am", "TIME", "2018-12-01T11:00"),
            ("at least two weeks", "DURATION", "P2W"),
            ("November 16", "DATE", "2018-11-16"),
        ],
    ),
    # Monday 2017-04-03 (ISO week 14), Australian suburban paper's website, headline, byline,
    # stamp "April 3, 2017 - 6:00AM" (DATE and TIME, gold_blind68). Term 1 "ends on Friday"
    # (headline) 2017-04-07, and "next Friday" in a Monday paper is the coming Friday, the
    # same day (gold_blind13, gold_blind18); the holidays start "from Saturday" 2017-04-08;
    # "two weeks of school holidays" -> "two weeks" P2W; students back "on Monday, April 24",
    # "a day off the next day for Anzac Day" -> "the next day" 2017-04-25 (anchored on April
    # 24, gold_blind14) and "Anzac Day" 2017-04-25. Daylight saving "ended at 3am yesterday"
    # (the first Sunday of April) -> "3am" 2017-04-02T03:00, "yesterday" 2017-04-02; "an hour"
    # PT1H. "The January holidays" -> "January" 2017-01, the adjectival month naming the
    # month of a school holiday, the holiday word left out (gold_blind68's "the July
    # holidays"); "The next school holidays, in July" 2017-07. The library program "every
    # Tuesday and Thursday at 10.30am": SETs XXXX-WXX-2 and XXXX-WXX-4 ("every" distributing,
    # gold_blind10, gold_blind72) and T10:30 of no particular day; "from April 11 to April 20"
    # two DATEs; "about 45 minutes" PT45M; "9am today" 2017-04-03. The pool "daily from 6am to
    # 8pm" SET P1D and two TIMEs of no particular day; "six months" P6M; "last year" 2016.
    # Easter 2017: "Good Friday" 2017-04-14, "Easter Sunday" 2017-04-16, "Easter Monday"
    # 2017-04-17, "over Easter" -> "Easter" 2017-04-16 (gold_blind36, gold_blind102); "Easter
    # last year" one span, Easter Sunday 2016, 2016-03-27 (gold_blind57). Double demerits
    # "from 12.01am on Thursday, April 13, to 11.59pm on Monday, April 17": two TIMEs and two
    # DATEs. The dawn service "at 5.30am on Anzac Day" 2017-04-25T05:30, the march "at 10am"
    # that day; "every year since 1923" SET P1Y and 1923; "in May" 2017-05; "three weeks"
    # P3W; "since 2012". Not annotated: "Term 1" (a school term, gold_blind49), "the break",
    # "school holidays", "holiday program", "darker evenings" (a generic part of day), "this
    # time", "5, 8 and 11", "71" (ages), "mother-of-three", "$8", "9555 1974" (a phone number
    # beside "1974"), "normal hours", "double demerits", "212 drivers", "The dawn service"
    # (an event named by a part of day), "winter sport" (a kind of sport), "under-9s".
    "karrawong-school-holidays-guide": (
        "2017-04-03",
        [
            ("Friday", "DATE", "2017-04-07"),
            ("April 3, 2017", "DATE", "2017-04-03"),
            ("6:00AM", "TIME", "2017-04-03T06:00"),
            ("two weeks", "DURATION", "P2W"),
            ("Saturday", "DATE", "2017-04-08"),
            ("Monday, April 24", "DATE", "2017-04-24"),
            ("the next day", "DATE", "2017-04-25"),
            ("Anzac Day", "DATE", "2017-04-25"),
            ("3am", "TIME", "2017-04-02T03:00"),
            ("yesterday", "DATE", "2017-04-02"),
            ("an hour", "DURATION", "PT1H"),
            ("January", "DATE", "2017-01"),
            ("1974", "DATE", "1974"),
            ("daily", "SET", "P1D"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("six months", "DURATION", "P6M"),
            ("last year", "DATE", "2016"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("Thursday", "SET", "XXXX-WXX-4"),
            ("10.30am", "TIME", "XXXX-XX-XXT10:30"),
            ("April 11", "DATE", "2017-04-11"),
            ("April 20", "DATE", "2017-04-20"),
            ("about 45 minutes", "DURATION", "PT45M"),
            ("9am", "TIME", "2017-04-03T09:00"),
            ("today", "DATE", "2017-04-03"),
            ("Good Friday", "DATE", "2017-04-14"),
            ("Easter Sunday", "DATE", "2017-04-16"),
            ("Easter Monday", "DATE", "2017-04-17"),
            ("12.01am", "TIME", "2017-04-13T00:01"),
            ("Thursday, April 13", "DATE", "2017-04-13"),
            ("11.59pm", "TIME", "2017-04-17T23:59"),
            ("Monday, April 17", "DATE", "2017-04-17"),
            ("Easter last year", "DATE", "2016-03-27"),
            ("5.30am", "TIME", "2017-04-25T05:30"),
            ("Anzac Day", "DATE", "2017-04-25"),
            ("10am", "TIME", "2017-04-25T10:00"),
            ("every year", "SET", "P1Y"),
            ("1923", "DATE", "1923"),
            ("May", "DATE", "2017-05"),
            ("next Friday", "DATE", "2017-04-07"),
            ("Easter", "DATE", "2017-04-16"),
            ("July", "DATE", "2017-07"),
            ("three weeks", "DURATION", "P3W"),
            ("2012", "DATE", "2012"),
        ],
    ),
    # Saturday 2016-10-08 (ISO week 40), Canadian local daily's website, section label,
    # headline, stamp "Published on: October 8, 2016 | Last Updated: October 8, 2016 6:00 AM
    # EDT" (two DATEs and a TIME, gold_blind103), byline, "KELLOWAY —" dateline. Canadian
    # Thanksgiving is the second Monday of October, 2016-10-10: "Monday for Thanksgiving" two
    # DATEs, "Thanksgiving Day" (three times: the mall's hours, the forecast and the race's
    # name, a holiday inside an event name, gold_blind21) the same day; "this Thanksgiving
    # weekend" (headline) and "the long weekend" are the Saturday-Monday holiday weekend, the
    # ISO weekend of its Saturday, 2016-W40-WE (gold_blind56, gold_blind103), this Saturday
    # paper's own weekend. "today" 2016-10-08 (three times); "Sunday" 2016-10-09; bare
    # "Monday" 2016-10-10 and "Tuesday" 2016-10-11 ahead (possessive "Monday's" too); the
    # market "today from 7 a.m. to noon" 2016-10-08T07:00 and T12:00, "every Saturday since
    # 1983" SET XXXX-WXX-6 and 1983; the swim "from 1 p.m. to 4 p.m. Monday"; buses "every 30
    # minutes until 7 p.m." SET PT30M and 2016-10-10T19:00 (the holiday's schedule); city hall
    # "reopens at 8:30 a.m. Tuesday". Garbage: "shifts by a day" -> "a day" P1D; "Friday's
    # collection moves to Saturday, Oct. 15" -> "Friday" 2016-10-14 and "Saturday, Oct. 15".
    # "Thanksgiving last year" one span, Thanksgiving Day 2015, 2015-10-12 (gold_blind57's
    # "Easter last year"); "since 2009". Forecast: "Sunday night" 2016-10-09TNI. The race
    # "held every year since 1979" SET P1Y and 1979, "9 a.m. Monday" 2016-10-10T09:00 and the
    # DATE; "about two hours" PT2H; "last night" in a Saturday paper is Friday night,
    # 2016-10-07TNI (gold_blind35). Not annotated: "holiday hours" and "Regular hours"
    # (gold_blind103), "a Sunday schedule" (a kind of timetable, like "a Saturday service" in
    # gold_blind56), "Regular service", "Routes 1 and 24", "Highway 28", "RIDE", "23
    # impaired-driving charges", "17C", "9C", "38th" (an ordinal count of races), "5K", "10K",
    # "4-2", "home opener", "kelloway.ca/holiday2016", "905-555-1983" (beside "1983").
    "kelloway-thanksgiving-open-closed": (
        "2016-10-08",
        [
            ("this Thanksgiving weekend", "DATE", "2016-W40-WE"),
            ("October 8, 2016", "DATE", "2016-10-08"),
            ("October 8, 2016", "DATE", "2016-10-08"),
            ("6:00 AM EDT", "TIME", "2016-10-08T06:00"),
            ("Monday", "DATE", "2016-10-10"),
            ("Thanksgiving", "DATE", "2016-10-10"),
            ("the long weekend", "DATE", "2016-W40-WE"),
            ("today", "DATE", "2016-10-08"),
            ("Sunday", "DATE", "2016-10-09"),
            ("11 a.m.", "TIME", "2016-10-10T11:00"),
            ("5 p.m.", "TIME", "2016-10-10T17:00"),
            ("Thanksgiving Day", "DATE", "2016-10-10"),
            ("today", "DATE", "2016-10-08"),
            ("7 a.m.", "TIME", "2016-10-08T07:00"),
            ("noon", "TIME", "2016-10-08T12:00"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("1983", "DATE", "1983"),
            ("1 p.m.", "TIME", "2016-10-10T13:00"),
            ("4 p.m.", "TIME", "2016-10-10T16:00"),
            ("Monday", "DATE", "2016-10-10"),
            ("Monday", "DATE", "2016-10-10"),
            ("every 30 minutes", "SET", "PT30M"),
            ("7 p.m.", "TIME", "2016-10-10T19:00"),
            ("Tuesday", "DATE", "2016-10-11"),
            ("Monday", "DATE", "2016-10-10"),
            ("8:30 a.m.", "TIME", "2016-10-11T08:30"),
            ("Tuesday", "DATE", "2016-10-11"),
            ("Monday", "DATE", "2016-10-10"),
            ("Monday", "DATE", "2016-10-10"),
            ("Tuesday", "DATE", "2016-10-11"),
            ("a day", "DURATION", "P1D"),
            ("Friday", "DATE", "2016-10-14"),
            ("Saturday, Oct. 15", "DATE", "2016-10-15"),
            ("Thanksgiving last year", "DATE", "2015-10-12"),
            ("2009", "DATE", "2009"),
            ("today", "DATE", "2016-10-08"),
            ("Sunday night", "TIME", "2016-10-09TNI"),
            ("Thanksgiving Day", "DATE", "2016-10-10"),
            ("Thanksgiving Day", "DATE", "2016-10-10"),
            ("every year", "SET", "P1Y"),
            ("1979", "DATE", "1979"),
            ("9 a.m.", "TIME", "2016-10-10T09:00"),
            ("Monday", "DATE", "2016-10-10"),
            ("about two hours", "DURATION", "PT2H"),
            ("last night", "TIME", "2016-10-07TNI"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
