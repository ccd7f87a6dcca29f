"""Annotations of the hundred-and-ninety-fourth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind194/annotate.py [--show]

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
    # Tuesday 2013-07-02 (ISO week 27), British paper's football transfer story, headline,
    # standfirst ("the big kick-off on 17 August", the opening match, 2013-08-17, a Saturday),
    # byline, date line "Tuesday 2 July 2013". The signing was "yesterday", Monday 2013-07-01,
    # "at 10.30am yesterday" 2013-07-01T10:30 and the manager spoke "last night", its night,
    # 2013-07-01TNI (gold_blind35); the medical "on Sunday" 2013-06-30 (past). Future: the squad
    # returns "on Thursday" 2013-07-04, the friendly "on Saturday 13 July" (one span) "with a
    # 3pm kick-off" 2013-07-13T15:00, the window "closes at 11pm on 2 September" (two TIMEX3),
    # tickets "at 9am on Monday" 2013-07-08T09:00 and 2013-07-08. "a three-year deal running to
    # June 2016" -> "three-year" P3Y and "June 2016" ("to" a signal, gold_blind24, gold_blind91);
    # "an option for a further 12 months" P12M and "a year left on his ... contract" P1Y
    # (gold_blind24); "retired in May" 2013-05; "the January window" -> "January" 2013-01, the
    # last January window (gold_blind24, gold_blind43); "every summer since I arrived in 2010"
    # SET XXXX-SU and "2010"; "this summer" 2013-SU; "last week" 2013-W26; "more than three
    # years" P3Y (a contract length, the modifier kept); "the financial year that ended on 31
    # May" FY2013 (named by the year it ends, gold_blind8, gold_blind22) plus 2013-05-31; "over
    # the past two years" P2Y; "Season tickets for 2013-14" -> "2013" and the bare "14" 2014,
    # a season named by two years (gold_blind43, gold_blind91).
    # Not annotated: "the transfer window", "the window", "six seasons", "last season", "one
    # season", "the season", "pre-season", "their last match" (sports periods and events);
    # "£4.5m", "£4m" (a release clause), "£3m", "15 per cent", "12 per cent", "24", "over 30"
    # (an age limit), "No 11 shirt", "No 7 shirt", "ninth", "2-1", "two more signings",
    # "castlebridgerovers.co.uk/tickets2013" (a URL holding the year), "01632 960 716".
    "castlebridge-rovers-sign-pellow": (
        "2013-07-02",
        [
            ("17 August", "DATE", "2013-08-17"),
            ("Tuesday 2 July 2013", "DATE", "2013-07-02"),
            ("yesterday", "DATE", "2013-07-01"),
            ("three-year", "DURATION", "P3Y"),
            ("June 2016", "DATE", "2016-06"),
            ("Sunday", "DATE", "2013-06-30"),
            ("10.30am", "TIME", "2013-07-01T10:30"),
            ("yesterday", "DATE", "2013-07-01"),
            ("a further 12 months", "DURATION", "P12M"),
            ("1989", "DATE", "1989"),
            ("May", "DATE", "2013-05"),
            ("16 years", "DURATION", "P16Y"),
            ("a year", "DURATION", "P1Y"),
            ("March 2012", "DATE", "2012-03"),
            ("January", "DATE", "2013-01"),
            ("last night", "TIME", "2013-07-01TNI"),
            ("six months", "DURATION", "P6M"),
            ("every summer", "SET", "XXXX-SU"),
            ("2010", "DATE", "2010"),
            ("this summer", "DATE", "2013-SU"),
            ("Thursday", "DATE", "2013-07-04"),
            ("Saturday 13 July", "DATE", "2013-07-13"),
            ("3pm", "TIME", "2013-07-13T15:00"),
            ("11pm", "TIME", "2013-09-02T23:00"),
            ("2 September", "DATE", "2013-09-02"),
            ("last week", "DATE", "2013-W26"),
            ("four-year", "DURATION", "P4Y"),
            ("more than three years", "DURATION", "P3Y"),
            ("the financial year", "DATE", "FY2013"),
            ("31 May", "DATE", "2013-05-31"),
            ("the past two years", "DURATION", "P2Y"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("9am", "TIME", "2013-07-08T09:00"),
            ("Monday", "DATE", "2013-07-08"),
            ("17 August", "DATE", "2013-08-17"),
        ],
    ),
    # Thursday 2014-03-13 (ISO week 11), Reuters-style wire story, headline ("banned for two
    # years, ban backdated to September"), "LONDON, March 13 (Reuters) -" dateline (a DATE of
    # the publication day), "said on Thursday" the same day. "backdated to Sept. 28" ->
    # "Sept. 28" 2013-09-28 ("backdated to" a signal, gold_blind25, gold_blind88) and the
    # headline's "September" 2013-09; "free to return on Sept. 28, 2015"; "the start of the
    # 2015-16 season" -> "2015" and "16" 2016 only (gold_blind91). Past: "since October" 2013-10,
    # "Oct. 14" 2013-10-14, the lawyer "on Wednesday" 2014-03-12, the hearing "last week"
    # 2014-W10, "August" and "September" 2013, the fine "in January" 2014-01. Future: "within
    # the next week" -> "the next week" DURATION P1W, "next month" 2014-04, "with effect from
    # Friday" -> "Friday" 2014-03-14 ("with effect from" a signal, like "effective"), the match
    # "on Friday evening" 2014-03-14TEV, "May 4" 2014-05-04, "April" 2014-04, "the next 18
    # months" P18M. "has 21 days to appeal" P21D; "over two days" P2D; "about six weeks" P6W;
    # "11 times in five years" -> "five years" P5Y (the period of a count); "since the start of
    # the year" 2014 (gold_blind30, gold_blind91); "in the past 12 months" P12M; "Jan. 1, 2015";
    # "last year" 2013 and "a year earlier" after it 2012 (gold_blind35); "the fourth quarter"
    # the last one reported, calendar 2013-Q4 (no fiscal year described, gold_blind35); "at
    # 1530 GMT" the publication day's clock time, 2014-03-13T15:30.
    # Not annotated: "the season", "last season" (sports seasons), "29-year-old", "turns 30",
    # "11 times", "2,000 pounds ($3,330)", "($1 = 0.6006 British pounds)" (an exchange rate),
    # "112 appearances", "No. 3 shirt", "24-17", "seventh", "three of their five league games",
    # "the fourth doping case", "1,416", "1,204", "first offence".
    "marlcombe-farrand-doping-ban-backdated": (
        "2014-03-13",
        [
            ("two years", "DURATION", "P2Y"),
            ("September", "DATE", "2013-09"),
            ("March 13", "DATE", "2014-03-13"),
            ("two years", "DURATION", "P2Y"),
            ("Thursday", "DATE", "2014-03-13"),
            ("Sept. 28", "DATE", "2013-09-28"),
            ("October", "DATE", "2013-10"),
            ("Sept. 28, 2015", "DATE", "2015-09-28"),
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("Oct. 14", "DATE", "2013-10-14"),
            ("21 days", "DURATION", "P21D"),
            ("Wednesday", "DATE", "2014-03-12"),
            ("the next week", "DURATION", "P1W"),
            ("next month", "DATE", "2014-04"),
            ("two days", "DURATION", "P2D"),
            ("last week", "DATE", "2014-W10"),
            ("about six weeks", "DURATION", "P6W"),
            ("August", "DATE", "2013-08"),
            ("September", "DATE", "2013-09"),
            ("Two years", "DURATION", "P2Y"),
            ("five years", "DURATION", "P5Y"),
            ("June 2016", "DATE", "2016-06"),
            ("Friday", "DATE", "2014-03-14"),
            ("January", "DATE", "2014-01"),
            ("2008", "DATE", "2008"),
            ("the start of the year", "DATE", "2014"),
            ("Friday evening", "TIME", "2014-03-14TEV"),
            ("the past 12 months", "DURATION", "P12M"),
            ("2011", "DATE", "2011"),
            ("Jan. 1, 2015", "DATE", "2015-01-01"),
            ("four years", "DURATION", "P4Y"),
            ("last year", "DATE", "2013"),
            ("a year earlier", "DATE", "2012"),
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("April", "DATE", "2014-04"),
            ("May 4", "DATE", "2014-05-04"),
            ("1530 GMT", "TIME", "2014-03-13T15:30"),
            ("the next 18 months", "DURATION", "P18M"),
        ],
    ),
    # Monday 2012-08-20 (ISO week 34), US paper's baseball story, headline ("through 2017"),
    # deck, byline, date line "Monday, August 20, 2012", "PORT HOLLIS —" dateline. The deal and
    # the suspension came "Sunday" 2012-08-19 (past, twice); "by Friday night" 2012-08-17TNI;
    # "since Saturday" 2012-08-18; "off today" the publication day; the series opens "on
    # Tuesday at 7:05 p.m." 2012-08-21 and 2012-08-21T19:05; the arbitrator hears the appeal
    # "Thursday" 2012-08-23 (future); the homestand "begins Friday, Aug. 24" (one span).
    # "four-year" (deck, lead and the 2010 deal) P4Y; "through the 2017 season" -> "2017" like
    # "the 2019 season" (gold_blind19) and the headline's "2017"; "a $19 million club option for
    # 2018" -> "2018" (gold_blind46); "after the 2013 season" -> "2013"; "announced an hour
    # before a 4-2 win" -> "an hour" PT1H (an anchored duration, gold_blind91); "in the spring"
    # told in August 2012-SP; "about three weeks ago" one span at week granularity, from week
    # 34 2012-W31 (gold_blind5, gold_blind15); "for the past two months" P2M; "a contract of
    # five years or more" -> "five years" P5Y; "every winter since 2009" SET XXXX-WI and
    # "2009"; "this year" 2012; "about 10 days before the Aug. 31 deadline" P10D (anchored) and
    # 2012-08-31; "sleep for 12 hours" PT12H; "one-year" P1Y.
    # Not annotated: "50 games" (headline and body), "25 games", "48 games", "the first 14 games
    # of next season", "the rest of the regular season", "after the season", "the postseason",
    # "the playoffs", "the off day", "the seventh inning", "three-game", "two-time", "the
    # deadline" (sports periods, counts and deadlines); "$68 million", "$19 million", "$2
    # million", "$1.2 million", "27", "31", "No. 6", ".301", "18 home runs", "4-2", "68-53",
    # "keelers.com/tix0824" (a URL holding the date), "555-0182", "his career".
    "port-hollis-keelers-diaz-extension": (
        "2012-08-20",
        [
            ("2017", "DATE", "2017"),
            ("four-year", "DURATION", "P4Y"),
            ("Monday, August 20, 2012", "DATE", "2012-08-20"),
            ("four-year", "DURATION", "P4Y"),
            ("Sunday", "DATE", "2012-08-19"),
            ("2017", "DATE", "2017"),
            ("an hour", "DURATION", "PT1H"),
            ("2018", "DATE", "2018"),
            ("four-year", "DURATION", "P4Y"),
            ("February 2010", "DATE", "2010-02"),
            ("2013", "DATE", "2013"),
            ("the spring", "DATE", "2012-SP"),
            ("about three weeks ago", "DATE", "2012-W31"),
            ("Friday night", "TIME", "2012-08-17TNI"),
            ("September 2008", "DATE", "2008-09"),
            ("the past two months", "DURATION", "P2M"),
            ("five years", "DURATION", "P5Y"),
            ("2004", "DATE", "2004"),
            ("every winter", "SET", "XXXX-WI"),
            ("2009", "DATE", "2009"),
            ("Sunday", "DATE", "2012-08-19"),
            ("May 2011", "DATE", "2011-05"),
            ("Thursday", "DATE", "2012-08-23"),
            ("one-year", "DURATION", "P1Y"),
            ("this year", "DATE", "2012"),
            ("about 10 days", "DURATION", "P10D"),
            ("Aug. 31", "DATE", "2012-08-31"),
            ("Saturday", "DATE", "2012-08-18"),
            ("today", "DATE", "2012-08-20"),
            ("Tuesday", "DATE", "2012-08-21"),
            ("7:05 p.m.", "TIME", "2012-08-21T19:05"),
            ("12 hours", "DURATION", "PT12H"),
            ("Friday, Aug. 24", "DATE", "2012-08-24"),
        ],
    ),
    # Friday 2015-04-24 (ISO week 17), Australian paper's website, rugby league, headline
    # ("until end of 2018"), stamp "24 Apr, 2015 05:20 PM" (DATE and TIME, gold_blind103),
    # byline. "the end of 2018" (and the headline's "end of 2018") takes the year's value
    # (gold_blind35); "months of speculation" PXM; "since November 1" the last one, 2014-11-01;
    # "a three-year extension" P3Y and "over three years" P3Y; "on Thursday afternoon"
    # 2015-04-23TAF; "early February" 2015-02; "a week ago" at week granularity, 2015-W16. The
    # club's "financial year that ended on October 31" is named by the year it ends, FY2014,
    # plus 2014-10-31; "the 2015 salary cap" -> "2015" (an adjectival year); "This year's
    # under-20s competition" -> "This year" 2015; "born on or after January 1, 1995" a DATE
    # (the age limit itself is not annotated). Past: the judiciary "on Tuesday night"
    # 2015-04-21TNI, "Sunday's 24-18 loss" -> "Sunday" 2015-04-19, the footage "on Wednesday"
    # 2015-04-22. Future: "tomorrow's Anzac Day clash" -> "tomorrow" and "Anzac Day" two
    # DATEs on 2015-04-25 (like "Monday is Family Day", gold_blind103), "(4pm)" its kick-off
    # 2015-04-25T16:00, "May 2" 2015-05-02, "Friday, May 8" one span, "9am on Monday"
    # 2015-04-27T09:00 and 2015-04-27. "for six weeks" P6W; "about a fortnight away" a
    # distance in time, DURATION P2W (like "a year away", gold_blind91); "the end of October"
    # 2015-10; "one-year" P1Y; "renew for 2016" -> "2016".
    # Not annotated: "two-match ban", "the next two matches", "three matches to two", "the end
    # of the season", "this season", "round 7", "round 10", "under-20s" (twice), "first-grade",
    # "grade-two", "No. 12 jersey", "41 of the club's past 44 games", "four of their seven
    # games", "fifth", "24-18", "23", "since I was 16" (an age), "$1.8 million", "$2.4
    # million", "$6.3 million", "pelicans.com.au/members2016", "1300 555 418".
    "harbourside-pelicans-latu-hartley-ban": (
        "2015-04-24",
        [
            ("end of 2018", "DATE", "2018"),
            ("24 Apr, 2015", "DATE", "2015-04-24"),
            ("05:20 PM", "TIME", "2015-04-24T17:20"),
            ("the end of 2018", "DATE", "2018"),
            ("months", "DURATION", "PXM"),
            ("November 1", "DATE", "2014-11-01"),
            ("three-year", "DURATION", "P3Y"),
            ("Thursday afternoon", "TIME", "2015-04-23TAF"),
            ("early February", "DATE", "2015-02"),
            ("a week ago", "DATE", "2015-W16"),
            ("three years", "DURATION", "P3Y"),
            ("the financial year", "DATE", "FY2014"),
            ("October 31", "DATE", "2014-10-31"),
            ("2015", "DATE", "2015"),
            ("2012", "DATE", "2012"),
            ("2013", "DATE", "2013"),
            ("This year", "DATE", "2015"),
            ("January 1, 1995", "DATE", "1995-01-01"),
            ("Tuesday night", "TIME", "2015-04-21TNI"),
            ("Sunday", "DATE", "2015-04-19"),
            ("tomorrow", "DATE", "2015-04-25"),
            ("Anzac Day", "DATE", "2015-04-25"),
            ("4pm", "TIME", "2015-04-25T16:00"),
            ("May 2", "DATE", "2015-05-02"),
            ("Friday, May 8", "DATE", "2015-05-08"),
            ("Wednesday", "DATE", "2015-04-22"),
            ("six weeks", "DURATION", "P6W"),
            ("about a fortnight", "DURATION", "P2W"),
            ("the end of October", "DATE", "2015-10"),
            ("one-year", "DURATION", "P1Y"),
            ("2016", "DATE", "2016"),
            ("9am", "TIME", "2015-04-27T09:00"),
            ("Monday", "DATE", "2015-04-27"),
        ],
    ),
    # Wednesday 2012-11-14 (ISO week 46), British broadcaster's news page, headline, stamp "14
    # November 2012 Last updated at 16:22 GMT" (DATE and TIME), byline. "announced ... on
    # Wednesday" is the publication day; the hearing "at 10am on Monday" 2012-11-12T10:00 and
    # 2012-11-12; the statement "on Tuesday evening" 2012-11-13TEV. "backdated to 21 June"
    # 2012-06-21 (a signal, gold_blind88), "free to race again on 21 June 2014"; the quote's
    # "On 21 June" the same day and "the next morning" after it 2012-06-22TMO (gold_blind3,
    # gold_blind5). "three drugs tests in 18 months" -> "18 months" P18M (the period of a
    # count, gold_blind103) and "any 18-month period" P18M; "this year" 2012 (twice), "January
    # this year" one span 2012-01 (like "May last year", gold_blind91); "March 2011"; "in
    # August" and "in April" 2012. The whereabouts rule "for one hour every day, between 6am
    # and 11pm" -> "one hour" PT1H, the SET "every day" P1D and the two clock times of a
    # recurring window XXXX-XX-XXThh:mm (gold_blind28, gold_blind103). "more than five hours"
    # PT5H; "within seven days" P7D; "twice a day" SET P1D; "the past eight years" P8Y;
    # "within the 21 days allowed" -> "the 21 days" P21D; "early next year" 2013; "cut to 12
    # months" P12M; "14 months left to run" P14M; "since 2009"; "for years" PXY; "each
    # quarter" SET P3M (like "every quarter", gold_blind14).
    # Not annotated: "10.14" (a sprint time in seconds, no value shape, gold_blind43),
    # "fourth-fastest", "4x100m", "26-year-old", "three drugs tests", "Three missed tests", "the
    # second British athlete", "the first sprinter", "his third missed test".
    "ellis-carne-missed-tests-ban": (
        "2012-11-14",
        [
            ("two years", "DURATION", "P2Y"),
            ("14 November 2012", "DATE", "2012-11-14"),
            ("16:22 GMT", "TIME", "2012-11-14T16:22"),
            ("two years", "DURATION", "P2Y"),
            ("18 months", "DURATION", "P18M"),
            ("Wednesday", "DATE", "2012-11-14"),
            ("21 June", "DATE", "2012-06-21"),
            ("21 June 2014", "DATE", "2014-06-21"),
            ("this year", "DATE", "2012"),
            ("March 2011", "DATE", "2011-03"),
            ("January this year", "DATE", "2012-01"),
            ("August", "DATE", "2012-08"),
            ("one hour", "DURATION", "PT1H"),
            ("every day", "SET", "P1D"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("18-month", "DURATION", "P18M"),
            ("10am", "TIME", "2012-11-12T10:00"),
            ("Monday", "DATE", "2012-11-12"),
            ("more than five hours", "DURATION", "PT5H"),
            ("seven days", "DURATION", "P7D"),
            ("twice a day", "SET", "P1D"),
            ("the past eight years", "DURATION", "P8Y"),
            ("the 21 days", "DURATION", "P21D"),
            ("Tuesday evening", "TIME", "2012-11-13TEV"),
            ("21 June", "DATE", "2012-06-21"),
            ("the next morning", "TIME", "2012-06-22TMO"),
            ("early next year", "DATE", "2013"),
            ("12 months", "DURATION", "P12M"),
            ("14 months", "DURATION", "P14M"),
            ("this year", "DATE", "2012"),
            ("April", "DATE", "2012-04"),
            ("2009", "DATE", "2009"),
            ("years", "DURATION", "PXY"),
            ("each quarter", "SET", "P3M"),
        ],
    ),
    # Saturday 2015-01-10 (ISO week 2), Scottish paper's football loan story, headline ("on loan
    # until end of season"), standfirst ("today's cup tie"), byline, date line "Saturday 10
    # January 2015". "today" (standfirst, lead, "starting today", "until 1pm today") is the
    # publication day; "3pm" its kick-off and "1pm" 2015-01-10T13:00. "yesterday" 2015-01-09;
    # the paperwork "at 4.40pm on Thursday" 2015-01-08T16:40 and 2015-01-08, "20 minutes before
    # the deadline" PT20M (anchored); "this weekend" in a Saturday paper 2015-W02-WE
    # (gold_blind91); "next Saturday" in a Saturday paper seven days ahead, 2015-01-17
    # (gold_blind11, gold_blind43); the appeal "on Tuesday 20 January" one span. "a four-year
    # deal in July 2013" P4Y and 2013-07; "four in a week in March last year" -> "a week" P1W
    # (the period of a count) and "March last year" one span 2014-03 (gold_blind91); "after 28
    # days" P28D (a recall clause); "the summer of 2012" one span; "since October" 2014-10 and
    # "in November" 2014-11 (past); "six months" P6M; "born after 1 January 1994" -> the DATE
    # (the age limit itself is not annotated); "the past seven weeks" P7W; "on 2 January"
    # 2015-01-02; "until the middle of February" 2015-02 (the month's value, the modifier not
    # recorded, like "the middle of next week" in gold_blind103); the window "opened on 1
    # January" 2015-01-01 and "closes at midnight on 2 February" -> "midnight" ending that day
    # 2015-02-02T24:00 (gold_blind103) and "2 February"; "until the summer" the coming one,
    # 2015-SU; "nine years" P9Y; "another two years" P2Y (like "another year").
    # Not annotated: "until end of season" (headline), "the end of the season", "last season",
    # "next season", "this weekend's fixtures" beyond "this weekend", "the deadline", "the
    # window", "before then" (anaphoric), "two-match ban", "three-match ban", "under-21", "aged
    # 21 or over" (age limits), "20-year-old", "No 19 shirt", "four first-team appearances",
    # "14 goals in 22 games", "ninth", "won only once" (a count of wins), "3-0", "the five
    # places", "dunbarrowthistle.co.uk/cup2015", "01632 960 119".
    "dunbarrow-thistle-brodie-loan": (
        "2015-01-10",
        [
            ("today", "DATE", "2015-01-10"),
            ("Saturday 10 January 2015", "DATE", "2015-01-10"),
            ("today", "DATE", "2015-01-10"),
            ("four-year", "DURATION", "P4Y"),
            ("July 2013", "DATE", "2013-07"),
            ("a week", "DURATION", "P1W"),
            ("March last year", "DATE", "2014-03"),
            ("28 days", "DURATION", "P28D"),
            ("the summer of 2012", "DATE", "2012-SU"),
            ("yesterday", "DATE", "2015-01-09"),
            ("October", "DATE", "2014-10"),
            ("November", "DATE", "2014-11"),
            ("six months", "DURATION", "P6M"),
            ("1 January 1994", "DATE", "1994-01-01"),
            ("4.40pm", "TIME", "2015-01-08T16:40"),
            ("Thursday", "DATE", "2015-01-08"),
            ("20 minutes", "DURATION", "PT20M"),
            ("this weekend", "DATE", "2015-W02-WE"),
            ("next Saturday", "DATE", "2015-01-17"),
            ("the past seven weeks", "DURATION", "P7W"),
            ("2 January", "DATE", "2015-01-02"),
            ("today", "DATE", "2015-01-10"),
            ("Tuesday 20 January", "DATE", "2015-01-20"),
            ("the middle of February", "DATE", "2015-02"),
            ("1 January", "DATE", "2015-01-01"),
            ("midnight", "TIME", "2015-02-02T24:00"),
            ("2 February", "DATE", "2015-02-02"),
            ("the summer", "DATE", "2015-SU"),
            ("nine years", "DURATION", "P9Y"),
            ("another two years", "DURATION", "P2Y"),
            ("3pm", "TIME", "2015-01-10T15:00"),
            ("1pm", "TIME", "2015-01-10T13:00"),
            ("today", "DATE", "2015-01-10"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
