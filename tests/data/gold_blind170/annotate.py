"""Annotations of the hundred-and-seventieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind170/annotate.py [--show]

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
    # Thursday 2014-06-12 (ISO week 24), British maritime daily, headline ("wait four days"),
    # standfirst ("from 1 July"), date line "Thursday 12 June 2014", byline; "yesterday" is
    # Wednesday 2014-06-11 (the figures, "0800 yesterday", "yesterday afternoon"). "waited an
    # average of four days" -> "four days" P4D, "an average of" left out (gold_blind42). "in
    # the week to Sunday" -> "the week" 2014-W23 and "Sunday" 2014-06-08, "to" a signal
    # (gold_blind61); "the week before" 2014-W22. "less than 12 hours" PT12H; "the start of
    # May" 2014-05 (modifier not recorded, like "the start of last year", gold_blind5). Past
    # weekdays: "on Monday" 2014-06-09, "since Friday" 2014-06-06; future: "due back on
    # Saturday" 2014-06-14. "2007-built" -> "2007", an adjectival year (gold_blind89); "the
    # next three weeks" P3W; "the end of next week" 2014-W25 (gold_blind14); "this week"
    # 2014-W24; "for months" -> "months" PXM; "in recent years" -> "recent years" PAST_REF;
    # "now" PRESENT_REF; "last year" 2013; "the first quarter" 2014-Q1 (no fiscal year
    # described) and "a year earlier" 2013-Q1; "mid-July" 2014-07; "late August" 2014-08;
    # "the second half of 2016" one span; "in September" ahead 2014-09; "every Wednesday" SET.
    # Not annotated: "the peak season" (a trade season, gold_blind89), "Kessler KQ-65" (a
    # model), "$150 per TEU", "1.42 million TEU", "7 percent", "9 percent", "Nineteen ships",
    # "two berths and six cranes", "around the clock", "tarrickport.co.uk/berths/2014" (a URL
    # with a year), "01632 555 0247" (a phone number ending like a clock time).
    "tarrick-port-congestion-four-day-wait": (
        "2014-06-12",
        [
            ("four days", "DURATION", "P4D"),
            ("1 July", "DATE", "2014-07-01"),
            ("Thursday 12 June 2014", "DATE", "2014-06-12"),
            ("four days", "DURATION", "P4D"),
            ("the week", "DATE", "2014-W23"),
            ("Sunday", "DATE", "2014-06-08"),
            ("two days", "DURATION", "P2D"),
            ("the week before", "DATE", "2014-W22"),
            ("less than 12 hours", "DURATION", "PT12H"),
            ("the start of May", "DATE", "2014-05"),
            ("yesterday", "DATE", "2014-06-11"),
            ("0800", "TIME", "2014-06-11T08:00"),
            ("yesterday", "DATE", "2014-06-11"),
            ("February 2011", "DATE", "2011-02"),
            ("three days", "DURATION", "P3D"),
            ("27 May", "DATE", "2014-05-27"),
            ("2007", "DATE", "2007"),
            ("Monday", "DATE", "2014-06-09"),
            ("Saturday", "DATE", "2014-06-14"),
            ("the next three weeks", "DURATION", "P3W"),
            ("the end of next week", "DATE", "2014-W25"),
            ("Friday", "DATE", "2014-06-06"),
            ("1 July", "DATE", "2014-07-01"),
            ("this week", "DATE", "2014-W24"),
            ("months", "DURATION", "PXM"),
            ("recent years", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("last year", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("a year earlier", "DATE", "2013-Q1"),
            ("yesterday afternoon", "TIME", "2014-06-11TAF"),
            ("two days", "DURATION", "P2D"),
            ("mid-July", "DATE", "2014-07"),
            ("late August", "DATE", "2014-08"),
            ("the second half of 2016", "DATE", "2016-H2"),
            ("September", "DATE", "2014-09"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
        ],
    ),
    # Tuesday 2015-03-10 (ISO week 11), shipping wire, headline ("on Thursday, a day late"),
    # "VESTMOOR, March 10 (Meridian Shipping Wire) -" dateline; "on Tuesday" is the day of
    # the wire. The ship berths "at 0600 local time on Thursday" 2015-03-12T06:00 and the
    # DATE; "a day later than planned" and the headline's "a day late" are the size of a
    # delay, DURATION P1D (gold_blind35, gold_blind89); "an ETA of 12 March, 0600 LT" ->
    # "12 March" and "0600 LT", the zone in the span and not in the value (gold_blind89).
    # "over the weekend" (past) 2015-W10-WE; "about 48 hours" PT48H; "Saturday morning"
    # 2015-03-14TMO; "around 0130" the pilots' boarding on the day of the berthing,
    # 2015-03-12T01:30; "within an hour of high water" -> "an hour" PT1H (anchored). "the past
    # two years" P2Y; "in January" 2015-01; "Five years ago" 2010 (the unit's granularity);
    # "Built in 2014 and delivered in December" 2014 and 2014-12; "by mid-2016" 2016
    # (gold_blind56); "a weekly ... loop" SET P1W, "every Thursday" SET. "from 0800 on
    # Wednesday until 1800 the following day" -> 2015-03-11T08:00, "Wednesday", 2015-03-12T18:00
    # and "the following day" 2015-03-12 (a narrative anchor on Wednesday, gold_blind16);
    # "on Monday" 2015-03-09 (past), "from Friday" 2015-03-13 (ahead). "the year before" after
    # "in 2014" 2013; "this year" 2015; "in less than a decade" P10Y (how long a past change
    # took, gold_blind35); "0500 on Thursday" 2015-03-12T05:00. Not annotated: "19,200 TEU",
    # "400-metre", "20 nautical miles", "16.5 metres", "38 million euros", "4 percent", "3
    # percent", "six sister ships", "high water", "IMO 9708114", "a crew of 26",
    # "vestmoorport.com/aurora-2015" and "0800 555 0600" (a phone number holding clock-like
    # groups, after the annotated "0800" and "0600").
    "kestrel-aurora-vestmoor-maiden-call": (
        "2015-03-10",
        [
            ("Thursday", "DATE", "2015-03-12"),
            ("a day", "DURATION", "P1D"),
            ("March 10", "DATE", "2015-03-10"),
            ("0600 local time", "TIME", "2015-03-12T06:00"),
            ("Thursday", "DATE", "2015-03-12"),
            ("a day", "DURATION", "P1D"),
            ("Tuesday", "DATE", "2015-03-10"),
            ("about 30 hours", "DURATION", "PT30H"),
            ("the weekend", "DATE", "2015-W10-WE"),
            ("12 March", "DATE", "2015-03-12"),
            ("0600 LT", "TIME", "2015-03-12T06:00"),
            ("about 48 hours", "DURATION", "PT48H"),
            ("Saturday morning", "TIME", "2015-03-14TMO"),
            ("around 0130", "TIME", "2015-03-12T01:30"),
            ("an hour", "DURATION", "PT1H"),
            ("the past two years", "DURATION", "P2Y"),
            ("January", "DATE", "2015-01"),
            ("Five years ago", "DATE", "2010"),
            ("2014", "DATE", "2014"),
            ("December", "DATE", "2014-12"),
            ("mid-2016", "DATE", "2016"),
            ("weekly", "SET", "P1W"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("0800", "TIME", "2015-03-11T08:00"),
            ("Wednesday", "DATE", "2015-03-11"),
            ("1800", "TIME", "2015-03-12T18:00"),
            ("the following day", "DATE", "2015-03-12"),
            ("Monday", "DATE", "2015-03-09"),
            ("Friday", "DATE", "2015-03-13"),
            ("2014", "DATE", "2014"),
            ("the year before", "DATE", "2013"),
            ("this year", "DATE", "2015"),
            ("less than a decade", "DURATION", "P10Y"),
            ("0500", "TIME", "2015-03-12T05:00"),
            ("Thursday", "DATE", "2015-03-12"),
        ],
    ),
    # Wednesday 2012-10-03 (ISO week 40), US regional paper's labor story, headline ("for
    # third day"), byline, date line "Wednesday, October 3, 2012", "BAYRIDGE, N.J. —"
    # dateline; "today" the publication day. The contract "expired at midnight Sept. 30" ->
    # "midnight" 2012-09-30T24:00 (the midnight that ends the day, gold_blind10, gold_blind29)
    # and "Sept. 30" a DATE. The walkout began "at 7 a.m. Monday" 2012-10-01, so today is its
    # third day: "third day" (headline) and "a third day" are ordinal runs, DURATION P1D
    # (gold_blind12's "ninth day", gold_blind89). Past: talks "Sunday" 2012-09-30 for "14
    # hours", broken off "shortly before 11 p.m." -> "11 p.m." 2012-09-30T23:00 ("shortly
    # before" a signal, gold_blind15); the offer "made Saturday" 2012-09-29; "on Tuesday" and
    # "late Tuesday" 2012-10-02. Future: the mediator "Thursday" 2012-10-04; "by the weekend"
    # 2012-W40-WE. "six-year", "four-year", "80-day" and "weeklong" adjectival DURATIONs;
    # "by 90 days, in June" P90D and 2012-06; "a 9 percent raise over three years" P3Y; "a
    # crane operator for 22 years" P22Y; "this morning" 2012-10-03TMO; "last month" 2012-09;
    # the port's fiscal year runs July-June and is named by the year it ends: "fiscal 2012,
    # which ended June 30" FY2012 plus 2012-06-30 (gold_blind35). Not annotated: "Local 1804"
    # (a union local), "Terminal 4", "2,300", "9 percent", "6 percent", "31 ships", "4,000
    # containers", "$1 billion", "2.9 million", "the third busiest", "the holiday season" (a
    # retail period, gold_blind19), "as long as it takes", "201-555-1977" (a phone number
    # ending like 1977, after the annotated "1977"), "bmtec.org/2012-contract".
    "bayridge-dockworkers-strike-third-day": (
        "2012-10-03",
        [
            ("third day", "DURATION", "P1D"),
            ("Wednesday, October 3, 2012", "DATE", "2012-10-03"),
            ("a third day", "DURATION", "P1D"),
            ("today", "DATE", "2012-10-03"),
            ("midnight", "TIME", "2012-09-30T24:00"),
            ("Sept. 30", "DATE", "2012-09-30"),
            ("7 a.m.", "TIME", "2012-10-01T07:00"),
            ("Monday", "DATE", "2012-10-01"),
            ("Thursday", "DATE", "2012-10-04"),
            ("14 hours", "DURATION", "PT14H"),
            ("Sunday", "DATE", "2012-09-30"),
            ("11 p.m.", "TIME", "2012-09-30T23:00"),
            ("six-year", "DURATION", "P6Y"),
            ("2006", "DATE", "2006"),
            ("90 days", "DURATION", "P90D"),
            ("June", "DATE", "2012-06"),
            ("2014", "DATE", "2014"),
            ("three years", "DURATION", "P3Y"),
            ("Saturday", "DATE", "2012-09-29"),
            ("four-year", "DURATION", "P4Y"),
            ("2009", "DATE", "2009"),
            ("22 years", "DURATION", "P22Y"),
            ("this morning", "TIME", "2012-10-03TMO"),
            ("Tuesday", "DATE", "2012-10-02"),
            ("80-day", "DURATION", "P80D"),
            ("weeklong", "DURATION", "P1W"),
            ("last month", "DATE", "2012-09"),
            ("fiscal 2012", "DATE", "FY2012"),
            ("June 30", "DATE", "2012-06-30"),
            ("1977", "DATE", "1977"),
            ("44 days", "DURATION", "P44D"),
            ("late Tuesday", "DATE", "2012-10-02"),
            ("the weekend", "DATE", "2012-W40-WE"),
        ],
    ),
    # Friday 2013-08-23 (ISO week 34: 19-25 August), freight research house's weekly rates
    # report, heading "BOX RATES WEEKLY | Week 34, 2013" ("Week 34, 2013" one DATE span, the
    # ISO week, gold_blind89), date line "Friday 23 August 2013", headline, byline. "Rates for
    # week 34" 2013-W34 (a numbered week in running text, gold_blind93); "the week before"
    # 2013-W33; "the same week last year" one span 2012-W34 (gold_blind22). "for a second
    # straight week" and "for a fourth straight week" are ordinal runs, DURATION P1W
    # (gold_blind23, gold_blind89). Past weekdays: the increase "took effect on Monday"
    # 2013-08-19, the loss "on Wednesday" 2013-08-21, the fixture "on Tuesday" 2013-08-20;
    # "Friday 30 August" the next issue, 2013-08-30. "1 September", "15 September",
    # "mid-September", the adjectival "September bookings" and "the September increase"
    # 2013-09 ahead; "this week" 2013-W34; "now" PRESENT_REF; "the start of the year" 2013
    # (modifier not recorded, gold_blind5); "this month" 2013-08; "the fourth quarter"
    # 2013-Q4 and "the first half of 2014" 2014-H1 (calendar, no fiscal year described);
    # "in July" and "in June" 2013-07 and 2013-06; "a second-quarter net loss" ->
    # "second-quarter" 2013-Q2, an adjectival quarter; "the coming weeks" PXW; "(built 2004)"
    # 2004; "for 12 months" P12M; "early July" 2013-07; "the past three months" P3M; "in the
    # week" the report's week 2013-W34 and "a week earlier" 2013-W33 (gold_blind80); "in
    # October" 2013-10; "the second quarter of 2014" one span. Not annotated: "BOX RATES
    # WEEKLY" (a title), "its first quarterly loss" ("quarterly" the period of a figure, not a
    # recurrence, like "its usual monthly total" in gold_blind103), "a peak season surcharge",
    # "6%", "6 percent", "31 percent", "38 percent", "3 percent", "12 percent", "86 percent",
    # "93 percent", "$1,412 per FEU", "$2,300", "$400", "$1,880", "$62 million",
    # "$7,500/day", "$6,900/day" (rates), "IFO380" (a fuel grade), "$598/tonne", "4,250 TEU",
    # "10,000 TEU", "11 ... sailings", "14 ships", "22", "the third-largest".
    "box-rates-weekly-week-34-asia-europe": (
        "2013-08-23",
        [
            ("Week 34, 2013", "DATE", "2013-W34"),
            ("Friday 23 August 2013", "DATE", "2013-08-23"),
            ("a second straight week", "DURATION", "P1W"),
            ("Monday", "DATE", "2013-08-19"),
            ("week 34", "DATE", "2013-W34"),
            ("the week before", "DATE", "2013-W33"),
            ("the same week last year", "DATE", "2012-W34"),
            ("1 September", "DATE", "2013-09-01"),
            ("15 September", "DATE", "2013-09-15"),
            ("this week", "DATE", "2013-W34"),
            ("September", "DATE", "2013-09"),
            ("mid-September", "DATE", "2013-09"),
            ("a fourth straight week", "DURATION", "P1W"),
            ("now", "DATE", "PRESENT_REF"),
            ("the start of the year", "DATE", "2013"),
            ("this month", "DATE", "2013-08"),
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("the first half of 2014", "DATE", "2014-H1"),
            ("July", "DATE", "2013-07"),
            ("June", "DATE", "2013-06"),
            ("second-quarter", "DATE", "2013-Q2"),
            ("Wednesday", "DATE", "2013-08-21"),
            ("2011", "DATE", "2011"),
            ("the coming weeks", "DURATION", "PXW"),
            ("2004", "DATE", "2004"),
            ("Tuesday", "DATE", "2013-08-20"),
            ("12 months", "DURATION", "P12M"),
            ("early July", "DATE", "2013-07"),
            ("the past three months", "DURATION", "P3M"),
            ("the week", "DATE", "2013-W34"),
            ("a week earlier", "DATE", "2013-W33"),
            ("October", "DATE", "2013-10"),
            ("September", "DATE", "2013-09"),
            ("the second quarter of 2014", "DATE", "2014-Q2"),
            ("Friday 30 August", "DATE", "2013-08-30"),
        ],
    ),
    # Monday 2014-11-17 (ISO week 47), international business paper's website, headline ("to
    # April 2016"), byline "in Puerto Calima", stamp "November 17, 2014 6:42 pm" (DATE and
    # TIME); "on Monday" is the publication day, "on Friday" 2014-11-14. "almost two years
    # later than first promised" the size of a delay, DURATION P2Y (gold_blind35); "for three
    # weeks earlier this year" P3W and 2014 (gold_blind14's "earlier this month"); "As recently
    # as June" -> "June" 2014-06 ("As recently as" a signal-like adverbial, left out);
    # "the first half of 2015" 2015-H1; "by the end of October" 2014-10; "now" PRESENT_REF;
    # "the second quarter of next year" one span 2015-Q2 and "the fourth quarter" after it
    # 2015-Q4 (calendar quarters: only the authority's own fiscal year is described, and
    # these quarters are a construction timetable's); "21 days" P21D; "in January and
    # February" 2014-01 and 2014-02, "in March" 2014-03 (past); "over five years" P5Y; "since
    # 2012"; "in 2009"; "last year" 2013; "from mid-2015" 2015; "Over the past decade" ->
    # "the past decade" P10Y; "date from 1921"; the authority's "fiscal 2014, which ended on
    # 30 September" FY2014 plus 2014-09-30 (an October-September year named by the year it
    # ends, as the text says); "at least six months before they open" an anchored duration
    # P6M; "on 15 December" 2014-12-15; "since 2010". Not annotated: "24 hours a day" (an
    # idiom, gold_blind89), "opening dates", "$5.4bn", "82 per cent", "$180m", "$1.6bn",
    # "13,000 TEU", "about 60 per cent", "5,000 TEU", "4 per cent", "$2.6bn", "13,400
    # transits", "three opening dates", "GUM".
    "marrena-canal-expansion-delayed-april-2016": (
        "2014-11-17",
        [
            ("April 2016", "DATE", "2016-04"),
            ("November 17, 2014", "DATE", "2014-11-17"),
            ("6:42 pm", "TIME", "2014-11-17T18:42"),
            ("April 2016", "DATE", "2016-04"),
            ("almost two years", "DURATION", "P2Y"),
            ("three weeks", "DURATION", "P3W"),
            ("earlier this year", "DATE", "2014"),
            ("Monday", "DATE", "2014-11-17"),
            ("September 2007", "DATE", "2007-09"),
            ("2014", "DATE", "2014"),
            ("June", "DATE", "2014-06"),
            ("the first half of 2015", "DATE", "2015-H1"),
            ("the end of October", "DATE", "2014-10"),
            ("now", "DATE", "PRESENT_REF"),
            ("the second quarter of next year", "DATE", "2015-Q2"),
            ("the fourth quarter", "DATE", "2015-Q4"),
            ("April 2016", "DATE", "2016-04"),
            ("21 days", "DURATION", "P21D"),
            ("January", "DATE", "2014-01"),
            ("February", "DATE", "2014-02"),
            ("March", "DATE", "2014-03"),
            ("five years", "DURATION", "P5Y"),
            ("Friday", "DATE", "2014-11-14"),
            ("2012", "DATE", "2012"),
            ("2009", "DATE", "2009"),
            ("last year", "DATE", "2013"),
            ("mid-2015", "DATE", "2015"),
            ("the past decade", "DURATION", "P10Y"),
            ("1921", "DATE", "1921"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("30 September", "DATE", "2014-09-30"),
            ("at least six months", "DURATION", "P6M"),
            ("15 December", "DATE", "2014-12-15"),
            ("2010", "DATE", "2010"),
        ],
    ),
    # Saturday 2012-10-27 (ISO week 43), Australian rural paper's website, headline, stamp
    # "27 Oct, 2012 06:00 AM" (DATE and TIME, gold_blind103), byline. "the harvest shipping
    # season from November to March" -> "November" 2012-11 and "March" 2013-03, the season's
    # name left out (a trade season, gold_blind15, gold_blind89); "more than a week" P1W; "in
    # December" 2012-12; "last week" 2012-W42; "by Thursday" 2012-10-25 and "said on
    # Wednesday" 2012-10-24 (past); "this weekend" in a Saturday paper its own weekend,
    # 2012-W43-WE (gold_blind22); "early next week" 2012-W44; "a dry September" -> "September"
    # 2012-09 (the head noun, like "a colder than average November"); "on 5 November",
    # "November and December" ahead; "a year ago" 2011 (the unit's granularity); "since
    # 2010"; "up to three weeks" P3W; "now" PRESENT_REF; "two years ago" 2010. The sites'
    # hours recur: "from 7am to 7pm daily" two TIMEs XXXX-XX-XXThh:mm and the SET P1D, "until
    # 10pm" XXXX-XX-XXT22:00 (gold_blind28, gold_blind89), "from Monday" 2012-10-29 (ahead).
    # "Christmas" (twice) 2012-12-25, "New Year's Day" 2013-01-01; "at least 28 days" before
    # an arrival P28D (anchored); "on 11 April" of last season 2012-04-11 (past); "late
    # March or early April" ahead 2013-03 and 2013-04; "the 2011-12 financial year" one span
    # FY2012 (Australian July-June year named by the year it ends, gold_blind9, gold_blind21);
    # "on 22 November" 2012-11-22; "three-month" P3M; "a drier than average summer" ->
    # "summer" 2013-SU, the southern summer of 2012-13 taking the year of its January
    # (gold_blind9). Not annotated: "the harvest shipping season", "The first ship of the
    # season", "Last season", "this season" (crop shipping seasons, no calendar unit),
    # "Harvest", "around the clock", "6.2 million tonnes", "210,000 tonnes", "38 vessels",
    # "26", "$120 million", "twice", "the five busiest", "$48 million", "1800 555 212",
    # "coastgrain.com.au/harvest2012" (a URL with a year).
    "coastgrain-harvest-shipping-season-queues": (
        "2012-10-27",
        [
            ("27 Oct, 2012", "DATE", "2012-10-27"),
            ("06:00 AM", "TIME", "2012-10-27T06:00"),
            ("November", "DATE", "2012-11"),
            ("March", "DATE", "2013-03"),
            ("more than a week", "DURATION", "P1W"),
            ("December", "DATE", "2012-12"),
            ("last week", "DATE", "2012-W42"),
            ("Thursday", "DATE", "2012-10-25"),
            ("this weekend", "DATE", "2012-W43-WE"),
            ("early next week", "DATE", "2012-W44"),
            ("September", "DATE", "2012-09"),
            ("5 November", "DATE", "2012-11-05"),
            ("November", "DATE", "2012-11"),
            ("December", "DATE", "2012-12"),
            ("a year ago", "DATE", "2011"),
            ("Wednesday", "DATE", "2012-10-24"),
            ("2010", "DATE", "2010"),
            ("up to three weeks", "DURATION", "P3W"),
            ("now", "DATE", "PRESENT_REF"),
            ("two years ago", "DATE", "2010"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("daily", "SET", "P1D"),
            ("Monday", "DATE", "2012-10-29"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("Christmas", "DATE", "2012-12-25"),
            ("New Year's Day", "DATE", "2013-01-01"),
            ("at least 28 days", "DURATION", "P28D"),
            ("11 April", "DATE", "2012-04-11"),
            ("late March", "DATE", "2013-03"),
            ("early April", "DATE", "2013-04"),
            ("the 2011-12 financial year", "DATE", "FY2012"),
            ("22 November", "DATE", "2012-11-22"),
            ("three-month", "DURATION", "P3M"),
            ("summer", "DATE", "2013-SU"),
            ("Christmas", "DATE", "2012-12-25"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
