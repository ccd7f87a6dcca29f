"""Annotations of the two-hundred-and-second blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind202/annotate.py [--show]

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
    # Tuesday 2013-04-09 (ISO week 15), US wire story on an Army contract, headline, byline,
    # stamp "Apr. 9, 2013 5:18 PM EDT" (DATE and TIME, the zone in the span and not in the
    # value), "WASHINGTON (AP) —" dateline. "The Army on Tuesday awarded" is the publication
    # day itself, as is "rose 4 percent ... Tuesday". The hearing "is set for Thursday",
    # 2013-04-11 (future); the committee takes the request up "next week" 2013-W16. "last
    # month" 2013-03; "in January" (the failed test) 2013-01; "since November" 2012-11.
    # "initial operating capability in 2016" -> "2016"; "through 2021" -> "2021"; "the end of
    # the decade" 201 (gold_blind10, gold_blind29); "mid-2015" the year's value; "next spring"
    # in April 2013 is 2014-SP. The federal fiscal year runs October-September and is named by
    # the year it ends: "fiscal 2013" FY2013, "fiscal 2014, which begins Oct. 1" FY2014 plus
    # 2013-10-01. "after months of stopgap funding" -> "months" PXM; "a nine-month rotation"
    # DURATION on the adjective; "costs doubled in two years" DURATION (how long a past change
    # took, gold_blind35); "almost four years" P4Y; "the past five years" P5Y. Not annotated:
    # "W56HZV-13-C-0214" (a contract number), "XM-2013" (a prototype's designation, beside
    # "January"), "the Ranger 2000" (a program's name), "2nd Brigade, 14th Cavalry", "$1.2
    # billion", "$310 million", "40", "1,100", "4 percent", "$38.15", "2,300", "400", "twice"
    # (a count, not a set), "initial operating capability" beyond its year, "full-rate".
    "harrow-scout-vehicle-army-contract": (
        "2013-04-09",
        [
            ("2015", "DATE", "2015"),
            ("Apr. 9, 2013", "DATE", "2013-04-09"),
            ("5:18 PM EDT", "TIME", "2013-04-09T17:18"),
            ("Tuesday", "DATE", "2013-04-09"),
            ("almost four years", "DURATION", "P4Y"),
            ("the spring of 2015", "DATE", "2015-SP"),
            ("2016", "DATE", "2016"),
            ("2021", "DATE", "2021"),
            ("the end of the decade", "DATE", "201"),
            ("last month", "DATE", "2013-03"),
            ("three weeks", "DURATION", "P3W"),
            ("Thursday", "DATE", "2013-04-11"),
            ("January", "DATE", "2013-01"),
            ("10 days", "DURATION", "P10D"),
            ("100 days", "DURATION", "P100D"),
            ("the past five years", "DURATION", "P5Y"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("March 28", "DATE", "2013-03-28"),
            ("months", "DURATION", "PXM"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("Oct. 1", "DATE", "2013-10-01"),
            ("next week", "DATE", "2013-W16"),
            ("mid-2015", "DATE", "2015"),
            ("2017", "DATE", "2017"),
            ("next spring", "DATE", "2014-SP"),
            ("nine-month", "DURATION", "P9M"),
            ("now", "DATE", "PRESENT_REF"),
            ("the 1980s", "DATE", "198"),
            ("2004", "DATE", "2004"),
            ("2009", "DATE", "2009"),
            ("two years", "DURATION", "P2Y"),
            ("Tuesday", "DATE", "2013-04-09"),
            ("the next 18 months", "DURATION", "P18M"),
            ("November", "DATE", "2012-11"),
        ],
    ),
    # Thursday 2012-11-08 (ISO week 45), British broadsheet's defence story, headline,
    # standfirst, byline, date line "Thursday 8 November 2012"; "announced yesterday"
    # 2012-11-07. The deployment leaves "in late January" 2013-01 (also the standfirst's
    # "January" and the quote's "in January", months ahead across the year boundary) "for six
    # months"; "a final six-month tour" DURATION on the adjective. The exercise "begins on
    # Monday" 2012-11-12; the parade is "on Sunday, Remembrance Sunday", 2012-11-11 twice (the
    # second Sunday of November, like "Monday is Family Day" in gold_blind103). "last winter"
    # in November 2012 is the winter of 2011-12, 2012-WI, and "this winter" the coming one,
    # 2013-WI (a winter takes the year of its January, gold_blind10, gold_blind103). "Easter"
    # 2013-03-31 and "the summer" 2013-SU, both ahead (within the coming tour). "the end of
    # August" 2013-08; "early October" 2012-10 (past); "mid-February" 2013-02; "the end of
    # 2014" the year's value; "next year" 2013; "this year" 2012. The UK government's
    # financial year runs April-March and is named by the year it ends: "the 2012-13
    # financial year" FY2013 and the elliptical "2013-14" FY2014 (gold_blind77). "barely a
    # year" P1Y and "at least two years" P2Y, modifiers kept; "every year since ... 1992" SET
    # P1Y plus "1992". Not annotated: "1st Battalion", "3rd Battalion", "800", "120", "9,000",
    # "500", "4,000", "£96m", "£140m", "Eleven", "twice" (a count), "the regiment's last tour",
    # "halfway through the tour" (event-named), "Op Tallis 17" (an operation's name), "01264
    # 555 2013" (a phone number holding 2013), "halberds-families.org.uk/2012/tour" (a URL).
    "halberds-helmand-final-tour": (
        "2012-11-08",
        [
            ("six-month", "DURATION", "P6M"),
            ("January", "DATE", "2013-01"),
            ("2015", "DATE", "2015"),
            ("Thursday 8 November 2012", "DATE", "2012-11-08"),
            ("late January", "DATE", "2013-01"),
            ("six months", "DURATION", "P6M"),
            ("yesterday", "DATE", "2012-11-07"),
            ("April 2011", "DATE", "2011-04"),
            ("the past 18 months", "DURATION", "P18M"),
            ("at least two years", "DURATION", "P2Y"),
            ("last winter", "DATE", "2012-WI"),
            ("barely a year", "DURATION", "P1Y"),
            ("six months", "DURATION", "P6M"),
            ("Easter", "DATE", "2013-03-31"),
            ("the summer", "DATE", "2013-SU"),
            ("21 January", "DATE", "2013-01-21"),
            ("8 February", "DATE", "2013-02-08"),
            ("the end of August", "DATE", "2013-08"),
            ("two weeks", "DURATION", "P2W"),
            ("Monday", "DATE", "2012-11-12"),
            ("a fortnight", "DURATION", "P2W"),
            ("early October", "DATE", "2012-10"),
            ("mid-February", "DATE", "2013-02"),
            ("the end of 2014", "DATE", "2014"),
            ("now", "DATE", "PRESENT_REF"),
            ("this winter", "DATE", "2013-WI"),
            ("next year", "DATE", "2013"),
            ("the 2012-13 financial year", "DATE", "FY2013"),
            ("2013-14", "DATE", "FY2014"),
            ("Sunday", "DATE", "2012-11-11"),
            ("Remembrance Sunday", "DATE", "2012-11-11"),
            ("every year", "SET", "P1Y"),
            ("1992", "DATE", "1992"),
            ("2006", "DATE", "2006"),
            ("July 2009", "DATE", "2009-07"),
            ("Christmas", "DATE", "2012-12-25"),
            ("this year", "DATE", "2012"),
            ("January", "DATE", "2013-01"),
        ],
    ),
    # Saturday 2014-09-13 (ISO week 37), Australian regional paper's website, headline, stamp
    # "13 Sep, 2014 06:00 AM" (DATE and TIME, gold_blind103), byline, no dateline. Flying runs
    # "from Monday" 2014-09-15 "until October 3" 2014-10-03; crews arrive "on Sunday"
    # 2014-09-14; "Wednesday September 24" one DATE span; the memorial "at 11am on Friday,
    # September 19" a TIME and a DATE. The exercise is "held every spring" SET XXXX-SP (the
    # southern spring, same value); "last spring" in September 2014 is the spring of 2013,
    # 2013-SP, and "next winter" the southern winter of 2015, 2015-WI, valued in the year it
    # falls in (gold_blind103). Recurring hours: "from 6pm to 11pm each Wednesday" two TIMEs
    # XXXX-XX-XXThh:mm and SET XXXX-WXX-3; "from 7am to 10pm daily" two TIMEs and SET P1D;
    # "at weekends" -> "weekends" SET XXXX-WXX-WE (gold_blind13). "had grown each year" SET
    # P1Y; "the annual agricultural show" -> "annual" SET P1Y (gold_blind77). "This year" twice
    # 2014 (the second in "This year's exercise", the possessive left out). "within an hour"
    # -> "an hour" PT1H; "more than 70 years" P70Y (how long the base has been there); "People
    # grumble for a fortnight" P2W. The Australian financial year runs July-June: "the 2014-15
    # financial year" FY2015 (gold_blind9, gold_blind21); "mid-2016" the year's value; "from
    # 2018" -> "2018". Not annotated: "F/A-18F", "C-130J", "F-35A Lightning II" (aircraft
    # types), "No. 1 Squadron", "No. 37 Squadron", "the 15th anniversary" (an ordinal count,
    # gold_blind15; its date "September 1999" is annotated), "Operation Cassowary", "1800 555
    # 209" (a phone number), "40", "30", "800", "four nations", "a dozen", "$2.4 million", "$18
    # million", "Cr" (Councillor), "while the exercise runs" (event-named).
    "warrenbool-southern-gannet-exercise": (
        "2014-09-13",
        [
            ("three weeks", "DURATION", "P3W"),
            ("13 Sep, 2014", "DATE", "2014-09-13"),
            ("06:00 AM", "TIME", "2014-09-13T06:00"),
            ("the next three weeks", "DURATION", "P3W"),
            ("every spring", "SET", "XXXX-SP"),
            ("2009", "DATE", "2009"),
            ("Monday", "DATE", "2014-09-15"),
            ("October 3", "DATE", "2014-10-03"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("each Wednesday", "SET", "XXXX-WXX-3"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("each year", "SET", "P1Y"),
            ("2009", "DATE", "2009"),
            ("four days", "DURATION", "P4D"),
            ("This year", "DATE", "2014"),
            ("three weeks", "DURATION", "P3W"),
            ("Sunday", "DATE", "2014-09-14"),
            ("Wednesday September 24", "DATE", "2014-09-24"),
            ("an hour", "DURATION", "PT1H"),
            ("This year", "DATE", "2014"),
            ("September 1999", "DATE", "1999-09"),
            ("three-month", "DURATION", "P3M"),
            ("almost two years", "DURATION", "P2Y"),
            ("11am", "TIME", "2014-09-19T11:00"),
            ("Friday, September 19", "DATE", "2014-09-19"),
            ("last spring", "DATE", "2013-SP"),
            ("two days", "DURATION", "P2D"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("daily", "SET", "P1D"),
            ("the three weeks", "DURATION", "P3W"),
            ("annual", "SET", "P1Y"),
            ("more than 70 years", "DURATION", "P70Y"),
            ("a fortnight", "DURATION", "P2W"),
            ("the 2014-15 financial year", "DATE", "FY2015"),
            ("mid-2016", "DATE", "2016"),
            ("2018", "DATE", "2018"),
            ("next winter", "DATE", "2015-WI"),
        ],
    ),
    # Friday 2015-06-19 (ISO week 25), Canadian paper's website, headline, stamp "Published on:
    # June 19, 2015 | Last Updated: June 19, 2015 6:05 PM EDT" (two DATEs and a TIME,
    # gold_blind103), byline, "OTTAWA —" dateline. The department "said Thursday" 2015-06-18;
    # the House rose "on Wednesday" 2015-06-17; Harcourt's statement "Friday" is the
    # publication day. "cut steel ... in September" is the past September, 2014-09; "at least
    # January" 2015-01 with the modifier kept (gold_blind35); "in May" 2015-05; "since April"
    # 2015-04. "the end of the decade" 201; "the spring of 2019" one span; "the third quarter
    # of 2018" 2018-Q3 (calendar, no company fiscal year described). The Canadian federal
    # fiscal year runs April-March and is named by the year it ends: "this fiscal year"
    # FY2016, "the 2016-17 fiscal year" FY2017. "last fall" in June 2015 2014-FA; "this fall"
    # (the election) and "in the fall" (the next briefing) 2015-FA; "for the summer" -> "the
    # summer" 2015-SU. "more than a year later than promised" -> "more than a year" P1Y, the
    # size of a delay (gold_blind35); "about nine months after the first" P9M and "a year apart"
    # P1Y, anchored durations; "an extra 14 months" P14M; "nearly 50 years" P50Y; "a five-year
    # ... deal" DURATION on the adjective; "for now" -> "now" PRESENT_REF (gold_blind12,
    # gold_blind13); "quarterly" SET P3M. Not annotated: "W8472-15-0019" (a contract number),
    # "the Type 2100" (a design's name), "Capt. (N)", "four", "900", "140", "$210 million",
    # "$86 million", "$270-million", "question period" (a parliamentary sitting), "since"
    # alone ("It has since leased"), "initial operational capability" beyond its year.
    "harcourt-supply-ships-delay": (
        "2015-06-19",
        [
            ("2019", "DATE", "2019"),
            ("June 19, 2015", "DATE", "2015-06-19"),
            ("June 19, 2015", "DATE", "2015-06-19"),
            ("6:05 PM EDT", "TIME", "2015-06-19T18:05"),
            ("the spring of 2019", "DATE", "2019-SP"),
            ("more than a year", "DURATION", "P1Y"),
            ("Thursday", "DATE", "2015-06-18"),
            ("2020", "DATE", "2020"),
            ("the end of the decade", "DATE", "201"),
            ("2008", "DATE", "2008"),
            ("2013", "DATE", "2013"),
            ("September", "DATE", "2014-09"),
            ("an extra 14 months", "DURATION", "P14M"),
            ("the third quarter of 2018", "DATE", "2018-Q3"),
            ("about nine months", "DURATION", "P9M"),
            ("a year", "DURATION", "P1Y"),
            ("this fiscal year", "DATE", "FY2016"),
            ("the 2016-17 fiscal year", "DATE", "FY2017"),
            ("the 1960s", "DATE", "196"),
            ("2014", "DATE", "2014"),
            ("nearly 50 years", "DURATION", "P50Y"),
            ("five-year", "DURATION", "P5Y"),
            ("last fall", "DATE", "2014-FA"),
            ("at least January", "DATE", "2015-01"),
            ("the summer", "DATE", "2015-SU"),
            ("Wednesday", "DATE", "2015-06-17"),
            ("this fall", "DATE", "2015-FA"),
            ("May", "DATE", "2015-05"),
            ("now", "DATE", "PRESENT_REF"),
            ("Friday", "DATE", "2015-06-19"),
            ("April", "DATE", "2015-04"),
            ("quarterly", "SET", "P3M"),
            ("the fall", "DATE", "2015-FA"),
        ],
    ),
    # Monday 2015-03-02 (ISO week 10), defence trade website, headline, stamp "2 March 2015 -
    # 09:15 GMT" (DATE and TIME), byline "Tom Wrexley, London", no dateline. The briefing and
    # the share fall were "on Friday" 2015-02-27 (past, twice); the investor call is "at 2pm
    # on Wednesday" 2015-03-04T14:00 and its DATE (future); "later this week" 2015-W10 and "next
    # week" 2015-W11 (gold_blind19, gold_blind33). "slip by nine months" (headline and lead)
    # P9M, the size of a delay; "about eight months" P8M; "halted for six weeks in the autumn"
    # P6W and "the autumn" 2014-FA (the last one, past); "12 January" 2015-01-12; "in October"
    # 2014-10; "no more than three months late" P3M, the modifier kept; "early 2017" the
    # year's value; "the fourth quarter of 2017" 2017-Q4 and "the second half of this year"
    # 2015-H2, "the first half of 2016" 2016-H1 (calendar periods of the delivery schedule);
    # "mid-2019" 2019; "March 2019" 2019-03. Corvane's "financial year ends on 31 March", so
    # "31 March" is the current year's end, 2015-03-31 (gold_blind8), "the nine months to 31
    # December" P9M plus 2014-12-31, and "the first quarter of the next financial year" one
    # span, FY2016-Q1 (April-June 2015; gold_blind9, gold_blind17). "twice a week" SET P1W;
    # "now" PRESENT_REF; "for a decade" -> "a decade" P10Y. Not annotated: "AT-90" (a type
    # designation), "28", "£1.1bn", "7%", "£412m", "3.2%", "388p", "the critical path",
    # "in-service date" beyond its values, "corvane-aero.com/investors/2015-q3" (a URL with a
    # year and a quarter in it).
    "corvane-at90-trainer-slip": (
        "2015-03-02",
        [
            ("nine months", "DURATION", "P9M"),
            ("2 March 2015", "DATE", "2015-03-02"),
            ("09:15 GMT", "TIME", "2015-03-02T09:15"),
            ("nine months", "DURATION", "P9M"),
            ("early 2017", "DATE", "2017"),
            ("the fourth quarter of 2017", "DATE", "2017-Q4"),
            ("Friday", "DATE", "2015-02-27"),
            ("about eight months", "DURATION", "P8M"),
            ("six weeks", "DURATION", "P6W"),
            ("the autumn", "DATE", "2014-FA"),
            ("12 January", "DATE", "2015-01-12"),
            ("now", "DATE", "PRESENT_REF"),
            ("twice a week", "SET", "P1W"),
            ("December 2012", "DATE", "2012-12"),
            ("the second half of this year", "DATE", "2015-H2"),
            ("the first half of 2016", "DATE", "2016-H1"),
            ("mid-2019", "DATE", "2019"),
            ("October", "DATE", "2014-10"),
            ("no more than three months", "DURATION", "P3M"),
            ("the 1980s", "DATE", "198"),
            ("March 2019", "DATE", "2019-03"),
            ("2013", "DATE", "2013"),
            ("31 March", "DATE", "2015-03-31"),
            ("the nine months", "DURATION", "P9M"),
            ("31 December", "DATE", "2014-12-31"),
            ("the first quarter of the next financial year", "DATE", "FY2016-Q1"),
            ("Friday", "DATE", "2015-02-27"),
            ("2pm", "TIME", "2015-03-04T14:00"),
            ("Wednesday", "DATE", "2015-03-04"),
            ("later this week", "DATE", "2015-W10"),
            ("next week", "DATE", "2015-W11"),
            ("a decade", "DURATION", "P10Y"),
        ],
    ),
    # Wednesday 2012-07-18 (ISO week 29), US local paper near an Army post, headline, byline,
    # date line "Wednesday, July 18, 2012", "FORT HALSTEAD —" dateline. "this weekend"
    # (headline and lead) is the coming one, 2012-W29-WE (21-22 July, gold_blind2); the first
    # flight "late Friday night" 2012-07-20TNI (modifier kept, like "late tonight" in
    # gold_blind103); the ceremony "at 10 a.m. Saturday" 2012-07-21T10:00 and its DATE; flights
    # "Sunday" 2012-07-22. The deployment "began in October" 2011-10 (past, across the year
    # boundary), like the quote's "since October"; "came home in June" 2012-06; "two weeks ago"
    # 2012-W27, the unit's granularity (gold_blind23); "May 30" 2012-05-30 past; "Aug. 2" and
    # "Aug. 16" ahead; "announced in January" 2012-01; "next spring" 2013-SP. "after nine
    # months" (headline), "a nine-month deployment", "a nine-month rotation" and "for nine
    # months at a time" are DURATIONs P9M; the classes "run from 8 a.m. to 4 p.m. each day",
    # two TIMEs XXXX-XX-XXThh:mm and SET P1D (gold_blind28); "every hour" SET PT1H. "the fourth
    # quarter of 2011" 2011-Q4 (a county's figures, calendar quarters); "the end of March"
    # 2012-03; "fiscal 2011" FY2011 (the federal fiscal year); "by September 2014, a year late"
    # -> "September 2014" and "a year" P1Y, the size of a delay; "This morning" 2012-07-18TMO;
    # "down to three days" P3D (the days left before Saturday). Not annotated: "2nd Brigade
    # Combat Team, 19th Armored Division", "Iron Gate" (the brigade's nickname), "a third tour
    # of duty" (an ordinal count; its "since 2005" is annotated), "her third birthday" (an
    # age), "34", "1,800", "600", "120", "six soldiers", "Building 1944" (a building number),
    # "11 percent", "$42 million", "254-555-2012" (a phone number holding 2012),
    # "halstead.army.mil/live", "during the deployment" (event-named), "permanently".
    "fort-halstead-brigade-homecoming": (
        "2012-07-18",
        [
            ("this weekend", "DATE", "2012-W29-WE"),
            ("nine months", "DURATION", "P9M"),
            ("Wednesday, July 18, 2012", "DATE", "2012-07-18"),
            ("this weekend", "DATE", "2012-W29-WE"),
            ("nine-month", "DURATION", "P9M"),
            ("October", "DATE", "2011-10"),
            ("late Friday night", "TIME", "2012-07-20TNI"),
            ("10 a.m.", "TIME", "2012-07-21T10:00"),
            ("Saturday", "DATE", "2012-07-21"),
            ("Sunday", "DATE", "2012-07-22"),
            ("June", "DATE", "2012-06"),
            ("two weeks ago", "DATE", "2012-W27"),
            ("2005", "DATE", "2005"),
            ("37 months", "DURATION", "P37M"),
            ("the past seven years", "DURATION", "P7Y"),
            ("2009", "DATE", "2009"),
            ("May 30", "DATE", "2012-05-30"),
            ("Aug. 2", "DATE", "2012-08-02"),
            ("30 days", "DURATION", "P30D"),
            ("a week", "DURATION", "P1W"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("each day", "SET", "P1D"),
            ("nine-month", "DURATION", "P9M"),
            ("next spring", "DATE", "2013-SP"),
            ("January", "DATE", "2012-01"),
            ("nine months", "DURATION", "P9M"),
            ("Aug. 16", "DATE", "2012-08-16"),
            ("two years", "DURATION", "P2Y"),
            ("the fourth quarter of 2011", "DATE", "2011-Q4"),
            ("the end of March", "DATE", "2012-03"),
            ("fiscal 2011", "DATE", "FY2011"),
            ("now", "DATE", "PRESENT_REF"),
            ("September 2014", "DATE", "2014-09"),
            ("a year", "DURATION", "P1Y"),
            ("October", "DATE", "2011-10"),
            ("This morning", "TIME", "2012-07-18TMO"),
            ("three days", "DURATION", "P3D"),
            ("every hour", "SET", "PT1H"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
