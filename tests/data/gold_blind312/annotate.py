"""Annotations of the three-hundred-and-twelfth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind312/annotate.py [--show]

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
    # Sunday 2012-10-21 (ISO week 42), Reuters-style "Athletics-" marathon story, "EINDHOLM,
    # Netherlands, Oct 21 (Reuters) -" dateline (the publication day, gold_blind28,
    # gold_blind43). The race was "on Sunday", the publication day (lead and the manager's
    # "said on Sunday"), and Bett's quoted "Today" is that day too. The start "at 0830 local
    # (0630 GMT)" gives two TIMEs of race day (CEST, UTC+2, until 28 October), the zone words
    # in the span. Past: the wind "dropped late Saturday" 2012-10-20; the pacemakers "booked
    # only on Thursday" 2012-10-18, and the favourite's withdrawal "a week earlier" is anchored
    # on that Thursday at the week's granularity, 2012-W41 (gold_blind12, gold_blind22). Future:
    # "flies home ... on Monday" 2012-10-22; "early November" 2012-11; "Jan. 18" 2013-01-18;
    # "in April" (headline and body) 2013-04; "Next year's race" -> "Next year" 2013 (the
    # possessive left out); "at 9 a.m. on Dec. 1" 2012-12-01T09:00 plus the DATE. "For two
    # years" P2Y and "The last six weeks" P6W (the period before the race, determiner kept);
    # "a day after her 24th birthday" an anchored duration, "a day" P1D (gold_blind40,
    # gold_blind64); "last year's race" -> "last year" 2011; "since March" 2012-03 and "five
    # months" P5M; "the past few days" PXD; "a fortnight" P2W; "now" PRESENT_REF; "Since July"
    # 2012-07; "every three weeks" SET P3W; "almost every year" SET P1Y with its modifier in
    # the span (gold_blind35); "the 1990s" 199; "over the past decade" -> "the past decade"
    # P10Y. Not annotated: the race times "2:05:37", "2:06:14", "62:48", "2:06:51", "2:08:05",
    # "2:24:10" (clock-like figures that are not times of day, gold_blind43), "the first half"
    # (of the race, a sports period, gold_blind43), "a spring marathon" (an adjectival season
    # naming a kind of race, like "a summer league" in gold_blind91), "half-marathon", "third
    # marathon", "24th birthday", "27-year-old", "35 km", "40 km per hour", "38,000", "600",
    # "12,000", "40,000 euros ($52,200)", "25,000 euros", "fourth Kenyan", the URL
    # "www.eindholmmarathon.nl/2013" (beside the annotated "Oct. 20, 2013").
    "eindholm-marathon-course-record": (
        "2012-10-21",
        [
            ("April", "DATE", "2013-04"),
            ("Oct 21", "DATE", "2012-10-21"),
            ("Sunday", "DATE", "2012-10-21"),
            ("2009", "DATE", "2009"),
            ("0830 local", "TIME", "2012-10-21T08:30"),
            ("0630 GMT", "TIME", "2012-10-21T06:30"),
            ("two years", "DURATION", "P2Y"),
            ("Today", "DATE", "2012-10-21"),
            ("The last six weeks", "DURATION", "P6W"),
            ("2010", "DATE", "2010"),
            ("2011", "DATE", "2011"),
            ("a day", "DURATION", "P1D"),
            ("March", "DATE", "2012-03"),
            ("five months", "DURATION", "P5M"),
            ("last year", "DATE", "2011"),
            ("the past few days", "DURATION", "PXD"),
            ("late Saturday", "DATE", "2012-10-20"),
            ("Thursday", "DATE", "2012-10-18"),
            ("a week earlier", "DATE", "2012-W41"),
            ("Monday", "DATE", "2012-10-22"),
            ("Sunday", "DATE", "2012-10-21"),
            ("a fortnight", "DURATION", "P2W"),
            ("early November", "DATE", "2012-11"),
            ("Jan. 18", "DATE", "2013-01-18"),
            ("April", "DATE", "2013-04"),
            ("now", "DATE", "PRESENT_REF"),
            ("July", "DATE", "2012-07"),
            ("every three weeks", "SET", "P3W"),
            ("almost every year", "SET", "P1Y"),
            ("the 1990s", "DATE", "199"),
            ("1981", "DATE", "1981"),
            ("the past decade", "DURATION", "P10Y"),
            ("Next year", "DATE", "2013"),
            ("Oct. 20, 2013", "DATE", "2013-10-20"),
            ("9 a.m.", "TIME", "2012-12-01T09:00"),
            ("Dec. 1", "DATE", "2012-12-01"),
        ],
    ),
    # Saturday 2013-06-29 (ISO week 26), AFP-style festival awards story, "MARENNA, Italy, June
    # 29, 2013 (AFP) -" dateline (AFP's dateline carries the full date). The awards were "late
    # Friday" 2013-06-28; the ceremony "began at 9:00 pm (1900 GMT)" that Friday (CEST,
    # UTC+2), two TIMEs; "almost three hours" PT3H. The jury "met on Thursday" 2013-06-27 and
    # decided "the following day", anchored on that Thursday, 2013-06-28 (gold_blind36); the
    # juror's "that evening" is the evening of the premiere "on June 21" named right after it,
    # 2013-06-21TEV (like "that evening" in gold_blind8). Herrera "left ... on Wednesday"
    # 2013-06-26. The director "said on Saturday" (the publication day); the repeat
    # screenings "on Saturday and Sunday" 2013-06-29 and 2013-06-30 "at 6:00 pm and 10:00 pm
    # each evening" are clock times of a recurrence on no single day, XXXX-XX-XXThh:mm, with
    # the SET XXXX-XX-XXTEV (gold_blind28, gold_blind103's "every night"). "up 12 percent from
    # a year earlier": ticket sales of this edition against last year's, 2012 (the granularity
    # of what it is compared with, gold_blind35). "from June 19 to June 28 next year" ->
    # 2014-06-19, 2014-06-28 and "next year" 2014. "two decades after her mother ... won" an
    # anchored duration P20Y; "seven years" P7Y, "14 months" P14M, "10-day" P10D, "10-hour"
    # PT10H; "decades", "For years" -> "years" and "the past few years" PXY; "every year" SET
    # P1Y; "earlier this month" 2013-06; "the autumn" ahead 2013-FA; "September" 2013-09;
    # "until July 31" 2013-07-31. Not annotated: the film titles "The Long Winter" (headline,
    # lead and body), "Last Summer in Rosario", "Midnight Ferry" (names holding time words,
    # gold_blind43), "Golden Heron", "the 64th edition" (an ordinal edition, gold_blind62), the
    # URL "www.marennafilm.it/2013", ages "41" and "19", "142,000", "12 percent", "140 films",
    # "38 countries", "by video link".
    "marenna-film-festival-golden-heron": (
        "2013-06-29",
        [
            ("June 29, 2013", "DATE", "2013-06-29"),
            ("late Friday", "DATE", "2013-06-28"),
            ("10-day", "DURATION", "P10D"),
            ("9:00 pm", "TIME", "2013-06-28T21:00"),
            ("1900 GMT", "TIME", "2013-06-28T19:00"),
            ("almost three hours", "DURATION", "PT3H"),
            ("Thursday", "DATE", "2013-06-27"),
            ("the following day", "DATE", "2013-06-28"),
            ("10-hour", "DURATION", "PT10H"),
            ("that evening", "TIME", "2013-06-21TEV"),
            ("June 21", "DATE", "2013-06-21"),
            ("seven years", "DURATION", "P7Y"),
            ("2006", "DATE", "2006"),
            ("14 months", "DURATION", "P14M"),
            ("2010", "DATE", "2010"),
            ("2011", "DATE", "2011"),
            ("decades", "DURATION", "PXY"),
            ("Wednesday", "DATE", "2013-06-26"),
            ("two decades", "DURATION", "P20Y"),
            ("1993", "DATE", "1993"),
            ("Saturday", "DATE", "2013-06-29"),
            ("a year earlier", "DATE", "2012"),
            ("June 19", "DATE", "2014-06-19"),
            ("June 28", "DATE", "2014-06-28"),
            ("next year", "DATE", "2014"),
            ("years", "DURATION", "PXY"),
            ("the past few years", "DURATION", "PXY"),
            ("1951", "DATE", "1951"),
            ("2009", "DATE", "2009"),
            ("every year", "SET", "P1Y"),
            ("March 2011", "DATE", "2011-03"),
            ("earlier this month", "DATE", "2013-06"),
            ("the autumn", "DATE", "2013-FA"),
            ("September", "DATE", "2013-09"),
            ("Saturday", "DATE", "2013-06-29"),
            ("Sunday", "DATE", "2013-06-30"),
            ("6:00 pm", "TIME", "XXXX-XX-XXT18:00"),
            ("10:00 pm", "TIME", "XXXX-XX-XXT22:00"),
            ("each evening", "SET", "XXXX-XX-XXTEV"),
            ("July 31", "DATE", "2013-07-31"),
        ],
    ),
    # Tuesday 2014-07-15 (ISO week 29), dpa-style transfer story, slug line
    # "Football/Germany/Transfers", headline ("until 2018" -> "2018", "until" a signal), stamp
    # "July 15, 2014, 14:52 GMT" (DATE and TIME), "Hamburg (dpa) -" dateline. The club "said
    # on Tuesday" and presented Lund "at 11 am (0900 GMT) on Tuesday" (CEST, UTC+2): the
    # publication day. Past: the medical "on Monday" 2014-07-14, the sale "confirmed ... late
    # Monday" 2014-07-14, the talks "until after midnight on Sunday" -> "midnight" the end of
    # Sunday 2014-07-13T24:00 (gold_blind103) and "Sunday" 2014-07-13, "on Monday morning"
    # 2014-07-14TMO. Future: the camp "starts on Thursday" 2014-07-17 and "lasts ten days"
    # P10D; "the weekend of August 16-17" one DATE span, 2014-W33-WE (gold_blind66,
    # gold_blind91); "August 23" 2014-08-23 and "a week later" anchored on it at the week's
    # granularity, 2014-W35 (gold_blind68, gold_blind79). "four-year" P4Y; "June 30, 2018";
    # "since January" and "in January" 2014-01, "in May" 2014-05 (past); "the past few days"
    # PXD; "the end of 2015" the year's value; "two years later" after 2007 is 2009; "October
    # 2012"; "extended to 2016" -> "2016"; "earlier this month" 2014-07; "for decades" ->
    # "decades" PXY. The club's financial year runs July-June and is named by the year it
    # ends: "the 2012-13 financial year" FY2013 and "the 2014-15 financial year, which began on
    # July 1" FY2015 plus 2014-07-01 (gold_blind49, gold_blind69); "in March" (past) 2014-03.
    # "a year ago" 2013 (the unit's granularity); "Sales close on July 31" 2014-07-31; the
    # office hours "daily from 9 am to 6 pm" SET P1D plus two TIMEs XXXX-XX-XXThh:mm
    # (gold_blind62). Not annotated: "last season" (twice), "the final day", "league season"
    # (sports periods, gold_blind43, gold_blind91), "ever since" (anaphoric), "the number 18
    # shirt", the phone number "040 555 2018" (both beside the annotated "2018"), "11th",
    # "fourth-tier", "the first round", "21 goals in 33 league games", ages "24-year-old" and
    # "16-year-old", "6 million euros (8.2 million dollars)", "3.2 million euros", "19,800",
    # "17,500", "so far".
    "elbstedt-sign-lund-until-2018": (
        "2014-07-15",
        [
            ("2018", "DATE", "2018"),
            ("July 15, 2014", "DATE", "2014-07-15"),
            ("14:52 GMT", "TIME", "2014-07-15T14:52"),
            ("four-year", "DURATION", "P4Y"),
            ("June 30, 2018", "DATE", "2018-06-30"),
            ("Tuesday", "DATE", "2014-07-15"),
            ("Monday", "DATE", "2014-07-14"),
            ("11 am", "TIME", "2014-07-15T11:00"),
            ("0900 GMT", "TIME", "2014-07-15T09:00"),
            ("Tuesday", "DATE", "2014-07-15"),
            ("late Monday", "DATE", "2014-07-14"),
            ("1998", "DATE", "1998"),
            ("January", "DATE", "2014-01"),
            ("January", "DATE", "2014-01"),
            ("May", "DATE", "2014-05"),
            ("the past few days", "DURATION", "PXD"),
            ("midnight", "TIME", "2014-07-13T24:00"),
            ("Sunday", "DATE", "2014-07-13"),
            ("Monday morning", "TIME", "2014-07-14TMO"),
            ("the end of 2015", "DATE", "2015"),
            ("2007", "DATE", "2007"),
            ("two years later", "DATE", "2009"),
            ("Thursday", "DATE", "2014-07-17"),
            ("ten days", "DURATION", "P10D"),
            ("the weekend of August 16-17", "DATE", "2014-W33-WE"),
            ("August 23", "DATE", "2014-08-23"),
            ("a week later", "DATE", "2014-W35"),
            ("October 2012", "DATE", "2012-10"),
            ("2016", "DATE", "2016"),
            ("earlier this month", "DATE", "2014-07"),
            ("decades", "DURATION", "PXY"),
            ("the 2012-13 financial year", "DATE", "FY2013"),
            ("March", "DATE", "2014-03"),
            ("the 2014-15 financial year", "DATE", "FY2015"),
            ("July 1", "DATE", "2014-07-01"),
            ("a year ago", "DATE", "2013"),
            ("July 31", "DATE", "2014-07-31"),
            ("daily", "SET", "P1D"),
            ("9 am", "TIME", "XXXX-XX-XXT09:00"),
            ("6 pm", "TIME", "XXXX-XX-XXT18:00"),
        ],
    ),
    # Thursday 2015-04-16 (ISO week 16), AFP-style museum story, "COPENHAGEN, April 16, 2015
    # (AFP) -" dateline. The director "said on Thursday" (the publication day); the museum
    # reopens "on Saturday" 2015-04-18, "at 10:00 am (0800 GMT)" (CEST, UTC+2), two TIMEs of
    # that Saturday; "this weekend" and "the weekend" 2015-W16-WE (18-19 April). Past: the
    # tickets went online "on Monday" 2015-04-13. Future: "From Tuesday" 2015-04-21, the day
    # after the weekend ("From" a signal). Opening hours "daily from 10:00 am to 5:00 pm, and
    # until 9:00 pm on Thursdays" -> SET P1D, three TIMEs XXXX-XX-XXThh:mm and SET XXXX-WXX-4
    # (gold_blind62). "Easter" 2015 fell on Sunday 2015-04-05 (past, the holiday on its date);
    # "less than two weeks" P2W is the size of the miss, "almost 18 months" P18M the size of
    # the delay (gold_blind35); "four-year" (headline and lead) and "four years" P4Y,
    # "two-year" P2Y, "11 weeks" P11W, "two hours" PT2H ("within" a signal), "14 months" P14M.
    # "19th-century" DATE 18 (an adjectival century, gold_blind12); "the spring of 2012"
    # 2012-SP; "Two years ago" 2013 and "that summer" after it 2013-SU (a narrative anchor, like
    # "That winter" in gold_blind103); "its first 12 months" an ordinal period of an event,
    # P12M (gold_blind14's "its first 100 days"); "last month" 2015-03; "For decades" ->
    # "decades" PXY; "the 1840s" 184, "the 1990s" 199; "recent months" PAST_REF; "May 1"
    # 2015-05-01; "last year" 2014. Not annotated: "Golden Age painting" (the name of an art
    # period, not a time of the story), the title "A Summer Evening at the Harbour" (a name
    # holding time words), "the last full year before the closure" (an apposition to the
    # annotated "2010", event-named), "under-18s", "640 million kroner ($94 million)", "110
    # kroner", "210,000", "300,000", "About 120", "40 staff", "60 percent".
    "copenhagen-marstrand-museum-reopens": (
        "2015-04-16",
        [
            ("four-year", "DURATION", "P4Y"),
            ("April 16, 2015", "DATE", "2015-04-16"),
            ("Saturday", "DATE", "2015-04-18"),
            ("four-year", "DURATION", "P4Y"),
            ("Thursday", "DATE", "2015-04-16"),
            ("19th-century", "DATE", "18"),
            ("September 2011", "DATE", "2011-09"),
            ("two-year", "DURATION", "P2Y"),
            ("the spring of 2012", "DATE", "2012-SP"),
            ("almost 18 months", "DURATION", "P18M"),
            ("Easter", "DATE", "2015-04-05"),
            ("less than two weeks", "DURATION", "P2W"),
            ("four years", "DURATION", "P4Y"),
            ("Two years ago", "DATE", "2013"),
            ("11 weeks", "DURATION", "P11W"),
            ("that summer", "DATE", "2013-SU"),
            ("10:00 am", "TIME", "2015-04-18T10:00"),
            ("0800 GMT", "TIME", "2015-04-18T08:00"),
            ("Saturday", "DATE", "2015-04-18"),
            ("this weekend", "DATE", "2015-W16-WE"),
            ("the weekend", "DATE", "2015-W16-WE"),
            ("two hours", "DURATION", "PT2H"),
            ("Monday", "DATE", "2015-04-13"),
            ("Tuesday", "DATE", "2015-04-21"),
            ("daily", "SET", "P1D"),
            ("10:00 am", "TIME", "XXXX-XX-XXT10:00"),
            ("5:00 pm", "TIME", "XXXX-XX-XXT17:00"),
            ("9:00 pm", "TIME", "XXXX-XX-XXT21:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("2010", "DATE", "2010"),
            ("its first 12 months", "DURATION", "P12M"),
            ("October 2013", "DATE", "2013-10"),
            ("last month", "DATE", "2015-03"),
            ("1838", "DATE", "1838"),
            ("14 months", "DURATION", "P14M"),
            ("decades", "DURATION", "PXY"),
            ("the 1840s", "DATE", "184"),
            ("January 2014", "DATE", "2014-01"),
            ("recent months", "DATE", "PAST_REF"),
            ("May 1", "DATE", "2015-05-01"),
            ("the 1990s", "DATE", "199"),
            ("2015", "DATE", "2015"),
            ("2016", "DATE", "2016"),
            ("last year", "DATE", "2014"),
        ],
    ),
    # Wednesday 2014-03-12 (ISO week 11), AP-style music story on a newspaper website, stamp
    # "Published 6:42 pm, Wednesday, March 12, 2014" (a TIME and one DATE span for the weekday
    # date, gold_blind35), byline "AP Music Writer", "NEW YORK (AP) —" dateline; the publicist
    # "said Wednesday", the publication day. Past: the Toronto show "on Saturday" 2014-03-08,
    # the Chicago postponement "a week earlier", anchored on that Saturday at the week's
    # granularity, 2014-W09 (1 March); the Detroit concert "on Monday night" 2014-03-10TNI; the
    # diagnosis "on Tuesday" 2014-03-11 and "the following day" after it 2014-03-12; the post
    # "late Tuesday" 2014-03-11; fans lining up "since Monday morning" 2014-03-10TMO. Future:
    # "Thursday's show" -> "Thursday" 2014-03-13 and "Saturday's show in Philadelphia" ->
    # "Saturday" 2014-03-15 (the story holds Saturday in both directions, gold_blind43,
    # gold_blind103). "the fall" ahead 2014-FA; "early April" 2014-04; "Feb. 21" past, "May 17",
    # "Oct. 3", "Sept. 26", "Nov. 14", "June 2" ahead; "May" ahead 2014-05; "this week's
    # planned release" -> "this week" 2014-W11; "last year" 2013. "the past few months" PXM;
    # "six weeks" P6W, "40 minutes" PT40M, "30 days" P30D, "two-hour" PT2H, "three months" P3M
    # ("within" a signal); "four nights a week" SET P1W (only the period, like "twice a week",
    # gold_blind35); "the second time in three years" -> "three years" P3Y (gold_blind43);
    # "for decades" -> "decades" PXY; "Twenty years ago" 1994 (the unit's granularity);
    # "Since the 1990s" -> "the 1990s" 199; "Today it's routine" PRESENT_REF (nowadays, as in
    # gold_blind37 and gold_blind44). Not annotated: the album "Twelve Mondays" (a title
    # holding a weekday), "No. 1", "the Billboard 200", "14 of the 20", "four dates",
    # "29-year-old", the phone number "1-888-555-0314", the URL
    # "http://www.mayalorne.com/tour2014", "the original dates", "back on stage".
    "maya-lorne-tour-postponed-surgery": (
        "2014-03-12",
        [
            ("6:42 pm", "TIME", "2014-03-12T18:42"),
            ("Wednesday, March 12, 2014", "DATE", "2014-03-12"),
            ("the fall", "DATE", "2014-FA"),
            ("Wednesday", "DATE", "2014-03-12"),
            ("last year", "DATE", "2013"),
            ("Saturday", "DATE", "2014-03-08"),
            ("a week earlier", "DATE", "2014-W09"),
            ("Monday night", "TIME", "2014-03-10TNI"),
            ("40 minutes", "DURATION", "PT40M"),
            ("Tuesday", "DATE", "2014-03-11"),
            ("six weeks", "DURATION", "P6W"),
            ("early April", "DATE", "2014-04"),
            ("the following day", "DATE", "2014-03-12"),
            ("the past few months", "DURATION", "PXM"),
            ("late Tuesday", "DATE", "2014-03-11"),
            ("Feb. 21", "DATE", "2014-02-21"),
            ("May 17", "DATE", "2014-05-17"),
            ("Thursday", "DATE", "2014-03-13"),
            ("Monday morning", "TIME", "2014-03-10TMO"),
            ("Saturday", "DATE", "2014-03-15"),
            ("Oct. 3", "DATE", "2014-10-03"),
            ("Sept. 26", "DATE", "2014-09-26"),
            ("Nov. 14", "DATE", "2014-11-14"),
            ("30 days", "DURATION", "P30D"),
            ("June 2", "DATE", "2014-06-02"),
            ("this week", "DATE", "2014-W11"),
            ("May", "DATE", "2014-05"),
            ("two-hour", "DURATION", "PT2H"),
            ("four nights a week", "SET", "P1W"),
            ("three years", "DURATION", "P3Y"),
            ("2012", "DATE", "2012"),
            ("decades", "DURATION", "PXY"),
            ("three months", "DURATION", "P3M"),
            ("Twenty years ago", "DATE", "1994"),
            ("the 1990s", "DATE", "199"),
            ("Today", "DATE", "PRESENT_REF"),
        ],
    ),
    # Friday 2013-02-22 (ISO week 8), Reuters-style "Olympics-" story, "VIENNA, Feb 22
    # (Reuters) -" dateline; the mayor "said on Friday", the publication day. The council
    # "voted ... late Thursday" 2013-02-21, its debate "began at 6 p.m." that Thursday and the
    # vote came "shortly before midnight" -> "midnight" the end of Thursday, 2013-02-21T24:00
    # ("shortly before" a signal, gold_blind47; T24:00 as in gold_blind103). The referendum
    # "on Sunday, April 14" is one DATE span (a weekday date, gold_blind91), the headline's
    # "April 14" and the polling day's "April 14" the same day, with its clock times "7 a.m.",
    # "5 p.m. (1500 GMT)" (CEST, UTC+2, from 31 March) and "by 9 p.m." on 2013-04-14. Past:
    # the poll "on Wednesday" 2013-02-20, "in October" 2012-10, "since January" 2013-01. Future:
    # the march "on Saturday" 2013-02-23; "in May" 2013-05; "Nov. 14" 2013-11-14; "next week"
    # 2013-W09; "March 5" 2013-03-05 (a Tuesday, the first of the meetings "every Tuesday
    # evening", SET XXXX-WXX-2TEV). "2022" in "2022 Winter Games" and "2022 Winter Olympics"
    # adjectival years, DATE (gold_blind43); "the summer of 2014" 2014-SU; "July 2015";
    # "by 2020" -> "2020"; "the first half of this year" 2013-H1 (one span, a calendar half,
    # gold_blind35); "two years ago" 2011; "the next two years" P2Y; "more than five hours"
    # PT5H; "17 days" P17D and "20 years" P20Y; "For decades" -> "decades" PXY; "Now"
    # PRESENT_REF; "every weekend" SET XXXX-WXX-WE. Not annotated: "27-14" (a vote count,
    # beside "April 14"), "Winter Games", "Winter Olympics" and "the Games" (names of the
    # event; only their years are annotated), "until the vote" and "until the referendum"
    # (event-named), "the final say", "48,000", "35 million euros ($46 million)", "6,200",
    # "52 percent", "61 percent", "8,000-seat", "34" (an age), "world junior".
    "reitenbach-2022-winter-games-referendum": (
        "2013-02-22",
        [
            ("2022", "DATE", "2022"),
            ("April 14", "DATE", "2013-04-14"),
            ("Feb 22", "DATE", "2013-02-22"),
            ("late Thursday", "DATE", "2013-02-21"),
            ("2022", "DATE", "2022"),
            ("Sunday, April 14", "DATE", "2013-04-14"),
            ("6 p.m.", "TIME", "2013-02-21T18:00"),
            ("more than five hours", "DURATION", "PT5H"),
            ("midnight", "TIME", "2013-02-21T24:00"),
            ("Friday", "DATE", "2013-02-22"),
            ("the next two years", "DURATION", "P2Y"),
            ("May", "DATE", "2013-05"),
            ("decades", "DURATION", "PXY"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("7 a.m.", "TIME", "2013-04-14T07:00"),
            ("April 14", "DATE", "2013-04-14"),
            ("5 p.m.", "TIME", "2013-04-14T17:00"),
            ("1500 GMT", "TIME", "2013-04-14T15:00"),
            ("9 p.m.", "TIME", "2013-04-14T21:00"),
            ("Nov. 14", "DATE", "2013-11-14"),
            ("the summer of 2014", "DATE", "2014-SU"),
            ("July 2015", "DATE", "2015-07"),
            ("January", "DATE", "2013-01"),
            ("Saturday", "DATE", "2013-02-23"),
            ("17 days", "DURATION", "P17D"),
            ("20 years", "DURATION", "P20Y"),
            ("Wednesday", "DATE", "2013-02-20"),
            ("October", "DATE", "2012-10"),
            ("1976", "DATE", "1976"),
            ("two years ago", "DATE", "2011"),
            ("2020", "DATE", "2020"),
            ("the 1990s", "DATE", "199"),
            ("the first half of this year", "DATE", "2013-H1"),
            ("next week", "DATE", "2013-W09"),
            ("every Tuesday evening", "SET", "XXXX-WXX-2TEV"),
            ("March 5", "DATE", "2013-03-05"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
