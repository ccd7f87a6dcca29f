"""Annotations of the two-hundred-and-twenty-eighth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind228/annotate.py [--show]

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
    # Friday 2012-06-01 (ISO week 22), New Zealand paper's website, headline, byline, stamp
    # "5:30 AM Friday Jun 1, 2012" (a TIME and one DATE span with its weekday; "Jun" checked
    # by hand). Queen's Birthday is the first Monday of June, 2012-06-04; "Queen's Birthday
    # weekend" (headline and lead) is the weekend before it, the ISO weekend of its Saturday
    # and Sunday, 2012-W22-WE (gold_blind9, gold_blind102); last year's, framed by "Last year",
    # is the weekend of 4-5 June 2011, 2011-W22-WE. The holiday period runs from "4pm today"
    # to "6am on Tuesday" 2012-06-05, "those 86 hours" DURATION PT86H (the demonstrative kept).
    # Future weekdays: "Sunday night" 2012-06-03TNI, "Saturday afternoon" 2012-06-02TAF and
    # "Saturday evening" TEV, "Monday morning" (twice) 2012-06-04TMO, "Wednesday" 2012-06-06,
    # "between 10am and 2pm on Monday" two TIMEs and the DATE 2012-06-04. Past: "since
    # Tuesday" 2012-05-29 (the same weekday as the future "Tuesday" of the lead).
    # Southern seasons valued in the year they fall in (gold_blind9): "the winter" that began
    # today 2012-WI, "a mild autumn" -> "autumn" 2012-FA (March-May, head noun only,
    # gold_blind103). "Easter" 2012-04-08 and "Anzac Day" 2012-04-25, past; "each year" SET
    # P1Y; "a week earlier than last year" -> "a week" DURATION P1W (the size of a shift,
    # gold_blind102) and "last year" 2011; "every night" SET; "the past fortnight" P2W; "this
    # June" 2012-06; "19 years" P19Y; "In 1998 we opened on 23 May" -> "23 May" 1998-05-23, the
    # month framed by the year of its clause (gold_blind102). Not annotated: "overnight lows"
    # (an adjective naming a kind of reading, gold_blind103), "The official holiday period"
    # and "Holiday periods" (periods without calendar bounds, gold_blind57), "the school
    # holidays" (gold_blind68), "State Highway 1", "State Highway 5", "600 metres", "minus 5C",
    # "one road death in ten", "four people", "0800 555 2012" (a phone number ending in the
    # year of the story) and "highways.example.nz/2012/queens-birthday" (a URL).
    "queens-birthday-weekend-black-ice": (
        "2012-06-01",
        [
            ("Queen's Birthday weekend", "DATE", "2012-W22-WE"),
            ("5:30 AM", "TIME", "2012-06-01T05:30"),
            ("Friday Jun 1, 2012", "DATE", "2012-06-01"),
            ("Queen's Birthday weekend", "DATE", "2012-W22-WE"),
            ("the winter", "DATE", "2012-WI"),
            ("Sunday night", "TIME", "2012-06-03TNI"),
            ("4pm", "TIME", "2012-06-01T16:00"),
            ("today", "DATE", "2012-06-01"),
            ("6am", "TIME", "2012-06-05T06:00"),
            ("Tuesday", "DATE", "2012-06-05"),
            ("those 86 hours", "DURATION", "PT86H"),
            ("yesterday", "DATE", "2012-05-31"),
            ("autumn", "DATE", "2012-FA"),
            ("Last year", "DATE", "2011"),
            ("Queen's Birthday weekend", "DATE", "2011-W22-WE"),
            ("Monday morning", "TIME", "2012-06-04TMO"),
            ("Easter", "DATE", "2012-04-08"),
            ("Anzac Day", "DATE", "2012-04-25"),
            ("each year", "SET", "P1Y"),
            ("Saturday afternoon", "TIME", "2012-06-02TAF"),
            ("Saturday evening", "TIME", "2012-06-02TEV"),
            ("Monday morning", "TIME", "2012-06-04TMO"),
            ("noon", "TIME", "2012-06-01T12:00"),
            ("today", "DATE", "2012-06-01"),
            ("Wednesday", "DATE", "2012-06-06"),
            ("10am", "TIME", "2012-06-04T10:00"),
            ("2pm", "TIME", "2012-06-04T14:00"),
            ("Monday", "DATE", "2012-06-04"),
            ("Saturday 9 June", "DATE", "2012-06-09"),
            ("a week", "DURATION", "P1W"),
            ("last year", "DATE", "2011"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Tuesday", "DATE", "2012-05-29"),
            ("the past fortnight", "DURATION", "P2W"),
            ("this June", "DATE", "2012-06"),
            ("19 years", "DURATION", "P19Y"),
            ("1998", "DATE", "1998"),
            ("23 May", "DATE", "1998-05-23"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Tuesday 2013-05-14 (ISO week 20), Australian wire story (AAP style) on budget day,
    # headline, byline, "CANBERRA, May 14 AAP -" dateline (its "May 14" a DATE, gold_blind95)
    # and sign-off "AAP tk/jm" (not annotated). The budget is delivered "tonight" (headline and
    # lead) 2013-05-14TNI, "at 7.30pm AEST" 2013-05-14T19:30 (zone in the span); the lock-up
    # opens at 1.30pm, "six hours" PT6H. The Australian financial year runs July-June and is
    # named by the year it ends (gold_blind9, gold_blind88, gold_blind94): "the 2013-14 budget"
    # -> "2013-14" FY2014, "this financial year" FY2013 (July 2012-June 2013), "2015-16" (twice)
    # FY2016, "2016-17" FY2017, "the 2008-09 financial year" FY2009. "a year later than
    # forecast" -> "a year" DURATION P1Y (the size of a delay, gold_blind35); "last year's
    # budget" -> "last year" 2012, the calendar value of the wording (gold_blind35's "Last
    # year's budget"); "the four years to 2016-17" a DURATION and the fiscal year; "July 1 next
    # year" one span 2014-07-01 (gold_blind94); "said on Monday" 2013-05-13; "every month since
    # ... December" a SET and 2012-12; "months" PXM; "slips to 2015" 2015 and "another two
    # years" P2Y; "until at least the end of next year" -> "at least the end of next year"
    # 2014 (modifier kept, gold_blind35); "the June quarter of 2014" one span 2014-Q2 (a
    # calendar quarter named by its month); "the early 1990s" 199; "paid quarterly" SET P3M;
    # "from January 1" 2014-01-01 (future); "Thursday night" 2013-05-16TNI; "May 27"
    # 2013-05-27, "two weeks" P2W; "later this year" 2013 (gold_blind21). Not annotated:
    # "budget" in "budget lands", "the budget lock-up", "budget reply" (event words; the day is
    # given by "tonight"), "the mid-year update" (a report named for its place in the
    # financial year, not a time; its month "December" is annotated), "Senate estimates",
    # "the razor", "$19 billion", "$6 billion", "400 journalists", "$110 a tonne", "5.75 per
    # cent", "the headline figure", "the last budget before the federal election" (an event).
    "budget-night-childcare-rebate-wait": (
        "2013-05-14",
        [
            ("tonight", "TIME", "2013-05-14TNI"),
            ("May 14", "DATE", "2013-05-14"),
            ("tonight", "TIME", "2013-05-14TNI"),
            ("2013-14", "DATE", "FY2014"),
            ("7.30pm AEST", "TIME", "2013-05-14T19:30"),
            ("this financial year", "DATE", "FY2013"),
            ("2015-16", "DATE", "FY2016"),
            ("a year", "DURATION", "P1Y"),
            ("last year", "DATE", "2012"),
            ("the four years", "DURATION", "P4Y"),
            ("2016-17", "DATE", "FY2017"),
            ("July 1 next year", "DATE", "2014-07-01"),
            ("Monday", "DATE", "2013-05-13"),
            ("every month", "SET", "P1M"),
            ("December", "DATE", "2012-12"),
            ("1.30pm", "TIME", "2013-05-14T13:30"),
            ("six hours", "DURATION", "PT6H"),
            ("months", "DURATION", "PXM"),
            ("2015", "DATE", "2015"),
            ("another two years", "DURATION", "P2Y"),
            ("2015-16", "DATE", "FY2016"),
            ("at least the end of next year", "DATE", "2014"),
            ("the June quarter of 2014", "DATE", "2014-Q2"),
            ("the 2008-09 financial year", "DATE", "FY2009"),
            ("the early 1990s", "DATE", "199"),
            ("quarterly", "SET", "P3M"),
            ("January 1", "DATE", "2014-01-01"),
            ("2011", "DATE", "2011"),
            ("Thursday night", "TIME", "2013-05-16TNI"),
            ("May 27", "DATE", "2013-05-27"),
            ("two weeks", "DURATION", "P2W"),
            ("later this year", "DATE", "2013"),
        ],
    ),
    # Wednesday 2014-08-27 (ISO week 35), Australian business paper's website, full-year
    # results of a freight company whose financial year ends 30 June, headline ("warns on
    # FY15"), stamps "Published: Aug 27 2014 at 1:15 PM" and "Updated: Aug 27 2014 at 4:40 PM"
    # (a DATE and a TIME each, gold_blind74), byline, no dateline. "the 2013-14 financial year"
    # and "FY14" FY2014, "FY15" (headline, lead, quote) and "the current financial year"
    # FY2015, "the end of FY17" FY2017 (the year's value, gold_blind9); "the 12 months to 30
    # June" a DURATION and the date; "a year earlier" after it takes the granularity of the
    # year compared with, FY2013 (gold_blind94); "told the market on Wednesday" is the
    # publication day; "1pm AEST" 2014-08-27T13:00. Months without a year in the past: "took
    # over in March" 2014-03, "the interim dividend paid in April" 2014-04, "Trading in July"
    # 2014-07 and "a year earlier" after it 2013-07 (gold_blind103); future: "3 October",
    # "12 September", "30 October" 2014. Quarters and halves named by calendar months take
    # calendar values (gold_blind74): "the June quarter" 2014-Q2, "the June quarter of 2013"
    # 2013-Q2, "the December half" (July-December 2014, ahead) 2014-H2 like gold_blind74's
    # "the half-year to 31 December"; "the second half of calendar 2015" one span 2015-H2.
    # "the weakest in more than four years" -> "more than four years" P4Y (the period of a
    # superlative); "The first eight weeks" of FY15 P8W; "the next 12 months" P12M; "three-year"
    # P3Y; "full-year" (the payout for FY14) FY2014 (gold_blind74); "twice a year" SET P1Y;
    # "2007"; "the past year" P1Y; "now" PRESENT_REF. Not annotated: "Route 2017" (a cost
    # program's name), "ASX: WTR", "18pc", "18 per cent", "$41.2 million", "$50.3 million",
    # "$612 million", "9.4 per cent", "$2.13", "22 per cent", "10 to 15 per cent", "180",
    # "2,300 jobs", "two percentage points", "4.5 cents", "7 cents", "10 cents", "35 per cent",
    # "final dividend", "interim dividend", "AGM", "at the earliest".
    "wirrinda-transport-fy14-profit-falls": (
        "2014-08-27",
        [
            ("FY15", "DATE", "FY2015"),
            ("Aug 27 2014", "DATE", "2014-08-27"),
            ("1:15 PM", "TIME", "2014-08-27T13:15"),
            ("Aug 27 2014", "DATE", "2014-08-27"),
            ("4:40 PM", "TIME", "2014-08-27T16:40"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("FY15", "DATE", "FY2015"),
            ("the 12 months", "DURATION", "P12M"),
            ("30 June", "DATE", "2014-06-30"),
            ("a year earlier", "DATE", "FY2013"),
            ("Wednesday", "DATE", "2014-08-27"),
            ("1pm AEST", "TIME", "2014-08-27T13:00"),
            ("November 2012", "DATE", "2012-11"),
            ("March", "DATE", "2014-03"),
            ("the June quarter", "DATE", "2014-Q2"),
            ("more than four years", "DURATION", "P4Y"),
            ("the June quarter of 2013", "DATE", "2013-Q2"),
            ("July", "DATE", "2014-07"),
            ("a year earlier", "DATE", "2013-07"),
            ("The first eight weeks", "DURATION", "P8W"),
            ("FY15", "DATE", "FY2015"),
            ("now", "DATE", "PRESENT_REF"),
            ("the current financial year", "DATE", "FY2015"),
            ("FY14", "DATE", "FY2014"),
            ("the next 12 months", "DURATION", "P12M"),
            ("three-year", "DURATION", "P3Y"),
            ("the end of FY17", "DATE", "FY2017"),
            ("3 October", "DATE", "2014-10-03"),
            ("12 September", "DATE", "2014-09-12"),
            ("April", "DATE", "2014-04"),
            ("full-year", "DATE", "FY2014"),
            ("twice a year", "SET", "P1Y"),
            ("2007", "DATE", "2007"),
            ("the past year", "DURATION", "P1Y"),
            ("the December half", "DATE", "2014-H2"),
            ("the second half of calendar 2015", "DATE", "2015-H2"),
            ("30 October", "DATE", "2014-10-30"),
        ],
    ),
    # Thursday 2014-10-02 (ISO week 40), Australian regional paper's website, headline ("this
    # Sunday"), stamp "Updated October 2 2014 - 5:45pm, first published 11:30am" (a DATE and two
    # TIMEs, the first-published time on the stamp's day, gold_blind21), byline. NSW daylight
    # saving starts on the first Sunday of October, 2014-10-05: "at 2am on Sunday, to 3am
    # AEDT" two TIMEs and the DATE, "one hour" PT1H (the size of the shift, gold_blind44,
    # gold_blind76), as are "an hour's sleep" and "an hour ahead" (PT1H each) and "an hour
    # late" (the size of a delay). "the first Sunday in April" and "5 April next year" are two
    # DATEs for 2015-04-05 (the ordinal weekday like gold_blind5's "the last Saturday of
    # February"; "next year" post-posed in one span, gold_blind94). The Labour Day long weekend
    # (Labour Day in NSW the first Monday of October, 2014-10-06) and "this weekend" are
    # 2014-W40-WE (gold_blind9); "Monday is Labour Day" two DATEs (gold_blind103). Future:
    # "Tuesday morning" 2014-10-07TMO, "12.01am on Friday" 2014-10-03T00:01, "11.59pm on Monday"
    # 2014-10-06T23:59, "29 March" 2015-03-29; "tonight" 2014-10-02TNI. Past: "opened ... on
    # Saturday" 2014-09-27; "Last year ... on 6 October" 2013-10-06. The bus times under the
    # new clocks and the pool's hours recur every day: "7.40am", "8.55am", "7.55am", "5.30am",
    # "8pm" XXXX-XX-XXThh:mm (gold_blind76, gold_blind102), "every day" SET P1D, "each night"
    # SET XXXX-XX-XXTNI; "every summer" XXXX-SU; "the early 1970s" 197; "the next six months"
    # P6M; "about three days" P3D; "15 minutes" PT15M (a shift of bedtime); "a dry winter" ->
    # "winter" 2014-WI, the southern winter just ended (gold_blind9). Not annotated: "daylight
    # saving" (four times; a clock regime, like "British Summer Time" in gold_blind44), "a
    # Sunday timetable" (a kind of timetable), "summer hours" and "for the season" (kinds and a
    # trade season, gold_blind103), "the new times", "(07) 5555 1971" (a phone number beside
    # "the early 1970s"), "double demerits", "two people", "Two towns, two times".
    "karrawong-daylight-saving-labour-day": (
        "2014-10-02",
        [
            ("this Sunday", "DATE", "2014-10-05"),
            ("October 2 2014", "DATE", "2014-10-02"),
            ("5:45pm", "TIME", "2014-10-02T17:45"),
            ("11:30am", "TIME", "2014-10-02T11:30"),
            ("an hour", "DURATION", "PT1H"),
            ("this weekend", "DATE", "2014-W40-WE"),
            ("an hour", "DURATION", "PT1H"),
            ("the next six months", "DURATION", "P6M"),
            ("one hour", "DURATION", "PT1H"),
            ("2am", "TIME", "2014-10-05T02:00"),
            ("Sunday", "DATE", "2014-10-05"),
            ("3am AEDT", "TIME", "2014-10-05T03:00"),
            ("the first Sunday in April", "DATE", "2015-04-05"),
            ("5 April next year", "DATE", "2015-04-05"),
            ("the Labour Day long weekend", "DATE", "2014-W40-WE"),
            ("Monday", "DATE", "2014-10-06"),
            ("Labour Day", "DATE", "2014-10-06"),
            ("Tuesday morning", "TIME", "2014-10-07TMO"),
            ("7.40am", "TIME", "XXXX-XX-XXT07:40"),
            ("8.55am", "TIME", "XXXX-XX-XXT08:55"),
            ("7.55am", "TIME", "XXXX-XX-XXT07:55"),
            ("every summer", "SET", "XXXX-SU"),
            ("the early 1970s", "DATE", "197"),
            ("an hour", "DURATION", "PT1H"),
            ("1988", "DATE", "1988"),
            ("Saturday", "DATE", "2014-09-27"),
            ("5.30am", "TIME", "XXXX-XX-XXT05:30"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("every day", "SET", "P1D"),
            ("29 March", "DATE", "2015-03-29"),
            ("about three days", "DURATION", "P3D"),
            ("15 minutes", "DURATION", "PT15M"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("tonight", "TIME", "2014-10-02TNI"),
            ("12.01am", "TIME", "2014-10-03T00:01"),
            ("Friday", "DATE", "2014-10-03"),
            ("11.59pm", "TIME", "2014-10-06T23:59"),
            ("Monday", "DATE", "2014-10-06"),
            ("Last year", "DATE", "2013"),
            ("6 October", "DATE", "2013-10-06"),
            ("winter", "DATE", "2014-WI"),
        ],
    ),
    # Monday 2015-01-12 (ISO week 3), Australian regional daily, headline ("from Friday"),
    # date line "Monday, 12 January 2015", byline. Restrictions start "at midnight on Friday",
    # the midnight ending Friday 2015-01-16, T24:00 (gold_blind103) with the DATE; "yesterday"
    # 2015-01-11. Southern summer takes the year of its January (gold_blind9, gold_blind83):
    # "This summer" 2015-SU, "Last summer" 2014-SU and its "January" 2014-01 (framed by that
    # summer, gold_blind102); "a drier than average autumn" -> "autumn" 2015-FA. "since 1
    # December" 2014-12-01; "the valley's driest December since 1994" -> "December" 2014-12 and
    # "1994"; "a week of days above 35 degrees after New Year's Day" -> "a week" P1W and "New
    # Year's Day" 2015-01-01; "the end of February" 2015-02; "on alternate days" SET P2D
    # (gold_blind49) with the watering hours "between 6am and 8am or between 6pm and 8pm",
    # four TIMEs XXXX-XX-XXThh:mm; "once a week" SET P1W; "the next four weeks" P4W;
    # "three-month" P3M; "issued on Thursday" 2015-01-08. "the Australia Day long weekend" is
    # Saturday 24-Monday 26 January, 2015-W04-WE; "Friday 23 January", "Monday 26 January" and
    # "4pm" that day. "over Christmas" 2014-12-25 (gold_blind94); "14 months from late 2009"
    # P14M and 2009; "every week since November" a SET and 2014-11; "Tuesday night"
    # 2015-01-13TNI; "every fortnight" SET P2W (gold_blind21). Not annotated: "Stage 2" (three
    # times), "40 per cent", "11 percentage points", "35 degrees", "30 per cent", "180
    # millimetres", "60 per cent", "Average daily use" (the period of a figure, not a
    # recurrence, gold_blind103), "310 litres", "18 per cent", "$220", "50 per cent", "1300 555
    # 024", "for the first time", "those years" (anaphoric), "until the dam is back above 50
    # per cent" (event-named).
    "burrell-valley-water-restrictions-summer": (
        "2015-01-12",
        [
            ("Friday", "DATE", "2015-01-16"),
            ("Monday, 12 January 2015", "DATE", "2015-01-12"),
            ("midnight", "TIME", "2015-01-16T24:00"),
            ("Friday", "DATE", "2015-01-16"),
            ("March 2011", "DATE", "2011-03"),
            ("1 December", "DATE", "2014-12-01"),
            ("December", "DATE", "2014-12"),
            ("1994", "DATE", "1994"),
            ("a week", "DURATION", "P1W"),
            ("New Year's Day", "DATE", "2015-01-01"),
            ("yesterday", "DATE", "2015-01-11"),
            ("the end of February", "DATE", "2015-02"),
            ("alternate days", "SET", "P2D"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("once a week", "SET", "P1W"),
            ("This summer", "DATE", "2015-SU"),
            ("the next four weeks", "DURATION", "P4W"),
            ("Last summer", "DATE", "2014-SU"),
            ("January", "DATE", "2014-01"),
            ("three-month", "DURATION", "P3M"),
            ("Thursday", "DATE", "2015-01-08"),
            ("autumn", "DATE", "2015-FA"),
            ("the Australia Day long weekend", "DATE", "2015-W04-WE"),
            ("Friday 23 January", "DATE", "2015-01-23"),
            ("Monday 26 January", "DATE", "2015-01-26"),
            ("4pm", "TIME", "2015-01-26T16:00"),
            ("Christmas", "DATE", "2014-12-25"),
            ("14 months", "DURATION", "P14M"),
            ("late 2009", "DATE", "2009"),
            ("2007", "DATE", "2007"),
            ("every week", "SET", "P1W"),
            ("November", "DATE", "2014-11"),
            ("Tuesday night", "TIME", "2015-01-13TNI"),
            ("every fortnight", "SET", "P2W"),
        ],
    ),
    # Saturday 2015-07-04 (ISO week 27), Australian weekend paper's money column, headline,
    # standfirst ("a fortnight's patience" -> "a fortnight" P2W), date line "Saturday 4 July
    # 2015", byline. "The 2014-15 financial year ended on Tuesday" FY2015 and 2015-06-30, "by
    # Wednesday morning" 2015-07-01TMO, "since Monday" 2015-06-29 (all past). "until 14 July"
    # and "until late July" 2015 (future); "until 8pm every night" the closing hour of a
    # recurring opening XXXX-XX-XXT20:00 with its SET (gold_blind94), "on Saturdays from 9am to
    # 1pm" a SET and two TIMEs; "This winter" 2015-WI (the southern winter under way);
    # "including this weekend" 2015-W27-WE (the Saturday paper's own weekend). "In 2012 ... on
    # 1 July" 2012-07-01, "three months" P3M. "until 31 October" 2015-10-31; "15 May next year"
    # one span 2016-05-15 (gold_blind94); "before the October deadline" -> "October" 2015-10;
    # "within two weeks" P2W; "Last year the average refund" 2014, the calendar value of the
    # wording (gold_blind35, gold_blind94). "2014-15" (twice, bare) FY2015; "five years" P5Y;
    # "four weeks" P4W (without "a representative", like "a wet July", gold_blind102); "a
    # year's interest" -> "a year" P1Y; "before the end of the financial year" -> "the end of
    # the financial year" FY2015 (the year's value, gold_blind9); "by 30 June" 2015-06-30;
    # "last financial year" in July 2015 is the year just ended, FY2015 (the current one being
    # FY2016; gold_blind49's "last financial year"); "next financial year" FY2016. Not
    # annotated: "Tax time" (a season named by an event, like "exam season", gold_blind68),
    # "day one" (the first day of lodging, an ordinal day of an event), "straight away", "the
    # date you lodge", "$2,600", "1300 555 415", "a shoebox of receipts".
    "tax-time-early-lodgers-can-wait": (
        "2015-07-04",
        [
            ("a fortnight", "DURATION", "P2W"),
            ("Saturday 4 July 2015", "DATE", "2015-07-04"),
            ("The 2014-15 financial year", "DATE", "FY2015"),
            ("Tuesday", "DATE", "2015-06-30"),
            ("Wednesday morning", "TIME", "2015-07-01TMO"),
            ("14 July", "DATE", "2015-07-14"),
            ("late July", "DATE", "2015-07"),
            ("Every year", "SET", "P1Y"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Monday", "DATE", "2015-06-29"),
            ("This winter", "DATE", "2015-WI"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("this weekend", "DATE", "2015-W27-WE"),
            ("2012", "DATE", "2012"),
            ("1 July", "DATE", "2012-07-01"),
            ("three months", "DURATION", "P3M"),
            ("31 October", "DATE", "2015-10-31"),
            ("15 May next year", "DATE", "2016-05-15"),
            ("October", "DATE", "2015-10"),
            ("two weeks", "DURATION", "P2W"),
            ("Last year", "DATE", "2014"),
            ("2014-15", "DATE", "FY2015"),
            ("five years", "DURATION", "P5Y"),
            ("four weeks", "DURATION", "P4W"),
            ("a year", "DURATION", "P1Y"),
            ("the end of the financial year", "DATE", "FY2015"),
            ("2014-15", "DATE", "FY2015"),
            ("30 June", "DATE", "2015-06-30"),
            ("last financial year", "DATE", "FY2015"),
            ("next financial year", "DATE", "FY2016"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
