"""Annotations of the eighty-seventh blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind87/annotate.py [--show]

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
    # Monday 2013-04-15 (ISO week 16), a Spanish agency's English wire, dateline "Puerto Albar
    # (Spain), Apr 15 (AIN).-" (the publication day). The assembly voted "on Sunday", 2013-04-14
    # (past), at "18h30 local time (16h30 GMT)" that day (Spain on summer time, UTC+2): two
    # TIMEX3, the zone in the span and not in the value. "since the past 12 January" is the
    # Spanish "desde el pasado 12 de enero": one span with its calqued determiner, the most
    # recent 12 January, 2013-01-12 ("since" a signal). "this Thursday" ("este jueves") is the
    # Thursday of the current week, 2013-04-18 (future, "will leave"); "this Monday" ("este
    # lunes") the publication day itself. "since two years" ("desde hace dos años") means "for
    # two years": "two years" DURATION P2Y. "last Friday" 2013-04-12; the ruling "dated
    # 11/04/2013" is day first, Thursday 11 April. "the month of March" 2013-03 (past, one span
    # with its head like "the year 2000"); "the current year" ("el año en curso") 2013. "a
    # ten-day period" DURATION on the adjective; "the next days" ("los próximos días") a vague
    # duration PXD like "the coming days" (gold_blind18). "a fortnight ago" at week
    # granularity: 2013-04-01, ISO week 14 (gold_blind11). "the lowest level in more than two
    # decades" the period of a superlative, P20Y. "During the last weeks" ("durante las últimas
    # semanas") -> "the last weeks" DURATION PXW, like "The last few years" PXY (gold_blind9;
    # see README). "the 30th of this month" 2013-04-30. The guild's office hours "daily from 9h
    # to 14h" recur: SET P1D and two TIMEX3 on no particular day. "starting tomorrow" 2013-04-16.
    # The football win "on Sunday" is the same Sunday, 2013-04-14. Traps: "Decree 41/2013",
    # "ordinance 3/2013", "11/04/2013" is annotated but "2013" alone never is; "9.400 to 6.250
    # tonnes", "19.288,75 euros", "212 votes to 37", "11370" (postcode), "956 41 20 13"
    # (phone), "2-1", "by a third", "64", "140".
    "puerto-albar-fishermen-end-strike": (
        "2013-04-15",
        [
            ("Apr 15", "DATE", "2013-04-15"),
            ("Sunday", "DATE", "2013-04-14"),
            ("the past 12 January", "DATE", "2013-01-12"),
            ("18h30 local time", "TIME", "2013-04-14T18:30"),
            ("16h30 GMT", "TIME", "2013-04-14T16:30"),
            ("this Thursday", "DATE", "2013-04-18"),
            ("this Monday", "DATE", "2013-04-15"),
            ("Three months", "DURATION", "P3M"),
            ("two years", "DURATION", "P2Y"),
            ("last Friday", "DATE", "2013-04-12"),
            ("the month of March", "DATE", "2013-03"),
            ("the current year", "DATE", "2013"),
            ("11/04/2013", "DATE", "2013-04-11"),
            ("ten-day", "DURATION", "P10D"),
            ("the next days", "DURATION", "PXD"),
            ("this morning", "TIME", "2013-04-15TMO"),
            ("a fortnight ago", "DATE", "2013-W14"),
            ("more than two decades", "DURATION", "P20Y"),
            ("2012", "DATE", "2012"),
            ("a year earlier", "DATE", "2011"),
            ("the 1990s", "DATE", "199"),
            ("almost every month", "SET", "P1M"),
            ("2008", "DATE", "2008"),
            ("the last weeks", "DURATION", "PXW"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("the 30th of this month", "DATE", "2013-04-30"),
            ("daily", "SET", "P1D"),
            ("9h", "TIME", "XXXX-XX-XXT09:00"),
            ("14h", "TIME", "XXXX-XX-XXT14:00"),
            ("tomorrow", "DATE", "2013-04-16"),
            ("the summer of 2009", "DATE", "2009-SU"),
            ("23 days", "DURATION", "P23D"),
            ("Sunday", "DATE", "2013-04-14"),
        ],
    ),
    # Friday 2012-10-19 (ISO week 42), an Italian paper's English edition, byline and date
    # line "Friday 19 October 2012", "TRENTALBA -" dateline. "next Monday" (headline) and "next
    # Monday 22 October" (one span with its date, like "Sunday, June 27" in gold_blind28) are
    # 2012-10-22, as is the bare "Monday" of the first train, "at 6.12" that day (Italian dotted
    # 24-hour clock). "since last 12 March" ("dallo scorso 12 marzo") -> "last 12 March", the
    # most recent 12 March, 2012-03-12, and the landslide "at 5.40" that morning; "Two days
    # later" on that narrative date, 2012-03-14. "announced yesterday" 2012-10-18; tests "on
    # Wednesday" 2012-10-17 (past); "this afternoon" the publication day. "within the end of
    # the month" ("entro la fine del mese") -> "the end of the month" 2012-10, "within" a
    # signal. "In the month of August" 2012-08 (past); "the spring of 2013" one span. "little
    # more than seven months" P7M, the modifier kept; "the nine months foreseen" -> "nine
    # months". "40 minutes longer" the size of a difference, PT40M (gold_blind28). The student's
    # habit "at a quarter to six every morning": TIME on no particular day (like "About a
    # quarter to twelve" in gold_blind30) and a SET. "last 5 October" 2012-10-05; "the current
    # year" ("l'anno in corso") 2012; "the first half of next year" one span 2013-H1; "until the
    # end of the year" 2012. The free trips "on Sunday 28 October" from "10 a.m. to noon" that
    # day. Traps: "3,7 million euros", "12,4 million euros", "3,20 euros", "1.800 commuters",
    # "612.000 passengers", "31 votes in favour and 4 against", "the Sunday Ledger" (a paper),
    # "may occur" (verb), "0465 301 912", "80 metres", "19", "the ten most beautiful".
    "val-serena-railway-reopens": (
        "2012-10-19",
        [
            ("next Monday", "DATE", "2012-10-22"),
            ("seven months", "DURATION", "P7M"),
            ("Friday 19 October 2012", "DATE", "2012-10-19"),
            ("last 12 March", "DATE", "2012-03-12"),
            ("next Monday 22 October", "DATE", "2012-10-22"),
            ("yesterday", "DATE", "2012-10-18"),
            ("5.40", "TIME", "2012-03-12T05:40"),
            ("a week", "DURATION", "P1W"),
            ("Two days later", "DATE", "2012-03-14"),
            ("6.12", "TIME", "2012-10-22T06:12"),
            ("Monday", "DATE", "2012-10-22"),
            ("every hour", "SET", "PT1H"),
            ("the end of the month", "DATE", "2012-10"),
            ("Wednesday", "DATE", "2012-10-17"),
            ("this afternoon", "TIME", "2012-10-19TAF"),
            ("the month of August", "DATE", "2012-08"),
            ("eleven days", "DURATION", "P11D"),
            ("the spring of 2013", "DATE", "2013-SP"),
            ("little more than seven months", "DURATION", "P7M"),
            ("nine months", "DURATION", "P9M"),
            ("every day", "SET", "P1D"),
            ("40 minutes", "DURATION", "PT40M"),
            ("seven months", "DURATION", "P7M"),
            ("a quarter to six", "TIME", "XXXX-XX-XXT05:45"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("last 5 October", "DATE", "2012-10-05"),
            ("the current year", "DATE", "2012"),
            ("the first half of next year", "DATE", "2013-H1"),
            ("2010", "DATE", "2010"),
            ("the end of the year", "DATE", "2012"),
            ("1911", "DATE", "1911"),
            ("the 1960s", "DATE", "196"),
            ("2011", "DATE", "2011"),
            ("a year earlier", "DATE", "2010"),
            ("annually", "SET", "P1Y"),
            ("the first week", "DURATION", "P1W"),
            ("Sunday 28 October", "DATE", "2012-10-28"),
            ("10 a.m.", "TIME", "2012-10-28T10:00"),
            ("noon", "TIME", "2012-10-28T12:00"),
        ],
    ),
    # Wednesday 2014-03-12 (ISO week 11), a German broadcaster's English website, headline,
    # summary, header "Date 12.03.2014 | Author ..." (day.month.year, like "10.02.2015" in
    # gold_blind36). "since two decades" ("seit zwei Jahrzehnten") -> "two decades" P20Y and
    # "Since more than two years" -> "more than two years" P2Y: the German "seit" with a
    # duration means "for". The court "ruled on Tuesday" 2014-03-11, the march "on Tuesday
    # evening" that day; the company "warned on Monday evening" 2014-03-10TEV; parliament
    # debates "on Thursday" 2014-03-13 (future). The night ban "between 23:00 and 05:00" and the
    # compromise slot "between 05:00 and 06:00" are hours on no particular day (gold_blind28's
    # curfew); "from 30.10.2011" and "From 01.04.2014" day first. "every Monday evening" SET
    # XXXX-WXX-1TEV (gold_blind2). "the next months" ("in den nächsten Monaten") PXM, like "the
    # next several months" (gold_blind35). "in 2013 from a year earlier" 2012; "the fourth
    # quarter of 2013" one span. "last week" 2014-W10; "the present week" ("noch in dieser
    # Woche") the current week 2014-W11. "late last year" 2013; "Earlier this month" 2014-03;
    # "recently" PAST_REF; "the 2000s" 200; "mid-2015" 2015; "this year" 2014; "the coming
    # days" PXD; "several years" PXY. Traps: "file 4 C 12.13" (a case number ending in the
    # year 2013), "65439" (postcode), "400 of its 3,100 jobs", "17 flights", "30 percent", "85
    # million euros", "67", "300", "a torchlight march" (the noun).
    "haldenau-night-flight-ban-ruling": (
        "2014-03-12",
        [
            ("two decades", "DURATION", "P20Y"),
            ("12.03.2014", "DATE", "2014-03-12"),
            ("Tuesday", "DATE", "2014-03-11"),
            ("23:00", "TIME", "XXXX-XX-XXT23:00"),
            ("05:00", "TIME", "XXXX-XX-XXT05:00"),
            ("30.10.2011", "DATE", "2011-10-30"),
            ("more than two years", "DURATION", "P2Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("every Monday evening", "SET", "XXXX-WXX-1TEV"),
            ("2009", "DATE", "2009"),
            ("Tuesday evening", "TIME", "2014-03-11TEV"),
            ("Monday evening", "TIME", "2014-03-10TEV"),
            ("the next months", "DURATION", "PXM"),
            ("2013", "DATE", "2013"),
            ("a year earlier", "DATE", "2012"),
            ("the fourth quarter of 2013", "DATE", "2013-Q4"),
            ("last week", "DATE", "2014-W10"),
            ("Thursday", "DATE", "2014-03-13"),
            ("the present week", "DATE", "2014-W11"),
            ("late last year", "DATE", "2013"),
            ("05:00", "TIME", "XXXX-XX-XXT05:00"),
            ("06:00", "TIME", "XXXX-XX-XXT06:00"),
            ("Earlier this month", "DATE", "2014-03"),
            ("recently", "DATE", "PAST_REF"),
            ("the 1970s", "DATE", "197"),
            ("1994", "DATE", "1994"),
            ("the 2000s", "DATE", "200"),
            ("01.04.2014", "DATE", "2014-04-01"),
            ("mid-2015", "DATE", "2015"),
            ("this year", "DATE", "2014"),
            ("five years", "DURATION", "P5Y"),
            ("the coming days", "DURATION", "PXD"),
            ("several years", "DURATION", "PXY"),
        ],
    ),
    # Tuesday 2014-02-25 (ISO week 9), a French regional paper's story in translation, headline
    # and web stamps "Published on 25/02/2014 at 06h12 | Updated on 25/02/2014 at 09h40" (day
    # first; the "h" clocks TIME on that day). "next Monday 3 March" ("lundi 3 mars prochain",
    # headline and lead) one span 2014-03-03, the reopening "at 7h" that day; "From next Monday"
    # the same day. "this Thursday" ("ce jeudi") in a Tuesday story is two days later,
    # 2014-02-27, and the inauguration "at 18h30" that evening. "A fortnight ago" ("il y a
    # quinze jours") 2014-02-11, ISO week 7, which also holds "the storm of the 10th of this
    # month" (2014-02-10, one span). "On Saturday evening" 2014-02-22TEV and "said ... on
    # Sunday" 2014-02-23 (past). "last 7 October" ("le 7 octobre dernier") the most recent one,
    # 2013-10-07; "3 September 2012" + "eighteen months" = 3 March 2014. "a year of delay" ->
    # "a year" P1Y. "In recent years" PAST_REF. The hall's hours "every morning from 7h to 13h"
    # are a SET and two times on no particular day; "every Friday" XXXX-WXX-5; "Sunday
    # mornings" SET XXXX-WXX-7TMO; "the summer" ahead 2014-SU; "the first week" of the
    # reopened hall P1W (gold_blind35); "the second half of the year" 2014-H2; "next month"
    # 2014-03 (the municipal elections); "more than a century" P100Y. Traps: "19 votes against
    # 8", "2,34 million euros", "12,50 euros", "12%", "from 25 to 18", "the eighteen traders",
    # "56410" (postcode), "02.97.41.20.13" (phone with dots, holding "20.13"), "61".
    "plouvenec-covered-market-reopens": (
        "2014-02-25",
        [
            ("next Monday 3 March", "DATE", "2014-03-03"),
            ("25/02/2014", "DATE", "2014-02-25"),
            ("06h12", "TIME", "2014-02-25T06:12"),
            ("25/02/2014", "DATE", "2014-02-25"),
            ("09h40", "TIME", "2014-02-25T09:40"),
            ("eighteen months", "DURATION", "P18M"),
            ("next Monday 3 March", "DATE", "2014-03-03"),
            ("7h", "TIME", "2014-03-03T07:00"),
            ("this Thursday", "DATE", "2014-02-27"),
            ("18h30", "TIME", "2014-02-27T18:30"),
            ("A fortnight ago", "DATE", "2014-W07"),
            ("the 10th of this month", "DATE", "2014-02-10"),
            ("nine days", "DURATION", "P9D"),
            ("Saturday evening", "TIME", "2014-02-22TEV"),
            ("Sunday", "DATE", "2014-02-23"),
            ("last 7 October", "DATE", "2013-10-07"),
            ("3 September 2012", "DATE", "2012-09-03"),
            ("a year", "DURATION", "P1Y"),
            ("1898", "DATE", "1898"),
            ("the 1980s", "DATE", "198"),
            ("1962", "DATE", "1962"),
            ("recent years", "DATE", "PAST_REF"),
            ("next Monday", "DATE", "2014-03-03"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("7h", "TIME", "XXXX-XX-XXT07:00"),
            ("13h", "TIME", "XXXX-XX-XXT13:00"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("the summer", "DATE", "2014-SU"),
            ("Sunday mornings", "SET", "XXXX-WXX-7TMO"),
            ("the first week", "DURATION", "P1W"),
            ("the second half of the year", "DATE", "2014-H2"),
            ("2001", "DATE", "2001"),
            ("next month", "DATE", "2014-03"),
            ("more than a century", "DURATION", "P100Y"),
        ],
    ),
    # Thursday 2013-11-14 (ISO week 46), a Brazilian business paper's English brief, dateline
    # "São Paulo, 14/11/2013 -" (day first). "trimester" and "semester" are the Portuguese
    # "trimestre" (quarter) and "semestre" (half year); the company's year is the calendar
    # year (not described otherwise): "the third trimester" (headline and lead) 2013-Q3, "the
    # first semester" 2013-H1, "the fourth trimester" 2013-Q4. "the same period of the last
    # year" ("o mesmo período do ano passado") one span 2012-Q3, like "the same period last
    # year" (gold_blind22, gold_blind31); "closed the last year ... after a profit ... in 2011"
    # is the calendar year 2012, a DATE. "informed on Wednesday night" 2013-11-13TNI; "this
    # Thursday" ("nesta quinta-feira") in a Thursday story is the publication day, with the
    # call "at 11h Brasília time (13h GMT)" (Brazil on summer time, UTC-2), two TIMEX3.
    # "since two years" -> "two years" P2Y. "concluded on day 8" ("no dia 8") 2013-11-08,
    # "announced on day 3 of June" 2013-06-03, "on the day 20" ("no dia 20", future "will
    # meet") 2013-11-20: days of the month named with "day", spans without "on". "the current
    # year" 2013; "last month" 2013-10; "January" ahead 2014-01; "the coming months" PXM;
    # "In October ... from a year earlier" 2013-10 and 2012-10; "twice a year" and "every
    # year" SET P1Y; "late last year" 2012; "mid-2014" 2014; "yesterday" 2013-11-13; "since
    # the beginning of the year" -> "the beginning of the year" 2013, like "the start of the
    # year" (gold_blind30). Traps: "CRAG3" (ticker), "R$ 46,2 million" and the other amounts
    # with decimal commas, "R$ 0,42 per share", "R$ 17,85", "4,7%", "Law 4.812/2013", "(GO)",
    # "900.000 tonnes", "18%", "9%", "22%".
    "cerrado-agro-third-trimester-profit": (
        "2013-11-14",
        [
            ("the third trimester", "DATE", "2013-Q3"),
            ("14/11/2013", "DATE", "2013-11-14"),
            ("the third trimester", "DATE", "2013-Q3"),
            ("the same period of the last year", "DATE", "2012-Q3"),
            ("Wednesday night", "TIME", "2013-11-13TNI"),
            ("September", "DATE", "2013-09"),
            ("the first semester", "DATE", "2013-H1"),
            ("the last year", "DATE", "2012"),
            ("2011", "DATE", "2011"),
            ("this Thursday", "DATE", "2013-11-14"),
            ("11h Brasília time", "TIME", "2013-11-14T11:00"),
            ("13h GMT", "TIME", "2013-11-14T13:00"),
            ("two years", "DURATION", "P2Y"),
            ("the current year", "DATE", "2013"),
            ("day 8", "DATE", "2013-11-08"),
            ("day 3 of June", "DATE", "2013-06-03"),
            ("last month", "DATE", "2013-10"),
            ("the fourth trimester", "DATE", "2013-Q4"),
            ("January", "DATE", "2014-01"),
            ("the coming months", "DURATION", "PXM"),
            ("October", "DATE", "2013-10"),
            ("a year earlier", "DATE", "2012-10"),
            ("the day 20", "DATE", "2013-11-20"),
            ("1987", "DATE", "1987"),
            ("twice a year", "SET", "P1Y"),
            ("every year", "SET", "P1Y"),
            ("2004", "DATE", "2004"),
            ("late last year", "DATE", "2012"),
            ("mid-2014", "DATE", "2014"),
            ("yesterday", "DATE", "2013-11-13"),
            ("the beginning of the year", "DATE", "2013"),
        ],
    ),
    # Saturday 2015-07-04 (ISO week 27), an Indonesian outlet's English news, headline, stamp
    # "Saturday, 4 July 2015 14:27 WIB" (Western Indonesia Time, in the span, not the value),
    # dateline "Pangkalan Jaya, West Java (Warta News) -". The Indonesian press writes a
    # weekday with its day/month in brackets: "next Wednesday (8/7)" -> "next Wednesday" and
    # "8/7" both 2015-07-08 (headline "next Wednesday" too); "said here on Friday (3/7)" ->
    # "Friday" and "3/7" both 2015-07-03 ("here" left out, gold_blind31); see README. "In
    # recent weeks" PAST_REF. The opening hours "daily from 06.00 to 18.00 WIB" are a SET and
    # two times on no particular day; "until 26 July" 2015-07-26; "the first three days" P3D;
    # "from the end of August" 2015-08. "on the 15th of this month" 2015-07-15, "two days
    # before Idul Fitri" P2D (anchored), "Idul Fitri" on the day the text gives, "Friday 17
    # July" (one span), 2015-07-17. "a year earlier" the homecoming of 2014; "Last year" 2014;
    # "next week" 2015-W28; "from Tuesday night" 2015-07-07TNI (future); "every six hours" SET
    # PT6H. "since two years" ("sudah dua tahun") -> "two years" P2Y. "the 1990s" 199; "more
    # than six hours", "less than three hours" and "90 minutes" durations; "now" PRESENT_REF;
    # "mid-2013" 2013; "almost a year" P1Y; "dated 22/06/2015" day first; "the first quarter of
    # 2016" one span; "the current year" 2015. Traps: "km 62", "Rp21.500", "Rp4.7 trillion",
    # "2.3 million", "28-kilometre", "14 kilometres", "1,500 workers", "24 command posts",
    # "Ministerial Regulation No. 27/2015", the hotline "021-8790 2015", "42", "day and night"
    # (idiom), "the homecoming period" (no dates of its own).
    "pangkalan-cisarua-toll-section-opens": (
        "2015-07-04",
        [
            ("next Wednesday", "DATE", "2015-07-08"),
            ("Saturday, 4 July 2015", "DATE", "2015-07-04"),
            ("14:27 WIB", "TIME", "2015-07-04T14:27"),
            ("next Wednesday", "DATE", "2015-07-08"),
            ("8/7", "DATE", "2015-07-08"),
            ("Friday", "DATE", "2015-07-03"),
            ("3/7", "DATE", "2015-07-03"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("daily", "SET", "P1D"),
            ("06.00", "TIME", "XXXX-XX-XXT06:00"),
            ("18.00 WIB", "TIME", "XXXX-XX-XXT18:00"),
            ("26 July", "DATE", "2015-07-26"),
            ("the first three days", "DURATION", "P3D"),
            ("the end of August", "DATE", "2015-08"),
            ("the 15th of this month", "DATE", "2015-07-15"),
            ("two days", "DURATION", "P2D"),
            ("Idul Fitri", "DATE", "2015-07-17"),
            ("Friday 17 July", "DATE", "2015-07-17"),
            ("a year earlier", "DATE", "2014"),
            ("Last year", "DATE", "2014"),
            ("next week", "DATE", "2015-W28"),
            ("Tuesday night", "TIME", "2015-07-07TNI"),
            ("every six hours", "SET", "PT6H"),
            ("two years", "DURATION", "P2Y"),
            ("every week", "SET", "P1W"),
            ("the 1990s", "DATE", "199"),
            ("more than six hours", "DURATION", "PT6H"),
            ("now", "DATE", "PRESENT_REF"),
            ("less than three hours", "DURATION", "PT3H"),
            ("90 minutes", "DURATION", "PT90M"),
            ("mid-2013", "DATE", "2013"),
            ("almost a year", "DURATION", "P1Y"),
            ("22/06/2015", "DATE", "2015-06-22"),
            ("the first quarter of 2016", "DATE", "2016-Q1"),
            ("the current year", "DATE", "2015"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
