"""Annotations of blind gold set 414, chosen by hand before the tagger ran.

    python tests/data/gold_blind414/annotate.py [--show]

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
    # Wednesday 2017-02-22 (ISO week 8), English regional daily's council budget story, section
    # label, headline, standfirst, byline, date line "Wednesday 22 February 2017" (one span with
    # its weekday). The meeting was "last night", Tuesday 2017-02-21, TNI (the night of the
    # "yesterday" it reports, gold_blind35, gold_blind103); its clock times "shortly before
    # 11pm" ("shortly before" a signal), "6.30pm", "5pm" and "about 10.15pm" are on that
    # Tuesday. "the 2017/18 financial year" one DATE span FY2018 (an English council's year
    # runs April-March and is named by the year it ends, gold_blind11, gold_blind21); "the
    # final accounts for 2016/17" -> "2016/17" FY2017, the financial year just ending (see
    # README). "from April" (headline) 2017-04 and "from 1 April" 2017-04-01; "every
    # fortnight" SET P2W (gold_blind21), "every week" and "weekly" SET P1W; "June" (standfirst)
    # and "Monday 5 June" 2017-06-05; "four-hour" DURATION PT4H (adjectival), "more than four
    # hours" PT4H. "Last year" 2016 (the value follows the wording, gold_blind35); "the next
    # three years" P3Y; "for seven years" P7Y; "by March 2018" 2018-03; "ran for six weeks
    # over Christmas" -> "six weeks" P6W and "Christmas" 2016-12-25 (past); "pushed through in
    # a fortnight" -> "a fortnight" DURATION P2W (how long a past thing took, gold_blind103's
    # "in 24 hours"); "the autumn" ahead 2017-FA; "31 March" 2017-03-31; "later this year" 2017;
    # "Earlier this month" 2017-02; "April 2012"; "Tuesday 14 March" 2017-03-14 and "Thursday
    # 20 April" 2017-04-20 with "6.30pm" that day; "Proposals published on Monday" the past
    # Monday 2017-02-20; "up to two hours" DURATION PT2H (the modifier kept); "free after 3pm
    # on Saturdays" -> "3pm" XXXX-XX-XXT15:00 and "Saturdays" SET XXXX-WXX-6 (gold_blind3,
    # gold_blind103); "July" 2017-07. Not annotated: "the annual Band D bill" (an adjective
    # naming the period of a figure, like "its usual monthly total" in gold_blind103), "Band
    # D", "31 votes to 22", "£1,517.34", "4.99 per cent", "3.99 per cent", "fifth", "in a row",
    # "60", "£38m", "£11.2m", "£1.1m", "2,017 responses" (a count shaped like the year), "64
    # per cent", "the Vision 2030 regeneration scheme" (a name), "a third", "£2", "£2.50",
    # the web address "scarbridge.gov.uk/budget2017" (a year in a URL), "01632 960 417".
    "scarbridge-council-tax-budget": (
        "2017-02-22",
        [
            ("April", "DATE", "2017-04"),
            ("every fortnight", "SET", "P2W"),
            ("June", "DATE", "2017-06"),
            ("four-hour", "DURATION", "PT4H"),
            ("Wednesday 22 February 2017", "DATE", "2017-02-22"),
            ("1 April", "DATE", "2017-04-01"),
            ("the 2017/18 financial year", "DATE", "FY2018"),
            ("last night", "TIME", "2017-02-21TNI"),
            ("11pm", "TIME", "2017-02-21T23:00"),
            ("2009", "DATE", "2009"),
            ("Last year", "DATE", "2016"),
            ("6.30pm", "TIME", "2017-02-21T18:30"),
            ("more than four hours", "DURATION", "PT4H"),
            ("5pm", "TIME", "2017-02-21T17:00"),
            ("2010", "DATE", "2010"),
            ("the next three years", "DURATION", "P3Y"),
            ("seven years", "DURATION", "P7Y"),
            ("Monday 5 June", "DATE", "2017-06-05"),
            ("every fortnight", "SET", "P2W"),
            ("every week", "SET", "P1W"),
            ("March 2018", "DATE", "2018-03"),
            ("weekly", "SET", "P1W"),
            ("six weeks", "DURATION", "P6W"),
            ("Christmas", "DATE", "2016-12-25"),
            ("a fortnight", "DURATION", "P2W"),
            ("the autumn", "DATE", "2017-FA"),
            ("about 10.15pm", "TIME", "2017-02-21T22:15"),
            ("31 March", "DATE", "2017-03-31"),
            ("later this year", "DATE", "2017"),
            ("Earlier this month", "DATE", "2017-02"),
            ("2013", "DATE", "2013"),
            ("April 2012", "DATE", "2012-04"),
            ("Tuesday 14 March", "DATE", "2017-03-14"),
            ("Monday", "DATE", "2017-02-20"),
            ("up to two hours", "DURATION", "PT2H"),
            ("3pm", "TIME", "XXXX-XX-XXT15:00"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("2016/17", "DATE", "FY2017"),
            ("July", "DATE", "2017-07"),
            ("Thursday 20 April", "DATE", "2017-04-20"),
            ("6.30pm", "TIME", "2017-04-20T18:30"),
        ],
    ),
    # Saturday 2018-12-08 (ISO week 49), Scottish daily's transport explainer with question
    # headings and bullets, section label, headline, standfirst, byline, date line "Saturday 8
    # December 2018". "tomorrow" (headline and body) is Sunday 2018-12-09, the day the new
    # timetable starts, "Sunday 9 December"; its first train "at 06:48" 2018-12-09T06:48 (a
    # single run on a named day). "From Monday" 2018-12-10. The new service pattern recurs:
    # "every 15 minutes" (standfirst and bullet) SET PT15M, "between 07:00 and 19:00" two TIMEs
    # XXXX-XX-XXThh:mm (gold_blind89, gold_blind103), "every half-hour" SET PT30M, the last
    # train "at 23:42" XXXX-XX-XXT23:42, "On Sundays ... until about 10am" SET XXXX-WXX-7 and
    # XXXX-XX-XXT10:00, ticket offices "at 06:15 every day" XXXX-XX-XXT06:15 and SET P1D.
    # "20 minutes later than now" -> "20 minutes" DURATION PT20M (the size of a shift, like "a
    # year later than the board proposed" in gold_blind35) and "now" PRESENT_REF. "the May
    # timetable" (twice) -> "May" DATE 2018-05, an adjectival month naming when that timetable
    # began (see README); "21 May" 2018-05-21 (a Monday), "20 May" 2018-05-20, "1 July",
    # "the end of June" 2018-06, "October" 2018-10, all past; "until March" 2019-03 and "by the
    # spring" 2019-SP ahead. "more than a decade" DURATION P10Y (the period of a superlative,
    # gold_blind103); "the 1980s-built units" -> "1980s" DATE 198, the hyphen separating the
    # span from "built" (gold_blind89's "2004-built"); "18-month" P18M; "the first fortnight"
    # DURATION P2W (gold_blind4); "a month of cancellations" P1M; "30 minutes" PT30M; "the past
    # six weeks" P6W; "on Wednesday night and again on Thursday night this week" ->
    # 2018-12-05TNI, 2018-12-06TNI and "this week" 2018-W49 (nights of the past days of the
    # publication week, gold_blind103). Holidays ahead: "Boxing
    # Day" 2018-12-26, "Christmas Day" 2018-12-25, "New Year's Day" 2019-01-01, "2 January"
    # 2019-01-02 with "about 9am" that day. Not annotated: "the winter timetable" (a
    # timetable's name, gold_blind7, gold_blind21), "a Sunday timetable" and "Sunday services"
    # (adjectival weekdays naming kinds, like "a Saturday service" in gold_blind56), "46
    # weekday services", "the first weekday it ran", "LAST TIME" (a heading), "Class 385",
    # "£24m", "112 trains", "forthline.co.uk/dec2018".
    "fife-rail-december-timetable": (
        "2018-12-08",
        [
            ("tomorrow", "DATE", "2018-12-09"),
            ("every 15 minutes", "SET", "PT15M"),
            ("Saturday 8 December 2018", "DATE", "2018-12-08"),
            ("more than a decade", "DURATION", "P10Y"),
            ("tomorrow", "DATE", "2018-12-09"),
            ("May", "DATE", "2018-05"),
            ("Sunday 9 December", "DATE", "2018-12-09"),
            ("06:48", "TIME", "2018-12-09T06:48"),
            ("Monday", "DATE", "2018-12-10"),
            ("every 15 minutes", "SET", "PT15M"),
            ("07:00", "TIME", "XXXX-XX-XXT07:00"),
            ("19:00", "TIME", "XXXX-XX-XXT19:00"),
            ("every half-hour", "SET", "PT30M"),
            ("23:42", "TIME", "XXXX-XX-XXT23:42"),
            ("20 minutes", "DURATION", "PT20M"),
            ("now", "DATE", "PRESENT_REF"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("about 10am", "TIME", "XXXX-XX-XXT10:00"),
            ("March", "DATE", "2019-03"),
            ("1980s", "DATE", "198"),
            ("the spring", "DATE", "2019-SP"),
            ("October", "DATE", "2018-10"),
            ("18-month", "DURATION", "P18M"),
            ("2006", "DATE", "2006"),
            ("the first fortnight", "DURATION", "P2W"),
            ("May", "DATE", "2018-05"),
            ("a month", "DURATION", "P1M"),
            ("21 May", "DATE", "2018-05-21"),
            ("the end of June", "DATE", "2018-06"),
            ("30 minutes", "DURATION", "PT30M"),
            ("20 May", "DATE", "2018-05-20"),
            ("1 July", "DATE", "2018-07-01"),
            ("the past six weeks", "DURATION", "P6W"),
            ("Wednesday night", "TIME", "2018-12-05TNI"),
            ("Thursday night", "TIME", "2018-12-06TNI"),
            ("this week", "DATE", "2018-W49"),
            ("Boxing Day", "DATE", "2018-12-26"),
            ("Christmas Day", "DATE", "2018-12-25"),
            ("New Year's Day", "DATE", "2019-01-01"),
            ("2 January", "DATE", "2019-01-02"),
            ("about 9am", "TIME", "2019-01-02T09:00"),
            ("06:15", "TIME", "XXXX-XX-XXT06:15"),
            ("every day", "SET", "P1D"),
        ],
    ),
    # Tuesday 2019-05-14 (ISO week 20), Irish national daily's court report, section label,
    # headline, standfirst, byline, stamp "Tue, May 14, 2019, 01:00" (DATE and TIME, the
    # abbreviated weekday inside the date span). The sentencing hearing was "yesterday", Monday
    # 2019-05-13; "The case was heard again on Friday" 2019-05-10 (past). The crash: "the night
    # of Saturday, July 14th, 2018" one TIME span 2018-07-14TNI (gold_blind69); "at about
    # 11.40pm" that night; "about 15 minutes earlier" TIME 2018-07-14T23:25, "N earlier"
    # taking the unit's granularity (a minute) from the crash (gold_blind11, gold_blind103);
    # "1.15am the next day" -> 2018-07-15T01:15 and "the next day" DATE 2018-07-15, anchored on
    # the crash's date (gold_blind32); "from about 6pm that evening" -> 2018-07-14T18:00 and
    # "that evening" 2018-07-14TEV (gold_blind8); "at 11pm" that evening; "that night" the night
    # of the crash. The standfirst's "July crash" -> "July" 2018-07 (an adjectival month). "until
    # January" 2019-01 (past); "the second half of last year" one DATE span 2018-H2; "For
    # months" -> "months" PXM; "in 2011 ... for two years" P2Y; "weekly counselling" SET P1W
    # (an adjectival frequency naming a recurrence, gold_blind35); "last September" 2018-09 and
    # "charged in October" 2018-10 (both before the May 2019 story, the most recent of each);
    # "twice since February" 2019-02; "three weeks" P3W. Sentence: "jailed for 18 months"
    # (headline and lead) P18M, "a three-year sentence" P3Y, "the final 18 months" P18M, "for 10
    # years" P10Y, "after six years" P6Y (lengths of a term and of a ban, gold_blind69). "the
    # past 10 months" P10M; "Tuesday, June 4th" 2019-06-04; "the June bank holiday weekend"
    # 2019-W22-WE, the Saturday-Monday weekend taking the ISO week of its Saturday, 1 June
    # (gold_blind103's "Family Day weekend"; Ireland's June holiday is Monday 2019-06-03,
    # gold_blind69). Not annotated: "34" and "(34)" (ages), "four times", "105km/h", "50km/h",
    # "90 micrograms", "100ml", "22 micrograms", "the N87",
    # "14 previous convictions", "Bill No. CN 2018/0714" (a bill number holding a year and a
    # day-month-like 0714), "a father of three", "€5,000", "twice", "since the crash".
    "cavan-drink-driver-garda-crash-sentence": (
        "2019-05-14",
        [
            ("18 months", "DURATION", "P18M"),
            ("July", "DATE", "2018-07"),
            ("Tue, May 14, 2019", "DATE", "2019-05-14"),
            ("01:00", "TIME", "2019-05-14T01:00"),
            ("18 months", "DURATION", "P18M"),
            ("the night of Saturday, July 14th, 2018", "TIME", "2018-07-14TNI"),
            ("yesterday", "DATE", "2019-05-13"),
            ("about 11.40pm", "TIME", "2018-07-14T23:40"),
            ("about 15 minutes earlier", "TIME", "2018-07-14T23:25"),
            ("1.15am", "TIME", "2018-07-15T01:15"),
            ("the next day", "DATE", "2018-07-15"),
            ("about 6pm", "TIME", "2018-07-14T18:00"),
            ("that evening", "TIME", "2018-07-14TEV"),
            ("11pm", "TIME", "2018-07-14T23:00"),
            ("11 weeks", "DURATION", "P11W"),
            ("January", "DATE", "2019-01"),
            ("the second half of last year", "DATE", "2018-H2"),
            ("months", "DURATION", "PXM"),
            ("2011", "DATE", "2011"),
            ("two years", "DURATION", "P2Y"),
            ("weekly", "SET", "P1W"),
            ("last September", "DATE", "2018-09"),
            ("October", "DATE", "2018-10"),
            ("February", "DATE", "2019-02"),
            ("Friday", "DATE", "2019-05-10"),
            ("three weeks", "DURATION", "P3W"),
            ("that night", "TIME", "2018-07-14TNI"),
            ("three-year", "DURATION", "P3Y"),
            ("the final 18 months", "DURATION", "P18M"),
            ("10 years", "DURATION", "P10Y"),
            ("six years", "DURATION", "P6Y"),
            ("the past 10 months", "DURATION", "P10M"),
            ("Tuesday, June 4th", "DATE", "2019-06-04"),
            ("the June bank holiday weekend", "DATE", "2019-W22-WE"),
        ],
    ),
    # Thursday 2016-07-28 (ISO week 30), Welsh page of a British broadcaster's news website,
    # section label, headline, stamp "28 July 2016 Last updated at 06:14 BST" (DATE and TIME
    # with the zone in the span, gold_blind103), byline. Figures "published today" for "the
    # end of June" 2016-06, "a year earlier" 2015-06 (the granularity of what it is compared
    # with, gold_blind11). "36 weeks" (headline and four times) P36W, "26 weeks" P26W, "within
    # four hours" PT4H (targets' lengths, like "within 18 weeks" in gold_blind11). "almost two
    # years" P2Y; "September 2014"; "about eight months" P8M; "22 months now" -> P22M and "now"
    # PRESENT_REF; "the past three years" P3Y. "last winter" said in July 2016 is the winter
    # of 2015-16, 2016-WI (a winter takes the year of its January, gold_blind10, gold_blind97),
    # and its "Between December and March" 2015-12 and 2016-03; "on 11 January alone"
    # 2016-01-11. "since April" 2016-04; "for six months" P6M; "every month from September"
    # SET P1M and 2016-09; "by the end of March 2017" 2017-03. "in June" 2016-06; "last met
    # that target in 2009". The health board's year runs April-March: "the last financial
    # year" FY2016 (gold_blind19) and "the 2016-17 financial year" FY2017, one span with the
    # hyphen like "the 2016/17 financial year" (gold_blind21). "Last week" 2016-W29;
    # "published monthly" SET P1M, "published quarterly" SET P3M (gold_blind35); "25 August"
    # 2016-08-25. Not annotated: "One in 10", "5,100", "9.8%", "52,300", "7.1%", "95%"
    # (twice), "67" (an age), "14%", "640", "three hospitals", "41 operations", "£3.2m",
    # "extra weekend clinics" (an adjectival weekend naming a kind), "2,000", "78.2%", "£28m",
    # "the 'ward 7 model'", "short-stay", "a date" ("haven't got a date", an appointment).
    "cwm-teifi-waiting-times": (
        "2016-07-28",
        [
            ("36 weeks", "DURATION", "P36W"),
            ("28 July 2016", "DATE", "2016-07-28"),
            ("06:14 BST", "TIME", "2016-07-28T06:14"),
            ("36 weeks", "DURATION", "P36W"),
            ("the end of June", "DATE", "2016-06"),
            ("today", "DATE", "2016-07-28"),
            ("a year earlier", "DATE", "2015-06"),
            ("36 weeks", "DURATION", "P36W"),
            ("26 weeks", "DURATION", "P26W"),
            ("almost two years", "DURATION", "P2Y"),
            ("September 2014", "DATE", "2014-09"),
            ("about eight months", "DURATION", "P8M"),
            ("22 months", "DURATION", "P22M"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past three years", "DURATION", "P3Y"),
            ("last winter", "DATE", "2016-WI"),
            ("December", "DATE", "2015-12"),
            ("March", "DATE", "2016-03"),
            ("11 January", "DATE", "2016-01-11"),
            ("April", "DATE", "2016-04"),
            ("six months", "DURATION", "P6M"),
            ("36 weeks", "DURATION", "P36W"),
            ("every month", "SET", "P1M"),
            ("September", "DATE", "2016-09"),
            ("the end of March 2017", "DATE", "2017-03"),
            ("four hours", "DURATION", "PT4H"),
            ("June", "DATE", "2016-06"),
            ("2009", "DATE", "2009"),
            ("the last financial year", "DATE", "FY2016"),
            ("the 2016-17 financial year", "DATE", "FY2017"),
            ("Last week", "DATE", "2016-W29"),
            ("monthly", "SET", "P1M"),
            ("quarterly", "SET", "P3M"),
            ("25 August", "DATE", "2016-08-25"),
        ],
    ),
    # Monday 2017-11-20 (ISO week 47), Belfast paper's website storm-warning story, section
    # label, headline, standfirst, byline, stamp "November 20 2017 3:45 PM" (DATE and TIME, no
    # zone). "tomorrow night" (headline, lead, closing paragraph) 2017-11-21TNI; "tomorrow"
    # 2017-11-21. The amber warning "from 6pm on Tuesday until 9am on Wednesday" ->
    # 2017-11-21T18:00, 2017-11-21, 2017-11-22T09:00, 2017-11-22; "the early hours of
    # Wednesday" one DATE span 2017-11-22 (gold_blind7, gold_blind103). "first issued as yellow
    # yesterday" Sunday 2017-11-19; "at 11am today" 2017-11-20T11:00 and 2017-11-20. The rain
    # warning "from midnight tonight until 6pm on Wednesday" -> "midnight" 2017-11-20T24:00
    # (the midnight that ends tonight, gold_blind103), "tonight" 2017-11-20TNI,
    # 2017-11-22T18:00; "over 24 hours" PT24H. "just a fortnight after" -> "a fortnight" P2W
    # ("just" a focus adverb outside the span, gold_blind8; a duration anchored to an event);
    # "Sunday 5 November" 2017-11-05. "this evening" 2017-11-20TEV; "Tuesday morning"
    # 2017-11-21TMO; "October 2016"; "up to four days" P4D; "by 7am on Wednesday"
    # 2017-11-22T07:00; the "23:30 sailing ... tomorrow" 2017-11-21T23:30 and the "07:30 return
    # on Wednesday" 2017-11-22T07:30 (single sailings on named days); "this morning"
    # 2017-11-20TMO; "by midday on Wednesday" 2017-11-22T12:00 (gold_blind2's "noon");
    # "By Thursday" 2017-11-23; "the weekend" 2017-W47-WE (25-26 November); "the coming days"
    # PXD; "November ... the wettest since 2009" -> 2017-11 and 2009; "Every year" SET P1Y;
    # "months ago" PAST_REF (gold_blind10). Not annotated: "Storm Dervla" (a name), "amber",
    # "yellow", "80mph", "60mm", "300 trees", "120 staff", "60,000 homes", "028 9649 6017",
    # "lcferries.co.uk/dervla2017" (a web address holding a year), "141mm", "71" (an age),
    # "the A32", "the fourth named storm of the season" ("the season", gold_blind103).
    "storm-dervla-amber-warning-ni": (
        "2017-11-20",
        [
            ("tomorrow night", "TIME", "2017-11-21TNI"),
            ("Wednesday", "DATE", "2017-11-22"),
            ("November 20 2017", "DATE", "2017-11-20"),
            ("3:45 PM", "TIME", "2017-11-20T15:45"),
            ("tomorrow night", "TIME", "2017-11-21TNI"),
            ("6pm", "TIME", "2017-11-21T18:00"),
            ("Tuesday", "DATE", "2017-11-21"),
            ("9am", "TIME", "2017-11-22T09:00"),
            ("Wednesday", "DATE", "2017-11-22"),
            ("the early hours of Wednesday", "DATE", "2017-11-22"),
            ("yesterday", "DATE", "2017-11-19"),
            ("11am", "TIME", "2017-11-20T11:00"),
            ("today", "DATE", "2017-11-20"),
            ("midnight", "TIME", "2017-11-20T24:00"),
            ("tonight", "TIME", "2017-11-20TNI"),
            ("6pm", "TIME", "2017-11-22T18:00"),
            ("Wednesday", "DATE", "2017-11-22"),
            ("24 hours", "DURATION", "PT24H"),
            ("a fortnight", "DURATION", "P2W"),
            ("Sunday 5 November", "DATE", "2017-11-05"),
            ("this evening", "TIME", "2017-11-20TEV"),
            ("Tuesday morning", "TIME", "2017-11-21TMO"),
            ("October 2016", "DATE", "2016-10"),
            ("up to four days", "DURATION", "P4D"),
            ("7am", "TIME", "2017-11-22T07:00"),
            ("Wednesday", "DATE", "2017-11-22"),
            ("23:30", "TIME", "2017-11-21T23:30"),
            ("tomorrow", "DATE", "2017-11-21"),
            ("07:30", "TIME", "2017-11-22T07:30"),
            ("Wednesday", "DATE", "2017-11-22"),
            ("this morning", "TIME", "2017-11-20TMO"),
            ("midday", "TIME", "2017-11-22T12:00"),
            ("Wednesday", "DATE", "2017-11-22"),
            ("Thursday", "DATE", "2017-11-23"),
            ("the weekend", "DATE", "2017-W47-WE"),
            ("the coming days", "DURATION", "PXD"),
            ("November", "DATE", "2017-11"),
            ("2009", "DATE", "2009"),
            ("Every year", "SET", "P1Y"),
            ("months ago", "DATE", "PAST_REF"),
            ("tomorrow night", "TIME", "2017-11-21TNI"),
        ],
    ),
    # Friday 2019-12-06 (ISO week 49), English paper's football page, section labels, headline,
    # standfirst, byline, date line with clock time "Friday 6 December 2019, 5:30 pm" (DATE and
    # TIME). "Boxing Day" (headline, lead, ticket paragraph) 2019-12-26, adjectival uses
    # included: each names the one game on that day, like "All the Boxing Day fixtures" in
    # gold_blind91; "12.30pm" (headline and lead) and the quote's bare "12.30" 2019-12-26T12:30;
    # "3pm on Thursday 26 December" 2019-12-26T15:00 and the DATE. "confirmed ... on Wednesday"
    # 2019-12-04 (past). "Saturday 28 December", "Sunday 29 December" with "4.30pm"
    # 2019-12-29T16:30; the standfirst's "switched to Sunday" the same Sunday; "three games in
    # seven days" (standfirst and body) DURATION P7D (the period of a count, gold_blind103's
    # "the third time in two weeks"); "New Year's Day" 2020-01-01. "this morning"
    # 2019-12-06TMO; "a fortnight without a game" P2W; "at 4.30 three days later" ->
    # 2019-12-29T16:30 and "three days later" DATE 2019-12-29, anchored on Boxing Day
    # (gold_blind4). "Saturday 23 November" 2019-11-23; "tomorrow (3pm)" 2019-12-07 and
    # 2019-12-07T15:00. "at 9am on Monday" 2019-12-09T09:00 and 2019-12-09; "Wednesday 11
    # December"; "from 10am to 4pm daily until Christmas Eve" -> two TIMEs XXXX-XX-XXThh:mm,
    # SET P1D and "Christmas Eve" 2019-12-24 (gold_blind11, gold_blind103). "Boxing Day 1987"
    # one DATE span 1987-12-26. "more than five hours" PT5H; "7.52pm" on the Sunday of the
    # trip, 2019-12-29T19:52; "at 4pm yesterday" 2019-12-05T16:00 and 2019-12-05; "for the
    # Saturday" 2019-12-28, a definite day of the fixture the text dates (gold_blind76,
    # gold_blind90); "weeks ago" PAST_REF (like "months ago", gold_blind10); "until 31 January"
    # 2020-01-31. Not annotated: "this season" (a football season, gold_blind11), "the third
    # time", "League Two", "200 miles", "11th", "2-1", "£22", "£8", "under-18s",
    # "season-ticket holders", "9,871", "£30", "the original date" (anaphoric),
    # "travel2019@lydfordtown.co.uk" (an address holding a year), "kick-offs", "live coverage".
    "lydford-town-boxing-day-kick-off-moved": (
        "2019-12-06",
        [
            ("Boxing Day", "DATE", "2019-12-26"),
            ("12.30pm", "TIME", "2019-12-26T12:30"),
            ("Sunday", "DATE", "2019-12-29"),
            ("seven days", "DURATION", "P7D"),
            ("Friday 6 December 2019", "DATE", "2019-12-06"),
            ("5:30 pm", "TIME", "2019-12-06T17:30"),
            ("Boxing Day", "DATE", "2019-12-26"),
            ("12.30pm", "TIME", "2019-12-26T12:30"),
            ("3pm", "TIME", "2019-12-26T15:00"),
            ("Thursday 26 December", "DATE", "2019-12-26"),
            ("Wednesday", "DATE", "2019-12-04"),
            ("Saturday 28 December", "DATE", "2019-12-28"),
            ("Sunday 29 December", "DATE", "2019-12-29"),
            ("4.30pm", "TIME", "2019-12-29T16:30"),
            ("seven days", "DURATION", "P7D"),
            ("New Year's Day", "DATE", "2020-01-01"),
            ("this morning", "TIME", "2019-12-06TMO"),
            ("a fortnight", "DURATION", "P2W"),
            ("12.30", "TIME", "2019-12-26T12:30"),
            ("4.30", "TIME", "2019-12-29T16:30"),
            ("three days later", "DATE", "2019-12-29"),
            ("Saturday 23 November", "DATE", "2019-11-23"),
            ("tomorrow", "DATE", "2019-12-07"),
            ("3pm", "TIME", "2019-12-07T15:00"),
            ("Boxing Day", "DATE", "2019-12-26"),
            ("9am", "TIME", "2019-12-09T09:00"),
            ("Monday", "DATE", "2019-12-09"),
            ("Wednesday 11 December", "DATE", "2019-12-11"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("daily", "SET", "P1D"),
            ("Christmas Eve", "DATE", "2019-12-24"),
            ("Boxing Day 1987", "DATE", "1987-12-26"),
            ("more than five hours", "DURATION", "PT5H"),
            ("7.52pm", "TIME", "2019-12-29T19:52"),
            ("4pm", "TIME", "2019-12-05T16:00"),
            ("yesterday", "DATE", "2019-12-05"),
            ("the Saturday", "DATE", "2019-12-28"),
            ("weeks ago", "DATE", "PAST_REF"),
            ("31 January", "DATE", "2020-01-31"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
