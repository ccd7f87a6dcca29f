"""Annotations of blind gold set 630, chosen by hand before the tagger ran.

    python tests/data/gold_blind630/annotate.py [--show]

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
    # Monday 1998-11-16 (ISO week 47), US paper's foreign-desk print story, date line "Monday,
    # November 16, 1998", section label, title-case headline, byline, dated dateline "NIIGATA,
    # Japan, Nov. 15 —": the dateline's date is the Sunday the story was filed, DATE
    # 1998-11-15 as written (gold_blind16); the dct stays 1998-11-16. No relative expression
    # resolves differently from the two days. The summit closed "on Sunday" 1998-11-15, its
    # statement signed "at 4:10 p.m. local time (0710 GMT)": Japan is nine hours ahead, both
    # on the Sunday, two TIMEX3 with the zone in the span (gold_blind18, gold_blind28).
    # "nearly three hours later than planned" is the size of a delay, DURATION PT3H
    # (gold_blind35). "talks on Saturday that ran past midnight" -> "Saturday" 1998-11-14 and
    # "midnight" the midnight ending that Saturday, 1998-11-14T24:00 (gold_blind40,
    # gold_blind103); "Saturday night" 1998-11-14TNI. Past "on Friday" 1998-11-13 and "that
    # evening" after it 1998-11-13TEV (a narrative anchor, gold_blind32). Future "on Monday" is
    # the publication day itself, 1998-11-16 (the day after the dateline's Sunday: both anchors
    # agree), "Tuesday morning" 1998-11-17TMO. "next summer" 1999-SU; "early next year" 1999;
    # "from April" 1999-04 and "April 29" 1999-04-29 (Japan's holiday of that day, not named);
    # "the fiscal year that begins April 1": Japan's April-March fiscal year beginning in
    # April 1999 ends in March 2000, FY2000 (named by the year it ends, gold_blind35,
    # gold_blind63), plus "April 1" 1999-04-01. "the following two years" DURATION P2Y;
    # "annually" SET P1Y; "every autumn" SET XXXX-FA (gold_blind40's "every spring"); "the
    # autumn of 1999" one span 1999-FA; "Between August and October this year" -> 1998-08,
    # 1998-10 and "this year" 1998. "For three years" twice P3Y; quoted "within days" ->
    # "days" PXD (gold_blind40's "within weeks"); "the coming months" PXM; "the 2002 World
    # Cup" -> "2002", an adjectival year before the noun (gold_blind78); "the early 1990s" 199;
    # "now" PRESENT_REF; "three times a week" and "once a week" SETs P1W. Not annotated:
    # "year-round" (an adjective naming a kind of route, like "around the clock"), "since"
    # (alone, after "every autumn"), "a national holiday in Japan" (a predicate), "an evening
    # flight" (an adjective naming a kind of flight, like "Overnight lows" in gold_blind103),
    # "11,000-ton", "Tu-154", "Page A9", "1.2 billion yen", "$10 million", "800 million yen",
    # "61", "58" (ages), "three Japanese and two South Korean crab boats", "four countries".
    "niigata-sea-of-japan-governors-summit": (
        "1998-11-16",
        [
            ("Monday, November 16, 1998", "DATE", "1998-11-16"),
            ("Nov. 15", "DATE", "1998-11-15"),
            ("two-day", "DURATION", "P2D"),
            ("Sunday", "DATE", "1998-11-15"),
            ("next summer", "DATE", "1999-SU"),
            ("1995", "DATE", "1995"),
            ("4:10 p.m. local time", "TIME", "1998-11-15T16:10"),
            ("0710 GMT", "TIME", "1998-11-15T07:10"),
            ("nearly three hours", "DURATION", "PT3H"),
            ("Saturday", "DATE", "1998-11-14"),
            ("midnight", "TIME", "1998-11-14T24:00"),
            ("Saturday night", "TIME", "1998-11-14TNI"),
            ("early next year", "DATE", "1999"),
            ("1987", "DATE", "1987"),
            ("twice a week", "SET", "P1W"),
            ("April", "DATE", "1999-04"),
            ("April 29", "DATE", "1999-04-29"),
            ("about 40 hours", "DURATION", "PT40H"),
            ("the fiscal year", "DATE", "FY2000"),
            ("April 1", "DATE", "1999-04-01"),
            ("annually", "SET", "P1Y"),
            ("the following two years", "DURATION", "P2Y"),
            ("1993", "DATE", "1993"),
            ("every autumn", "SET", "XXXX-FA"),
            ("the autumn of 1999", "DATE", "1999-FA"),
            ("1995", "DATE", "1995"),
            ("August", "DATE", "1998-08"),
            ("October", "DATE", "1998-10"),
            ("this year", "DATE", "1998"),
            ("11 weeks", "DURATION", "P11W"),
            ("three years", "DURATION", "P3Y"),
            ("three years", "DURATION", "P3Y"),
            ("Friday", "DATE", "1998-11-13"),
            ("that evening", "TIME", "1998-11-13TEV"),
            ("days", "DURATION", "PXD"),
            ("the coming months", "DURATION", "PXM"),
            ("Monday", "DATE", "1998-11-16"),
            ("Tuesday morning", "TIME", "1998-11-17TMO"),
            ("2002", "DATE", "2002"),
            ("the early 1990s", "DATE", "199"),
            ("now", "DATE", "PRESENT_REF"),
            ("three times a week", "SET", "P1W"),
            ("once a week", "SET", "P1W"),
            ("1994", "DATE", "1994"),
        ],
    ),
    # Saturday 1999-10-30 (ISO week 43), US paper's foreign-desk print story, date line
    # "Saturday, October 30, 1999", section label, headline, byline "Herald Staff Writer",
    # undated dateline "LEGAZPI, Philippines —". The typhoon struck "early Friday" 1999-10-29
    # (DATE, the modifier kept, gold_blind40's "early Monday"), "at about 3:30 a.m. local time
    # Friday (1930 GMT Thursday)": the Philippines are eight hours ahead, so the GMT clock
    # time falls on the day before, each on the day the text gives it, "Thursday" a DATE of
    # its own (gold_blind28, gold_blind40). "Thursday night local time" is one TIME span
    # 1999-10-28TNI, the zone words kept like "Tuesday local time" (gold_blind78). All Saints'
    # Day (headline and body) and "Nov. 1" are 1999-11-01, a Monday; "the long All Saints' Day
    # weekend" is the Saturday-Monday holiday weekend, the ISO week of its Saturday,
    # 1999-W43-WE (like "Family Day weekend", gold_blind103); "All Souls' Day" and "on
    # Tuesday" 1999-11-02 (present tense of a habit, the coming one). "In its 11 a.m. bulletin"
    # is Friday's, 1999-10-29T11:00 (a clock time on the day of its narrative); "overnight"
    # (expected to pass) the night begun on Friday evening, 1999-10-29TNI (gold_blind103);
    # "Saturday afternoon" the publication day's, 1999-10-30TAF. "through the morning and into
    # the afternoon" -> "the morning" 1999-10-29TMO and "the afternoon" 1999-10-29TAF, the
    # rescue day. Past weekdays: "since Tuesday" 1999-10-26, "on Wednesday evening"
    # 1999-10-27TEV, "since Thursday" and "on Thursday" 1999-10-28, "on Friday evening"
    # 1999-10-29TEV. Future: "until at least Wednesday" -> "at least Wednesday" 1999-11-03,
    # "before Sunday" 1999-10-31. The maid's quoted "tonight" is anchored to the day she spoke,
    # Friday, 1999-10-29TNI (gold_blind40); "since 5 a.m." that morning, 1999-10-29T05:00.
    # "every six hours" SET PT6H; "three days" P3D; "nearly six hours" PT6H; "10 years" P10Y;
    # "in November" 1999-11 (the coming month); "more than a decade" P10Y (the period of a
    # superlative, gold_blind103); "this year" 1999. Not annotated: "shortly before dawn" and
    # "at dusk" (dawn and dusk have no value, gold_blind40), "Signal No. 4", "150 miles an
    # hour", "Page 4", "Part A", "23", "14 houses", "200,000", "1.4 billion pesos", "$35
    # million", "the third typhoon", "52", "44" (ages), "www.bicolaid1999.org" (a URL holding
    # the year), "(02) 527-1987" (a phone number), "a single visit".
    "albay-typhoon-hesper-all-saints": (
        "1999-10-30",
        [
            ("Saturday, October 30, 1999", "DATE", "1999-10-30"),
            ("All Saints' Day", "DATE", "1999-11-01"),
            ("early Friday", "DATE", "1999-10-29"),
            ("the long All Saints' Day weekend", "DATE", "1999-W43-WE"),
            ("about 3:30 a.m. local time", "TIME", "1999-10-29T03:30"),
            ("Friday", "DATE", "1999-10-29"),
            ("1930 GMT", "TIME", "1999-10-28T19:30"),
            ("Thursday", "DATE", "1999-10-28"),
            ("Thursday night local time", "TIME", "1999-10-28TNI"),
            ("nearly six hours", "DURATION", "PT6H"),
            ("11 a.m.", "TIME", "1999-10-29T11:00"),
            ("overnight", "TIME", "1999-10-29TNI"),
            ("Saturday afternoon", "TIME", "1999-10-30TAF"),
            ("every six hours", "SET", "PT6H"),
            ("Tuesday", "DATE", "1999-10-26"),
            ("the morning", "TIME", "1999-10-29TMO"),
            ("the afternoon", "TIME", "1999-10-29TAF"),
            ("three days", "DURATION", "P3D"),
            ("Wednesday evening", "TIME", "1999-10-27TEV"),
            ("Thursday", "DATE", "1999-10-28"),
            ("at least Wednesday", "DATE", "1999-11-03"),
            ("All Saints' Day", "DATE", "1999-11-01"),
            ("Nov. 1", "DATE", "1999-11-01"),
            ("Tuesday", "DATE", "1999-11-02"),
            ("All Souls' Day", "DATE", "1999-11-02"),
            ("Friday evening", "TIME", "1999-10-29TEV"),
            ("Thursday", "DATE", "1999-10-28"),
            ("Sunday", "DATE", "1999-10-31"),
            ("10 years", "DURATION", "P10Y"),
            ("5 a.m.", "TIME", "1999-10-29T05:00"),
            ("tonight", "TIME", "1999-10-29TNI"),
            ("November", "DATE", "1999-11"),
            ("more than a decade", "DURATION", "P10Y"),
            ("this year", "DATE", "1999"),
        ],
    ),
    # Wednesday 1998-01-21 (ISO week 4), US paper's foreign-desk print story, date line
    # "Wednesday, January 21, 1998; Page A17", title-case headline, byline "Courier Foreign
    # Service", undated dateline "BEIJING —". The Spring Festival (the first day of the lunar
    # year) fell on Wednesday 1998-01-28: "The Spring Festival", "next Wednesday" and "Jan. 28"
    # all 1998-01-28 (holidays on the day they fall, gold_blind78); "Lunar New Year's Eve" and
    # "next Tuesday" 1998-01-27, the quoted "by Tuesday night" 1998-01-27TNI (gold_blind79's
    # "Chinese New Year's Eve"). "the Year of the Tiger" (headline and body) is DATE 1998, a
    # lunar year taking the value of the calendar year it begins in (gold_blind57's "the Year
    # of the Horse"). Past weekdays: "On Monday morning" 1998-01-19TMO, the scalpers' prices
    # "on Tuesday" 1998-01-20, "said Tuesday evening" 1998-01-20TEV; future: "a train leaving
    # Saturday" 1998-01-24, "Monday, Jan. 26" one span (gold_blind28). "last year's festival,
    # on Feb. 7, 1997" -> "last year" 1997 (the possessive dropped) and "Feb. 7, 1997" (the
    # Spring Festival of 1997). "a week after the holiday" -> "a week" P1W (anchored duration,
    # gold_blind35); "the past four days" P4D; "no more than 10 days" P10D (the modifier kept,
    # like "up to 14 days", gold_blind40); "a 40-day travel season", "the three-day legal
    # holiday", "a 36-hour trip" adjectival DURATIONs; "at least two weeks" P2W; "the next three
    # weeks" P3W; "within an hour" -> "an hour" PT1H. The ticket windows' and the shuttle's hours
    # recur, "8 a.m." XXXX-XX-XXT08:00 with "every day" SET P1D, "from 7 a.m. to 9 p.m." two
    # TIMEs XXXX-XX-XXThh:mm beside "every 30 minutes" SET PT30M (gold_blind28, gold_blind103).
    # "every year" and "Every year" SETs P1Y; "the early 1990s" 199; "New Year's Day"
    # 1998-01-01; "now" PRESENT_REF. Not annotated: "6324-1998" (a phone number holding the
    # year), "Boeing 737", "Page A17", "450 yuan", "$54", "189 yuan", "130 million", "312",
    # "2,000", "three million", "1,400 flights", "34", "22" (ages), "hard-seat",
    # "standing-room", "the family reunion dinner", "the holiday" (anaphoric).
    "beijing-spring-festival-ticket-rush": (
        "1998-01-21",
        [
            ("Wednesday, January 21, 1998", "DATE", "1998-01-21"),
            ("the Year of the Tiger", "DATE", "1998"),
            ("the past four days", "DURATION", "P4D"),
            ("Monday morning", "TIME", "1998-01-19TMO"),
            ("Feb. 3", "DATE", "1998-02-03"),
            ("a week", "DURATION", "P1W"),
            ("The Spring Festival", "DATE", "1998-01-28"),
            ("the Year of the Tiger", "DATE", "1998"),
            ("next Wednesday", "DATE", "1998-01-28"),
            ("Jan. 28", "DATE", "1998-01-28"),
            ("Jan. 13", "DATE", "1998-01-13"),
            ("Feb. 21", "DATE", "1998-02-21"),
            ("40-day", "DURATION", "P40D"),
            ("every year", "SET", "P1Y"),
            ("the early 1990s", "DATE", "199"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("every day", "SET", "P1D"),
            ("no more than 10 days", "DURATION", "P10D"),
            ("Tuesday", "DATE", "1998-01-20"),
            ("36-hour", "DURATION", "PT36H"),
            ("New Year's Day", "DATE", "1998-01-01"),
            ("Feb. 21", "DATE", "1998-02-21"),
            ("last year", "DATE", "1997"),
            ("Feb. 7, 1997", "DATE", "1997-02-07"),
            ("at least two weeks", "DURATION", "P2W"),
            ("Monday, Jan. 26", "DATE", "1998-01-26"),
            ("three-day", "DURATION", "P3D"),
            ("Jan. 28", "DATE", "1998-01-28"),
            ("Jan. 30", "DATE", "1998-01-30"),
            ("Lunar New Year's Eve", "DATE", "1998-01-27"),
            ("next Tuesday", "DATE", "1998-01-27"),
            ("Tuesday night", "TIME", "1998-01-27TNI"),
            ("Saturday", "DATE", "1998-01-24"),
            ("the next three weeks", "DURATION", "P3W"),
            ("now", "DATE", "PRESENT_REF"),
            ("every 30 minutes", "SET", "PT30M"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("1996", "DATE", "1996"),
            ("an hour", "DURATION", "PT1H"),
            ("Every year", "SET", "P1Y"),
            ("Tuesday evening", "TIME", "1998-01-20TEV"),
            ("Feb. 2", "DATE", "1998-02-02"),
        ],
    ),
    # Thursday 2000-10-26 (ISO week 43), British paper's print story, date line "The Northern
    # Chronicle, Thursday 26 October 2000", section label, sentence-case headline, standfirst,
    # byline "Jonathan Reeve in Seoul", no dateline. "yesterday" is Wednesday 2000-10-25, the
    # by-election; "last night" its night, 2000-10-25TNI; "today" and "tomorrow" 2000-10-26 and
    # 2000-10-27 (gold_blind40's Guardian print story). Korea is nine hours ahead of GMT:
    # "6pm local time (0900 GMT)" both on the 25th; "12.40am local time today (1540 GMT
    # yesterday)" -> 2000-10-26T00:40, "today", 2000-10-25T15:40 and "yesterday", each clock
    # time on the day the text gives it (gold_blind28). "shortly after 1am" the same night,
    # 2000-10-26T01:00. "Campaigning ended at midnight on Tuesday" -> 2000-10-24T24:00 and
    # "Tuesday" 2000-10-24; "on Tuesday night local time" one TIME span 2000-10-24TNI
    # (gold_blind78). Future: "on Monday" 2000-10-30, "on Saturday" 2000-10-28. "the remaining
    # 20 months" DURATION P20M; "four-year" and "five-year" adjectival DURATIONs; "June 2002",
    # "February 2003", "April 2004" as written; "before the end of the year" 2000 (gold_blind40).
    # "the first nine months of this year" -> "the first nine months" P9M and "this year" 2000
    # (gold_blind78); "in September ... a year earlier" 2000-09 and 1999-09 (the granularity of
    # what it is compared with); "since the spring" 2000-SP; "late 1997" 1997; "since March"
    # 2000-03; "this week" 2000-W43; "3 October, National Foundation Day" two DATEs 2000-10-03
    # (gold_blind78's "National Day on 9th December"). The fish market's opening recurs: "at 5am
    # daily" -> XXXX-XX-XXT05:00 and SET P1D; "at 5am tomorrow" 2000-10-27T05:00. "quarterly"
    # SET P3M, "every month" SET P1M; "30 years" and quoted "For three years" DURATIONs. Not
    # annotated: "52.6%", "38.2%", "11%", "7.4%", "5.1%", "20,000 people", "3,400 workers",
    # "Panamax", "1,139 to the dollar", "47" (an age), "a by-election".
    "changmun-mayoral-by-election": (
        "2000-10-26",
        [
            ("Thursday 26 October 2000", "DATE", "2000-10-26"),
            ("1995", "DATE", "1995"),
            ("30 years", "DURATION", "P30Y"),
            ("yesterday", "DATE", "2000-10-25"),
            ("6pm local time", "TIME", "2000-10-25T18:00"),
            ("0900 GMT", "TIME", "2000-10-25T09:00"),
            ("12.40am local time", "TIME", "2000-10-26T00:40"),
            ("today", "DATE", "2000-10-26"),
            ("1540 GMT", "TIME", "2000-10-25T15:40"),
            ("yesterday", "DATE", "2000-10-25"),
            ("1995", "DATE", "1995"),
            ("midnight", "TIME", "2000-10-24T24:00"),
            ("Tuesday", "DATE", "2000-10-24"),
            ("Tuesday night local time", "TIME", "2000-10-24TNI"),
            ("July", "DATE", "2000-07"),
            ("Monday", "DATE", "2000-10-30"),
            ("the remaining 20 months", "DURATION", "P20M"),
            ("four-year", "DURATION", "P4Y"),
            ("June 2002", "DATE", "2002-06"),
            ("late 1997", "DATE", "1997"),
            ("the first nine months", "DURATION", "P9M"),
            ("this year", "DATE", "2000"),
            ("September", "DATE", "2000-09"),
            ("a year earlier", "DATE", "1999-09"),
            ("the spring", "DATE", "2000-SP"),
            ("three years", "DURATION", "P3Y"),
            ("1am", "TIME", "2000-10-26T01:00"),
            ("quarterly", "SET", "P3M"),
            ("every month", "SET", "P1M"),
            ("last night", "TIME", "2000-10-25TNI"),
            ("Saturday", "DATE", "2000-10-28"),
            ("the end of the year", "DATE", "2000"),
            ("five-year", "DURATION", "P5Y"),
            ("February 2003", "DATE", "2003-02"),
            ("April 2004", "DATE", "2004-04"),
            ("this week", "DATE", "2000-W43"),
            ("March", "DATE", "2000-03"),
            ("3 October", "DATE", "2000-10-03"),
            ("National Foundation Day", "DATE", "2000-10-03"),
            ("5am", "TIME", "XXXX-XX-XXT05:00"),
            ("daily", "SET", "P1D"),
            ("5am", "TIME", "2000-10-27T05:00"),
            ("tomorrow", "DATE", "2000-10-27"),
        ],
    ),
    # Friday 2000-08-11 (ISO week 32), British paper's print story, date line "THE LONDON
    # MERIDIAN Friday August 11 2000", section label "OVERSEAS NEWS", headline, byline "FROM
    # HELEN STRACHAN IN JAKARTA", no dateline; British print copy: "yesterday" Thursday
    # 2000-08-10. "put off for a fortnight" (headline) and "postponed for two weeks" DURATION
    # P2W, the size of a delay (gold_blind35). "3.45pm Jakarta time (0845 GMT)" -> Jakarta is
    # seven hours ahead, both 2000-08-10, the zone words in the span like "Beijing time"
    # (gold_blind31); "since 9am" that day. "Thursday August 24" one span 2000-08-24 (a British
    # date with its weekday, gold_blind40), "a week after Independence Day on August 17" ->
    # "a week" P1W, "Independence Day" and "August 17" 2000-08-17, two DATEs (gold_blind78);
    # "next Thursday" the same day; "the 55th anniversary" is an ordinal anniversary, left out
    # (gold_blind15, gold_blind78). The courts close "from Wednesday August 16 until Friday
    # August 18", two DATEs with their weekdays. Past weekdays: "on Monday" 2000-08-07, "since
    # Tuesday night" 2000-08-08TNI, "on Wednesday afternoon" 2000-08-09TAF and "the next day"
    # after it 2000-08-10 (a narrative anchor, gold_blind40). "from 1993 to 1998",
    # "between 1996 and mid-1998" (mid-1998 -> 1998, gold_blind59), "mid-1997" 1997. "in March"
    # 2000-03; "in June" 2000-06 (past); "in October" 2000-10 (future); "2001"; "last year"
    # 1999; "the end of 2000" 2000. "every morning this week" -> SET XXXX-XX-XXTMO and "this
    # week" 2000-W32 (gold_blind40's "every weekend in June"); "twice a week" SET P1W.
    # "a 12-year prison sentence" DURATION P12Y; the lawyer's quoted "at least a week" P1W; the
    # student's "32 years" P32Y and "14 more days" one DURATION span P14D ("more" kept like
    # "another three months", gold_blind40). "the second quarter ... from a year earlier"
    # 2000-Q2 and 1999-Q2 (a country's calendar quarters, gold_blind35). Not annotated: "Law No
    # 3/1971" (a law's number holding a year, like "Bill 2012/31" in gold_blind40), "since"
    # alone ("has sat twice a week since"), "41 billion rupiah", "£3.2 million", "4.1 per
    # cent", "64", "21" (ages), "2-1" (the judges' split), "300 students", "14 graft trials",
    # "Two", "one".
    "jakarta-ex-governor-graft-verdict-delayed": (
        "2000-08-11",
        [
            ("Friday August 11 2000", "DATE", "2000-08-11"),
            ("a fortnight", "DURATION", "P2W"),
            ("yesterday", "DATE", "2000-08-10"),
            ("two weeks", "DURATION", "P2W"),
            ("3.45pm Jakarta time", "TIME", "2000-08-10T15:45"),
            ("0845 GMT", "TIME", "2000-08-10T08:45"),
            ("9am", "TIME", "2000-08-10T09:00"),
            ("yesterday", "DATE", "2000-08-10"),
            ("Thursday August 24", "DATE", "2000-08-24"),
            ("a week", "DURATION", "P1W"),
            ("Independence Day", "DATE", "2000-08-17"),
            ("August 17", "DATE", "2000-08-17"),
            ("1993", "DATE", "1993"),
            ("1998", "DATE", "1998"),
            ("1996", "DATE", "1996"),
            ("mid-1998", "DATE", "1998"),
            ("Monday", "DATE", "2000-08-07"),
            ("12-year", "DURATION", "P12Y"),
            ("March", "DATE", "2000-03"),
            ("twice a week", "SET", "P1W"),
            ("Tuesday night", "TIME", "2000-08-08TNI"),
            ("at least a week", "DURATION", "P1W"),
            ("Wednesday afternoon", "TIME", "2000-08-09TAF"),
            ("the next day", "DATE", "2000-08-10"),
            ("next Thursday", "DATE", "2000-08-17"),
            ("Wednesday August 16", "DATE", "2000-08-16"),
            ("Friday August 18", "DATE", "2000-08-18"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("this week", "DATE", "2000-W32"),
            ("yesterday", "DATE", "2000-08-10"),
            ("August 24", "DATE", "2000-08-24"),
            ("32 years", "DURATION", "P32Y"),
            ("14 more days", "DURATION", "P14D"),
            ("last year", "DATE", "1999"),
            ("the end of 2000", "DATE", "2000"),
            ("June", "DATE", "2000-06"),
            ("October", "DATE", "2000-10"),
            ("2001", "DATE", "2001"),
            ("the second quarter", "DATE", "2000-Q2"),
            ("a year earlier", "DATE", "1999-Q2"),
            ("mid-1997", "DATE", "1997"),
        ],
    ),
    # Tuesday 1999-04-27 (ISO week 17), British financial paper's print story, date line "THE
    # CITY GAZETTE TUESDAY APRIL 27 1999", section label "ASIA-PACIFIC", headline, byline "By
    # Gwen Parry in Sydney", no dateline; "yesterday" Monday 1999-04-26, "last night" its night.
    # Two fiscal calendars: the Japanese mills' year runs April-March, so "the Japanese fiscal
    # year that began on April 1" (1999) ends in March 2000, FY2000 (named by the year it ends,
    # gold_blind63, gold_blind74), plus "April 1" 1999-04-01. Burrangong's Australian
    # financial year runs July-June: "the financial year to June 30, 2000" -> FY2000 and
    # "June 30, 2000" (two TIMEX3, gold_blind28's "the fiscal year to March 2008");
    # "third-quarter output", reported in April, is the quarter of January-March 1999 in the
    # year ending June 1999, FY1999-Q3 (an adjectival fiscal period, gold_blind63);
    # "1997-98" (export earnings) an Australian financial year, FY1998 (gold_blind49's
    # "the 2013-14 financial year"); "the six months to December 31" -> DURATION P6M and
    # 1998-12-31 (gold_blind63); "the March quarter" the calendar quarter 1999-Q1 (quarters
    # named by months take calendar values, gold_blind74). Clock times: "about 7pm Tokyo time
    # (8pm Sydney time, 1000 GMT)" -> three TIMEX3 for one moment, 1999-04-26T19:00, T20:00
    # and T10:00 (Tokyo nine, Sydney ten hours ahead; gold_blind27's two zones). "over the
    # weekend ... for Anzac Day on Sunday" -> "the weekend" 1999-W16-WE, "Anzac Day" and
    # "Sunday" 1999-04-25 (gold_blind49). "on Monday morning" 1999-04-26TMO; future "on May 10",
    # "by the end of next month" 1999-05, "from July" 1999-07, "on Thursday" 1999-04-29, "next
    # week" 1999-W18, "on Friday" 1999-04-30. "Last year" and "last year's price" 1998, "late
    # May" after it 1998-05; "now" PRESENT_REF; "almost four weeks" P4W; "the past three years"
    # P3Y; "in February" 1999-02; quoted "This year" 1999. Not annotated: "three seasons" (the
    # mills' annual price rounds, a season with no calendar unit, like "this season" in
    # gold_blind103), "Coal 99" (a conference named with a year, like "Expo 2014",
    # gold_blind78), "around the clock", "Berth 2", "US$5.50 a tonne", "12 per cent",
    # "US$45.80", "A$5.9bn", "A$18m", "31 per cent", "14 cents", "A$3.02", "6.2m tonnes",
    # "56" (an age), "about half", "each US$1".
    "australia-japan-coking-coal-talks-stall": (
        "1999-04-27",
        [
            ("TUESDAY APRIL 27 1999", "DATE", "1999-04-27"),
            ("the Japanese fiscal year", "DATE", "FY2000"),
            ("April 1", "DATE", "1999-04-01"),
            ("yesterday", "DATE", "1999-04-26"),
            ("almost four weeks", "DURATION", "P4W"),
            ("about 7pm Tokyo time", "TIME", "1999-04-26T19:00"),
            ("8pm Sydney time", "TIME", "1999-04-26T20:00"),
            ("1000 GMT", "TIME", "1999-04-26T10:00"),
            ("now", "DATE", "PRESENT_REF"),
            ("the weekend", "DATE", "1999-W16-WE"),
            ("Anzac Day", "DATE", "1999-04-25"),
            ("Sunday", "DATE", "1999-04-25"),
            ("Monday morning", "TIME", "1999-04-26TMO"),
            ("last night", "TIME", "1999-04-26TNI"),
            ("May 10", "DATE", "1999-05-10"),
            ("the end of next month", "DATE", "1999-05"),
            ("April 1", "DATE", "1999-04-01"),
            ("last year", "DATE", "1998"),
            ("Last year", "DATE", "1998"),
            ("late May", "DATE", "1998-05"),
            ("the past three years", "DURATION", "P3Y"),
            ("1997-98", "DATE", "FY1998"),
            ("July", "DATE", "1999-07"),
            ("the financial year", "DATE", "FY2000"),
            ("June 30, 2000", "DATE", "2000-06-30"),
            ("third-quarter", "DATE", "FY1999-Q3"),
            ("Thursday", "DATE", "1999-04-29"),
            ("February", "DATE", "1999-02"),
            ("the six months", "DURATION", "P6M"),
            ("December 31", "DATE", "1998-12-31"),
            ("This year", "DATE", "1999"),
            ("next week", "DATE", "1999-W18"),
            ("yesterday", "DATE", "1999-04-26"),
            ("the March quarter", "DATE", "1999-Q1"),
            ("Friday", "DATE", "1999-04-30"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
