"""Annotations of blind gold set 392, chosen by hand before the tagger ran.

    python tests/data/gold_blind392/annotate.py [--show]

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
    # Monday 2014-09-29 (ISO week 40), Indian (Calcutta) daily's metro page, section label,
    # headline, subhead, "OUR SPECIAL CORRESPONDENT", dateline "Calcutta, Sept. 29:" (the
    # paper's own date line form, DATE of the publication day). The text fixes the puja days:
    # Shashthi is "tomorrow" Tuesday 2014-09-30 (idols unveiled "tomorrow evening", the pandal
    # "at 6pm tomorrow"); Saptami "Wednesday" 2014-10-01; Ashtami "Thursday, October 2", which
    # is Gandhi Jayanti (fixed, 2 October), so the headline's "Ashtami" and "Gandhi Jayanti"
    # are both 2014-10-02; Bijoya Dashami "Saturday" 2014-10-04, immersions "until 10pm on
    # Sunday" 2014-10-05T22:00. Festival days named like holidays are DATEs on their day
    # (gold_blind79's Dhanteras, Bhai Dooj). "a week after Mahalaya last Tuesday": "a week"
    # DURATION P1W (anchored, the duration alone, gold_blind35), "Mahalaya" and "last Tuesday"
    # 2014-09-23 (the Tuesday of the week before, like "last Tuesday" in gold_blind10). Past
    # weekdays: the officer "said on Sunday" 2014-09-28, rain "on Friday" 2014-09-26, artisans
    # "worked through Saturday night" 2014-09-27TNI; future: "Saturday" 2014-10-04 (box and
    # Metro), the same weekday both ways. "this morning" 2014-09-29TMO; "Thursday night"
    # 2014-10-02TNI. Recurring hours on no particular day: the lorry ban "from 2pm to 4am
    # every day of the festival" (two TIMEs XXXX-XX-XXThh:mm and the SET P1D, gold_blind28,
    # gold_blind79) and the last trains "at 11.30pm from Tuesday to Saturday" (subhead and
    # body), with "Tuesday" 2014-09-30 and "Saturday" 2014-10-04. "five days" and "the five
    # days" (last year's festival) DURATION P5D; "three months" P3M; "late June" 2014-06;
    # "June" (planning since) 2014-06. Not annotated: "the busiest day of the festival" (a
    # superlative in apposition), "its platinum jubilee" (an anniversary, gold_blind29), "the
    # festival", "90-foot", "83", "a boy of 12" (ages), "1,200 policemen", "108 lamps", "routes
    # S-12 and 45A", "2.3 million", "033-2214 1947" (a phone number holding 1947), "later than
    # planned".
    "calcutta-durga-puja-schedule": (
        "2014-09-29",
        [
            ("tomorrow", "DATE", "2014-09-30"),
            ("Ashtami", "DATE", "2014-10-02"),
            ("Gandhi Jayanti", "DATE", "2014-10-02"),
            ("11.30pm", "TIME", "XXXX-XX-XXT23:30"),
            ("Sept. 29", "DATE", "2014-09-29"),
            ("tomorrow evening", "TIME", "2014-09-30TEV"),
            ("Shashthi", "DATE", "2014-09-30"),
            ("a week", "DURATION", "P1W"),
            ("Mahalaya", "DATE", "2014-09-23"),
            ("last Tuesday", "DATE", "2014-09-23"),
            ("five days", "DURATION", "P5D"),
            ("This year", "DATE", "2014"),
            ("Ashtami", "DATE", "2014-10-02"),
            ("Thursday, October 2", "DATE", "2014-10-02"),
            ("Gandhi Jayanti", "DATE", "2014-10-02"),
            ("Thursday night", "TIME", "2014-10-02TNI"),
            ("June", "DATE", "2014-06"),
            ("Sunday", "DATE", "2014-09-28"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("4am", "TIME", "XXXX-XX-XXT04:00"),
            ("every day", "SET", "P1D"),
            ("1939", "DATE", "1939"),
            ("6pm", "TIME", "2014-09-30T18:00"),
            ("tomorrow", "DATE", "2014-09-30"),
            ("three months", "DURATION", "P3M"),
            ("late June", "DATE", "2014-06"),
            ("this morning", "TIME", "2014-09-29TMO"),
            ("Friday", "DATE", "2014-09-26"),
            ("Saturday night", "TIME", "2014-09-27TNI"),
            ("Saptami", "DATE", "2014-10-01"),
            ("Wednesday", "DATE", "2014-10-01"),
            ("9am", "TIME", "2014-10-01T09:00"),
            ("Ashtami", "DATE", "2014-10-02"),
            ("Thursday", "DATE", "2014-10-02"),
            ("11.47am", "TIME", "2014-10-02T11:47"),
            ("12.35pm", "TIME", "2014-10-02T12:35"),
            ("Bijoya Dashami", "DATE", "2014-10-04"),
            ("Saturday", "DATE", "2014-10-04"),
            ("10pm", "TIME", "2014-10-05T22:00"),
            ("Sunday", "DATE", "2014-10-05"),
            ("11.30pm", "TIME", "XXXX-XX-XXT23:30"),
            ("Tuesday", "DATE", "2014-09-30"),
            ("Saturday", "DATE", "2014-10-04"),
            ("Last year", "DATE", "2013"),
            ("the five days", "DURATION", "P5D"),
        ],
    ),
    # Friday 2013-11-29 (ISO week 48), British regional daily, section label, headline, date
    # line "Friday 29 November 2013" (one DATE span with its weekday), byline "Religious
    # Affairs Correspondent", no dateline. The installation is "tomorrow" Saturday 2013-11-30
    # (headline and lead), "tomorrow afternoon" 2013-11-30TAF, which is St Andrew's Day (fixed,
    # 30 November) and "the eve of Advent": Advent begins on Advent Sunday, 1 December 2013
    # (the fourth Sunday before Christmas, a Wednesday in 2013), so the anchored day is one
    # DATE span 2013-11-30 (like "the eve of the Mid-Autumn Festival", gold_blind79), as is
    # the headline's "eve of Advent" without its article. Clock times on the day of their
    # sentence: "3pm", "1.30pm" and "2.45pm" on 2013-11-30; "10.30am", "the evening" (TIME
    # 2013-12-01TEV) and "6pm" on Sunday 2013-12-01. "the Advent Sunday Eucharist" -> "Advent
    # Sunday" 2013-12-01, a holiday in attributive position naming a service held that day
    # (gold_blind57, gold_blind79).
    # "18 October, St Luke's Day" two DATEs 2013-10-18 (a holiday and its date, gold_blind79).
    # "since Easter" -> Easter 2013, Sunday 2013-03-31, the most recent in the past; "retired
    # in April" 2013-04. Weekdays: "yesterday" 2013-11-28, the interview "on Wednesday"
    # 2013-11-27 (past), the tour "on Tuesday" 2013-12-03 (future, in "Next week" 2013-W49).
    # "Petertide, on 29 June 2014": the feast of St Peter, 29 June, two DATEs 2014-06-29.
    # "the 14th century" DATE 13; "almost eight months" P8M (the vacancy since April); "the
    # past six weeks" P6W; "for nine years from 2001" P9Y and 2001; "since 2010"; "the next 12
    # months" P12M; "every Saturday" SET XXXX-WXX-6 with "January" 2014-01 as its start; "30
    # days" P30D. Not annotated: "Advent" in "Advent carol service" (a kind of service) and in
    # "Advent is a season of waiting" (generic), "43rd", "1,400", "212 parishes", "52",
    # "three archdeaconries", "three times", "Psalm 122", "hymn 471", "26 deaneries", "for the
    # first time", "install2013" in the URL, "01632 960 471".
    "ashbury-bishop-installation-advent": (
        "2013-11-29",
        [
            ("tomorrow", "DATE", "2013-11-30"),
            ("eve of Advent", "DATE", "2013-11-30"),
            ("Friday 29 November 2013", "DATE", "2013-11-29"),
            ("tomorrow afternoon", "TIME", "2013-11-30TAF"),
            ("St Andrew's Day", "DATE", "2013-11-30"),
            ("the eve of Advent", "DATE", "2013-11-30"),
            ("almost eight months", "DURATION", "P8M"),
            ("3pm", "TIME", "2013-11-30T15:00"),
            ("about two hours", "DURATION", "PT2H"),
            ("yesterday", "DATE", "2013-11-28"),
            ("1.30pm", "TIME", "2013-11-30T13:30"),
            ("18 October", "DATE", "2013-10-18"),
            ("St Luke's Day", "DATE", "2013-10-18"),
            ("the past six weeks", "DURATION", "P6W"),
            ("April", "DATE", "2013-04"),
            ("14 years", "DURATION", "P14Y"),
            ("nine years", "DURATION", "P9Y"),
            ("2001", "DATE", "2001"),
            ("2010", "DATE", "2010"),
            ("the 14th century", "DATE", "13"),
            ("Sunday", "DATE", "2013-12-01"),
            ("Advent Sunday", "DATE", "2013-12-01"),
            ("10.30am", "TIME", "2013-12-01T10:30"),
            ("the evening", "TIME", "2013-12-01TEV"),
            ("6pm", "TIME", "2013-12-01T18:00"),
            ("Easter", "DATE", "2013-03-31"),
            ("Wednesday", "DATE", "2013-11-27"),
            ("Next week", "DATE", "2013-W49"),
            ("the next 12 months", "DURATION", "P12M"),
            ("Tuesday", "DATE", "2013-12-03"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("January", "DATE", "2014-01"),
            ("Petertide", "DATE", "2014-06-29"),
            ("29 June 2014", "DATE", "2014-06-29"),
            ("2.45pm", "TIME", "2013-11-30T14:45"),
            ("30 days", "DURATION", "P30D"),
        ],
    ),
    # Wednesday 2012-09-26 (ISO week 39), Indian (Kerala) daily's state page, section label,
    # headline, subhead, byline "Staff Reporter", dateline "KOZHIKODE, September 26, 2012" and
    # stamp "Updated: September 26, 2012 00:48 IST" (DATE and TIME, the zone in the span and
    # not in the value, gold_blind79). The first flight leaves "at 4.30 a.m. on Friday"
    # 2012-09-28T04:30 (headline "on Friday" the same day); officials "said here on Tuesday"
    # 2012-09-25; the camp "opened on Monday" 2012-09-24. "a 12-day airlift" and the subhead's
    # "in 12 days" DURATION P12D (28 September-9 October). Recurring hours: "from 6 a.m. to
    # midnight every day" (midnight at the end of its day, T24:00, gold_blind79), flights "at
    # 4.30 a.m. and 2.15 p.m. daily", the help desk "from 10 a.m. to 5 p.m. each day", all
    # XXXX-XX-XXThh:mm with a SET P1D. "24 hours before their flights" PT24H (anchored, the
    # duration alone); "about five hours" PT5H; "about 40 days" P40D; "the first eight days"
    # in Madinah DURATION P8D (an ordinal period of an event, gold_blind35's "The first week");
    # "four consecutive years" P4Y (a cardinal run, gold_blind103); "up to nine hours" PT9H.
    # "This year's pilgrims" -> "This year" 2012; "in April" 2012-04; "since ... in 2008" 2008;
    # "early October" 2012-10; "Last year" 2011. The text dates the holy days: "the day of
    # Arafat ... falls on October 25" (a named day and its date, two DATEs 2012-10-25, like
    # "Dussehra on October 22" in gold_blind79), "Bakrid ... on October 27" 2012-10-27. Not
    # annotated: "the Haj" (an event), "this time" (anaphoric), "the first batch", "3,900",
    # "450", "Boeing 747-400", "86", "70" (ages), "41,300", "five litres", "her husband's
    # death" (an event), "0495-271 1433" (a phone number holding the Hijri year 1433).
    "kozhikode-haj-flights-begin": (
        "2012-09-26",
        [
            ("Friday", "DATE", "2012-09-28"),
            ("12 days", "DURATION", "P12D"),
            ("November 6", "DATE", "2012-11-06"),
            ("September 26, 2012", "DATE", "2012-09-26"),
            ("September 26, 2012", "DATE", "2012-09-26"),
            ("00:48 IST", "TIME", "2012-09-26T00:48"),
            ("4.30 a.m.", "TIME", "2012-09-28T04:30"),
            ("Friday", "DATE", "2012-09-28"),
            ("12-day", "DURATION", "P12D"),
            ("October 9", "DATE", "2012-10-09"),
            ("Tuesday", "DATE", "2012-09-25"),
            ("24 hours", "DURATION", "PT24H"),
            ("Monday", "DATE", "2012-09-24"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("midnight", "TIME", "XXXX-XX-XXT24:00"),
            ("every day", "SET", "P1D"),
            ("4.30 a.m.", "TIME", "XXXX-XX-XXT04:30"),
            ("2.15 p.m.", "TIME", "XXXX-XX-XXT14:15"),
            ("daily", "SET", "P1D"),
            ("about five hours", "DURATION", "PT5H"),
            ("This year", "DATE", "2012"),
            ("April", "DATE", "2012-04"),
            ("2008", "DATE", "2008"),
            ("four consecutive years", "DURATION", "P4Y"),
            ("about 40 days", "DURATION", "P40D"),
            ("the first eight days", "DURATION", "P8D"),
            ("early October", "DATE", "2012-10"),
            ("October 24", "DATE", "2012-10-24"),
            ("the day of Arafat", "DATE", "2012-10-25"),
            ("October 25", "DATE", "2012-10-25"),
            ("Bakrid", "DATE", "2012-10-27"),
            ("October 27", "DATE", "2012-10-27"),
            ("November 6", "DATE", "2012-11-06"),
            ("November 18", "DATE", "2012-11-18"),
            ("Last year", "DATE", "2011"),
            ("up to nine hours", "DURATION", "PT9H"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("each day", "SET", "P1D"),
            ("October 9", "DATE", "2012-10-09"),
        ],
    ),
    # Sunday 2015-06-21 (ISO week 25), Malaysian daily's website, section label, headline,
    # stamp "Sunday, 21 June 2015 | MYT 7:45 AM" (one DATE span with its weekday and a TIME,
    # the zone written before the clock time and kept in the span, not in the value), byline,
    # "SHAH ALAM:" dateline. The text fixes the days: fasting "began on Thursday" 2015-06-18
    # after the moon was sighted "on Wednesday night" 2015-06-17TNI; "Hari Raya Aidilfitri ...
    # expected on July 17" 2015-07-17, so "the eve of Hari Raya Aidilfitri" is one DATE span
    # 2015-07-16 (gold_blind79) beside "July 16"; "Saturday, July 4 (Nuzul Al-Quran)" two
    # DATEs 2015-07-04, and the later "Nuzul Al-Quran is a public holiday" this year's
    # 2015-07-04; "the weekend before Hari Raya" one span, the ISO weekend of its Saturday
    # (11-12 July) 2015-W28-WE (an anchored weekend like "the Wednesday before Thanksgiving",
    # gold_blind57). The councils "agreed on Friday" 2015-06-19. "an hour longer" (headline)
    # and "an hour later" (the size of a shift, gold_blind57) PT1H; "the first three days of
    # the fast" -> "the first three days" DURATION P3D ("the fast" anaphoric, gold_blind79);
    # the trader's "The first week" P1W (an ordinal period of the fast); "22 years" P22Y;
    # "almost 14 hours" PT14H. Recurring hours: "until 8pm" and "from 3pm to 8pm daily" (SET
    # P1D), the trader's habitual "By 6.30pm" and "at 7.15pm", last year's closing "at 7.30pm",
    # tarawih "at 8.45pm every night" (SET XXXX-XX-XXTNI), all XXXX-XX-XXThh:mm. The timetable
    # gives clock times on their rows' days ("Today" 2015-06-21; 4 and 16 July). "twice a
    # week" SET P1W; "Last year" 2014; "this year" 2015; "July 10" and "July 26". Not
    # annotated: "Ramadan bazaars" (headline and lead; a kind of market held every year, like
    # "The Christmas market" in gold_blind57), "the fast", "buka puasa", "imsak" (the names of
    # fixed moments of the fast, not time expressions), "the new moon", "Section 13", "420
    # stalls", "58", "41 traders", "RM200", "RM6", "RM1.50", "310", "five other states",
    # "ramadan1436" in the URL and "03-5519 1436" (the Hijri year 1436), "late".
    "selangor-ramadan-bazaar-hours": (
        "2015-06-21",
        [
            ("an hour", "DURATION", "PT1H"),
            ("tomorrow", "DATE", "2015-06-22"),
            ("Sunday, 21 June 2015", "DATE", "2015-06-21"),
            ("MYT 7:45 AM", "TIME", "2015-06-21T07:45"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("tomorrow", "DATE", "2015-06-22"),
            ("an hour", "DURATION", "PT1H"),
            ("the first three days", "DURATION", "P3D"),
            ("Friday", "DATE", "2015-06-19"),
            ("3pm", "TIME", "XXXX-XX-XXT15:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("July 16", "DATE", "2015-07-16"),
            ("the eve of Hari Raya Aidilfitri", "DATE", "2015-07-16"),
            ("July 17", "DATE", "2015-07-17"),
            ("Thursday", "DATE", "2015-06-18"),
            ("Wednesday night", "TIME", "2015-06-17TNI"),
            ("22 years", "DURATION", "P22Y"),
            ("The first week", "DURATION", "P1W"),
            ("6.30pm", "TIME", "XXXX-XX-XXT18:30"),
            ("7.15pm", "TIME", "XXXX-XX-XXT19:15"),
            ("Last year", "DATE", "2014"),
            ("7.30pm", "TIME", "XXXX-XX-XXT19:30"),
            ("twice a week", "SET", "P1W"),
            ("almost 14 hours", "DURATION", "PT14H"),
            ("this year", "DATE", "2015"),
            ("Today", "DATE", "2015-06-21"),
            ("5.34am", "TIME", "2015-06-21T05:34"),
            ("7.27pm", "TIME", "2015-06-21T19:27"),
            ("Saturday, July 4", "DATE", "2015-07-04"),
            ("Nuzul Al-Quran", "DATE", "2015-07-04"),
            ("5.37am", "TIME", "2015-07-04T05:37"),
            ("7.30pm", "TIME", "2015-07-04T19:30"),
            ("Thursday, July 16", "DATE", "2015-07-16"),
            ("5.40am", "TIME", "2015-07-16T05:40"),
            ("7.31pm", "TIME", "2015-07-16T19:31"),
            ("Nuzul Al-Quran", "DATE", "2015-07-04"),
            ("the weekend before Hari Raya", "DATE", "2015-W28-WE"),
            ("July 10", "DATE", "2015-07-10"),
            ("July 26", "DATE", "2015-07-26"),
            ("8.45pm", "TIME", "XXXX-XX-XXT20:45"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
        ],
    ),
    # Thursday 2012-10-11 (ISO week 41), US paper's faith page, section label, headline,
    # subhead, date line "Thursday, October 11, 2012", byline, "HOLLISBURG, Wis. —" dateline.
    # The anniversary weekend is "this weekend" / "This weekend" 2012-W41-WE (13-14 October):
    # the banquet "Saturday at 6 p.m." 2012-10-13T18:00, the service "at 10:30 a.m. Sunday"
    # 2012-10-14T10:30, "this Sunday" and the book "on sale Sunday" the same day; "by Friday"
    # 2012-10-12. "Sunday, March 20, 1887" one DATE span (a Sunday, checked). "Reformation
    # Sunday 1914" one DATE span like "Christmas Eve 1978" (gold_blind10): Reformation Sunday
    # is the last Sunday of October, in 1914 the 25th (31 October 1914 was a Saturday);
    # "Oct. 28, Reformation Sunday" two DATEs 2012-10-28 (the last Sunday of October 2012).
    # "marks 125 years" (headline) DURATION P125Y, how long the church has stood; "its 125th
    # anniversary" is not annotated (an anniversary, gold_blind8, gold_blind29). "Today the
    # congregation has" PRESENT_REF ("Today" meaning nowadays, not the day of the paper). The
    # services "every Sunday, at 8 a.m. and 10:30 a.m." SET XXXX-WXX-7 and two TIMEs
    # XXXX-XX-XXThh:mm. "its 1958 pipe organ" DATE 1958 (an adjectival year like "the Supreme
    # Court's 1987 ruling", gold_blind35); "the 1950s" 195; "Next year" 2013; "the past year"
    # P1Y; "for two years" P2Y; "almost two hours" PT2H; "three years" P3Y; "about four
    # months" P4M. Not annotated: "1887 Church St." (an address) and "920-555-1887" (a phone
    # number), "No. 229" (a hymn number), "the centennial" (an anniversary; its "1987" is),
    # "fourteen", "$3.40", "47", "101" (ages), "412 members", "about 900", "the third pew",
    # "160-page", "$20", "$15", "$180,000", "the early service", "a potluck dinner".
    "hollisburg-trinity-lutheran-125-years": (
        "2012-10-11",
        [
            ("125 years", "DURATION", "P125Y"),
            ("this weekend", "DATE", "2012-W41-WE"),
            ("1887", "DATE", "1887"),
            ("Saturday", "DATE", "2012-10-13"),
            ("Sunday", "DATE", "2012-10-14"),
            ("Thursday, October 11, 2012", "DATE", "2012-10-11"),
            ("Sunday, March 20, 1887", "DATE", "1887-03-20"),
            ("almost two hours", "DURATION", "PT2H"),
            ("This weekend", "DATE", "2012-W41-WE"),
            ("Saturday", "DATE", "2012-10-13"),
            ("6 p.m.", "TIME", "2012-10-13T18:00"),
            ("10:30 a.m.", "TIME", "2012-10-14T10:30"),
            ("Sunday", "DATE", "2012-10-14"),
            ("two years", "DURATION", "P2Y"),
            ("2004", "DATE", "2004"),
            ("Sunday", "DATE", "2012-10-14"),
            ("1887", "DATE", "1887"),
            ("three years", "DURATION", "P3Y"),
            ("1890", "DATE", "1890"),
            ("Reformation Sunday 1914", "DATE", "1914-10-25"),
            ("the 1950s", "DATE", "195"),
            ("1941", "DATE", "1941"),
            ("Today", "DATE", "PRESENT_REF"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("10:30 a.m.", "TIME", "XXXX-XX-XXT10:30"),
            ("this Sunday", "DATE", "2012-10-14"),
            ("1911", "DATE", "1911"),
            ("1987", "DATE", "1987"),
            ("Saturday", "DATE", "2012-10-13"),
            ("the past year", "DURATION", "P1Y"),
            ("Sunday", "DATE", "2012-10-14"),
            ("Friday", "DATE", "2012-10-12"),
            ("Oct. 28", "DATE", "2012-10-28"),
            ("Reformation Sunday", "DATE", "2012-10-28"),
            ("3 p.m.", "TIME", "2012-10-28T15:00"),
            ("Next year", "DATE", "2013"),
            ("1958", "DATE", "1958"),
            ("about four months", "DURATION", "P4M"),
        ],
    ),
    # Tuesday 2013-11-26 (ISO week 48), US community paper's website, headline, stamp
    # "Posted: Tuesday, November 26, 2013 6:00 am | Updated: 9:42 am, Tue Nov 26, 2013." (two
    # DATEs and two TIMEs), byline, no dateline. Thanksgiving 2013 is the fourth Thursday of
    # November, 2013-11-28; Hanukkah 5774 begins at sundown on Wednesday 27 November, so "the
    # first full day of Hanukkah" (one span, like "the first day of Ramadan", gold_blind57) is
    # 2013-11-28, and the box's "Hanukkah ends at nightfall Thursday, Dec. 5": "Hanukkah" names
    # the festival of 27 November-5 December 2013, a period crossing a month end, DATE 2013
    # (gold_blind79's rule). The headline's coined "Thanksgivukkah" names the coinciding day,
    # DATE 2013-11-28, like "Super Saturday" (gold_blind57). "Wednesday evening, the eve of
    # Thanksgiving" TIME 2013-11-27TEV and DATE 2013-11-27; "7 p.m." and the shuttle "from 6:15
    # p.m." that evening. The pantry "closed Thursday" 2013-11-28, "reopen Friday at 9 a.m."
    # 2013-11-29; "Black Friday" 2013-11-29 (gold_blind38); the director "said Monday"
    # 2013-11-25 (past); the dinner "Saturday at 5:30 p.m." 2013-11-30. "in October ... from a
    # year earlier" 2013-10 and 2012-10 (the granularity of what it is compared with,
    # gold_blind35). "the late 19th century" DATE 18; "every year since 1998" SET P1Y and 1998;
    # "Last year's" -> "Last year" 2012; "for 15 years" P15Y; "about 90 minutes" PT90M; "every
    # 10 minutes" SET PT10M; "nightly at sundown" SET XXXX-XX-XXTNI and TIME XXXX-XX-XXTEV (like
    # the daily iftar "at sunset", gold_blind79); "nightfall" TNI on its day (gold_blind79). Not
    # annotated: "the first Hanukkah candle" (a kind of object, gold_blind79), "the Thanksgiving
    # hymn" and "a joint Thanksgiving Eve service every year" (kinds, not this year's day),
    # "The two holidays won't line up like this again in our lifetimes" (generic), "For the
    # first time", "2013 Orchard Road" (an address in a 2013 story), "No. 336" (a hymn
    # number), "Route 31", "38" (an age), "600", "800", "200 folding chairs", "1,140", "18
    # percent", "150 people", "the coincidence".
    "fenwick-falls-thanksgivukkah-interfaith": (
        "2013-11-26",
        [
            ("Thanksgivukkah", "DATE", "2013-11-28"),
            ("Tuesday, November 26, 2013", "DATE", "2013-11-26"),
            ("6:00 am", "TIME", "2013-11-26T06:00"),
            ("9:42 am", "TIME", "2013-11-26T09:42"),
            ("Tue Nov 26, 2013", "DATE", "2013-11-26"),
            ("the late 19th century", "DATE", "18"),
            ("the first full day of Hanukkah", "DATE", "2013-11-28"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("Wednesday evening", "TIME", "2013-11-27TEV"),
            ("the eve of Thanksgiving", "DATE", "2013-11-27"),
            ("7 p.m.", "TIME", "2013-11-27T19:00"),
            ("August", "DATE", "2013-08"),
            ("every year", "SET", "P1Y"),
            ("1998", "DATE", "1998"),
            ("Last year", "DATE", "2012"),
            ("this year", "DATE", "2013"),
            ("Thursday", "DATE", "2013-11-28"),
            ("Friday", "DATE", "2013-11-29"),
            ("9 a.m.", "TIME", "2013-11-29T09:00"),
            ("October", "DATE", "2013-10"),
            ("a year earlier", "DATE", "2012-10"),
            ("Monday", "DATE", "2013-11-25"),
            ("Black Friday", "DATE", "2013-11-29"),
            ("15 years", "DURATION", "P15Y"),
            ("Saturday", "DATE", "2013-11-30"),
            ("5:30 p.m.", "TIME", "2013-11-30T17:30"),
            ("about 90 minutes", "DURATION", "PT90M"),
            ("every 10 minutes", "SET", "PT10M"),
            ("6:15 p.m.", "TIME", "2013-11-27T18:15"),
            ("Wednesday, Nov. 27", "DATE", "2013-11-27"),
            ("7 p.m.", "TIME", "2013-11-27T19:00"),
            ("Sunday, Dec. 1", "DATE", "2013-12-01"),
            ("4 p.m.", "TIME", "2013-12-01T16:00"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("sundown", "TIME", "XXXX-XX-XXTEV"),
            ("Dec. 4", "DATE", "2013-12-04"),
            ("Hanukkah", "DATE", "2013"),
            ("nightfall", "TIME", "2013-12-05TNI"),
            ("Thursday, Dec. 5", "DATE", "2013-12-05"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
