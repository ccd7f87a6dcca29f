"""Annotations of blind gold set 576, chosen by hand before the tagger ran.

    python tests/data/gold_blind576/annotate.py [--show]

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
    # Saturday 1989-07-22 (ISO week 29), Australian (Hobart) daily, page header "THE DERWENT
    # TIMES, SATURDAY, JULY 22, 1989 - PAGE 3" (the date with its weekday one DATE span; the
    # capitals are not checked by gold_tools, 22 July 1989 was a Saturday), headline, byline.
    # "yesterday" Friday 1989-07-21, "yesterday morning" its morning. He "died ... on Thursday
    # night" 1989-07-20TNI; "had been at his bedside since Tuesday" (pluperfect) the past
    # Tuesday 1989-07-18, while "lie in state ... from 10am to 4pm on Tuesday" is the coming
    # Tuesday 1989-07-25 (the same weekday in both directions); the funeral "on Wednesday"
    # (headline and lead) and "at 11am on Wednesday" 1989-07-26; the family "on Monday
    # afternoon" 1989-07-24TAF. "a fortnight earlier" (before Thursday night, no "before" +
    # event) is a DATE at the week's granularity, two ISO weeks back from week 29, 1989-W27
    # (like "A fortnight ago" 2013-W09 in gold_blind44 and "a year earlier" DATEs). "August 15"
    # ahead 1989-08-15 and "that afternoon" 1989-08-15TAF. "almost nine years" May 1961-April
    # 1970; "27 years" 1946-1973; "his wife of 52 years" DURATION P52Y (gold_blind29). "His
    # government's 1965-66 Budget" -> "1965-66" one DATE span FY1966, the July-June financial
    # year named by the year it ends (gold_blind49, gold_blind21). Southern seasons take the
    # year they fall in (gold_blind9, gold_blind60): "the spring of 1965" 1965-SP, "last
    # autumn" said in July 1989-FA (March-May 1989); "every winter" SET XXXX-WI, "each spring"
    # SET XXXX-SP. "Anzac Day" 1989-04-25 (the march "in April" 1989-04); "the 1941 Tobruk
    # garrison" an adjectival year, DATE 1941. "before 6am" a habit on no particular day,
    # XXXX-XX-XXT06:00; "from 9am to 5pm daily" two TIMEs XXXX-XX-XXThh:mm and the SET P1D
    # (gold_blind71). Not annotated: "PAGE 3", "aged 79", "at 13", "81" (ages), "$4.2
    # million", "the Mount Lyell mines", "Mount Farrell" (names), "twice" (a count of
    # readings), "until the funeral" (event-named), "(002) 30 1961" (a phone number holding
    # 1961, beside the annotated "1961"), "the Gordon Bridge", "the Premier's Department".
    "jim-tallis-former-premier-state-funeral": (
        "1989-07-22",
        [
            ("SATURDAY, JULY 22, 1989", "DATE", "1989-07-22"),
            ("Wednesday", "DATE", "1989-07-26"),
            ("Wednesday", "DATE", "1989-07-26"),
            ("yesterday", "DATE", "1989-07-21"),
            ("almost nine years", "DURATION", "P9Y"),
            ("1961", "DATE", "1961"),
            ("Thursday night", "TIME", "1989-07-20TNI"),
            ("a fortnight earlier", "DATE", "1989-W27"),
            ("Tuesday", "DATE", "1989-07-18"),
            ("10am", "TIME", "1989-07-25T10:00"),
            ("4pm", "TIME", "1989-07-25T16:00"),
            ("Tuesday", "DATE", "1989-07-25"),
            ("11am", "TIME", "1989-07-26T11:00"),
            ("Wednesday", "DATE", "1989-07-26"),
            ("yesterday morning", "TIME", "1989-07-21TMO"),
            ("August 15", "DATE", "1989-08-15"),
            ("that afternoon", "TIME", "1989-08-15TAF"),
            ("3 March 1910", "DATE", "1910-03-03"),
            ("1946", "DATE", "1946"),
            ("27 years", "DURATION", "P27Y"),
            ("May 1961", "DATE", "1961-05"),
            ("1964", "DATE", "1964"),
            ("1967", "DATE", "1967"),
            ("April 1970", "DATE", "1970-04"),
            ("1965-66", "DATE", "FY1966"),
            ("the spring of 1965", "DATE", "1965-SP"),
            ("three years", "DURATION", "P3Y"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("1973", "DATE", "1973"),
            ("every winter", "SET", "XXXX-WI"),
            ("each spring", "SET", "XXXX-SP"),
            ("last autumn", "DATE", "1989-FA"),
            ("Anzac Day", "DATE", "1989-04-25"),
            ("April", "DATE", "1989-04"),
            ("1941", "DATE", "1941"),
            ("52 years", "DURATION", "P52Y"),
            ("Monday afternoon", "TIME", "1989-07-24TAF"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Sunday 1989-12-03 (ISO week 48), Reuter-style wire obituary with a chronology box,
    # headline, byline, "VARNO, Valdavia, Dec 3 (Reuter) -" dateline (its "Dec 3" a DATE of
    # the publication day) and the closing "REUTER 1427 GMT" (a TIME, the zone in the span).
    # "early today" one DATE span, the publication day (gold_blind32); "died at 4.10 a.m.
    # (0310 GMT)" two TIMEs of the same instant, 1989-12-03T04:10 and T03:10 (local time is
    # GMT+1; gold_blind32's "10:42 a.m. (0742 GMT)"); "at noon" and "this morning" the same
    # day. Future: mourning "beginning on Monday" 1989-12-04, delegations "on Tuesday"
    # 1989-12-05, burial "on Wednesday" 1989-12-06 after the funeral "at 10 a.m." that day.
    # Past: "last Thursday" in a Sunday story the most recent Thursday, 1989-11-30
    # (gold_blind10); "Saturday evening" 1989-12-02TEV. "three days of national mourning" ->
    # "three days" P3D (gold_blind18, gold_blind28). "the 1958 Treaty of Sorn" -> "1958", the
    # year the treaty was signed (an adjectival year like "the 1993 accords", gold_blind32).
    # "Last month" 1989-11; "October" 1989-10; "elections in the spring, now set for April 22"
    # -> "the spring" 1990-SP, "now" PRESENT_REF, "April 22" 1990-04-22. "almost every
    # Sunday" SET XXXX-WXX-7 with the modifier in the span (gold_blind35's "almost every
    # day"); "60 years" P60Y; "several years" PXY; "recent years" PAST_REF. The chronology:
    # each entry's date a DATE ("March 14, 1903", "Aug 1947" 1947-08, "Jan 12, 1958", "Nov
    # 1974" 1974-11, "Dec 3, 1989"), "1941-1944" split into two DATEs (gold_blind71);
    # "more than three years" P3Y, "81 days" P81D, "11 months" P11M, "seven-year" P7Y.
    # Not annotated: "86" (age), "312 votes to 41", "Kell camp", "the first post-war
    # parliament", "the end of his second seven-year term" beyond "seven-year" (an event's
    # end), "our calendar of peace" (a figure of speech), the memoir title "Forty Winters in
    # Varno", "until the funeral", "since leaving office" beyond "1974".
    "anton-rusek-valdavia-wire-obituary-chronology": (
        "1989-12-03",
        [
            ("Dec 3", "DATE", "1989-12-03"),
            ("14 years", "DURATION", "P14Y"),
            ("1958", "DATE", "1958"),
            ("early today", "DATE", "1989-12-03"),
            ("three days", "DURATION", "P3D"),
            ("Monday", "DATE", "1989-12-04"),
            ("Wednesday", "DATE", "1989-12-06"),
            ("10 a.m.", "TIME", "1989-12-06T10:00"),
            ("Tuesday", "DATE", "1989-12-05"),
            ("several years", "DURATION", "PXY"),
            ("last Thursday", "DATE", "1989-11-30"),
            ("Saturday evening", "TIME", "1989-12-02TEV"),
            ("4.10 a.m.", "TIME", "1989-12-03T04:10"),
            ("0310 GMT", "TIME", "1989-12-03T03:10"),
            ("noon", "TIME", "1989-12-03T12:00"),
            ("this morning", "TIME", "1989-12-03TMO"),
            ("1974", "DATE", "1974"),
            ("recent years", "DATE", "PAST_REF"),
            ("Last month", "DATE", "1989-11"),
            ("the spring", "DATE", "1990-SP"),
            ("now", "DATE", "PRESENT_REF"),
            ("April 22", "DATE", "1990-04-22"),
            ("October", "DATE", "1989-10"),
            ("almost every Sunday", "SET", "XXXX-WXX-7"),
            ("60 years", "DURATION", "P60Y"),
            ("March 14, 1903", "DATE", "1903-03-14"),
            ("1926", "DATE", "1926"),
            ("1941", "DATE", "1941"),
            ("1944", "DATE", "1944"),
            ("more than three years", "DURATION", "P3Y"),
            ("Aug 1947", "DATE", "1947-08"),
            ("81 days", "DURATION", "P81D"),
            ("1951", "DATE", "1951"),
            ("Jan 12, 1958", "DATE", "1958-01-12"),
            ("11 months", "DURATION", "P11M"),
            ("1960", "DATE", "1960"),
            ("1967", "DATE", "1967"),
            ("Nov 1974", "DATE", "1974-11"),
            ("seven-year", "DURATION", "P7Y"),
            ("1982", "DATE", "1982"),
            ("Dec 3, 1989", "DATE", "1989-12-03"),
            ("1427 GMT", "TIME", "1989-12-03T14:27"),
        ],
    ),
    # Tuesday 1990-10-16 (ISO week 42), AP wire obituary, datastream header "AP-NR-10-16-90
    # 1612EDT" (the date "10-16-90" a DATE of the wire's day, month first, and "1612EDT" a
    # TIME 16:12 with the zone in the span; the slug "PM-Obit-Ashcombe, 2nd Ld-Writethru,
    # a0498" holds no TIMEX3), headline, byline, "LINDEN FORKS, Neb. (AP) _" dateline;
    # "today" the day of the wire (gold_blind35). The headline's "'50s" is DATE 195, the
    # apostrophe in the span (gold_blind46's "the '70s"); "the mid-1950s" 195. Past: "since a
    # stroke in August" 1990-08, "Sept. 28" 1990-09-28, "unconscious since Sunday"
    # 1990-10-14, "in May" 1990-05, "last year" 1989. Future: lying in state "from noon to 8
    # p.m. Thursday" 1990-10-18 (two TIMEs and the DATE), the funeral "at 10:30 a.m. Friday"
    # 1990-10-19 and burial "the same day", an anaphoric DATE with its antecedent's value
    # (gold_blind52); "through Oct. 25" 1990-10-25; the board "will meet Monday" 1990-10-22;
    # "the session that opens in January" 1991-01. "two two-year terms" -> "two-year" P2Y
    # (Nebraska's terms of the time); "the summer of 1953" 1953-SU; "nearly every week" SET
    # P1W, the modifier kept (gold_blind35); "talk for an hour" DURATION PT1H; "His wife of 58
    # years" P58Y. Not annotated: "84", "79" (ages), "two-term" (a count of terms), "31,904
    # votes", "World War II", "Cessna 170" (a model number), "Highway 30", "P.O. Box 1953"
    # (beside the annotated "the summer of 1953" and "January 1953"), "68832" (a ZIP code),
    # "PM" of the slug (the wire's news cycle), "a0498", "for the last time".
    "ashcombe-former-governor-ap-obituary": (
        "1990-10-16",
        [
            ("10-16-90", "DATE", "1990-10-16"),
            ("1612EDT", "TIME", "1990-10-16T16:12"),
            ("'50s", "DATE", "195"),
            ("the mid-1950s", "DATE", "195"),
            ("today", "DATE", "1990-10-16"),
            ("August", "DATE", "1990-08"),
            ("Sept. 28", "DATE", "1990-09-28"),
            ("Sunday", "DATE", "1990-10-14"),
            ("noon", "TIME", "1990-10-18T12:00"),
            ("8 p.m.", "TIME", "1990-10-18T20:00"),
            ("Thursday", "DATE", "1990-10-18"),
            ("10:30 a.m.", "TIME", "1990-10-19T10:30"),
            ("Friday", "DATE", "1990-10-19"),
            ("the same day", "DATE", "1990-10-19"),
            ("Oct. 25", "DATE", "1990-10-25"),
            ("May 2, 1906", "DATE", "1906-05-02"),
            ("six years", "DURATION", "P6Y"),
            ("1934", "DATE", "1934"),
            ("1940", "DATE", "1940"),
            ("1952", "DATE", "1952"),
            ("January 1953", "DATE", "1953-01"),
            ("January 1957", "DATE", "1957-01"),
            ("two-year", "DURATION", "P2Y"),
            ("the summer of 1953", "DATE", "1953-SU"),
            ("1957", "DATE", "1957"),
            ("1954", "DATE", "1954"),
            ("1955", "DATE", "1955"),
            ("nearly every week", "SET", "P1W"),
            ("an hour", "DURATION", "PT1H"),
            ("1956", "DATE", "1956"),
            ("22 years", "DURATION", "P22Y"),
            ("1958", "DATE", "1958"),
            ("1983", "DATE", "1983"),
            ("May", "DATE", "1990-05"),
            ("Monday", "DATE", "1990-10-22"),
            ("January", "DATE", "1991-01"),
            ("58 years", "DURATION", "P58Y"),
            ("last year", "DATE", "1989"),
        ],
    ),
    # Monday 1990-11-12 (ISO week 46), Canadian regional daily's obituary page, page header
    # "NORTHERN STAR-HERALD   Monday, November 12, 1990   A9" (one DATE span with its
    # weekday), section label, headline ("for 41 years", 1947-1988), byline, "FLIN FLON, Man.
    # -" dateline. He "died ... yesterday, Remembrance Day": two DATEs 1990-11-11 in
    # apposition (like "tomorrow, New Year's Day", gold_blind17); "at 10:45 a.m. yesterday"
    # 1990-11-11T10:45 and the DATE. Past: the dinner "on Friday evening" 1990-11-09TEV;
    # "right up to last week" 1990-W45. Future: visitation "on Thursday from 7 p.m. to 9 p.m."
    # 1990-11-15, the mass "Friday at 11 a.m." 1990-11-16 (the same weekday in both
    # directions), "interment in the spring" 1991-SP, "next summer" 1991-SU. "the night of
    # May 12, 1943" one TIME span 1943-05-12TNI (gold_blind52's "the night of ..."); "the next
    # two years" P2Y; "the winter of 1951" 1951-WI (a northern winter takes the year of its
    # January, gold_blind10); "11 days" P11D; "three times a week" SET P1W; "by the
    # mid-1970s" 197. Calder Aviation's "fiscal 1990, which ended March 31" -> FY1990 (named
    # by the year it ends, gold_blind14) and 1990-03-31; "now" PRESENT_REF; "every six months"
    # SET P6M; "Last year" 1989; "every morning at 6 a.m." a SET and a TIME on no particular
    # day (gold_blind44). Not annotated: "A9", "71", "at 69" (ages), "his 31st operation",
    # "$6,500", "14 aircraft", "DC-3s", "Twin Otter", "Beaver", "Norseman", "120 employees",
    # "41,000 passengers", "Box 1943" (beside "May 12, 1943"), "R8A 1N7", "687-1962" (a phone
    # number holding 1962, beside the annotated "1962"), "the Legion's veterans' dinner".
    "gord-lachance-bush-pilot-canadian-obituary": (
        "1990-11-12",
        [
            ("Monday, November 12, 1990", "DATE", "1990-11-12"),
            ("41 years", "DURATION", "P41Y"),
            ("yesterday", "DATE", "1990-11-11"),
            ("Remembrance Day", "DATE", "1990-11-11"),
            ("Friday evening", "TIME", "1990-11-09TEV"),
            ("10:45 a.m.", "TIME", "1990-11-11T10:45"),
            ("yesterday", "DATE", "1990-11-11"),
            ("Feb. 19, 1919", "DATE", "1919-02-19"),
            ("June 1940", "DATE", "1940-06"),
            ("the night of May 12, 1943", "TIME", "1943-05-12TNI"),
            ("the next two years", "DURATION", "P2Y"),
            ("the spring of 1947", "DATE", "1947-SP"),
            ("the 1950s", "DATE", "195"),
            ("the winter of 1951", "DATE", "1951-WI"),
            ("11 days", "DURATION", "P11D"),
            ("three times a week", "SET", "P1W"),
            ("1962", "DATE", "1962"),
            ("the mid-1970s", "DATE", "197"),
            ("1981", "DATE", "1981"),
            ("now", "DATE", "PRESENT_REF"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("March 31", "DATE", "1990-03-31"),
            ("every six months", "SET", "P6M"),
            ("1988", "DATE", "1988"),
            ("Last year", "DATE", "1989"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("last week", "DATE", "1990-W45"),
            ("Thursday", "DATE", "1990-11-15"),
            ("7 p.m.", "TIME", "1990-11-15T19:00"),
            ("9 p.m.", "TIME", "1990-11-15T21:00"),
            ("Friday", "DATE", "1990-11-16"),
            ("11 a.m.", "TIME", "1990-11-16T11:00"),
            ("the spring", "DATE", "1991-SP"),
            ("next summer", "DATE", "1991-SU"),
        ],
    ),
    # Thursday 1991-02-07 (ISO week 6), British broadsheet obituary page, section label, date
    # line "Thursday 7 February 1991" (one DATE span with its weekday), name heading, signed
    # body, a signed appreciation and the closing facts line in the paper's house form. She
    # "died on Saturday" 1991-02-02 (the facts line's "2 February 1991" the same day). "the
    # winter of 1947" 1947-WI (January-February 1947, gold_blind10), with "January" and
    # "February 1947" of the fuel shortages and "In 1947". "two years later" after 1933 is 1935
    # (the unit's granularity, gold_blind60), which the facts line confirms ("married 1935");
    # "that December" after 1947 is 1947-12, a narrative anchor (gold_blind71's "that
    # October"). "Mosses of the Marches (1954)" -> the bracketed "1954" a DATE (gold_blind60).
    # "last summer" in February 1991 is 1990-SU; "last October" 1990-10; the memorial "at noon
    # on Saturday 23 February" 1991-02-23 ahead, two TIMEX3. "more than half a century"
    # P50Y, "21 years" P21Y (1947-68), "18 months" P18M, "six weeks" P6W, "almost 30 years"
    # P30Y; "every morning" SET XXXX-XX-XXTMO, "twice a week" SET P1W, "Every year" SET P1Y.
    # The facts line's ranges "1933-47" and "1947-68" are split at their ends, "47" 1947 and
    # "68" 1968 (gold_blind71's "1914-18"). Not annotated: "aged 82", "then 38" (ages), "some
    # 4,000 specimens", "£600", "three editions", "a 12-mile round", the title "A Moss for
    # Every Month" (a book's title), "When war came", "as recently as" beyond "last October"
    # (the idiom is a modifier of the DATE, not a PAST_REF of its own), "a first".
    "hilary-quennell-botanist-broadsheet-obituary": (
        "1991-02-07",
        [
            ("Thursday 7 February 1991", "DATE", "1991-02-07"),
            ("Saturday", "DATE", "1991-02-02"),
            ("more than half a century", "DURATION", "P50Y"),
            ("21 years", "DURATION", "P21Y"),
            ("the winter of 1947", "DATE", "1947-WI"),
            ("May 1908", "DATE", "1908-05"),
            ("1926", "DATE", "1926"),
            ("1929", "DATE", "1929"),
            ("18 months", "DURATION", "P18M"),
            ("the autumn of 1931", "DATE", "1931-FA"),
            ("1933", "DATE", "1933"),
            ("two years later", "DATE", "1935"),
            ("September 1939", "DATE", "1939-09"),
            ("the spring of 1945", "DATE", "1945-SP"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("1947", "DATE", "1947"),
            ("January", "DATE", "1947-01"),
            ("February 1947", "DATE", "1947-02"),
            ("six weeks", "DURATION", "P6W"),
            ("that December", "DATE", "1947-12"),
            ("1954", "DATE", "1954"),
            ("1968", "DATE", "1968"),
            ("twice a week", "SET", "P1W"),
            ("last summer", "DATE", "1990-SU"),
            ("1979", "DATE", "1979"),
            ("noon", "TIME", "1991-02-23T12:00"),
            ("Saturday 23 February", "DATE", "1991-02-23"),
            ("the spring of 1962", "DATE", "1962-SP"),
            ("Every year", "SET", "P1Y"),
            ("almost 30 years", "DURATION", "P30Y"),
            ("last October", "DATE", "1990-10"),
            ("11 May 1908", "DATE", "1908-05-11"),
            ("1933", "DATE", "1933"),
            ("47", "DATE", "1947"),
            ("1947", "DATE", "1947"),
            ("68", "DATE", "1968"),
            ("1935", "DATE", "1935"),
            ("1979", "DATE", "1979"),
            ("2 February 1991", "DATE", "1991-02-02"),
        ],
    ),
    # Friday 1991-05-24 (ISO week 21), US regional daily's "DEATHS AND FUNERALS" column,
    # page header "THE CEDAR VALLEY COURIER   Friday, May 24, 1991   Page 6B", an office note,
    # three news-style death notices with datelines and an In Memoriam notice. Memorial Day
    # 1991 is the last Monday of May, 1991-05-27: "closed Monday for Memorial Day" two DATEs;
    # "Tuesday's paper" -> "Tuesday" 1991-05-28 (the possessive left out); the deadline "by
    # 3 p.m. Saturday" 1991-05-25. Brandt "died Wednesday, May 22, 1991" (one span); his
    # visitation "from 3 p.m. to 7 p.m. Sunday" 1991-05-26 with the Masonic service "at 6:30
    # p.m." that evening, the funeral "at 10:30 a.m. Tuesday" 1991-05-28. Kellogg "died
    # Thursday" 1991-05-23; her memorial "at 2 p.m. Saturday, June 1" 1991-06-01 (one DATE
    # span with its weekday). Mossman "died May 18" 1991-05-18; "Private family services were
    # held Tuesday" the past Tuesday 1991-05-21 (so "Tuesday" in both directions in one
    # column); "later this summer" 1991-SU. "from 1967 to 1979" two DATEs; "three four-year
    # terms" -> "four-year" P4Y; "Independence Day 1972" one DATE span 1972-07-04 (like
    # "Armistice Day 1921", gold_blind71); "his wife of 54 years" P54Y; "the early 1980s" 198;
    # "every fall" SET XXXX-FA; "last year" 1990; "more than half a century" P50Y; "the
    # 1950s" 195; "between 1927 and 1979" two DATEs. In Memoriam: "May 26, 1969", "It has been
    # 22 years" P22Y (the time since the death), "every day" SET P1D. Not annotated: "77",
    # "68", "90" (ages), "Page 6B", "(319) 555-1991" (a phone number holding the year of
    # publication), "the Keota High School Class of 1931", "Section 19", "the 8th Judicial
    # District", "a night course" (a kind of course), "P.O. Box 1971" (beside "January
    # 1971"), "IA 52601", "3,000 babies", "a 1948 Hudson" (a model year, gold_blind16),
    # "three" of "three four-year terms", "the first of three", "until he retired".
    "cedar-valley-courier-deaths-and-funerals": (
        "1991-05-24",
        [
            ("Friday, May 24, 1991", "DATE", "1991-05-24"),
            ("Monday", "DATE", "1991-05-27"),
            ("Memorial Day", "DATE", "1991-05-27"),
            ("Tuesday", "DATE", "1991-05-28"),
            ("3 p.m.", "TIME", "1991-05-25T15:00"),
            ("Saturday", "DATE", "1991-05-25"),
            ("1967", "DATE", "1967"),
            ("1979", "DATE", "1979"),
            ("Wednesday, May 22, 1991", "DATE", "1991-05-22"),
            ("Aug. 3, 1913", "DATE", "1913-08-03"),
            ("38 years", "DURATION", "P38Y"),
            ("eight years", "DURATION", "P8Y"),
            ("four-year", "DURATION", "P4Y"),
            ("Independence Day 1972", "DATE", "1972-07-04"),
            ("54 years", "DURATION", "P54Y"),
            ("3 p.m.", "TIME", "1991-05-26T15:00"),
            ("7 p.m.", "TIME", "1991-05-26T19:00"),
            ("Sunday", "DATE", "1991-05-26"),
            ("6:30 p.m.", "TIME", "1991-05-26T18:30"),
            ("10:30 a.m.", "TIME", "1991-05-28T10:30"),
            ("Tuesday", "DATE", "1991-05-28"),
            ("Thursday", "DATE", "1991-05-23"),
            ("January 1971", "DATE", "1971-01"),
            ("1988", "DATE", "1988"),
            ("17 years", "DURATION", "P17Y"),
            ("the early 1980s", "DATE", "198"),
            ("every fall", "SET", "XXXX-FA"),
            ("last year", "DATE", "1990"),
            ("2 p.m.", "TIME", "1991-06-01T14:00"),
            ("Saturday, June 1", "DATE", "1991-06-01"),
            ("more than half a century", "DURATION", "P50Y"),
            ("the 1950s", "DATE", "195"),
            ("May 18", "DATE", "1991-05-18"),
            ("1927", "DATE", "1927"),
            ("1979", "DATE", "1979"),
            ("Tuesday", "DATE", "1991-05-21"),
            ("later this summer", "DATE", "1991-SU"),
            ("May 26, 1969", "DATE", "1969-05-26"),
            ("22 years", "DURATION", "P22Y"),
            ("every day", "SET", "P1D"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
