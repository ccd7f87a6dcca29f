"""Annotations of the hundred-and-eleventh blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind111/annotate.py [--show]

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
    # Thursday 2012-11-15 (ISO week 46), US regional daily, plant-closure announcement,
    # headline, deck, byline, date line "Thursday, November 15, 2012" (one span with its
    # weekday), "MARLOW FALLS, Ind. —" dateline. The company spoke Wednesday 2012-11-14 (past),
    # told workers "at 7 a.m. Wednesday" (two TIMEX3) and filed notice "later that morning",
    # TIME 2012-11-14TMO with "later" kept (like "later that night", gold_blind48). Headline
    # "by spring" -> "spring" 2013-SP (the coming spring); deck "in January" 2013-01 and "in
    # late April" 2013-04, both ahead across the year boundary. "60 days' notice" -> "60
    # days" (gold_blind18). The phases: "Jan. 14" 2013-01-14, "Feb. 22" 2013-02-22, "the
    # following month" anchored on Feb. 22, 2013-03 (gold_blind58), "April 26" 2013-04-26,
    # "the end of April" 2013-04. "the first nine months of 2012" is split, "the first nine
    # months" P9M plus "2012" (gold_blind51), and "a year earlier" after it takes the year,
    # 2011 (gold_blind6). Calendar quarters (no fiscal year described): "the third quarter"
    # 2012-Q3. "every Saturday" SET XXXX-WXX-6 with "this summer" 2012-SU (the summer just
    # past, in the past tense); "last week's cut" -> "last week" 2012-W45. "I've got 22 years
    # in" is the length of service, DURATION P22Y. "six months of health coverage" P6M (a
    # measure of a benefit's length, like "a year of free identity protection", gold_blind36).
    # "in March" 2012-03 (past); "Thanksgiving" 2012-11-22 (fourth Thursday of November);
    # "Christmas" 2012-12-25; the meeting "at 6 p.m. Monday" 2012-11-19 (future) and "next
    # month" 2012-12. Not annotated: "most recently" (a superlative of "recent" meaning "the
    # latest time"; its date is "March", see README), "the first shift", "a single shift",
    # "normal hours", "for good", "at its peak", "Route 37", "Local 1968" (a union local
    # beside "since 1968"), "812-555-2013" (a phone number in a story with 2013 dates), "Fourth
    # Street", "by a third", "51" (an age), "410 jobs", "$12 million", "18 percent".
    "brenton-axle-marlow-falls-closure": (
        "2012-11-15",
        [
            ("spring", "DATE", "2013-SP"),
            ("January", "DATE", "2013-01"),
            ("late April", "DATE", "2013-04"),
            ("Thursday, November 15, 2012", "DATE", "2012-11-15"),
            ("the next five months", "DURATION", "P5M"),
            ("1968", "DATE", "1968"),
            ("Wednesday", "DATE", "2012-11-14"),
            ("7 a.m.", "TIME", "2012-11-14T07:00"),
            ("Wednesday", "DATE", "2012-11-14"),
            ("later that morning", "TIME", "2012-11-14TMO"),
            ("60 days", "DURATION", "P60D"),
            ("Jan. 14", "DATE", "2013-01-14"),
            ("Feb. 22", "DATE", "2013-02-22"),
            ("the following month", "DATE", "2013-03"),
            ("April 26", "DATE", "2013-04-26"),
            ("the end of April", "DATE", "2013-04"),
            ("two years", "DURATION", "P2Y"),
            ("2009", "DATE", "2009"),
            ("2010", "DATE", "2010"),
            ("the next year", "DURATION", "P1Y"),
            ("the third quarter", "DATE", "2012-Q3"),
            ("the first nine months", "DURATION", "P9M"),
            ("2012", "DATE", "2012"),
            ("a year earlier", "DATE", "2011"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("this summer", "DATE", "2012-SU"),
            ("last week", "DATE", "2012-W45"),
            ("22 years", "DURATION", "P22Y"),
            ("June 2014", "DATE", "2014-06"),
            ("six months", "DURATION", "P6M"),
            ("the late 1970s", "DATE", "197"),
            ("recent years", "DATE", "PAST_REF"),
            ("March", "DATE", "2012-03"),
            ("Thanksgiving", "DATE", "2012-11-22"),
            ("Christmas", "DATE", "2012-12-25"),
            ("6 p.m.", "TIME", "2012-11-19T18:00"),
            ("Monday", "DATE", "2012-11-19"),
            ("next month", "DATE", "2012-12"),
        ],
    ),
    # Wednesday 2013-06-05 (ISO week 23), British regional daily, redundancy consultation,
    # headline, standfirst, byline, date line "Wednesday 5 June 2013". "yesterday" is Tuesday
    # 2013-06-04; the night shift "came off at 6am" that day, 2013-06-04T06:00. The
    # consultation "would begin on Monday" 2013-06-10 (future) and "end on 24 July"
    # 2013-07-24; "a 45-day consultation" (standfirst and body) DURATION on the adjective.
    # "over the autumn" -> "the autumn" 2013-FA; "September" 2013-09 ahead; "by Christmas"
    # (standfirst and body) 2013-12-25. "for almost 80 years" P80Y with the modifier kept.
    # "the past three years" P3Y; "the next decade" P10Y; "the end of the year" 2013 (the
    # year's value, gold_blind6). "a 12-hour shift" -> "12-hour" PT12H. "at 7pm tomorrow"
    # 2013-06-06T19:00 and "tomorrow" 2013-06-06. "a full 90 days" P90D with "full" kept as a
    # modifier (like "almost", "nearly"); "cut from 90 days to 45 days in April" -> two
    # DURATIONs and "April" 2013-04 (past). "every morning while the consultation runs" SET
    # XXXX-XX-XXTMO (the event clause not annotated). "the coming weeks" PXW. "early 2009"
    # 2009 (gold_blind36); "a pay freeze for two years" P2Y; "its highest since 1995" 1995.
    # "this week" 2013-W23, "on Friday" 2013-06-07 (future, "We are meeting"), "next week"
    # 2013-W24. "the summer of 1973" one span 1973-SU. Not annotated: "the night shift" and
    # "night-shift workers" (a kind of shift, gold_blind12, gold_blind29), "the legal minimum",
    # "until it had finished" (event-named), "may" (the verb), "Kelsey Road", "0800 555 1934"
    # (a phone number ending in the year the factory opened, beside "1934"), "58" (an age),
    # "320 jobs", "£14m", "85 posts", "100 or more job losses", "1,100 people".
    "denholm-foods-carrow-consultation": (
        "2013-06-05",
        [
            ("45-day", "DURATION", "P45D"),
            ("Christmas", "DATE", "2013-12-25"),
            ("Wednesday 5 June 2013", "DATE", "2013-06-05"),
            ("almost 80 years", "DURATION", "P80Y"),
            ("yesterday", "DATE", "2013-06-04"),
            ("6am", "TIME", "2013-06-04T06:00"),
            ("45-day", "DURATION", "P45D"),
            ("Monday", "DATE", "2013-06-10"),
            ("24 July", "DATE", "2013-07-24"),
            ("the autumn", "DATE", "2013-FA"),
            ("September", "DATE", "2013-09"),
            ("Christmas", "DATE", "2013-12-25"),
            ("1998", "DATE", "1998"),
            ("the past three years", "DURATION", "P3Y"),
            ("the next decade", "DURATION", "P10Y"),
            ("the end of the year", "DATE", "2013"),
            ("12-hour", "DURATION", "PT12H"),
            ("7pm", "TIME", "2013-06-06T19:00"),
            ("tomorrow", "DATE", "2013-06-06"),
            ("a full 90 days", "DURATION", "P90D"),
            ("90 days", "DURATION", "P90D"),
            ("45 days", "DURATION", "P45D"),
            ("April", "DATE", "2013-04"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("the coming weeks", "DURATION", "PXW"),
            ("1934", "DATE", "1934"),
            ("the 1960s", "DATE", "196"),
            ("early 2009", "DATE", "2009"),
            ("two years", "DURATION", "P2Y"),
            ("1995", "DATE", "1995"),
            ("this week", "DATE", "2013-W23"),
            ("Friday", "DATE", "2013-06-07"),
            ("next week", "DATE", "2013-W24"),
            ("the summer of 1973", "DATE", "1973-SU"),
        ],
    ),
    # Tuesday 2014-03-11 (ISO week 11), Irish national daily's website, union ballot and
    # strike dates, headline, standfirst, header "Tue, Mar 11, 2014, 06:00" (DATE and TIME,
    # the abbreviated weekday inside the DATE span), byline. "to strike on three days this
    # month" (headline) -> "three days" P3D (gold_blind10's "strike on three days in March")
    # and "this month" 2014-03. The standfirst's list "March 21st, 24th and 28th" is one DATE
    # per date, the bare days included (gold_blind10's "3, 5 and 7 March"). "yesterday"
    # Monday 2014-03-10, "last night" its night 2014-03-10TNI, "at 3pm yesterday" its
    # afternoon. The strikes: "12.01am on Friday, March 21st" (TIME 2014-03-21T00:01 and one
    # DATE span with its weekday), "by 6am on Saturday" -> the Saturday after that Friday,
    # 2014-03-22 (a bare weekday anchored on the date its sentence has just named, not on the
    # publication day; see README), "Monday, March 24th" and "Friday, March 28th". "later this
    # week" 2014-W11, talks "on Thursday" 2014-03-13 and timetables "by Friday" 2014-03-14
    # (future). "since 2008" and "2008 pay rates" (an adjectival year) 2008; "January 2012";
    # "a three-year survival plan" P3Y; "the end of this year" 2014; "patient for six years"
    # P6Y; "last autumn" 2013-FA (the autumn of the previous year, said in March); "on a year
    # ago" 2013 (the unit's granularity, gold_blind9); "from July 1st" 2014-07-01; "next
    # January" 2015-01; "February 14th" 2014-02-14 (past, a vote). "every week" SET P1W;
    # "a two-day stoppage" P2D; "October 2009"; "in more than a decade" P10Y (the period of a
    # negated "has not been asked", gold_blind51); "the coming days" PXD; "for 19 years" P19Y;
    # "at 5.45 every morning" -> "5.45" TIME XXXX-XX-XXT05:45 (a clock time of a habit,
    # gold_blind28) and "every morning" SET XXXX-XX-XXTMO. Not annotated: "overnight" in "go
    # back to 2008 pay rates overnight" (an idiom for "at once", not a night), "westlink.ie/
    # 2014/strike" (a URL holding the year), "91 per cent", "7 per cent", "2 per cent", "11
    # per cent", "140 buses", "60,000 passengers", "the first strike", "the west".
    "westlink-bus-strike-ballot": (
        "2014-03-11",
        [
            ("three days", "DURATION", "P3D"),
            ("this month", "DATE", "2014-03"),
            ("March 21st", "DATE", "2014-03-21"),
            ("24th", "DATE", "2014-03-24"),
            ("28th", "DATE", "2014-03-28"),
            ("Tue, Mar 11, 2014", "DATE", "2014-03-11"),
            ("06:00", "TIME", "2014-03-11T06:00"),
            ("24-hour", "DURATION", "PT24H"),
            ("this month", "DATE", "2014-03"),
            ("yesterday", "DATE", "2014-03-10"),
            ("last night", "TIME", "2014-03-10TNI"),
            ("3pm", "TIME", "2014-03-10T15:00"),
            ("yesterday", "DATE", "2014-03-10"),
            ("12.01am", "TIME", "2014-03-21T00:01"),
            ("Friday, March 21st", "DATE", "2014-03-21"),
            ("6am", "TIME", "2014-03-22T06:00"),
            ("Saturday", "DATE", "2014-03-22"),
            ("Monday, March 24th", "DATE", "2014-03-24"),
            ("Friday, March 28th", "DATE", "2014-03-28"),
            ("later this week", "DATE", "2014-W11"),
            ("Thursday", "DATE", "2014-03-13"),
            ("2008", "DATE", "2008"),
            ("January 2012", "DATE", "2012-01"),
            ("three-year", "DURATION", "P3Y"),
            ("the end of this year", "DATE", "2014"),
            ("six years", "DURATION", "P6Y"),
            ("last autumn", "DATE", "2013-FA"),
            ("a year ago", "DATE", "2013"),
            ("July 1st", "DATE", "2014-07-01"),
            ("next January", "DATE", "2015-01"),
            ("February 14th", "DATE", "2014-02-14"),
            ("2008", "DATE", "2008"),
            ("every week", "SET", "P1W"),
            ("Friday", "DATE", "2014-03-14"),
            ("two-day", "DURATION", "P2D"),
            ("October 2009", "DATE", "2009-10"),
            ("more than a decade", "DURATION", "P10Y"),
            ("the coming days", "DURATION", "PXD"),
            ("19 years", "DURATION", "P19Y"),
            ("5.45", "TIME", "XXXX-XX-XXT05:45"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
        ],
    ),
    # Monday 2014-08-18 (ISO week 34), Australian capital-city paper's website, a company's
    # hiring drive, headline, deck, stamp "August 18, 2014 - 12:00AM" (DATE and TIME,
    # gold_blind49's "04:45 PM" form), byline. Deck "next week" 2014-W35 and "by October"
    # 2014-10; "next Monday" in a Monday paper is the Monday of next week, 2014-08-25, inside
    # that week. "today" 2014-08-18 and "yesterday" Sunday 2014-08-17. The expo "at 9am on
    # Saturday, August 30, and run through Sunday, August 31": "9am" 2014-08-30T09:00 and two
    # DATE spans with their weekdays; "first thing Saturday morning" the same Saturday,
    # 2014-08-30TMO, with the modifier "first thing" kept like "early" (see README). "the
    # next 18 months" P18M; "the end of September" 2014-09; "mid-October" 2014-10; "For two
    # years" P2Y; "in May" 2014-05 (past, "announced"); "by June 2016"; "almost two years
    # before the line's 50-year lease expires" -> "almost two years" P2Y (a duration anchored
    # to an event) and "50-year" P50Y. The Australian financial year runs July-June and is
    # named by the year it ends (gold_blind9, gold_blind88): "the 2014-15 financial year"
    # FY2015, "the 2013-14 financial year" FY2014 and "the previous year" after it FY2013 (the
    # granularity of what it is compared with). Results "due on Thursday" 2014-08-21. "in
    # July" 2014-07 and "in March" 2014-03 (past); "since 2002"; "in five years" P5Y (the
    # period of a superlative); "a 12-week training course" P12W; "from November" 2014-11;
    # "early next year" 2015; "paid fortnightly" SET P2W; "12-hour shifts" PT12H; "recently"
    # PAST_REF; "now" PRESENT_REF; "its 40-year history" P40Y; "this year" 2014. Not
    # annotated: "may" (the verb, before "May" the month is annotated), "at any time" (an
    # idiom), "1400 people" (a count written without a comma, as the paper does), "the
    # resources boom" (an event), "since Bellbird closed" (event-named), "kestrelrail.com.au/
    # jobs2014", "34" (an age), "650", "$1.2 billion", "$90 million", "$48 million", "8.4 per
    # cent", "12 per cent", "300-bed".
    "kestrel-rail-mackenna-hiring": (
        "2014-08-18",
        [
            ("next week", "DATE", "2014-W35"),
            ("October", "DATE", "2014-10"),
            ("August 18, 2014", "DATE", "2014-08-18"),
            ("12:00AM", "TIME", "2014-08-18T00:00"),
            ("the next 18 months", "DURATION", "P18M"),
            ("2012", "DATE", "2012"),
            ("today", "DATE", "2014-08-18"),
            ("yesterday", "DATE", "2014-08-17"),
            ("next Monday", "DATE", "2014-08-25"),
            ("9am", "TIME", "2014-08-30T09:00"),
            ("Saturday, August 30", "DATE", "2014-08-30"),
            ("Sunday, August 31", "DATE", "2014-08-31"),
            ("the end of September", "DATE", "2014-09"),
            ("mid-October", "DATE", "2014-10"),
            ("two years", "DURATION", "P2Y"),
            ("May", "DATE", "2014-05"),
            ("June 2016", "DATE", "2016-06"),
            ("almost two years", "DURATION", "P2Y"),
            ("50-year", "DURATION", "P50Y"),
            ("the 2014-15 financial year", "DATE", "FY2015"),
            ("Thursday", "DATE", "2014-08-21"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("the previous year", "DATE", "FY2013"),
            ("July", "DATE", "2014-07"),
            ("2002", "DATE", "2002"),
            ("March", "DATE", "2014-03"),
            ("five years", "DURATION", "P5Y"),
            ("12-week", "DURATION", "P12W"),
            ("November", "DATE", "2014-11"),
            ("early next year", "DATE", "2015"),
            ("fortnightly", "SET", "P2W"),
            ("12-hour", "DURATION", "PT12H"),
            ("recently", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("40-year", "DURATION", "P40Y"),
            ("first thing Saturday morning", "TIME", "2014-08-30TMO"),
            ("this year", "DATE", "2014"),
        ],
    ),
    # Friday 2015-02-06 (ISO week 6), Canadian regional paper's website, a monthly jobs report
    # for its region, headline, deck, byline line, stamp "Published Friday, February 6, 2015
    # 6:05PM EST" (DATE with its weekday and TIME, the zone in the span), "PORT ALDANE,
    # Ont. —" dateline. Statistics Canada "said Friday", the publication day. The January
    # figures (deck, lead, "January's figure", "the January numbers", "the best January")
    # are 2015-01; "the month before" 2014-12 (gold_blind23); "the fall of 2008" 2008-FA. "a
    # three-month moving average" -> "three-month" P3M, the span the average covers (see
    # README); "November and December" 2014-11 and 2014-12. "annual revision" -> "annual" SET
    # P1Y (gold_blind23). The revised "December rate" 2014-12 and "October rate" 2014-10
    # (adjectival months of figures, gold_blind51). "Compared with January 2014 ... year over
    # year" -> "year over year" 2014-01, the granularity of what it is compared with. "now"
    # PRESENT_REF (twice); "the past five months" P5M; "last summer" 2014-SU; "in 2006"; "the
    # coming months" PXM; "by April" 2015-04 and "the spring" 2015-SP ahead; "since October"
    # 2014-10; "on March 2" 2015-03-02; "on Monday" 2015-02-02 (past, "started"); "14 months"
    # P14M; "every week for a year" -> SET P1W and DURATION P1Y; "the past 12 months" P12M;
    # "end in June" 2015-06; "its February figures" 2015-02; "on Friday, March 13, at 8:30
    # a.m. Eastern time" -> one DATE span with its weekday and TIME 2015-03-13T08:30. Not
    # annotated: "Average hourly wages" ("hourly" names the unit a wage is paid by, not a
    # recurrence, like "average weekly earnings" in gold_blind23), "a weekend shift" (a kind of
    # shift), "a new model", "around the clock", "1-855-555-2014" (a phone number holding
    # 2014), "portaldanejobs.ca", "44" (an age), "7.4%", "7.9 per cent", "2,300 jobs", "4,100".
    "port-aldane-jobless-rate-january": (
        "2015-02-06",
        [
            ("January", "DATE", "2015-01"),
            ("Friday, February 6, 2015", "DATE", "2015-02-06"),
            ("6:05PM EST", "TIME", "2015-02-06T18:05"),
            ("January", "DATE", "2015-01"),
            ("the month before", "DATE", "2014-12"),
            ("the fall of 2008", "DATE", "2008-FA"),
            ("Friday", "DATE", "2015-02-06"),
            ("three-month", "DURATION", "P3M"),
            ("January", "DATE", "2015-01"),
            ("November", "DATE", "2014-11"),
            ("December", "DATE", "2014-12"),
            ("annual", "SET", "P1Y"),
            ("January", "DATE", "2015-01"),
            ("the past three years", "DURATION", "P3Y"),
            ("December", "DATE", "2014-12"),
            ("October", "DATE", "2014-10"),
            ("January 2014", "DATE", "2014-01"),
            ("year over year", "DATE", "2014-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past five months", "DURATION", "P5M"),
            ("last summer", "DATE", "2014-SU"),
            ("January", "DATE", "2015-01"),
            ("2006", "DATE", "2006"),
            ("the coming months", "DURATION", "PXM"),
            ("April", "DATE", "2015-04"),
            ("the spring", "DATE", "2015-SP"),
            ("October", "DATE", "2014-10"),
            ("March 2", "DATE", "2015-03-02"),
            ("now", "DATE", "PRESENT_REF"),
            ("Monday", "DATE", "2015-02-02"),
            ("14 months", "DURATION", "P14M"),
            ("every week", "SET", "P1W"),
            ("a year", "DURATION", "P1Y"),
            ("the past 12 months", "DURATION", "P12M"),
            ("June", "DATE", "2015-06"),
            ("February", "DATE", "2015-02"),
            ("Friday, March 13", "DATE", "2015-03-13"),
            ("8:30 a.m. Eastern time", "TIME", "2015-03-13T08:30"),
        ],
    ),
    # Sunday 2015-09-06 (ISO week 36), US Sunday paper's feature, a retiring worker looking
    # back over four decades, headline, byline, date line "Sunday, September 6, 2015", "GRANITE
    # FORKS, Pa. —" dateline. Labor Day is the first Monday of September, 2015-09-07:
    # "tomorrow's Labor Day parade" gives two DATEs, "tomorrow" and "Labor Day" (like "Monday
    # is Family Day", gold_blind103), and the headline's "last Labor Day" (his final one) the
    # same day. "Forty-one years" (headline) P41Y; "every year since 1997" SET P1Y and DATE
    # 1997. "Friday afternoon" 2015-09-04TAF and "on Friday" 2015-09-04 (past). "June 17,
    # 1974" and "three days after his high school graduation" P3D (anchored to an event);
    # "the next four decades" P40Y. "In the 1970s" 197; the graveyard shift "11 p.m. to 7
    # a.m." -> the hours of a recurring shift, XXXX-XX-XXT23:00 and XXXX-XX-XXT07:00
    # (gold_blind28); "six nights a week" SET P1W (gold_blind46's "six days a week"); "every
    # Friday" SET XXXX-WXX-5. "January 1982"; "eight months" P8M; "that September" anchored on
    # 1982, 1982-09; "every summer" SET XXXX-SU; "15 years" P15Y. "The mid-1980s" 198; "1986";
    # "the end of the decade" 198 (the decade's value, like "the end of the month"). "a 97-day
    # strike" P97D, "December 2002"; "Ninety-seven days" P97D; "right through the winter" ->
    # "the winter" of 2002-03, 2003-WI (a winter takes the year of its January, gold_blind10);
    # "till March" 2003-03 ("till" a signal like "until"). "Today the plant employs ..."
    # contrasts the present with the 1970s, PRESENT_REF (gold_blind10), like "These days".
    # "Oct. 1" 2015-10-01; "two years ago" 2013; "next week" 2015-W37; "every Tuesday night"
    # SET XXXX-WXX-2TNI; "at 10 a.m. tomorrow" 2015-09-07T10:00 and "tomorrow". Not annotated:
    # "this time" and "for the first time" (occasions, not times), "his last shift", "the
    # graveyard shift", "three shifts", "two shifts", "the last at the plant", "Back then"
    # (anaphoric), "Local 1952" (a union local), "Ninth Street", "River Road", "63" (an age),
    # "2,600 people", "four furnaces", "1,000", "410 people".
    "dunmore-glass-keener-labor-day": (
        "2015-09-06",
        [
            ("Forty-one years", "DURATION", "P41Y"),
            ("Labor Day", "DATE", "2015-09-07"),
            ("Sunday, September 6, 2015", "DATE", "2015-09-06"),
            ("tomorrow", "DATE", "2015-09-07"),
            ("Labor Day", "DATE", "2015-09-07"),
            ("every year", "SET", "P1Y"),
            ("1997", "DATE", "1997"),
            ("Friday afternoon", "TIME", "2015-09-04TAF"),
            ("June 17, 1974", "DATE", "1974-06-17"),
            ("three days", "DURATION", "P3D"),
            ("the next four decades", "DURATION", "P40Y"),
            ("the 1970s", "DATE", "197"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("six nights a week", "SET", "P1W"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("January 1982", "DATE", "1982-01"),
            ("eight months", "DURATION", "P8M"),
            ("that September", "DATE", "1982-09"),
            ("every summer", "SET", "XXXX-SU"),
            ("15 years", "DURATION", "P15Y"),
            ("The mid-1980s", "DATE", "198"),
            ("1986", "DATE", "1986"),
            ("the end of the decade", "DATE", "198"),
            ("1997", "DATE", "1997"),
            ("97-day", "DURATION", "P97D"),
            ("December 2002", "DATE", "2002-12"),
            ("Ninety-seven days", "DURATION", "P97D"),
            ("the winter", "DATE", "2003-WI"),
            ("March", "DATE", "2003-03"),
            ("Today", "DATE", "PRESENT_REF"),
            ("These days", "DATE", "PRESENT_REF"),
            ("Friday", "DATE", "2015-09-04"),
            ("Oct. 1", "DATE", "2015-10-01"),
            ("two years ago", "DATE", "2013"),
            ("next week", "DATE", "2015-W37"),
            ("every Tuesday night", "SET", "XXXX-WXX-2TNI"),
            ("10 a.m.", "TIME", "2015-09-07T10:00"),
            ("tomorrow", "DATE", "2015-09-07"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
