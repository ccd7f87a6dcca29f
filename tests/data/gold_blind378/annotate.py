"""Annotations of the three-hundred-and-seventy-eighth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind378/annotate.py [--show]

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
    # Thursday 2014-03-27 (ISO week 13), Reuters-style launch wire, headline ("after two-day
    # delay", "two-day" DURATION P2D), stamp "Thu Mar 27, 2014 6:40am EDT" (DATE and TIME, the
    # zone in the span and not in the value, gold_blind56, gold_blind96), byline, dateline
    # "POINT HALCYON, California, March 27 (Reuters) -" ("March 27" the wire's day, gold_blind59).
    # The rocket flew "early Thursday" (the publication day, gold_blind103's "early Friday"),
    # "at 1:12 a.m. PDT (0812 GMT)": two TIMEs, both on 2014-03-27 (PDT is UTC-7 after 9 March
    # 2014), gold_blind59, gold_blind96. "two days after a faulty pressure sensor halted the
    # countdown" is an anchored duration P2D; "with less than a minute to go" PT1M; "14 minutes
    # into a 40-minute launch window" -> "14 minutes" PT14M (anchored) and "40-minute" PT40M
    # (adjectival). "53 minutes later" after the exact clock time 1:12 a.m. is a TIME,
    # 2014-03-27T02:05 (gold_blind53's "Four minutes later"). The quote "Tuesday was painful.
    # Tonight was perfect", said "shortly after 2 a.m." on Thursday: "Tuesday" is the scrubbed
    # attempt, 2014-03-25 (past), "Tonight" the night under way, begun on Wednesday evening,
    # 2014-03-26TNI (a night dated by the evening it begins on, gold_blind21, gold_blind59);
    # "2 a.m." 2014-03-27T02:00 ("shortly after" a signal). "on Wednesday morning" 2014-03-26TMO
    # and "the afternoon" after it the same day's, 2014-03-26TAF (a narrative anchor, like "that
    # afternoon" in gold_blind14); NOAA "said on Wednesday" 2014-03-26. "the end of next month"
    # 2014-04 (the month's value, gold_blind35's "the end of the month"). "every five minutes"
    # SET PT5M, "once a minute" SET PT1M; "at least 15 years" P15Y. "last summer" in March is
    # 2013-SU; "mid-2015" 2015 (gold_blind59); "the fourth quarter of 2015" 2015-Q4 (a calendar
    # quarter, one span, gold_blind96); "the White House's fiscal 2015 budget request" ->
    # "fiscal 2015" FY2015 (the federal year named by the year it ends, gold_blind35,
    # gold_blind96); "earlier this month" 2014-03; "this year" and "the end of the year" 2014.
    # "on Easter Sunday, April 20" -> "Easter Sunday" 2014-04-20 and "April 20" 2014-04-20, two
    # DATEs in apposition (gold_blind36's "the following day, Easter Sunday"). "has not lost a
    # payload in a decade" P10Y (the period of a "first in", gold_blind35). "for 48 hours" PT48H.
    # "the Tuesday attempt" (an adjectival weekday) 2014-03-25; the visitor center "reopens on
    # Saturday" 2014-03-29 (future) and opens "from 9 a.m. to 5 p.m. every weekend until June":
    # two TIMEs XXXX-XX-XXThh:mm with the SET XXXX-WXX-WE (gold_blind103's hours of a recurring
    # service) and "June" 2014-06 (future). Not annotated: "Kestrel 4", "Pad 3", "Skyward-3"
    # (names holding numbers), "19-story", "$412 million", "22,300 miles (35,900 km)", "$10.9
    # billion", "$955 million", "second launch", "27th", "six more flights", "1,200 tickets",
    # "Once in service", "the first test pictures".
    "kestrel-4-skyward-3-weather-satellite-launch": (
        "2014-03-27",
        [
            ("two-day", "DURATION", "P2D"),
            ("Thu Mar 27, 2014", "DATE", "2014-03-27"),
            ("6:40am EDT", "TIME", "2014-03-27T06:40"),
            ("March 27", "DATE", "2014-03-27"),
            ("early Thursday", "DATE", "2014-03-27"),
            ("two days", "DURATION", "P2D"),
            ("less than a minute", "DURATION", "PT1M"),
            ("1:12 a.m. PDT", "TIME", "2014-03-27T01:12"),
            ("0812 GMT", "TIME", "2014-03-27T08:12"),
            ("14 minutes", "DURATION", "PT14M"),
            ("40-minute", "DURATION", "PT40M"),
            ("53 minutes later", "TIME", "2014-03-27T02:05"),
            ("Tuesday", "DATE", "2014-03-25"),
            ("Tonight", "TIME", "2014-03-26TNI"),
            ("2 a.m.", "TIME", "2014-03-27T02:00"),
            ("Wednesday morning", "TIME", "2014-03-26TMO"),
            ("the afternoon", "TIME", "2014-03-26TAF"),
            ("the next 10 days", "DURATION", "P10D"),
            ("April 8", "DATE", "2014-04-08"),
            ("the end of next month", "DATE", "2014-04"),
            ("every five minutes", "SET", "PT5M"),
            ("once a minute", "SET", "PT1M"),
            ("Wednesday", "DATE", "2014-03-26"),
            ("at least 15 years", "DURATION", "P15Y"),
            ("2009", "DATE", "2009"),
            ("last summer", "DATE", "2013-SU"),
            ("2012", "DATE", "2012"),
            ("mid-2015", "DATE", "2015"),
            ("the fourth quarter of 2015", "DATE", "2015-Q4"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("earlier this month", "DATE", "2014-03"),
            ("this year", "DATE", "2014"),
            ("2004", "DATE", "2004"),
            ("the end of the year", "DATE", "2014"),
            ("Easter Sunday", "DATE", "2014-04-20"),
            ("April 20", "DATE", "2014-04-20"),
            ("a decade", "DURATION", "P10Y"),
            ("48 hours", "DURATION", "PT48H"),
            ("Tuesday", "DATE", "2014-03-25"),
            ("Saturday", "DATE", "2014-03-29"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("June", "DATE", "2014-06"),
        ],
    ),
    # Monday 2013-07-22 (ISO week 30), Australian metropolitan paper's website, sky guide to a
    # total lunar eclipse on the night of Tuesday 23 into Wednesday 24 July; headline, stamp
    # "July 22, 2013 - 3:00AM" (DATE and TIME), byline, no dateline. AEST is UTC+10 and Perth's
    # time UTC+8. "tomorrow night" (headline and lead) and "Tuesday night" 2013-07-23TNI;
    # "Tonight" (the Monday) 2013-07-22TNI; "Tomorrow" and "tomorrow" 2013-07-23. Past: the
    # cloud "since Friday" 2013-07-19. Future: "by Tuesday afternoon" 2013-07-23TAF, "11.16pm
    # AEST on Tuesday (1316 UTC)" -> 2013-07-23T23:16, "Tuesday" and 2013-07-23T13:16 (the UTC
    # time on the same date); totality "from 12.31am until 2.13am on Wednesday" 2013-07-24T00:31
    # and T02:13 with the DATE; "a total of 102 minutes" -> "102 minutes" PT102M (gold_blind96's
    # "a total of 420 hours"); "3.28am" 2013-07-24T03:28 (a clock time on the day of its
    # narrative). "the clock times are two hours earlier" -> "two hours" PT2H, the size of a
    # shift (gold_blind37, gold_blind59); "9.16pm local time on Tuesday" 2013-07-23T21:16 with
    # the zone words in the span (gold_blind96). "the longest ... in more than a decade"
    # (headline and quote) P10Y, the period of a superlative. "from 7pm tomorrow until dawn on
    # Wednesday" -> "7pm" 2013-07-23T19:00 and "tomorrow", two TIMEX3 like "9 p.m. tonight"
    # (gold_blind59), "dawn" 2013-07-24TMO (gold_blind59, gold_blind96) and "Wednesday";
    # "that evening" is the evening of that Tuesday, 2013-07-23TEV (a narrative anchor,
    # gold_blind8). "by Wednesday evening" 2013-07-24TEV. "about twice a year" SET P1Y (the
    # period kept, the modifier not recorded, gold_blind35). "December 2011"; "for more than
    # 2,500 years" P2500Y (very long spans, gold_blind59). The moon rises "at 5.03pm" tonight and
    # "at 5.47pm" tomorrow: 2013-07-22T17:03 and 2013-07-23T17:47. "every Friday night" SET
    # XXXX-WXX-5TNI (gold_blind's "every Saturday night") with "the end of August" 2013-08;
    # "next week" 2013-W31. Not annotated: "every sunrise and sunset on the planet at once"
    # (generic parts of day of no day, like the generic "Evening observers" gold_blind59 avoided),
    # "at once" (an idiom), "in daylight", "Totality", "the full moon", "(02) 4735 2013" (a
    # phone number ending in the year), "wsas.org.au/eclipse2013" (a web address with the
    # year), "99 per cent", "4 degrees", "the darkest part", "the naked eye".
    "penrith-lakes-total-lunar-eclipse-guide": (
        "2013-07-22",
        [
            ("tomorrow night", "TIME", "2013-07-23TNI"),
            ("more than a decade", "DURATION", "P10Y"),
            ("July 22, 2013", "DATE", "2013-07-22"),
            ("3:00AM", "TIME", "2013-07-22T03:00"),
            ("tomorrow night", "TIME", "2013-07-23TNI"),
            ("Friday", "DATE", "2013-07-19"),
            ("Tuesday afternoon", "TIME", "2013-07-23TAF"),
            ("11.16pm AEST", "TIME", "2013-07-23T23:16"),
            ("Tuesday", "DATE", "2013-07-23"),
            ("1316 UTC", "TIME", "2013-07-23T13:16"),
            ("12.31am", "TIME", "2013-07-24T00:31"),
            ("2.13am", "TIME", "2013-07-24T02:13"),
            ("Wednesday", "DATE", "2013-07-24"),
            ("102 minutes", "DURATION", "PT102M"),
            ("3.28am", "TIME", "2013-07-24T03:28"),
            ("two hours", "DURATION", "PT2H"),
            ("9.16pm local time", "TIME", "2013-07-23T21:16"),
            ("Tuesday", "DATE", "2013-07-23"),
            ("more than a decade", "DURATION", "P10Y"),
            ("April 2015", "DATE", "2015-04"),
            ("7pm", "TIME", "2013-07-23T19:00"),
            ("tomorrow", "DATE", "2013-07-23"),
            ("dawn", "TIME", "2013-07-24TMO"),
            ("Wednesday", "DATE", "2013-07-24"),
            ("that evening", "TIME", "2013-07-23TEV"),
            ("Tuesday night", "TIME", "2013-07-23TNI"),
            ("Wednesday evening", "TIME", "2013-07-24TEV"),
            ("about twice a year", "SET", "P1Y"),
            ("December 2011", "DATE", "2011-12"),
            ("more than 2,500 years", "DURATION", "P2500Y"),
            ("Tonight", "TIME", "2013-07-22TNI"),
            ("5.03pm", "TIME", "2013-07-22T17:03"),
            ("Tomorrow", "DATE", "2013-07-23"),
            ("5.47pm", "TIME", "2013-07-23T17:47"),
            ("every Friday night", "SET", "XXXX-WXX-5TNI"),
            ("the end of August", "DATE", "2013-08"),
            ("next week", "DATE", "2013-W31"),
        ],
    ),
    # Wednesday 2012-11-14 (ISO week 46), Canadian national paper's website, climate report on
    # the frost-free season; headline, byline, "GUELPH, Ont." dateline, stamp "Published
    # Wednesday, Nov. 14 2012, 6:00 AM EST" (the date with its weekday one DATE span, like the
    # date lines of gold_blind35, and the TIME). The report was "released on Tuesday" and
    # Environment Canada "said on Tuesday", 2012-11-13 (past); the committee hearing "next
    # Wednesday" in a Wednesday paper is the Wednesday a week ahead, 2012-11-21 (not the
    # publication day); the webinar "at 1 p.m. on Friday" 2012-11-16T13:00 and 2012-11-16.
    # "16 days longer" (headline and lead) P16D, the size of a change (gold_blind35's size of a
    # delay); "the frost-free season ... now averages 172 days, up from 156 days" P172D and P156D,
    # lengths of a season in days. "the 1950s" 195 (three times); "six decades ago" 195, "N ago"
    # at the unit's granularity (gold_blind8, gold_blind37: sixty years before 2012 at decade
    # granularity is the 1950s); "about nine days earlier" P9D and "about a week later" P1W, sizes
    # of a shift (gold_blind59). "This spring" in November 2012-SP (gold_blind37); "more than
    # three weeks before Victoria Day" P3W (anchored) and "Victoria Day" 2012-05-21 (the Monday
    # before 25 May); "This year" 2012; "a March heat wave" -> "March" 2012-03 (an
    # adjectival month, like gold_blind37's "the April issue"); "four days after
    # Thanksgiving" P4D and "Thanksgiving" 2012-10-08 (Canadian Thanksgiving, the second Monday
    # of October). "into bloom weeks early" -> "weeks" PXW, a vague size of a shift. "the night of
    # April 17" one TIME span 2012-04-17TNI (gold_blind21, gold_blind96). "the 2012-13 fiscal
    # year, which began April 1" -> one DATE FY2013 (Ontario's year runs April-March and is named
    # by the year it ends, like "the 2016/17 financial year" in gold_blind21) and "April 1"
    # 2012-04-01. "Last winter" in November 2012 is the winter of 2011-12, 2012-WI (gold_blind10,
    # gold_blind103); "the mildest ... in 60 years" P60Y (the period of a superlative); "another
    # three weeks" P3W (gold_blind96's "another two years"); "the 2050s" 205; "every five years"
    # SET P5Y; "by 2015"; "Twenty years ago" 1992; "now" (the season "now averages") and "Now"
    # PRESENT_REF; "every week" SET P1W.
    # Not annotated: "frost-free season", "the last spring frost", "the first fall frost" (a
    # season and events named by seasons as kinds), "the 10 longest frost-free seasons in the
    # record" (generic plural), "the traditional start of planting", "27 C", "80 per cent",
    # "$76-million", "41 weather stations", "glfcc.ca/frost1951-2011" (a web address holding a
    # year range), "not yet", "not a forecast", "already".
    "ontario-frost-free-season-report": (
        "2012-11-14",
        [
            ("16 days", "DURATION", "P16D"),
            ("the 1950s", "DATE", "195"),
            ("Wednesday, Nov. 14 2012", "DATE", "2012-11-14"),
            ("6:00 AM EST", "TIME", "2012-11-14T06:00"),
            ("16 days", "DURATION", "P16D"),
            ("the 1950s", "DATE", "195"),
            ("Tuesday", "DATE", "2012-11-13"),
            ("1951", "DATE", "1951"),
            ("2011", "DATE", "2011"),
            ("now", "DATE", "PRESENT_REF"),
            ("172 days", "DURATION", "P172D"),
            ("156 days", "DURATION", "P156D"),
            ("the 1950s", "DATE", "195"),
            ("about nine days", "DURATION", "P9D"),
            ("six decades ago", "DATE", "195"),
            ("about a week", "DURATION", "P1W"),
            ("This spring", "DATE", "2012-SP"),
            ("April 27", "DATE", "2012-04-27"),
            ("more than three weeks", "DURATION", "P3W"),
            ("Victoria Day", "DATE", "2012-05-21"),
            ("the 1980s", "DATE", "198"),
            ("1998", "DATE", "1998"),
            ("This year", "DATE", "2012"),
            ("March", "DATE", "2012-03"),
            ("March 21", "DATE", "2012-03-21"),
            ("Oct. 12", "DATE", "2012-10-12"),
            ("four days", "DURATION", "P4D"),
            ("Thanksgiving", "DATE", "2012-10-08"),
            ("weeks", "DURATION", "PXW"),
            ("the night of April 17", "TIME", "2012-04-17TNI"),
            ("the 2012-13 fiscal year", "DATE", "FY2013"),
            ("April 1", "DATE", "2012-04-01"),
            ("Last winter", "DATE", "2012-WI"),
            ("60 years", "DURATION", "P60Y"),
            ("another three weeks", "DURATION", "P3W"),
            ("the 2050s", "DATE", "205"),
            ("next Wednesday", "DATE", "2012-11-21"),
            ("1 p.m.", "TIME", "2012-11-16T13:00"),
            ("Friday", "DATE", "2012-11-16"),
            ("Tuesday", "DATE", "2012-11-13"),
            ("every five years", "SET", "P5Y"),
            ("2015", "DATE", "2015"),
            ("Twenty years ago", "DATE", "1992"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every week", "SET", "P1W"),
        ],
    ),
    # Tuesday 2015-12-08 (ISO week 50), Scottish national daily, seabird census; headline,
    # standfirst, date line "Tuesday 8 December 2015" (one span with its weekday), byline.
    # "yesterday" (twice) is Monday 2015-12-07. "in three of the past five summers" ->
    # "the past five summers" DURATION P5Y (a count of seasons as years, gold_blind37's "The past
    # three winters"); "three of" is a count and not annotated. "over 11 days in June" P11D and
    # 2015-06; "the mid-1980s" 198; "every five years since 1985" a SET P5Y and a DATE
    # (gold_blind35's "every Saturday since mid-January"); "the 2010 figure" 2010 (an adjectival
    # year); "this summer" 2015-SU; "A gale on 4 July ... the next day" 2015-07-04 and 2015-07-05
    # (anchored on the narrative's last date, gold_blind2, gold_blind32); "every summer since
    # 1994" SET XXXX-SU and 1994 (gold_blind37); "A kittiwake can live 25 years" DURATION P25Y,
    # the length of a life (like "I've lived here 61 years" in gold_blind103), not the age of a
    # bird; "the damage was done years before" -> "years" PXY, a vague anchored duration;
    # "the 1980s" 198; "sandeels now peak" and "the trust now wants" -> "now" PRESENT_REF;
    # "about three weeks before the chicks hatch" P3W (anchored). "Last
    # winter" in December 2015 is the winter of 2014-15, 2015-WI (gold_blind97, gold_blind103),
    # with "between January and March" 2015-01 and 2015-03 (past). "in May" 2015-05 (past);
    # "last week" 2015-W49 and "on St Andrew's Day" 2015-11-30 (a Monday, in that week); "by the
    # end of March" is the coming March, 2016-03; "on Thursday" 2015-12-10 and "at 7pm on
    # Friday" 2015-12-11T19:00 and 2015-12-11 (future); "annually" SET P1Y; "over the next three
    # summers" DURATION P3Y (seasons counted as years). Not annotated: "1,985 occupied kittiwake
    # nests" (a count holding 1985, beside the annotated "1985"), "3,020", "4,410", "6,200",
    # "the third failed breeding season" (an ordinal count of seasons; "since 2011" dates it),
    # "300 nests", "2,000 dead seabirds", "40 birds", "At 34" (an age), "about 1C", "01478
    # 612015" (a phone number holding 2015), "The next full census" beyond "2020", "long after".
    "carrach-kittiwake-seabird-census": (
        "2015-12-08",
        [
            ("2000", "DATE", "2000"),
            ("the past five summers", "DURATION", "P5Y"),
            ("Tuesday 8 December 2015", "DATE", "2015-12-08"),
            ("2000", "DATE", "2000"),
            ("yesterday", "DATE", "2015-12-07"),
            ("11 days", "DURATION", "P11D"),
            ("June", "DATE", "2015-06"),
            ("2000", "DATE", "2000"),
            ("the mid-1980s", "DATE", "198"),
            ("every five years", "SET", "P5Y"),
            ("1985", "DATE", "1985"),
            ("2010", "DATE", "2010"),
            ("this summer", "DATE", "2015-SU"),
            ("2011", "DATE", "2011"),
            ("4 July", "DATE", "2015-07-04"),
            ("the next day", "DATE", "2015-07-05"),
            ("every summer", "SET", "XXXX-SU"),
            ("1994", "DATE", "1994"),
            ("25 years", "DURATION", "P25Y"),
            ("years", "DURATION", "PXY"),
            ("the 1980s", "DATE", "198"),
            ("now", "DATE", "PRESENT_REF"),
            ("about three weeks", "DURATION", "P3W"),
            ("Last winter", "DATE", "2015-WI"),
            ("January", "DATE", "2015-01"),
            ("March", "DATE", "2015-03"),
            ("1981", "DATE", "1981"),
            ("May", "DATE", "2015-05"),
            ("last week", "DATE", "2015-W49"),
            ("St Andrew's Day", "DATE", "2015-11-30"),
            ("yesterday", "DATE", "2015-12-07"),
            ("the end of March", "DATE", "2016-03"),
            ("Thursday", "DATE", "2015-12-10"),
            ("2020", "DATE", "2020"),
            ("now", "DATE", "PRESENT_REF"),
            ("annually", "SET", "P1Y"),
            ("the next three summers", "DURATION", "P3Y"),
            ("7pm", "TIME", "2015-12-11T19:00"),
            ("Friday", "DATE", "2015-12-11"),
        ],
    ),
    # Sunday 2015-02-15 (ISO week 7), New Zealand news website, aftershock forecast; headline,
    # byline, stamp "Last updated 13:05, February 15 2015" (TIME and DATE, gold_blind21), no
    # dateline. NZDT is UTC+13. The quake struck "at 11.43pm on Wednesday (10.43am UTC)":
    # 2015-02-11T23:43, "Wednesday" 2015-02-11 and 2015-02-11T10:43 (the UTC time falls on the
    # same date); "that night" is that Wednesday's night, 2015-02-11TNI, and "The next day"
    # Thursday 2015-02-12 (narrative anchors, gold_blind24, gold_blind26, gold_blind32). "four
    # days after" (headline) and "four days into a sequence" P4D (anchored durations). Past: the
    # first forecast "on Thursday" and schools "closed since Thursday" 2015-02-12, the largest
    # aftershock "at 4.07am on Friday" 2015-02-13T04:07 and 2015-02-13, "Saturday night"
    # 2015-02-14TNI, "Wednesday's" quake 2015-02-11 (the possessive left out). Future: the bridge
    # shut "until at least Friday" -> "at least Friday" 2015-02-20 (gold_blind14), the meeting
    # "at 7pm on Tuesday" 2015-02-17T19:00 and 2015-02-17, "tomorrow" 2015-02-16. "at 10am
    # today" and "by 9am" are clock times of the publication day; "at 6.20pm yesterday,
    # Valentine's Day" -> 2015-02-14T18:20, "yesterday" 2015-02-14 and "Valentine's Day"
    # 2015-02-14 (two DATEs in apposition, gold_blind36). "for weeks yet" PXW, "for months" PXM;
    # "the next seven days" P7D, "the first 24 hours" PT24H, "the next year" P1Y (the windows of
    # a probability forecast). "daily until the end of the month and weekly after that" -> SETs
    # P1D and P1W and "the end of the month" 2015-02. "less than a week after Waitangi Day" P1W
    # (anchored) and "Waitangi Day" 2015-02-06; "until May 11, three months after the quake"
    # 2015-05-11 and P3M (anchored). Not annotated: "magnitude 6.2", "magnitude 6", "magnitude
    # 5.1", "magnitude 4.6", "9 per cent", "21 per cent", "2 per cent", "18km", "21km", "State
    # Highway 2", "two piers", "1,400 aftershocks", "600", "about 90", "3,000 people", "2,015
    # claims" (a count holding 2015, in a 2015 story), "0800 326 243", "eqc.govt.nz", "Civil
    # Defence", "the Ruakiri War Memorial Hall", "after that" (anaphoric).
    "ruakiri-quake-aftershock-forecast": (
        "2015-02-15",
        [
            ("four days", "DURATION", "P4D"),
            ("13:05", "TIME", "2015-02-15T13:05"),
            ("February 15 2015", "DATE", "2015-02-15"),
            ("weeks", "DURATION", "PXW"),
            ("10am", "TIME", "2015-02-15T10:00"),
            ("today", "DATE", "2015-02-15"),
            ("the next seven days", "DURATION", "P7D"),
            ("Thursday", "DATE", "2015-02-12"),
            ("11.43pm", "TIME", "2015-02-11T23:43"),
            ("Wednesday", "DATE", "2015-02-11"),
            ("10.43am UTC", "TIME", "2015-02-11T10:43"),
            ("1897", "DATE", "1897"),
            ("that night", "TIME", "2015-02-11TNI"),
            ("The next day", "DATE", "2015-02-12"),
            ("at least Friday", "DATE", "2015-02-20"),
            ("9am", "TIME", "2015-02-15T09:00"),
            ("4.07am", "TIME", "2015-02-13T04:07"),
            ("Friday", "DATE", "2015-02-13"),
            ("6.20pm", "TIME", "2015-02-14T18:20"),
            ("yesterday", "DATE", "2015-02-14"),
            ("Valentine's Day", "DATE", "2015-02-14"),
            ("four days", "DURATION", "P4D"),
            ("the first 24 hours", "DURATION", "PT24H"),
            ("yesterday", "DATE", "2015-02-14"),
            ("months", "DURATION", "PXM"),
            ("Wednesday", "DATE", "2015-02-11"),
            ("the next year", "DURATION", "P1Y"),
            ("daily", "SET", "P1D"),
            ("the end of the month", "DATE", "2015-02"),
            ("weekly", "SET", "P1W"),
            ("Thursday", "DATE", "2015-02-12"),
            ("tomorrow", "DATE", "2015-02-16"),
            ("7pm", "TIME", "2015-02-17T19:00"),
            ("Tuesday", "DATE", "2015-02-17"),
            ("less than a week", "DURATION", "P1W"),
            ("Waitangi Day", "DATE", "2015-02-06"),
            ("Saturday night", "TIME", "2015-02-14TNI"),
            ("May 11", "DATE", "2015-05-11"),
            ("three months", "DURATION", "P3M"),
        ],
    ),
    # Friday 2013-09-27 (ISO week 39), AP story on a newspaper website, research expedition;
    # headline, stamp "Updated 8:14 am, Friday, September 27, 2013" (TIME, and the date with its
    # weekday one DATE span), byline, "LONGYEARBYEN, Norway (AP) —" dateline. The ship "returned
    # to port Thursday" and "docked shortly before noon Thursday" 2013-09-26 and
    # 2013-09-26T12:00 ("shortly before" a signal, gold_blind53); it sails "on Monday"
    # 2013-09-30 (future). "after 82 days" P82D (6 July to 26 September); "for 40 days"
    # P40D (2 August to 11 September). "12 million years of climate history"
    # (headline) DURATION P12000000Y and "about a million years of the core" P1000000Y (very
    # long spans as durations, gold_blind59). "millions of years ago" DATE PAST_REF: a vague
    # past reference like "decades ago" (gold_blind); a numbered date before year 1 has no
    # value shape and was avoided (gold_blind59, gold_blind92, gold_blind96). "by the end of the
    # century" 20 (gold_blind6, gold_blind59). "roughly every 100,000 years" SET P100000Y (the
    # modifier not recorded, gold_blind96's "roughly every 110 years"). "this year" 2013,
    # "Sept. 15" 2013-09-15, "last week" 2013-W38, "last year's record low" -> "last year" 2012.
    # "for the first time in months" -> "months" PXM (the period of a "first in"); "On Aug. 31
    # ... that evening" 2013-08-31TEV (a narrative anchor). "every six hours" SET PT6H, "twice a
    # day" SET P1D, "within 48 hours of each reading" PT48H. "the 2040s" 204. "over the winter"
    # (the coming one, said in September) 2014-WI, taking the year of its January (gold_blind10);
    # "next spring" 2014-SP; "the next six months" P6M; "the summer of 2015" 2015-SU; "a
    # two-year expedition" P2Y. Not annotated: "about 12 million years old" (an age, gold_blind37's
    # "century-old"), "the Pliocene" and "ice ages" (named eras, gold_blind37, gold_blind92),
    # "round-the-clock daylight" and "the long polar night" (idioms and a polar season, not a
    # night of a day), "summer ice" (an adjectival season naming a kind, gold_blind56),
    # "since satellite records began" beyond "1979", "98-meter", "4 kilometers", "11 meters",
    # "41 scientists", "30 crew", "52" (an age), "the six smallest", "The last time".
    "nordlys-arctic-drift-expedition-returns": (
        "2013-09-27",
        [
            ("12 million years", "DURATION", "P12000000Y"),
            ("8:14 am", "TIME", "2013-09-27T08:14"),
            ("Friday, September 27, 2013", "DATE", "2013-09-27"),
            ("Thursday", "DATE", "2013-09-26"),
            ("82 days", "DURATION", "P82D"),
            ("millions of years ago", "DATE", "PAST_REF"),
            ("the end of the century", "DATE", "20"),
            ("1982", "DATE", "1982"),
            ("noon", "TIME", "2013-09-26T12:00"),
            ("Thursday", "DATE", "2013-09-26"),
            ("July 6", "DATE", "2013-07-06"),
            ("Aug. 2", "DATE", "2013-08-02"),
            ("40 days", "DURATION", "P40D"),
            ("Sept. 11", "DATE", "2013-09-11"),
            ("about a million years", "DURATION", "P1000000Y"),
            ("roughly every 100,000 years", "SET", "P100000Y"),
            ("1991", "DATE", "1991"),
            ("this year", "DATE", "2013"),
            ("Sept. 15", "DATE", "2013-09-15"),
            ("last week", "DATE", "2013-W38"),
            ("last year", "DATE", "2012"),
            ("1979", "DATE", "1979"),
            ("Aug. 31", "DATE", "2013-08-31"),
            ("months", "DURATION", "PXM"),
            ("that evening", "TIME", "2013-08-31TEV"),
            ("every six hours", "SET", "PT6H"),
            ("twice a day", "SET", "P1D"),
            ("48 hours", "DURATION", "PT48H"),
            ("the 2040s", "DATE", "204"),
            ("the winter", "DATE", "2014-WI"),
            ("next spring", "DATE", "2014-SP"),
            ("the next six months", "DURATION", "P6M"),
            ("Monday", "DATE", "2013-09-30"),
            ("the summer of 2015", "DATE", "2015-SU"),
            ("two-year", "DURATION", "P2Y"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
