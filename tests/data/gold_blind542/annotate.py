"""Annotations of blind gold set 542, chosen by hand before the tagger ran.

    python tests/data/gold_blind542/annotate.py [--show]

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
    # Monday 2016-05-02 (ISO week 18), Australian regional paper's website, "SKY WATCH" column,
    # headline ("this week" 2016-W18), stamp "2 May, 2016 05:30 AM" (DATE and TIME,
    # gold_blind49), byline, no dateline; times are AEST (UTC+10). The shower "peaks before dawn
    # on Friday" -> "dawn" TIME 2016-05-06TMO (gold_blind59, gold_blind96) and "Friday"
    # 2016-05-06; "sunrise on Friday" the same morning. "since about April 19" and "until May
    # 28" are this year's dates (2016-04-19, 2016-05-28), the approximator kept in the span.
    # "the 72 hours around the peak" and "the two hours before sunrise" are anchored durations,
    # the duration alone with its determiner (PT72H, PT2H). "The moon is new at 5.29am AEST on
    # Saturday (19:29 UTC on Friday)": a local time and its UTC equivalent, each on its own day
    # (gold_blind59, gold_blind96): 2016-05-07T05:29, 2016-05-07, 2016-05-06T19:29, 2016-05-06.
    # "Last year" 2015 and "two days after the full moon" P2D (anchored). Box: "Friday, 4am to
    # 5.45am AEST" two TIMEs on that day; "Saturday, same hours" 2016-05-07 ("same hours" is
    # anaphoric and left out). "a good two hours" PT2H (modifier kept). "last week's fireball"
    # -> "last week" 2016-W17. "roughly every 76 years" SET P76Y (gold_blind96's "roughly every
    # 110 years"). "late autumn" is the southern autumn of 2016 (March-May), valued in the
    # year it falls in, 2016-FA (gold_blind75, gold_blind88). "Sunday is Mother's Day" two DATEs
    # 2016-05-08 (the second Sunday of May; like "Monday is Family Day", gold_blind103). "Next
    # Monday's transit" in a Monday paper is seven days ahead, 2016-05-09 (gold_blind25's "next
    # Tuesday" in a Tuesday paper); it "runs from 9.12pm on Monday to 4.42am on Tuesday" ->
    # 2016-05-09T21:12 and 2016-05-10T04:42 with their DATEs. "Tonight" 2016-05-02TNI; the
    # viewing night "on Saturday from 7.30pm" 2016-05-07T19:30; "every Saturday" SET
    # XXXX-WXX-6 with "since 1994" a DATE of its own; "Next month" 2016-06; "its brightest
    # since 2005" -> "2005". Not annotated: "pre-dawn" (an adjective, like "a predawn launch"
    # avoided in gold_blind59), "SKY WATCH" (the column's name), "Next best", "same hours",
    # "1P/Halley" (a catalogue name), "30 or 40", "66km per second", "page 14", "81" (an age),
    # "2 degrees", "$15", "02 6842 1986" (a phone number holding 1986, beside the annotated
    # "1986"), "as soon as the sky is dark" (no time expression).
    "eta-aquariids-pre-dawn-sky-watch": (
        "2016-05-02",
        [
            ("this week", "DATE", "2016-W18"),
            ("2 May, 2016", "DATE", "2016-05-02"),
            ("05:30 AM", "TIME", "2016-05-02T05:30"),
            ("Friday", "DATE", "2016-05-06"),
            ("dawn", "TIME", "2016-05-06TMO"),
            ("Friday", "DATE", "2016-05-06"),
            ("this year", "DATE", "2016"),
            ("about April 19", "DATE", "2016-04-19"),
            ("May 28", "DATE", "2016-05-28"),
            ("the 72 hours", "DURATION", "PT72H"),
            ("the two hours", "DURATION", "PT2H"),
            ("sunrise", "TIME", "2016-05-06TMO"),
            ("Friday", "DATE", "2016-05-06"),
            ("5.29am AEST", "TIME", "2016-05-07T05:29"),
            ("Saturday", "DATE", "2016-05-07"),
            ("19:29 UTC", "TIME", "2016-05-06T19:29"),
            ("Friday", "DATE", "2016-05-06"),
            ("Last year", "DATE", "2015"),
            ("two days", "DURATION", "P2D"),
            ("Friday", "DATE", "2016-05-06"),
            ("4am", "TIME", "2016-05-06T04:00"),
            ("5.45am AEST", "TIME", "2016-05-06T05:45"),
            ("Saturday", "DATE", "2016-05-07"),
            ("a good two hours", "DURATION", "PT2H"),
            ("last week", "DATE", "2016-W17"),
            ("roughly every 76 years", "SET", "P76Y"),
            ("1986", "DATE", "1986"),
            ("2061", "DATE", "2061"),
            ("late autumn", "DATE", "2016-FA"),
            ("Sunday", "DATE", "2016-05-08"),
            ("Mother's Day", "DATE", "2016-05-08"),
            ("Next Monday", "DATE", "2016-05-09"),
            ("9.12pm", "TIME", "2016-05-09T21:12"),
            ("Monday", "DATE", "2016-05-09"),
            ("4.42am", "TIME", "2016-05-10T04:42"),
            ("Tuesday", "DATE", "2016-05-10"),
            ("Tonight", "TIME", "2016-05-02TNI"),
            ("Saturday", "DATE", "2016-05-07"),
            ("7.30pm", "TIME", "2016-05-07T19:30"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("1994", "DATE", "1994"),
            ("Next month", "DATE", "2016-06"),
            ("2005", "DATE", "2005"),
        ],
    ),
    # Saturday 2017-04-08 (ISO week 14), Scottish paper's "Nature" page, headline, standfirst,
    # byline, date line "Saturday 8 April 2017" (one DATE span with its weekday). The osprey
    # "landed on Thursday evening" 2017-04-06TEV, "at 6.42pm on Thursday" 2017-04-06T18:42 and
    # the DATE; "since 2pm" the same day; "that evening" 2017-04-06TEV and "The next day"
    # 2017-04-07, narrative anchors on Thursday (gold_blind8, gold_blind32). "a day early"
    # (headline) and "a day earlier than last year" DURATION P1D, the size of a shift
    # (gold_blind59's "about three weeks earlier"). "for the sixth year running" -> "the sixth
    # year" DURATION P1Y, an ordinal unit of a run like "the third day in a row" (gold_blind59);
    # "running" left out like "in a row". "The first osprey of the spring" 2017-SP. "Last year
    # she arrived on 7 April" 2016-04-07. "within three days" P3D; "every year" SET P1Y; "since
    # 2011". "she spent the winter" (said in April) is the winter just past, 2016-17, which
    # takes the year of its January, 2017-WI (gold_blind10, gold_blind103); "left on 18 March"
    # 2017-03-18; "in five days" P5D (how long a past crossing took, gold_blind35); "almost a
    # week" P1W. "by Tuesday afternoon" ahead, 2017-04-11TAF. "from about 20 April" 2017-04-20;
    # "roughly five weeks" P5W. "Last year ... late July ... late August and early September"
    # 2016-07, 2016-08, 2016-09. "the 1890s" 189; "now" PRESENT_REF; "this year's nest watch"
    # -> "this year" 2017 (possessive left out); "last Saturday" in a Saturday paper is the
    # Saturday of the previous week, 2017-04-01 (gold_blind9's "last Monday" in a Monday
    # paper); "two-hour" PT2H. "at 11am tomorrow" 2017-04-09T11:00 and 2017-04-09. "open daily
    # from 10am to 5pm" -> SET P1D and two TIMEs XXXX-XX-XXThh:mm (gold_blind59); "the end of
    # September" 2017-09; "the Easter weekend" 2017-W15-WE (Easter Sunday 2017-04-16, the week
    # of its Saturday, gold_blind3, gold_blind27); "Easter Monday" 2017-04-17. Not annotated:
    # "Nature" (a section), "3,000-mile", "Blue KS", "Blue 3T" (rings), "her 12th season" (a
    # count of breeding seasons, no calendar unit, like "the season" in gold_blind103), "71"
    # (an age), "about 300 pairs", "around the clock", "410,000 viewers", "until the chicks fly"
    # (event-named), "£4", "garvanospreys.org.uk/2017" (a year in a web address).
    "loch-garvan-osprey-returns": (
        "2017-04-08",
        [
            ("a day", "DURATION", "P1D"),
            ("Thursday evening", "TIME", "2017-04-06TEV"),
            ("the sixth year", "DURATION", "P1Y"),
            ("Saturday 8 April 2017", "DATE", "2017-04-08"),
            ("the spring", "DATE", "2017-SP"),
            ("a day", "DURATION", "P1D"),
            ("last year", "DATE", "2016"),
            ("6.42pm", "TIME", "2017-04-06T18:42"),
            ("Thursday", "DATE", "2017-04-06"),
            ("2pm", "TIME", "2017-04-06T14:00"),
            ("that evening", "TIME", "2017-04-06TEV"),
            ("The next day", "DATE", "2017-04-07"),
            ("Last year", "DATE", "2016"),
            ("7 April", "DATE", "2016-04-07"),
            ("three days", "DURATION", "P3D"),
            ("every year", "SET", "P1Y"),
            ("2011", "DATE", "2011"),
            ("July 2015", "DATE", "2015-07"),
            ("the winter", "DATE", "2017-WI"),
            ("18 March", "DATE", "2017-03-18"),
            ("five days", "DURATION", "P5D"),
            ("almost a week", "DURATION", "P1W"),
            ("Tuesday afternoon", "TIME", "2017-04-11TAF"),
            ("about 20 April", "DATE", "2017-04-20"),
            ("roughly five weeks", "DURATION", "P5W"),
            ("Last year", "DATE", "2016"),
            ("late July", "DATE", "2016-07"),
            ("late August", "DATE", "2016-08"),
            ("early September", "DATE", "2016-09"),
            ("the 1890s", "DATE", "189"),
            ("2006", "DATE", "2006"),
            ("now", "DATE", "PRESENT_REF"),
            ("last year", "DATE", "2016"),
            ("this year", "DATE", "2017"),
            ("last Saturday", "DATE", "2017-04-01"),
            ("two-hour", "DURATION", "PT2H"),
            ("11am", "TIME", "2017-04-09T11:00"),
            ("tomorrow", "DATE", "2017-04-09"),
            ("daily", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("the end of September", "DATE", "2017-09"),
            ("the Easter weekend", "DATE", "2017-W15-WE"),
            ("Easter Monday", "DATE", "2017-04-17"),
        ],
    ),
    # Wednesday 2018-08-15 (ISO week 33), US regional daily's website, section label,
    # headline ("comments due Oct. 15"), byline, stamp "Aug 15, 2018 Updated Aug 15, 2018
    # 11:48 AM" (two DATEs and a TIME), "BOISE -" dateline. The service "on Tuesday proposed"
    # 2018-08-14; publication "on Thursday" 2018-08-16, "a 60-day comment period that ends Oct.
    # 15" (16 August + 60 days) -> P60D and 2018-10-15; "within a year" -> "a year" P1Y.
    # "now" PRESENT_REF; "in June" 2018-06; "the past decade" P10Y; "about three weeks each
    # summer" P3W and SET XXXX-SU (gold_blind59's "every summer"); "This year's flight" ->
    # "This year" 2018, "May 24" and "July 2" this year's; "Last summer's Hollister Fire" ->
    # "Last summer" 2017-SU. "a February 2016 petition" 2016-02 (adjectival, gold_blind35);
    # "last year" 2017; "a 12-month deadline" P12M. "two and a half years" DURATION P30M
    # (gold_blind86, after the TIMEX3 guidelines). "next spring" 2019-SP; "the next five years"
    # P5Y. The federal fiscal year runs October-September and is named by the year it ends:
    # "fiscal 2019, which begins Oct. 1" FY2019 plus 2018-10-01, "the current fiscal year"
    # FY2018 (gold_blind35, gold_blind96). "since 1911"; "for a hundred years" P100Y (how long
    # the family has been there, like "61 years" in gold_blind103). "next Monday" in a
    # Wednesday paper is the coming Monday, 2018-08-20 (gold_blind6, gold_blind32), "at 9 a.m."
    # that day; the hearing "Sept. 6 from 6 p.m. to 8 p.m." three TIMEX3. "Earlier this year"
    # 2018 (gold_blind14's "earlier this month"); "every five years" SET P5Y. Not annotated:
    # "ENVIRONMENT" (a section), "FWS-R1-ES-2018-0047" (a docket number holding the year),
    # "1,874 adults", "12,000", "85 percent", "a third", "4(d)", "two pastures", "$1.2
    # million", "$400,000", "64" (an age), "208 Soldier Road" (an address), "four sites",
    # "much longer" (no span of its own).
    "camas-flat-checkerspot-threatened-listing": (
        "2018-08-15",
        [
            ("Oct. 15", "DATE", "2018-10-15"),
            ("Aug 15, 2018", "DATE", "2018-08-15"),
            ("Aug 15, 2018", "DATE", "2018-08-15"),
            ("11:48 AM", "TIME", "2018-08-15T11:48"),
            ("Tuesday", "DATE", "2018-08-14"),
            ("Thursday", "DATE", "2018-08-16"),
            ("60-day", "DURATION", "P60D"),
            ("Oct. 15", "DATE", "2018-10-15"),
            ("a year", "DURATION", "P1Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("June", "DATE", "2018-06"),
            ("2009", "DATE", "2009"),
            ("the past decade", "DURATION", "P10Y"),
            ("about three weeks", "DURATION", "P3W"),
            ("each summer", "SET", "XXXX-SU"),
            ("This year", "DATE", "2018"),
            ("May 24", "DATE", "2018-05-24"),
            ("July 2", "DATE", "2018-07-02"),
            ("Last summer", "DATE", "2017-SU"),
            ("February 2016", "DATE", "2016-02"),
            ("last year", "DATE", "2017"),
            ("12-month", "DURATION", "P12M"),
            ("two and a half years", "DURATION", "P30M"),
            ("next spring", "DATE", "2019-SP"),
            ("the next five years", "DURATION", "P5Y"),
            ("fiscal 2019", "DATE", "FY2019"),
            ("Oct. 1", "DATE", "2018-10-01"),
            ("the current fiscal year", "DATE", "FY2018"),
            ("1911", "DATE", "1911"),
            ("a hundred years", "DURATION", "P100Y"),
            ("next Monday", "DATE", "2018-08-20"),
            ("9 a.m.", "TIME", "2018-08-20T09:00"),
            ("Sept. 6", "DATE", "2018-09-06"),
            ("6 p.m.", "TIME", "2018-09-06T18:00"),
            ("8 p.m.", "TIME", "2018-09-06T20:00"),
            ("Earlier this year", "DATE", "2018"),
            ("every five years", "SET", "P5Y"),
        ],
    ),
    # Friday 2018-11-09 (ISO week 45), New Zealand news site, section label, headline, stamp
    # "09:14, Nov 09 2018" (TIME and DATE), byline with title; times NZDT (UTC+13). The retry
    # "on Sunday" 2018-11-11, "six days after" Monday's scrub P6D (anchored); "at T-minus 2
    # minutes" -> "2 minutes" PT2M, "T-minus" a signal (gold_blind59, gold_blind96). "nine-day"
    # P9D; "opens at 11am NZDT on Sunday (22:00 UTC on Saturday)": each clock time on its own
    # day, 2018-11-11T11:00 and 2018-11-10T22:00, with both DATEs; "the daily window" SET P1D
    # (an adjectival frequency, gold_blind35); "four hours" PT4H; "10.56am NZDT on Monday,
    # which is 21:56 UTC on Sunday" 2018-11-12T10:56, 2018-11-12, 2018-11-11T21:56, 2018-11-11.
    # Past: "Monday's attempt" 2018-11-05, "that afternoon" 2018-11-05TAF and "the next day"
    # 2018-11-06, anchored on that Monday (gold_blind8, gold_blind14); "on Wednesday"
    # 2018-11-07; "yesterday" 2018-11-08. "a week" P1W; "by Saturday night" 2018-11-10TNI;
    # "three days this spring" P3D and 2018-SP, the southern spring (September-November)
    # valued in the year it falls in (gold_blind75). Box "COUNTDOWN, SUNDAY" 2018-11-11; "T-minus
    # 4 hours, 7am" PT4H and 2018-11-11T07:00; "15 minutes" PT15M; "11am" 2018-11-11T11:00;
    # "About 9 minutes after liftoff" PT9M (anchored). "twice a day" SET P1D; "in March and in
    # July" 2018-03, 2018-07; "next year" 2019; "once a month" SET P1M; "by 2020". The closure
    # "from 6am on Sunday until 6pm on Tuesday" four TIMEX3; "from 10.30am" on launch day.
    # Not annotated: "SCIENCE", "Tākapu", "KiwiCube-2" (names), "$40", "500km", "11km",
    # "State Highway 2", "12 launches", "twice" and "both times" (counts), "second stage",
    # "kowhai.space/launch", "Liftoff" and "liftoff" (events).
    "kowhai-takapu-launch-second-attempt": (
        "2018-11-09",
        [
            ("Sunday", "DATE", "2018-11-11"),
            ("09:14", "TIME", "2018-11-09T09:14"),
            ("Nov 09 2018", "DATE", "2018-11-09"),
            ("Sunday", "DATE", "2018-11-11"),
            ("six days", "DURATION", "P6D"),
            ("2 minutes", "DURATION", "PT2M"),
            ("nine-day", "DURATION", "P9D"),
            ("11am NZDT", "TIME", "2018-11-11T11:00"),
            ("Sunday", "DATE", "2018-11-11"),
            ("22:00 UTC", "TIME", "2018-11-10T22:00"),
            ("Saturday", "DATE", "2018-11-10"),
            ("daily", "SET", "P1D"),
            ("four hours", "DURATION", "PT4H"),
            ("10.56am NZDT", "TIME", "2018-11-12T10:56"),
            ("Monday", "DATE", "2018-11-12"),
            ("21:56 UTC", "TIME", "2018-11-11T21:56"),
            ("Sunday", "DATE", "2018-11-11"),
            ("Monday", "DATE", "2018-11-05"),
            ("that afternoon", "TIME", "2018-11-05TAF"),
            ("the next day", "DATE", "2018-11-06"),
            ("Wednesday", "DATE", "2018-11-07"),
            ("yesterday", "DATE", "2018-11-08"),
            ("a week", "DURATION", "P1W"),
            ("Saturday night", "TIME", "2018-11-10TNI"),
            ("three days", "DURATION", "P3D"),
            ("this spring", "DATE", "2018-SP"),
            ("SUNDAY", "DATE", "2018-11-11"),
            ("4 hours", "DURATION", "PT4H"),
            ("7am", "TIME", "2018-11-11T07:00"),
            ("15 minutes", "DURATION", "PT15M"),
            ("11am", "TIME", "2018-11-11T11:00"),
            ("About 9 minutes", "DURATION", "PT9M"),
            ("twice a day", "SET", "P1D"),
            ("March", "DATE", "2018-03"),
            ("July", "DATE", "2018-07"),
            ("next year", "DATE", "2019"),
            ("once a month", "SET", "P1M"),
            ("2020", "DATE", "2020"),
            ("6am", "TIME", "2018-11-11T06:00"),
            ("Sunday", "DATE", "2018-11-11"),
            ("6pm", "TIME", "2018-11-13T18:00"),
            ("Tuesday", "DATE", "2018-11-13"),
            ("10.30am", "TIME", "2018-11-11T10:30"),
        ],
    ),
    # Thursday 2019-03-28 (ISO week 13), Reuters-style environment wire, section label, stamp
    # "MARCH 28, 2019 / 10:07 AM" (DATE and TIME), headline, byline, "GENEVA (Reuters) -"
    # dateline, credit line. "Last four years" (headline) and "The past four years" DURATION
    # P4Y (like "the past 30 years", gold_blind59). "since records began in 1850" -> "1850"
    # (gold_blind59); "by 2100"; "said on Thursday" the publication day. "annual State of the
    # Climate report" SET P1Y, the adjective naming a recurring publication (gold_blind23),
    # while "its annual maximum" names the period of a figure and is left out (like "its usual
    # monthly total", gold_blind103). "embargoed until 0001 GMT on Thursday" 2019-03-28T00:01
    # and the DATE; "three months after the end of 2018" P3M and "the end of 2018" 2018 (the end
    # of a year takes the year's value, gold_blind35); "last year's average" -> "last year"
    # 2018; "the 1850-1900 average" two DATEs (gold_blind103). "March 13" 2019-03-13; "40 years
    # of satellite records" P40Y; "in February" 2019-02 and "a year earlier" after it 2018-02
    # (the granularity of what it is compared with); "the past 800,000 years" P800000Y
    # (gold_blind59's "the past 20,000 years"). "Last summer's heat" -> 2018-SU, "from late May
    # to early August" 2018-05, 2018-08. "We have lost a decade" P10Y; "on Tuesday evening"
    # 2019-03-26TEV; "the 2015 Paris Agreement" -> "2015"; "by 2030"; "the middle of the
    # century" DATE 20 (see README). "that 2019 will be warmer than 2018" two DATEs; "formed in
    # February" 2019-02. "every year since 1988" SET P1Y and 1988; "now" PRESENT_REF; "recent
    # decades" PAST_REF; "every month" SET P1M; "every five years" SET P5Y; "next week"
    # 2019-W14; "on Sept. 20" 2019-09-20; "in December" 2019-12. Not annotated: "ENVIRONMENT",
    # "the four warmest" and "the hottest year" (predicates), "3 to 5 degrees Celsius",
    # "1.0C", "the seventh-lowest", "411 parts per million", "408", "60 percent", "GCDC No.
    # 2019-04" (a report number holding the year), "El Nino", "net zero", "about half",
    # "twice as fast", "Reuters".
    "gcdc-state-of-climate-warmest-four-years": (
        "2019-03-28",
        [
            ("MARCH 28, 2019", "DATE", "2019-03-28"),
            ("10:07 AM", "TIME", "2019-03-28T10:07"),
            ("Last four years", "DURATION", "P4Y"),
            ("The past four years", "DURATION", "P4Y"),
            ("1850", "DATE", "1850"),
            ("2100", "DATE", "2100"),
            ("Thursday", "DATE", "2019-03-28"),
            ("annual", "SET", "P1Y"),
            ("0001 GMT", "TIME", "2019-03-28T00:01"),
            ("Thursday", "DATE", "2019-03-28"),
            ("three months", "DURATION", "P3M"),
            ("the end of 2018", "DATE", "2018"),
            ("last year", "DATE", "2018"),
            ("1850", "DATE", "1850"),
            ("1900", "DATE", "1900"),
            ("2016", "DATE", "2016"),
            ("March 13", "DATE", "2019-03-13"),
            ("40 years", "DURATION", "P40Y"),
            ("February", "DATE", "2019-02"),
            ("a year earlier", "DATE", "2018-02"),
            ("the past 800,000 years", "DURATION", "P800000Y"),
            ("Last summer", "DATE", "2018-SU"),
            ("late May", "DATE", "2018-05"),
            ("early August", "DATE", "2018-08"),
            ("a decade", "DURATION", "P10Y"),
            ("Tuesday evening", "TIME", "2019-03-26TEV"),
            ("2015", "DATE", "2015"),
            ("2030", "DATE", "2030"),
            ("the middle of the century", "DATE", "20"),
            ("2019", "DATE", "2019"),
            ("2018", "DATE", "2018"),
            ("February", "DATE", "2019-02"),
            ("every year", "SET", "P1Y"),
            ("1988", "DATE", "1988"),
            ("now", "DATE", "PRESENT_REF"),
            ("recent decades", "DATE", "PAST_REF"),
            ("every month", "SET", "P1M"),
            ("every five years", "SET", "P5Y"),
            ("next week", "DATE", "2019-W14"),
            ("Sept. 20", "DATE", "2019-09-20"),
            ("December", "DATE", "2019-12"),
        ],
    ),
    # Tuesday 2019-12-24 (ISO week 52), Indian English-language daily online, headline, credit
    # and stamp "Arun Pillai | Dec 24, 2019, 06.02 AM IST" (DATE and TIME, gold_blind96),
    # "KOZHIKODE:" dateline; times IST (UTC+5:30). The eclipse "on Thursday morning"
    # 2019-12-26TMO; "since January 15, 2010"; "begin at 8.04am and end at 11.04am" that
    # Thursday; "about three hours" PT3H; "just over three minutes" PT3M (modifier kept);
    # "9.25am IST (03:55 UTC)" 2019-12-26T09:25 and 2019-12-26T03:55 (the same day). "Coming a
    # day after Christmas" -> "a day" P1D (anchored) and "Christmas" 2019-12-25; "since
    # November" 2019-11; "last week" 2019-W51; "With Christmas tomorrow" two DATEs 2019-12-25;
    # "Thursday's 8am Mass to 6pm" -> "Thursday" 2019-12-26 and two TIMEs that day. "shut until
    # January 1" ahead, across the year boundary, 2020-01-01. Temples "from 7.30am to 11.30am"
    # on the eclipse day. "at 6am on Thursday" (and the headline's "6am") 2019-12-26T06:00;
    # "from 9am today" 2019-12-24T09:00 and 2019-12-24; "on Sunday morning" 2019-12-22TMO;
    # "every Saturday evening" SET XXXX-WXX-6TEV (gold_blind3's "every Thursday evening").
    # "After the 2010 eclipse ... the following week": "2010" DATE and "the following week"
    # 2010-W03, the ISO week after that of 15 January 2010 (gold_blind29, gold_blind39).
    # "until about 10am" 2019-12-26T10:00; "at least twice a year" SET P1Y, the modifier kept
    # (gold_blind103's "at least once a day"); "next year, on June 21" -> "next year" 2020 and
    # "June 21" 2020-06-21; "until 2031"; "from 7.45am" on the eclipse day. Not annotated: "Ring
    # of fire" and "ring of fire" (the annulus), "93%", "25 degrees", "thousands of visitors",
    # "a holiday for schools" (the word "holiday" alone), "Rs 20", "58" (an age), "14 people",
    # "a moment" (idiom, "not even for a moment"), "1800 425 2019" (a helpline number holding
    # the year), "first contact", "the centre line", "Mass".
    "kerala-annular-eclipse-ring-of-fire": (
        "2019-12-24",
        [
            ("Thursday", "DATE", "2019-12-26"),
            ("6am", "TIME", "2019-12-26T06:00"),
            ("Dec 24, 2019", "DATE", "2019-12-24"),
            ("06.02 AM IST", "TIME", "2019-12-24T06:02"),
            ("Thursday morning", "TIME", "2019-12-26TMO"),
            ("January 15, 2010", "DATE", "2010-01-15"),
            ("8.04am", "TIME", "2019-12-26T08:04"),
            ("11.04am", "TIME", "2019-12-26T11:04"),
            ("about three hours", "DURATION", "PT3H"),
            ("just over three minutes", "DURATION", "PT3M"),
            ("9.25am IST", "TIME", "2019-12-26T09:25"),
            ("03:55 UTC", "TIME", "2019-12-26T03:55"),
            ("a day", "DURATION", "P1D"),
            ("Christmas", "DATE", "2019-12-25"),
            ("November", "DATE", "2019-11"),
            ("last week", "DATE", "2019-W51"),
            ("Christmas", "DATE", "2019-12-25"),
            ("tomorrow", "DATE", "2019-12-25"),
            ("Thursday", "DATE", "2019-12-26"),
            ("8am", "TIME", "2019-12-26T08:00"),
            ("6pm", "TIME", "2019-12-26T18:00"),
            ("Thursday", "DATE", "2019-12-26"),
            ("January 1", "DATE", "2020-01-01"),
            ("7.30am", "TIME", "2019-12-26T07:30"),
            ("11.30am", "TIME", "2019-12-26T11:30"),
            ("6am", "TIME", "2019-12-26T06:00"),
            ("Thursday", "DATE", "2019-12-26"),
            ("9am", "TIME", "2019-12-24T09:00"),
            ("today", "DATE", "2019-12-24"),
            ("Sunday morning", "TIME", "2019-12-22TMO"),
            ("every Saturday evening", "SET", "XXXX-WXX-6TEV"),
            ("2010", "DATE", "2010"),
            ("the following week", "DATE", "2010-W03"),
            ("Thursday", "DATE", "2019-12-26"),
            ("about 10am", "TIME", "2019-12-26T10:00"),
            ("at least twice a year", "SET", "P1Y"),
            ("next year", "DATE", "2020"),
            ("June 21", "DATE", "2020-06-21"),
            ("2031", "DATE", "2031"),
            ("7.45am", "TIME", "2019-12-26T07:45"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
