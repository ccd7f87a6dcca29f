"""Annotations of blind gold set 594, chosen by hand before the tagger ran.

    python tests/data/gold_blind594/annotate.py [--show]

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
    # Friday 1998-06-19 (ISO week 25), Korean agency's wire in the Yonhap manner, headline
    # ("by August"), "SEOUL, June 19 (Hangang) --" dateline (month and day, the publication
    # day). "agreed Friday" is the publication day; past weekdays: the meeting "opened here
    # Wednesday" 1998-06-17, Pelt "arrived Tuesday evening" 1998-06-16TEV and talked "the next
    # day" 1998-06-17 (the narrative's last date plus one, gold_blind32), "Thursday afternoon"
    # 1998-06-18TAF, the protest "on Monday and Tuesday" 1998-06-15 and 1998-06-16; "at 4:30
    # p.m. Friday" is two TIMEX3. Future: "Saturday morning" 1998-06-20TMO, "next week"
    # 1998-W26, "early next month" 1998-07, "late August" 1998-08, "Sept. 1" 1998-09-01. "This
    # week's session" -> "This week" 1998-W25 (possessive left out). "last October" 1997-10;
    # "mid-January" 1998-01 (past, "since"); "May alone ... from a year earlier" -> "May"
    # 1998-05 and 1997-05 ("alone" left out, gold_blind31). "the past few days" DURATION PXD
    # (a stretch back from now, gold_blind87, like "The last few years" in gold_blind9);
    # "Another month" DURATION P1M (a length of time, like "In another 10 years"); "meet for
    # three days from July 6" -> "three days" and "July 6" ("from" a signal); "run for one
    # year" P1Y; "twice a year" SET P1Y; "a 1991 agreement" an adjectival year. Not annotated:
    # "52", "61" (ages), "41,000 tons", "23,500 tons", "18.2 percent", "9.6 million U.S.
    # dollars", "its 14th" (an ordinal session, gold_blind31), "the trawler Sinyang No. 1997"
    # (a ship's name and number in a story whose "last year" is 1997), "11 crew", "2,000 won",
    # "www.kfish-info.or.kr/9806/quota.htm" (digits of June 1998 in a URL), "the squid catch",
    # "first session".
    "seoul-talvia-fisheries-committee-quotas": (
        "1998-06-19",
        [
            ("August", "DATE", "1998-08"),
            ("June 19", "DATE", "1998-06-19"),
            ("Friday", "DATE", "1998-06-19"),
            ("the end of August", "DATE", "1998-08"),
            ("more than eight months", "DURATION", "P8M"),
            ("three-day", "DURATION", "P3D"),
            ("Wednesday", "DATE", "1998-06-17"),
            ("last October", "DATE", "1997-10"),
            ("Tuesday evening", "TIME", "1998-06-16TEV"),
            ("the next day", "DATE", "1998-06-17"),
            ("about two hours", "DURATION", "PT2H"),
            ("Thursday afternoon", "TIME", "1998-06-18TAF"),
            ("4:30 p.m.", "TIME", "1998-06-19T16:30"),
            ("Friday", "DATE", "1998-06-19"),
            ("Saturday morning", "TIME", "1998-06-20TMO"),
            ("three days", "DURATION", "P3D"),
            ("July 6", "DATE", "1998-07-06"),
            ("late August", "DATE", "1998-08"),
            ("Sept. 1", "DATE", "1998-09-01"),
            ("one year", "DURATION", "P1Y"),
            ("mid-January", "DATE", "1998-01"),
            ("the past few days", "DURATION", "PXD"),
            ("Another month", "DURATION", "P1M"),
            ("1996", "DATE", "1996"),
            ("last year", "DATE", "1997"),
            ("May", "DATE", "1998-05"),
            ("a year earlier", "DATE", "1997-05"),
            ("1991", "DATE", "1991"),
            ("twice a year", "SET", "P1Y"),
            ("This week", "DATE", "1998-W25"),
            ("April 30", "DATE", "1998-04-30"),
            ("next week", "DATE", "1998-W26"),
            ("seven weeks", "DURATION", "P7W"),
            ("two-day", "DURATION", "P2D"),
            ("Monday", "DATE", "1998-06-15"),
            ("Tuesday", "DATE", "1998-06-16"),
            ("early next month", "DATE", "1998-07"),
        ],
    ),
    # Sunday 1998-09-13 (ISO week 37), Japanese agency's wire in the Kyodo manner, headline
    # ("marks 20 years since ..."), "KUROSE, Japan, Sept. 13 (Nichiyo) --" dateline. The flood
    # was on Wednesday 1978-09-13, the anniversary day is the publication day ("gathered
    # Sunday"). Headline "20 years" is a duration anchored to the flood, DURATION P20Y
    # ("Two Weeks After Quake", gold_blind35); "20 years ago" DATE 1978 (the unit's
    # granularity, gold_blind28). Clock times of today's ceremonies: the siren "at 5:12
    # a.m." 1998-09-13T05:12 (the clock time of the siren, though it repeats the time of
    # 1978), "11 a.m.", "7 p.m." "a minute of silence" -> "a minute" PT1M (like "a minute's
    # silence", gold_blind54). Narrative of 1978: "that morning" 1978-09-13TMO; "the 48 hours
    # to 6 a.m. that day" -> "the 48 hours" PT48H, "6 a.m." 1978-09-13T06:00, "that day"
    # 1978-09-13; "within an hour" -> "an hour" PT1H; "11 days", "Sept. 24" 1978-09-24 (the
    # narrative's year). Future: "this year on Sunday, Oct. 4" -> "this year" 1998, "Sunday"
    # and "Oct. 4" 1998-10-04 (the weekday fixed by its date); "Respect-for-the-Aged Day on
    # Tuesday" two DATEs 1998-09-15 (the holiday fell on 15 September until 2002); "Monday
    # afternoon" 1998-09-14TAF; "through Wednesday" 1998-09-16. Past: "late Saturday night"
    # 1998-09-12TNI (modifier kept, gold_blind31's "early Monday morning"). "Last year" 1997,
    # "This year" 1998; "every year since 1979" SET P1Y and DATE 1979; "the past two decades"
    # P20Y; "recent years" PAST_REF; "In another 10 years" P10Y; "next spring" 1999-SP; "the
    # end of the year" 1998. Not annotated: "the 20th anniversary" (an ordinal anniversary,
    # gold_blind8, gold_blind31), "Typhoon No. 18", "Typhoon No. 5", "612 millimeters", "more
    # than 300 houses", "38 billion yen", "the Kurose Dam", "81", "58", "70", "aged 65 or
    # older", "5,800", "1,200", "47 people", "by half", "the typhoon season" (no calendar
    # value, like "the monsoon season", gold_blind31), "around the clock", "0867-55-1978" (a
    # phone number ending in the flood's year, after the annotated "Sept. 13, 1978").
    "kurose-flood-20th-anniversary-memorial": (
        "1998-09-13",
        [
            ("20 years", "DURATION", "P20Y"),
            ("Sept. 13", "DATE", "1998-09-13"),
            ("Sunday", "DATE", "1998-09-13"),
            ("20 years ago", "DATE", "1978"),
            ("5:12 a.m.", "TIME", "1998-09-13T05:12"),
            ("Sept. 13, 1978", "DATE", "1978-09-13"),
            ("a minute", "DURATION", "PT1M"),
            ("11 a.m.", "TIME", "1998-09-13T11:00"),
            ("7 p.m.", "TIME", "1998-09-13T19:00"),
            ("that morning", "TIME", "1978-09-13TMO"),
            ("three days", "DURATION", "P3D"),
            ("the 48 hours", "DURATION", "PT48H"),
            ("6 a.m.", "TIME", "1978-09-13T06:00"),
            ("that day", "DATE", "1978-09-13"),
            ("an hour", "DURATION", "PT1H"),
            ("11 days", "DURATION", "P11D"),
            ("Sept. 24", "DATE", "1978-09-24"),
            ("March 1981", "DATE", "1981-03"),
            ("the past two decades", "DURATION", "P20Y"),
            ("1994", "DATE", "1994"),
            ("every year", "SET", "P1Y"),
            ("1979", "DATE", "1979"),
            ("this year", "DATE", "1998"),
            ("Sunday", "DATE", "1998-10-04"),
            ("Oct. 4", "DATE", "1998-10-04"),
            ("Respect-for-the-Aged Day", "DATE", "1998-09-15"),
            ("Tuesday", "DATE", "1998-09-15"),
            ("Last year", "DATE", "1997"),
            ("This year", "DATE", "1998"),
            ("late Saturday night", "TIME", "1998-09-12TNI"),
            ("Monday afternoon", "TIME", "1998-09-14TAF"),
            ("Wednesday", "DATE", "1998-09-16"),
            ("recent years", "DATE", "PAST_REF"),
            ("another 10 years", "DURATION", "P10Y"),
            ("next spring", "DATE", "1999-SP"),
            ("the end of the year", "DATE", "1998"),
        ],
    ),
    # Tuesday 1999-07-13 (ISO week 28), Chinese state agency's provincial trade release,
    # headline ("in first half", a DATE without the article), "LANJIANG, July 13 (Hualian)
    # --" dateline, "said here Tuesday" the publication day ("here" left out, gold_blind31).
    # No fiscal year is described, so halves and quarters are calendar ones: "the first half
    # of this year" one span 1999-H1 and the bare "the first half" (twice) 1999-H1;
    # "year on year" before it the period compared with, 1998-H1 (gold_blind31, gold_blind78);
    # "the same period of 1998" and "the same period of last year" one span each, 1998-H1
    # (gold_blind16); "In June alone ... from a year earlier" 1999-06 and 1998-06; "the
    # second quarter" (twice) 1999-Q2, "the first quarter" 1999-Q1, "the fourth quarter"
    # ahead 1999-Q4. "at 10 a.m." the press conference on the publication day. "July 1997"
    # the month the crisis broke out (the crisis itself, an event, is not annotated); "10
    # consecutive months" P10M (gold_blind103's "five consecutive days"); "until February"
    # 1999-02; "since early last year" -> "early last year" 1998; "from May 8 to May 12" two
    # DATEs; "in five days" P5D. "last year" 1998 and "the previous year" 1997 (the year
    # before the year just named, gold_blind31); "this year" (twice, once in "so far this
    # year") 1999; "in 2000, the final year of the Ninth Five-Year Plan (1996-2000)" -> 2000,
    # 1996, 2000 (the plan's name and "the final year" left out, gold_blind31, gold_blind34).
    # "Over the past two decades" P20Y; "recent years" PAST_REF; "In the past few days" PXD;
    # the customs hours "from 8 a.m. to 10 p.m. every day since July 5" -> two TIMEs on no
    # particular day, SET P1D and DATE 1999-07-05 (gold_blind34, gold_blind78); "Aug. 1"
    # 1999-08-01; "the first seven months" P7M (a cumulative stretch, gold_blind31); "mid-
    # August" 1999-08; "October" 1999-10; "a week after celebrations" P1W (anchored to an
    # event); "Oct. 1" 1999-10-01. Not annotated: "9.6 pct", the dollar amounts and percents,
    # "412 foreign-funded projects", "Berth No. 12", "more than 30-fold", "118,000 standard
    # containers", "the Haiqing Export Fair '99" (a fair's name holding the year),
    # "the 50th anniversary" (an ordinal anniversary), "the first fall", "the biggest rise".
    "haiqing-foreign-trade-first-half": (
        "1999-07-13",
        [
            ("first half", "DATE", "1999-H1"),
            ("July 13", "DATE", "1999-07-13"),
            ("year on year", "DATE", "1998-H1"),
            ("the first half of this year", "DATE", "1999-H1"),
            ("the same period of 1998", "DATE", "1998-H1"),
            ("Tuesday", "DATE", "1999-07-13"),
            ("the first half", "DATE", "1999-H1"),
            ("10 a.m.", "TIME", "1999-07-13T10:00"),
            ("June", "DATE", "1999-06"),
            ("a year earlier", "DATE", "1998-06"),
            ("July 1997", "DATE", "1997-07"),
            ("10 consecutive months", "DURATION", "P10M"),
            ("February", "DATE", "1999-02"),
            ("the second quarter", "DATE", "1999-Q2"),
            ("the second quarter", "DATE", "1999-Q2"),
            ("the first quarter", "DATE", "1999-Q1"),
            ("early last year", "DATE", "1998"),
            ("May 8", "DATE", "1999-05-08"),
            ("May 12", "DATE", "1999-05-12"),
            ("five days", "DURATION", "P5D"),
            ("last year", "DATE", "1998"),
            ("the previous year", "DATE", "1997"),
            ("1990", "DATE", "1990"),
            ("this year", "DATE", "1999"),
            ("2000", "DATE", "2000"),
            ("1996", "DATE", "1996"),
            ("2000", "DATE", "2000"),
            ("the first half", "DATE", "1999-H1"),
            ("the same period of last year", "DATE", "1998-H1"),
            ("this year", "DATE", "1999"),
            ("the fourth quarter", "DATE", "1999-Q4"),
            ("the past two decades", "DURATION", "P20Y"),
            ("recent years", "DATE", "PAST_REF"),
            ("the past few days", "DURATION", "PXD"),
            ("Aug. 1", "DATE", "1999-08-01"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("every day", "SET", "P1D"),
            ("July 5", "DATE", "1999-07-05"),
            ("June", "DATE", "1999-06"),
            ("the first seven months", "DURATION", "P7M"),
            ("mid-August", "DATE", "1999-08"),
            ("October", "DATE", "1999-10"),
            ("a week", "DURATION", "P1W"),
            ("Oct. 1", "DATE", "1999-10-01"),
        ],
    ),
    # Monday 1999-08-30 (ISO week 35), Malaysian agency's wire in the Bernama manner, headline
    # ("four-day"), stamp "30/08/1999 19:12" (day first, the day settled by 30 > 12; DATE and
    # TIME, like "28.10.2014 14:32" in gold_blind78), "KUALA LUMPUR, Aug 30 (Semarak) --"
    # dateline. "today" the publication day, "yesterday" Sunday 1999-08-29, "tomorrow"
    # 1999-08-31, which is National Day (31 August, a fixed holiday): "at 9 am tomorrow,
    # National Day," -> a TIME and two DATEs; "its 42nd National Day on Tuesday" -> "National
    # Day" and "Tuesday" 1999-08-31 (the ordinal left out, like "the 44th National Day" in
    # gold_blind78). Future: "On Wednesday" 1999-09-01 and "that afternoon" after it
    # 1999-09-01TAF (a narrative anchor, gold_blind8); "On Thursday morning" 1999-09-02TMO and
    # "at 6 pm" that day 1999-09-02T18:00. Past: "the weekend" (spent in Brunei before
    # arriving on Monday) 1999-W34-WE (28-29 August); "from Aug 25 to Aug 27" two DATEs;
    # "April last year" one span 1998-04 (gold_blind31); "June 1997". "the first half of this
    # year" 1999-H1 and "the same period last year" 1998-H1 (gold_blind16); "every year since
    # 1995 except last year" SET P1Y, 1995, 1998; "every two years" SET P2Y; "early next
    # year" 2000; "The past few days" PXD; "by 2005"; "the past decade" P10Y; "on Sept 6 and
    # run for seven days" 1999-09-06 and P7D; performances "every evening at 8.30 pm" SET
    # XXXX-XX-XXTEV and TIME XXXX-XX-XXT20:30 (gold_blind31); "its 2000 Budget" an adjectival
    # year, DATE 2000 (gold_blind31's "the 2006 budget"); "in October" 1999-10. Not annotated:
    # "56", "SA 831" (a flight), "30 officials", "three memorandums", "RM1.23 billion",
    # "RM870 million", "9.4 million people", "Horizon 2010" (a plan's name, gold_blind31,
    # gold_blind34), "2,300", "US$412 million", "40 performers", "Dataran Merdeka", "his
    # first Asian tour", "the first by a Soravian head of government", "his next meeting".
    "soravian-pm-official-visit-national-day": (
        "1999-08-30",
        [
            ("four-day", "DURATION", "P4D"),
            ("30/08/1999", "DATE", "1999-08-30"),
            ("19:12", "TIME", "1999-08-30T19:12"),
            ("Aug 30", "DATE", "1999-08-30"),
            ("today", "DATE", "1999-08-30"),
            ("four-day", "DURATION", "P4D"),
            ("Nov 3, 1987", "DATE", "1987-11-03"),
            ("4.35 pm", "TIME", "1999-08-30T16:35"),
            ("yesterday", "DATE", "1999-08-29"),
            ("9 am", "TIME", "1999-08-31T09:00"),
            ("tomorrow", "DATE", "1999-08-31"),
            ("National Day", "DATE", "1999-08-31"),
            ("National Day", "DATE", "1999-08-31"),
            ("Tuesday", "DATE", "1999-08-31"),
            ("Wednesday", "DATE", "1999-09-01"),
            ("that afternoon", "TIME", "1999-09-01TAF"),
            ("Thursday morning", "TIME", "1999-09-02TMO"),
            ("6 pm", "TIME", "1999-09-02T18:00"),
            ("the first half of this year", "DATE", "1999-H1"),
            ("the same period last year", "DATE", "1998-H1"),
            ("every year", "SET", "P1Y"),
            ("1995", "DATE", "1995"),
            ("last year", "DATE", "1998"),
            ("every two years", "SET", "P2Y"),
            ("June 1997", "DATE", "1997-06"),
            ("early next year", "DATE", "2000"),
            ("The past few days", "DURATION", "PXD"),
            ("April last year", "DATE", "1998-04"),
            ("Aug 25", "DATE", "1999-08-25"),
            ("Aug 27", "DATE", "1999-08-27"),
            ("the weekend", "DATE", "1999-W34-WE"),
            ("2005", "DATE", "2005"),
            ("the past decade", "DURATION", "P10Y"),
            ("Sept 6", "DATE", "1999-09-06"),
            ("seven days", "DURATION", "P7D"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("8.30 pm", "TIME", "XXXX-XX-XXT20:30"),
            ("2000", "DATE", "2000"),
            ("October", "DATE", "1999-10"),
        ],
    ),
    # Wednesday 2000-03-15 (ISO week 11), Indian agency's wire in the PTI manner, headline
    # ("Tri-weekly ... from April 1"), dateline "Devgarh, Mar 15 (BNS)" without a dash, "said
    # here today" the publication day. Indian Railways' April-March financial year is an FY
    # named by the year it ends (gold_blind74): "the current fiscal" (twice) FY2000, "1998-99"
    # FY1999, "2000-01" FY2001 (one span each, like "2012-13" in gold_blind74). "tri-weekly"
    # (headline and lead) an adjectival frequency naming a recurrence, SET P1W (like "weekly
    # direct flights", gold_blind31), "thrice a week" SET P1W, "daily" SET P1D, "every
    # weekend" SET XXXX-WXX-WE. The timetable's clock times recur and take XXXX-XX-XXThh:mm
    # with the zone-like "hrs" kept in the span ("21.40 hrs", "07.15 hrs", "20.10 hrs"), the
    # plural weekdays SETs ("Mondays" XXXX-WXX-1 ... "Saturdays" XXXX-WXX-6, gold_blind78).
    # The inaugural run "at 17.00 hrs on March 31" is a TIME 2000-03-31T17:00 and a DATE;
    # "early the next day" 2000-04-01 (the narrative's last date plus one, the modifier kept).
    # "opened on Monday" 2000-03-13 (past); "the first two days" P2D (an ordinal period of an
    # event, gold_blind78); "last month" 2000-02; "in January, on Republic Day" -> 2000-01
    # and 2000-01-26 (the holiday on its fixed day); "for the first six months" P6M; "by
    # December 2001" one DATE; "recent years" PAST_REF; "February alone ... from a year
    # earlier" 2000-02 and 1999-02; "April-February" two DATEs, 1999-04 and 2000-02 (a month
    # range at its two ends, gold_blind78); "by the end of the month" 2000-03; "from May to
    # July" 2000-05 and 2000-07; "In the past few days" PXD; "October 2, 1952"; "in 2002".
    # Not annotated: the train numbers "2001 Up" and "2002 Down" (numbers that read like
    # years), "540-km", "312-km", "64-km", "1,200 berths", "Rs 285", crore sums, "5.9 million
    # tonnes", "5.8 per cent", "61.4 million tonnes", "14 summer special trains" ("summer" a
    # kind, gold_blind103's "Summer programs"), "12 coaches", "golden jubilee" (an
    # anniversary), "131" (an enquiry number), "www.cprail.org/2000/res" (a URL holding 2000).
    "devgarh-sonapur-express-from-april": (
        "2000-03-15",
        [
            ("Tri-weekly", "SET", "P1W"),
            ("April 1", "DATE", "2000-04-01"),
            ("Mar 15", "DATE", "2000-03-15"),
            ("tri-weekly", "SET", "P1W"),
            ("April 1", "DATE", "2000-04-01"),
            ("nearly three hours", "DURATION", "PT3H"),
            ("today", "DATE", "2000-03-15"),
            ("21.40 hrs", "TIME", "XXXX-XX-XXT21:40"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("07.15 hrs", "TIME", "XXXX-XX-XXT07:15"),
            ("20.10 hrs", "TIME", "XXXX-XX-XXT20:10"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("17.00 hrs", "TIME", "2000-03-31T17:00"),
            ("March 31", "DATE", "2000-03-31"),
            ("the current fiscal", "DATE", "FY2000"),
            ("early the next day", "DATE", "2000-04-01"),
            ("Monday", "DATE", "2000-03-13"),
            ("the first two days", "DURATION", "P2D"),
            ("last month", "DATE", "2000-02"),
            ("1996", "DATE", "1996"),
            ("January", "DATE", "2000-01"),
            ("Republic Day", "DATE", "2000-01-26"),
            ("thrice a week", "SET", "P1W"),
            ("the first six months", "DURATION", "P6M"),
            ("daily", "SET", "P1D"),
            ("December 2001", "DATE", "2001-12"),
            ("recent years", "DATE", "PAST_REF"),
            ("February", "DATE", "2000-02"),
            ("a year earlier", "DATE", "1999-02"),
            ("April", "DATE", "1999-04"),
            ("February", "DATE", "2000-02"),
            ("1998-99", "DATE", "FY1999"),
            ("the current fiscal", "DATE", "FY2000"),
            ("the end of the month", "DATE", "2000-03"),
            ("2000-01", "DATE", "FY2001"),
            ("May", "DATE", "2000-05"),
            ("July", "DATE", "2000-07"),
            ("the past few days", "DURATION", "PXD"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("October 2, 1952", "DATE", "1952-10-02"),
            ("2002", "DATE", "2002"),
        ],
    ),
    # Thursday 2000-11-16 (ISO week 46), Indonesian agency's wire in the Antara manner,
    # headline without TIMEX3, "Kaliwaru, C Java, Nov 16 (Nusa) -" dateline, "said here on
    # Thursday" the publication day. Indonesia's western zone is GMT+7: the slide "at around
    # 02.30 local time on Wednesday (15/11), or 19.30 GMT on Tuesday" -> TIME
    # 2000-11-15T02:30 (modifier and zone words in the span), "Wednesday" and "15/11" (the
    # Indonesian "weekday (d/m)", two DATEs, gold_blind87), TIME 2000-11-14T19:30 and
    # "Tuesday" 2000-11-14. "since Monday night" 2000-11-13TNI. Wednesday's narrative:
    # "throughout Wednesday" 2000-11-15, "by 17.00" 2000-11-15T17:00, "That evening"
    # 2000-11-15TEV, "at 06.00 the next day" 2000-11-16T06:00 and 2000-11-16 (the day after
    # the narrative's Wednesday is the publication day). "Thursday afternoon" 2000-11-16TAF;
    # "the next three days" P3D; "in 12 hours on Tuesday" PT12H and 2000-11-14; "every two
    # hours" SET PT2H; "since midnight" the midnight between Wednesday and Thursday, in the
    # end-of-day form of most earlier sets, 2000-11-15T24:00 (gold_blind75, gold_blind103;
    # see README); "the past few days" PXD; "until the weekend" 2000-W46-WE (18-19 November);
    # "a 14-day emergency period from Wednesday" P14D and 2000-11-15; "by Saturday"
    # 2000-11-18; "three times a day" SET P1D; "January 1986"; "Last year, floods in
    # December" 1999 and 1999-12 (the month of the year just named); "the past decade" P10Y;
    # "since 1997"; "in late October" 2000-10; the season "is expected to peak in January and
    # February" 2001-01 and 2001-02 (future); "later this month" 2000-11. Not annotated: "the
    # rainy season", "the long dry season" (no calendar value, gold_blind31, gold_blind78),
    # "the fasting month of Ramadan" (a lunar month, no value shape, gold_blind57), "Green
    # Kaliwaru 2005" (a programme's name), "(0286) 591 2000" (a phone number holding 2000),
    # "23", "9,000", "14 bodies", "Nine people", "3.2 metres", "31 villages", "80
    # centimetres", "410 millimetres", "Rp2.5 billion", "40 tonnes", "26", "54" (an age),
    # "4,000 hectares", "1.2 million trees", "31 people", "11 people".
    "kaliwaru-floods-landslides-toll": (
        "2000-11-16",
        [
            ("Nov 16", "DATE", "2000-11-16"),
            ("Monday night", "TIME", "2000-11-13TNI"),
            ("Thursday", "DATE", "2000-11-16"),
            ("around 02.30 local time", "TIME", "2000-11-15T02:30"),
            ("Wednesday", "DATE", "2000-11-15"),
            ("15/11", "DATE", "2000-11-15"),
            ("19.30 GMT", "TIME", "2000-11-14T19:30"),
            ("Tuesday", "DATE", "2000-11-14"),
            ("Wednesday", "DATE", "2000-11-15"),
            ("17.00", "TIME", "2000-11-15T17:00"),
            ("That evening", "TIME", "2000-11-15TEV"),
            ("06.00", "TIME", "2000-11-16T06:00"),
            ("the next day", "DATE", "2000-11-16"),
            ("Thursday afternoon", "TIME", "2000-11-16TAF"),
            ("the next three days", "DURATION", "P3D"),
            ("12 hours", "DURATION", "PT12H"),
            ("Tuesday", "DATE", "2000-11-14"),
            ("every two hours", "SET", "PT2H"),
            ("midnight", "TIME", "2000-11-15T24:00"),
            ("the past few days", "DURATION", "PXD"),
            ("the weekend", "DATE", "2000-W46-WE"),
            ("14-day", "DURATION", "P14D"),
            ("Wednesday", "DATE", "2000-11-15"),
            ("Saturday", "DATE", "2000-11-18"),
            ("three times a day", "SET", "P1D"),
            ("January 1986", "DATE", "1986-01"),
            ("Last year", "DATE", "1999"),
            ("December", "DATE", "1999-12"),
            ("the past decade", "DURATION", "P10Y"),
            ("1997", "DATE", "1997"),
            ("late October", "DATE", "2000-10"),
            ("January", "DATE", "2001-01"),
            ("February", "DATE", "2001-02"),
            ("later this month", "DATE", "2000-11"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
