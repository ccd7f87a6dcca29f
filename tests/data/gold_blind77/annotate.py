"""Annotations of the seventy-seventh blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind77/annotate.py [--show]

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
    # Wednesday 2013-10-16 (ISO week 42), British paper printing a defence ministry statement in
    # full, date line "Wednesday 16 October 2013". The ministry spoke "last night", Tuesday
    # 2013-10-15TNI, the statement "issued at 21:30 local time on Tuesday" (two TIMEX3); the
    # withdrawal begins "tomorrow morning" and "at 0600 hours local time (0400 GMT) on Thursday
    # 17 October" (2013-10-17; "hours" kept in the span like "02:15 hours" in gold_blind27, the
    # GMT time a TIMEX3 of its own, gold_blind28); the headline's "0600 hours tomorrow" is the
    # same moment. "on 11 and 12 October" gives the bare day its own DATE (gold_blind27);
    # "Saturday evening" is the evening of 12 October, the last day of those talks. "since
    # March" and "ordered in March" are the past March, 2013-03; "until the spring" ahead in
    # October is 2014-SP; "the winter" ahead is the winter of 2013-14, named by the year of its
    # January, 2014-WI (gold_blind28). "The annual exercise" names a recurrence, SET P1Y
    # (gold_blind23); the exercise's name "Autumn Anvil 2013" is a name and is not annotated.
    # "the first quarter of next year" one span, 2014-Q1; "Monday at 10:00" future, 2013-10-21
    # plus its clock time; "after 30 days" an anchored duration; "more than four decades"
    # P40Y; "the whole of 2012" -> "2012"; "rises for Christmas" -> "Christmas" 2013-12-25, the
    # holiday on its date (gold_blind25). Not annotated: unit numbers, "Press release
    # 214/2013", "Ends.", troop counts, the age "61".
    "telmark-brigade-border-withdrawal": (
        "2013-10-16",
        [
            ("72 hours", "DURATION", "PT72H"),
            ("0600 hours", "TIME", "2013-10-17T06:00"),
            ("tomorrow", "DATE", "2013-10-17"),
            ("Wednesday 16 October 2013", "DATE", "2013-10-16"),
            ("last night", "TIME", "2013-10-15TNI"),
            ("tomorrow morning", "TIME", "2013-10-17TMO"),
            ("21:30 local time", "TIME", "2013-10-15T21:30"),
            ("Tuesday", "DATE", "2013-10-15"),
            ("11", "DATE", "2013-10-11"),
            ("12 October", "DATE", "2013-10-12"),
            ("0600 hours local time", "TIME", "2013-10-17T06:00"),
            ("0400 GMT", "TIME", "2013-10-17T04:00"),
            ("Thursday 17 October", "DATE", "2013-10-17"),
            ("72 hours", "DURATION", "PT72H"),
            ("March", "DATE", "2013-03"),
            ("the end of the month", "DATE", "2013-10"),
            ("the spring", "DATE", "2014-SP"),
            ("every 48 hours", "SET", "PT48H"),
            ("30 days", "DURATION", "P30D"),
            ("annual", "SET", "P1Y"),
            ("November", "DATE", "2013-11"),
            ("the first quarter of next year", "DATE", "2014-Q1"),
            ("Monday", "DATE", "2013-10-21"),
            ("10:00", "TIME", "2013-10-21T10:00"),
            ("the 1990s", "DATE", "199"),
            ("March", "DATE", "2013-03"),
            ("a fortnight", "DURATION", "P2W"),
            ("earlier this month", "DATE", "2013-10"),
            ("Saturday evening", "TIME", "2013-10-12TEV"),
            ("two days", "DURATION", "P2D"),
            ("20 October", "DATE", "2013-10-20"),
            ("next month", "DATE", "2013-11"),
            ("yesterday", "DATE", "2013-10-15"),
            ("more than four decades", "DURATION", "P40Y"),
            ("seven months", "DURATION", "P7M"),
            ("the winter", "DATE", "2014-WI"),
            ("this year", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("Christmas", "DATE", "2013-12-25"),
        ],
    ),
    # Friday 2014-05-09 (ISO week 19), British paper's United Nations correspondent printing a
    # Security Council press statement in full, date line "New York, Friday 9 May 2014". The
    # Council acted "last night", Thursday 2014-05-08TNI, at a meeting that ended "shortly after
    # 7 p.m. New York time (2300 GMT) on Thursday" (EDT is GMT-4, so both clock times fall on
    # 8 May; "shortly after" a signal). "Tuesday's ambush" and "Tuesday's attack" -> "Tuesday"
    # 2014-05-06, the "6 May 2014" of the statement. The truce begins "at 0600 hours local time
    # on Saturday 10 May" (future); "a 90-day review" DURATION on the adjective; "mid-August"
    # and "early June" ahead, 2014-08 and 2014-06; "the first half of 2015" 2015-H1. "the past
    # year" DURATION P1Y (gold_blind35); "last December" 2013-12; "a quarterly debate" names a
    # recurrence, SET P3M. Not annotated: "resolutions 2276 (2012) and 2318 (2013)" and
    # "resolution 2318 (2013)" - the bracketed year is part of the Council's official symbol of
    # the resolution (see README); the year it was adopted is given in words, "last December",
    # and annotated. Nor the document symbol "SC/11402", "may constitute", counts.
    "sarvenia-security-council-kelto-statement": (
        "2014-05-09",
        [
            ("72-hour", "DURATION", "PT72H"),
            ("90 days", "DURATION", "P90D"),
            ("Friday 9 May 2014", "DATE", "2014-05-09"),
            ("last night", "TIME", "2014-05-08TNI"),
            ("Tuesday", "DATE", "2014-05-06"),
            ("7 p.m. New York time", "TIME", "2014-05-08T19:00"),
            ("2300 GMT", "TIME", "2014-05-08T23:00"),
            ("Thursday", "DATE", "2014-05-08"),
            ("6 May 2014", "DATE", "2014-05-06"),
            ("30 days", "DURATION", "P30D"),
            ("72-hour", "DURATION", "PT72H"),
            ("0600 hours local time", "TIME", "2014-05-10T06:00"),
            ("Saturday 10 May", "DATE", "2014-05-10"),
            ("90-day", "DURATION", "P90D"),
            ("mid-August", "DATE", "2014-08"),
            ("early June", "DATE", "2014-06"),
            ("the first half of 2015", "DATE", "2015-H1"),
            ("2011", "DATE", "2011"),
            ("the past year", "DURATION", "P1Y"),
            ("last December", "DATE", "2013-12"),
            ("31 December 2014", "DATE", "2014-12-31"),
            ("Tuesday", "DATE", "2014-05-06"),
            ("March 2012", "DATE", "2012-03"),
            ("the coming days", "DURATION", "PXD"),
            ("quarterly", "SET", "P3M"),
            ("27 May", "DATE", "2014-05-27"),
            ("every week", "SET", "P1W"),
            ("mid-April", "DATE", "2014-04"),
        ],
    ),
    # Saturday 2012-04-21 (ISO week 16), British paper printing a joint communiqué in part,
    # date line "Saturday 21 April 2012"; the talks ended yesterday, Friday 2012-04-20, the
    # communiqué's own date line "Helvik, 20 April 2012". Inside the communiqué "the Protocol
    # signed today" is the communiqué's day, 2012-04-20, not the paper's (the quoted document
    # speaks from its own date). "on 19 and 20 April 2012" gives the bare "19" its own DATE.
    # "the first visit at this level in 11 years" (and the headline's "in 11 years") is the
    # period of a "first in", DURATION P11Y (gold_blind35). "the Treaty of Friendship of 14
    # March 1997" -> "14 March 1997", a date written out after the treaty's name; "the 1998
    # fisheries agreement" -> "1998", an adjectival year (gold_blind25). "early June" ahead
    # 2012-06 (headline, communiqué), the minister's "June" likewise; "every three months" SET
    # P3M three times; "the end of the year" 2012; "31 December" ahead 2012-12-31; "for a
    # further five years" -> "a further five years" (like "30 more years", gold_blind25); "as
    # early as next week" -> "next week" 2012-W17; "not due to sit until May" 2012-05; "within
    # weeks" -> "weeks" PXW; "on Thursday evening" 2012-04-19TEV; "lost a decade" DURATION P10Y.
    # Not annotated: "before then" (anaphoric), "Article 3", the age "54", "by half".
    "estmere-vaskia-joint-communique": (
        "2012-04-21",
        [
            ("11 years", "DURATION", "P11Y"),
            ("early June", "DATE", "2012-06"),
            ("every three months", "SET", "P3M"),
            ("Saturday 21 April 2012", "DATE", "2012-04-21"),
            ("two days", "DURATION", "P2D"),
            ("yesterday", "DATE", "2012-04-20"),
            ("2011", "DATE", "2011"),
            ("weeks", "DURATION", "PXW"),
            ("20 April 2012", "DATE", "2012-04-20"),
            ("19", "DATE", "2012-04-19"),
            ("20 April 2012", "DATE", "2012-04-20"),
            ("11 years", "DURATION", "P11Y"),
            ("14 March 1997", "DATE", "1997-03-14"),
            ("the past three years", "DURATION", "P3Y"),
            ("30 days", "DURATION", "P30D"),
            ("today", "DATE", "2012-04-20"),
            ("every three months", "SET", "P3M"),
            ("early June", "DATE", "2012-06"),
            ("the end of the year", "DATE", "2012"),
            ("1998", "DATE", "1998"),
            ("31 December", "DATE", "2012-12-31"),
            ("a further five years", "DURATION", "P5Y"),
            ("the second half of 2012", "DATE", "2012-H2"),
            ("next week", "DATE", "2012-W17"),
            ("May", "DATE", "2012-05"),
            ("September 2011", "DATE", "2011-09"),
            ("the 1990s", "DATE", "199"),
            ("Thursday evening", "TIME", "2012-04-19TEV"),
            ("a decade", "DURATION", "P10Y"),
            ("June", "DATE", "2012-06"),
            ("every three months", "SET", "P3M"),
        ],
    ),
    # Thursday 2014-01-23 (ISO week 4), British paper reproducing a parliamentary written answer
    # with its date stamp "Tabled 14 January 2014, answered 21 January 2014" (two DATEs; both
    # Tuesdays, so "published on Tuesday" is 2014-01-21) and its Hansard reference "Official
    # Report, 21 January 2014, col. 512W" (the date annotated, the column not). The UK
    # government's financial year runs April-March and is named by the year it ends
    # (gold_blind21, gold_blind25): "the 2012-13 financial year" FY2013, the elliptical
    # "2011-12" and "2010-11" FY2012 and FY2011 (one span each, "financial year" understood),
    # "the last financial year" in January 2014 FY2013, "the current financial year" FY2014;
    # "the last three financial years" DURATION P3Y like "the past three years". "annual camp"
    # (headline, question) names a yearly recurrence, SET P1Y (gold_blind23), as does "paid
    # annually"; "every month" SET P1M ("training weekends" is an event noun, not annotated).
    # "the summer" ahead 2014-SU; "last autumn" 2013-FA; "a 90-day review" on the adjective;
    # "from 1 April 2014" ("from" a signal); "first reading on 9 January" 2014-01-09, past;
    # "the February recess" -> "February" 2014-02, an adjectival month like "The October
    # mid-term break" (gold_blind25), the recess itself not annotated. Not annotated: "by the
    # end of the current session" and "in due course" (see README), "[184207]", "col. 512W",
    # "Reserve Horizon 2018", percentages and counts.
    "reserve-camp-written-answer": (
        "2014-01-23",
        [
            ("annual", "SET", "P1Y"),
            ("Thursday 23 January 2014", "DATE", "2014-01-23"),
            ("the last financial year", "DATE", "FY2013"),
            ("Tuesday", "DATE", "2014-01-21"),
            ("annual", "SET", "P1Y"),
            ("the last three financial years", "DURATION", "P3Y"),
            ("14 January 2014", "DATE", "2014-01-14"),
            ("21 January 2014", "DATE", "2014-01-21"),
            ("the 2012-13 financial year", "DATE", "FY2013"),
            ("2011-12", "DATE", "FY2012"),
            ("2010-11", "DATE", "FY2011"),
            ("the current financial year", "DATE", "FY2014"),
            ("the summer", "DATE", "2014-SU"),
            ("15 days", "DURATION", "P15D"),
            ("2010", "DATE", "2010"),
            ("every month", "SET", "P1M"),
            ("the past three years", "DURATION", "P3Y"),
            ("90-day", "DURATION", "P90D"),
            ("last autumn", "DATE", "2013-FA"),
            ("annually", "SET", "P1Y"),
            ("1 April 2014", "DATE", "2014-04-01"),
            ("9 January", "DATE", "2014-01-09"),
            ("21 January 2014", "DATE", "2014-01-21"),
            ("yesterday", "DATE", "2014-01-22"),
            ("three years", "DURATION", "P3Y"),
            ("2012", "DATE", "2012"),
            ("early March", "DATE", "2014-03"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("December", "DATE", "2013-12"),
            ("February", "DATE", "2014-02"),
        ],
    ),
    # Monday 2015-02-09 (ISO week 7), British paper printing a ceasefire announcement read out
    # by mediators, date line "Monday 9 February 2015". Announced "last night", Sunday
    # 2015-02-08TNI, "at 21:00 local time (18:00 GMT) on Sunday" (local time is GMT+3). The
    # truce begins "at dawn on Wednesday" (dawn TMO, gold_blind26), "from 0600 hours local time
    # (0300 GMT) on Wednesday 11 February 2015 to 0600 hours local time on Saturday 14 February
    # 2015". The permanent ceasefire takes effect "as of midnight GMT on Sunday 15 February"
    # (paper) and "at 24:00 GMT on Sunday 15 February 2015" (announcement): the midnight that
    # ends the named day, T24:00 (gold_blind10, gold_blind17, gold_blind25), which the
    # announcement's "24:00" confirms; "as of" a signal. Convoys "every day between 08:00 and
    # 16:00": a SET with two recurring clock times (gold_blind27). "within 14 days of its entry
    # into force", "every 72 hours" SET PT72H, "a 90-day review", "a 10-day ceasefire";
    # "mid-2014" the year; "the past four years" (since 2011) P4Y. "Saturday night" and
    # "Friday" past; "Tuesday night" future, 2015-02-10TNI; "this week" 2015-W07. "broke down
    # on 28 January. The mediators returned two days later" -> 2015-01-30. "A year ago" 2014,
    # and the army chief's promise then of victory "by the summer" is the summer of 2014.
    # Not annotated: "52nd Mountain Brigade", "(Article 12)", "ever since" (anaphoric), "120
    # observers", "25 kilometres", "4,600 people", the age "58".
    "senevia-hpf-ceasefire-announcement": (
        "2015-02-09",
        [
            ("72-hour", "DURATION", "PT72H"),
            ("Wednesday", "DATE", "2015-02-11"),
            ("Monday 9 February 2015", "DATE", "2015-02-09"),
            ("72-hour", "DURATION", "PT72H"),
            ("dawn", "TIME", "2015-02-11TMO"),
            ("Wednesday", "DATE", "2015-02-11"),
            ("last night", "TIME", "2015-02-08TNI"),
            ("midnight GMT", "TIME", "2015-02-15T24:00"),
            ("Sunday 15 February", "DATE", "2015-02-15"),
            ("21:00 local time", "TIME", "2015-02-08T21:00"),
            ("18:00 GMT", "TIME", "2015-02-08T18:00"),
            ("Sunday", "DATE", "2015-02-08"),
            ("72 hours", "DURATION", "PT72H"),
            ("0600 hours local time", "TIME", "2015-02-11T06:00"),
            ("0300 GMT", "TIME", "2015-02-11T03:00"),
            ("Wednesday 11 February 2015", "DATE", "2015-02-11"),
            ("0600 hours local time", "TIME", "2015-02-14T06:00"),
            ("Saturday 14 February 2015", "DATE", "2015-02-14"),
            ("every day", "SET", "P1D"),
            ("08:00", "TIME", "XXXX-XX-XXT08:00"),
            ("16:00", "TIME", "XXXX-XX-XXT16:00"),
            ("24:00 GMT", "TIME", "2015-02-15T24:00"),
            ("Sunday 15 February 2015", "DATE", "2015-02-15"),
            ("14 days", "DURATION", "P14D"),
            ("every 72 hours", "SET", "PT72H"),
            ("90-day", "DURATION", "P90D"),
            ("early March", "DATE", "2015-03"),
            ("2011", "DATE", "2011"),
            ("10-day", "DURATION", "P10D"),
            ("mid-2014", "DATE", "2014"),
            ("the past four years", "DURATION", "P4Y"),
            ("yesterday", "DATE", "2015-02-08"),
            ("Saturday night", "TIME", "2015-02-07TNI"),
            ("Friday", "DATE", "2015-02-06"),
            ("this week", "DATE", "2015-W07"),
            ("28 January", "DATE", "2015-01-28"),
            ("two days later", "DATE", "2015-01-30"),
            ("A year ago", "DATE", "2014"),
            ("the summer", "DATE", "2014-SU"),
            ("yesterday", "DATE", "2015-02-08"),
            ("Tuesday night", "TIME", "2015-02-10TNI"),
            ("the coming days", "DURATION", "PXD"),
        ],
    ),
    # Tuesday 2015-11-24 (ISO week 48), paper printing extracts of an African Union summit
    # declaration, date line "Tuesday 24 November 2015"; the two-day summit ended "on Monday
    # evening", 2015-11-23TEV, the declaration adopted "shortly after 7 p.m. local time" that
    # day and dated "Addis Ababa, 23 November 2015"; "on 22 and 23 November 2015" gives the
    # bare "22" its own DATE. The coup "on 6 October 2015" (a Tuesday, ISO week 41) is "seven
    # weeks ago", DATE 2015-W41 ("N ago" takes the unit's granularity, gold_blind28). "our 24th
    # Ordinary Session in January 2015" -> only "January 2015" (the ordinal session is an
    # event's number); "our next Ordinary Session in January 2016" -> "January 2016". "no later
    # than the end of May 2017" -> "the end of May 2017" 2017-05 (the month's value, like "the
    # end of March" in gold_blind27); the headline's "by mid-2017" 2017; "the second half of
    # 2016" 2016-H2; "within 15 days", "18 months" (three times), "after 30 days" and "within
    # 30 days of the adoption" durations; "every 60 days" SET P60D; "by 2020" 2020; "the 1990s"
    # 199; "for nearly three years" P3Y; the colonel's promised "within two years" P2Y; "said on
    # Sunday" past 2015-11-22; "will meet ... on Friday" 2015-11-27; "every week since the coup"
    # SET P1W ("since the coup" anaphoric). Not annotated: "Agenda 2063" (a programme's name),
    # "24th Ordinary Session", "with immediate effect" (like "effective immediately",
    # gold_blind25), "11 members", "1,500-strong", the age "47".
    "au-summit-kanemo-declaration": (
        "2015-11-24",
        [
            ("18 months", "DURATION", "P18M"),
            ("mid-2017", "DATE", "2017"),
            ("30 days", "DURATION", "P30D"),
            ("Tuesday 24 November 2015", "DATE", "2015-11-24"),
            ("two-day", "DURATION", "P2D"),
            ("Monday evening", "TIME", "2015-11-23TEV"),
            ("18 months", "DURATION", "P18M"),
            ("7 p.m. local time", "TIME", "2015-11-23T19:00"),
            ("23 November 2015", "DATE", "2015-11-23"),
            ("22", "DATE", "2015-11-22"),
            ("23 November 2015", "DATE", "2015-11-23"),
            ("6 October 2015", "DATE", "2015-10-06"),
            ("January 2015", "DATE", "2015-01"),
            ("15 days", "DURATION", "P15D"),
            ("18 months", "DURATION", "P18M"),
            ("the end of May 2017", "DATE", "2017-05"),
            ("the second half of 2016", "DATE", "2016-H2"),
            ("30 days", "DURATION", "P30D"),
            ("every 60 days", "SET", "P60D"),
            ("January 2016", "DATE", "2016-01"),
            ("2020", "DATE", "2020"),
            ("1961", "DATE", "1961"),
            ("1994", "DATE", "1994"),
            ("the 1990s", "DATE", "199"),
            ("nearly three years", "DURATION", "P3Y"),
            ("seven weeks ago", "DATE", "2015-W41"),
            ("two years", "DURATION", "P2Y"),
            ("Sunday", "DATE", "2015-11-22"),
            ("the coming weeks", "DURATION", "PXW"),
            ("every week", "SET", "P1W"),
            ("Friday", "DATE", "2015-11-27"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
