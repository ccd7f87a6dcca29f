"""Annotations of blind gold set 470, chosen by hand before the tagger ran.

    python tests/data/gold_blind470/annotate.py [--show]

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
    # Tuesday 2017-06-13 (ISO week 24), US local daily's website, section label, headline,
    # byline, stamps "Posted Jun 13, 2017 at 6:05 AM" and "Updated ... 11:20 AM" (date and
    # clock time two TIMEX3, "Posted"/"Updated" labels left out), "MARLOW HEIGHTS, Calif. —"
    # dateline. The council voted "late Monday" 2017-06-12 (one DATE span, gold_blind13),
    # "shortly before 11 p.m." -> "11 p.m." 2017-06-12T23:00 ("shortly before" a signal,
    # gold_blind13); the speakers "signed up Monday" and the last spoke "after 9:30 p.m." that
    # night. A California city's fiscal year runs July-June and is named by the year it ends:
    # "fiscal 2018, which begins July 1" FY2018 plus 2017-07-01 (gold_blind13, gold_blind29,
    # gold_blind41); "the current fiscal year, which closes June 30" FY2017 plus 2017-06-30.
    # "put off ... until January" 2018-01 (future); "bills mailed in August" 2017-08;
    # "finished in March" 2017-03 and "January through March" (receipts already in) 2017-01
    # and 2017-03; "at least December" 2017-12 (modifier kept, gold_blind35). "a May 22 study
    # session; that evening" -> 2017-05-22 and TIME 2017-05-22TEV (an anchored part of day,
    # gold_blind8). "three weeks ago" (said Monday) 2017-W21, the unit's granularity
    # (gold_blind28, gold_blind103). "every year" SET P1Y; "on Sundays" and "on Mondays" SETs
    # XXXX-WXX-7 / XXXX-WXX-1, the library's recurring hours "from 10 a.m. to 6 p.m." on no
    # particular day XXXX-XX-XXT10:00 / T18:00 (gold_blind13, gold_blind103); "beginning
    # Monday, Sept. 11" one DATE span with its weekday. "next Monday" 2017-06-19; "6 p.m. June
    # 26" two TIMEX3; "five-year" adjectival DURATION; "last fall" 2016-FA, "next spring"
    # 2018-SP; "a decade" (put off repairs for a decade) P10Y. Not annotated: "5-2",
    # "Ordinance 2017-14" (an ordinance number holding the year), "$84.3 million", "$5.40",
    # "$63.40", "4 percent", "6 percent", "Ridge Avenue", "23"/"Twenty-three", "40 residents",
    # "11 vacant positions", "Fire Station 3", "marlowheights.gov/budget/fy2018" (a fiscal year
    # inside a URL), "559-555-2018" (a phone number ending in a year), "$2.1 million",
    # "$400,000", "not getting any younger" (idiom).
    "marlow-heights-budget-water-rates": (
        "2017-06-13",
        [
            ("July 1", "DATE", "2017-07-01"),
            ("Jun 13, 2017", "DATE", "2017-06-13"),
            ("6:05 AM", "TIME", "2017-06-13T06:05"),
            ("Jun 13, 2017", "DATE", "2017-06-13"),
            ("11:20 AM", "TIME", "2017-06-13T11:20"),
            ("nearly four hours", "DURATION", "PT4H"),
            ("late Monday", "DATE", "2017-06-12"),
            ("fiscal 2018", "DATE", "FY2018"),
            ("July 1", "DATE", "2017-07-01"),
            ("11 p.m.", "TIME", "2017-06-12T23:00"),
            ("about 30 minutes", "DURATION", "PT30M"),
            ("January", "DATE", "2018-01"),
            ("August", "DATE", "2017-08"),
            ("July 1, 2018", "DATE", "2018-07-01"),
            ("March", "DATE", "2017-03"),
            ("every year", "SET", "P1Y"),
            ("2022", "DATE", "2022"),
            ("a decade", "DURATION", "P10Y"),
            ("1958", "DATE", "1958"),
            ("two weeks", "DURATION", "P2W"),
            ("May 30", "DATE", "2017-05-30"),
            ("May 22", "DATE", "2017-05-22"),
            ("that evening", "TIME", "2017-05-22TEV"),
            ("three weeks ago", "DATE", "2017-W21"),
            ("Monday", "DATE", "2017-06-12"),
            ("9:30 p.m.", "TIME", "2017-06-12T21:30"),
            ("at least December", "DATE", "2017-12"),
            ("the current fiscal year", "DATE", "FY2017"),
            ("June 30", "DATE", "2017-06-30"),
            ("January", "DATE", "2017-01"),
            ("March", "DATE", "2017-03"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("last fall", "DATE", "2016-FA"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("Monday, Sept. 11", "DATE", "2017-09-11"),
            ("next Monday", "DATE", "2017-06-19"),
            ("five-year", "DURATION", "P5Y"),
            ("6 p.m.", "TIME", "2017-06-26T18:00"),
            ("June 26", "DATE", "2017-06-26"),
            ("2019", "DATE", "2019"),
            ("next spring", "DATE", "2018-SP"),
        ],
    ),
    # Thursday 2019-09-12 (ISO week 37), Florida county government's news release, agency
    # name, "NEWS RELEASE", "FOR IMMEDIATE RELEASE: Thursday, Sept. 12, 2019" (one DATE span
    # with its weekday, the label left out like "Published:", gold_blind41), contact block,
    # headline, "SABAL SPRINGS, Fla. –" dateline, a "KEY BUDGET DATES" box and "###". The
    # first hearing was "on Tuesday evening" 2019-09-10TEV, began "at 5:01 p.m." and ended
    # "at about 8:15 p.m." that day. A Florida county's fiscal year runs October-September and
    # is named by the year it ends: "the 2019-20 fiscal year" FY2020 (one span, like "the
    # 2012-13 financial year", gold_blind49, gold_blind90), "Fiscal year 2020" FY2020 (the
    # box), "the current fiscal year's budget" -> "the current fiscal year" FY2019 (the
    # possessive without the "'s"). "since 2016", "as it did in 2013", "the storms of 2017"
    # DATEs; "in recent years" -> "recent years" PAST_REF (gold_blind41); "last year" (last
    # year's tax bill) 2018; "mid-August" 2019-08. "Since January"
    # 2019-01; "in June and July" the workshops just held, 2019-06 and 2019-07; "Saturday
    # mornings" SET XXXX-WXX-6TMO (like "Saturday nights", gold_blind41). Future: "noon on
    # Monday, Sept. 23" 2019-09-23T12:00 plus the DATE; "5:01 p.m. Tuesday, Sept. 24"
    # (headline, body, box) two TIMEX3; "meets Wednesday at 9 a.m." 2019-09-18 and
    # 2019-09-18T09:00; "Sept. 27", "Oct. 1", "Nov. 1", "payment in November" 2019-11,
    # "March 31, 2020". "within three days of the final hearing" -> "three days" (anchored
    # duration, gold_blind35); "over two years" P2Y; "more than 18 months" P18M; "the past six
    # months" P6M; "10-year" adjectival. Not annotated: "6.2500 mills", "6.1 mills", "4-1",
    # "941-555-2020", "sabalcountyfl.gov/budget2020" (a fiscal year inside a URL), "Resolution
    # 2019-117" (a resolution number holding the year), "Room 1201" (reads like a clock time),
    # "1660 Heron Parkway", "SCTV Channel 20", "the first of two public hearings", "the final
    # hearing" (event-named), "regular business hours", "$612.4 million", "$589.9 million",
    # "$200,000", "$1,250", "$38", "$9 million", "3.8 percent", "4 percent", "14", "22", "19
    # residents", "11 town halls".
    "sabal-county-tentative-millage-hearing": (
        "2019-09-12",
        [
            ("Thursday, Sept. 12, 2019", "DATE", "2019-09-12"),
            ("Sept. 24", "DATE", "2019-09-24"),
            ("Tuesday evening", "TIME", "2019-09-10TEV"),
            ("the 2019-20 fiscal year", "DATE", "FY2020"),
            ("2016", "DATE", "2016"),
            ("5:01 p.m.", "TIME", "2019-09-10T17:01"),
            ("about 8:15 p.m.", "TIME", "2019-09-10T20:15"),
            ("the current fiscal year", "DATE", "FY2019"),
            ("recent years", "DATE", "PAST_REF"),
            ("last year", "DATE", "2018"),
            ("mid-August", "DATE", "2019-08"),
            ("two years", "DURATION", "P2Y"),
            ("2017", "DATE", "2017"),
            ("more than 18 months", "DURATION", "P18M"),
            ("the past six months", "DURATION", "P6M"),
            ("January", "DATE", "2019-01"),
            ("Saturday mornings", "SET", "XXXX-WXX-6TMO"),
            ("June", "DATE", "2019-06"),
            ("July", "DATE", "2019-07"),
            ("2013", "DATE", "2013"),
            ("noon", "TIME", "2019-09-23T12:00"),
            ("Monday, Sept. 23", "DATE", "2019-09-23"),
            ("5:01 p.m.", "TIME", "2019-09-24T17:01"),
            ("Tuesday, Sept. 24", "DATE", "2019-09-24"),
            ("Wednesday", "DATE", "2019-09-18"),
            ("9 a.m.", "TIME", "2019-09-18T09:00"),
            ("10-year", "DURATION", "P10Y"),
            ("Sept. 24", "DATE", "2019-09-24"),
            ("5:01 p.m.", "TIME", "2019-09-24T17:01"),
            ("Sept. 27", "DATE", "2019-09-27"),
            ("three days", "DURATION", "P3D"),
            ("Oct. 1", "DATE", "2019-10-01"),
            ("Fiscal year 2020", "DATE", "FY2020"),
            ("Nov. 1", "DATE", "2019-11-01"),
            ("November", "DATE", "2019-11"),
            ("March 31, 2020", "DATE", "2020-03-31"),
        ],
    ),
    # Wednesday 2018-08-08 (ISO week 32), AP state wire on a newspaper's website, section
    # label, headline, byline, stamp "Updated 10:42 am, Wednesday, August 8, 2018" (TIME and
    # one DATE span with its weekday), "HARTWELL, Mo. (AP) —" dateline. The primary was "on
    # Tuesday" 2018-08-07: "shortly after 11 p.m." 2018-08-07T23:00 ("shortly after" a
    # signal), polls "from 6 a.m. to 7 p.m." that day, "at about 11:30 p.m. Tuesday night" ->
    # "about 11:30 p.m." 2018-08-07T23:30 and "Tuesday night" TIME 2018-08-07TNI, two TIMEX3.
    # "early Wednesday" and "Wednesday morning" are the publication day (DATE 2018-08-08, TIME
    # 2018-08-08TMO). Future: ballots "counted Thursday" 2018-08-09 and the canvass board "the
    # next day" 2018-08-10 (anchored on the last date, gold_blind32, gold_blind41); "by Aug.
    # 21, two weeks after the election" -> 2018-08-21 and P2W (an anchored duration,
    # gold_blind35); "within seven days of certification" P7D; "the Nov. 6 general election"
    # 2018-11-06; "leaves office in January" 2019-01; "takes effect Jan. 1" 2019-01-01;
    # "next week" 2018-W33; "This fall" 2018-FA; "in 2020" 2020. "three four-year terms" ->
    # "four-year" adjectival DURATION; "since 2006", "in 2016", "since the 1990s" 199,
    # "February 2017", "last month" 2018-07, "the final three weeks" P3W, "after 10 years"
    # P10Y, "built in 1979", "every month since March 2016" SET P1M plus 2016-03 (a habit and
    # its start two TIMEX3, gold_blind35), "first elected in 2010". Not annotated: "61", "a
    # 29-year-old teacher" (ages), "a two-term Republican" (gold_blind41), "three-way", "54
    # percent", "33 percent", "58 percent to 42 percent", "31 percent", "212 votes", "19,000",
    # "86 precincts", "one-half of 1 percentage point", "Question 1", "Highway 54", "240 beds",
    # "District 4", "$412,000", "half-cent", "a midterm primary" (a kind of election), "the
    # election" (an event), "until every vote is counted".
    "dunmore-county-executive-primary": (
        "2018-08-08",
        [
            ("10:42 am", "TIME", "2018-08-08T10:42"),
            ("Wednesday, August 8, 2018", "DATE", "2018-08-08"),
            ("Tuesday", "DATE", "2018-08-07"),
            ("early Wednesday", "DATE", "2018-08-08"),
            ("four-year", "DURATION", "P4Y"),
            ("2016", "DATE", "2016"),
            ("11 p.m.", "TIME", "2018-08-07T23:00"),
            ("6 a.m.", "TIME", "2018-08-07T06:00"),
            ("7 p.m.", "TIME", "2018-08-07T19:00"),
            ("2006", "DATE", "2006"),
            ("Thursday", "DATE", "2018-08-09"),
            ("the next day", "DATE", "2018-08-10"),
            ("Aug. 21", "DATE", "2018-08-21"),
            ("two weeks", "DURATION", "P2W"),
            ("seven days", "DURATION", "P7D"),
            ("about 11:30 p.m.", "TIME", "2018-08-07T23:30"),
            ("Tuesday night", "TIME", "2018-08-07TNI"),
            ("Wednesday morning", "TIME", "2018-08-08TMO"),
            ("Nov. 6", "DATE", "2018-11-06"),
            ("the 1990s", "DATE", "199"),
            ("January", "DATE", "2019-01"),
            ("February 2017", "DATE", "2017-02"),
            ("the final three weeks", "DURATION", "P3W"),
            ("last month", "DATE", "2018-07"),
            ("Jan. 1", "DATE", "2019-01-01"),
            ("10 years", "DURATION", "P10Y"),
            ("1979", "DATE", "1979"),
            ("every month", "SET", "P1M"),
            ("March 2016", "DATE", "2016-03"),
            ("2010", "DATE", "2010"),
            ("next week", "DATE", "2018-W33"),
            ("This fall", "DATE", "2018-FA"),
            ("2020", "DATE", "2020"),
        ],
    ),
    # Sunday 2019-05-26 (ISO week 21, the Saturday-Monday Memorial Day weekend), Texas TV
    # station's website, section label, headline, stamps "Posted: 5:12 PM, May 26, 2019" and
    # "Updated: 7:40 PM, May 26, 2019" (TIME then DATE, labels left out), byline, "LOMA
    # VERDE, Texas —" dateline, an "EARLY VOTING HOURS" box. Memorial Day is the last Monday of
    # May, 2019-05-27: "after the Memorial Day holiday" -> "Memorial Day" (a holiday inside a
    # longer noun phrase, gold_blind21), "closed Monday for Memorial Day" two DATEs. Early
    # voting "starts Tuesday" (headline and lead) 2019-05-28 and "runs through June 4"; the
    # runoff is "June 8" (headline, lead, box, results night). Past: Deming "said Friday"
    # 2019-05-24; "the May 4 election" (three times) 2019-05-04; "Last week" 2019-W20; "in the
    # coming days" -> "the coming days" PXD (gold_blind103). Future:
    # the debate "at 7 p.m. Thursday" 2019-05-30T19:00 plus the DATE; reports "due Friday,
    # eight days before the election" 2019-05-31 and P8D (an anchored duration, June 8 minus
    # eight days); "next weekend" (said on a Sunday) the weekend of June 1-2, 2019-W22-WE.
    # "May 9, 30 days before the runoff" 2019-05-09 and P30D. The box: "Tuesday, May 28,
    # through Tuesday, June 4: 8 a.m. to 6 p.m. daily" -> two DATEs with their weekdays, the
    # hours of a recurring service XXXX-XX-XXT08:00 / T18:00 and "daily" SET P1D (gold_blind13,
    # gold_blind103); "Sunday, June 2: noon to 6 p.m." clock times on that day;
    # "Election Day, Saturday, June 8" two DATEs (the named day like "Election Day" in
    # gold_blind41, apposed to its date like "Memorial Day, May 28" in gold_blind16), "7 a.m.
    # to 7 p.m." on that day. "within 30 minutes of the polls closing" -> "30 minutes" PT30M
    # (anchored); "about 10 p.m." 2019-06-08T22:00 after "On June 8". "a third two-year term" ->
    # "two-year" adjectival DURATION. Not annotated: "KLVT NEWS 4", "District 2", "District
    # 7", "50 percent", "41 percent", "38 percent", "14.2 percent", "9 percent", "12 sites",
    # "1819 Alamo Street" (an address like a year), "830-555-0608" (a phone number ending in
    # 0608, like June 8), "lomaverdecounty.gov/elections/2019runoff", "the first round" (an
    # event), "By the time school lets out" (event-named), "third", "first elected" beyond
    # "2015".
    "loma-verde-runoff-early-voting": (
        "2019-05-26",
        [
            ("June 8", "DATE", "2019-06-08"),
            ("Tuesday", "DATE", "2019-05-28"),
            ("5:12 PM", "TIME", "2019-05-26T17:12"),
            ("May 26, 2019", "DATE", "2019-05-26"),
            ("7:40 PM", "TIME", "2019-05-26T19:40"),
            ("May 26, 2019", "DATE", "2019-05-26"),
            ("June 8", "DATE", "2019-06-08"),
            ("Tuesday", "DATE", "2019-05-28"),
            ("Memorial Day", "DATE", "2019-05-27"),
            ("June 4", "DATE", "2019-06-04"),
            ("Friday", "DATE", "2019-05-24"),
            ("May 4", "DATE", "2019-05-04"),
            ("2015", "DATE", "2015"),
            ("two-year", "DURATION", "P2Y"),
            ("May 4", "DATE", "2019-05-04"),
            ("Last week", "DATE", "2019-W20"),
            ("the coming days", "DURATION", "PXD"),
            ("7 p.m.", "TIME", "2019-05-30T19:00"),
            ("Thursday", "DATE", "2019-05-30"),
            ("Friday", "DATE", "2019-05-31"),
            ("eight days", "DURATION", "P8D"),
            ("May 9", "DATE", "2019-05-09"),
            ("30 days", "DURATION", "P30D"),
            ("Tuesday, May 28", "DATE", "2019-05-28"),
            ("Tuesday, June 4", "DATE", "2019-06-04"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("daily", "SET", "P1D"),
            ("Sunday, June 2", "DATE", "2019-06-02"),
            ("noon", "TIME", "2019-06-02T12:00"),
            ("6 p.m.", "TIME", "2019-06-02T18:00"),
            ("Election Day", "DATE", "2019-06-08"),
            ("Saturday, June 8", "DATE", "2019-06-08"),
            ("7 a.m.", "TIME", "2019-06-08T07:00"),
            ("7 p.m.", "TIME", "2019-06-08T19:00"),
            ("Monday", "DATE", "2019-05-27"),
            ("Memorial Day", "DATE", "2019-05-27"),
            ("May 4", "DATE", "2019-05-04"),
            ("2017", "DATE", "2017"),
            ("next weekend", "DATE", "2019-W22-WE"),
            ("June 8", "DATE", "2019-06-08"),
            ("30 minutes", "DURATION", "PT30M"),
            ("about 10 p.m.", "TIME", "2019-06-08T22:00"),
            ("June 18", "DATE", "2019-06-18"),
        ],
    ),
    # Friday 2017-10-27 (ISO week 43), Ohio local news site's voter guide in question-and-
    # answer form, section label "ELECTION 2017 | VOTER GUIDE", headline, byline with stamp
    # "October 27, 2017 at 7:00 AM" (DATE and TIME). The label's "2017" is DATE 2017, the
    # year of the election the guide covers, like the adjectival "the 2016 race" (gold_blind41;
    # see README). Election Day is Tuesday 2017-11-07 ("decide Nov. 7", "Election Day" twice);
    # "the next 10 years" P10Y; the old levy "first approved in 2008 and renewed in 2012 ...
    # expires at the end of 2018" (the year's value, gold_blind35); the new one collected
    # "beginning in January 2019" and "through 2028". "$52.50 annually" SET P1Y (gold_blind41's
    # "18 percent annually"); "now" PRESENT_REF. The branches would open "on Sundays from 1
    # p.m. to 5 p.m." -> SET XXXX-WXX-7 and recurring hours XXXX-XX-XXT13:00 / T17:00; "closed
    # on Sundays since budget cuts in 2009" SET plus 2009; "by summer 2019" 2019-SU; "closed
    # since March" 2017-03. "three times in the past decade" -> "the past decade" P10Y (the
    # period of a count, gold_blind103's "the third time in two weeks"); "since 2014"; "last
    # November" 2016-11; "this year" 2017. Early voting "this weekend" 2017-W43-WE, "from 8
    # a.m. to 4 p.m. Saturday" 2017-10-28 and "from 1 p.m. to 5 p.m. Sunday" 2017-10-29
    # (clock times on their days, each day its own DATE); "from 8 a.m. to 2 p.m. on Monday,
    # Nov. 6". "by noon Saturday, Nov. 4" TIME plus DATE with weekday; "postmarked by Nov. 6";
    # "within 10 days after Election Day" -> "10 days" P10D and "Election Day" 2017-11-07;
    # polls "from 6:30 a.m. to 7:30 p.m." on Election Day; "meets Nov. 14"; "in May 2018". Not
    # annotated: "Issue 9" (five times), "1-mill", "1.5-mill", "$100,000", "$52.50", "$30.63",
    # "seven branches", "18 percent", "Form 11-A", "1700 E. Fourth St." and "614-555-1700"
    # (an address and a phone number like a year), "caldervotes.org", "three times", "a
    # school levy", "under way".
    "calder-county-library-levy-issue-9": (
        "2017-10-27",
        [
            ("2017", "DATE", "2017"),
            ("October 27, 2017", "DATE", "2017-10-27"),
            ("7:00 AM", "TIME", "2017-10-27T07:00"),
            ("Nov. 7", "DATE", "2017-11-07"),
            ("the next 10 years", "DURATION", "P10Y"),
            ("2008", "DATE", "2008"),
            ("2012", "DATE", "2012"),
            ("the end of 2018", "DATE", "2018"),
            ("January 2019", "DATE", "2019-01"),
            ("2028", "DATE", "2028"),
            ("annually", "SET", "P1Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("2009", "DATE", "2009"),
            ("summer 2019", "DATE", "2019-SU"),
            ("March", "DATE", "2017-03"),
            ("the past decade", "DURATION", "P10Y"),
            ("2014", "DATE", "2014"),
            ("last November", "DATE", "2016-11"),
            ("this year", "DATE", "2017"),
            ("this weekend", "DATE", "2017-W43-WE"),
            ("8 a.m.", "TIME", "2017-10-28T08:00"),
            ("4 p.m.", "TIME", "2017-10-28T16:00"),
            ("Saturday", "DATE", "2017-10-28"),
            ("1 p.m.", "TIME", "2017-10-29T13:00"),
            ("5 p.m.", "TIME", "2017-10-29T17:00"),
            ("Sunday", "DATE", "2017-10-29"),
            ("8 a.m.", "TIME", "2017-11-06T08:00"),
            ("2 p.m.", "TIME", "2017-11-06T14:00"),
            ("Monday, Nov. 6", "DATE", "2017-11-06"),
            ("noon", "TIME", "2017-11-04T12:00"),
            ("Saturday, Nov. 4", "DATE", "2017-11-04"),
            ("Nov. 6", "DATE", "2017-11-06"),
            ("10 days", "DURATION", "P10D"),
            ("Election Day", "DATE", "2017-11-07"),
            ("Election Day", "DATE", "2017-11-07"),
            ("6:30 a.m.", "TIME", "2017-11-07T06:30"),
            ("7:30 p.m.", "TIME", "2017-11-07T19:30"),
            ("Nov. 14", "DATE", "2017-11-14"),
            ("May 2018", "DATE", "2018-05"),
        ],
    ),
    # Monday 2016-10-10 (ISO week 41, Columbus Day), Indiana local paper's website,
    # breadcrumb "News > Local > Elections", headline, byline, stamp "Posted Oct 10, 2016 at
    # 5:30 AM", "TAMSIN, Ind. —" dateline, subheads "EARLY VOTING" and "ELECTION DAY".
    # Columbus Day is the second Monday of October, 2016-10-10: "Today is Columbus Day" two
    # DATEs (like "Monday is Family Day", gold_blind103). Registration closes "Tuesday"
    # 2016-10-11 (headline, lead, "4:30 p.m. Tuesday", "a Tuesday postmark" -> the adjectival
    # weekday a DATE like "Tuesday hearing" in gold_blind41, "11:59 p.m. Tuesday"); early
    # voting "starts Wednesday" 2016-10-12, "at 8 a.m. Wednesday". "open until 4:30 p.m."
    # today 2016-10-10T16:30; "at 7:45 this morning" -> "7:45" 2016-10-10T07:45 and "this
    # morning" 2016-10-10TMO, two TIMEX3 (like "10 p.m. tonight", gold_blind56). "Every four
    # years" SET P4Y; "last week" 2016-W40; "more than in all of September" -> "September"
    # 2016-09 ("all of" left out like "most of", gold_blind13); "through the end of the month"
    # 2016-10; "at least 30 days before the election" P30D (anchored); "the May 3 primary"
    # 2016-05-03; "through noon Monday, Nov. 7" TIME and DATE; "Saturday, Oct. 15, from 9
    # a.m. to noon"; "the final two weeks, Oct. 24 through Nov. 5" DURATION P2W and two DATEs;
    # "11:59 p.m. Oct. 31" TIME and DATE. The subhead "ELECTION DAY" names the day the section
    # is about, DATE 2016-11-08, like the forecast-table labels of gold_blind9 and
    # gold_blind44 (see README); "On Election Day, Nov. 8" two DATEs; polls "from 6 a.m. to 6
    # p.m." and "in line at 6 p.m." on that day. "In 2012 ... four years earlier" 2012 and
    # 2008 (the unit's granularity, gold_blind28); "this fall" 2016-FA. Not annotated: "1,912
    # registration forms" (a count like a year), "Room 104", "2016 Courthouse Square" (an
    # address holding the publication year), "765-555-1912",
    # "www.tamsincounty.in.gov/elections/2016-general", "18" (an age), "61 percent", "64
    # percent", "two temporary workers", "Two satellite sites", "EARLY VOTING", "In-person
    # absentee voting", "the election" (an event).
    "tamsin-county-registration-deadline": (
        "2016-10-10",
        [
            ("Tuesday", "DATE", "2016-10-11"),
            ("Wednesday", "DATE", "2016-10-12"),
            ("Oct 10, 2016", "DATE", "2016-10-10"),
            ("5:30 AM", "TIME", "2016-10-10T05:30"),
            ("Nov. 8", "DATE", "2016-11-08"),
            ("Tuesday", "DATE", "2016-10-11"),
            ("4:30 p.m.", "TIME", "2016-10-11T16:30"),
            ("Tuesday", "DATE", "2016-10-11"),
            ("Tuesday", "DATE", "2016-10-11"),
            ("11:59 p.m.", "TIME", "2016-10-11T23:59"),
            ("Tuesday", "DATE", "2016-10-11"),
            ("Today", "DATE", "2016-10-10"),
            ("Columbus Day", "DATE", "2016-10-10"),
            ("4:30 p.m.", "TIME", "2016-10-10T16:30"),
            ("Every four years", "SET", "P4Y"),
            ("7:45", "TIME", "2016-10-10T07:45"),
            ("this morning", "TIME", "2016-10-10TMO"),
            ("last week", "DATE", "2016-W40"),
            ("September", "DATE", "2016-09"),
            ("the end of the month", "DATE", "2016-10"),
            ("Nov. 8", "DATE", "2016-11-08"),
            ("at least 30 days", "DURATION", "P30D"),
            ("May 3", "DATE", "2016-05-03"),
            ("8 a.m.", "TIME", "2016-10-12T08:00"),
            ("Wednesday", "DATE", "2016-10-12"),
            ("noon", "TIME", "2016-11-07T12:00"),
            ("Monday, Nov. 7", "DATE", "2016-11-07"),
            ("Saturday, Oct. 15", "DATE", "2016-10-15"),
            ("9 a.m.", "TIME", "2016-10-15T09:00"),
            ("noon", "TIME", "2016-10-15T12:00"),
            ("the final two weeks", "DURATION", "P2W"),
            ("Oct. 24", "DATE", "2016-10-24"),
            ("Nov. 5", "DATE", "2016-11-05"),
            ("11:59 p.m.", "TIME", "2016-10-31T23:59"),
            ("Oct. 31", "DATE", "2016-10-31"),
            ("ELECTION DAY", "DATE", "2016-11-08"),
            ("Election Day", "DATE", "2016-11-08"),
            ("Nov. 8", "DATE", "2016-11-08"),
            ("6 a.m.", "TIME", "2016-11-08T06:00"),
            ("6 p.m.", "TIME", "2016-11-08T18:00"),
            ("6 p.m.", "TIME", "2016-11-08T18:00"),
            ("2012", "DATE", "2012"),
            ("four years earlier", "DATE", "2008"),
            ("this fall", "DATE", "2016-FA"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
