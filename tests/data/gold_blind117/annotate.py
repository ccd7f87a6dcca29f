"""Annotations of the hundred-and-seventeenth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind117/annotate.py [--show]

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
    # Monday 2013-06-03 (ISO week 23), Canadian regional paper's website, headline ("five
    # minutes early"), stamp "Published June 3, 2013 - 11:52am ADT" (a DATE and a TIME, the zone
    # in the span and not in the value, gold_blind56, gold_blind103), byline, "MARLOW BAY —"
    # dateline. The inaugural flight left "late Sunday night" 2013-06-02TNI, "at 10:45 p.m.
    # ADT" 2013-06-02T22:45, and landed "at 7:40 a.m. local time Monday" 2013-06-03T07:40 (the
    # Ballyharran clock, four hours ahead) plus "Monday": each clock time on its own day and in
    # its own zone (gold_blind28, gold_blind53). "five minutes early" (headline) and "five
    # minutes ahead of schedule" are the size of an early arrival, PT5M, like the size of a
    # delay (gold_blind28, gold_blind89); "just under five hours" PT5H and "about six hours"
    # PT6H (flight times), "four hours ahead" PT4H (the size of a clock gap, like "the clocks go
    # back an hour" in gold_blind44). The return "was due to leave ... at 10:30 a.m. Ballyharran
    # time today" 2013-06-03T10:30 and land "at 12:35 p.m." (ADT) the same day. "Last night" in
    # a Monday-morning web story is Sunday night, 2013-06-02TNI, as is "on Sunday night";
    # "starts Sunday" is the coming Sunday 2013-06-09 (future), so "Sunday" holds both
    # directions. "said Friday" 2013-05-31. "in more than two decades" P20Y (the period of a
    # "first in", gold_blind35); "for 10 years" P10Y; "ended in 1991 after 14 years" P14Y;
    # "11 hours or more" -> "11 hours" PT11H; "over three years" P3Y. "three times a week" SET
    # P1W and "Mondays", "Thursdays", "Saturdays" SETs on their weekdays (gold_blind78,
    # gold_blind89); "until Oct. 26" 2013-10-26, the Saturday that ends the airline's summer
    # schedule ("summer schedule" a scheduling season, not annotated, gold_blind89). "June" and
    # "July" 2013; "by the end of August" 2013-08; "next spring" 2014-SP; "quarterly" SET P3M
    # (an adverb naming a recurrence, gold_blind35); "The airport's 2013 budget" -> "2013" an
    # adjectival year; "A weekly service" SET P1W; "every summer since" -> "every summer" SET
    # XXXX-SU ("since" alone is no TIMEX3); "Now" PRESENT_REF. Not annotated: "CB 418", "CB
    # 419" (flight numbers), "Gate 12", "174-seat", "B-757", "161 passengers", "eight crew",
    # "71 per cent", "Since then" (anaphoric), "71" (an age), "$1.2 million", "$499", the URL
    # "corbelair.ca/routes/2013/06/cb418" (numbers in a URL) and "1-877-555-1991" (a phone
    # number holding 1991, after the annotated "1991").
    "corbel-air-ballyharran-first-flight": (
        "2013-06-03",
        [
            ("five minutes", "DURATION", "PT5M"),
            ("June 3, 2013", "DATE", "2013-06-03"),
            ("11:52am ADT", "TIME", "2013-06-03T11:52"),
            ("more than two decades", "DURATION", "P20Y"),
            ("7:40 a.m. local time", "TIME", "2013-06-03T07:40"),
            ("Monday", "DATE", "2013-06-03"),
            ("five minutes", "DURATION", "PT5M"),
            ("late Sunday night", "TIME", "2013-06-02TNI"),
            ("10:45 p.m. ADT", "TIME", "2013-06-02T22:45"),
            ("just under five hours", "DURATION", "PT5H"),
            ("four hours", "DURATION", "PT4H"),
            ("10:30 a.m. Ballyharran time", "TIME", "2013-06-03T10:30"),
            ("today", "DATE", "2013-06-03"),
            ("12:35 p.m.", "TIME", "2013-06-03T12:35"),
            ("about six hours", "DURATION", "PT6H"),
            ("10 years", "DURATION", "P10Y"),
            ("Last night", "TIME", "2013-06-02TNI"),
            ("three times a week", "SET", "P1W"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Oct. 26", "DATE", "2013-10-26"),
            ("Friday", "DATE", "2013-05-31"),
            ("June", "DATE", "2013-06"),
            ("July", "DATE", "2013-07"),
            ("the end of August", "DATE", "2013-08"),
            ("next spring", "DATE", "2014-SP"),
            ("1991", "DATE", "1991"),
            ("14 years", "DURATION", "P14Y"),
            ("11 hours", "DURATION", "PT11H"),
            ("three years", "DURATION", "P3Y"),
            ("quarterly", "SET", "P3M"),
            ("2013", "DATE", "2013"),
            ("weekly", "SET", "P1W"),
            ("Sunday", "DATE", "2013-06-09"),
            ("Sunday night", "TIME", "2013-06-02TNI"),
            ("1978", "DATE", "1978"),
            ("every summer", "SET", "XXXX-SU"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Thursday 2014-10-16 (ISO week 42), Reuters-style strike wire, "UPDATE 2-" headline,
    # bullets, "VELSHAVN, Oct 16 (Reuters) -" dateline (the publication day). Velshavn is on
    # GMT+2 (summer time until 26 October): the walkout "began at 0400 local time (0200 GMT)",
    # two TIMEX3 on the publication day (gold_blind28, gold_blind89), and ends "at 0400 on
    # Saturday" 2014-10-18T04:00 plus "Saturday". "a 48-hour strike" and "a 24-hour stoppage"
    # adjectival durations; "into the weekend" -> "the weekend" 2014-W42-WE (18-19 October).
    # Past weekdays: talks broke down "on Tuesday night" 2014-10-14TNI "after 11 hours" PT11H,
    # Lorvanian "said on Wednesday" 2014-10-15; future: the minister "would meet both sides on
    # Monday" 2014-10-20, the passenger's rebooked flight "on Saturday evening" 2014-10-18TEV.
    # "before 1400" and her flight "at 0650" are clock times of the publication day; "by 1015
    # GMT" the share-price stamp of the day (gold_blind63). "this year" twice 2014 ("so far" a
    # signal); "on Sept 29" 2014-09-29; "a two-year deal" P2Y; "up to 14 hours" PT14H; "the
    # daily services" SET P1D (an adjective naming a recurrence, gold_blind89); "six months"
    # P6M; the further strikes "on Oct 30 and Oct 31" two DATEs, "every Friday in November"
    # (bullet and body) a SET XXXX-WXX-5 and a DATE 2014-11, like "every week of December"
    # (gold_blind28); "for now" -> "now" PRESENT_REF (gold_blind12, gold_blind70); "the first
    # half" 2014-H1 (no fiscal year described); "a walkout of more than a day" DURATION P1D;
    # "2008"; "last month" 2014-09; "the coming weeks" PXW; "was now booked" -> "now"
    # PRESENT_REF; "since early this morning" -> "early this morning" 2014-10-16TMO. Not
    # annotated: "LV 1430" and "LV 1615" (flight numbers that read like 14:30 and 16:15),
    # "212 of 430", "180 flights", "third strike", "3.5 percent", "14,000 passengers", "41
    # million euros", "19 million euros", "2.1 percent", "3.84 euros", "twice", "34" (an age),
    # "UPDATE 2" (the update count), "so far".
    "lorvanian-air-cabin-crew-strike": (
        "2014-10-16",
        [
            ("Thursday", "DATE", "2014-10-16"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("November", "DATE", "2014-11"),
            ("Oct 16", "DATE", "2014-10-16"),
            ("Thursday", "DATE", "2014-10-16"),
            ("48-hour", "DURATION", "PT48H"),
            ("the weekend", "DATE", "2014-W42-WE"),
            ("0400 local time", "TIME", "2014-10-16T04:00"),
            ("0200 GMT", "TIME", "2014-10-16T02:00"),
            ("0400", "TIME", "2014-10-18T04:00"),
            ("Saturday", "DATE", "2014-10-18"),
            ("this year", "DATE", "2014"),
            ("24-hour", "DURATION", "PT24H"),
            ("Sept 29", "DATE", "2014-09-29"),
            ("Tuesday night", "TIME", "2014-10-14TNI"),
            ("11 hours", "DURATION", "PT11H"),
            ("two-year", "DURATION", "P2Y"),
            ("up to 14 hours", "DURATION", "PT14H"),
            ("Wednesday", "DATE", "2014-10-15"),
            ("daily", "SET", "P1D"),
            ("1400", "TIME", "2014-10-16T14:00"),
            ("six months", "DURATION", "P6M"),
            ("Oct 30", "DATE", "2014-10-30"),
            ("Oct 31", "DATE", "2014-10-31"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("November", "DATE", "2014-11"),
            ("now", "DATE", "PRESENT_REF"),
            ("Monday", "DATE", "2014-10-20"),
            ("the first half", "DATE", "2014-H1"),
            ("this year", "DATE", "2014"),
            ("1015 GMT", "TIME", "2014-10-16T10:15"),
            ("more than a day", "DURATION", "P1D"),
            ("2008", "DATE", "2008"),
            ("last month", "DATE", "2014-09"),
            ("the coming weeks", "DURATION", "PXW"),
            ("0650", "TIME", "2014-10-16T06:50"),
            ("now", "DATE", "PRESENT_REF"),
            ("Saturday evening", "TIME", "2014-10-18TEV"),
            ("early this morning", "TIME", "2014-10-16TMO"),
        ],
    ),
    # Friday 2015-01-30 (ISO week 5), agency English service (Japanese-agency style),
    # "KAMIHARA, Jan. 30 (Seiran) --" dateline; "said Friday" is the publication day. Sorano's
    # business year runs April-March and is named by the year it ends (gold_blind63,
    # gold_blind74): "the business year through March" FY2015 plus "March" 2015-03, "the full
    # business year" FY2015 (the year now running, "the full year" of gold_blind63). "the nine
    # months to December" -> "the nine months" P9M plus "December" 2014-12, and "a year earlier"
    # after that fiscal stretch with no value of its own is the fiscal year before, FY2014
    # (gold_blind63); the headline's "nine-month" P9M. "for April-December" is two DATEs,
    # 2014-04 and 2014-12, a hyphenated month range without a head noun (gold_blind78).
    # Quarters named by calendar months keep calendar values: "the October-December quarter"
    # 2014-Q4, "the year-earlier quarter" 2013-Q4 (its granularity), "the July-September
    # quarter of 2012" one span 2012-Q3. "at 3 p.m." the market close of the day; "in the
    # evening" 2015-01-30TEV. "from June" 2014-06 (past); "since the summer" 2014-SU; "in the
    # spring" ahead 2015-SP; "in December" 2014-12; "for the fourth straight month" -> "the
    # fourth straight month" DURATION P1M (an ordinal run, gold_blind23, gold_blind89); "in
    # 2014", "by 2020"; "a daily flight" SET P1D; "from March 29" 2015-03-29 ("summer schedule"
    # not annotated); "three times a week" P1W; "the end of April" 2015-04; "by March 2018";
    # "over the past year" P1Y; "the next 12 months" P12M; "in 2010 and relisted two years
    # later" 2010 and 2012 (anchored on 2010); "on Tuesday" 2015-02-03 (future); "the past
    # three months" P3M; "April 30" 2015-04-30; "twice a year" SET P1Y; "since 1953". Not
    # annotated: "a quarterly loss" (an adjective naming the period of a figure, not a
    # recurrence, like "its usual monthly total" in gold_blind103), "Meridia M-320neo", "SR
    # 1800" (a flight number that reads like a time), "34%", "34 percent", "48.2 billion yen",
    # "1.12 trillion yen", "61 percent", "about a third", "13.4 million", "20 million", "12
    # percent", "about 40 percent", "284 yen", "22 percent", "after the market closed".
    "sorano-airlines-nine-month-profit": (
        "2015-01-30",
        [
            ("nine-month", "DURATION", "P9M"),
            ("Jan. 30", "DATE", "2015-01-30"),
            ("Friday", "DATE", "2015-01-30"),
            ("the nine months", "DURATION", "P9M"),
            ("December", "DATE", "2014-12"),
            ("a year earlier", "DATE", "FY2014"),
            ("April", "DATE", "2014-04"),
            ("December", "DATE", "2014-12"),
            ("3 p.m.", "TIME", "2015-01-30T15:00"),
            ("the October-December quarter", "DATE", "2014-Q4"),
            ("the year-earlier quarter", "DATE", "2013-Q4"),
            ("June", "DATE", "2014-06"),
            ("the business year", "DATE", "FY2015"),
            ("March", "DATE", "2015-03"),
            ("the evening", "TIME", "2015-01-30TEV"),
            ("now", "DATE", "PRESENT_REF"),
            ("the summer", "DATE", "2014-SU"),
            ("the spring", "DATE", "2015-SP"),
            ("December", "DATE", "2014-12"),
            ("the fourth straight month", "DURATION", "P1M"),
            ("2014", "DATE", "2014"),
            ("2020", "DATE", "2020"),
            ("daily", "SET", "P1D"),
            ("March 29", "DATE", "2015-03-29"),
            ("three times a week", "SET", "P1W"),
            ("the end of April", "DATE", "2015-04"),
            ("March 2018", "DATE", "2018-03"),
            ("the past year", "DURATION", "P1Y"),
            ("the next 12 months", "DURATION", "P12M"),
            ("2010", "DATE", "2010"),
            ("two years later", "DATE", "2012"),
            ("the July-September quarter of 2012", "DATE", "2012-Q3"),
            ("Tuesday", "DATE", "2015-02-03"),
            ("the past three months", "DURATION", "P3M"),
            ("the full business year", "DATE", "FY2015"),
            ("April 30", "DATE", "2015-04-30"),
            ("twice a year", "SET", "P1Y"),
            ("1953", "DATE", "1953"),
        ],
    ),
    # Tuesday 2014-09-02 (ISO week 36), British regional daily, headline ("every night for 16
    # weeks"), standfirst, byline, date line "Tuesday 2 September 2014"; "yesterday" Monday
    # 2014-09-01. The nightly closure "each night from 10.30pm to 6am" is a SET
    # XXXX-XX-XXTNI with two clock times of no particular day (gold_blind28, gold_blind103's
    # "from 7 p.m. to 7 a.m. every night"), "for 16 weeks" P16W "from Monday 15 September".
    # The full closure: "the weekend of 25-26 October" one DATE span 2014-W43-WE (gold_blind95),
    # "from 10.30pm on Friday 24 October until 6am on Monday 27 October" two TIMEs and two
    # DATEs; "that weekend" later is the same weekend, a narrative anchor (like "That winter"
    # in gold_blind103). "over Christmas" 2014-12-25, "from 20 December to 3 January" 2014-12-20
    # and 2015-01-03 (across the year end), "by the end of January" 2015-01. "in 1999"; "about
    # 15 years" P15Y; "last winter" in September is the winter of 2013-14, 2014-WI (named by
    # its January, gold_blind10, gold_blind97); "We had hoped to start in the spring" 2014-SP
    # (past); "until now" -> "now" PRESENT_REF. "flights scheduled after 10pm" and the
    # departure that "normally leaves at 22:15" and "will leave at 21:35" are the hours of
    # recurring flights, XXXX-XX-XXThh:mm (gold_blind89). "about 90 minutes" PT90M; "on
    # Thursday 11 September at 7pm" a DATE and a TIME. "the financial year to March" ->
    # "the financial year" FY2014 plus "March" 2014-03 (gold_blind61), "a year earlier" after
    # it FY2013 (its granularity); "this year" 2014 (calendar, gold_blind63); "recent years"
    # PAST_REF; "twice a week" SET P1W; "a decade ago" 2004 (the unit's granularity as most
    # sets give it); "the next five years" P5Y. Not annotated: "15-year-old" (the age of the
    # surface), "Late flights" and "evening departure" and "The overnight mail flight"
    # (adjectives naming kinds, gold_blind89, gold_blind95), "the duration", "the full
    # closure", "08/26" (a runway), "Taxiway B7", "£14.6m", "About 60 flights", "1.9 million",
    # "4%", "two million", "11 routes", "for the first time", the URL
    # "kestwickairport.co.uk/runway2014" and "01632 555 0826".
    "kestwick-airport-runway-night-closures": (
        "2014-09-02",
        [
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("16 weeks", "DURATION", "P16W"),
            ("Tuesday 2 September 2014", "DATE", "2014-09-02"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("10.30pm", "TIME", "XXXX-XX-XXT22:30"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("16 weeks", "DURATION", "P16W"),
            ("Monday 15 September", "DATE", "2014-09-15"),
            ("yesterday", "DATE", "2014-09-01"),
            ("the weekend of 25-26 October", "DATE", "2014-W43-WE"),
            ("10.30pm", "TIME", "2014-10-24T22:30"),
            ("Friday 24 October", "DATE", "2014-10-24"),
            ("6am", "TIME", "2014-10-27T06:00"),
            ("Monday 27 October", "DATE", "2014-10-27"),
            ("Christmas", "DATE", "2014-12-25"),
            ("20 December", "DATE", "2014-12-20"),
            ("3 January", "DATE", "2015-01-03"),
            ("the end of January", "DATE", "2015-01"),
            ("1999", "DATE", "1999"),
            ("about 15 years", "DURATION", "P15Y"),
            ("last winter", "DATE", "2014-WI"),
            ("the spring", "DATE", "2014-SP"),
            ("now", "DATE", "PRESENT_REF"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("22:15", "TIME", "XXXX-XX-XXT22:15"),
            ("21:35", "TIME", "XXXX-XX-XXT21:35"),
            ("about 90 minutes", "DURATION", "PT90M"),
            ("that weekend", "DATE", "2014-W43-WE"),
            ("Thursday 11 September", "DATE", "2014-09-11"),
            ("7pm", "TIME", "2014-09-11T19:00"),
            ("the financial year", "DATE", "FY2014"),
            ("March", "DATE", "2014-03"),
            ("a year earlier", "DATE", "FY2013"),
            ("this year", "DATE", "2014"),
            ("recent years", "DATE", "PAST_REF"),
            ("twice a week", "SET", "P1W"),
            ("a decade ago", "DATE", "2004"),
            ("the next five years", "DURATION", "P5Y"),
        ],
    ),
    # Wednesday 2012-11-14 (ISO week 46), aviation trade paper's website, headline ("slips to
    # second quarter"), standfirst, byline with stamp "14 Nov 2012 09:12 GMT" (a DATE and a
    # TIME). The first H-90 "had been due in December" 2012-12 and now comes "until the second
    # quarter of 2013" 2013-Q2 (the headline's "second quarter" the same), "a delay of about
    # five months" P5M (the size of a delay). "last week" twice 2012-W45; Tarrant "said on
    # Monday" 2012-11-12; Halvorsen "confirmed ... yesterday" 2012-11-13 and presents results
    # "on Thursday" 2012-11-15 (future). "six months from January" P6M and 2013-01 ("its
    # summer timetable" not annotated); "It now expects" and "We will now be talking" -> "now"
    # PRESENT_REF; "certified in the first quarter" ahead, 2013-Q1 (Halvorsen's fiscal year is
    # not described, so calendar quarters, and "third-quarter results" 2012-Q3); "mid-2012"
    # 2012 (gold_blind59); "March 2011"; "since May" 2012-05; "about three months" P3M;
    # "after an unusually mild winter" -> "winter" 2012-WI, the head noun, the winter of
    # 2011-12 named by its January (gold_blind103); "in July" 2012-07. "The 2008 launch" and
    # "its 2013 delivery forecast" adjectival years; "in 2011"; "about 18 months" P18M (the
    # size of a delay); "in late 2013" 2013; "rather than in the summer" 2013-SU (the summer
    # first promised for that delivery); "twice a year" SET P1Y; "the 12 months to September"
    # -> P12M plus 2012-09; "the next four years" P4Y; "every hour" SET PT1H; "around the end
    # of the decade" -> "the end of the decade" 201 (the 2010s, the decade's value like "the
    # end of 1990" takes the year's, gold_blind35); "recently" PAST_REF. Not annotated:
    # "H-90", "H-90s", "H-70", "AT-52s", "AT-1900" (model names, one reading like a year),
    # "50-seat", "78" (seats), "24 to 15 aircraft", "83 firm orders", "910 flights", "an
    # average age of 16 years" (the age of a fleet, gold_blind89), "18 turboprops", "14
    # routes", "1.1 million", "$19.5m", "€3m", "meanwhile", "behind plan", "late overall".
    "halvorsen-h90-tarrant-delivery-delay": (
        "2012-11-14",
        [
            ("second quarter", "DATE", "2013-Q2"),
            ("14 Nov 2012", "DATE", "2012-11-14"),
            ("09:12 GMT", "TIME", "2012-11-14T09:12"),
            ("the second quarter of 2013", "DATE", "2013-Q2"),
            ("about five months", "DURATION", "P5M"),
            ("last week", "DATE", "2012-W45"),
            ("December", "DATE", "2012-12"),
            ("Monday", "DATE", "2012-11-12"),
            ("six months", "DURATION", "P6M"),
            ("January", "DATE", "2013-01"),
            ("yesterday", "DATE", "2012-11-13"),
            ("now", "DATE", "PRESENT_REF"),
            ("the first quarter", "DATE", "2013-Q1"),
            ("mid-2012", "DATE", "2012"),
            ("March 2011", "DATE", "2011-03"),
            ("May", "DATE", "2012-05"),
            ("about three months", "DURATION", "P3M"),
            ("winter", "DATE", "2012-WI"),
            ("July", "DATE", "2012-07"),
            ("last week", "DATE", "2012-W45"),
            ("now", "DATE", "PRESENT_REF"),
            ("2008", "DATE", "2008"),
            ("2011", "DATE", "2011"),
            ("about 18 months", "DURATION", "P18M"),
            ("2013", "DATE", "2013"),
            ("late 2013", "DATE", "2013"),
            ("the summer", "DATE", "2013-SU"),
            ("twice a year", "SET", "P1Y"),
            ("the 12 months", "DURATION", "P12M"),
            ("September", "DATE", "2012-09"),
            ("the next four years", "DURATION", "P4Y"),
            ("every hour", "SET", "PT1H"),
            ("third-quarter", "DATE", "2012-Q3"),
            ("Thursday", "DATE", "2012-11-15"),
            ("the end of the decade", "DATE", "201"),
            ("recently", "DATE", "PAST_REF"),
        ],
    ),
    # Saturday 2015-03-28 (ISO week 13), British broadsheet's travel news, headline ("lands an
    # hour earlier"), standfirst, byline, date line "Saturday 28 March 2015". Clocks go forward
    # "an hour at 1am tomorrow": "an hour" PT1H (the size of the shift, gold_blind44), "1am"
    # 2015-03-29T01:00 and "tomorrow" 2015-03-29 ("British Summer Time", the name of a clock
    # regime, not annotated, gold_blind44); the headline's "an hour earlier" PT1H likewise.
    # "this weekend" twice 2015-W13-WE. Tonight's flight: "Tonight" 2015-03-28TNI, "22:15 GMT"
    # 2015-03-28T22:15, "07:15 local time tomorrow" 2015-03-29T07:15 plus "tomorrow" (each clock
    # on its own day and in its own zone, gold_blind28, gold_blind98); "about six hours" PT6H.
    # "three hours ahead of GMT now" PT3H and PRESENT_REF, "two hours ahead of us from
    # tomorrow" PT2H and 2015-03-29. "still leaving at 22:15 on Sunday night" 2015-03-29T22:15
    # and 2015-03-29TNI; it "will land at 06:15" on the Monday morning, 2015-03-30T06:15 (Port
    # Zell time). The return's "09:05 departure" and "14:10 instead of 13:10" are the hours of a
    # recurring flight, XXXX-XX-XXThh:mm (gold_blind89's "the 0810 departure"), as is "the
    # afternoon departure ... will once again land at 16:40 local time". "Every spring" SET
    # XXXX-SP. "three weeks ago, on 8 March" -> 2015-W10 ("N ago" at the unit's granularity;
    # 8 March 2015 is the Sunday of week 10) and 2015-03-08; "For the past three weeks" P3W;
    # "four hours rather than five" -> "four hours" PT4H (the elided "five" not annotated);
    # "Last year" 2014; "turned up an hour late" PT1H (the size of a delay); "until 24
    # October" 2015-10-24; "on 25 October" 2015-10-25 and "the same day" after it, the same
    # date (gold_blind89); "in the future" -> "the future" FUTURE_REF. Not annotated: "HW 2215"
    # (a flight number reading like 22:15), "HW 2216", "summer schedules", "winter schedules"
    # (scheduling seasons, gold_blind78, gold_blind89), "the afternoon departure",
    # "overnight and early-morning services" (adjectives naming kinds), "Until then"
    # (anaphoric), "the clock change", "300 passengers", "twice" ("check ... twice").
    "clocks-forward-flight-times-port-zell": (
        "2015-03-28",
        [
            ("an hour", "DURATION", "PT1H"),
            ("Saturday 28 March 2015", "DATE", "2015-03-28"),
            ("this weekend", "DATE", "2015-W13-WE"),
            ("an hour", "DURATION", "PT1H"),
            ("1am", "TIME", "2015-03-29T01:00"),
            ("tomorrow", "DATE", "2015-03-29"),
            ("Tonight", "TIME", "2015-03-28TNI"),
            ("22:15 GMT", "TIME", "2015-03-28T22:15"),
            ("07:15 local time", "TIME", "2015-03-29T07:15"),
            ("tomorrow", "DATE", "2015-03-29"),
            ("about six hours", "DURATION", "PT6H"),
            ("2011", "DATE", "2011"),
            ("three hours", "DURATION", "PT3H"),
            ("now", "DATE", "PRESENT_REF"),
            ("two hours", "DURATION", "PT2H"),
            ("tomorrow", "DATE", "2015-03-29"),
            ("22:15", "TIME", "2015-03-29T22:15"),
            ("Sunday night", "TIME", "2015-03-29TNI"),
            ("06:15", "TIME", "2015-03-30T06:15"),
            ("09:05", "TIME", "XXXX-XX-XXT09:05"),
            ("14:10", "TIME", "XXXX-XX-XXT14:10"),
            ("13:10", "TIME", "XXXX-XX-XXT13:10"),
            ("Every spring", "SET", "XXXX-SP"),
            ("three weeks ago", "DATE", "2015-W10"),
            ("8 March", "DATE", "2015-03-08"),
            ("the past three weeks", "DURATION", "P3W"),
            ("four hours", "DURATION", "PT4H"),
            ("tomorrow", "DATE", "2015-03-29"),
            ("16:40 local time", "TIME", "XXXX-XX-XXT16:40"),
            ("Last year", "DATE", "2014"),
            ("an hour", "DURATION", "PT1H"),
            ("this weekend", "DATE", "2015-W13-WE"),
            ("tomorrow", "DATE", "2015-03-29"),
            ("24 October", "DATE", "2015-10-24"),
            ("25 October", "DATE", "2015-10-25"),
            ("the same day", "DATE", "2015-10-25"),
            ("the future", "DATE", "FUTURE_REF"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
