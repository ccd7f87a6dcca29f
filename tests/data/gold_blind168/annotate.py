"""Annotations of the hundred-and-sixty-eighth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind168/annotate.py [--show]

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
    # Friday 2014-03-07 (ISO week 10), tech site's end-of-support story, headline, standfirst,
    # byline with stamp "March 7, 2014 5:15 AM PST" (DATE and TIME, the zone in the span and
    # not in the value, gold_blind86). Support ends Tuesday 2014-04-08 ("Tuesday, April 8" one
    # span); "Thirty-two days" (headline) is the time left, March 7 to April 8, P32D; "a month"
    # (standfirst) P1M. Past: "on Thursday" and "late Thursday" 2014-03-06, "on Wednesday"
    # 2014-03-05, "October" 2013-10. Future: "next month" 2014-04, "this Saturday" 2014-03-08
    # ("Starting" a signal). "the end of February" 2014-02 and "a year earlier" after it
    # 2013-02; "the fourth quarter" (an analyst firm, calendar) 2013-Q4, "a year earlier" after
    # it 2012-Q4; "the first rise in two years" P2Y (the period of a "first in"); "the first
    # year" of a contract an ordinal period, DURATION P1Y; "each year" SET P1Y; "once a month"
    # SET P1M, "once a day" SET P1D; "under an hour" DURATION PT1H with its modifier; "the final
    # two weeks" P2W; "mid-2007" the year's value. Not annotated: "Corvane 2001" (the product,
    # many times, beside "Oct. 25, 2001"), "Corvane 2001 Embedded", "Corvane 98", "12-year-old"
    # (an age), "the last minute" (an idiom), "since then", "the deadline", "1-800-555-2001",
    # "$200", "$9 million", percentages and counts.
    "corvane-2001-support-deadline": (
        "2014-03-07",
        [
            ("Thirty-two days", "DURATION", "P32D"),
            ("April 8", "DATE", "2014-04-08"),
            ("a month", "DURATION", "P1M"),
            ("January 2020", "DATE", "2020-01"),
            ("March 7, 2014", "DATE", "2014-03-07"),
            ("5:15 AM PST", "TIME", "2014-03-07T05:15"),
            ("Thursday", "DATE", "2014-03-06"),
            ("April 8, 2014", "DATE", "2014-04-08"),
            ("late Thursday", "DATE", "2014-03-06"),
            ("April 8", "DATE", "2014-04-08"),
            ("2011", "DATE", "2011"),
            ("three years", "DURATION", "P3Y"),
            ("2009", "DATE", "2009"),
            ("once a month", "SET", "P1M"),
            ("Tuesday, April 8", "DATE", "2014-04-08"),
            ("the end of February", "DATE", "2014-02"),
            ("a year earlier", "DATE", "2013-02"),
            ("January 2020", "DATE", "2020-01"),
            ("April 2019", "DATE", "2019-04"),
            ("next month", "DATE", "2014-04"),
            ("the first year", "DURATION", "P1Y"),
            ("each year", "SET", "P1Y"),
            ("this week", "DATE", "2014-W10"),
            ("two-year", "DURATION", "P2Y"),
            ("this Saturday", "DATE", "2014-03-08"),
            ("once a day", "SET", "P1D"),
            ("October", "DATE", "2013-10"),
            ("under an hour", "DURATION", "PT1H"),
            ("the first half of 2014", "DATE", "2014-H1"),
            ("Wednesday", "DATE", "2014-03-05"),
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("a year earlier", "DATE", "2012-Q4"),
            ("two years", "DURATION", "P2Y"),
            ("2010", "DATE", "2010"),
            ("the final two weeks", "DURATION", "P2W"),
            ("Oct. 25, 2001", "DATE", "2001-10-25"),
            ("mid-2007", "DATE", "2007"),
        ],
    ),
    # Wednesday 2014-09-10 (ISO week 37), US paper's website, headline, byline, stamp
    # "Published 8:30 a.m. PT Sept. 10, 2014", "SAN MARCO, Calif. —" dateline. The event was
    # Tuesday 2014-09-09 ("on Tuesday", "Tuesday's event", shares "on Tuesday"), with "10 a.m.
    # Pacific time", "4 p.m. ET" and "the 6 p.m. briefing" that day. Pre-orders "Friday at
    # 12:01 a.m. PT" (headline and lead) 2014-09-12, two TIMEX3; "in stores Sept. 19" (a
    # Friday); "Carriers said Wednesday" the publication day; "this weekend" ahead in a
    # Wednesday story 2014-W37-WE; "the end of the month" 2014-09; "early next year" 2015.
    # "last year's Lyra 5s" -> "last year" 2013; "the first three days" P3D; "ending months of
    # rumors" -> "months" PXM; "within hours" -> "hours" PTXH; "each fall" SET XXXX-FA (every
    # September has no shape, gold_blind86). Orrin's fiscal year is not described, so
    # calendar quarters: "the December quarter" 2014-Q4, "the April-June quarter" 2014-Q2,
    # "a year earlier" 2013-Q2. "every day from 9 a.m. to 9 p.m." SET P1D with two TIMEs
    # XXXX-XX-XXThh:mm (gold_blind103). Not annotated: "Lyra 6", "Lyra 6 Max", "Lyra 5s",
    # "LyraOS 8", "4.7-inch", "5.5 inches", "orrin.com/tradein2014" (a URL holding the year),
    # "1-888-555-0919", "$199", "$98.12", "$97.85", percentages, counts.
    "orrin-lyra-6-preorders": (
        "2014-09-10",
        [
            ("Friday", "DATE", "2014-09-12"),
            ("8:30 a.m. PT", "TIME", "2014-09-10T08:30"),
            ("Sept. 10, 2014", "DATE", "2014-09-10"),
            ("Tuesday", "DATE", "2014-09-09"),
            ("months", "DURATION", "PXM"),
            ("Friday", "DATE", "2014-09-12"),
            ("12:01 a.m. PT", "TIME", "2014-09-12T00:01"),
            ("Sept. 19", "DATE", "2014-09-19"),
            ("the end of the month", "DATE", "2014-09"),
            ("two-year", "DURATION", "P2Y"),
            ("last year", "DATE", "2013"),
            ("nearly two hours", "DURATION", "PT2H"),
            ("Tuesday", "DATE", "2014-09-09"),
            ("10 a.m. Pacific time", "TIME", "2014-09-09T10:00"),
            ("Sept. 17", "DATE", "2014-09-17"),
            ("two days", "DURATION", "P2D"),
            ("each fall", "SET", "XXXX-FA"),
            ("2011", "DATE", "2011"),
            ("hours", "DURATION", "PTXH"),
            ("Last year", "DATE", "2013"),
            ("the first three days", "DURATION", "P3D"),
            ("Wednesday", "DATE", "2014-09-10"),
            ("8 a.m. local time", "TIME", "2014-09-19T08:00"),
            ("Sept. 19", "DATE", "2014-09-19"),
            ("this weekend", "DATE", "2014-W37-WE"),
            ("early next year", "DATE", "2015"),
            ("the December quarter", "DATE", "2014-Q4"),
            ("the April-June quarter", "DATE", "2014-Q2"),
            ("a year earlier", "DATE", "2013-Q2"),
            ("recent years", "DATE", "PAST_REF"),
            ("2012", "DATE", "2012"),
            ("the coming months", "DURATION", "PXM"),
            ("Tuesday", "DATE", "2014-09-09"),
            ("this year", "DATE", "2014"),
            ("4 p.m. ET", "TIME", "2014-09-09T16:00"),
            ("6 p.m.", "TIME", "2014-09-09T18:00"),
            ("every day", "SET", "P1D"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
        ],
    ),
    # Thursday 2014-05-08 (ISO week 19), British games site, headline, standfirst, byline,
    # date line "Thursday 8 May 2014 11:40 BST" (DATE with its weekday, and TIME). Kestrel
    # Crown's fiscal year runs April-March and is named by the year it ends: "its fiscal year
    # ended 31 March" FY2014 plus 2014-03-31, the standfirst's "full-year profit" (the results
    # just reported) FY2014; "the current fiscal year, which ends on 31 March 2015" FY2015
    # plus the date, "its full-year forecast" FY2015 and "a year earlier" after it FY2014
    # (gold_blind28). The trap: "the first quarter of 2015" names a calendar year, 2015-Q1
    # (January-March 2015, the company's fourth fiscal quarter, which the text confirms);
    # "early 2015" (headline) 2015; "the January-March quarter" keeps the calendar value of its
    # wording, 2014-Q1, and "a year earlier" 2013-Q1 (gold_blind28). "this autumn" 2014-FA,
    # "autumn 2014" (quoted) 2014-FA, "spring 2015" 2015-SP, "the spring of 2013" 2013-SP; "the
    # winter" ahead in May is that of 2014-15, 2015-WI (a winter takes the year of its
    # January, gold_blind103). "On Tuesday" 2014-05-06 (past); "3pm local time (07:00 BST)"
    # both on the publication day; "the March release" 2014-03; "the second delay in 14
    # months" P14M; "its first six weeks" P6W; "each autumn" SET XXXX-FA; "every 18 months"
    # SET P18M; "twice a day" SET P1D; "now" and "Now" PRESENT_REF. Not annotated: "Iron
    # Meridian 3", "Iron Meridian 2", "Harbour Knights 2", "Apex Run", "Nexa 4", "¥2,015" (a
    # share price like a year), "¥14bn", "¥9.2bn", "around the clock", "that season".
    "kestrel-crown-iron-meridian-delay": (
        "2014-05-08",
        [
            ("early 2015", "DATE", "2015"),
            ("full-year", "DATE", "FY2014"),
            ("Thursday 8 May 2014", "DATE", "2014-05-08"),
            ("11:40 BST", "TIME", "2014-05-08T11:40"),
            ("this autumn", "DATE", "2014-FA"),
            ("the first quarter of 2015", "DATE", "2015-Q1"),
            ("today", "DATE", "2014-05-08"),
            ("its fiscal year", "DATE", "FY2014"),
            ("31 March", "DATE", "2014-03-31"),
            ("June 2012", "DATE", "2012-06"),
            ("the spring of 2013", "DATE", "2013-SP"),
            ("autumn 2014", "DATE", "2014-FA"),
            ("14 months", "DURATION", "P14M"),
            ("this morning", "TIME", "2014-05-08TMO"),
            ("a few months", "DURATION", "PXM"),
            ("the current fiscal year", "DATE", "FY2015"),
            ("31 March 2015", "DATE", "2015-03-31"),
            ("full-year", "DATE", "FY2015"),
            ("a year earlier", "DATE", "FY2014"),
            ("the January-March quarter", "DATE", "2014-Q1"),
            ("a year earlier", "DATE", "2013-Q1"),
            ("March", "DATE", "2014-03"),
            ("its first six weeks", "DURATION", "P6W"),
            ("2011", "DATE", "2011"),
            ("3pm local time", "TIME", "2014-05-08T15:00"),
            ("07:00 BST", "TIME", "2014-05-08T07:00"),
            ("this week", "DATE", "2014-W19"),
            ("Tuesday", "DATE", "2014-05-06"),
            ("spring 2015", "DATE", "2015-SP"),
            ("now", "DATE", "PRESENT_REF"),
            ("Christmas", "DATE", "2014-12-25"),
            ("each autumn", "SET", "XXXX-FA"),
            ("Now", "DATE", "PRESENT_REF"),
            ("next month", "DATE", "2014-06"),
            ("the winter", "DATE", "2015-WI"),
            ("1986", "DATE", "1986"),
            ("every 18 months", "SET", "P18M"),
            ("the past decade", "DURATION", "P10Y"),
            ("2012", "DATE", "2012"),
            ("now", "DATE", "PRESENT_REF"),
            ("twice a day", "SET", "P1D"),
        ],
    ),
    # Monday 2012-11-19 (ISO week 47), British daily, headline, standfirst, byline, date line
    # "Monday 19 November 2012 18.05 GMT" (DATE with its weekday, and TIME). "'two years
    # behind'" (headline), "up to two years" late (the size of a delay, gold_blind35) and
    # "spent two years" P2Y; "the end of 2015" the year's value; "today" and "this morning"
    # the publication day; "next spring" 2013-SP; "the end of March" ahead 2013-03 and
    # "whose financial year ends in March" the March that ends the year now running, 2013-03
    # (gold_blind33); Vantage's financial year runs April-March, named by the year it ends:
    # "the current financial year" FY2013, "the previous financial year" FY2012. "last week"
    # 2012-W46; "31 October" 2012-10-31; "January" ahead 2013-01; "August" past 2012-08; "on
    # Sunday" 2012-11-18 (past), "on Wednesday" 2012-11-21 (future, "will give evidence");
    # "the 2015 target" an adjectival year. "every week" SET P1W; "at 2am" a habitual clock
    # time on no particular day, XXXX-XX-XXT02:00, and the helpline's "between 9am and 5pm
    # every day" two such TIMEs and SET P1D (gold_blind103). Not annotated: "by the same date"
    # (anaphoric), "the current round", "300-year-old" (an age), "0300 555 2015" (a phone
    # number holding 2015), "24Mbps", "2Mbps", "9Mbps", "7.6Mbps", "1Mbps", "90 per cent",
    # "£300m", "£120m", "1.2p", "231p", "44", "140,000", "1,200".
    "dunmere-broadband-rollout-delay": (
        "2012-11-19",
        [
            ("two years", "DURATION", "P2Y"),
            ("the end of 2015", "DATE", "2015"),
            ("now", "DATE", "PRESENT_REF"),
            ("2017", "DATE", "2017"),
            ("Monday 19 November 2012", "DATE", "2012-11-19"),
            ("18.05 GMT", "TIME", "2012-11-19T18:05"),
            ("the end of 2015", "DATE", "2015"),
            ("up to two years", "DURATION", "P2Y"),
            ("today", "DATE", "2012-11-19"),
            ("this morning", "TIME", "2012-11-19TMO"),
            ("next spring", "DATE", "2013-SP"),
            ("December 2010", "DATE", "2010-12"),
            ("the end of March", "DATE", "2013-03"),
            ("last week", "DATE", "2012-W46"),
            ("31 October", "DATE", "2012-10-31"),
            ("eight months", "DURATION", "P8M"),
            ("January", "DATE", "2013-01"),
            ("about three years", "DURATION", "P3Y"),
            ("every week", "SET", "P1W"),
            ("10 years", "DURATION", "P10Y"),
            ("2am", "TIME", "XXXX-XX-XXT02:00"),
            ("August", "DATE", "2012-08"),
            ("May 2011", "DATE", "2011-05"),
            ("two years", "DURATION", "P2Y"),
            ("three months", "DURATION", "P3M"),
            ("Sunday", "DATE", "2012-11-18"),
            ("2015", "DATE", "2015"),
            ("the next 12 months", "DURATION", "P12M"),
            ("Wednesday", "DATE", "2012-11-21"),
            ("March", "DATE", "2013-03"),
            ("the current financial year", "DATE", "FY2013"),
            ("the previous financial year", "DATE", "FY2012"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("every day", "SET", "P1D"),
        ],
    ),
    # Tuesday 2013-05-14 (ISO week 20), open-source project's release-notes post, title,
    # "Posted by ... on Tuesday, 14 May 2013" (one DATE span with its weekday), changelog
    # sections. "six weeks after 4.1" P6W, anchored to an event; "Since January" 2013-01;
    # "every six weeks" SET P6W; the next releases "due on 25 June 2013" and "6 August" 2013
    # (the future "in six weeks" was avoided, see README); "11 June at 18:00 UTC" two TIMEX3;
    # "every Tuesday" SET XXXX-WXX-2; "1 March" past 2013-03-01; "two more years" P2Y; "last
    # Thursday" in a Tuesday post the most recent Thursday, 2013-05-09 (gold_blind86); "today"
    # the post's day; "this weekend" ahead 2013-W20-WE and "10:00 CEST on Saturday"
    # 2013-05-18; "up to a year" P1Y; "nightly" SET XXXX-XX-XXTNI with "03:00 server time"
    # XXXX-XX-XXT03:00 (the hour of a recurring job); "every hour" SET PT1H; "over an hour"
    # PT1H; "before 1970" -> "1970"; "the past six weeks" P6W; "in March" (the birthday party)
    # 2013-03; "now" (twice, "can now set", "now runs") PRESENT_REF. Not annotated: "4.x",
    # "3.x", "4.1.3", "3.8 LTS", the URL "quillon-4.2-20130514.tar.gz" (the release date in a
    # file name), "#2013" and "#1998" (issue numbers), "QuillDB 9.2", "QuillDB 8.4", "the first
    # day of the week" (generic), "by week or by month", "10th birthday", "the first time",
    # "once 4.3 ships" (event-named), "10,000", "500 items", "Forty-one", "17".
    "quillon-4-2-release-notes": (
        "2013-05-14",
        [
            ("Tuesday, 14 May 2013", "DATE", "2013-05-14"),
            ("14 May 2013", "DATE", "2013-05-14"),
            ("six weeks", "DURATION", "P6W"),
            ("2 April 2013", "DATE", "2013-04-02"),
            ("January", "DATE", "2013-01"),
            ("every six weeks", "SET", "P6W"),
            ("25 June 2013", "DATE", "2013-06-25"),
            ("6 August", "DATE", "2013-08-06"),
            ("11 June", "DATE", "2013-06-11"),
            ("18:00 UTC", "TIME", "2013-06-11T18:00"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("31 December 2013", "DATE", "2013-12-31"),
            ("1 March", "DATE", "2013-03-01"),
            ("two more years", "DURATION", "P2Y"),
            ("May 2015", "DATE", "2015-05"),
            ("last Thursday", "DATE", "2013-05-09"),
            ("today", "DATE", "2013-05-14"),
            ("now", "DATE", "PRESENT_REF"),
            ("up to a year", "DURATION", "P1Y"),
            ("24 hours", "DURATION", "PT24H"),
            ("12 hours", "DURATION", "PT12H"),
            ("30 minutes", "DURATION", "PT30M"),
            ("two hours", "DURATION", "PT2H"),
            ("now", "DATE", "PRESENT_REF"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("03:00 server time", "TIME", "XXXX-XX-XXT03:00"),
            ("every hour", "SET", "PT1H"),
            ("over an hour", "DURATION", "PT1H"),
            ("1970", "DATE", "1970"),
            ("the past six weeks", "DURATION", "P6W"),
            ("March 2003", "DATE", "2003-03"),
            ("March", "DATE", "2013-03"),
            ("this weekend", "DATE", "2013-W20-WE"),
            ("10:00 CEST", "TIME", "2013-05-18T10:00"),
            ("Saturday", "DATE", "2013-05-18"),
        ],
    ),
    # Saturday 2015-10-10 (ISO week 41), Indian daily's website, headline, stamp "TNN | Oct 10,
    # 2015, 03.55 AM IST" (DATE and TIME), "KESHAVPUR:" dateline. The sale opens Thursday
    # 2015-10-15 (headline, lead, "12 noon on Thursday" 2015-10-15T12:00); registrations
    # "opened on Monday" 2015-10-05 and "close at 11.59 pm on Wednesday" 2015-10-14T23:59.
    # Diwali fell on Wednesday 2015-11-11 and Dussehra on Thursday 2015-10-22: the text gives
    # both dates beside the names, each annotated (gold_blind79). "not a week before Diwali"
    # -> "a week" P1W (anchored duration) and "Diwali". "every Thursday" SET XXXX-WXX-4; "the
    # end of the month" 2015-10; "November 1" 2015-11-01 ("from" a signal); "the first two
    # weeks" P2W. "Last year's festive season" -> "Last year" 2014 ("festive season" has no
    # bounds, like "the festive period" in gold_blind57); "This year" 2015; "July last year"
    # one span 2014-07 (gold_blind28); "within minutes" -> "minutes" PTXM. Sarthi's April-March
    # financial year: "FY16" FY2016 (gold_blind9); "the April-June quarter" keeps the
    # calendar value of its wording, 2015-Q2, "a year ago" after it 2014-Q2 (gold_blind28);
    # the tracker's "the July-September quarter" 2015-Q3, "said on Friday" 2015-10-09, "the
    # highest growth in three years" P3Y. "12-month" P12M; "six months" P6M; "every quarter"
    # SET P3M; "two years" P2Y; "March 2016"; "2013"; "early next year" 2016. Not annotated:
    # "festive season", "annual sales" (the period of a figure), "24x7" (an idiom), "1800 555
    # 2015" (a phone number), "Kavya X2", "Kavya X1", "4G", "Rs 9,999", "Rs 2,000", "Rs 10,000",
    # "12 million", "two-thirds", percentages, "its first five flash sales".
    "sarthi-kavya-x2-festive-sale": (
        "2015-10-10",
        [
            ("Thursday", "DATE", "2015-10-15"),
            ("Diwali", "DATE", "2015-11-11"),
            ("Oct 10, 2015", "DATE", "2015-10-10"),
            ("03.55 AM IST", "TIME", "2015-10-10T03:55"),
            ("Thursday", "DATE", "2015-10-15"),
            ("Diwali", "DATE", "2015-11-11"),
            ("November 11", "DATE", "2015-11-11"),
            ("the first two weeks", "DURATION", "P2W"),
            ("November 1", "DATE", "2015-11-01"),
            ("Monday", "DATE", "2015-10-05"),
            ("11.59 pm", "TIME", "2015-10-14T23:59"),
            ("Wednesday", "DATE", "2015-10-14"),
            ("12 noon", "TIME", "2015-10-15T12:00"),
            ("Thursday", "DATE", "2015-10-15"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("the end of the month", "DATE", "2015-10"),
            ("Last year", "DATE", "2014"),
            ("This year", "DATE", "2015"),
            ("Dussehra", "DATE", "2015-10-22"),
            ("October 22", "DATE", "2015-10-22"),
            ("a week", "DURATION", "P1W"),
            ("Diwali", "DATE", "2015-11-11"),
            ("July last year", "DATE", "2014-07"),
            ("minutes", "DURATION", "PTXM"),
            ("the April-June quarter", "DATE", "2015-Q2"),
            ("a year ago", "DATE", "2014-Q2"),
            ("FY16", "DATE", "FY2016"),
            ("Friday", "DATE", "2015-10-09"),
            ("the July-September quarter", "DATE", "2015-Q3"),
            ("three years", "DURATION", "P3Y"),
            ("12-month", "DURATION", "P12M"),
            ("six months", "DURATION", "P6M"),
            ("every quarter", "SET", "P3M"),
            ("two years", "DURATION", "P2Y"),
            ("March 2016", "DATE", "2016-03"),
            ("2013", "DATE", "2013"),
            ("early next year", "DATE", "2016"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
