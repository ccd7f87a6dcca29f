"""Annotations of the 182nd blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind182/annotate.py [--show]

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
    # Tuesday 2012-12-18 (ISO week 51), British regional daily's Christmas appeal, headline,
    # standfirst, byline, date line "Tuesday 18 December 2012" (one span with its weekday).
    # "yesterday" is Monday 2012-12-17. The match runs "until Friday" (headline) and "until
    # 5pm on Friday", 2012-12-21 with 2012-12-21T17:00; "for four more days" DURATION P4D
    # (Tuesday to Friday). "closes at midnight on 31 December" -> "midnight" 2012-12-31T24:00,
    # the midnight that ends the day named (gold_blind10, gold_blind28, gold_blind103), and
    # "31 December" its DATE. "in the five weeks since it opened on 13 November" -> "the five
    # weeks" DURATION P5W (13 November to 18 December) and "13 November" 2012-11-13; "between
    # now and Friday" -> "now" PRESENT_REF and "Friday". "this year's Christmas Appeal", "so
    # far this year" and "carry this year's past" -> "this year" 2012 (possessive and "so far"
    # left out, gold_blind6); "Last year's appeal" -> "Last year" 2011; "last week" 2012-W50;
    # "first run in 1992" 1992. "every night" SET XXXX-XX-XXTNI; "late November" 2012-11;
    # "Christmas Eve" 2012-12-24 (twice) with "from 6pm" 2012-12-24T18:00 and "at 1pm"
    # 2012-12-24T13:00; "Christmas Day" 2012-12-25; "Boxing Day" 2012-12-26; "end in March"
    # 2013-03 (future, across the year boundary); "at least another year" DURATION P1Y. The
    # phone line's hours recur: "between 9am and 8pm every day" -> two TIMEs XXXX-XX-XXThh:mm
    # and the SET P1D (gold_blind28, gold_blind103). "Thursday 27 December" 2012-12-27, "11
    # January" 2013-01-11, "Saturday 19 January" 2013-01-19. Not annotated: "Christmas Appeal"
    # (the appeal's name, headline and body), "the Saturday Club" (a name holding a weekday),
    # "round the clock", "hartshirechronicle.co.uk/appeal2012", "0800 555 2012" (a phone
    # number ending in the story's year), "2,013 food parcels" (a count that reads like a year),
    # "24 beds", "340 children", "aged eight to 17", "£182,460", "£50,000", "£211,000",
    # "£250,000", "25p to every £1", "before the appeal closes" (event-named), "the highest
    # total in its history".
    "chronicle-christmas-appeal-match": (
        "2012-12-18",
        [
            ("Friday", "DATE", "2012-12-21"),
            ("four more days", "DURATION", "P4D"),
            ("midnight", "TIME", "2012-12-31T24:00"),
            ("31 December", "DATE", "2012-12-31"),
            ("Tuesday 18 December 2012", "DATE", "2012-12-18"),
            ("this year", "DATE", "2012"),
            ("the five weeks", "DURATION", "P5W"),
            ("13 November", "DATE", "2012-11-13"),
            ("now", "DATE", "PRESENT_REF"),
            ("Friday", "DATE", "2012-12-21"),
            ("yesterday", "DATE", "2012-12-17"),
            ("5pm", "TIME", "2012-12-21T17:00"),
            ("Friday", "DATE", "2012-12-21"),
            ("last week", "DATE", "2012-W50"),
            ("1992", "DATE", "1992"),
            ("this year", "DATE", "2012"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("late November", "DATE", "2012-11"),
            ("Christmas Eve", "DATE", "2012-12-24"),
            ("6pm", "TIME", "2012-12-24T18:00"),
            ("Christmas Day", "DATE", "2012-12-25"),
            ("Boxing Day", "DATE", "2012-12-26"),
            ("March", "DATE", "2013-03"),
            ("at least another year", "DURATION", "P1Y"),
            ("Last year", "DATE", "2011"),
            ("this year", "DATE", "2012"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("every day", "SET", "P1D"),
            ("1pm", "TIME", "2012-12-24T13:00"),
            ("Christmas Eve", "DATE", "2012-12-24"),
            ("Thursday 27 December", "DATE", "2012-12-27"),
            ("31 December", "DATE", "2012-12-31"),
            ("11 January", "DATE", "2013-01-11"),
            ("Saturday 19 January", "DATE", "2013-01-19"),
        ],
    ),
    # Wednesday 2013-11-20 (ISO week 47), US paper's food-bank story, headline, byline, "Staff
    # Writer", date line "Wednesday, November 20, 2013", "GREENFORD —" dateline. "with 10 days
    # to go" (headline) and "with 10 days left" DURATION P10D (to Nov. 30); "since it began
    # Nov. 1" 2013-11-01; "ends Nov. 30" 2013-11-30. Bell "said Tuesday" 2013-11-19 (past);
    # the collection "from 9 a.m. to 5 p.m. Saturday" is ahead, 2013-11-23 with two TIMEs that
    # day. "Next week" (quote) 2013-W48, the week of Thanksgiving; "the busiest week of the
    # year" is a superlative naming no particular week and is not annotated (like "the busiest
    # travel day of the year", gold_blind19). The food bank's fiscal year ends June 30 and is
    # named by the year it ends: "the fiscal year that ended June 30" -> "the fiscal year"
    # FY2013 and "June 30" 2013-06-30 (gold_blind55); "since July" 2013-07; "took effect Oct.
    # 1" 2013-10-01. "last year" and "Last year's drive" 2012; "This year" 2013; "a dry
    # summer" -> "summer" 2013-SU, the head noun only ("a wet winter", gold_blind103). The
    # warehouse's hours recur: "until 7 p.m. every Thursday" -> TIME XXXX-XX-XXT19:00 and SET
    # XXXX-WXX-4; "except Thanksgiving Day" 2013-11-28 (the fourth Thursday of November);
    # "on Saturday mornings" SET XXXX-WXX-6TMO. The Turkey Trot "starts at 8 a.m. on
    # Thanksgiving morning" -> "8 a.m." 2013-11-28T08:00 and "Thanksgiving morning" TIME
    # 2013-11-28TMO. "two years ago" 2011 (the unit's granularity); "by Dec. 6" 2013-12-06;
    # "into December" 2013-12; "since 2009"; "Over the past two years" P2Y; "for 17 years"
    # P17Y; "In the 1990s" 199; "now" and "Now" PRESENT_REF. Not annotated: "holiday food
    # drive" and "holiday drive" (an adjective, no dates, like "the holiday season" in
    # gold_blind19), "the busiest week of the year", "for the first time", "1130 Mill Road",
    # "5K", "tricountyfood.org/drive2013" (a URL holding the year), "52013" (a text code
    # holding it), "71" (an age), "84 pantries", "22 grocery stores", "14 percent", "9
    # percent", "61,400 pounds", "130,000 pounds", "8,000 pounds", "142,000 pounds", "20,000
    # pounds", "1,900 runners", "1,400", "four meals", "car seats".
    "tri-county-food-bank-holiday-drive": (
        "2013-11-20",
        [
            ("10 days", "DURATION", "P10D"),
            ("Wednesday, November 20, 2013", "DATE", "2013-11-20"),
            ("Nov. 1", "DATE", "2013-11-01"),
            ("10 days", "DURATION", "P10D"),
            ("Nov. 30", "DATE", "2013-11-30"),
            ("last year", "DATE", "2012"),
            ("Tuesday", "DATE", "2013-11-19"),
            ("Next week", "DATE", "2013-W48"),
            ("the fiscal year", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("July", "DATE", "2013-07"),
            ("Oct. 1", "DATE", "2013-10-01"),
            ("Last year", "DATE", "2012"),
            ("This year", "DATE", "2013"),
            ("summer", "DATE", "2013-SU"),
            ("9 a.m.", "TIME", "2013-11-23T09:00"),
            ("5 p.m.", "TIME", "2013-11-23T17:00"),
            ("Saturday", "DATE", "2013-11-23"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("Thanksgiving Day", "DATE", "2013-11-28"),
            ("now", "DATE", "PRESENT_REF"),
            ("Saturday mornings", "SET", "XXXX-WXX-6TMO"),
            ("8 a.m.", "TIME", "2013-11-28T08:00"),
            ("Thanksgiving morning", "TIME", "2013-11-28TMO"),
            ("two years ago", "DATE", "2011"),
            ("Dec. 6", "DATE", "2013-12-06"),
            ("December", "DATE", "2013-12"),
            ("2009", "DATE", "2009"),
            ("the past two years", "DURATION", "P2Y"),
            ("17 years", "DURATION", "P17Y"),
            ("the 1990s", "DATE", "199"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Monday 2014-03-03 (ISO week 10), US paper's telethon report, headline, byline, "Sentinel
    # Staff", date line "Monday, March 3, 2014", "ORVILLE, Ohio —" dateline. The telethon ran
    # from "7 a.m. Saturday" 2014-03-01T07:00 to "7 a.m. Sunday" 2014-03-02T07:00 (each clock
    # time and its weekday two TIMEX3); "A 24-hour telethon" DURATION PT24H on the adjective;
    # "ran through the night" -> "the night" 2014-03-01TNI; "four-hour shifts" PT4H; "at about
    # 9:40 p.m. Saturday" 2014-03-01T21:40 (modifier kept) and its DATE; "the last hour" of the
    # broadcast DURATION PT1H (gold_blind24). "this morning" 2014-03-03TMO; "Sunday afternoon"
    # 2014-03-02TAF; "the spring of 2016" one span 2016-SP; "next year" and "Next year's
    # telethon" 2015; "last year's total" 2013. Future: "until 5 p.m. Friday" 2014-03-07T17:00
    # and 2014-03-07, "through March 31" 2014-03-31, "until mid-April" 2014-04, "Feb. 28 and
    # March 1, 2015" 2015-02-28 and 2015-03-01 (the year written once, on the second date).
    # "first held in 1983 ... in 32 years" DURATION P32Y (1983-2014, 32 telethons); "since
    # 1996"; "all 24 hours" PT24H; "twice for 20 minutes" -> "20 minutes" PT20M; "eight weeks"
    # P8W; "last fall" 2013-FA; "her weekly allowance" -> "weekly" SET P1W, an adjectival
    # frequency naming a recurrence (like "weekly strike benefits", gold_blind35); "since
    # Christmas" 2013-12-25; "over the weekend" -> "the weekend" 2014-W09-WE (the weekend
    # just past, the telethon's); "every year" SET P1Y. Not annotated: "WLKR-TV Channel 9",
    # "Pavilion B", "Benford Tool & Die", "1-888-555-2014" (a phone number ending in the
    # story's year), "9-year-old" (an age, not a period), "15 percent", "1,100 volunteers",
    # "14 counties", "90,000 children", "$3.14 million", "$48 million", "$61", "on the air",
    # "on air".
    "lakeshore-childrens-telethon-record": (
        "2014-03-03",
        [
            ("Monday, March 3, 2014", "DATE", "2014-03-03"),
            ("24-hour", "DURATION", "PT24H"),
            ("7 a.m.", "TIME", "2014-03-02T07:00"),
            ("Sunday", "DATE", "2014-03-02"),
            ("last year", "DATE", "2013"),
            ("7 a.m.", "TIME", "2014-03-01T07:00"),
            ("Saturday", "DATE", "2014-03-01"),
            ("the night", "TIME", "2014-03-01TNI"),
            ("four-hour", "DURATION", "PT4H"),
            ("about 9:40 p.m.", "TIME", "2014-03-01T21:40"),
            ("Saturday", "DATE", "2014-03-01"),
            ("the last hour", "DURATION", "PT1H"),
            ("this morning", "TIME", "2014-03-03TMO"),
            ("Sunday afternoon", "TIME", "2014-03-02TAF"),
            ("the spring of 2016", "DATE", "2016-SP"),
            ("next year", "DATE", "2015"),
            ("5 p.m.", "TIME", "2014-03-07T17:00"),
            ("Friday", "DATE", "2014-03-07"),
            ("March 31", "DATE", "2014-03-31"),
            ("mid-April", "DATE", "2014-04"),
            ("1983", "DATE", "1983"),
            ("32 years", "DURATION", "P32Y"),
            ("1996", "DATE", "1996"),
            ("all 24 hours", "DURATION", "PT24H"),
            ("20 minutes", "DURATION", "PT20M"),
            ("eight weeks", "DURATION", "P8W"),
            ("last fall", "DATE", "2013-FA"),
            ("weekly", "SET", "P1W"),
            ("Christmas", "DATE", "2013-12-25"),
            ("the weekend", "DATE", "2014-W09-WE"),
            ("every year", "SET", "P1Y"),
            ("Next year", "DATE", "2015"),
            ("Feb. 28", "DATE", "2015-02-28"),
            ("March 1, 2015", "DATE", "2015-03-01"),
        ],
    ),
    # Thursday 2014-09-11 (ISO week 37), Irish newspaper website, headline, standfirst, stamp
    # "Thu, Sep 11, 2014, 06:00" (a DATE and a TIME, gold_blind97; the abbreviated weekday was
    # checked by hand: 11 September 2014 was a Thursday), byline. The coffee morning is
    # "Friday 26 September" (standfirst) 2014-09-26, "on the last Friday of this month, 26
    # September" -> "the last Friday of this month" DATE 2014-09-26 (one day fixed by the
    # month of publication, see README) and "26 September" the same day. Its hours "from
    # 10.30am to 1pm" 2014-09-26T10:30 and T13:00 (the day of the narrative); tables set out
    # "on Thursday evening" 2014-09-25TEV, the evening before (future). "until Friday 19
    # September" 2014-09-19; "this week" 2014-W37; "last year" and "Last year" 2013; "this
    # year" 2014; "in 2013"; "two years earlier" after 2013 -> 2011; "Since January" 2014-01;
    # "the spring" 2014-SP (past); "in March" 2014-03 (past); "before Christmas" 2014-12-25;
    # "by 31 October" 2014-10-31; "November 1989" 1989-11; "in 1990"; "since ... 2006";
    # "over the past 25 years" P25Y (1990-2014); "from ten days to three days" two DURATIONs
    # P10D and P3D; "every year" SET P1Y twice; "two hours" PT2H; "three weeks" P3W twice.
    # Not annotated: "Annual fundraiser" (the adjective "annual" on an event, avoided or left
    # out since gold_blind14), "on the day" (anaphoric, the coffee morning's day, like "the
    # day" in gold_blind98), "the biggest day in its fundraising calendar" (a superlative),
    # "its biggest coffee morning yet", "coffee morning" (the event's name, a part of day only
    # in form), "1890 555 190" (a phone number opening with a year-like 1890),
    # "stbrigidshospice.ie/coffee", "12-bed", "68" (an age), "GAA", "HSE", "60 per cent",
    # "640 coffee mornings", "410 patients", "9,800 visits", "8,100", "£412", "€86,300",
    # "€1.2 million", "€3.1 million", "€90,000", "Sr Agnes".
    "st-brigids-hospice-coffee-morning": (
        "2014-09-11",
        [
            ("Friday 26 September", "DATE", "2014-09-26"),
            ("Thu, Sep 11, 2014", "DATE", "2014-09-11"),
            ("06:00", "TIME", "2014-09-11T06:00"),
            ("the last Friday of this month", "DATE", "2014-09-26"),
            ("26 September", "DATE", "2014-09-26"),
            ("1990", "DATE", "1990"),
            ("Last year", "DATE", "2013"),
            ("the past 25 years", "DURATION", "P25Y"),
            ("Friday 19 September", "DATE", "2014-09-19"),
            ("this week", "DATE", "2014-W37"),
            ("last year", "DATE", "2013"),
            ("every year", "SET", "P1Y"),
            ("2013", "DATE", "2013"),
            ("two years earlier", "DATE", "2011"),
            ("January", "DATE", "2014-01"),
            ("ten days", "DURATION", "P10D"),
            ("three days", "DURATION", "P3D"),
            ("the spring", "DATE", "2014-SP"),
            ("March", "DATE", "2014-03"),
            ("Christmas", "DATE", "2014-12-25"),
            ("this year", "DATE", "2014"),
            ("10.30am", "TIME", "2014-09-26T10:30"),
            ("1pm", "TIME", "2014-09-26T13:00"),
            ("Thursday evening", "TIME", "2014-09-25TEV"),
            ("every year", "SET", "P1Y"),
            ("2006", "DATE", "2006"),
            ("two hours", "DURATION", "PT2H"),
            ("three weeks", "DURATION", "P3W"),
            ("three weeks", "DURATION", "P3W"),
            ("November 1989", "DATE", "1989-11"),
            ("31 October", "DATE", "2014-10-31"),
        ],
    ),
    # Friday 2015-01-16 (ISO week 3), Australian regional paper's website, headline, stamp
    # "January 16 2015 - 11:32AM" (a DATE and a TIME), byline. "yesterday" is Thursday
    # 2015-01-15. "within 90 days" (headline) and "within 90 days of the fire" DURATION P90D;
    # "in the 12 days since it was launched on Sunday 4 January" -> "the 12 days" P12D and
    # "Sunday 4 January" 2015-01-04. The fire "started ... about 1.15pm on Friday 2 January"
    # 2015-01-02T13:15 and the DATE, burnt "over four days" P4D, contained "on Tuesday 6
    # January" 2015-01-06. Same weekday both ways: applications "had opened on Monday"
    # 2015-01-12 (past) and the centre "will close on weekends from Monday" 2015-01-19
    # (future), "on weekends" SET XXXX-WXX-WE (gold_blind55); the concert "on Saturday night"
    # 2015-01-10TNI; the heat "on Sunday" 2015-01-18 (future). "27 February" 2015-02-27; "the
    # end of this month" 2015-01 (the month's value, like "the end of the month" in
    # gold_blind35); "early April" 2015-04; "the end of March" 2015-03; "Australia Day"
    # 2015-01-26 with "at 4pm" that day; "by Easter" 2015-04-05 (Easter Sunday 2015).
    # Australia's financial year runs July-June and is named by the year it ends: "until 30
    # June, the end of the financial year" -> "30 June" 2015-06-30 and "the end of the
    # financial year" FY2015 (like "the end of the year" taking the year's value); "last
    # financial year" FY2014. The relief centre's hours "from 8am to 8pm daily" -> two TIMEs
    # XXXX-XX-XXThh:mm and SET P1D, "since 3 January" 2015-01-03; "every Tuesday" SET
    # XXXX-WXX-2; "at least two years" P2Y; "now" PRESENT_REF; "January 1998" 1998-01;
    # "almost eight months" P8M; "five years ago" 2010. Not annotated: "at the time" and
    # "This time" (anaphoric), "BSB 633-201", "account 2015 0102" (an account number holding
    # a year and a day-month), "1800 555 215", "9600 hectares", "43 degrees", "38 homes", "21
    # homes", "up to $20,000 a household", "three rounds", "the first", "the last", "$2.1
    # million", "$64,000", "$1.4 million", "the Wirra Valley Shire", "Kestrel Bank".
    "wirra-valley-bushfire-appeal": (
        "2015-01-16",
        [
            ("90 days", "DURATION", "P90D"),
            ("January 16 2015", "DATE", "2015-01-16"),
            ("11:32AM", "TIME", "2015-01-16T11:32"),
            ("the 12 days", "DURATION", "P12D"),
            ("Sunday 4 January", "DATE", "2015-01-04"),
            ("90 days", "DURATION", "P90D"),
            ("yesterday", "DATE", "2015-01-15"),
            ("about 1.15pm", "TIME", "2015-01-02T13:15"),
            ("Friday 2 January", "DATE", "2015-01-02"),
            ("four days", "DURATION", "P4D"),
            ("Tuesday 6 January", "DATE", "2015-01-06"),
            ("Monday", "DATE", "2015-01-12"),
            ("27 February", "DATE", "2015-02-27"),
            ("the end of this month", "DATE", "2015-01"),
            ("early April", "DATE", "2015-04"),
            ("30 June", "DATE", "2015-06-30"),
            ("the end of the financial year", "DATE", "FY2015"),
            ("Saturday night", "TIME", "2015-01-10TNI"),
            ("Australia Day", "DATE", "2015-01-26"),
            ("4pm", "TIME", "2015-01-26T16:00"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("3 January", "DATE", "2015-01-03"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("Monday", "DATE", "2015-01-19"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("the end of March", "DATE", "2015-03"),
            ("at least two years", "DURATION", "P2Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("January 1998", "DATE", "1998-01"),
            ("almost eight months", "DURATION", "P8M"),
            ("Easter", "DATE", "2015-04-05"),
            ("Sunday", "DATE", "2015-01-18"),
            ("last financial year", "DATE", "FY2014"),
            ("five years ago", "DATE", "2010"),
        ],
    ),
    # Saturday 2015-10-17 (ISO week 42), US paper's university-campaign story, headline,
    # byline, "Herald Staff Writer", date line "Saturday, October 17, 2015", "BRENTON, Ind. —"
    # dateline. Marsh "announced Friday" 2015-10-16. "by the end of 2016" -> "the end of 2016"
    # 2016 (the year's value, gold_blind35); "the school's 148-year history" DURATION P148Y on
    # the adjective (like "11-year history", gold_blind7); "in April 2012" 2012-04; "the fall
    # of 2009" 2009-FA and "the fall of 2017" 2017-FA, one span each. The university's fiscal
    # year ends June 30 and is named by the year it ends: "the fiscal year that ended June
    # 30" -> "the fiscal year" FY2015 and "June 30" 2015-06-30; "fiscal 2014" FY2014; "The
    # first quarter of fiscal 2016, July through September" -> FY2016-Q1 and "July" 2015-07,
    # "September" 2015-09. "graduated in 1971"; "every year" SET P1Y; "for a decade" P10Y
    # (beside the rate "4 percent a year", not annotated); "months before the deadline" ->
    # "months" PXM. The Day of Giving "starts at 12:01 a.m. Tuesday, Oct. 27" 2015-10-27T00:01
    # and "Tuesday, Oct. 27" 2015-10-27, "runs for 24 hours" PT24H; "Last year's" 2014; "in a
    # single day" DURATION P1D (the period of a count). "next spring" 2016-SP; "August 2018"
    # 2018-08; "next Thursday" in a Saturday paper 2015-10-22 (the coming Thursday, which is
    # also in next week); "on June 30" 2015-06-30; "in 2005"; "over seven years" P7Y; "in
    # 2011"; "now" PRESENT_REF; "In the 1960s" 196; "closes Dec. 31, 2016" 2016-12-31. Not
    # annotated: "Calloway 2016: The Next Century" (a campaign's name holding a year beside
    # "the end of 2016"), "calloway.edu/2016", "Day of Giving" (an event's name; its date is
    # annotated), "so far", "the deadline", "a summer job" (an adjective naming a kind),
    # "Those days" (anaphoric), "4 percent a year" and "$60,000 a year" (rates), "a quiet
    # phase", "$431 million", "$500 million", "$96 million", "$71 million", "$28 million",
    # "$40 million", "$69 million", "$1.9 million", "$1.2 billion", "$212 million", "41,000
    # donors", "7,300 donors", "60 scholarships".
    "calloway-university-campaign-nears-goal": (
        "2015-10-17",
        [
            ("Saturday, October 17, 2015", "DATE", "2015-10-17"),
            ("the end of 2016", "DATE", "2016"),
            ("148-year", "DURATION", "P148Y"),
            ("Friday", "DATE", "2015-10-16"),
            ("April 2012", "DATE", "2012-04"),
            ("the fall of 2009", "DATE", "2009-FA"),
            ("the fiscal year", "DATE", "FY2015"),
            ("June 30", "DATE", "2015-06-30"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("The first quarter of fiscal 2016", "DATE", "FY2016-Q1"),
            ("July", "DATE", "2015-07"),
            ("September", "DATE", "2015-09"),
            ("1971", "DATE", "1971"),
            ("every year", "SET", "P1Y"),
            ("the fall of 2017", "DATE", "2017-FA"),
            ("a decade", "DURATION", "P10Y"),
            ("months", "DURATION", "PXM"),
            ("12:01 a.m.", "TIME", "2015-10-27T00:01"),
            ("Tuesday, Oct. 27", "DATE", "2015-10-27"),
            ("24 hours", "DURATION", "PT24H"),
            ("Last year", "DATE", "2014"),
            ("a single day", "DURATION", "P1D"),
            ("next spring", "DATE", "2016-SP"),
            ("August 2018", "DATE", "2018-08"),
            ("next Thursday", "DATE", "2015-10-22"),
            ("June 30", "DATE", "2015-06-30"),
            ("2005", "DATE", "2005"),
            ("seven years", "DURATION", "P7Y"),
            ("2011", "DATE", "2011"),
            ("now", "DATE", "PRESENT_REF"),
            ("the 1960s", "DATE", "196"),
            ("Dec. 31, 2016", "DATE", "2016-12-31"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
