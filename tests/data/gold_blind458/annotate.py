"""Annotations of the four-hundred-and-fifty-eighth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind458/annotate.py [--show]

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
    # Monday 2012-07-23 (ISO week 30), British broadsheet website's concert review, section
    # label, headline, star rating, standfirst, byline, stamp "7:00AM BST 23 Jul 2012" (TIME
    # and DATE, the zone in the span and not in the value, gold_blind62). The festival opened
    # on Saturday 21 July: "the opening weekend" (standfirst) is 2012-W29-WE, the festival's
    # first Saturday and Sunday, like "the final weekend" of a festival (gold_blind62); "On
    # Saturday night" 2012-07-21TNI, "Saturday's audience" and "Saturday's concert"
    # 2012-07-21. The symphony's story: "1894", "three months" P3M, "the summer of 1936"
    # 1936-SU, "12 March 1937", "the next day" 1937-03-13 (anchored on the last date of the
    # narrative, gold_blind97), "the next 75 years" P75Y. "40-minute" PT40M; "nearly three
    # minutes" PT3M and "almost five minutes" PT5M (modifiers kept); "in January" 2012-01;
    # "completed in 1919"; "for a week" P1W; "built in 1862"; "last summer" 2011-SU; "next
    # year" 2013; "11 concerts in nine days" -> "nine days" P9D. Ahead: "runs until Sunday"
    # 2012-07-29; "Tonight ... at 7.30pm" 2012-07-23TNI and 2012-07-23T19:30; "Wednesday's
    # late-night concert" -> "Wednesday" 2012-07-25; the broadcast "on Thursday at 7.30pm"
    # 2012-07-26 and T19:30; "for seven days afterwards" P7D. Box: "until 29 July"
    # 2012-07-29; "Concerts daily at 7.30pm" SET P1D and TIME XXXX-XX-XXT19:30; "on Tuesdays
    # and Thursdays at 11am" two SETs and a TIME; the box office "open 10am-6pm, Monday to
    # Saturday" two TIMEs and the two ends of the weekday range as SETs (gold_blind76). Not
    # annotated: "★★★★☆", "Third Symphony", "Op. 41", the movement titles "Night Piece" and
    # "The Long Day", "a single low D", ages "29", "24" and "since she was 15" (an
    # event-anchored age), "64 players", "640", "its first edition", "its 31st edition",
    # "late-night" (an adjective naming a kind of concert), "coffee concerts", "since that
    # single performance" (anaphoric), "BBC Radio 3", "£12-£38", "01434 555 1936" (a phone
    # number ending in 1936), "allertonfestival.org.uk/2012" (a year in a web address).
    "allerton-festival-marrick-symphony-review": (
        "2012-07-23",
        [
            ("1936", "DATE", "1936"),
            ("the opening weekend", "DATE", "2012-W29-WE"),
            ("7:00AM BST", "TIME", "2012-07-23T07:00"),
            ("23 Jul 2012", "DATE", "2012-07-23"),
            ("1894", "DATE", "1894"),
            ("three months", "DURATION", "P3M"),
            ("the summer of 1936", "DATE", "1936-SU"),
            ("12 March 1937", "DATE", "1937-03-12"),
            ("the next day", "DATE", "1937-03-13"),
            ("the next 75 years", "DURATION", "P75Y"),
            ("Saturday night", "TIME", "2012-07-21TNI"),
            ("40-minute", "DURATION", "PT40M"),
            ("nearly three minutes", "DURATION", "PT3M"),
            ("January", "DATE", "2012-01"),
            ("1919", "DATE", "1919"),
            ("a week", "DURATION", "P1W"),
            ("Saturday", "DATE", "2012-07-21"),
            ("1862", "DATE", "1862"),
            ("almost five minutes", "DURATION", "PT5M"),
            ("last summer", "DATE", "2011-SU"),
            ("next year", "DATE", "2013"),
            ("nine days", "DURATION", "P9D"),
            ("Sunday", "DATE", "2012-07-29"),
            ("Tonight", "TIME", "2012-07-23TNI"),
            ("7.30pm", "TIME", "2012-07-23T19:30"),
            ("Wednesday", "DATE", "2012-07-25"),
            ("Saturday", "DATE", "2012-07-21"),
            ("Thursday", "DATE", "2012-07-26"),
            ("7.30pm", "TIME", "2012-07-26T19:30"),
            ("seven days", "DURATION", "P7D"),
            ("29 July", "DATE", "2012-07-29"),
            ("daily", "SET", "P1D"),
            ("7.30pm", "TIME", "XXXX-XX-XXT19:30"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Saturday", "SET", "XXXX-WXX-6"),
        ],
    ),
    # Wednesday 2014-06-11 (ISO week 24), Australian (Tasmanian) paper's website, exhibition
    # review, section label, headline, review panel with "Until September 14" 2014-09-14,
    # byline, date line "June 11, 2014". Southern seasons are valued in the year they fall in
    # (gold_blind68, gold_blind88, gold_blind103): "the winter of 1934" 1934-WI, "the spring
    # of 1942" 1942-SP (September-November), "this winter" in June 2014-WI. "almost four
    # decades" P40Y; "in 1938"; "March 1971"; "six months before she died" P6M (anchored
    # duration); "until 2009"; "three years" P3Y; "opened on Friday" 2014-06-06; "since ...
    # 2011"; "every Sunday afternoon" SET XXXX-WXX-7TAF (a past habit); "over 11 days" P11D;
    # "The 1950s prints" 195 (adjectival decade, gold_blind62); "the mid-1960s" 196 (like "the
    # mid-1980s", gold_blind16); "now look startlingly modern" PRESENT_REF; "six weeks" P6W;
    # "Until last year" -> "last year" 2013. "the Queen's Birthday long weekend": Tasmania's
    # Queen's Birthday was Monday 9 June 2014, the weekend that of Saturday 7 June,
    # 2014-W23-WE (see README); "on Monday alone" 2014-06-09. Ahead: "a floor talk on Saturday"
    # 2014-06-14; "on Saturdays at 2pm" SET and TIME XXXX-XX-XXT14:00; "until the end of
    # August" 2014-08; "next month" 2014-07; "early 2015" 2015. Box: "Tuesday to Sunday,
    # 10am-5pm" two SETs (the ends of the range, gold_blind76) and two TIMEs; "Fridays until
    # 8pm"; "Closed Mondays" SET XXXX-WXX-1 (gold_blind20). Not annotated: "12 kilometres",
    # "9,000 negatives", "Room 2", the photograph "Six O'Clock Swim" (a title), "catalogue No.
    # 214", "three versions", "180 works", "41", "a few dozen", "4,100", "1,650", "the busiest
    # day in its history" (a superlative day without a date), "public holidays" (generic),
    # "$15", "$10", "(03) 6555 1934" (a phone number ending in 1934), "Rolleiflex".
    "ida-mercer-salt-years-exhibition-review": (
        "2014-06-11",
        [
            ("September 14", "DATE", "2014-09-14"),
            ("June 11, 2014", "DATE", "2014-06-11"),
            ("almost four decades", "DURATION", "P40Y"),
            ("the winter of 1934", "DATE", "1934-WI"),
            ("1938", "DATE", "1938"),
            ("March 1971", "DATE", "1971-03"),
            ("six months", "DURATION", "P6M"),
            ("2009", "DATE", "2009"),
            ("three years", "DURATION", "P3Y"),
            ("Friday", "DATE", "2014-06-06"),
            ("2011", "DATE", "2011"),
            ("this winter", "DATE", "2014-WI"),
            ("every Sunday afternoon", "SET", "XXXX-WXX-7TAF"),
            ("11 days", "DURATION", "P11D"),
            ("the spring of 1942", "DATE", "1942-SP"),
            ("The 1950s", "DATE", "195"),
            ("the mid-1960s", "DATE", "196"),
            ("now", "DATE", "PRESENT_REF"),
            ("six weeks", "DURATION", "P6W"),
            ("last year", "DATE", "2013"),
            ("the Queen's Birthday long weekend", "DATE", "2014-W23-WE"),
            ("Monday", "DATE", "2014-06-09"),
            ("Saturday", "DATE", "2014-06-14"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("the end of August", "DATE", "2014-08"),
            ("next month", "DATE", "2014-07"),
            ("early 2015", "DATE", "2015"),
            ("Tuesday", "SET", "XXXX-WXX-2"),
            ("Sunday", "SET", "XXXX-WXX-7"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("Mondays", "SET", "XXXX-WXX-1"),
        ],
    ),
    # Tuesday 2014-09-16 (ISO week 38), Canadian national paper's website, film-festival
    # lineup story, section label, headline ("to open Oct. 2"), byline, "HALVARD BAY, N.S."
    # dateline, stamps "Published Tuesday, Sep. 16, 2014 6:00AM EDT" and "Last updated ...
    # 11:41AM EDT" (each a DATE with its weekday and a TIME). Past: "said Monday" and "in an
    # interview Monday" 2014-09-15. Ahead: members' sales "starting Thursday at 10 a.m."
    # 2014-09-18 and T10:00, "sales to the general public begin Saturday" 2014-09-20; the
    # festival "Thursday, Oct. 2" to "Sunday, Oct. 12" (one span each with the weekday); the
    # box's "Oct. 2 to 12" two DATEs, the bare "12" its own DATE (gold_blind62, gold_blind76).
    # "Thanksgiving weekend": Canadian Thanksgiving is the second Monday of October, 13
    # October 2014, the weekend that of Saturday 11 October, 2014-W41-WE (like "the long
    # Thanksgiving weekend", gold_blind56); "Thanksgiving Monday, Oct. 13" a holiday and its
    # date, two DATEs (like "Good Friday, 3 April", gold_blind76); "for the first time since
    # 2008" -> "2008". The film: "one week in February 1973" P1W and 1973-02; "in 23 days
    # last winter" P23D and 2014-WI (the winter of 2013-14, taking the year of its January,
    # gold_blind97); "by four o'clock every afternoon" TIME XXXX-XX-XXT16:00 and SET
    # XXXX-XX-XXTAF (a habit of the shoot, the clock time on no particular day). "This year's
    # festival" -> "This year" 2014; "runs 11 days" P11D; "Screenings run daily from 10 a.m.
    # ... at 11:30 p.m." SET P1D and two TIMEs XXXX-XX-XXThh:mm; "every Friday at 11:59 p.m."
    # SET XXXX-WXX-5 and TIME; "247-minute" PT247M; "marking 50 years since ... opened in 1964"
    # P50Y and 1964; "Last year" 2013 and "a year earlier" after it 2012 (gold_blind35); "the
    # 1990s" 199; "Now" PRESENT_REF; "the fiscal year ending March 31" -> "the fiscal year"
    # FY2015 (an April-March year named by the year it ends, gold_blind35, gold_blind55) and
    # "March 31" 2015-03-31; "took over in May" 2014-05; "spent the summer" 2014-SU. Not
    # annotated: "19th", "212 films", "54 countries", the
    # film "Nine Winters" and the series "After Hours" (titles), "late-night", "Cinema 4",
    # "38", "under 35", "minus 25", "141,000", "6 per cent", "$3.4-million", "a third", "the
    # five audience favourites", "the longest film in the festival's history",
    # "hbiff.ca/2014" and "1-888-555-2014" (a web address and a phone number holding 2014).
    "halvard-bay-film-festival-lineup": (
        "2014-09-16",
        [
            ("Oct. 2", "DATE", "2014-10-02"),
            ("Tuesday, Sep. 16, 2014", "DATE", "2014-09-16"),
            ("6:00AM EDT", "TIME", "2014-09-16T06:00"),
            ("Tuesday, Sep. 16, 2014", "DATE", "2014-09-16"),
            ("11:41AM EDT", "TIME", "2014-09-16T11:41"),
            ("Monday", "DATE", "2014-09-15"),
            ("Thursday, Oct. 2", "DATE", "2014-10-02"),
            ("one week", "DURATION", "P1W"),
            ("February 1973", "DATE", "1973-02"),
            ("23 days", "DURATION", "P23D"),
            ("last winter", "DATE", "2014-WI"),
            ("four o'clock", "TIME", "XXXX-XX-XXT16:00"),
            ("every afternoon", "SET", "XXXX-XX-XXTAF"),
            ("Monday", "DATE", "2014-09-15"),
            ("This year", "DATE", "2014"),
            ("11 days", "DURATION", "P11D"),
            ("Sunday, Oct. 12", "DATE", "2014-10-12"),
            ("Thanksgiving weekend", "DATE", "2014-W41-WE"),
            ("2008", "DATE", "2008"),
            ("Thanksgiving Monday", "DATE", "2014-10-13"),
            ("Oct. 13", "DATE", "2014-10-13"),
            ("daily", "SET", "P1D"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("11:30 p.m.", "TIME", "XXXX-XX-XXT23:30"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("11:59 p.m.", "TIME", "XXXX-XX-XXT23:59"),
            ("247-minute", "DURATION", "PT247M"),
            ("50 years", "DURATION", "P50Y"),
            ("1964", "DATE", "1964"),
            ("Thursday", "DATE", "2014-09-18"),
            ("10 a.m.", "TIME", "2014-09-18T10:00"),
            ("Saturday", "DATE", "2014-09-20"),
            ("Last year", "DATE", "2013"),
            ("a year earlier", "DATE", "2012"),
            ("the 1990s", "DATE", "199"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the fiscal year", "DATE", "FY2015"),
            ("March 31", "DATE", "2015-03-31"),
            ("May", "DATE", "2014-05"),
            ("the summer", "DATE", "2014-SU"),
            ("Oct. 2", "DATE", "2014-10-02"),
            ("12", "DATE", "2014-10-12"),
        ],
    ),
    # Thursday 2013-10-10 (ISO week 41), US local paper, museum reopening, section label,
    # headline ("to reopen Oct. 19 after 27-month expansion"), byline "Staff Writer", date line
    # "Thursday, October 10, 2013", "BELLMONT FALLS, Ohio —" dateline. The reopening "at 10
    # a.m. Saturday, Oct. 19" 2013-10-19T10:00 and the DATE (one span with its weekday); "the
    # first 10 days" P10D (19-28 October, an ordinal period of an event, gold_blind13,
    # gold_blind17), "ends Oct. 28". The members' preview "from 6 to 9 p.m. Friday, Oct. 18":
    # the bare "6" is a clock time bounding an evening range, 2013-10-18T18:00 (like "9-5" in
    # gold_blind76), "9 p.m." T21:00. "27-month" and "27 months" P27M; "July 2011";
    # "18 months" P18M; "the spring of 2012" 2012-SP; "back by nine months" P9M (the size of
    # a delay, gold_blind35); "since 2006", "since 2009"; "said Wednesday" 2013-10-09; "early
    # next week" 2013-W42 (modifier not recorded, like "the middle of next week",
    # gold_blind103); "announced in March" 2013-03; "19th-century" 18 (adjectival century,
    # like "1960s pop songs" in gold_blind62); "the original 1913 building" 1913. Hours from
    # "Oct. 19": "Tuesday through Sunday from 10 a.m. to 5 p.m." two SETs and two TIMEs
    # XXXX-XX-XXThh:mm (gold_blind76), "until 9 p.m. on Thursdays" TIME and SET, "closed
    # Mondays" SET (gold_blind20); "this year ... Thanksgiving and Christmas Day" 2013,
    # 2013-11-28 (fourth Thursday of November) and 2013-12-25; "every Thursday evening" SET
    # XXXX-WXX-4TEV; "Veterans Day, Nov. 11" two DATEs 2013-11-11. "fiscal 2011, which ended
    # June 30, 2011" FY2011 (a July-June year named by the year it ends) and the DATE; "the
    # first year after the reopening" P1Y. Festivities "on Oct. 19 from noon to 6 p.m."
    # 2013-10-19T12:00 and T18:00; "the next day" 2013-10-20 and its "2 p.m." T14:00. Not
    # annotated: "40,000-square-foot", "1,200 works", "$9 million", "$48 million", "$12",
    # "61,000", "150,000", "Gallery 19" (a room number beside "Oct. 19"), "Lot 7", "Route 33",
    # "740-555-2013" and "whitfordmuseum.org/reopen2013" (a phone number and a web address
    # holding 2013), "the free period" (anaphoric), "Opening festivities", "a family day" (an
    # event name; its day is "the next day"), "Members", "the reopening".
    "whitford-museum-reopening-expansion": (
        "2013-10-10",
        [
            ("Oct. 19", "DATE", "2013-10-19"),
            ("27-month", "DURATION", "P27M"),
            ("Thursday, October 10, 2013", "DATE", "2013-10-10"),
            ("27 months", "DURATION", "P27M"),
            ("10 a.m.", "TIME", "2013-10-19T10:00"),
            ("Saturday, Oct. 19", "DATE", "2013-10-19"),
            ("the first 10 days", "DURATION", "P10D"),
            ("6", "TIME", "2013-10-18T18:00"),
            ("9 p.m.", "TIME", "2013-10-18T21:00"),
            ("Friday, Oct. 18", "DATE", "2013-10-18"),
            ("July 2011", "DATE", "2011-07"),
            ("18 months", "DURATION", "P18M"),
            ("the spring of 2012", "DATE", "2012-SP"),
            ("nine months", "DURATION", "P9M"),
            ("2006", "DATE", "2006"),
            ("2009", "DATE", "2009"),
            ("Wednesday", "DATE", "2013-10-09"),
            ("early next week", "DATE", "2013-W42"),
            ("March", "DATE", "2013-03"),
            ("19th-century", "DATE", "18"),
            ("1913", "DATE", "1913"),
            ("Oct. 19", "DATE", "2013-10-19"),
            ("Tuesday", "SET", "XXXX-WXX-2"),
            ("Sunday", "SET", "XXXX-WXX-7"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("this year", "DATE", "2013"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("Oct. 28", "DATE", "2013-10-28"),
            ("every Thursday evening", "SET", "XXXX-WXX-4TEV"),
            ("Veterans Day", "DATE", "2013-11-11"),
            ("Nov. 11", "DATE", "2013-11-11"),
            ("fiscal 2011", "DATE", "FY2011"),
            ("June 30, 2011", "DATE", "2011-06-30"),
            ("the first year", "DURATION", "P1Y"),
            ("Oct. 19", "DATE", "2013-10-19"),
            ("noon", "TIME", "2013-10-19T12:00"),
            ("6 p.m.", "TIME", "2013-10-19T18:00"),
            ("the next day", "DATE", "2013-10-20"),
            ("2 p.m.", "TIME", "2013-10-20T14:00"),
        ],
    ),
    # Saturday 2015-10-17 (ISO week 42), Irish national paper's website, book-launch story,
    # section label, headline (the age "44" not annotated), standfirst, byline, stamp
    # "October 17 2015 2:30 AM" (DATE and TIME). The launch "on Thursday night" 2015-10-15TNI,
    # "By 8pm" T20:00, "at about 11pm" T23:00 (modifier kept), "that evening" 2015-10-15TEV
    # (the evening of the launch, like "that evening" in gold_blind26), "published ... on
    # Thursday" 2015-10-15. Standfirst "Seven years after her prize-winning debut" P7Y (an
    # anchored duration, like "Two weeks after the quake", gold_blind35). "came out in 2008";
    # "two years later" 2010 (anchored on 2008, the unit's granularity, gold_blind62); "For
    # three years after that" P3Y ("after that" anaphoric); "four years" P4Y; "every morning
    # from 6am to 8am" SET XXXX-XX-XXTMO and two TIMEs XXXX-XX-XXThh:mm; "on Saturdays" SET, a
    # past habit (gold_blind20). The novel: "the summer of 1981" 1981-SU; "20 years later,
    # in 2001" -> "20 years later" 2001 (from 1981) and "2001", two DATEs (like "A decade
    # later, in 1973", gold_blind26); "the 1980s" 198; "more than half a century" P50Y;
    # "died in January" 2015-01. "by yesterday" 2015-10-16; "next week" 2015-W43; "spring
    # 2017" 2017-SP; "last month" 2015-09; "a fortnight" P2W; "now" PRESENT_REF. Box: "Tuesday
    # 20 October", "Friday 23 October", "Sunday 25 October" one span each with the weekday,
    # and their clock times 7pm, 8pm, 3pm on those days; "the October bank holiday weekend":
    # Ireland's October bank holiday is the last Monday of October, 26 October 2015, and the
    # weekend is the one before it, 2015-W43-WE (24-25 October; like "the August bank holiday
    # weekend", gold_blind97), which the festival's Sunday 25 October confirms. Not annotated:
    # "44", "212 copies", the novel "Half Past Ten at Lahinch" (a title holding a clock
    # time), "the Crannóg First Novel Award", "no time", "the school run", "8,000 copies",
    # "a second printing", "a third novel", "The first draft", "after that", "320pp",
    # "€16.99", "065 555 1981" (a phone number ending in 1981, beside "the summer of 1981").
    "aine-corrigan-long-field-book-launch": (
        "2015-10-17",
        [
            ("Seven years", "DURATION", "P7Y"),
            ("October 17 2015", "DATE", "2015-10-17"),
            ("2:30 AM", "TIME", "2015-10-17T02:30"),
            ("Thursday night", "TIME", "2015-10-15TNI"),
            ("8pm", "TIME", "2015-10-15T20:00"),
            ("about 11pm", "TIME", "2015-10-15T23:00"),
            ("that evening", "TIME", "2015-10-15TEV"),
            ("Thursday", "DATE", "2015-10-15"),
            ("2008", "DATE", "2008"),
            ("two years later", "DATE", "2010"),
            ("three years", "DURATION", "P3Y"),
            ("four years", "DURATION", "P4Y"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("the summer of 1981", "DATE", "1981-SU"),
            ("20 years later", "DATE", "2001"),
            ("2001", "DATE", "2001"),
            ("the 1980s", "DATE", "198"),
            ("more than half a century", "DURATION", "P50Y"),
            ("January", "DATE", "2015-01"),
            ("yesterday", "DATE", "2015-10-16"),
            ("next week", "DATE", "2015-W43"),
            ("spring 2017", "DATE", "2017-SP"),
            ("last month", "DATE", "2015-09"),
            ("a fortnight", "DURATION", "P2W"),
            ("now", "DATE", "PRESENT_REF"),
            ("Tuesday 20 October", "DATE", "2015-10-20"),
            ("7pm", "TIME", "2015-10-20T19:00"),
            ("Friday 23 October", "DATE", "2015-10-23"),
            ("8pm", "TIME", "2015-10-23T20:00"),
            ("Sunday 25 October", "DATE", "2015-10-25"),
            ("3pm", "TIME", "2015-10-25T15:00"),
            ("the October bank holiday weekend", "DATE", "2015-W43-WE"),
        ],
    ),
    # Friday 2012-11-30 (ISO week 48), British regional paper's weekly what's-on listings,
    # label, headline, "Compiled by" byline, date line "Friday 30 November 2012", day headings
    # ("Saturday 1 December" ... "Thursday 6 December", one DATE each with the weekday, like
    # "Friday, Aug. 3" in gold_blind76) whose clock times take the heading's day (gold_blind76).
    # "December gets off to a busy start" 2012-12; "at least 10 days before your event" P10D
    # (an anchored duration). The panto "opens tomorrow at 7pm" 2012-12-01 and T19:00, "runs
    # until Sunday 6 January" 2013-01-06 (across the year boundary); "Performances daily at
    # 2pm and 7pm" SET P1D and two TIMEs XXXX-XX-XXThh:mm; "except Christmas Day" 2012-12-25
    # (a negated day is still a date, gold_blind97); "on Boxing Day ... at 5pm" 2012-12-26 and
    # T17:00. The market "every weekend until 23 December, 10am-4pm": SET XXXX-WXX-WE, DATE
    # 2012-12-23, two TIMEs XXXX-XX-XXThh:mm. Hallam Mill "11am-4pm (also Saturday 8 and
    # Sunday 9 December)": the times under the Sunday 2 December heading take that day
    # (gold_blind76); "Saturday 8" its month from the date after it (like "Friday 17 and
    # Saturday 18 July", gold_blind76). "the 1887 mill engine" 1887 (adjectival year, like
    # "its restored 1923 steam locomotive", gold_blind76); "A Quarter to Four (1958)" ->
    # "1958", the film's year (see README); "founded in 1951"; "every Tuesday until 18
    # December" SET XXXX-WXX-2 and DATE; "every year since 1946" SET P1Y and DATE; "this
    # year's soloists" -> "this year" 2012. Exhibition "until 3 February" 2013-02-03; "the big
    # freeze of 1963" -> "1963"; "Tue-Sat 10am-5pm" two SETs, two TIMEs (gold_blind76);
    # "closed 24 December to 1 January" 2012-12-24 and 2013-01-01. Not annotated: "WHAT'S
    # ON", "the panto season" (a trade season, gold_blind76), "PICK OF THE WEEK" (a column
    # heading naming no particular week), "54th", "his 14th panto", "Over-60s", "the second
    # act", "£9-£24", "01632 555 0112", "Christmas lights", "The Christmas market", "Advent
    # carol service" and "A Victorian Christmas" (holidays and a church season naming kinds
    # of event), "Victorian", "A Quarter to Four" (a title holding a clock time), "Messiah",
    # "26" (age), "Winter Light" (a title), "the big freeze" (an event),
    # "whatson@kelbridgeherald.co.uk".
    "kelbridge-whats-on-week-ahead": (
        "2012-11-30",
        [
            ("Friday 30 November 2012", "DATE", "2012-11-30"),
            ("December", "DATE", "2012-12"),
            ("10 days", "DURATION", "P10D"),
            ("tomorrow", "DATE", "2012-12-01"),
            ("7pm", "TIME", "2012-12-01T19:00"),
            ("Sunday 6 January", "DATE", "2013-01-06"),
            ("daily", "SET", "P1D"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("Christmas Day", "DATE", "2012-12-25"),
            ("Boxing Day", "DATE", "2012-12-26"),
            ("5pm", "TIME", "2012-12-26T17:00"),
            ("Saturday 1 December", "DATE", "2012-12-01"),
            ("3pm", "TIME", "2012-12-01T15:00"),
            ("5.30pm", "TIME", "2012-12-01T17:30"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("23 December", "DATE", "2012-12-23"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("Sunday 2 December", "DATE", "2012-12-02"),
            ("6.30pm", "TIME", "2012-12-02T18:30"),
            ("1887", "DATE", "1887"),
            ("11am", "TIME", "2012-12-02T11:00"),
            ("4pm", "TIME", "2012-12-02T16:00"),
            ("Saturday 8", "DATE", "2012-12-08"),
            ("Sunday 9 December", "DATE", "2012-12-09"),
            ("Tuesday 4 December", "DATE", "2012-12-04"),
            ("1958", "DATE", "1958"),
            ("7.45pm", "TIME", "2012-12-04T19:45"),
            ("1951", "DATE", "1951"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("18 December", "DATE", "2012-12-18"),
            ("Thursday 6 December", "DATE", "2012-12-06"),
            ("7.30pm", "TIME", "2012-12-06T19:30"),
            ("every year", "SET", "P1Y"),
            ("1946", "DATE", "1946"),
            ("this year", "DATE", "2012"),
            ("3 February", "DATE", "2013-02-03"),
            ("1963", "DATE", "1963"),
            ("Tue", "SET", "XXXX-WXX-2"),
            ("Sat", "SET", "XXXX-WXX-6"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("24 December", "DATE", "2012-12-24"),
            ("1 January", "DATE", "2013-01-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
