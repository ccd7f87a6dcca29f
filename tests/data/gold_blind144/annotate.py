"""Annotations of the hundred-and-forty-fourth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind144/annotate.py [--show]

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
    # Tuesday 2013-05-07 (ISO week 19), British local paper's 100th-birthday story, headline,
    # byline, date line "Tuesday 7 May 2013". The party was "on Saturday" 2013-05-04 ("The
    # party on Saturday afternoon" 2013-05-04TAF); the birthday itself "fell on Friday",
    # 2013-05-03, the centenary of "3 May 1913" (a Saturday); the nephew "flew in ... on
    # Thursday" 2013-05-02 "for the weekend" just past, 2013-W18-WE. "from 1927 until 1936"
    # two DATEs; "married for 61 years" DURATION P61Y; "the second Saturday of June 1936" one
    # DATE span 1936-06-13 (like "the last Saturday of February", gold_blind5). "almost four
    # years" P4Y; "twice a day" SET P1D; "every morning" XXXX-XX-XXTMO, the habitual "before 10
    # o'clock" XXXX-XX-XXT10:00 (a recurring hour, gold_blind103), "every Sunday" XXXX-WXX-7,
    # "every evening" XXXX-XX-XXTEV. "last winter" in May 2013 is the winter of 2012-13,
    # 2013-WI (the year of its January, gold_blind10); "born in February" 2013-02; "next month,
    # on 15 June" 2013-06 and 2013-06-15; "the past decade" P10Y; "the 1920s" 192; "The summer"
    # ahead 2013-SU, "July" 2013-07. Not annotated: "100th birthday" and "100" (headline; an
    # ordinal birthday and an age, gold_blind60), "four generations" (a cohort), "14", "78",
    # "96" (ages), "six children", "sixpence", "13,350", "73 per cent", "the Second World War"
    # (an event), "After that" (anaphoric), "19 Church Lane", "01632 960 913" (a phone number
    # ending in 913, beside 1913).
    "edith-harrowby-100th-birthday": (
        "2013-05-07",
        [
            ("Tuesday 7 May 2013", "DATE", "2013-05-07"),
            ("Saturday", "DATE", "2013-05-04"),
            ("3 May 1913", "DATE", "1913-05-03"),
            ("more than 90 years", "DURATION", "P90Y"),
            ("Friday", "DATE", "2013-05-03"),
            ("1927", "DATE", "1927"),
            ("1936", "DATE", "1936"),
            ("61 years", "DURATION", "P61Y"),
            ("1997", "DATE", "1997"),
            ("the second Saturday of June 1936", "DATE", "1936-06-13"),
            ("almost four years", "DURATION", "P4Y"),
            ("twice a day", "SET", "P1D"),
            ("September 1939", "DATE", "1939-09"),
            ("1952", "DATE", "1952"),
            ("1984", "DATE", "1984"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("10 o'clock", "TIME", "XXXX-XX-XXT10:00"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("last winter", "DATE", "2013-WI"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("February", "DATE", "2013-02"),
            ("Thursday", "DATE", "2013-05-02"),
            ("the weekend", "DATE", "2013-W18-WE"),
            ("Saturday afternoon", "TIME", "2013-05-04TAF"),
            ("next month", "DATE", "2013-06"),
            ("15 June", "DATE", "2013-06-15"),
            ("the past decade", "DURATION", "P10Y"),
            ("1979", "DATE", "1979"),
            ("the 1920s", "DATE", "192"),
            ("2004", "DATE", "2004"),
            ("The summer", "DATE", "2013-SU"),
            ("July", "DATE", "2013-07"),
        ],
    ),
    # Monday 2014-10-20 (ISO week 43), US paper's genealogy column, label "ROOTS & BRANCHES",
    # headline, byline, date line "Monday, October 20, 2014", two readers' questions. "The 1940
    # census" (headline, body, "its free 1940 census workshop") -> "1940" DATE, an adjectival
    # year naming when the census was taken (gold_blind92's "The 1926 census"); "The 1930
    # census" likewise. "went missing for a decade" DURATION P10Y. "between 1930 and 1942" two
    # DATEs. "five years earlier, on April 1, 1935" -> "five years earlier" DATE 1935 (the
    # unit's granularity, counted from the census of 1940) and the apposed day. "within a few
    # months" PXM; "within a year" P1Y (a generic span); "a few hours' reading" PTXH; "for
    # decades" PXY; "published annually" SET P1Y; "May 1884" a past month of the example.
    # "Last month's column" -> "Last month" 2014-09; "Next week" 2014-W44; "every week" P1W.
    # Future weekdays: the society "meets Thursday at 7 p.m." 2014-10-23, the workshop "from
    # 10 a.m. to noon Saturday" 2014-10-25 (two TIMEs and the DATE); "starts in March" and "go
    # on sale in January" ahead, 2015-03 and 2015-01. Not annotated: "the spring session" (an
    # adjectival season naming a session, like "Summer programs" in gold_blind103), "ED 18-42",
    # "40 pages", "four generations", "the month and year of arrival" and "that month"
    # (generic), "a dozen letters", "Civil War" (an event), "(937) 555-1940",
    # "harlowroots.org/1940", "P.O. Box 1880", "45401".
    "roots-column-1940-census-lost-decade": (
        "2014-10-20",
        [
            ("1940", "DATE", "1940"),
            ("a decade", "DURATION", "P10Y"),
            ("Monday, October 20, 2014", "DATE", "2014-10-20"),
            ("1898", "DATE", "1898"),
            ("1961", "DATE", "1961"),
            ("the 1920s", "DATE", "192"),
            ("1930", "DATE", "1930"),
            ("1942", "DATE", "1942"),
            ("1940", "DATE", "1940"),
            ("five years earlier", "DATE", "1935"),
            ("April 1, 1935", "DATE", "1935-04-01"),
            ("2012", "DATE", "2012"),
            ("a few months", "DURATION", "PXM"),
            ("1930", "DATE", "1930"),
            ("annually", "SET", "P1Y"),
            ("a year", "DURATION", "P1Y"),
            ("1936", "DATE", "1936"),
            ("the 1880s", "DATE", "188"),
            ("1906", "DATE", "1906"),
            ("May 1884", "DATE", "1884-05"),
            ("a few hours", "DURATION", "PTXH"),
            ("decades", "DURATION", "PXY"),
            ("Last month", "DATE", "2014-09"),
            ("1997", "DATE", "1997"),
            ("every week", "SET", "P1W"),
            ("Next week", "DATE", "2014-W44"),
            ("Thursday", "DATE", "2014-10-23"),
            ("7 p.m.", "TIME", "2014-10-23T19:00"),
            ("1940", "DATE", "1940"),
            ("10 a.m.", "TIME", "2014-10-25T10:00"),
            ("noon", "TIME", "2014-10-25T12:00"),
            ("Saturday", "DATE", "2014-10-25"),
            ("March", "DATE", "2015-03"),
            ("January", "DATE", "2015-01"),
        ],
    ),
    # Wednesday 2012-07-18 (ISO week 29), Irish national paper's website, headline ("left in
    # 1849"), standfirst, stamp "Wed, Jul 18, 2012, 01:00" (DATE and TIME), byline. The family
    # stood in the cottage "On Monday" 2012-07-16, "163 years later" DATE 2012 (counted from
    # "the spring of 1849" at the unit's granularity); they "arrived ... on Saturday"
    # 2012-07-14; Mass "on Sunday" ahead, 2012-07-22; "Tonight" 2012-07-18TNI with "8pm" that
    # evening. "last November" 2011-11; "November 1848" as written; "the Tithe Applotment Books
    # of the 1820s" -> "the 1820s" 182; "Griffith's Valuation of 1855" -> "1855" and "the 1911
    # census" -> "1911", years naming when a record was made (gold_blind92). "for more than a
    # century" P100Y; "a fortnight" P2W; "Every summer" SET XXXX-SU; "the first half of the
    # year" 2012-H1 (calendar; no fiscal year described); "opens until 7pm on Thursdays" ->
    # "7pm" XXXX-XX-XXT19:00 and "Thursdays" SET XXXX-WXX-4; "next summer" 2013-SU; "now" and
    # "Now" PRESENT_REF. Not annotated: "the Famine" and "Famine emigrant" (a named event), "17",
    # "(66)", "(34)" (ages), "Ladder 26", "the Mary Ellen", "the R335", "3,000", "11,000", "14
    # per cent", "by which time" (anaphoric), "the worst of it", "Four generations" (a cohort),
    # "094 555 1849" (a phone number ending in 1849, beside the annotated year).
    "costello-family-carrowkeel-homecoming": (
        "2012-07-18",
        [
            ("1849", "DATE", "1849"),
            ("Jul 18, 2012", "DATE", "2012-07-18"),
            ("01:00", "TIME", "2012-07-18T01:00"),
            ("the spring of 1849", "DATE", "1849-SP"),
            ("Monday", "DATE", "2012-07-16"),
            ("163 years later", "DATE", "2012"),
            ("31 years", "DURATION", "P31Y"),
            ("12 March 1832", "DATE", "1832-03-12"),
            ("seven weeks", "DURATION", "P7W"),
            ("11 years", "DURATION", "P11Y"),
            ("1860", "DATE", "1860"),
            ("2009", "DATE", "2009"),
            ("three years", "DURATION", "P3Y"),
            ("last November", "DATE", "2011-11"),
            ("the 1820s", "DATE", "182"),
            ("1855", "DATE", "1855"),
            ("1911", "DATE", "1911"),
            ("more than a century", "DURATION", "P100Y"),
            ("November 1848", "DATE", "1848-11"),
            ("Saturday", "DATE", "2012-07-14"),
            ("a fortnight", "DURATION", "P2W"),
            ("Tonight", "TIME", "2012-07-18TNI"),
            ("8pm", "TIME", "2012-07-18T20:00"),
            ("Sunday", "DATE", "2012-07-22"),
            ("1974", "DATE", "1974"),
            ("Every summer", "SET", "XXXX-SU"),
            ("1988", "DATE", "1988"),
            ("the first half of the year", "DATE", "2012-H1"),
            ("now", "DATE", "PRESENT_REF"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("next summer", "DATE", "2013-SU"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Friday 2015-04-24 (ISO week 17), Australian regional paper's website war-letters
    # feature, headline, stamp "24 Apr, 2015 06:00 AM" (DATE and TIME), byline. "Tomorrow, on
    # Anzac Day" 2015-04-25, two DATEs; the dawn service "at 5.30am", the breakfast "at 7am",
    # the march "at 10.45am" and the closures "from 9am until 2pm" are clock times of that day.
    # The last letter "is dated 14 July 1916" (a Friday): inside it, "last night" is the night
    # before the letter, 1916-07-13TNI, "most of today" the letter's day 1916-07-14, "on
    # Tuesday" the next Tuesday, 1916-07-18 (the letter's own deixis, anchored on its date);
    # "nine days later, on 23 July 1916" -> DATE 1916-07-23 twice (gold_blind103's "two days
    # later"). "almost a hundred years" P100Y; "Ninety-nine years after his death" DURATION
    # P99Y (a duration anchored to an event, gold_blind35); "almost every week" SET P1W,
    # "usually on Sundays" -> "Sundays" XXXX-WXX-7; "the winter of 1916-17" one span 1917-WI
    # (a northern winter in France, the year of its January, gold_blind92). "found in March"
    # 2015-03; "the next six months" P6M; "Remembrance Day, 11 November" 2015-11-11 twice;
    # "the past two years" P2Y, "the previous two decades" P20Y; "Last year's service" -> "Last
    # year" 2014, "this year" 2015. Not annotated: "the town's dawn service" and "The dawn
    # service" (a service named by the time of day, with its clock time annotated), "a
    # gunfire breakfast", "for a while" (vague, in the letter), "by then" (anaphoric), "The
    # centenary" (an anniversary), "71", "aged 20", "42 letters", "1,200", "Orr Street", "Main
    # Street", "(03) 5555 1916" (beside the annotated 1916), "letters@wattlecreekhistory.org.au".
    "ern-whitby-war-letters-anzac": (
        "2015-04-24",
        [
            ("24 Apr, 2015", "DATE", "2015-04-24"),
            ("06:00 AM", "TIME", "2015-04-24T06:00"),
            ("almost a hundred years", "DURATION", "P100Y"),
            ("Tomorrow", "DATE", "2015-04-25"),
            ("Anzac Day", "DATE", "2015-04-25"),
            ("5.30am", "TIME", "2015-04-25T05:30"),
            ("March", "DATE", "2015-03"),
            ("1908", "DATE", "1908"),
            ("December 1915", "DATE", "1915-12"),
            ("1916", "DATE", "1916"),
            ("14 July 1916", "DATE", "1916-07-14"),
            ("last night", "TIME", "1916-07-13TNI"),
            ("four days", "DURATION", "P4D"),
            ("today", "DATE", "1916-07-14"),
            ("Tuesday", "DATE", "1916-07-18"),
            ("nine days later", "DATE", "1916-07-23"),
            ("23 July 1916", "DATE", "1916-07-23"),
            ("Ninety-nine years", "DURATION", "P99Y"),
            ("almost every week", "SET", "P1W"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("the winter of 1916-17", "DATE", "1917-WI"),
            ("the next six months", "DURATION", "P6M"),
            ("Remembrance Day", "DATE", "2015-11-11"),
            ("11 November", "DATE", "2015-11-11"),
            ("the past two years", "DURATION", "P2Y"),
            ("the previous two decades", "DURATION", "P20Y"),
            ("7am", "TIME", "2015-04-25T07:00"),
            ("10.45am", "TIME", "2015-04-25T10:45"),
            ("9am", "TIME", "2015-04-25T09:00"),
            ("2pm", "TIME", "2015-04-25T14:00"),
            ("Last year", "DATE", "2014"),
            ("this year", "DATE", "2015"),
        ],
    ),
    # Thursday 2013-08-22 (ISO week 34), Canadian paper's website reunion story, headline
    # ("after 60 years"), stamp "Published on: August 22, 2013 | Last Updated: August 22, 2013
    # 6:04 PM EDT" (two DATEs and a TIME), byline, "PORT ESKER —" dateline. "Last Saturday"
    # 2013-08-17 with the landing "at 2:15 p.m." that day; "for the first time in 60 years"
    # P60Y (the period of a "first in", gold_blind35), the headline's "60 years" and the quote's
    # "Sixty years" P60Y; "it felt like a week" P1W. "weeks after their mother died" PXW (an
    # anchored vague duration). "last Christmas" in August 2013 is 2012-12-25 (gold_blind43);
    # "in April" 2013-04, "on May 6" 2013-05-06 (past). "every day since" SET P1D (the bare
    # "since" left out), "usually at 9 p.m." XXXX-XX-XXT21:00 (a habitual hour). "spent Sunday"
    # 2013-08-18; "tomorrow" Friday 2013-08-23; "Aug. 30" 2013-08-30; "said this afternoon"
    # 2013-08-22TAF; "now receives" PRESENT_REF; "every month" P1M; "all of 1995" -> "1995";
    # "this fall" 2013-FA; "the 1980s" 198; "sealed until 2010" -> "2010". Not annotated: "then
    # 11" ("then" inside an age), "71", "68", "at 18" (ages), "WestBorealis Flight 195",
    # "Tenth Street", "Highway 102", "1-800-555-1953" (a phone number ending in 1953), "four
    # generations, 31 people", "more time" (not a length), "this time" (an occasion).
    "halverson-brothers-reunited-60-years": (
        "2013-08-22",
        [
            ("60 years", "DURATION", "P60Y"),
            ("August 22, 2013", "DATE", "2013-08-22"),
            ("August 22, 2013", "DATE", "2013-08-22"),
            ("6:04 PM EDT", "TIME", "2013-08-22T18:04"),
            ("February 1953", "DATE", "1953-02"),
            ("Last Saturday", "DATE", "2013-08-17"),
            ("60 years", "DURATION", "P60Y"),
            ("43 years", "DURATION", "P43Y"),
            ("2:15 p.m.", "TIME", "2013-08-17T14:15"),
            ("2005", "DATE", "2005"),
            ("more than two hours", "DURATION", "PT2H"),
            ("Sixty years", "DURATION", "P60Y"),
            ("a week", "DURATION", "P1W"),
            ("weeks", "DURATION", "PXW"),
            ("January 1953", "DATE", "1953-01"),
            ("1955", "DATE", "1955"),
            ("1960", "DATE", "1960"),
            ("the 1980s", "DATE", "198"),
            ("2010", "DATE", "2010"),
            ("2008", "DATE", "2008"),
            ("last Christmas", "DATE", "2012-12-25"),
            ("April", "DATE", "2013-04"),
            ("May 6", "DATE", "2013-05-06"),
            ("every day", "SET", "P1D"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("Sunday", "DATE", "2013-08-18"),
            ("tomorrow", "DATE", "2013-08-23"),
            ("Aug. 30", "DATE", "2013-08-30"),
            ("this afternoon", "TIME", "2013-08-22TAF"),
            ("now", "DATE", "PRESENT_REF"),
            ("every month", "SET", "P1M"),
            ("1995", "DATE", "1995"),
            ("this fall", "DATE", "2013-FA"),
        ],
    ),
    # Saturday 2012-11-10 (ISO week 45), Scottish regional daily's archive-discovery story,
    # headline ("after 67 years"), standfirst ("from 1939 to 1945 ... from Monday"), byline,
    # date line "Saturday 10 November 2012". "67 years" (headline and body) DURATION P67Y, the
    # time since the last entry (1945-2012); "from 1939 to 1945" and "between September 1939 and
    # August 1945" annotated at their ends. "every night of the Second World War" -> "every
    # night" SET XXXX-XX-XXTNI. Diary entries anchor their own deixis: "3 September 1939" with
    # "11.15" 1939-09-03T11:15 and "this afternoon" 1939-09-03TAF; "Church bells all day" ->
    # "all day" DURATION P1D (gold_blind30); "6 May 1941" with "tonight" 1941-05-06TNI and
    # "until 4am" the early morning after that night, 1941-05-07T04:00; "for hours" PTXH; "the
    # next three days" P3D. "found them ... in August" 2012-08; "a few weeks" PXW; "14 weeks"
    # P14W; "on Tuesdays and Thursdays" two SETs; "since the summer" 2012-SU. Future: "from
    # Monday" 2012-11-12 (standfirst and body), "the end of January" 2013-01, "by the spring"
    # 2013-SP, "tomorrow's Remembrance Sunday service" -> "tomorrow" and "Remembrance Sunday"
    # 2012-11-11 (the second Sunday of November) with "10.45am" that day. "the 2013-14
    # financial year" one span FY2014 (a UK April-March year named by the year it ends, like
    # "the 2016/17 financial year" in gold_blind21); "open daily from 10am to 4pm" SET P1D and
    # two recurring hours. Not annotated: "Six notebooks", "six notebooks", "the Second World
    # War", "the home front", "It is over", "34", "aged 92", "KB/1939/45" (a catalogue
    # reference holding years), "1,900 pages", "4,000", "£12,000", "Harbour Street", "01475 555
    # 939", "never missed one", "always".
    "agnes-duthie-wartime-diary-archive": (
        "2012-11-10",
        [
            ("67 years", "DURATION", "P67Y"),
            ("1939", "DATE", "1939"),
            ("1945", "DATE", "1945"),
            ("Monday", "DATE", "2012-11-12"),
            ("Saturday 10 November 2012", "DATE", "2012-11-10"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("67 years", "DURATION", "P67Y"),
            ("41 years", "DURATION", "P41Y"),
            ("1988", "DATE", "1988"),
            ("September 1939", "DATE", "1939-09"),
            ("August 1945", "DATE", "1945-08"),
            ("August", "DATE", "2012-08"),
            ("3 September 1939", "DATE", "1939-09-03"),
            ("11.15", "TIME", "1939-09-03T11:15"),
            ("this afternoon", "TIME", "1939-09-03TAF"),
            ("15 August 1945", "DATE", "1945-08-15"),
            ("all day", "DURATION", "P1D"),
            ("six years", "DURATION", "P6Y"),
            ("6 May 1941", "DATE", "1941-05-06"),
            ("tonight", "TIME", "1941-05-06TNI"),
            ("4am", "TIME", "1941-05-07T04:00"),
            ("hours", "DURATION", "PTXH"),
            ("the next three days", "DURATION", "P3D"),
            ("a few weeks", "DURATION", "PXW"),
            ("14 weeks", "DURATION", "P14W"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("the summer", "DATE", "2012-SU"),
            ("Monday", "DATE", "2012-11-12"),
            ("the end of January", "DATE", "2013-01"),
            ("the spring", "DATE", "2013-SP"),
            ("1998", "DATE", "1998"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("tomorrow", "DATE", "2012-11-11"),
            ("Remembrance Sunday", "DATE", "2012-11-11"),
            ("10.45am", "TIME", "2012-11-11T10:45"),
            ("daily", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
