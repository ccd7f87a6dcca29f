"""Annotations of the hundred-and-fourteenth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind114/annotate.py [--show]

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
    # Friday 2012-05-25 (ISO week 21), Canadian paper's website, final property tax bills; stamp
    # "Friday, May 25, 2012 2:40 PM EDT" (date and clock time two TIMEX3, the zone in the span
    # and not in the value), byline, "RIDGEFORD —" dateline. An Ontario city's fiscal year
    # follows the calendar, so "this year" (twice), "next year's" (-> "next year" 2013), "the
    # final property tax bills for 2012" and "first-quarter spending" (-> "first-quarter"
    # 2012-Q1, one hyphenated span) take calendar values. Due dates: "June 28" (headline, body
    # twice, "Thursday, June 28" one span like a date line), "Sept. 27", "Aug. 31"; the interim
    # bill's "Feb. 29" (a leap year) and "April 30". Past weekdays: bills mailed "on Tuesday and
    # Wednesday" 2012-05-22 and -23, "said yesterday" 2012-05-24; future: the committee "meets
    # Monday night" 2012-05-28TNI. "7 p.m. on June 28" two TIMEX3. "this fall" 2012-FA; "a mild
    # winter" just past -> "winter" 2012-WI (the winter of 2011-12 takes the year of its
    # January; head noun only, like "a wet winter" in gold_blind103). "every month from January
    # to October" a SET and two DATEs of 2012; "added monthly" SET P1M (a recurring penalty);
    # "up to three days" DURATION with the modifier; "the smallest in five years" the period
    # of a superlative, P5Y; "for 40 years" P40Y; "hasn't moved in a decade" P10Y (negated
    # "in" + duration, like "in years" in gold_blind19); "the next few days" PXD. Not annotated:
    # "first of two instalments", "the due date" (anaphoric), "until they sell their home"
    # (event-named), "2.9 per cent", "1.25 per cent", "$268,000", "1912 Dundas St." (a street
    # number), "Ward 12", "905-555-2012", "ridgeford.ca/tax2012".
    "ridgeford-final-tax-bills-2012": (
        "2012-05-25",
        [
            ("June 28", "DATE", "2012-06-28"),
            ("Friday, May 25, 2012", "DATE", "2012-05-25"),
            ("2:40 PM EDT", "TIME", "2012-05-25T14:40"),
            ("2012", "DATE", "2012"),
            ("the next few days", "DURATION", "PXD"),
            ("Thursday, June 28", "DATE", "2012-06-28"),
            ("Sept. 27", "DATE", "2012-09-27"),
            ("Tuesday", "DATE", "2012-05-22"),
            ("Wednesday", "DATE", "2012-05-23"),
            ("yesterday", "DATE", "2012-05-24"),
            ("this year", "DATE", "2012"),
            ("Feb. 29", "DATE", "2012-02-29"),
            ("April 30", "DATE", "2012-04-30"),
            ("last year", "DATE", "2011"),
            ("March 19", "DATE", "2012-03-19"),
            ("eight weeks", "DURATION", "P8W"),
            ("this year", "DATE", "2012"),
            ("2011", "DATE", "2011"),
            ("this fall", "DATE", "2012-FA"),
            ("Jan. 1, 2012", "DATE", "2012-01-01"),
            ("four years", "DURATION", "P4Y"),
            ("2013", "DATE", "2013"),
            ("every month", "SET", "P1M"),
            ("January", "DATE", "2012-01"),
            ("October", "DATE", "2012-10"),
            ("7 p.m.", "TIME", "2012-06-28T19:00"),
            ("June 28", "DATE", "2012-06-28"),
            ("up to three days", "DURATION", "P3D"),
            ("monthly", "SET", "P1M"),
            ("five years", "DURATION", "P5Y"),
            ("next year", "DATE", "2013"),
            ("1997", "DATE", "1997"),
            ("40 years", "DURATION", "P40Y"),
            ("a decade", "DURATION", "P10Y"),
            ("Monday night", "TIME", "2012-05-28TNI"),
            ("first-quarter", "DATE", "2012-Q1"),
            ("winter", "DATE", "2012-WI"),
            ("Aug. 31", "DATE", "2012-08-31"),
        ],
    ),
    # Saturday 2012-09-15 (ISO week 37), British regional paper's website, change to fortnightly
    # bin collections; stamp "2:30pm Saturday 15th September 2012 in News" ("2:30pm" TIME and
    # "Saturday 15th September 2012" one DATE), byline. "Fortnightly" (headline) and
    # "fortnightly" (twice: Pelham's collections, garden waste) are SETs P2W, like "weekly
    # strike benefits" (gold_blind35); "every two weeks" P2W; "weekly" (twice) P1W; "in
    # alternate weeks" -> "alternate weeks" SET P2W, the week counterpart of "alternate days"
    # (gold_blind49). "by 7am on collection day" -> "7am" XXXX-XX-XXT07:00, the hour of a
    # recurring service with no day of its own (gold_blind28, gold_blind59); "collection day"
    # is not annotated. The switch is "from Monday, October 1" (one span); calendars went out
    # "on Monday" 2012-09-10 (past) and will arrive "by the end of next week" -> 2012-W38 (the
    # value of "next week", gold_blind59); the councillor spoke "on Thursday" 2012-09-13; full
    # council meets "on Wednesday" 2012-09-19 at "7pm". "until April" 2013-04 and "resume in
    # March" 2013-03 (future months across the year boundary); "end for the winter on November
    # 30" -> "the winter" 2013-WI (the winter of 2012-13 takes the year of its January);
    # "the autumn" 2012-FA; "go two weeks without being emptied over Christmas" -> "two weeks"
    # DURATION P2W and "Christmas" 2012-12-25; "the spring" 2012-SP (the consultation, past);
    # "from 10am to 2pm today" three TIMEX3; "next Saturday" in a Saturday paper seven days
    # ahead, 2012-09-22; "within 48 hours" PT48H; "after the first month" -> "the first month"
    # DURATION P1M, an ordinal period of an event (like "The first week" in gold_blind35). Not
    # annotated: "Week 1", "Week 2" (calendar labels), "collection day", "52,000 homes", "3,200
    # responses", "£640,000", "a third", "38 per cent", "52 per cent", "£35", "01632 555 201",
    # "ashwick.gov.uk/bins2012".
    "ashwick-fortnightly-bin-collections": (
        "2012-09-15",
        [
            ("Fortnightly", "SET", "P2W"),
            ("October", "DATE", "2012-10"),
            ("2:30pm", "TIME", "2012-09-15T14:30"),
            ("Saturday 15th September 2012", "DATE", "2012-09-15"),
            ("every two weeks", "SET", "P2W"),
            ("weekly", "SET", "P1W"),
            ("Monday, October 1", "DATE", "2012-10-01"),
            ("Monday", "DATE", "2012-09-10"),
            ("the end of next week", "DATE", "2012-W38"),
            ("alternate weeks", "SET", "P2W"),
            ("weekly", "SET", "P1W"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("July 10", "DATE", "2012-07-10"),
            ("the spring", "DATE", "2012-SP"),
            ("the next two years", "DURATION", "P2Y"),
            ("Thursday", "DATE", "2012-09-13"),
            ("the past three years", "DURATION", "P3Y"),
            ("2010", "DATE", "2010"),
            ("fortnightly", "SET", "P2W"),
            ("2009", "DATE", "2009"),
            ("two years", "DURATION", "P2Y"),
            ("Wednesday", "DATE", "2012-09-19"),
            ("April", "DATE", "2013-04"),
            ("7pm", "TIME", "2012-09-19T19:00"),
            ("the autumn", "DATE", "2012-FA"),
            ("two weeks", "DURATION", "P2W"),
            ("Christmas", "DATE", "2012-12-25"),
            ("fortnightly", "SET", "P2W"),
            ("the winter", "DATE", "2013-WI"),
            ("November 30", "DATE", "2012-11-30"),
            ("March", "DATE", "2013-03"),
            ("10am", "TIME", "2012-09-15T10:00"),
            ("2pm", "TIME", "2012-09-15T14:00"),
            ("today", "DATE", "2012-09-15"),
            ("next Saturday", "DATE", "2012-09-22"),
            ("the end of October", "DATE", "2012-10"),
            ("48 hours", "DURATION", "PT48H"),
            ("the first month", "DURATION", "P1M"),
        ],
    ),
    # Wednesday 2013-06-19 (ISO week 25), US daily's city-budget story, date line "Wednesday,
    # June 19, 2013", "TAMSWORTH FALLS —" dateline. The city's fiscal year runs July-June and is
    # named by the year it ends (gold_blind29): "the budget year that starts July 1" -> "the
    # budget year" FY2014 plus "July 1" 2013-07-01; "fiscal 2014" FY2014; "the current fiscal
    # year, which ends June 30" FY2013 plus "June 30"; "fiscal 2013" FY2013; "the end of fiscal
    # 2015" one span FY2015 (like "the end of the current financial year", gold_blind19);
    # "the fiscal 2015 budget" -> "fiscal 2015" FY2015. Phrases without "fiscal" keep their
    # calendar value (gold_blind35): "until January" 2014-01, "by 2016", "between 2014 and
    # 2018", "since 2010", "since 2009". The vote was "last night", Tuesday 2013-06-18TNI, "11
    # p.m." that night ("shortly before" a signal); "said yesterday" 2013-06-18; "last Tuesday"
    # in a Wednesday paper is the Tuesday of the week before, 2013-06-11 (not yesterday); "put
    # off a week" the size of a delay, DURATION P1W (gold_blind28); the hearing "on Thursday
    # night" 2013-06-13TNI (past); future: "sign it Friday" 2013-06-21, "meets again Monday at
    # 6:30 p.m." 2013-06-24. "a year earlier" after "May 31" takes the day's granularity,
    # 2012-05-31. "this spring" 2013-SP, "the fall" 2013-FA; "September" and "August" (bills)
    # 2013; "every month" SET P1M; "30 days after the mayor signs it" and "has 10 days"
    # DURATIONs; "five-year" DURATION on the adjective. Not annotated: "5-2", "18.4 mills",
    # "$148.2 million", "Ordinance 2013-41", "Ward 3", "Route 9", "may" (the verb),
    # "tamsworthfalls.gov/budget2014", "555-0191", "line items".
    "tamsworth-falls-fiscal-2014-budget-vote": (
        "2013-06-19",
        [
            ("Aug. 1", "DATE", "2013-08-01"),
            ("Wednesday, June 19, 2013", "DATE", "2013-06-19"),
            ("last night", "TIME", "2013-06-18TNI"),
            ("the budget year", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
            ("six weeks", "DURATION", "P6W"),
            ("11 p.m.", "TIME", "2013-06-18T23:00"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("2010", "DATE", "2010"),
            ("Aug. 1", "DATE", "2013-08-01"),
            ("last Tuesday", "DATE", "2013-06-11"),
            ("a week", "DURATION", "P1W"),
            ("June 7", "DATE", "2013-06-07"),
            ("the current fiscal year", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("this spring", "DATE", "2013-SP"),
            ("January", "DATE", "2014-01"),
            ("2009", "DATE", "2009"),
            ("the end of fiscal 2015", "DATE", "FY2015"),
            ("2016", "DATE", "2016"),
            ("May 31", "DATE", "2013-05-31"),
            ("a year earlier", "DATE", "2012-05-31"),
            ("now", "DATE", "PRESENT_REF"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("September", "DATE", "2013-09"),
            ("August", "DATE", "2013-08"),
            ("every month", "SET", "P1M"),
            ("30 days", "DURATION", "P30D"),
            ("10 days", "DURATION", "P10D"),
            ("yesterday", "DATE", "2013-06-18"),
            ("Friday", "DATE", "2013-06-21"),
            ("Monday", "DATE", "2013-06-24"),
            ("6:30 p.m.", "TIME", "2013-06-24T18:30"),
            ("five-year", "DURATION", "P5Y"),
            ("2014", "DATE", "2014"),
            ("2018", "DATE", "2018"),
            ("Thursday night", "TIME", "2013-06-13TNI"),
            ("recent years", "DATE", "PAST_REF"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("the fall", "DATE", "2013-FA"),
        ],
    ),
    # Tuesday 2014-07-15 (ISO week 29), Irish daily's website, consultation on varying the local
    # property tax rate; stamp "Tue, Jul 15, 2014, 06:00" (the abbreviated date one DATE, the
    # clock time a TIME), byline. The tax and the council's budget follow the calendar year:
    # headline "for 2015" and "the council's 2015 budget" (an adjectival year, DATE 2015), "next
    # year" 2015, "from January 1st" 2015-01-01 (the varied rate's start, "from" a signal).
    # Irish long dates with ordinals are one span with their weekday ("Friday, August 8th",
    # "Wednesday, July 23rd"), and "4pm on Friday, August 8th" and "8pm" two TIMEX3. "the
    # following Tuesday" is anchored on the Wednesday meeting: the Tuesday after 23 July,
    # 2014-07-29 (like "the following week", gold_blind29), "also at 8pm" that day. "almost
    # four weeks" (to 8 August) P4W; "about two hours" PT2H; "yesterday" 2014-07-14,
    # "yesterday evening" 2014-07-14TEV; "last month" 2014-06; "their September meeting" ->
    # "September" 2014-09 (adjectival month); "by September 30th" the statutory deadline;
    # "adopted in November" 2014-11; "the second half of last year" one span 2013-H2; "last
    # year" 2013; "July 2013"; "ran for two years" P2Y; "May 1st, 2013"; "until the end of
    # 2016" the year's value; "before 2017"; "by monthly direct debit" SET P1M; "every week
    # since January" SET P1W and DATE 2014-01; "the next few weeks" PXW; "the end of August"
    # 2014-08; "recent years" PAST_REF. Not annotated: "Seán May" and "Cllr May" (a surname),
    # "for the first time", "15 per cent" (four times), "€920,000", "€3.7m", "€90", "€225",
    # "a quarter of its staff", "library hours", "since then" (anaphoric), "the two lowest
    # bands", "kilmorna.ie/lpt2015", "094 555 2015", "Co Kilmorna".
    "kilmorna-property-tax-rate-consultation": (
        "2014-07-15",
        [
            ("2015", "DATE", "2015"),
            ("Tue, Jul 15, 2014", "DATE", "2014-07-15"),
            ("06:00", "TIME", "2014-07-15T06:00"),
            ("almost four weeks", "DURATION", "P4W"),
            ("next year", "DATE", "2015"),
            ("yesterday", "DATE", "2014-07-14"),
            ("4pm", "TIME", "2014-08-08T16:00"),
            ("Friday, August 8th", "DATE", "2014-08-08"),
            ("January 1st", "DATE", "2015-01-01"),
            ("September 30th", "DATE", "2014-09-30"),
            ("Wednesday, July 23rd", "DATE", "2014-07-23"),
            ("8pm", "TIME", "2014-07-23T20:00"),
            ("the following Tuesday", "DATE", "2014-07-29"),
            ("8pm", "TIME", "2014-07-29T20:00"),
            ("about two hours", "DURATION", "PT2H"),
            ("September", "DATE", "2014-09"),
            ("last month", "DATE", "2014-06"),
            ("this year", "DATE", "2014"),
            ("the second half of last year", "DATE", "2013-H2"),
            ("this year", "DATE", "2014"),
            ("yesterday evening", "TIME", "2014-07-14TEV"),
            ("2015", "DATE", "2015"),
            ("November", "DATE", "2014-11"),
            ("recent years", "DATE", "PAST_REF"),
            ("last year", "DATE", "2013"),
            ("July 2013", "DATE", "2013-07"),
            ("two years", "DURATION", "P2Y"),
            ("May 1st, 2013", "DATE", "2013-05-01"),
            ("the end of 2016", "DATE", "2016"),
            ("2017", "DATE", "2017"),
            ("monthly", "SET", "P1M"),
            ("every week", "SET", "P1W"),
            ("January", "DATE", "2014-01"),
            ("the next few weeks", "DURATION", "PXW"),
            ("the end of August", "DATE", "2014-08"),
        ],
    ),
    # Monday 2015-02-02 (ISO week 6), US daily's website, a mayor's State of the City speech
    # given that evening; stamp "Posted: Monday, February 2, 2015 10:40 pm" (DATE and TIME),
    # byline, "CEDAR LYNN —" dateline. "tonight" (narration and a quote) 2015-02-02TNI, the
    # speech "began at 7 p.m." that day; "this morning" 2015-02-02TMO. The city's fiscal year
    # runs July-June: "fiscal 2014" FY2014 (ended June 2014); "the fiscal year that begins July
    # 1" FY2016 plus 2015-07-01. Past weekdays: snow crews "from Friday night through Sunday"
    # 2015-01-30TNI and 2015-02-01, snow "over the weekend" 2015-W05-WE (the weekend just gone
    # in a Monday paper, gold_blind29); future: "take it up Thursday" 2015-02-05, the rebroadcast
    # "on Wednesday at 6:30 p.m." 2015-02-04; "next week" 2015-W07. "healthy for the first
    # time in a decade" -> "a decade" P10Y, the period of a "first in" (gold_blind35); "its
    # first since 2008" -> "2008"; "Four years ago" 2011 (the unit's granularity); "the past 12
    # months" P12M; "Speaking for 48 minutes" PT48M; "freeze water rates for two years" P2Y;
    # "had three years" P3Y; "in April", "in June", "in March" 2015; "the May 5 election" ->
    # "May 5" 2015-05-05 (adjectival date); "this fall" and "the fall" 2015-FA (the building's
    # start and the challenger's election); "the early 1990s" 199, "the 1950s" 195; "on
    # Saturday mornings" SET XXXX-WXX-6TMO (plural weekday part of day); "every week" P1W;
    # "last year" 2014; "now" PRESENT_REF. Not annotated: "May" in "May our children" (the
    # verb), "State of the City", "her third State of the City address" (an ordinal of a
    # speech), "for the first time", "around the clock", "Station 7", "Route 30", "CLTV
    # Channel 16", "14 inches", "$22 million", "600 people", "1,100 jobs", "one-time",
    # "cedarlynn.gov/sotc2015".
    "cedar-lynn-state-of-the-city": (
        "2015-02-02",
        [
            ("Monday, February 2, 2015", "DATE", "2015-02-02"),
            ("10:40 pm", "TIME", "2015-02-02T22:40"),
            ("tonight", "TIME", "2015-02-02TNI"),
            ("two years", "DURATION", "P2Y"),
            ("2017", "DATE", "2017"),
            ("a decade", "DURATION", "P10Y"),
            ("48 minutes", "DURATION", "PT48M"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("2008", "DATE", "2008"),
            ("the past 12 months", "DURATION", "P12M"),
            ("Four years ago", "DATE", "2011"),
            ("January 2012", "DATE", "2012-01"),
            ("the fiscal year", "DATE", "FY2016"),
            ("July 1", "DATE", "2015-07-01"),
            ("April", "DATE", "2015-04"),
            ("2013", "DATE", "2013"),
            ("the early 1990s", "DATE", "199"),
            ("Thursday", "DATE", "2015-02-05"),
            ("next week", "DATE", "2015-W07"),
            ("tonight", "TIME", "2015-02-02TNI"),
            ("June", "DATE", "2015-06"),
            ("the 1950s", "DATE", "195"),
            ("this fall", "DATE", "2015-FA"),
            ("May 5", "DATE", "2015-05-05"),
            ("Saturday mornings", "SET", "XXXX-WXX-6TMO"),
            ("March", "DATE", "2015-03"),
            ("every week", "SET", "P1W"),
            ("Friday night", "TIME", "2015-01-30TNI"),
            ("Sunday", "DATE", "2015-02-01"),
            ("the weekend", "DATE", "2015-W05-WE"),
            ("this morning", "TIME", "2015-02-02TMO"),
            ("the fall", "DATE", "2015-FA"),
            ("last year", "DATE", "2014"),
            ("three years", "DURATION", "P3Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("2012", "DATE", "2012"),
            ("7 p.m.", "TIME", "2015-02-02T19:00"),
            ("Wednesday", "DATE", "2015-02-04"),
            ("6:30 p.m.", "TIME", "2015-02-04T18:30"),
        ],
    ),
    # Thursday 2015-06-25 (ISO week 26), Australian regional paper's website, a shire budget and
    # ten-year capital works program; stamp "June 25, 2015 4:30pm" (DATE and TIME), byline.
    # The July-June financial year is named by the year it ends (gold_blind21, gold_blind49):
    # "its 2015-16 budget" -> "2015-16" DATE FY2016 (an adjectival financial year, see README);
    # "the new financial year" FY2016; "the current financial year, which ends on June 30"
    # FY2015 plus 2015-06-30; "the 2016-17 financial year" one span FY2017. Calendar values
    # elsewhere: "from July 1" 2015-07-01, "last year's number" -> "last year" 2014 (the
    # exhibition of May 2014), "runs to 2025", "October 2014", "February 2012", "March 2016",
    # "mid-2018" the year's value (gold_blind103), "the end of February" 2016-02 (ahead);
    # the instalments "August 31" and "November 30" 2015, "February 29" and "May 31" 2016 (a
    # leap year); "in late July" 2015-07; "28 days in May" P28D and 2015-05. Southern seasons
    # are valued in the year they fall in (gold_blind103): "in spring" -> "spring" 2015-SP,
    # "this winter" 2015-WI. "on Tuesday night" 2015-06-23TNI; "next Wednesday" in a Thursday
    # paper is the coming one, 2015-07-01, with "2pm" and "6pm" that day. "just a week before
    # the new financial year" an anchored duration P1W; "almost four hours" PT4H; "10-year"
    # P10Y on the adjective; "a decade ahead" -> "a decade" P10Y; "about eight months" P8M;
    # "the next four years" P4Y; "the past five years" P5Y; "For years" -> "years" PXY;
    # "quarterly" and "annually" SETs; "Now" PRESENT_REF; "built in 1962". Not annotated: "7-2",
    # "3.2 per cent", "$186 million", "$14.5 million", "$61 million", "$4 million", "Section
    # 94", "Lake Street", "Bunyip Road", "Tooma Road", "merrigal.nsw.gov.au/budget2015",
    # "the first in the shire's history", "its history".
    "merrigal-shire-budget-capital-works": (
        "2015-06-25",
        [
            ("June 25, 2015", "DATE", "2015-06-25"),
            ("4:30pm", "TIME", "2015-06-25T16:30"),
            ("July 1", "DATE", "2015-07-01"),
            ("2015-16", "DATE", "FY2016"),
            ("10-year", "DURATION", "P10Y"),
            ("Tuesday night", "TIME", "2015-06-23TNI"),
            ("almost four hours", "DURATION", "PT4H"),
            ("a week", "DURATION", "P1W"),
            ("the new financial year", "DATE", "FY2016"),
            ("2025", "DATE", "2025"),
            ("a decade", "DURATION", "P10Y"),
            ("years", "DURATION", "PXY"),
            ("Now", "DATE", "PRESENT_REF"),
            ("1962", "DATE", "1962"),
            ("March 2016", "DATE", "2016-03"),
            ("mid-2018", "DATE", "2018"),
            ("the end of February", "DATE", "2016-02"),
            ("February 2012", "DATE", "2012-02"),
            ("spring", "DATE", "2015-SP"),
            ("about eight months", "DURATION", "P8M"),
            ("the next four years", "DURATION", "P4Y"),
            ("October 2014", "DATE", "2014-10"),
            ("the past five years", "DURATION", "P5Y"),
            ("the 2016-17 financial year", "DATE", "FY2017"),
            ("28 days", "DURATION", "P28D"),
            ("May", "DATE", "2015-05"),
            ("last year", "DATE", "2014"),
            ("late July", "DATE", "2015-07"),
            ("quarterly", "SET", "P3M"),
            ("August 31", "DATE", "2015-08-31"),
            ("November 30", "DATE", "2015-11-30"),
            ("February 29", "DATE", "2016-02-29"),
            ("May 31", "DATE", "2016-05-31"),
            ("the current financial year", "DATE", "FY2015"),
            ("June 30", "DATE", "2015-06-30"),
            ("2pm", "TIME", "2015-07-01T14:00"),
            ("6pm", "TIME", "2015-07-01T18:00"),
            ("next Wednesday", "DATE", "2015-07-01"),
            ("annually", "SET", "P1Y"),
            ("this winter", "DATE", "2015-WI"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
