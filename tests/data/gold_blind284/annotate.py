"""Annotations of the two-hundred-and-eighty-fourth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind284/annotate.py [--show]

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
    # Wednesday 2013-04-17 (ISO week 16), US local daily's website, section label, headline,
    # byline, stamp "Posted: Wednesday, April 17, 2013 5:45 am" (the date with its weekday one
    # DATE, the clock time a TIME, gold_blind56), "BRANDT FALLS —" dateline. The headline's
    # "sets May hearing" is the month of the hearing, 2013-05 (an adjectival month, dated like
    # adjectival years, gold_blind35, and the headline's "Set for May", gold_blind20). The
    # council met "Tuesday night" 2013-04-16TNI ("In other business Tuesday" 2013-04-16);
    # the work session is "Thursday at 5:30 p.m." 2013-04-18 and T17:30. "the Fourth of
    # July" 2013-07-04 with its determiner; "Labor Day" 2013-09-02 (first Monday of
    # September). The pad's hours "from 10 a.m. to 8 p.m. daily"
    # are the hours of a recurring service, XXXX-XX-XXThh:mm with the SET P1D (gold_blind19).
    # The city's fiscal year runs July-June and is named by the year it ends: "fiscal 2013,
    # which ends June 30" FY2013 and 2013-06-30; "the next fiscal year, which begins July 1"
    # FY2014 and 2013-07-01 (gold_blind35's "the fiscal year that begins Oct. 1"). "last summer"
    # in April 2012-SU; "late May" 2013-05; "Four years later" after "in 2009" 2013 (the unit's
    # granularity, anchored on the narrative's year, gold_blind19); "that fall" after "in 2011"
    # 2011-FA (a narrative anchor, like "That winter" in gold_blind103); "every year since
    # 2008" SET P1Y plus DATE 2008; "two-hour" PT2H and "three-year" P3Y adjectival durations;
    # "starting Jan. 1" the next one, 2014-01-01; "from 6 p.m. to midnight June 14": "midnight"
    # ends that Friday, 2013-06-14T24:00 (gold_blind19, gold_blind103). "within two years" ->
    # "two years" P2Y. Not annotated: "Route 9" (headline and body), "County Road 12", "the 2400
    # block", "210 Main St.", "brandtfalls.org/council2013" (a URL holding the year), "Fourth
    # Street" (a street, beside "the Fourth of July"), "the Downtown Summer Nights street
    # party" (a name holding a season), "5-2", "$348,000", "$1.1 million", "14 acres",
    # "90,000-square-foot", "61" (an age), "too long" (vague, no head noun).
    "brandt-falls-council-splash-pad": (
        "2013-04-17",
        [
            ("May", "DATE", "2013-05"),
            ("Wednesday, April 17, 2013", "DATE", "2013-04-17"),
            ("5:45 am", "TIME", "2013-04-17T05:45"),
            ("the Fourth of July", "DATE", "2013-07-04"),
            ("Tuesday night", "TIME", "2013-04-16TNI"),
            ("last summer", "DATE", "2012-SU"),
            ("late May", "DATE", "2013-05"),
            ("about six weeks", "DURATION", "P6W"),
            ("July 1", "DATE", "2013-07-01"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("Labor Day", "DATE", "2013-09-02"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("2009", "DATE", "2009"),
            ("two years", "DURATION", "P2Y"),
            ("Four years later", "DATE", "2013"),
            ("every year", "SET", "P1Y"),
            ("2008", "DATE", "2008"),
            ("7 p.m.", "TIME", "2013-05-21T19:00"),
            ("May 21", "DATE", "2013-05-21"),
            ("last month", "DATE", "2013-03"),
            ("two-hour", "DURATION", "PT2H"),
            ("2011", "DATE", "2011"),
            ("that fall", "DATE", "2011-FA"),
            ("the past 18 months", "DURATION", "P18M"),
            ("5 p.m.", "TIME", "2013-05-14T17:00"),
            ("May 14", "DATE", "2013-05-14"),
            ("Thursday", "DATE", "2013-04-18"),
            ("5:30 p.m.", "TIME", "2013-04-18T17:30"),
            ("next month", "DATE", "2013-05"),
            ("the next fiscal year", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
            ("the end of June", "DATE", "2013-06"),
            ("2010", "DATE", "2010"),
            ("Tuesday", "DATE", "2013-04-16"),
            ("three-year", "DURATION", "P3Y"),
            ("Jan. 1", "DATE", "2014-01-01"),
            ("6 p.m.", "TIME", "2013-06-14T18:00"),
            ("midnight", "TIME", "2013-06-14T24:00"),
            ("June 14", "DATE", "2013-06-14"),
            ("32 years", "DURATION", "P32Y"),
            ("May 7", "DATE", "2013-05-07"),
        ],
    ),
    # Friday 2014-09-26 (ISO week 39), British regional daily, section label, headline,
    # standfirst, byline, date line "Friday 26 September 2014" (one span with its weekday);
    # "yesterday" is Thursday 2014-09-25. The sentence "jailed for four years" (headline and
    # lead) is DURATION P4Y, like "a 90-day jail term" (gold_blind35). "last winter" in
    # September is the winter of 2013-14, 2014-WI, taking the year of its January
    # (gold_blind10, gold_blind103); the raids fell in it, "between 2 January and 14 February
    # this year": the two dates and "this year" 2014 are three TIMEX3, "this year" modifying the
    # whole range (unlike "August last year", one span 2013-08, gold_blind55). "The next day"
    # after "Thursday 2 January" is 2014-01-03; "eight days later" after "Friday 14 February"
    # 2014-02-22 (anchored on the narrative's last date, gold_blind54, gold_blind55). "shortly
    # after 5pm" -> "5pm" (gold_blind19); "about 6.15pm" keeps its approximator. "in March"
    # 2014-03 and "since his arrest in February" 2014-02 (past months of this year); "this
    # summer" 2014-SU; "the past decade" P10Y ("most of" left out, gold_blind15); "For six
    # weeks" P6W; "published on Monday" 2014-09-22; "the 12 months to the end of June" ->
    # "the 12 months" P12M and "the end of June" 2014-06; "last week" 2014-W38; "Monday 13
    # October" 2014-10-13. "now" PRESENT_REF. Not annotated: "at the time" (anaphoric), "again
    # and again", "a moment", "the A1067", "7 Farrow Close", "41 Station Road", "01553 612014"
    # (a phone number holding 2014), ages "34", "81", "29", "23 previous convictions", "£600",
    # "12 per cent", counts of burglaries ("five", "six", "three").
    "wendham-pensioner-burglar-jailed": (
        "2014-09-26",
        [
            ("four years", "DURATION", "P4Y"),
            ("six weeks", "DURATION", "P6W"),
            ("last winter", "DATE", "2014-WI"),
            ("Friday 26 September 2014", "DATE", "2014-09-26"),
            ("six weeks", "DURATION", "P6W"),
            ("last winter", "DATE", "2014-WI"),
            ("four years", "DURATION", "P4Y"),
            ("yesterday", "DATE", "2014-09-25"),
            ("2 January", "DATE", "2014-01-02"),
            ("14 February", "DATE", "2014-02-14"),
            ("this year", "DATE", "2014"),
            ("March", "DATE", "2014-03"),
            ("Thursday 2 January", "DATE", "2014-01-02"),
            ("5pm", "TIME", "2014-01-02T17:00"),
            ("The next day", "DATE", "2014-01-03"),
            ("about 6.15pm", "TIME", "2014-02-14T18:15"),
            ("Friday 14 February", "DATE", "2014-02-14"),
            ("eight days later", "DATE", "2014-02-22"),
            ("11 days", "DURATION", "P11D"),
            ("47 years", "DURATION", "P47Y"),
            ("this year", "DATE", "2014"),
            ("now", "DATE", "PRESENT_REF"),
            ("two-year", "DURATION", "P2Y"),
            ("2009", "DATE", "2009"),
            ("August last year", "DATE", "2013-08"),
            ("the past decade", "DURATION", "P10Y"),
            ("February", "DATE", "2014-02"),
            ("this summer", "DATE", "2014-SU"),
            ("six weeks", "DURATION", "P6W"),
            ("2013", "DATE", "2013"),
            ("six weeks", "DURATION", "P6W"),
            ("this year", "DATE", "2014"),
            ("Monday", "DATE", "2014-09-22"),
            ("the 12 months", "DURATION", "P12M"),
            ("the end of June", "DATE", "2014-06"),
            ("2003", "DATE", "2003"),
            ("last week", "DATE", "2014-W38"),
            ("Monday 13 October", "DATE", "2014-10-13"),
        ],
    ),
    # Tuesday 2015-02-03 (ISO week 6), Irish regional paper, section label, headline, byline,
    # date line "Tuesday 3 February 2015"; "yesterday" Monday 2015-02-02, "tomorrow" Wednesday
    # 2015-02-04. "Easter" (headline and lead) 2015-04-05, "the Easter weekend" 2015-W14-WE
    # (Saturday 4 April, gold_blind3, gold_blind10). "at 8am yesterday" 2015-02-02T08:00 and
    # the DATE. "In January" 2015-01 (the month just ended), "January 2014" 2014-01; "last
    # October" 2014-10; "the next six weeks" P6W ("within" a signal); "the end of April"
    # 2015-04; "now" PRESENT_REF twice; "last year" 2014 and "2013". "up to 30 hours" PT30H and
    # "about 36 hours" PT36H with their modifiers. "last week" 2015-W05; Mrs Gleeson's fall "on
    # Wednesday evening" 2015-01-28TEV (the past Wednesday, inside last week), "about 9.30pm on
    # Wednesday" that evening, "Friday morning" 2015-01-30TMO. "published in November"
    # 2014-11; "nine hours" PT9H; "almost every day since Christmas" SET P1D (modifier kept,
    # gold_blind35) and "Christmas" 2014-12-25; "since 2011"; "Every winter" SET XXXX-WI
    # (gold_blind6); "the past three years" P3Y; "this year's service plan" -> "this year" 2015;
    # "Saturdays" SET XXXX-WXX-6 (gold_blind19) with the clinic's hours "9am" and "1pm"
    # XXXX-XX-XXThh:mm; "from next month" 2015-03; "8pm on Thursday 12 February" two TIMEX3.
    # Not annotated: "The hospital's winter plan" (an adjectival season naming the kind of
    # plan, like "Summer programs" in gold_blind103), "counting began in 2006" -> only "2006",
    # "40-bed", "47 patients", "812", "590", "41,300", "9 per cent", "26 of the 38 nurses",
    # "(74)" and "74" (ages), "€6.2 million", "€1.8m", "Ward 7", "two-storey".
    "st-fintans-hospital-new-ward-trolleys": (
        "2015-02-03",
        [
            ("Easter", "DATE", "2015-04-05"),
            ("Tuesday 3 February 2015", "DATE", "2015-02-03"),
            ("Easter", "DATE", "2015-04-05"),
            ("yesterday", "DATE", "2015-02-02"),
            ("2006", "DATE", "2006"),
            ("8am", "TIME", "2015-02-02T08:00"),
            ("yesterday", "DATE", "2015-02-02"),
            ("January", "DATE", "2015-01"),
            ("January 2014", "DATE", "2014-01"),
            ("last October", "DATE", "2014-10"),
            ("now", "DATE", "PRESENT_REF"),
            ("the next six weeks", "DURATION", "P6W"),
            ("the Easter weekend", "DATE", "2015-W14-WE"),
            ("the end of April", "DATE", "2015-04"),
            ("1998", "DATE", "1998"),
            ("now", "DATE", "PRESENT_REF"),
            ("last year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("up to 30 hours", "DURATION", "PT30H"),
            ("about 36 hours", "DURATION", "PT36H"),
            ("last week", "DATE", "2015-W05"),
            ("Wednesday evening", "TIME", "2015-01-28TEV"),
            ("about 9.30pm", "TIME", "2015-01-28T21:30"),
            ("Wednesday", "DATE", "2015-01-28"),
            ("Friday morning", "TIME", "2015-01-30TMO"),
            ("November", "DATE", "2014-11"),
            ("nine hours", "DURATION", "PT9H"),
            ("almost every day", "SET", "P1D"),
            ("Christmas", "DATE", "2014-12-25"),
            ("tomorrow", "DATE", "2015-02-04"),
            ("2011", "DATE", "2011"),
            ("Every winter", "SET", "XXXX-WI"),
            ("the past three years", "DURATION", "P3Y"),
            ("this year", "DATE", "2015"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("next month", "DATE", "2015-03"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("8pm", "TIME", "2015-02-12T20:00"),
            ("Thursday 12 February", "DATE", "2015-02-12"),
        ],
    ),
    # Saturday 2012-10-06 (ISO week 40), Canadian local paper's website, section label,
    # headline, deck, byline, stamp "Published on: October 6, 2012 | Last Updated: October 6,
    # 2012 12:03 AM EDT" (two DATEs and a TIME, the zone in the span and not in the value,
    # gold_blind103), "PEMBURY, Ont. —" dateline. The closing is "in March" (headline) and "by
    # the end of March" 2013-03, the next March; workers were "told Thursday" (deck) 2012-10-04,
    # "at 2 p.m. Thursday" 2012-10-04T14:00 and the DATE, the statement "Thursday" the same day;
    # the mayor heard "Wednesday evening" 2012-10-03TEV. "after 61 years" (deck and lead) P61Y;
    # "the next six months" P6M; "for 27 years" P27Y; "last year" 2011 (the 60th anniversary
    # of a 1951 plant); "the 1970s" 197. Future dates: "Nov. 30" 2012-11-30, "January" 2013-01,
    # "February" 2013-02, "the end of June" 2013-06, "Oct. 15" 2012-10-15, "Nov. 17"
    # 2012-11-17, "next month" 2012-11, "Christmas" 2012-12-25; "Dec. 31, 2014". "the past
    # four years" P4Y; "I asked for a year. They gave us six months" P1Y and P6M; "comes a
    # week after ..." DURATION P1W, a duration anchored to an event (gold_blind35). Canadian
    # Thanksgiving is the second Monday of October, 2012-10-08: "This is Thanksgiving weekend"
    # in the Saturday paper is its own holiday weekend, the ISO week of its Saturday,
    # 2012-W40-WE (like "Family Day weekend" in gold_blind103), and "on Monday" the holiday
    # itself, 2012-10-08. Not annotated: "Model 1950" (a product), "Local 1987" (a union local,
    # gold_blind35), "519-555-1951" (a phone number holding 1951, beside the annotated
    # "1951"), "the 60th anniversary", "Highway 7", "Ferrier Street", "240", "900", "80", "20",
    # "60 layoffs", "35 per cent", "52" (an age), "third major plant closing".
    "harkness-pump-plant-closing": (
        "2012-10-06",
        [
            ("March", "DATE", "2013-03"),
            ("Thursday", "DATE", "2012-10-04"),
            ("61 years", "DURATION", "P61Y"),
            ("October 6, 2012", "DATE", "2012-10-06"),
            ("October 6, 2012", "DATE", "2012-10-06"),
            ("12:03 AM EDT", "TIME", "2012-10-06T00:03"),
            ("the end of March", "DATE", "2013-03"),
            ("61 years", "DURATION", "P61Y"),
            ("2 p.m.", "TIME", "2012-10-04T14:00"),
            ("Thursday", "DATE", "2012-10-04"),
            ("the next six months", "DURATION", "P6M"),
            ("27 years", "DURATION", "P27Y"),
            ("last year", "DATE", "2011"),
            ("1951", "DATE", "1951"),
            ("the 1970s", "DATE", "197"),
            ("Nov. 30", "DATE", "2012-11-30"),
            ("January", "DATE", "2013-01"),
            ("February", "DATE", "2013-02"),
            ("the end of June", "DATE", "2013-06"),
            ("Dec. 31, 2014", "DATE", "2014-12-31"),
            ("Oct. 15", "DATE", "2012-10-15"),
            ("Thursday", "DATE", "2012-10-04"),
            ("2008", "DATE", "2008"),
            ("the past four years", "DURATION", "P4Y"),
            ("Wednesday evening", "TIME", "2012-10-03TEV"),
            ("a year", "DURATION", "P1Y"),
            ("six months", "DURATION", "P6M"),
            ("2009", "DATE", "2009"),
            ("a week", "DURATION", "P1W"),
            ("next month", "DATE", "2012-11"),
            ("Nov. 17", "DATE", "2012-11-17"),
            ("Thanksgiving weekend", "DATE", "2012-W40-WE"),
            ("Monday", "DATE", "2012-10-08"),
            ("Christmas", "DATE", "2012-12-25"),
        ],
    ),
    # Monday 2015-06-29 (ISO week 27), Australian (NSW) regional paper's website, section
    # label, headline, byline, stamp "June 29 2015 - 6:15AM" (DATE and TIME), no dateline;
    # "yesterday" Sunday 2015-06-28, "last night" its night, "tomorrow" Tuesday 2015-06-30.
    # The crash was "on Saturday night" (headline and lead) 2015-06-27TNI, "shortly after
    # 11pm" -> "11pm" 2015-06-27T23:00; "between 10.30pm and 11pm on Saturday" two TIMEs and
    # the DATE. "overnight" (the fall in temperature on the crash night) is the night begun on
    # Saturday evening, 2015-06-27TNI (gold_blind21, gold_blind103). "yesterday morning"
    # 2015-06-28TMO; "almost seven hours" PT7H; "about 6am yesterday" 2015-06-28T06:00 and the
    # DATE. "the past 18 months" P18M (the period of an ordinal count, gold_blind103); "this
    # year" 2015, "In March" 2015-03. The operation runs "from 12.01am on Friday" (the coming
    # Friday, 2015-07-03T00:01) "until 11.59pm on Sunday 12 July" 2015-07-12T23:59; Roads and
    # Maritime Services "said on Friday" (past) 2015-06-26, the same weekday both ways. "more
    # than a decade" P10Y; "last year's budget" -> "last year" 2014 (the wording's calendar
    # value, gold_blind35); "early 2016" 2016 (gold_blind42). NSW's financial year runs
    # July-June and is named by the year it ends: "the end of the financial year on Tuesday"
    # -> "the end of the financial year" FY2015 (one span, gold_blind19) and "Tuesday"
    # 2015-06-30. "eight months" P8M; "12 years" P12Y; "since 2010", "since 2003"; "now"
    # PRESENT_REF; "6pm tomorrow" 2015-06-30T18:00 and the DATE. Not annotated: "a 2004 Toyota
    # Hilux" (a model year, gold_blind16), "(02) 6555 2015" (a phone number holding 2015),
    # "17-year-old", "46-year-old", "19-year-old", "minus 2 degrees", "1.5 kilometres",
    # "42-kilometre", "$12 million", "$3 million", "six lives", "the third fatal crash", "the
    # second double fatality", "a holiday road safety operation" (adjectival, no holiday
    # named), "double demerit points", "Dray Road", "the Marrong Highway", "too early".
    "marrong-highway-double-fatal-crash": (
        "2015-06-29",
        [
            ("Saturday night", "TIME", "2015-06-27TNI"),
            ("June 29 2015", "DATE", "2015-06-29"),
            ("6:15AM", "TIME", "2015-06-29T06:15"),
            ("Saturday night", "TIME", "2015-06-27TNI"),
            ("11pm", "TIME", "2015-06-27T23:00"),
            ("eight months", "DURATION", "P8M"),
            ("yesterday morning", "TIME", "2015-06-28TMO"),
            ("last night", "TIME", "2015-06-28TNI"),
            ("almost seven hours", "DURATION", "PT7H"),
            ("about 6am", "TIME", "2015-06-28T06:00"),
            ("yesterday", "DATE", "2015-06-28"),
            ("overnight", "TIME", "2015-06-27TNI"),
            ("now", "DATE", "PRESENT_REF"),
            ("2010", "DATE", "2010"),
            ("the past 18 months", "DURATION", "P18M"),
            ("this year", "DATE", "2015"),
            ("March", "DATE", "2015-03"),
            ("12.01am", "TIME", "2015-07-03T00:01"),
            ("Friday", "DATE", "2015-07-03"),
            ("11.59pm", "TIME", "2015-07-12T23:59"),
            ("Sunday 12 July", "DATE", "2015-07-12"),
            ("more than a decade", "DURATION", "P10Y"),
            ("last year", "DATE", "2014"),
            ("Friday", "DATE", "2015-06-26"),
            ("early 2016", "DATE", "2016"),
            ("the end of the financial year", "DATE", "FY2015"),
            ("Tuesday", "DATE", "2015-06-30"),
            ("12 years", "DURATION", "P12Y"),
            ("2003", "DATE", "2003"),
            ("6pm", "TIME", "2015-06-30T18:00"),
            ("tomorrow", "DATE", "2015-06-30"),
            ("10.30pm", "TIME", "2015-06-27T22:30"),
            ("11pm", "TIME", "2015-06-27T23:00"),
            ("Saturday", "DATE", "2015-06-27"),
        ],
    ),
    # Thursday 2013-05-23 (ISO week 21), English local weekly's sports page, section label,
    # headline, standfirst, byline, date line "Thursday 23 May 2013". The spring bank holiday
    # is the last Monday of May, 2013-05-27: "the bank holiday weekend" (standfirst and body)
    # is the Saturday-Monday weekend, the ISO week of its Saturday, 2013-W21-WE (like "the
    # long weekend" in gold_blind103), "the weekend" the same, "Bank Holiday Monday" one DATE
    # span 2013-05-27 (like "The spring bank holiday", gold_blind56). Past weekdays: the win
    # "on Saturday" 2013-05-18 with the toss "at 1pm" that day, the cup tie "On Sunday"
    # 2013-05-19 "at 2.30pm", the 2nd XI's match called off "on Friday" 2013-05-17 with "that
    # morning" 2013-05-17TMO (an anaphoric part of day, gold_blind8, gold_blind36), the injury
    # "on Tuesday night" 2013-05-21TNI. Future: "on Saturday (1pm start)" 2013-05-25 and
    # T13:00, "Bank Holiday Monday (11am start)" T11:00, "Saturday afternoon" 2013-05-25TAF.
    # "three weeks" and "The last three weeks" P3W; "since 27 April" 2013-04-27; "the winter"
    # the club player spent abroad, the winter just past, 2013-WI (a winter takes the year of
    # its January, gold_blind10, gold_blind103); "a two-day match next month" P2D and 2013-06;
    # "at least a month" P1M; "in September" 2013-09; "this summer" 2013-SU; "Friday 12 July",
    # "Sunday 4 August"; "last month" 2013-04; "two-year" P2Y; "this year" 2013; junior nets
    # "on Friday evenings from 6pm to 7.30pm" SET XXXX-WXX-5TEV (gold_blind50) with the hours
    # XXXX-XX-XXThh:mm, "until the end of August" 2013-08. Not annotated: "the season" and "their
    # season" (a sports season, gold_blind19), "shortly after tea" (a meal break), "50 overs",
    # "24 overs", "243 for 7", "88 for 5", "92", "104 balls", "71", "(41)", "118", "31 runs",
    # "two wickets", "three balls", "the first round", "Twenty20", "Division Two", "1st XI",
    # "2nd XI", "Under-21", "19-year-old", "seventh of 10", "the 150th anniversary",
    # "£180,000", "14 weddings", "07700 901863" (a phone number holding 1863, beside the
    # annotated "1863"), "finally".
    "hadleigh-green-cricket-first-win": (
        "2013-05-23",
        [
            ("the bank holiday weekend", "DATE", "2013-W21-WE"),
            ("Thursday 23 May 2013", "DATE", "2013-05-23"),
            ("Saturday", "DATE", "2013-05-18"),
            ("three weeks", "DURATION", "P3W"),
            ("2011", "DATE", "2011"),
            ("the winter", "DATE", "2013-WI"),
            ("two-day", "DURATION", "P2D"),
            ("next month", "DATE", "2013-06"),
            ("1pm", "TIME", "2013-05-18T13:00"),
            ("The last three weeks", "DURATION", "P3W"),
            ("27 April", "DATE", "2013-04-27"),
            ("Sunday", "DATE", "2013-05-19"),
            ("2.30pm", "TIME", "2013-05-19T14:30"),
            ("Friday", "DATE", "2013-05-17"),
            ("that morning", "TIME", "2013-05-17TMO"),
            ("at least a month", "DURATION", "P1M"),
            ("Tuesday night", "TIME", "2013-05-21TNI"),
            ("the bank holiday weekend", "DATE", "2013-W21-WE"),
            ("Saturday", "DATE", "2013-05-25"),
            ("1pm", "TIME", "2013-05-25T13:00"),
            ("Bank Holiday Monday", "DATE", "2013-05-27"),
            ("11am", "TIME", "2013-05-27T11:00"),
            ("the weekend", "DATE", "2013-W21-WE"),
            ("Saturday afternoon", "TIME", "2013-05-25TAF"),
            ("September", "DATE", "2013-09"),
            ("1863", "DATE", "1863"),
            ("this summer", "DATE", "2013-SU"),
            ("Friday 12 July", "DATE", "2013-07-12"),
            ("Sunday 4 August", "DATE", "2013-08-04"),
            ("last month", "DATE", "2013-04"),
            ("two-year", "DURATION", "P2Y"),
            ("this year", "DATE", "2013"),
            ("Friday evenings", "SET", "XXXX-WXX-5TEV"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("7.30pm", "TIME", "XXXX-XX-XXT19:30"),
            ("the end of August", "DATE", "2013-08"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
