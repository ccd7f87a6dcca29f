"""Annotations of the ninety-fifth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind95/annotate.py [--show]

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
    # Friday 2014-03-07 (ISO week 10), British national daily's transport story, headline,
    # standfirst, byline, date line "Friday 7 March 2014". The union announced the strike
    # "yesterday", Thursday 2014-03-06; "next week" (headline and lead) is 2014-W11. The strike
    # runs "from 00:01 on Tuesday until 23:59 on Wednesday", ahead: Tuesday 2014-03-11 and
    # Wednesday 2014-03-12, each clock time on its day; the overtime ban "from Thursday" is
    # 2014-03-13 ("from" a signal). The executive "agreed the dates on Tuesday night" (past
    # perfect sense, before yesterday's announcement) is the Tuesday just gone, 2014-03-04TNI:
    # one story holds Tuesday in both directions. "a 24-hour stoppage on Monday" and "Monday's
    # strike" are the Monday just gone, 2014-03-03; the talks "at 10am on Monday" are ahead,
    # 2014-03-10. "this month" (twice) 2014-03. The strike-day hours "between 07:00 and 19:00",
    # "no trains after 19:00" and the last train "at 18:40 instead of the usual 23:45" recur on
    # each strike day or every night, XXXX-XX-XXThh:mm (gold_blind27, gold_blind56). "last
    # autumn" said in March is 2013-FA; "seven and a half hours" is PT450M, a fraction of an hour
    # written in minutes ("an hour and a quarter" PT75M, gold_blind76). "two days later" after
    # 26 February is 2014-02-28, the narrative's last date (gold_blind36, gold_blind56). "since
    # Christmas" -> "Christmas" 2013-12-25 with "every week" a SET of its own; "the final
    # quarter of 2013" is 2013-Q4, one span like "the fourth quarter of 2013". The march to City
    # Hall "on Tuesday morning" is during the strike, 2014-03-11TMO.
    "calderbridge-metro-48-hour-strike": (
        "2014-03-07",
        [
            ("48-hour", "DURATION", "PT48H"),
            ("next week", "DATE", "2014-W11"),
            ("00:01", "TIME", "2014-03-11T00:01"),
            ("Tuesday", "DATE", "2014-03-11"),
            ("Thursday", "DATE", "2014-03-13"),
            ("Friday 7 March 2014", "DATE", "2014-03-07"),
            ("48-hour", "DURATION", "PT48H"),
            ("next week", "DATE", "2014-W11"),
            ("yesterday", "DATE", "2014-03-06"),
            ("this month", "DATE", "2014-03"),
            ("00:01", "TIME", "2014-03-11T00:01"),
            ("Tuesday", "DATE", "2014-03-11"),
            ("23:59", "TIME", "2014-03-12T23:59"),
            ("Wednesday", "DATE", "2014-03-12"),
            ("Thursday", "DATE", "2014-03-13"),
            ("Tuesday night", "TIME", "2014-03-04TNI"),
            ("this month", "DATE", "2014-03"),
            ("24-hour", "DURATION", "PT24H"),
            ("Monday", "DATE", "2014-03-03"),
            ("every 15 minutes", "SET", "PT15M"),
            ("07:00", "TIME", "XXXX-XX-XXT07:00"),
            ("19:00", "TIME", "XXXX-XX-XXT19:00"),
            ("19:00", "TIME", "XXXX-XX-XXT19:00"),
            ("18:40", "TIME", "XXXX-XX-XXT18:40"),
            ("23:45", "TIME", "XXXX-XX-XXT23:45"),
            ("last autumn", "DATE", "2013-FA"),
            ("seven and a half hours", "DURATION", "PT450M"),
            ("eight hours", "DURATION", "PT8H"),
            ("26 February", "DATE", "2014-02-26"),
            ("nine hours", "DURATION", "PT9H"),
            ("Monday", "DATE", "2014-03-03"),
            ("two days later", "DATE", "2014-02-28"),
            ("10am", "TIME", "2014-03-10T10:00"),
            ("Monday", "DATE", "2014-03-10"),
            ("more than two years", "DURATION", "P2Y"),
            ("every week", "SET", "P1W"),
            ("Christmas", "DATE", "2013-12-25"),
            ("two-year", "DURATION", "P2Y"),
            ("the final quarter of 2013", "DATE", "2013-Q4"),
            ("Tuesday morning", "TIME", "2014-03-11TMO"),
        ],
    ),
    # Thursday 2014-11-27 (ISO week 48), Irish regional paper's timetable story, headline, byline,
    # date line "Thursday 27 November 2014". The timetable starts "from Sunday 14 December"
    # (headline "from 14 December"), 2014-12-14; it was "published yesterday", 2014-11-26. The
    # times of the new timetable recur every day they run, XXXX-XX-XXThh:mm ("at 05:50", "at
    # 23:45 instead of 23:10", "from 08:30", "at 22:15 rather than 23:10"), like the last trains
    # of gold_blind27; "20 minutes earlier than now" is the size of a shift, PT20M, with "now"
    # PRESENT_REF (the present timetable). "the first new late trains ... in more than a decade"
    # is the period of a "first in", P10Y. "up from hourly" is SET PT1H; "Saturdays" SET
    # XXXX-WXX-6 and "Saturday nights" SET XXXX-WXX-6TNI (gold_blind27). "August" past, 2014-08;
    # "the spring of 2013" one span. "last weekend" in a Thursday paper is the weekend of the
    # week before, 22-23 November, 2014-W47-WE. Holidays on their days: "Christmas Day"
    # 2014-12-25, "St Stephen's Day" 2014-12-26, "New Year's Day" 2015-01-01; "From 27 December
    # to 4 January" crosses the year, 2014-12-27 and 2015-01-04. "the first half of 2014" and
    # "a year earlier" after it, 2013-H1 (gold_blind35). "the new weekday timetable", "Sunday
    # services", "a Sunday timetable", "peak times", "Off-peak" and "peak trains" name kinds of
    # service and are not annotated (gold_blind56, gold_blind76).
    "kilbarrow-line-december-timetable": (
        "2014-11-27",
        [
            ("14 December", "DATE", "2014-12-14"),
            ("Thursday 27 November 2014", "DATE", "2014-11-27"),
            ("every 15 minutes", "SET", "PT15M"),
            ("Sunday 14 December", "DATE", "2014-12-14"),
            ("1994", "DATE", "1994"),
            ("yesterday", "DATE", "2014-11-26"),
            ("05:50", "TIME", "XXXX-XX-XXT05:50"),
            ("20 minutes", "DURATION", "PT20M"),
            ("now", "DATE", "PRESENT_REF"),
            ("23:45", "TIME", "XXXX-XX-XXT23:45"),
            ("23:10", "TIME", "XXXX-XX-XXT23:10"),
            ("more than a decade", "DURATION", "P10Y"),
            ("every 30 minutes", "SET", "PT30M"),
            ("hourly", "SET", "PT1H"),
            ("every 40 minutes", "SET", "PT40M"),
            ("08:30", "TIME", "XXXX-XX-XXT08:30"),
            ("38 minutes", "DURATION", "PT38M"),
            ("about six minutes", "DURATION", "PT6M"),
            ("the spring of 2013", "DATE", "2013-SP"),
            ("nine days", "DURATION", "P9D"),
            ("August", "DATE", "2014-08"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("22:15", "TIME", "XXXX-XX-XXT22:15"),
            ("23:10", "TIME", "XXXX-XX-XXT23:10"),
            ("ten years", "DURATION", "P10Y"),
            ("Saturday nights", "SET", "XXXX-WXX-6TNI"),
            ("now", "DATE", "PRESENT_REF"),
            ("last weekend", "DATE", "2014-W47-WE"),
            ("Christmas Day", "DATE", "2014-12-25"),
            ("St Stephen's Day", "DATE", "2014-12-26"),
            ("New Year's Day", "DATE", "2015-01-01"),
            ("27 December", "DATE", "2014-12-27"),
            ("4 January", "DATE", "2015-01-04"),
            ("every 20 minutes", "SET", "PT20M"),
            ("the first half of 2014", "DATE", "2014-H1"),
            ("a year earlier", "DATE", "2013-H1"),
            ("the coming months", "DURATION", "PXM"),
            ("the second half of 2015", "DATE", "2015-H2"),
        ],
    ),
    # Monday 2015-02-02 (ISO week 6), British regional paper's roadworks story, headline,
    # standfirst, byline, date line "Monday 2 February 2015"; "today" is the paper's day. The
    # bridge closes "overnight from 8pm to 6am for three weeks from Monday 16 February": every
    # night of the three weeks, so "overnight" (headline and lead) is TIME XXXX-XX-XXTNI, a part
    # of day on no particular date like the generic "overnight" of gold_blind83, and "8pm" and
    # "6am" are the recurring hours, XXXX-XX-XXT20:00 and XXXX-XX-XXT06:00 (see README). The
    # full closure: "the weekend of 21-22 March" one DATE span, 2015-W12-WE (gold_blind66,
    # gold_blind91), "from 8pm on Friday 20 March until 6am on Monday 23 March" four TIMEX3;
    # "58 hours" (standfirst and quote) is exactly that span. The cabinet approved the scheme
    # "on Thursday", 2015-01-29 (past). "last October" 2014-10; "until after Christmas" ->
    # "Christmas" 2014-12-25; "late last year" 2014; "the late 1990s" 199; "November" past
    # 2014-11; "the spring" ahead in February, 2015-SP; "last June" 2014-06. The buses leave
    # "from 19:45 each evening": TIME XXXX-XX-XXT19:45 and SET XXXX-XX-XXTEV. "by Good Friday,
    # 3 April" two DATEs 2015-04-03 (gold_blind76); "the Easter weekend" 2015-W14-WE (Easter
    # Sunday 5 April). "until further notice", "the night work", "the last trains" and the
    # adjectival "Overnight closures" are not annotated.
    "carrick-bridge-overnight-closures": (
        "2015-02-02",
        [
            ("overnight", "TIME", "XXXX-XX-XXTNI"),
            ("three weeks", "DURATION", "P3W"),
            ("58 hours", "DURATION", "PT58H"),
            ("March", "DATE", "2015-03"),
            ("Monday 2 February 2015", "DATE", "2015-02-02"),
            ("overnight", "TIME", "XXXX-XX-XXTNI"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("three weeks", "DURATION", "P3W"),
            ("Monday 16 February", "DATE", "2015-02-16"),
            ("today", "DATE", "2015-02-02"),
            ("the weekend of 21-22 March", "DATE", "2015-W12-WE"),
            ("8pm", "TIME", "2015-03-20T20:00"),
            ("Friday 20 March", "DATE", "2015-03-20"),
            ("6am", "TIME", "2015-03-23T06:00"),
            ("Monday 23 March", "DATE", "2015-03-23"),
            ("Thursday", "DATE", "2015-01-29"),
            ("last October", "DATE", "2014-10"),
            ("Christmas", "DATE", "2014-12-25"),
            ("late last year", "DATE", "2014"),
            ("1987", "DATE", "1987"),
            ("every year", "SET", "P1Y"),
            ("the late 1990s", "DATE", "199"),
            ("58 hours", "DURATION", "PT58H"),
            ("November", "DATE", "2014-11"),
            ("the spring", "DATE", "2015-SP"),
            ("19:45", "TIME", "XXXX-XX-XXT19:45"),
            ("each evening", "SET", "XXXX-XX-XXTEV"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("3 April", "DATE", "2015-04-03"),
            ("the Easter weekend", "DATE", "2015-W14-WE"),
            ("last June", "DATE", "2014-06"),
            ("2013", "DATE", "2013"),
            ("recently", "DATE", "PAST_REF"),
            ("the coming weeks", "DURATION", "PXW"),
            ("every Friday", "SET", "XXXX-WXX-5"),
        ],
    ),
    # Wednesday 2013-03-13 (ISO week 11), Australian wire (AAP style), headline, byline,
    # "PORT ARLEN, March 13 AAP -" dateline; local time is AEDT (UTC+11, daylight saving until
    # 7 April 2013). The fault and the cancellations are "on Wednesday", the wire's day; the
    # backlog clears "until Thursday morning", 2013-03-14TMO (twice). "7.30am AEDT (2030 GMT
    # Tuesday)" is two clock times for one moment, the GMT one on the day before with its own
    # DATE "Tuesday" 2013-03-12 (gold_blind28). The day's clock times take the wire's date:
    # "until 6pm", "at 1.15pm", "since 7am", and the night test "at 3am" (before the 7.30am
    # fault, so the same date). "tonight" 2013-03-13TNI; "on Wednesday evening" 2013-03-13TEV.
    # "the airport's 11pm curfew" names the nightly hour of the curfew, XXXX-XX-XXT23:00; the
    # extension "until 1am" is after midnight of tonight, so 2013-03-14T01:00 (gold_blind7).
    # "within 28 days" -> "28 days"; "the second radar failure ... in the past year" is the
    # period of an "Nth in", P1Y (gold_blind27); "September" past, 2012-09; "fog closed it for
    # 11 hours in July 2010" two TIMEX3. "on Thursday" (extra services) ahead, 2013-03-14. The
    # Australian financial year runs July-June: "the 2011-12 financial year" FY2012, one span
    # (gold_blind21 and later sets). "the first departures of the day", "Flight 1230", "Gate 9"
    # and "$1.42" are not annotated.
    "port-arlen-radar-fault-flights": (
        "2013-03-13",
        [
            ("March 13", "DATE", "2013-03-13"),
            ("Wednesday", "DATE", "2013-03-13"),
            ("Thursday morning", "TIME", "2013-03-14TMO"),
            ("7.30am AEDT", "TIME", "2013-03-13T07:30"),
            ("2030 GMT", "TIME", "2013-03-12T20:30"),
            ("Tuesday", "DATE", "2013-03-12"),
            ("up to three hours", "DURATION", "PT3H"),
            ("6pm", "TIME", "2013-03-13T18:00"),
            ("1.15pm", "TIME", "2013-03-13T13:15"),
            ("Thursday morning", "TIME", "2013-03-14TMO"),
            ("tonight", "TIME", "2013-03-13TNI"),
            ("7am", "TIME", "2013-03-13T07:00"),
            ("2011", "DATE", "2011"),
            ("3am", "TIME", "2013-03-13T03:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("28 days", "DURATION", "P28D"),
            ("the past year", "DURATION", "P1Y"),
            ("40-minute", "DURATION", "PT40M"),
            ("September", "DATE", "2012-09"),
            ("11 hours", "DURATION", "PT11H"),
            ("July 2010", "DATE", "2010-07"),
            ("Wednesday evening", "TIME", "2013-03-13TEV"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("1am", "TIME", "2013-03-14T01:00"),
            ("Wednesday", "DATE", "2013-03-13"),
            ("Thursday", "DATE", "2013-03-14"),
            ("recent years", "DATE", "PAST_REF"),
            ("the 2011-12 financial year", "DATE", "FY2012"),
            ("last month", "DATE", "2013-02"),
            ("mid-2014", "DATE", "2014"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Tuesday 2013-05-21 (ISO week 21), British daily's industrial story, headline, standfirst,
    # byline, date line "Tuesday 21 May 2013". Voting began "yesterday", Monday 2013-05-20, and
    # the talks "resumed yesterday" after "a break of almost three weeks" (since 2 May) and
    # "were due to continue this morning", 2013-05-21TMO. "within weeks" -> "weeks" PXW
    # (gold_blind28). The ballot closes on 12 June (Wednesday), the result "on Thursday 13
    # June"; "seven days' notice" -> "seven days" (gold_blind27) and the earliest walkout 20
    # June; "within 28 days of the result" -> "28 days". "from July" is ahead, 2013-07; "in
    # March" and "in April" past, 2013-03 and 2013-04. "one rise of 1 per cent in four years"
    # gives the period of a count, P4Y (like "in the past year" of an "Nth in"). "earlier this
    # month" 2013-05; "last year" 2012 and "a year earlier" after it 2011. "The spring bank
    # holiday on Monday" is two DATEs 2013-05-27, the last Monday of May (gold_blind56).
    # "Friday nights" SET XXXX-WXX-5TNI; "every evening this week" a SET and its frame, two
    # TIMEX3 (gold_blind56). "the summer holidays" (school holidays), "The summer timetable",
    # "an emergency timetable", "612 votes to 91", "the 7 and the 7A" and "may" (verb) are not
    # annotated.
    "wexley-bus-drivers-strike-ballot": (
        "2013-05-21",
        [
            ("12 June", "DATE", "2013-06-12"),
            ("weeks", "DURATION", "PXW"),
            ("Tuesday 21 May 2013", "DATE", "2013-05-21"),
            ("yesterday", "DATE", "2013-05-20"),
            ("almost three weeks", "DURATION", "P3W"),
            ("12 June", "DATE", "2013-06-12"),
            ("Thursday 13 June", "DATE", "2013-06-13"),
            ("seven days", "DURATION", "P7D"),
            ("20 June", "DATE", "2013-06-20"),
            ("28 days", "DURATION", "P28D"),
            ("this year", "DATE", "2013"),
            ("two-year", "DURATION", "P2Y"),
            ("July", "DATE", "2013-07"),
            ("July 2014", "DATE", "2014-07"),
            ("March", "DATE", "2013-03"),
            ("April", "DATE", "2013-04"),
            ("2 May", "DATE", "2013-05-02"),
            ("about four hours", "DURATION", "PT4H"),
            ("yesterday", "DATE", "2013-05-20"),
            ("this morning", "TIME", "2013-05-21TMO"),
            ("up to 13 hours", "DURATION", "PT13H"),
            ("four years", "DURATION", "P4Y"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("earlier this month", "DATE", "2013-05"),
            ("January 2012", "DATE", "2012-01"),
            ("last year", "DATE", "2012"),
            ("a year earlier", "DATE", "2011"),
            ("every 20 minutes", "SET", "PT20M"),
            ("The spring bank holiday", "DATE", "2013-05-27"),
            ("Monday", "DATE", "2013-05-27"),
            ("Friday nights", "SET", "XXXX-WXX-5TNI"),
            ("30 June", "DATE", "2013-06-30"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("this week", "DATE", "2013-W21"),
        ],
    ),
    # Saturday 2012-08-18 (ISO week 33), US regional paper's follow-up story, headline, deck,
    # byline "Staff Writer", date line "Saturday, August 18, 2012", "HARTWELL —" dateline. "last
    # month" (deck, possessive "last month's", and lead) is July 2012; the review was "released
    # Thursday", 2012-08-16, and the general manager "said Friday", 2012-08-17 (past); the
    # hearing "Tuesday evening" is ahead, 2012-08-21TEV. The line failed "at 4:42 p.m. on July
    # 9" (2012-07-09, a Monday) and reopened "the morning of July 19", one TIME span
    # (gold_blind28, gold_blind59): ten days, the "10-day" of headline and lead. "fixes to take
    # two years" (deck) and "over the next two years" are P2Y; "by mid-2013" 2013. "since 2010",
    # "since 2006", "a 2009 plan" (adjectival year), "the 1970s" 197. "every six months" SET
    # P6M, "annually" SET P1Y. "who took over in January" 2012-01; "in July" (quote and
    # ridership) 2012-07 and "a year earlier" after it 2011-07 (gold_blind35). "this week"
    # 2012-W33. "the weekend of Oct. 13-14" one DATE span, 2012-W41-WE (gold_blind66). "Line
    # 4", "Train 412", "the upper 90s" (temperatures), "twice" (a count), "the first two" and
    # "the shutdown" are not annotated.
    "hartwell-line-4-shutdown-review": (
        "2012-08-18",
        [
            ("10-day", "DURATION", "P10D"),
            ("last month", "DATE", "2012-07"),
            ("two years", "DURATION", "P2Y"),
            ("Saturday, August 18, 2012", "DATE", "2012-08-18"),
            ("10-day", "DURATION", "P10D"),
            ("last month", "DATE", "2012-07"),
            ("2010", "DATE", "2010"),
            ("Thursday", "DATE", "2012-08-16"),
            ("4:42 p.m.", "TIME", "2012-07-09T16:42"),
            ("July 9", "DATE", "2012-07-09"),
            ("the morning of July 19", "TIME", "2012-07-19TMO"),
            ("almost two hours", "DURATION", "PT2H"),
            ("the 1970s", "DATE", "197"),
            ("2006", "DATE", "2006"),
            ("2009", "DATE", "2009"),
            ("every six months", "SET", "P6M"),
            ("annually", "SET", "P1Y"),
            ("every 10 minutes", "SET", "PT10M"),
            ("25 minutes", "DURATION", "PT25M"),
            ("more than an hour", "DURATION", "PT1H"),
            ("the next two years", "DURATION", "P2Y"),
            ("mid-2013", "DATE", "2013"),
            ("January", "DATE", "2012-01"),
            ("Friday", "DATE", "2012-08-17"),
            ("Sept. 6", "DATE", "2012-09-06"),
            ("July", "DATE", "2012-07"),
            ("now", "DATE", "PRESENT_REF"),
            ("Tuesday evening", "TIME", "2012-08-21TEV"),
            ("90-day", "DURATION", "P90D"),
            ("July", "DATE", "2012-07"),
            ("a year earlier", "DATE", "2011-07"),
            ("this week", "DATE", "2012-W33"),
            ("the weekend of Oct. 13-14", "DATE", "2012-W41-WE"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
