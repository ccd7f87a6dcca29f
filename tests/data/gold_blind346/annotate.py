"""Annotations of the three-hundred-and-forty-sixth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind346/annotate.py [--show]

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
    # Tuesday 2013-03-12 (ISO week 11), US regional paper's "Nation in brief" column compiled
    # from AP, page line "The Carver Valley Ledger | Tuesday, March 12, 2013 | Page A6" (one
    # DATE with its weekday), seven items with "CITY, State (AP) —" datelines and no date; every
    # bare weekday is counted from the one publication day in the tense of its clause, and
    # "that evening" and "the next day" within their own item only (gold_blind64). Harlowe:
    # "Monday afternoon" 2013-03-11TAF, "about 3:40 p.m." that day (the approximator kept,
    # gold_blind39), "that evening" 2013-03-11TEV (a narrative anchor, gold_blind8), inspectors
    # "will return Wednesday" 2013-03-13, "October" past 2012-10. Bell Harbor: "late Monday"
    # DATE 2013-03-11 (gold_blind21), "Friday morning" 2013-03-08TMO, "Saturday night"
    # 2013-03-09TNI, "over 48 hours" -> "48 hours" PT48H, the memorial "11 a.m. Saturday"
    # 2013-03-16T11:00 and the DATE (the same weekday in both directions on one page).
    # Grantley: the switch to daylight saving time came early Sunday 2013-03-10; "nearly two
    # hours" PT2H; "2 a.m." and "3:50 a.m." that day; "clocks jumped ahead an hour" -> "an
    # hour" DURATION PT1H, the size of a shift (gold_blind64's "90 minutes earlier"); "by
    # Friday" 2013-03-15; "in November" 2013-11 ahead. Salem: "on Monday" 2013-03-11; "2016"
    # an adjectival year; "up two months" P2M (the size of a shift); "as early as Thursday" ->
    # "Thursday" 2013-03-14 (a signal, gold_blind20). Savannah Point: "St. Patrick's Day"
    # inside "89th St. Patrick's Day parade" is 2013-03-17 (gold_blind21, gold_blind49); the
    # parade "at 10 a.m. Saturday, a day early" -> 2013-03-16T10:00, 2013-03-16 and "a day"
    # P1D; "falls on Sunday this year" 2013-03-17 and 2013; "Last year's parade" -> "Last
    # year" 2012. Tallis: "walked away ... Thursday" 2013-03-07, "arrested Monday" 2013-03-11,
    # "Sunday evening" 2013-03-10TEV and "the next day" 2013-03-11 (counted in its item);
    # "15-year" P15Y; "2006", "2019"; "Wednesday morning" 2013-03-13TMO. Millvale: "about five
    # years" P5Y; "starting April 8" -> "April 8" 2013-04-08. Not annotated: "daylight saving
    # time" (the name of a clock regime, see README), "2011 and 2012 model-year" (model years,
    # gold_blind16), "House Bill 2016" (a bill number beside the annotated "2016"), "911",
    # "800-555-2012", "89th", "7-4", "140-foot", "62-foot", "3-mile", "30 miles", "2,400
    # square miles", "4 miles", "34", "41,000", "$1.1 million", "300,000", "the holiday".
    "nation-in-brief-harlowe-elevator-blast": (
        "2013-03-12",
        [
            ("Tuesday, March 12, 2013", "DATE", "2013-03-12"),
            ("Monday afternoon", "TIME", "2013-03-11TAF"),
            ("about 3:40 p.m.", "TIME", "2013-03-11T15:40"),
            ("that evening", "TIME", "2013-03-11TEV"),
            ("Wednesday", "DATE", "2013-03-13"),
            ("1961", "DATE", "1961"),
            ("October", "DATE", "2012-10"),
            ("late Monday", "DATE", "2013-03-11"),
            ("Friday morning", "TIME", "2013-03-08TMO"),
            ("Saturday night", "TIME", "2013-03-09TNI"),
            ("48 hours", "DURATION", "PT48H"),
            ("11 a.m.", "TIME", "2013-03-16T11:00"),
            ("Saturday", "DATE", "2013-03-16"),
            ("nearly two hours", "DURATION", "PT2H"),
            ("early Sunday", "DATE", "2013-03-10"),
            ("2 a.m.", "TIME", "2013-03-10T02:00"),
            ("an hour", "DURATION", "PT1H"),
            ("3:50 a.m.", "TIME", "2013-03-10T03:50"),
            ("Friday", "DATE", "2013-03-15"),
            ("November", "DATE", "2013-11"),
            ("Monday", "DATE", "2013-03-11"),
            ("2016", "DATE", "2016"),
            ("two months", "DURATION", "P2M"),
            ("March 15, 2016", "DATE", "2016-03-15"),
            ("Thursday", "DATE", "2013-03-14"),
            ("St. Patrick's Day", "DATE", "2013-03-17"),
            ("10 a.m.", "TIME", "2013-03-16T10:00"),
            ("Saturday", "DATE", "2013-03-16"),
            ("a day", "DURATION", "P1D"),
            ("Sunday", "DATE", "2013-03-17"),
            ("this year", "DATE", "2013"),
            ("Monday", "DATE", "2013-03-11"),
            ("about three hours", "DURATION", "PT3H"),
            ("Last year", "DATE", "2012"),
            ("Thursday", "DATE", "2013-03-07"),
            ("Monday", "DATE", "2013-03-11"),
            ("Sunday evening", "TIME", "2013-03-10TEV"),
            ("the next day", "DATE", "2013-03-11"),
            ("15-year", "DURATION", "P15Y"),
            ("2006", "DATE", "2006"),
            ("2019", "DATE", "2019"),
            ("Wednesday morning", "TIME", "2013-03-13TMO"),
            ("about five years", "DURATION", "P5Y"),
            ("April 8", "DATE", "2013-04-08"),
        ],
    ),
    # Saturday 2014-06-14 (ISO week 24), British broadsheet's "World in brief" column, page line
    # "The Northern Chronicle | Saturday 14 June 2014 | 29" (one DATE with its weekday), six
    # items under country labels with a headline and an agency credit and no dateline, in
    # British print style: "yesterday" is Friday 2014-06-13 and "last night" its night,
    # 2014-06-13TNI (gold_blind35, gold_blind103). Meridia: "yesterday afternoon"
    # 2014-06-13TAF; "40 minutes into a two-hour crossing" -> "40 minutes" PT40M (anchored, the
    # duration alone) and "two-hour" PT2H; "until at least Monday" -> "at least Monday"
    # 2014-06-16 (gold_blind14). Valmora: "48-hour" PT48H; "from Tuesday" 2014-06-17 with its
    # "6am"; "1 June" 2014-06-01; "the third this year" -> "this year" 2014; "said on Thursday"
    # 2014-06-12; "in September" 2014-09. Kessaria: "from 2001 to 2008" two DATEs; "nine years"
    # P9Y; "March last year" one span 2013-03 (gold_blind28, gold_blind49); "two years abroad"
    # P2Y; "30 days" P30D. Tasland: "opens a year late" (headline) -> "a year" P1Y and "14 months
    # behind schedule" P14M, sizes of a delay (gold_blind35); "every 30 minutes" SET PT30M; the
    # service hours "from 5.30am to midnight" recur on no particular day, XXXX-XX-XXT05:30 and
    # XXXX-XX-XXT24:00 (see README); "95 minutes" PT95M; "until the end of 2015" -> "the end of
    # 2015" 2015. Corvinia: "Sunday 28 September" one span 2014-09-28; "eighteen months early"
    # P18M; "two days after her coalition collapsed" P2D; "29 August" 2014-08-29; "lasts 30
    # days" P30D; "March 2016". Sorrel Islands: "4.12am local time yesterday (1912 GMT on
    # Thursday)" -> "4.12am local time" 2014-06-13T04:12 ("local time" in the span,
    # gold_blind64), "yesterday", "1912 GMT" 2014-06-12T19:12 (a clock time that looks like a
    # year, the islands being nine hours ahead of GMT) and "Thursday" 2014-06-12; "1994"; "for
    # weeks" -> "weeks" PXW. Not annotated: "Reuters", "AFP", "AP" (credits), "magnitude 6.4",
    # "90km", "312km", "30 per cent", "the third", "71", "60 people", "Twenty-six", "11", "12".
    "world-in-brief-lake-orun-ferry": (
        "2014-06-14",
        [
            ("Saturday 14 June 2014", "DATE", "2014-06-14"),
            ("last night", "TIME", "2014-06-13TNI"),
            ("yesterday afternoon", "TIME", "2014-06-13TAF"),
            ("40 minutes", "DURATION", "PT40M"),
            ("two-hour", "DURATION", "PT2H"),
            ("1978", "DATE", "1978"),
            ("at least Monday", "DATE", "2014-06-16"),
            ("48-hour", "DURATION", "PT48H"),
            ("Tuesday", "DATE", "2014-06-17"),
            ("1 June", "DATE", "2014-06-01"),
            ("this year", "DATE", "2014"),
            ("6am", "TIME", "2014-06-17T06:00"),
            ("2009", "DATE", "2009"),
            ("Thursday", "DATE", "2014-06-12"),
            ("September", "DATE", "2014-09"),
            ("yesterday", "DATE", "2014-06-13"),
            ("2001", "DATE", "2001"),
            ("2008", "DATE", "2008"),
            ("nine years", "DURATION", "P9Y"),
            ("March last year", "DATE", "2013-03"),
            ("two years", "DURATION", "P2Y"),
            ("30 days", "DURATION", "P30D"),
            ("a year", "DURATION", "P1Y"),
            ("Thursday", "DATE", "2014-06-12"),
            ("14 months", "DURATION", "P14M"),
            ("every 30 minutes", "SET", "PT30M"),
            ("5.30am", "TIME", "XXXX-XX-XXT05:30"),
            ("midnight", "TIME", "XXXX-XX-XXT24:00"),
            ("95 minutes", "DURATION", "PT95M"),
            ("the end of 2015", "DATE", "2015"),
            ("Sunday 28 September", "DATE", "2014-09-28"),
            ("eighteen months", "DURATION", "P18M"),
            ("last night", "TIME", "2014-06-13TNI"),
            ("two days", "DURATION", "P2D"),
            ("29 August", "DATE", "2014-08-29"),
            ("30 days", "DURATION", "P30D"),
            ("March 2016", "DATE", "2016-03"),
            ("4.12am local time", "TIME", "2014-06-13T04:12"),
            ("yesterday", "DATE", "2014-06-13"),
            ("1912 GMT", "TIME", "2014-06-12T19:12"),
            ("Thursday", "DATE", "2014-06-12"),
            ("1994", "DATE", "1994"),
            ("weeks", "DURATION", "PXW"),
        ],
    ),
    # Thursday 2015-11-05 (ISO week 45), Canadian paper's "Business Briefs" from The Canadian
    # Press, page line "THE LAKEHEAD EXAMINER · THURSDAY, NOVEMBER 5, 2015 · B4" (one DATE),
    # seven items with "CITY —" datelines. Brissac's fiscal year ends March 31 ("fiscal 2016,
    # which ends March 31" FY2016 and 2016-03-31, gold_blind35), so "its second quarter, which
    # ended Sept. 30" is FY2016-Q2 (July-September 2015) plus 2015-09-30 (gold_blind64's "its
    # fiscal third quarter", the year given later in the item) and "a year earlier" after it
    # FY2015-Q2 (the granularity of what it is compared with). "said Wednesday" 2015-11-04
    # (three times), "fell ... Tuesday" and "said Tuesday" 2015-11-03. Ridgeback: "by the end
    # of the year" -> "the end of the year" 2015 (gold_blind35); "until 2017"; "since June
    # 2014"; "its next quarterly dividend" SET P3M, an adjectival frequency naming a
    # recurrence (gold_blind35's "weekly strike benefits"); "on Jan. 15" 2016-01-15. Trade:
    # "September" 2015-09, "August" 2015-08, "now" PRESENT_REF, "three straight months"
    # DURATION P3M (a cardinal run, gold_blind103), "figures for October" 2015-10, "Dec. 4"
    # 2015-12-04. Vancouver: "in October from a year earlier" 2015-10 and 2014-10; "up 18 per
    # cent in 12 months" -> "12 months" P12M (gold_blind35); "this year" 2015; "since 2005".
    # Hallett's: "Black Friday" (headline and body) 2015-11-27, the day after US Thanksgiving
    # (gold_blind57), and "Nov. 27" in apposition a DATE of its own (gold_blind78's "Wednesday,
    # Republic Day"); "7 a.m." and "until midnight" that day, 2015-11-27T24:00 (gold_blind75,
    # gold_blind103); "6 a.m. on Boxing Day" 2015-12-26; "for December" 2015-12. Northwind:
    # "daily" SET P1D; "from Dec. 17 to April 2" 2015-12-17 and 2016-04-02; "Flight 1945 will
    # leave at 8:15 a.m." every day of the schedule, XXXX-XX-XXT08:15 (gold_blind64); "about
    # four hours" PT4H; "for the winter" 2016-WI, the winter of 2015-16 taking the year of its
    # January (gold_blind10, gold_blind103). Markets: "on Wednesday", "since Sept. 28"
    # 2015-09-28. Not annotated: "Flight 1945" (a flight number), "TSX:BRA", "TSX:RBE",
    # "BX-700", "S&P/TSX", "141.60 points", "13,529.17", "75.82 cents US", "$41.2 million",
    # "$33.8 million", "$1.73 billion", "$2.1 billion", "$1.28 million", "400 jobs", "12 per
    # cent", "8 per cent", "31 per cent", "18 per cent", "62 stores", "2,000", "18 jets", "five",
    # "11 sun routes", "nearly half", "B4".
    "business-briefs-brissac-aerospace-quarter": (
        "2015-11-05",
        [
            ("THURSDAY, NOVEMBER 5, 2015", "DATE", "2015-11-05"),
            ("its second quarter", "DATE", "FY2016-Q2"),
            ("Sept. 30", "DATE", "2015-09-30"),
            ("a year earlier", "DATE", "FY2015-Q2"),
            ("Wednesday", "DATE", "2015-11-04"),
            ("fiscal 2016", "DATE", "FY2016"),
            ("March 31", "DATE", "2016-03-31"),
            ("the end of the year", "DATE", "2015"),
            ("2017", "DATE", "2017"),
            ("June 2014", "DATE", "2014-06"),
            ("Tuesday", "DATE", "2015-11-03"),
            ("quarterly", "SET", "P3M"),
            ("Jan. 15", "DATE", "2016-01-15"),
            ("September", "DATE", "2015-09"),
            ("August", "DATE", "2015-08"),
            ("Wednesday", "DATE", "2015-11-04"),
            ("now", "DATE", "PRESENT_REF"),
            ("three straight months", "DURATION", "P3M"),
            ("October", "DATE", "2015-10"),
            ("Dec. 4", "DATE", "2015-12-04"),
            ("October", "DATE", "2015-10"),
            ("a year earlier", "DATE", "2014-10"),
            ("Tuesday", "DATE", "2015-11-03"),
            ("12 months", "DURATION", "P12M"),
            ("this year", "DATE", "2015"),
            ("2005", "DATE", "2005"),
            ("Black Friday", "DATE", "2015-11-27"),
            ("7 a.m.", "TIME", "2015-11-27T07:00"),
            ("Black Friday", "DATE", "2015-11-27"),
            ("Nov. 27", "DATE", "2015-11-27"),
            ("midnight", "TIME", "2015-11-27T24:00"),
            ("6 a.m.", "TIME", "2015-12-26T06:00"),
            ("Boxing Day", "DATE", "2015-12-26"),
            ("December", "DATE", "2015-12"),
            ("daily", "SET", "P1D"),
            ("Dec. 17", "DATE", "2015-12-17"),
            ("April 2", "DATE", "2016-04-02"),
            ("8:15 a.m.", "TIME", "XXXX-XX-XXT08:15"),
            ("about four hours", "DURATION", "PT4H"),
            ("the winter", "DATE", "2016-WI"),
            ("Wednesday", "DATE", "2015-11-04"),
            ("Sept. 28", "DATE", "2015-09-28"),
        ],
    ),
    # Wednesday 2012-08-22 (ISO week 34), AFP's Asia-Pacific digest, header "AFP | Wednesday,
    # August 22, 2012 | 0930 GMT" (a DATE with its weekday and a TIME, "0930 GMT"
    # 2012-08-22T09:30), six items each with an "CITY, Aug 22, 2012 (AFP) -" dateline, a DATE
    # of the publication day each time (gold_blind54, gold_blind61). Kerang: "on Wednesday"
    # the day itself; "more than 30 hours after" PT30H (anchored, the duration alone); "Monday
    # night" 2012-08-20TNI; "arrested on Tuesday" 2012-08-21; "in 2010"; "through the night"
    # -> "the night" 2012-08-22TNI, the night ahead (gold_blind103). Port Linh: "late Thursday
    # or early Friday" DATEs 2012-08-23 and 2012-08-24 (gold_blind28, gold_blind64); "from
    # 6:00 pm (1100 GMT) Wednesday" 2012-08-22T18:00, 2012-08-22T11:00 (Varnam seven hours
    # ahead of GMT) and the DATE; "until Monday" 2012-08-27. Daralan: "jailed for 14 years"
    # (headline) and "for 14 years" P14Y; "in 2010 and 2011"; "emptied the fund in 18 months"
    # P18M (how long a past change took, gold_blind35); "on September 5" 2012-09-05. Nuku'ana:
    # "on November 17" 2012-11-17 (a Saturday) with its "7:00 am" and "7:00 pm"; "since ...
    # 1978"; "said Wednesday"; "for 12 hours" PT12H; "for up to five years" -> "up to five
    # years" P5Y (gold_blind35). Selatan: "Tuesday morning" 2012-08-21TMO; "two days after
    # guests first complained" P2D; "about three months" P3M; "that afternoon" 2012-08-21TAF,
    # the afternoon of that Tuesday. San Tolo: "50 years of independence" (headline and body)
    # P50Y; "on Friday, Independence Day" two DATEs 2012-08-24 (gold_blind78); "9:00 am" that
    # day; "in 1962". Not annotated: "Typhoon Kestrel", "Kestrel" (a name), "the ninth typhoon
    # of the season" (a typhoon season, gold_blind22, gold_blind103), "Room 1207" (a room
    # number that looks like a clock time), "Article 88", "six-storey", "165 km/h", "5.2-metre",
    # "58-year-old", "14 survivors", "62", "$3.2 million", "two floors".
    "afp-asia-pacific-digest-kerang-factory": (
        "2012-08-22",
        [
            ("Wednesday, August 22, 2012", "DATE", "2012-08-22"),
            ("0930 GMT", "TIME", "2012-08-22T09:30"),
            ("Aug 22, 2012", "DATE", "2012-08-22"),
            ("Wednesday", "DATE", "2012-08-22"),
            ("more than 30 hours", "DURATION", "PT30H"),
            ("Monday night", "TIME", "2012-08-20TNI"),
            ("Tuesday", "DATE", "2012-08-21"),
            ("2010", "DATE", "2010"),
            ("the night", "TIME", "2012-08-22TNI"),
            ("Aug 22, 2012", "DATE", "2012-08-22"),
            ("late Thursday", "DATE", "2012-08-23"),
            ("early Friday", "DATE", "2012-08-24"),
            ("6:00 pm", "TIME", "2012-08-22T18:00"),
            ("1100 GMT", "TIME", "2012-08-22T11:00"),
            ("Wednesday", "DATE", "2012-08-22"),
            ("Monday", "DATE", "2012-08-27"),
            ("14 years", "DURATION", "P14Y"),
            ("Aug 22, 2012", "DATE", "2012-08-22"),
            ("Wednesday", "DATE", "2012-08-22"),
            ("14 years", "DURATION", "P14Y"),
            ("2010", "DATE", "2010"),
            ("2011", "DATE", "2011"),
            ("18 months", "DURATION", "P18M"),
            ("September 5", "DATE", "2012-09-05"),
            ("Aug 22, 2012", "DATE", "2012-08-22"),
            ("November 17", "DATE", "2012-11-17"),
            ("1978", "DATE", "1978"),
            ("Wednesday", "DATE", "2012-08-22"),
            ("12 hours", "DURATION", "PT12H"),
            ("7:00 am", "TIME", "2012-11-17T07:00"),
            ("7:00 pm", "TIME", "2012-11-17T19:00"),
            ("up to five years", "DURATION", "P5Y"),
            ("Aug 22, 2012", "DATE", "2012-08-22"),
            ("Tuesday morning", "TIME", "2012-08-21TMO"),
            ("two days", "DURATION", "P2D"),
            ("about three months", "DURATION", "P3M"),
            ("that afternoon", "TIME", "2012-08-21TAF"),
            ("50 years", "DURATION", "P50Y"),
            ("Aug 22, 2012", "DATE", "2012-08-22"),
            ("50 years", "DURATION", "P50Y"),
            ("Friday", "DATE", "2012-08-24"),
            ("Independence Day", "DATE", "2012-08-24"),
            ("9:00 am", "TIME", "2012-08-24T09:00"),
            ("1962", "DATE", "1962"),
        ],
    ),
    # Friday 2015-01-23 (ISO week 4), Indian national daily's "Nation in brief" column, page
    # line "The Daily Sentinel, New Delhi, Friday, January 23, 2015" (one DATE with its
    # weekday), seven items with "CITY:" datelines and agency credits (PTI, IANS). Republic Day
    # is Monday 2015-01-26: the headline's "R-Day" (the Indian papers' abbreviation of the
    # holiday, see README), "Republic Day on Monday" two DATEs; the parade "at 10 am" that day;
    # "from 6 pm on Sunday till noon on Monday" 2015-01-25T18:00, 2015-01-25, 2015-01-26T12:00,
    # 2015-01-26; "for 18 hours" PT18H. Mumbai: "four weeks" (headline and body) P4W; "on
    # Thursday" 2015-01-22 (five times on the page); "for over two years" -> "over two years"
    # P2Y ("over" meaning "more than" kept, gold_blind9); "filed in 2013"; "on February 19"
    # 2015-02-19. Bengaluru: the headline's "Q3" and "the third quarter of 2014-15" are the
    # third quarter of the April-March financial year, FY2015-Q3 (gold_blind49, gold_blind63);
    # "the October-December quarter" keeps the calendar value of its wording, 2014-Q4 (like
    # "the April-June quarter" in gold_blind49); "a year earlier" after it FY2014-Q3; "the
    # current fiscal" FY2015 (gold_blind63); "on February 2" 2015-02-02. Kolkata: "Thursday
    # morning" 2015-01-22TMO; "by up to 14 hours" -> "up to 14 hours" PT14H; "6.15 am" and "4.40
    # pm" that day; "the next three days" P3D. Lucknow: "seven years' rigorous imprisonment"
    # -> "seven years" P7Y; "a 2011 bank fraud" an adjectival year; "between March 2009 and
    # June 2011". Shimla: "Wednesday night" 2015-01-21TNI; "its heaviest January fall" ->
    # "January" 2015-01, the month under way (like "its driest December" in gold_blind103);
    # "since 2012"; "the long weekend" Saturday 24 to Monday 26 January, the ISO week of its
    # Saturday, 2015-W04-WE (gold_blind103); "by Saturday" 2015-01-24. Nandpur: "2015-16" the
    # financial year FY2016 (gold_blind74); "from April 1" 2015-04-01; "on alternate days" SET
    # P2D (gold_blind49). Not annotated: "the monsoon" (a season of no calendar unit,
    # gold_blind49), "Train No. 12019", "Rs 1,212 crore", "Rs 1,061 crore", "Rs 4,900-crore",
    # "14.2 per cent", "12-13 per cent", "12%", "14%", "14 cm", "47 trains", "Seven Metro
    # stations", "PIL", "CBI", "HC", "PTI", "IANS".
    "nation-briefs-republic-day-security": (
        "2015-01-23",
        [
            ("Friday, January 23, 2015", "DATE", "2015-01-23"),
            ("R-Day", "DATE", "2015-01-26"),
            ("Republic Day", "DATE", "2015-01-26"),
            ("Monday", "DATE", "2015-01-26"),
            ("10 am", "TIME", "2015-01-26T10:00"),
            ("6 pm", "TIME", "2015-01-25T18:00"),
            ("Sunday", "DATE", "2015-01-25"),
            ("noon", "TIME", "2015-01-26T12:00"),
            ("Monday", "DATE", "2015-01-26"),
            ("18 hours", "DURATION", "PT18H"),
            ("four weeks", "DURATION", "P4W"),
            ("Thursday", "DATE", "2015-01-22"),
            ("four weeks", "DURATION", "P4W"),
            ("over two years", "DURATION", "P2Y"),
            ("2013", "DATE", "2013"),
            ("February 19", "DATE", "2015-02-19"),
            ("Q3", "DATE", "FY2015-Q3"),
            ("Thursday", "DATE", "2015-01-22"),
            ("the October-December quarter", "DATE", "2014-Q4"),
            ("the third quarter of 2014-15", "DATE", "FY2015-Q3"),
            ("a year earlier", "DATE", "FY2014-Q3"),
            ("the current fiscal", "DATE", "FY2015"),
            ("February 2", "DATE", "2015-02-02"),
            ("Thursday morning", "TIME", "2015-01-22TMO"),
            ("up to 14 hours", "DURATION", "PT14H"),
            ("6.15 am", "TIME", "2015-01-22T06:15"),
            ("4.40 pm", "TIME", "2015-01-22T16:40"),
            ("the next three days", "DURATION", "P3D"),
            ("Thursday", "DATE", "2015-01-22"),
            ("seven years", "DURATION", "P7Y"),
            ("2011", "DATE", "2011"),
            ("March 2009", "DATE", "2009-03"),
            ("June 2011", "DATE", "2011-06"),
            ("Wednesday night", "TIME", "2015-01-21TNI"),
            ("January", "DATE", "2015-01"),
            ("2012", "DATE", "2012"),
            ("the long weekend", "DATE", "2015-W04-WE"),
            ("Saturday", "DATE", "2015-01-24"),
            ("Thursday", "DATE", "2015-01-22"),
            ("2015-16", "DATE", "FY2016"),
            ("April 1", "DATE", "2015-04-01"),
            ("alternate days", "SET", "P2D"),
        ],
    ),
    # Monday 2013-04-22 (ISO week 17), Australian regional paper's "Sport in brief" column
    # "Compiled with AAP", page line "The Coastal Advertiser, Monday, April 22, 2013" (one DATE
    # with its weekday), seven items under sport labels with "CITY:" datelines, and a TV box.
    # In a Monday paper "yesterday" is Sunday 2013-04-21 and "last night" its night,
    # 2013-04-21TNI; weekends' games are past ("Saturday night's ... win" -> "Saturday night"
    # 2013-04-20TNI, "won ... on Saturday" 2013-04-20, "Friday night's win" -> "Friday night"
    # 2013-04-19TNI), the week's fixtures ahead ("on Thursday" 2013-04-25, "on Sunday"
    # 2013-04-28, "on Friday" 2013-04-26). AFL: "six weeks" (headline) and "at least six
    # weeks" P6W; "tomorrow" 2013-04-23; "the Anzac Day match" -> "Anzac Day" 2013-04-25
    # (gold_blind49) beside "on Thursday", with the bounce "at 3.20pm" that day; "twice a day"
    # SET P1D; "until then" anaphoric, left out. Cricket: "after 13 years" P13Y; "November 2009".
    # Racing: "on May 4" 2013-05-04; "since June last year" one span 2012-06. Golf: "since
    # 2010"; "Next year's event" -> "Next year" 2014 and "moves to February" 2014-02, the next
    # one ahead. NRL: "at 7pm tonight" 2013-04-22T19:00 and 2013-04-22TNI. Swimming: "since
    # 2008". Cycling: "cut to a week" (headline) and "from 10 days to a week" P10D, P1W; "next
    # year's Tasman Tour" -> "next year" 2014; "early January" 2014-01; "first held in 1986".
    # TV box: "ON TV TONIGHT" -> "TONIGHT" 2013-04-22TNI and "8.30pm" that night. Not
    # annotated: "Monday Night Footy" (a programme's name), "calls time" (an idiom), "15.9 (99)"
    # and "11.13 (79)" (AFL scores), "6/142" (bowling figures that look like a day and month),
    # "Twenty20" (a form of cricket), "66", "12-under 276", "Group 1", "two lengths", "Round 8",
    # "two-match", "grade-two", "Stage 5", "200m", "four-year-old", "27", "34", "17", "Ch 11",
    # "$1.2 million", "first-class", "final-round", "the world championships".
    "sport-in-brief-westport-ruckman-knee": (
        "2013-04-22",
        [
            ("Monday, April 22, 2013", "DATE", "2013-04-22"),
            ("six weeks", "DURATION", "P6W"),
            ("at least six weeks", "DURATION", "P6W"),
            ("Saturday night", "TIME", "2013-04-20TNI"),
            ("tomorrow", "DATE", "2013-04-23"),
            ("Anzac Day", "DATE", "2013-04-25"),
            ("Thursday", "DATE", "2013-04-25"),
            ("3.20pm", "TIME", "2013-04-25T15:20"),
            ("twice a day", "SET", "P1D"),
            ("yesterday", "DATE", "2013-04-21"),
            ("13 years", "DURATION", "P13Y"),
            ("November 2009", "DATE", "2009-11"),
            ("Saturday", "DATE", "2013-04-20"),
            ("May 4", "DATE", "2013-05-04"),
            ("June last year", "DATE", "2012-06"),
            ("yesterday", "DATE", "2013-04-21"),
            ("2010", "DATE", "2010"),
            ("Next year", "DATE", "2014"),
            ("February", "DATE", "2014-02"),
            ("Friday night", "TIME", "2013-04-19TNI"),
            ("7pm", "TIME", "2013-04-22T19:00"),
            ("tonight", "TIME", "2013-04-22TNI"),
            ("Sunday", "DATE", "2013-04-28"),
            ("last night", "TIME", "2013-04-21TNI"),
            ("2008", "DATE", "2008"),
            ("Friday", "DATE", "2013-04-26"),
            ("a week", "DURATION", "P1W"),
            ("next year", "DATE", "2014"),
            ("10 days", "DURATION", "P10D"),
            ("a week", "DURATION", "P1W"),
            ("early January", "DATE", "2014-01"),
            ("1986", "DATE", "1986"),
            ("TONIGHT", "TIME", "2013-04-22TNI"),
            ("8.30pm", "TIME", "2013-04-22T20:30"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
