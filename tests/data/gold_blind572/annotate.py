"""Annotations of blind gold set 572, chosen by hand before the tagger ran.

    python tests/data/gold_blind572/annotate.py [--show]

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
    # Thursday 1998-10-08 (ISO week 41), Australian regional daily, masthead with date line
    # "Thursday, October 8, 1998" (one DATE span with its weekday), section label "FEDERAL
    # ELECTION 1998" ("1998" DATE, the year of the election, like the Nigerian headline prefix
    # "2023:" in gold_blind22), headline, byline. The election was on Saturday 1998-10-03:
    # "8pm on Saturday" 1998-10-03T20:00 and "polls closed at 6pm" the same day; "two hours
    # after polls closed" DURATION PT2H (a duration anchored to an event, gold_blind35);
    # "Saturday night" 1998-10-03TNI; "since Sunday" 1998-10-04, "Sunday morning"
    # 1998-10-04TMO; "Monday's Labour Day holiday" -> "Monday" 1998-10-05 and "Labour Day"
    # 1998-10-05 (New South Wales: first Monday of October; two DATEs like "Monday is Family
    # Day" in gold_blind103); "on Tuesday" 1998-10-06; "yesterday" (twice) 1998-10-07 and
    # "last night" its night, 1998-10-07TNI (gold_blind35); "tonight" 1998-10-08TNI. Future:
    # "late next week" 1998-W42 (the modifier not recorded, like "early next week" in
    # gold_blind9 and gold_blind32); "6pm on Friday, October 16" 1998-10-16T18:00 and the DATE
    # (weekday and date one span, gold_blind22); "13 days after the election" P13D; "the
    # weekend" 1998-W41-WE (10-11 October); "Monday, October 19" 1998-10-19; "October 21"
    # 1998-10-21; "in November" 1998-11. "a fortnight" (headline) P2W (gold_blind9); "a
    # fourth three-year term" -> "three-year" P3Y; "12-hour" PT12H; "within 40 days of the
    # return of the writ" -> "40 days" P40D; "the past five days" (said on Wednesday, since
    # Saturday) P5D; "11 days" P11D; "every day" (twice) SET P1D; "hourly" SET PT1H. Not
    # annotated: "147 votes", "50.1 per cent", "49.9 per cent", "two-party preferred",
    # "1800 votes", "4100 postal votes", "staff of 22", "900 envelopes", "4200 votes", "100
    # votes", "620", "52" (an age), "fourth", "only twice", "1300 361 998" (a phone number
    # ending in a year-like 998), "THE TARRAWONG EXAMINER", "Labor" (the party, beside
    # "Labour Day"), "the close of polls", "the return of the writ", "the last envelope".
    "marrangal-postal-vote-count": (
        "1998-10-08",
        [
            ("Thursday, October 8, 1998", "DATE", "1998-10-08"),
            ("1998", "DATE", "1998"),
            ("a fortnight", "DURATION", "P2W"),
            ("late next week", "DATE", "1998-W42"),
            ("yesterday", "DATE", "1998-10-07"),
            ("1990", "DATE", "1990"),
            ("three-year", "DURATION", "P3Y"),
            ("8pm", "TIME", "1998-10-03T20:00"),
            ("Saturday", "DATE", "1998-10-03"),
            ("two hours", "DURATION", "PT2H"),
            ("6pm", "TIME", "1998-10-03T18:00"),
            ("every day", "SET", "P1D"),
            ("Sunday", "DATE", "1998-10-04"),
            ("6pm", "TIME", "1998-10-16T18:00"),
            ("Friday, October 16", "DATE", "1998-10-16"),
            ("13 days", "DURATION", "P13D"),
            ("12-hour", "DURATION", "PT12H"),
            ("Sunday morning", "TIME", "1998-10-04TMO"),
            ("Monday", "DATE", "1998-10-05"),
            ("Labour Day", "DATE", "1998-10-05"),
            ("every day", "SET", "P1D"),
            ("the weekend", "DATE", "1998-W41-WE"),
            ("tonight", "TIME", "1998-10-08TNI"),
            ("Monday, October 19", "DATE", "1998-10-19"),
            ("October 21", "DATE", "1998-10-21"),
            ("40 days", "DURATION", "P40D"),
            ("Saturday night", "TIME", "1998-10-03TNI"),
            ("Yesterday", "DATE", "1998-10-07"),
            ("the past five days", "DURATION", "P5D"),
            ("1996", "DATE", "1996"),
            ("last night", "TIME", "1998-10-07TNI"),
            ("1993", "DATE", "1993"),
            ("11 days", "DURATION", "P11D"),
            ("1949", "DATE", "1949"),
            ("November", "DATE", "1998-11"),
            ("Tuesday", "DATE", "1998-10-06"),
            ("hourly", "SET", "PT1H"),
        ],
    ),
    # Wednesday 1998-11-04 (ISO week 45), newspaper-of-record election-night story, kicker
    # "THE 1998 ELECTIONS: OHIO" ("1998" DATE, see README), headline, byline, date line
    # "Wednesday, November 4, 1998" (the publication day) and the dateline "HADLEIGH FALLS,
    # Ohio, Nov. 3 -" (the day the story was filed, Election Day, Tuesday 1998-11-03, DATE as
    # written, gold_blind16). The story is told from its dateline: "tonight" (four times,
    # with the quoted "Tonight" and "tonight's count") is the night of Tuesday 1998-11-03,
    # 1998-11-03TNI, and "today" (twice: the turnout, "6 a.m. today") is 1998-11-03, not the
    # publication day (see README). The night runs past midnight: "at 1:20 a.m." and
    # "shortly after 1 a.m." take the new day, 1998-11-04T01:20 and T01:00 (gold_blind7,
    # gold_blind75), but "The waiting ended tonight", said after 1 a.m., is still Tuesday's
    # night (gold_blind75's "for tonight" at 03.22); "shortly before midnight" -> "midnight"
    # 1998-11-03T24:00 (gold_blind40, gold_blind47); "7:30 p.m. Eastern time" (zone in the
    # span), "almost 9 p.m." and "10:05 p.m." on Tuesday. "about an hour after" PT1H.
    # Future weekdays: "Thursday morning" 1998-11-05TMO, "on Friday" 1998-11-06, "Saturday
    # night" 1998-11-07TNI. "entered the race only in March" 1998-03; "this year" 1998; "last
    # year" 1997; "Two years ago" (said on election night) 1996; "every Saturday since Labor
    # Day" -> SET XXXX-WXX-6 and "Labor Day" 1998-09-07 (first Monday of September);
    # "January 1997" 1997-01; "Oct. 22" and "Nov. 24" of 1998; "in January" (taking her
    # seat) 1999-01; "four years" (twice) P4Y; "every two years from 1958 to 1992" SET P2Y
    # and the two years; "the final 10 days" P10D; "every evening" SET XXXX-XX-XXTEV; "the
    # past three weeks" P3W; "the next two years" P2Y; "a rematch in 2000" 2000; "since
    # 1982", "since 1996" and "his party's sweep of 1994" (headline and body) the years. Not
    # annotated: "ScanTally 2000" (a scanner model), "14th District", "the 106th Congress",
    # "431 of 440 precincts", "51 percent", "47 percent", "46 percent", "half a percentage
    # point", "about four points", "6,800 votes", "9,000 votes", "600 jobs", "$1.3 million",
    # "twice as much", "500", "56" (an age), "a midterm", "the morning shift" (an adjective
    # naming a shift, like "Overnight lows" in gold_blind103), "for the first time",
    # "440-555-1958" (a phone number holding 1958), "www.kowalczyk98.org".
    "hadleigh-falls-house-seat-midterm": (
        "1998-11-04",
        [
            ("1998", "DATE", "1998"),
            ("1994", "DATE", "1994"),
            ("Wednesday, November 4, 1998", "DATE", "1998-11-04"),
            ("Nov. 3", "DATE", "1998-11-03"),
            ("March", "DATE", "1998-03"),
            ("tonight", "TIME", "1998-11-03TNI"),
            ("four years", "DURATION", "P4Y"),
            ("every two years", "SET", "P2Y"),
            ("1958", "DATE", "1958"),
            ("1992", "DATE", "1992"),
            ("1:20 a.m.", "TIME", "1998-11-04T01:20"),
            ("1994", "DATE", "1994"),
            ("midnight", "TIME", "1998-11-03T24:00"),
            ("about an hour", "DURATION", "PT1H"),
            ("7:30 p.m. Eastern time", "TIME", "1998-11-03T19:30"),
            ("almost 9 p.m.", "TIME", "1998-11-03T21:00"),
            ("10:05 p.m.", "TIME", "1998-11-03T22:05"),
            ("this year", "DATE", "1998"),
            ("today", "DATE", "1998-11-03"),
            ("1982", "DATE", "1982"),
            ("Two years ago", "DATE", "1996"),
            ("Tonight", "TIME", "1998-11-03TNI"),
            ("Thursday morning", "TIME", "1998-11-05TMO"),
            ("2000", "DATE", "2000"),
            ("1996", "DATE", "1996"),
            ("last year", "DATE", "1997"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("Labor Day", "DATE", "1998-09-07"),
            ("6 a.m.", "TIME", "1998-11-03T06:00"),
            ("today", "DATE", "1998-11-03"),
            ("four years", "DURATION", "P4Y"),
            ("1 a.m.", "TIME", "1998-11-04T01:00"),
            ("tonight", "TIME", "1998-11-03TNI"),
            ("Oct. 22", "DATE", "1998-10-22"),
            ("January 1997", "DATE", "1997-01"),
            ("the final 10 days", "DURATION", "P10D"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("the past three weeks", "DURATION", "P3W"),
            ("Nov. 24", "DATE", "1998-11-24"),
            ("tonight", "TIME", "1998-11-03TNI"),
            ("January", "DATE", "1999-01"),
            ("the next two years", "DURATION", "P2Y"),
            ("Friday", "DATE", "1998-11-06"),
            ("Saturday night", "TIME", "1998-11-07TNI"),
        ],
    ),
    # Saturday 1999-01-02 (ISO week 1998-W53), US regional paper's Saturday Metro section, section
    # label, headline, subhead, byline, date line "Saturday, January 2, 1999", and an "INAUGURATION
    # SCHEDULE" box with bare weekdays and clock times. The oath is "at noon Monday": "Monday"
    # 1999-01-04 (headline, body twice, box, shuttle buses), "noon" and the box's "Noon"
    # 1999-01-04T12:00 (subhead, body, box); the box's "Sunday" 1999-01-03 and its clock times on
    # the day heading them. "this weekend" (subhead) is the weekend of the publication day, the ISO
    # week of its Saturday, 1998-W53-WE (2-3 January 1999), and "next week" the week of the oath,
    # 1999-W01: ISO week 53 of 1998 holds 1-3 January 1999. Past weekdays across the year boundary:
    # "said Thursday" 1998-12-31, "on Wednesday released" 1998-12-30. "today" 1999-01-02 with "from
    # 2 p.m. to 5 p.m."; "yesterday" (twice) and "New Year's Day" 1999-01-01, two DATEs in
    # apposition. "first new executive in 8 years" (headline) P8Y, the period of a "first in"
    # (gold_blind35); "two months after" P2M (anchored duration); "eight-year tenure" P8Y; "a
    # four-year term" -> "four-year" P4Y; "the 2001 election" -> "2001" (adjectival year,
    # gold_blind28); "January 1991" 1991-01; "mid-November" 1998-11; "every day since Dec. 7" SET
    # P1D and 1998-12-07; "the first 100 days" P100D (gold_blind14); "the 1999 budget" -> "1999"
    # (the county's budget year, no fiscal year described); "last month" 1998-12; "report ...
    # quarterly" SET P3M (gold_blind35); "Tuesday, Jan. 12" one DATE span 1999-01-12 (gold_blind22)
    # "at 7:30 p.m."; "Jan. 18" and "Martin Luther King Jr. Day" 1999-01-18 (third Monday of
    # January); "every 15 minutes from 10 a.m." SET PT15M and 1999-01-04T10:00. Not annotated:
    # "3,215 votes", "101,000", "4-3", "40-page", "47" (an age), "$25", "$40", "555-1999" (a phone
    # number holding 1999), "200 Walnut St.", "Route 30", "the holiday" (anaphoric; its day is
    # annotated as "yesterday" and "New Year's Day"), "Inaugural", "Common Pleas".
    "aldercreek-county-executive-inauguration": (
        "1999-01-02",
        [
            ("Monday", "DATE", "1999-01-04"),
            ("8 years", "DURATION", "P8Y"),
            ("this weekend", "DATE", "1998-W53-WE"),
            ("noon", "TIME", "1999-01-04T12:00"),
            ("Saturday, January 2, 1999", "DATE", "1999-01-02"),
            ("noon", "TIME", "1999-01-04T12:00"),
            ("Monday", "DATE", "1999-01-04"),
            ("two months", "DURATION", "P2M"),
            ("eight-year", "DURATION", "P8Y"),
            ("Nov. 3", "DATE", "1998-11-03"),
            ("four-year", "DURATION", "P4Y"),
            ("2001", "DATE", "2001"),
            ("January 1991", "DATE", "1991-01"),
            ("Thursday", "DATE", "1998-12-31"),
            ("today", "DATE", "1999-01-02"),
            ("2 p.m.", "TIME", "1999-01-02T14:00"),
            ("5 p.m.", "TIME", "1999-01-02T17:00"),
            ("yesterday", "DATE", "1999-01-01"),
            ("New Year's Day", "DATE", "1999-01-01"),
            ("mid-November", "DATE", "1998-11"),
            ("every day", "SET", "P1D"),
            ("Dec. 7", "DATE", "1998-12-07"),
            ("Wednesday", "DATE", "1998-12-30"),
            ("the first 100 days", "DURATION", "P100D"),
            ("1999", "DATE", "1999"),
            ("last month", "DATE", "1998-12"),
            ("quarterly", "SET", "P3M"),
            ("next week", "DATE", "1999-W01"),
            ("Tuesday, Jan. 12", "DATE", "1999-01-12"),
            ("7:30 p.m.", "TIME", "1999-01-12T19:30"),
            ("yesterday", "DATE", "1999-01-01"),
            ("Monday", "DATE", "1999-01-04"),
            ("8:30 a.m.", "TIME", "1999-01-04T08:30"),
            ("Jan. 18", "DATE", "1999-01-18"),
            ("Martin Luther King Jr. Day", "DATE", "1999-01-18"),
            ("Sunday", "DATE", "1999-01-03"),
            ("4 p.m.", "TIME", "1999-01-03T16:00"),
            ("Monday", "DATE", "1999-01-04"),
            ("8 a.m.", "TIME", "1999-01-04T08:00"),
            ("11:30 a.m.", "TIME", "1999-01-04T11:30"),
            ("Noon", "TIME", "1999-01-04T12:00"),
            ("7 p.m.", "TIME", "1999-01-04T19:00"),
            ("Monday", "DATE", "1999-01-04"),
            ("every 15 minutes", "SET", "PT15M"),
            ("10 a.m.", "TIME", "1999-01-04T10:00"),
        ],
    ),
    # Sunday 1999-09-19 (ISO week 37), Indian daily's web page, headline ("till October 6"),
    # stamp "TIMES NEWS NETWORK [ SUNDAY, SEPTEMBER 19, 1999 1:05:32 AM ]" (a DATE and a TIME
    # to the second, 1999-09-19T01:05:32, the shape of gold_tools' clock time to the second),
    # "KESARGANJ:" dateline. Polling was "on Saturday", 1999-09-18, the day before the stamp:
    # "9.30 pm", "7 am", "5 pm", "almost 7 pm" and "about 2.30 pm" (the booth snatching) are
    # that day's, and "the afternoon" (rain) 1999-09-18TAF. Past: "5 pm on Thursday"
    # 1999-09-16T17:00 and 1999-09-16, "Thursday evening" 1999-09-16TEV, "Monday last"
    # (post-posed "last", one span, gold_blind9) the most recent Monday, 1999-09-13. Future:
    # the repoll "on Tuesday" 1999-09-21, orders "till Wednesday evening" 1999-09-22TEV, shops
    # reopen "on Monday morning" 1999-09-20TMO, counting "at 8 am on October 6"
    # 1999-10-06T08:00 with its DATE, "Gandhi Jayanti, October 2" two DATEs 1999-10-02 (a fixed
    # national holiday, 2 October), "October 7" 1999-10-07. "February 1998" 1998-02 and "19
    # months ago" 1998-02 (the unit's granularity: September 1999 less 19 months); "the
    # third Lok Sabha election in 40 months" P40M (the period of an Nth in, gold_blind103);
    # "For 17 days" P17D (19 September to 6 October); "48 hours before the close of polling"
    # PT48H and "four days before the results" P4D (anchored durations); "about an hour"
    # PT1H; "three days' duty" P3D; "every two hours" SET PT2H. "the current fiscal" is the
    # Indian fiscal year April 1999-March 2000, named by the year it ends, FY2000 (gold_blind9);
    # "last year" (the 1998 poll's cost) 1998; "1991", "1996", "1998" as written. Not
    # annotated: "58.4 per cent", "63.1 per cent", "12.6 lakh", "1,482 polling stations", "36
    # booths", "booth Nos 114 and 115", "Section 144" (a section of the CrPC), "two
    # companies", "14 meetings", "61" (an age), "Rs 2.3 crore", "Rs 1.9 crore", "9,600",
    # "05262-231998" (a phone number ending in 1998), "round the clock" (an idiom,
    # gold_blind35), "Gandhi Maidan", "the close of polling", "the results".
    "kesarganj-lok-sabha-polling": (
        "1999-09-19",
        [
            ("October 6", "DATE", "1999-10-06"),
            ("SUNDAY, SEPTEMBER 19, 1999", "DATE", "1999-09-19"),
            ("1:05:32 AM", "TIME", "1999-09-19T01:05:32"),
            ("Saturday", "DATE", "1999-09-18"),
            ("9.30 pm", "TIME", "1999-09-18T21:30"),
            ("7 am", "TIME", "1999-09-18T07:00"),
            ("5 pm", "TIME", "1999-09-18T17:00"),
            ("almost 7 pm", "TIME", "1999-09-18T19:00"),
            ("the afternoon", "TIME", "1999-09-18TAF"),
            ("about an hour", "DURATION", "PT1H"),
            ("every two hours", "SET", "PT2H"),
            ("February 1998", "DATE", "1998-02"),
            ("19 months ago", "DATE", "1998-02"),
            ("40 months", "DURATION", "P40M"),
            ("Tuesday", "DATE", "1999-09-21"),
            ("about 2.30 pm", "TIME", "1999-09-18T14:30"),
            ("Wednesday evening", "TIME", "1999-09-22TEV"),
            ("8 am", "TIME", "1999-10-06T08:00"),
            ("October 6", "DATE", "1999-10-06"),
            ("17 days", "DURATION", "P17D"),
            ("5 pm", "TIME", "1999-09-16T17:00"),
            ("Thursday", "DATE", "1999-09-16"),
            ("48 hours", "DURATION", "PT48H"),
            ("1996", "DATE", "1996"),
            ("1998", "DATE", "1998"),
            ("Monday last", "DATE", "1999-09-13"),
            ("1991", "DATE", "1991"),
            ("Gandhi Jayanti", "DATE", "1999-10-02"),
            ("October 2", "DATE", "1999-10-02"),
            ("four days", "DURATION", "P4D"),
            ("Thursday evening", "TIME", "1999-09-16TEV"),
            ("Monday morning", "TIME", "1999-09-20TMO"),
            ("the current fiscal", "DATE", "FY2000"),
            ("last year", "DATE", "1998"),
            ("three days", "DURATION", "P3D"),
            ("October 7", "DATE", "1999-10-07"),
        ],
    ),
    # Friday 2000-05-05 (ISO week 18), British regional daily, section label "LOCAL ELECTIONS
    # 2000" ("2000" DATE, see README), date line "Friday 5 May 2000", headline, standfirst,
    # byline. Polling was on Thursday 2000-05-04, "yesterday": polling stations opened "at 7am
    # yesterday" 2000-05-04T07:00; "last night" 2000-05-04TNI; counting began "at 10.30pm"
    # that night, "half an hour after polls closed" PT30M. Clock times after midnight take the
    # new day (gold_blind7, gold_blind75): "2.15am", "2.40am", "4.05am" and the headline's
    # "4am" 2000-05-05. "the early hours of this morning" one DATE span 2000-05-05 (like "the
    # early hours of Thursday", gold_blind103), and the standfirst's "the early hours" the
    # same; "this morning" 2000-05-05TMO; "tonight" 2000-05-05TNI. Future: "on Monday"
    # 2000-05-08, "Tuesday 16 May" one DATE span 2000-05-16 with "7pm" that day, "next year"
    # 2001, "May 2001" 2001-05, "from September" 2000-09, "within a fortnight" P2W. Past:
    # "set in February" 2000-02, "since Easter" 2000-04-23 (Easter Sunday 2000), "the bank
    # holiday weekend" (the May Day bank holiday, Monday 1 May 2000) the ISO week of its
    # Saturday, 2000-W17-WE (29 April-1 May; gold_blind103's "the long weekend"). "16 years"
    # (headline) and "16-year hold" P16Y; "22 years" P22Y; "the past three weeks" P3W; "last
    # year" 1999; "fortnightly bin collections" -> "fortnightly" SET P2W (an adjectival
    # frequency naming a recurrence, like "weekly strike benefits" in gold_blind35); "every
    # night" SET XXXX-XX-XXTNI; "every weekend" SET XXXX-WXX-WE; "1996", "1988", "1978",
    # "1992", "1991" as written. Not annotated: "26th seat", "a majority of one", "51-member",
    # "16 of the 17 wards", "312 votes", "three votes", "nine", "1,214 votes to 1,209", "68"
    # (an age), "29.6 per cent", "27.1 per cent", "a third", "three years in four" (a rota of
    # elections with no value shape), "6.8 per cent", "three seats", "pages 4 and 5",
    # "www.kelburytelegraph.co.uk/election2000" (a year in a URL), "Cllr", "the count", "the
    # county council poll" beyond "May 2001".
    "kelbury-council-millbrook-recount": (
        "2000-05-05",
        [
            ("2000", "DATE", "2000"),
            ("Friday 5 May 2000", "DATE", "2000-05-05"),
            ("16 years", "DURATION", "P16Y"),
            ("4am", "TIME", "2000-05-05T04:00"),
            ("the early hours", "DATE", "2000-05-05"),
            ("16-year", "DURATION", "P16Y"),
            ("the early hours of this morning", "DATE", "2000-05-05"),
            ("10.30pm", "TIME", "2000-05-04T22:30"),
            ("last night", "TIME", "2000-05-04TNI"),
            ("half an hour", "DURATION", "PT30M"),
            ("2.15am", "TIME", "2000-05-05T02:15"),
            ("1996", "DATE", "1996"),
            ("2.40am", "TIME", "2000-05-05T02:40"),
            ("4.05am", "TIME", "2000-05-05T04:05"),
            ("1988", "DATE", "1988"),
            ("22 years", "DURATION", "P22Y"),
            ("1978", "DATE", "1978"),
            ("Monday", "DATE", "2000-05-08"),
            ("last year", "DATE", "1999"),
            ("7am", "TIME", "2000-05-04T07:00"),
            ("yesterday", "DATE", "2000-05-04"),
            ("next year", "DATE", "2001"),
            ("May 2001", "DATE", "2001-05"),
            ("fortnightly", "SET", "P2W"),
            ("September", "DATE", "2000-09"),
            ("February", "DATE", "2000-02"),
            ("this morning", "TIME", "2000-05-05TMO"),
            ("a fortnight", "DURATION", "P2W"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("the past three weeks", "DURATION", "P3W"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("Easter", "DATE", "2000-04-23"),
            ("the bank holiday weekend", "DATE", "2000-W17-WE"),
            ("1992", "DATE", "1992"),
            ("Tuesday 16 May", "DATE", "2000-05-16"),
            ("7pm", "TIME", "2000-05-16T19:00"),
            ("tonight", "TIME", "2000-05-05TNI"),
            ("1991", "DATE", "1991"),
        ],
    ),
    # Tuesday 2000-09-12 (ISO week 37), wire story on a newspaper website, headline, byline
    # "Associated Press Writer", stamp "Tuesday, September 12, 2000; 11:47 p.m. EDT" (one DATE span
    # with its weekday, like the date lines of gold_blind35, and a TIME with the zone in the span,
    # gold_blind41), "BIRCH LAKE, Minn. (AP) --" dateline. Primary day is the publication day:
    # "Tuesday" (twice, besides the stamp) 2000-09-12, "Tuesday night" 2000-09-12TNI; "8 p.m."
    # (polls), "shortly after 10 p.m." -> "10 p.m.", "7:15 a.m." and "9:52 p.m. Central time" that
    # day (local clock times; the values carry no zone). "more than two hours after the polls
    # closed" and "less than two hours after" PT2H (anchored durations). Past: "spent Monday"
    # 2000-09-11; "announced last year" 1999; "entered the race in October" 1999-10, the nearest
    # past October (a month without a year in the past tense, gold_blind35), which follows the
    # retirement; "Aug. 24" 2000-08-24; "late last month" 2000-08; "every weekend in August" SET
    # XXXX-WXX-WE and 2000-08. Future: "early Wednesday" 2000-09-13 (modifier kept, gold_blind2);
    # "will air Thursday" 2000-09-14; "until Sept. 19", "meets Sept. 26"; "the following week", the
    # week after 26 September, 2000-W40 (anchored on the last date of its sentence, gold_blind54);
    # "the Nov. 7 general election" -> "Nov. 7" 2000-11-07; "Election Day" the same day, one DATE
    # span (gold_blind41). "days" PXD; "14 years" P14Y; "up to 10 days" P10D; "less than six weeks"
    # P6W; "two four-year terms" -> "four-year" P4Y; "the past two months" P2M; "every 15 minutes"
    # SET PT15M; "since 1987", "since 1990", "since 1993", "from 1983 to 1991", "in 1986" the years.
    # Not annotated: "8th District", "1,204 of 1,311 precincts", "61 percent", "27 percent", "212
    # votes", "58,000", "one-half of 1 percent", "19 percent", "49", "58", "41" (ages), "$640,000",
    # "$300,000", "12 hardware stores", "5 points", "4.5 points", "Lakeland2000.com" (a year inside
    # a web address), "DFL", "Birch Lake Herald", "the general election" beyond "Nov. 7".
    "birch-lake-8th-district-primary": (
        "2000-09-12",
        [
            ("Tuesday, September 12, 2000", "DATE", "2000-09-12"),
            ("11:47 p.m. EDT", "TIME", "2000-09-12T23:47"),
            ("Tuesday", "DATE", "2000-09-12"),
            ("more than two hours", "DURATION", "PT2H"),
            ("8 p.m.", "TIME", "2000-09-12T20:00"),
            ("days", "DURATION", "PXD"),
            ("10 p.m.", "TIME", "2000-09-12T22:00"),
            ("Nov. 7", "DATE", "2000-11-07"),
            ("1987", "DATE", "1987"),
            ("last year", "DATE", "1999"),
            ("14 years", "DURATION", "P14Y"),
            ("early Wednesday", "DATE", "2000-09-13"),
            ("every 15 minutes", "SET", "PT15M"),
            ("Sept. 19", "DATE", "2000-09-19"),
            ("Sept. 26", "DATE", "2000-09-26"),
            ("the following week", "DATE", "2000-W40"),
            ("up to 10 days", "DURATION", "P10D"),
            ("less than six weeks", "DURATION", "P6W"),
            ("Election Day", "DATE", "2000-11-07"),
            ("Tuesday night", "TIME", "2000-09-12TNI"),
            ("1990", "DATE", "1990"),
            ("1993", "DATE", "1993"),
            ("Monday", "DATE", "2000-09-11"),
            ("7:15 a.m.", "TIME", "2000-09-12T07:15"),
            ("Tuesday", "DATE", "2000-09-12"),
            ("October", "DATE", "1999-10"),
            ("Aug. 24", "DATE", "2000-08-24"),
            ("Thursday", "DATE", "2000-09-14"),
            ("four-year", "DURATION", "P4Y"),
            ("1983", "DATE", "1983"),
            ("1991", "DATE", "1991"),
            ("1986", "DATE", "1986"),
            ("the past two months", "DURATION", "P2M"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("August", "DATE", "2000-08"),
            ("late last month", "DATE", "2000-08"),
            ("9:52 p.m. Central time", "TIME", "2000-09-12T21:52"),
            ("less than two hours", "DURATION", "PT2H"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
