"""Annotations of the four-hundred-and-eighty-second blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind482/annotate.py [--show]

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
    # Monday 1989-11-27 (ISO week 48), AP election-night follow-up from an invented country,
    # slug "AM-Velmaria-Election, 3rd Ld-Writethru", headline ("Since 1946"), byline, AP date
    # line "Monday, Nov. 27, 1989" (one DATE span, gold_blind35), "DRAVIK, Velmaria (AP) _"
    # dateline. The vote was Sunday 1989-11-26 ("Sunday's parliamentary election", "9 p.m.
    # Sunday", "the voting Sunday", the box's "Sunday's election"); the count came "shortly
    # after 4 a.m." today (the approximator kept, gold_blind103) after work "through the night"
    # -> "the night" 1989-11-26TNI; "early today" one DATE span (gold_blind32); the quoted
    # "last night", said this morning, is Sunday night 1989-11-26TNI (gold_blind35). Past
    # weekday: the prime minister "said Saturday" 1989-11-25. Future: results "due Wednesday"
    # 1989-11-29, talks "begin Thursday" 1989-11-30, "Dec. 10", "by Dec. 20". "in 43 years" is
    # the period of a "first in", DURATION P43Y (gold_blind35); "Forty-three years" P43Y;
    # "within 100 days" -> "100 days" P100D; "18 months" P18M; "the early 1980s" 198. Months
    # without a year to the nearest past one: "Sept. 22" 1989-09-22, "September" 1989-09,
    # "mid-October" 1989-10, "October" 1989-10, "Nov. 9" 1989-11-09; "this month" 1989-11;
    # "early next year" 1990; "last year" 1988; "the third quarter" the last calendar quarter
    # reported, 1989-Q3 (a country's quarters, gold_blind35). The box's source line "4:10 a.m.
    # Monday" is a TIME and a DATE of the publication day. Not annotated: "Forum 89" (four
    # times, a name holding a year, like "Local 1990" in gold_blind35), "from the year in which
    # it was born" (anaphoric), "3rd Ld", "Article 3", "31 districts", "240-seat", "50,000",
    # "200,000", "12 countries", "44" (an age), "4 percent", "31 percent", the box's
    # percentages and seat counts, "96 percent".
    "velmaria-first-free-election": (
        "1989-11-27",
        [
            ("1946", "DATE", "1946"),
            ("Monday, Nov. 27, 1989", "DATE", "1989-11-27"),
            ("Sunday", "DATE", "1989-11-26"),
            ("43 years", "DURATION", "P43Y"),
            ("early today", "DATE", "1989-11-27"),
            ("shortly after 4 a.m.", "TIME", "1989-11-27T04:00"),
            ("the night", "TIME", "1989-11-26TNI"),
            ("9 p.m.", "TIME", "1989-11-26T21:00"),
            ("Sunday", "DATE", "1989-11-26"),
            ("Wednesday", "DATE", "1989-11-29"),
            ("Dec. 10", "DATE", "1989-12-10"),
            ("Forty-three years", "DURATION", "P43Y"),
            ("last night", "TIME", "1989-11-26TNI"),
            ("this morning", "TIME", "1989-11-27TMO"),
            ("18 months", "DURATION", "P18M"),
            ("the early 1980s", "DATE", "198"),
            ("Sept. 22", "DATE", "1989-09-22"),
            ("September", "DATE", "1989-09"),
            ("mid-October", "DATE", "1989-10"),
            ("October", "DATE", "1989-10"),
            ("1946", "DATE", "1946"),
            ("this month", "DATE", "1989-11"),
            ("May 1946", "DATE", "1946-05"),
            ("Saturday", "DATE", "1989-11-25"),
            ("today", "DATE", "1989-11-27"),
            ("Thursday", "DATE", "1989-11-30"),
            ("100 days", "DURATION", "P100D"),
            ("Dec. 20", "DATE", "1989-12-20"),
            ("early next year", "DATE", "1990"),
            ("Sunday", "DATE", "1989-11-26"),
            ("Nov. 9", "DATE", "1989-11-09"),
            ("last year", "DATE", "1988"),
            ("the third quarter", "DATE", "1989-Q3"),
            ("Sunday", "DATE", "1989-11-26"),
            ("4:10 a.m.", "TIME", "1989-11-27T04:10"),
            ("Monday", "DATE", "1989-11-27"),
        ],
    ),
    # Wednesday 1990-08-08 (ISO week 32), AP business wire on oil prices in the Gulf crisis,
    # slug, headline, "Eds:" note, byline "AP Business Writer", date line "Wednesday, Aug. 8,
    # 1990", "LONDON (AP) _" dateline, a price box. Futures delivery months in the future
    # direction ("for September delivery" three times 1990-09, "for October delivery" 1990-10,
    # gold_blind33). Past weekdays: "from Tuesday" 1990-08-07, the embargo "voted Monday"
    # 1990-08-06; future: "when markets open Thursday" 1990-08-09. Clock times as written in
    # their own zone: "10:30 a.m. EDT" 1990-08-08T10:30 (New York), "4:30 p.m." 1990-08-08T16:30
    # (London, BST) and its equivalent "11:30 a.m. EDT" 1990-08-08T11:30, two TIMEX3 like "0410
    # local time, 0810 GMT" (gold_blind30). "Prices have risen every day since ... Aug. 2" ->
    # "every day" SET P1D and "Aug. 2" 1990-08-02. "a month or a year" (how long the crisis may
    # last) two DURATIONs P1M and P1Y; "within weeks" -> "weeks" PXW; "next week" 1990-W33; "over
    # the weekend" (past) 1990-W31-WE (4-5 August); "the end of the year" 1990; "late June"
    # 1990-06; "November 1985" 1985-11; "to last 142 days" DURATION P142D; adjectival years "the
    # 1973 Arab oil embargo" and "the 1979 revolution" DATEs (gold_blind35); "In 1988";
    # "third-quarter" 1990-Q3 (an airline whose fiscal year is not described, gold_blind33);
    # "from Aug. 15" 1990-08-15 ("from" a signal). The box's dates are DATEs of 1990 (the
    # chronology-box rule of gold_blind58; no line carries a year). Not annotated: "2nd
    # Ld-Writethru", "6th graf", "$28", "$28.05", "$1.10", "60 percent", "Resolution 661" (a
    # resolution number), "84 cents", "$28.71", "$27.60", "$35", "one-fifth", "4 pence a
    # liter", "5 pounds a ticket", "the Financial Times-Stock Exchange 100 index" (a name
    # holding a number), "31.2 points", "2,201.6", "its fifth drop in six sessions" (trading
    # sessions are no calendar unit, gold_blind33), "$6.50", "$383.25 an ounce", the box's
    # prices ("20.15" ... "28.05"), "OPEC", "session" (twice).
    "london-oil-prices-embargo": (
        "1990-08-08",
        [
            ("Wednesday, Aug. 8, 1990", "DATE", "1990-08-08"),
            ("today", "DATE", "1990-08-08"),
            ("September", "DATE", "1990-09"),
            ("Tuesday", "DATE", "1990-08-07"),
            ("late June", "DATE", "1990-06"),
            ("every day", "SET", "P1D"),
            ("Aug. 2", "DATE", "1990-08-02"),
            ("Monday", "DATE", "1990-08-06"),
            ("September", "DATE", "1990-09"),
            ("10:30 a.m. EDT", "TIME", "1990-08-08T10:30"),
            ("November 1985", "DATE", "1985-11"),
            ("October", "DATE", "1990-10"),
            ("4:30 p.m.", "TIME", "1990-08-08T16:30"),
            ("11:30 a.m. EDT", "TIME", "1990-08-08T11:30"),
            ("a month", "DURATION", "P1M"),
            ("a year", "DURATION", "P1Y"),
            ("the end of the year", "DATE", "1990"),
            ("weeks", "DURATION", "PXW"),
            ("next week", "DATE", "1990-W33"),
            ("142 days", "DURATION", "P142D"),
            ("1973", "DATE", "1973"),
            ("1979", "DATE", "1979"),
            ("1988", "DATE", "1988"),
            ("the weekend", "DATE", "1990-W31-WE"),
            ("Aug. 15", "DATE", "1990-08-15"),
            ("third-quarter", "DATE", "1990-Q3"),
            ("Thursday", "DATE", "1990-08-09"),
            ("September", "DATE", "1990-09"),
            ("Aug. 1", "DATE", "1990-08-01"),
            ("Aug. 2", "DATE", "1990-08-02"),
            ("Aug. 3", "DATE", "1990-08-03"),
            ("Aug. 6", "DATE", "1990-08-06"),
            ("Aug. 7", "DATE", "1990-08-07"),
            ("Aug. 8", "DATE", "1990-08-08"),
        ],
    ),
    # Tuesday 1990-10-02 (ISO week 40), AP main story on the eve of German unification, slug,
    # headline, byline, date line "Tuesday, Oct. 2, 1990", "BERLIN (AP) _" dateline, a
    # "COUNTDOWN TO UNITY" box. "its final hours" (and the headline's "Its Final Hours") a vague
    # duration PTXH, like "the final hour" PT1H (gold_blind33). "midnight" (headline, lead,
    # "the stroke of midnight", "takes effect at midnight", the box) ends today: 1990-10-02T24:00
    # (gold_blind33, gold_blind103); its equivalent "7 p.m. EDT" 1990-10-02T19:00 (Berlin was on
    # CET after 30 September; two TIMEX3, gold_blind30). "tonight" 1990-10-02TNI (twice); "this
    # morning" TMO; "1:15 p.m." today. Future: "Wednesday, proclaimed the Day of German Unity" ->
    # two DATEs 1990-10-03 (an apposition, like "tomorrow, New Year's Day" in gold_blind17);
    # "The Oct. 7 holiday ... on Sunday" 1990-10-07 twice; "Dec. 2" 1990-12-02; "the end of 1994"
    # 1994; "the weekend" 1990-W40-WE (6-7 October); the anniversary's "Nov. 9" 1990-11-09; "the
    # winter" feared ahead is that of 1990-91, 1991-WI (gold_blind103). Past: "on Nov. 9" (the
    # wall's opening) 1989-11-09 and "less than 11 months ago" 1989-11 (the unit's
    # granularity, gold_blind16); "March 18" 1990-03-18, "July 1" 1990-07-01, "Aug. 31"
    # 1990-08-31. "after 41 years" P41Y; "For 28 years" P28Y; "every morning" SET
    # XXXX-XX-XXTMO; "328 days after the wall opened" an anchored duration P328D (gold_blind35);
    # "the next five years" P5Y. The box: "Nov. 9, 1989", "March 18, 1990", then "July 1", "Aug.
    # 23" and "Oct. 3" take 1990 from the line above (gold_blind58); "Today" the publication day.
    # Not annotated: "1st Ld-Writethru", "60 square meters", "63" (an age), "two blocks", "100
    # billion marks", "445,000", "the first time" ("for the first time since 1945" -> "1945"),
    # "Since then" (anaphoric), "the first anniversary", "first free election" (twice).
    "berlin-unity-eve-midnight": (
        "1990-10-02",
        [
            ("Its Final Hours", "DURATION", "PTXH"),
            ("Midnight", "TIME", "1990-10-02T24:00"),
            ("Tuesday, Oct. 2, 1990", "DATE", "1990-10-02"),
            ("its final hours", "DURATION", "PTXH"),
            ("today", "DATE", "1990-10-02"),
            ("midnight", "TIME", "1990-10-02T24:00"),
            ("7 p.m. EDT", "TIME", "1990-10-02T19:00"),
            ("41 years", "DURATION", "P41Y"),
            ("1949", "DATE", "1949"),
            ("1945", "DATE", "1945"),
            ("tonight", "TIME", "1990-10-02TNI"),
            ("midnight", "TIME", "1990-10-02T24:00"),
            ("Wednesday", "DATE", "1990-10-03"),
            ("the Day of German Unity", "DATE", "1990-10-03"),
            ("this morning", "TIME", "1990-10-02TMO"),
            ("1:15 p.m.", "TIME", "1990-10-02T13:15"),
            ("tonight", "TIME", "1990-10-02TNI"),
            ("28 years", "DURATION", "P28Y"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Aug. 13, 1961", "DATE", "1961-08-13"),
            ("Nov. 9", "DATE", "1989-11-09"),
            ("less than 11 months ago", "DATE", "1989-11"),
            ("March 18", "DATE", "1990-03-18"),
            ("July 1", "DATE", "1990-07-01"),
            ("Aug. 31", "DATE", "1990-08-31"),
            ("midnight", "TIME", "1990-10-02T24:00"),
            ("328 days", "DURATION", "P328D"),
            ("Oct. 7", "DATE", "1990-10-07"),
            ("Sunday", "DATE", "1990-10-07"),
            ("Dec. 2", "DATE", "1990-12-02"),
            ("the end of 1994", "DATE", "1994"),
            ("the next five years", "DURATION", "P5Y"),
            ("the winter", "DATE", "1991-WI"),
            ("the weekend", "DATE", "1990-W40-WE"),
            ("Nov. 9", "DATE", "1990-11-09"),
            ("Nov. 9, 1989", "DATE", "1989-11-09"),
            ("March 18, 1990", "DATE", "1990-03-18"),
            ("July 1", "DATE", "1990-07-01"),
            ("Aug. 23", "DATE", "1990-08-23"),
            ("Oct. 3", "DATE", "1990-10-03"),
            ("Today", "DATE", "1990-10-02"),
            ("midnight", "TIME", "1990-10-02T24:00"),
        ],
    ),
    # Sunday 1990-12-23 (ISO week 51), AP Sunday advance feature from the Gulf deployment, slug
    # "AP-Gulf-Christmas, Adv23", release line "For Release Sunday, Dec. 23, 1990, and
    # Thereafter" (the release day one DATE span like a date line; "Thereafter" anaphoric, not
    # annotated), headline, byline "AP Military Writer", "DHAHRAN, Saudi Arabia (AP) _"
    # dateline. "Christmas" (headline, "two dates: Christmas", "Christmas included", "We'll
    # have Christmas") 1990-12-25; "On Tuesday, Christmas Day" two DATEs 1990-12-25 (an
    # apposition, gold_blind17); "noon Tuesday" 1990-12-25T12:00 and the DATE; "Tuesday
    # morning" 1990-12-25TMO; "Christmas Eve" 1990-12-24 with "11 p.m." that day; "New Year's
    # Eve" 1990-12-31; "between Monday and New Year's Day" 1990-12-24 and 1991-01-01; "8 p.m.
    # Monday" 1990-12-24T20:00 and the DATE, "which is 11 a.m. in Brenton, Texas" 1990-12-24T11:00
    # (nine hours behind; the clock time as written, gold_blind30). "the Jan. 15 deadline"
    # (headline and body) 1991-01-15; "23 days away" DURATION P23D; "Last Christmas" 1989-12-25;
    # "More than four months after" an anchored duration P4M; "Aug. 2" 1990-08-02, "since Aug.
    # 14" 1990-08-14, "Nov. 29" 1990-11-29, "since mid-September" 1990-09, "this month"
    # 1990-12, "by mid-January" 1991-01, the closing "about January" 1991-01. Recurrences:
    # "crosses off a square each night" SET XXXX-XX-XXTNI; "reveille sounds at 5 a.m. every
    # day" -> "5 a.m." XXXX-XX-XXT05:00 (the hour of a recurring event, gold_blind103) and
    # "every day" SET P1D; "one 24-hour pass once a month" -> "24-hour" DURATION PT24H and "once
    # a month" SET P1M; "every morning" SET XXXX-XX-XXTMO. "the past week" P1W; "three-minute"
    # PT3M. Not annotated: "Adv23" (an advance code), "Christmas tree", "Nights on the desert"
    # (a kind), "For now" and "around the clock" (idioms), "18 inches", "22", "6 and 9" (ages),
    # "1,200 soldiers", "the 2nd Battalion", "M1A1", "450 tons", "400,000", "40 degrees",
    # "107.9 FM", "Any Soldier".
    "dhahran-troops-christmas-deadline": (
        "1990-12-23",
        [
            ("Sunday, Dec. 23, 1990", "DATE", "1990-12-23"),
            ("Christmas", "DATE", "1990-12-25"),
            ("Jan. 15", "DATE", "1991-01-15"),
            ("Nov. 29", "DATE", "1990-11-29"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("Aug. 14", "DATE", "1990-08-14"),
            ("Tuesday", "DATE", "1990-12-25"),
            ("Christmas Day", "DATE", "1990-12-25"),
            ("Christmas", "DATE", "1990-12-25"),
            ("Jan. 15", "DATE", "1991-01-15"),
            ("23 days", "DURATION", "P23D"),
            ("Last Christmas", "DATE", "1989-12-25"),
            ("More than four months", "DURATION", "P4M"),
            ("Aug. 2", "DATE", "1990-08-02"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("every day", "SET", "P1D"),
            ("24-hour", "DURATION", "PT24H"),
            ("once a month", "SET", "P1M"),
            ("noon", "TIME", "1990-12-25T12:00"),
            ("Tuesday", "DATE", "1990-12-25"),
            ("mid-September", "DATE", "1990-09"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Christmas", "DATE", "1990-12-25"),
            ("Christmas Eve", "DATE", "1990-12-24"),
            ("11 p.m.", "TIME", "1990-12-24T23:00"),
            ("New Year's Eve", "DATE", "1990-12-31"),
            ("the past week", "DURATION", "P1W"),
            ("three-minute", "DURATION", "PT3M"),
            ("Monday", "DATE", "1990-12-24"),
            ("New Year's Day", "DATE", "1991-01-01"),
            ("8 p.m.", "TIME", "1990-12-24T20:00"),
            ("Monday", "DATE", "1990-12-24"),
            ("11 a.m.", "TIME", "1990-12-24T11:00"),
            ("Tuesday morning", "TIME", "1990-12-25TMO"),
            ("this month", "DATE", "1990-12"),
            ("mid-January", "DATE", "1991-01"),
            ("Christmas", "DATE", "1990-12-25"),
            ("January", "DATE", "1991-01"),
        ],
    ),
    # Thursday 1991-11-21 (ISO week 47), AP main story on a hostage release, slug
    # "AM-Lebanon-Hostage, 2nd Ld-Writethru", headline ("After 1,738 Days", DURATION P1738D: 17
    # February 1987 to 20 November 1991, both days counted), "Eds:" note, byline, date line
    # "Thursday, Nov. 21, 1991", "DAMASCUS, Syria (AP) _" dateline, a chronology box. "today"
    # the day of the wire; "less than 24 hours after" an anchored duration PT24H; "10:40 a.m."
    # 1991-11-21T10:40 and its equivalent "3:40 a.m. EST" (Damascus seven hours ahead), two
    # TIMEX3 (gold_blind30). Past: the release "late Wednesday" one DATE span 1991-11-20
    # (gold_blind35's "late yesterday"), "Wednesday's edition" -> "Wednesday" 1991-11-20;
    # "shortly after 9 p.m." that day 1991-11-20T21:00 (a clock time takes the day of the event
    # its sentence tells, gold_blind33), "spent the night" 1991-11-20TNI, "at about 7:30 this
    # morning" two TIMEX3 (gold_blind14). Future: "flown Friday" 1991-11-22; "at least three
    # days" P3D; "Thanksgiving, a week from today" two DATEs 1991-11-28 (the fourth Thursday of
    # November; "A week from today" in gold_blind30). "held ... for nearly five years" P5Y; "For
    # four years" P4Y; "every Monday since 1987" SET XXXX-WXX-1 and "1987"; "for months" ->
    # "months" PXM; "last Christmas" 1990-12-25; "the coming weeks" PXW (quoted from the group's
    # statement, resolved from the wire's day); "the first 18 months" an ordinal period of an
    # event, DURATION P18M (gold_blind35's "The first week"); "Since June" 1991-06, "every
    # evening" SET XXXX-XX-XXTEV, "ended in February" 1991-02; "the mid-1980s" 198
    # (gold_blind16). The box: "Feb. 17, 1987", "May 1987", "March 1989", "December 1990", "Nov.
    # 20, 1991", then "Nov. 21" 1991 from the line above (gold_blind58). Not annotated: "2nd
    # Ld-Writethru", "8th graf", "51" and "47" (ages), "its 14th", "four gunmen", "an evening
    # class" (an adjective naming a kind of class, like "Overnight lows" in gold_blind103),
    # "C-141" (a model number), "day and night" (an idiom), "11 times", "Christmas letter" (an
    # adjectival holiday naming a kind of letter), "FENWICK'S CAPTIVITY" (the box title).
    "beirut-hostage-fenwick-freed": (
        "1991-11-21",
        [
            ("1,738 Days", "DURATION", "P1738D"),
            ("Thursday, Nov. 21, 1991", "DATE", "1991-11-21"),
            ("nearly five years", "DURATION", "P5Y"),
            ("today", "DATE", "1991-11-21"),
            ("less than 24 hours", "DURATION", "PT24H"),
            ("10:40 a.m.", "TIME", "1991-11-21T10:40"),
            ("3:40 a.m. EST", "TIME", "1991-11-21T03:40"),
            ("four years", "DURATION", "P4Y"),
            ("This morning", "TIME", "1991-11-21TMO"),
            ("late Wednesday", "DATE", "1991-11-20"),
            ("Wednesday", "DATE", "1991-11-20"),
            ("shortly after 9 p.m.", "TIME", "1991-11-20T21:00"),
            ("the night", "TIME", "1991-11-20TNI"),
            ("about 7:30", "TIME", "1991-11-21T07:30"),
            ("this morning", "TIME", "1991-11-21TMO"),
            ("Feb. 17, 1987", "DATE", "1987-02-17"),
            ("1978", "DATE", "1978"),
            ("the mid-1980s", "DATE", "198"),
            ("Friday", "DATE", "1991-11-22"),
            ("at least three days", "DURATION", "P3D"),
            ("Thanksgiving", "DATE", "1991-11-28"),
            ("a week from today", "DATE", "1991-11-28"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("1987", "DATE", "1987"),
            ("months", "DURATION", "PXM"),
            ("today", "DATE", "1991-11-21"),
            ("last Christmas", "DATE", "1990-12-25"),
            ("March 1989", "DATE", "1989-03"),
            ("the coming weeks", "DURATION", "PXW"),
            ("the first 18 months", "DURATION", "P18M"),
            ("June", "DATE", "1991-06"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("February", "DATE", "1991-02"),
            ("Feb. 17, 1987", "DATE", "1987-02-17"),
            ("May 1987", "DATE", "1987-05"),
            ("March 1989", "DATE", "1989-03"),
            ("December 1990", "DATE", "1990-12"),
            ("Nov. 20, 1991", "DATE", "1991-11-20"),
            ("Nov. 21", "DATE", "1991-11-21"),
        ],
    ),
    # Saturday 1991-12-07 (ISO week 49), AP summit preview with a "SUMMIT AT A GLANCE" box, slug,
    # headline ("Gather Monday for Two-Day Summit"), byline, date line "Saturday, Dec. 7, 1991",
    # "MAASTRICHT, Netherlands (AP) _" dateline. Future weekdays: the summit "Monday and
    # Tuesday" 1991-12-09 and 1991-12-10 (headline, lead, box), the ministers "meet again here
    # Sunday night" 1991-12-08TNI, "late Tuesday" one DATE span (twice), "from 6 a.m. Monday"
    # 1991-12-09T06:00 and the DATE; the box's schedule labels "Monday, 10 a.m.:" etc. a DATE and
    # a TIME each ("about 6 p.m." with the approximator in the span). Past: the Brussels session
    # "on Tuesday" 1991-12-03 (a past clause), "until 3 a.m. Wednesday" 1991-12-04T03:00 and the
    # DATE, "diplomats said Friday" 1991-12-06. "Dec. 9-10" -> "Dec. 9" and the bare "10" two
    # DATEs (gold_blind23's "Sept. 21-22", gold_blind33). "Two-Day" adjectival DURATION P2D;
    # "after a year of talks" P1Y; "the final hours" PTXH; "for months" -> "months" PXM; "We
    # have 30 hours" PT30H; "a year before the single market takes effect" an anchored duration
    # P1Y; "for six months" P6M. "last December" 1990-12; "in June" (past) 1991-06; "the 1957
    # Treaty of Rome" an adjectival year DATE 1957; "Jan. 1, 1994", "1999", "In 1996", "in
    # 1997", "Jan. 1, 1993" as written; "until Dec. 31" 1991-12-31; "on Jan. 1" ahead 1992-01-01;
    # "planned for February" 1992-02; "during 1992" 1992. Not annotated: "Bjt", "12" (nations,
    # parliaments), "4,000 police officers", "115,000", "(043) 29 1992" (a phone number holding
    # a year-like 1992, after the annotated "1992"), "the Maas River", "the rotating presidency".
    "maastricht-summit-preview-glance": (
        "1991-12-07",
        [
            ("Monday", "DATE", "1991-12-09"),
            ("Two-Day", "DURATION", "P2D"),
            ("Saturday, Dec. 7, 1991", "DATE", "1991-12-07"),
            ("Monday", "DATE", "1991-12-09"),
            ("Tuesday", "DATE", "1991-12-10"),
            ("a year", "DURATION", "P1Y"),
            ("the final hours", "DURATION", "PTXH"),
            ("Tuesday", "DATE", "1991-12-03"),
            ("3 a.m.", "TIME", "1991-12-04T03:00"),
            ("Wednesday", "DATE", "1991-12-04"),
            ("Sunday night", "TIME", "1991-12-08TNI"),
            ("Jan. 1, 1994", "DATE", "1994-01-01"),
            ("1999", "DATE", "1999"),
            ("1996", "DATE", "1996"),
            ("1997", "DATE", "1997"),
            ("months", "DURATION", "PXM"),
            ("Friday", "DATE", "1991-12-06"),
            ("late Tuesday", "DATE", "1991-12-10"),
            ("30 hours", "DURATION", "PT30H"),
            ("last December", "DATE", "1990-12"),
            ("June", "DATE", "1991-06"),
            ("1957", "DATE", "1957"),
            ("a year", "DURATION", "P1Y"),
            ("Jan. 1, 1993", "DATE", "1993-01-01"),
            ("Dec. 31", "DATE", "1991-12-31"),
            ("Jan. 1", "DATE", "1992-01-01"),
            ("six months", "DURATION", "P6M"),
            ("6 a.m.", "TIME", "1991-12-09T06:00"),
            ("Monday", "DATE", "1991-12-09"),
            ("late Tuesday", "DATE", "1991-12-10"),
            ("Monday", "DATE", "1991-12-09"),
            ("Tuesday", "DATE", "1991-12-10"),
            ("Dec. 9", "DATE", "1991-12-09"),
            ("10", "DATE", "1991-12-10"),
            ("Monday", "DATE", "1991-12-09"),
            ("10 a.m.", "TIME", "1991-12-09T10:00"),
            ("Monday", "DATE", "1991-12-09"),
            ("8 p.m.", "TIME", "1991-12-09T20:00"),
            ("Tuesday", "DATE", "1991-12-10"),
            ("9:30 a.m.", "TIME", "1991-12-10T09:30"),
            ("Tuesday", "DATE", "1991-12-10"),
            ("about 6 p.m.", "TIME", "1991-12-10T18:00"),
            ("February", "DATE", "1992-02"),
            ("1992", "DATE", "1992"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
