"""Annotations of the hundred-and-thirteenth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind113/annotate.py [--show]

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
    # Thursday 2014-09-04 (ISO week 36), agency wire on British monthly new-car registrations,
    # stamp "Thu Sep 4, 2014 9:14am BST" (date and clock time two TIMEX3, the zone in the span
    # and not in the value) and "LONDON, Sept 4 (Halden Wire) -" dateline. "August" is
    # 2014-08 throughout (headline, lead, fleet figures and the adjectival "the August
    # tables", like "The December price figures" in gold_blind23); "a year earlier" after it
    # 2013-08 (the granularity of what it is compared with). The "64" plate "arrived on
    # Monday" 2014-09-01 (past); the van figures are "due on Tuesday" 2014-09-09 (future).
    # "for 30 months in a row" -> "30 months" P30M, "in a row" left out like "six days in a
    # row" (gold_blind36); the run from "March 2012" to August 2014 is those 30 months.
    # "twice a year" SET P1Y (gold_blind3); "every month" SET P1M; "pay monthly instalments"
    # an adjectival frequency naming a recurrence, SET P1M (like "monthly leak surveys",
    # gold_blind35), as is "publishes its figures monthly". "the first eight months" DURATION
    # P8M (gold_blind38); "the full year" 2014; "year to date" 2014 (gold_blind23); "September
    # last year" one DATE span 2013-09, like "the same month last year" (gold_blind63);
    # "most of this year" -> "this year" (gold_blind9, gold_blind14); "early next year" 2015.
    # Not annotated: "9 pct", the plates "64" and "63", "the highest annual total" ("annual"
    # names the period of a figure, like "its usual monthly total", gold_blind103), "Sorrel
    # 1900" (a model name), "0.5 percent", "mrc-data.co.uk/registrations/2014-08" (a URL),
    # counts and percentages.
    "uk-new-car-sales-august-plate-change": (
        "2014-09-04",
        [
            ("August", "DATE", "2014-08"),
            ("Thu Sep 4, 2014", "DATE", "2014-09-04"),
            ("9:14am BST", "TIME", "2014-09-04T09:14"),
            ("Sept 4", "DATE", "2014-09-04"),
            ("August", "DATE", "2014-08"),
            ("a year earlier", "DATE", "2013-08"),
            ("Thursday", "DATE", "2014-09-04"),
            ("Monday", "DATE", "2014-09-01"),
            ("last month", "DATE", "2014-08"),
            ("August 2013", "DATE", "2013-08"),
            ("30 months", "DURATION", "P30M"),
            ("twice a year", "SET", "P1Y"),
            ("the first eight months", "DURATION", "P8M"),
            ("the full year", "DATE", "2014"),
            ("2004", "DATE", "2004"),
            ("April", "DATE", "2014-04"),
            ("every month", "SET", "P1M"),
            ("March 2012", "DATE", "2012-03"),
            ("monthly", "SET", "P1M"),
            ("three years", "DURATION", "P3Y"),
            ("August", "DATE", "2014-08"),
            ("year to date", "DATE", "2014"),
            ("this month", "DATE", "2014-09"),
            ("September last year", "DATE", "2013-09"),
            ("this year", "DATE", "2014"),
            ("the coming months", "DURATION", "PXM"),
            ("2015", "DATE", "2015"),
            ("March 2009", "DATE", "2009-03"),
            ("early next year", "DATE", "2015"),
            ("Tuesday", "DATE", "2014-09-09"),
            ("1919", "DATE", "1919"),
            ("monthly", "SET", "P1M"),
            ("August", "DATE", "2014-08"),
        ],
    ),
    # Monday 2015-01-12 (ISO week 3), US trade website's new-model launch story, stamps
    # "January 12, 2015 - 12:01 am ET" and "UPDATED: January 12, 2015 - 3:40 pm ET" (a DATE
    # and a TIME each), byline and "PORT MARION, Mich. --" dateline. The reveal is "tonight"
    # (headline and lead) 2015-01-12TNI, "set for 7:30 p.m. ET" 2015-01-12T19:30; the news
    # conference "tomorrow at 9:15 a.m." 2015-01-13 and 2015-01-13T09:15, two TIMEX3; the
    # public days open "Saturday" 2015-01-17 and run "through Jan. 25"; the interview was
    # "Sunday" 2015-01-11 (past). Said in January, "this spring" and "the spring" are 2015-SP,
    # "the fall" ahead 2015-FA, "late April" 2015-04 and both "March" 2015-03 (future).
    # "this decade" is the decade of 2015, DATE 201 (see README). "five straight years"
    # DURATION P5Y; "about every six years" SET P6Y with the modifier kept (like "almost every
    # day", gold_blind35); "every quarter" SET P3M; "through 2017" -> "2017". "fourth-quarter
    # earnings" an adjectival quarter, calendar 2014-Q4 (no fiscal year described); "December
    # ... from a year earlier" 2014-12 and 2013-12; "a decade ago" 2005 (the unit's
    # granularity). Not annotated: "The 2016 Tessaro" and "a 2010 model" (model years,
    # gold_blind16, gold_blind94), "over the holidays" (no dates, gold_blind23), "the show's
    # press days" (event days, their first day is "tomorrow"), "halvorsen-media.com/2016-tessaro",
    # "1.5-liter", "36 mpg", "a third", amounts and percentages.
    "halvorsen-tessaro-auto-show-reveal": (
        "2015-01-12",
        [
            ("tonight", "TIME", "2015-01-12TNI"),
            ("this spring", "DATE", "2015-SP"),
            ("January 12, 2015", "DATE", "2015-01-12"),
            ("12:01 am ET", "TIME", "2015-01-12T00:01"),
            ("January 12, 2015", "DATE", "2015-01-12"),
            ("3:40 pm ET", "TIME", "2015-01-12T15:40"),
            ("tonight", "TIME", "2015-01-12TNI"),
            ("nearly three years", "DURATION", "P3Y"),
            ("the spring", "DATE", "2015-SP"),
            ("late April", "DATE", "2015-04"),
            ("March", "DATE", "2015-03"),
            ("two weeks", "DURATION", "P2W"),
            ("this decade", "DATE", "201"),
            ("Sunday", "DATE", "2015-01-11"),
            ("7:30 p.m. ET", "TIME", "2015-01-12T19:30"),
            ("tomorrow", "DATE", "2015-01-13"),
            ("9:15 a.m.", "TIME", "2015-01-13T09:15"),
            ("Saturday", "DATE", "2015-01-17"),
            ("Jan. 25", "DATE", "2015-01-25"),
            ("the fall of 2009", "DATE", "2009-FA"),
            ("five straight years", "DURATION", "P5Y"),
            ("last year", "DATE", "2014"),
            ("2014", "DATE", "2014"),
            ("recent years", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("a decade ago", "DATE", "2005"),
            ("the fall", "DATE", "2015-FA"),
            ("March", "DATE", "2015-03"),
            ("about every six years", "SET", "P6Y"),
            ("every quarter", "SET", "P3M"),
            ("2017", "DATE", "2017"),
            ("two years", "DURATION", "P2Y"),
            ("the summer of 2013", "DATE", "2013-SU"),
            ("2014", "DATE", "2014"),
            ("December", "DATE", "2014-12"),
            ("a year earlier", "DATE", "2013-12"),
            ("March 2007", "DATE", "2007-03"),
            ("fourth-quarter", "DATE", "2014-Q4"),
            ("Feb. 10", "DATE", "2015-02-10"),
        ],
    ),
    # Tuesday 2013-03-19 (ISO week 12), US local paper's plant story, stamp "Posted: Tuesday,
    # March 19, 2013 12:05 am" (a DATE with its weekday and a TIME), byline, no dateline. The
    # announcement was "Monday" 2013-03-18, the plant meeting "Monday afternoon"
    # 2013-03-18TAF and the union briefing "that evening", the evening of that Monday,
    # 2013-03-18TEV. Ahead: "this summer" 2013-SU, "June 10" 2013-06-10, "next week" 2013-W13,
    # "8 a.m. Monday, March 25" and "Saturday, April 6, from 9 a.m. to 4 p.m." (a clock time
    # and its day separate), "Thursday evening" 2013-03-21TEV, "April 2" 2013-04-02. "14
    # months later" after "July 2009" is 2010-09 (N later at the unit's granularity on the
    # narrative's date, gold_blind74). "nearly every weekend" SET XXXX-WXX-WE, the modifier
    # kept; "last fall" in March 2013-FA (the autumn before, gold_blind19). "six-day weeks" ->
    # "six-day" and "10-hour shifts" -> "10-hour", adjectival durations; the shift's hours
    # "from 9 p.m. to 7 a.m." are clock times of a recurring event, XXXX-XX-XXThh:mm (gold_blind28,
    # gold_blind103), with "four nights a week" SET P1W (like "twice a week", gold_blind35).
    # "the 2011 contract" -> "2011", an adjectival year; "so far this year" -> "this year";
    # "the best thing to happen here in a decade" -> "a decade" P10Y (the period of a
    # superlative). Not annotated: "third shift", "two shifts", "three shifts", "hourly
    # workers" (a kind of pay, not a recurrence), "around the clock", "Local 2012" (twice, a
    # union local in a 2013 story), "Lorna May" / "May said" (a name) and "may need" (the
    # verb), "1-866-555-1978" (beside the annotated "1978"), "ostrandercareers.com/calloway".
    "ostrander-calloway-plant-third-shift": (
        "2013-03-19",
        [
            ("Tuesday, March 19, 2013", "DATE", "2013-03-19"),
            ("12:05 am", "TIME", "2013-03-19T00:05"),
            ("this summer", "DATE", "2013-SU"),
            ("Monday", "DATE", "2013-03-18"),
            ("2005", "DATE", "2005"),
            ("June 10", "DATE", "2013-06-10"),
            ("next week", "DATE", "2013-W13"),
            ("Monday afternoon", "TIME", "2013-03-18TAF"),
            ("that evening", "TIME", "2013-03-18TEV"),
            ("8 a.m.", "TIME", "2013-03-25T08:00"),
            ("Monday, March 25", "DATE", "2013-03-25"),
            ("Saturday, April 6", "DATE", "2013-04-06"),
            ("9 a.m.", "TIME", "2013-04-06T09:00"),
            ("4 p.m.", "TIME", "2013-04-06T16:00"),
            ("Thursday evening", "TIME", "2013-03-21TEV"),
            ("July 2009", "DATE", "2009-07"),
            ("14 months later", "DATE", "2010-09"),
            ("nearly every weekend", "SET", "XXXX-WXX-WE"),
            ("last fall", "DATE", "2012-FA"),
            ("six-day", "DURATION", "P6D"),
            ("five months", "DURATION", "P5M"),
            ("10-hour", "DURATION", "PT10H"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("four nights a week", "SET", "P1W"),
            ("2011", "DATE", "2011"),
            ("four years", "DURATION", "P4Y"),
            ("the next two years", "DURATION", "P2Y"),
            ("1978", "DATE", "1978"),
            ("the late 1990s", "DATE", "199"),
            ("now", "DATE", "PRESENT_REF"),
            ("February", "DATE", "2013-02"),
            ("this year", "DATE", "2013"),
            ("2013", "DATE", "2013"),
            ("2007", "DATE", "2007"),
            ("a decade", "DURATION", "P10Y"),
            ("April 2", "DATE", "2013-04-02"),
        ],
    ),
    # Friday 2015-05-22 (ISO week 21), Australian motoring website's recall story, stamp
    # "Friday, 22 May 2015 11:42am" (a DATE and a TIME), byline, no dateline. The notice was
    # published "on Wednesday" 2015-05-20; the spokesman spoke "yesterday" 2015-05-21 and the
    # dealers were briefed "last night", the night of that yesterday, 2015-05-21TNI
    # (gold_blind35). "until January this year" -> "January this year" one span 2015-01, like
    # "September last year"; "In August last year" 2014-08. "from next week" 2015-W22; "within
    # 28 days of receiving it" -> "28 days" (a duration anchored to an event); "by mid-June"
    # 2015-06; "until the end of July" 2015-07; "at least 12 months" P12M. "on Saturday
    # mornings" SET XXXX-WXX-6TMO; the customer line's hours "from 8am to 8pm AEST every day"
    # are XXXX-XX-XXThh:mm (the zone in the span) with "every day" SET P1D. "the second recall
    # ... in less than a year" -> "less than a year" P1Y (the period of a count). "earlier this
    # month" 2015-05; "this year" (twice) 2015; "recent years" PAST_REF; "put it off for
    # weeks" -> "weeks" PXW; "updates the Sorano annually" SET P1Y (gold_blind74); "the second
    # half of next year" 2016-H2, one span. Not annotated: "MY13 to MY15" (model-year codes,
    # gold_blind16, gold_blind94), "PRA 2015/14633" (a recall reference),
    # "kimura.com.au/recall/2015-05", "1800 555 201", "since its local launch" and "have since
    # been fixed" (anaphoric), "may have been fitted" (the verb), "12 of the 214", "third
    # best-selling", counts and percentages.
    "kimura-sorano-fuel-line-recall": (
        "2015-05-22",
        [
            ("Friday, 22 May 2015", "DATE", "2015-05-22"),
            ("11:42am", "TIME", "2015-05-22T11:42"),
            ("less than a year", "DURATION", "P1Y"),
            ("1 March 2013", "DATE", "2013-03-01"),
            ("30 November 2014", "DATE", "2014-11-30"),
            ("April 2013", "DATE", "2013-04"),
            ("January this year", "DATE", "2015-01"),
            ("Wednesday", "DATE", "2015-05-20"),
            ("February", "DATE", "2015-02"),
            ("next week", "DATE", "2015-W22"),
            ("28 days", "DURATION", "P28D"),
            ("about 45 minutes", "DURATION", "PT45M"),
            ("yesterday", "DATE", "2015-05-21"),
            ("mid-June", "DATE", "2015-06"),
            ("last night", "TIME", "2015-05-21TNI"),
            ("Saturday mornings", "SET", "XXXX-WXX-6TMO"),
            ("the end of July", "DATE", "2015-07"),
            ("at least 12 months", "DURATION", "P12M"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm AEST", "TIME", "XXXX-XX-XXT20:00"),
            ("every day", "SET", "P1D"),
            ("August last year", "DATE", "2014-08"),
            ("2013", "DATE", "2013"),
            ("this year", "DATE", "2015"),
            ("earlier this month", "DATE", "2015-05"),
            ("last year", "DATE", "2014"),
            ("this year", "DATE", "2015"),
            ("recent years", "DATE", "PAST_REF"),
            ("weeks", "DURATION", "PXW"),
            ("1972", "DATE", "1972"),
            ("annually", "SET", "P1Y"),
            ("the second half of next year", "DATE", "2016-H2"),
        ],
    ),
    # Wednesday 2012-10-31 (ISO week 44), international business paper's quarterly-results
    # story on a German carmaker whose financial year is the calendar year (no fiscal year is
    # described, so calendar quarters, gold_blind35, gold_blind74), headline, standfirst,
    # stamp "October 31, 2012 6:42 pm" (a DATE and a TIME), byline "in Kesselbrück". The results
    # came "on Wednesday", the publication day; the call "at 2pm CET" 2012-10-31T14:00; the
    # rival reported "on Tuesday" 2012-10-30 (past). "the second time in three months"
    # (standfirst and lead) -> "three months" P3M, the period of a count (gold_blind103).
    # "full-year" (standfirst and last paragraph) an adjectival year, 2012 (gold_blind74).
    # "the three months to September" -> "the three months" P3M plus "September" 2012-09
    # (gold_blind23, gold_blind74), and "a year earlier" after it 2011-Q3, the granularity of
    # the quarter it is compared with; "the first nine months" P9M (gold_blind38). "for 11
    # days in November and December" -> P11D, 2012-11, 2012-12; "for two weeks over Christmas"
    # -> P2W and "Christmas" 2012-12-25. "a fifth consecutive year" DURATION P1Y, like "a third
    # straight month" P1M (gold_blind18, gold_blind23). "year-on-year in September" ->
    # "year-on-year" 2011-09 (the granularity of the month compared, gold_blind51) and
    # "September" 2012-09. "the end of the quarter" and "the quarter" are the third quarter
    # just reported, 2012-Q3; "its thinnest in a decade" -> "a decade" P10Y; "recently"
    # PAST_REF. "Last month, at the Rhenfeld motor show" 2012-09; "late 2013" 2013; "the end
    # of 2014" 2014; "February 21" ahead, 2013-02-21. Not annotated: "38%" (headline), "a
    # quarter of their value" (a fraction), "Vision 2018" (a strategy's name, like "Plan 1995"
    # in gold_blind35), "a second shift", "€412m", "€665m", "€9.8bn", "€1.6bn", "1.18m",
    # "€31.80", "fourth-largest", "the second time", counts and percentages.
    "varenholt-third-quarter-profit-falls": (
        "2012-10-31",
        [
            ("full-year", "DATE", "2012"),
            ("three months", "DURATION", "P3M"),
            ("October 31, 2012", "DATE", "2012-10-31"),
            ("6:42 pm", "TIME", "2012-10-31T18:42"),
            ("three months", "DURATION", "P3M"),
            ("Wednesday", "DATE", "2012-10-31"),
            ("the third quarter", "DATE", "2012-Q3"),
            ("the three months", "DURATION", "P3M"),
            ("September", "DATE", "2012-09"),
            ("a year earlier", "DATE", "2011-Q3"),
            ("the first nine months", "DURATION", "P9M"),
            ("this year", "DATE", "2012"),
            ("July", "DATE", "2012-07"),
            ("2011", "DATE", "2011"),
            ("11 days", "DURATION", "P11D"),
            ("November", "DATE", "2012-11"),
            ("December", "DATE", "2012-12"),
            ("two weeks", "DURATION", "P2W"),
            ("Christmas", "DATE", "2012-12-25"),
            ("The next 18 months", "DURATION", "P18M"),
            ("2pm CET", "TIME", "2012-10-31T14:00"),
            ("2014", "DATE", "2014"),
            ("a fifth consecutive year", "DURATION", "P1Y"),
            ("1993", "DATE", "1993"),
            ("year-on-year", "DATE", "2011-09"),
            ("September", "DATE", "2012-09"),
            ("the end of the quarter", "DATE", "2012-Q3"),
            ("a decade", "DURATION", "P10Y"),
            ("1998", "DATE", "1998"),
            ("the quarter", "DATE", "2012-Q3"),
            ("June", "DATE", "2012-06"),
            ("the fourth quarter", "DATE", "2012-Q4"),
            ("recently", "DATE", "PAST_REF"),
            ("March", "DATE", "2012-03"),
            ("2014", "DATE", "2014"),
            ("November 20", "DATE", "2012-11-20"),
            ("Last month", "DATE", "2012-09"),
            ("late 2013", "DATE", "2013"),
            ("Tuesday", "DATE", "2012-10-30"),
            ("the end of 2014", "DATE", "2014"),
            ("fourth-quarter", "DATE", "2012-Q4"),
            ("full-year", "DATE", "2012"),
            ("February 21", "DATE", "2013-02-21"),
        ],
    ),
    # Saturday 2013-08-17 (ISO week 33), British weekend motoring supplement's classic-car
    # feature, headline, standfirst with byline, date line "Saturday 17 August 2013". "Fifty
    # years on" (headline) DATE 2013, "N on" at the unit's granularity (gold_blind10); "Fifty
    # years ago this week" one DATE span 1963-W33, the week with the current week's number
    # fifty years back (gold_blind30, gold_blind48), confirmed by "Wednesday 14 August 1963" in
    # that week. "This weekend" (standfirst) and "this weekend" 2013-W33-WE; "on Sunday
    # afternoon" 2013-08-18TAF; "at 9am tomorrow" 2013-08-18T09:00 and 2013-08-18. "a
    # half-century" DURATION P50Y (like "half a century", gold_blind7). "the winter of 1961-62"
    # one span 1962-WI, a winter named by its January (gold_blind103); "the motor show that
    # autumn" -> "that autumn" 1962-FA on the narrative's winter; "missed it by a year" the
    # size of a delay, P1Y (gold_blind35). "Two days later" after "Tuesday 15 October 1963" is
    # 1963-10-17 and "the following week" 1963-W43. "two years later" after 1979 is 1981.
    # "For decades" -> "decades" PXY (gold_blind6); "doubled in five years" P5Y (how long a
    # change took, gold_blind35); "now" and "These days" PRESENT_REF; "this year's" -> "this
    # year" 2013. "every summer" SET XXXX-SU, "each spring" SET XXXX-SP. Not annotated: "the
    # Ardmore 24 Hours" (a race's name), "a Saturday shift" (a kind of shift), "every 40,000
    # miles" (an interval of distance, not of time), "April Denholm" (a name), "may grumble"
    # (the verb), "1275cc", "£595", "£18,000", "84" (an age), "61,000", "1,400 orders".
    "merrow-linnet-fifty-years-classic": (
        "2013-08-17",
        [
            ("Fifty years on", "DATE", "2013"),
            ("1963", "DATE", "1963"),
            ("five years", "DURATION", "P5Y"),
            ("This weekend", "DATE", "2013-W33-WE"),
            ("a half-century", "DURATION", "P50Y"),
            ("Saturday 17 August 2013", "DATE", "2013-08-17"),
            ("Fifty years ago this week", "DATE", "1963-W33"),
            ("Wednesday 14 August 1963", "DATE", "1963-08-14"),
            ("five years", "DURATION", "P5Y"),
            ("1979", "DATE", "1979"),
            ("1946", "DATE", "1946"),
            ("the winter of 1961-62", "DATE", "1962-WI"),
            ("six weeks", "DURATION", "P6W"),
            ("that autumn", "DATE", "1962-FA"),
            ("a year", "DURATION", "P1Y"),
            ("Tuesday 15 October 1963", "DATE", "1963-10-15"),
            ("Two days later", "DATE", "1963-10-17"),
            ("the following week", "DATE", "1963-W43"),
            ("the 1960s", "DATE", "196"),
            ("1966", "DATE", "1966"),
            ("1967", "DATE", "1967"),
            ("the mid-1970s", "DATE", "197"),
            ("1974", "DATE", "1974"),
            ("29 June 1979", "DATE", "1979-06-29"),
            ("two years later", "DATE", "1981"),
            ("1982", "DATE", "1982"),
            ("decades", "DURATION", "PXY"),
            ("five years", "DURATION", "P5Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("the mid-1980s", "DATE", "198"),
            ("1972", "DATE", "1972"),
            ("These days", "DATE", "PRESENT_REF"),
            ("two years", "DURATION", "P2Y"),
            ("every summer", "SET", "XXXX-SU"),
            ("this year", "DATE", "2013"),
            ("this weekend", "DATE", "2013-W33-WE"),
            ("Sunday afternoon", "TIME", "2013-08-18TAF"),
            ("9am", "TIME", "2013-08-18T09:00"),
            ("tomorrow", "DATE", "2013-08-18"),
            ("1963", "DATE", "1963"),
            ("1974", "DATE", "1974"),
            ("the early 1970s", "DATE", "197"),
            ("each spring", "SET", "XXXX-SP"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
