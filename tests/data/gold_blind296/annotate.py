"""Annotations of blind gold set 296, chosen by hand before the tagger ran.

    python tests/data/gold_blind296/annotate.py [--show]

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
    # Wednesday 2012-08-15 (ISO week 33), US local daily's website, section label, headline,
    # deck, byline, stamps "Published: Wednesday, August 15, 2012 at 1:58 a.m." and "Last
    # Modified: ... at 11:20 a.m." (the weekday date one DATE span, its clock time a TIME),
    # "PINE HAMMOCK —" dateline. The primary was "Tuesday's" 2012-08-14 (possessive left out,
    # gold_blind35, gold_blind47). Polls closed "at 7 p.m. Central time (8 p.m. ET)": two
    # TIMEs, each with the clock value as written and the zone in the span, not in the value
    # (gold_blind54's "8 p.m. local time (1800 GMT)"); "an hour after most of Florida" is the
    # size of a difference, DURATION PT1H (gold_blind28, gold_blind75). "12:35 a.m. Wednesday"
    # the small hours of the publication day, two TIMEX3. "shortly after 9 p.m." -> "9 p.m."
    # ("shortly after" a signal, gold_blind7, gold_blind16); "about 20 minutes later" counted
    # from it, TIME 2012-08-14T21:20, like "about an hour later" (gold_blind47). "after 16
    # years" (headline) and "Sixteen years" DURATION P16Y; "for the second time in four
    # years" -> "four years" P4Y (the period of an ordinal count, gold_blind103). "Four years
    # ago" 2008 (the unit's granularity); "the 2010 midterms" -> "2010" (adjectival year).
    # Future: the canvassing board "at 9 a.m. Thursday" 2012-08-16, results "by noon Sunday"
    # 2012-08-19, a recount "would start Monday" 2012-08-20 and run "until the end of next
    # week" 2012-W34 (the week's value, gold_blind14, gold_blind59), the deck's "next week"
    # 2012-W34. "the Nov. 6 general election", "Nov. 6", "Oct. 9", "November" (Boyce leaves
    # office) ahead in 2012; "June" (the tabulator was ordered) 2012-06 past. "Election Day"
    # capitalised is the US general election day, DATE 2012-11-06 (gold_blind41). "fiscal 2013,
    # which begins Oct. 1": a Florida county's fiscal year runs October-September and is named
    # by the year it ends, FY2013 plus 2012-10-01 (gold_blind35's "the fiscal year that begins
    # Oct. 1"). "four-year terms" -> "four-year" DURATION; "every 15 minutes" SET PT15M. The
    # section label "ELECTION 2012" -> "2012" DATE, an adjectival year like "the 2010
    # midterms" (labels are annotated where they hold a TIMEX3, gold_blind10, gold_blind103).
    # Not annotated: "election nights" (event-named), "School Board District 4", "District
    # 4", "61 precincts", "VFW Post 1992" (a post number, before the annotated "since 1992"),
    # "Referendum 2012-1" (a ballot number holding the year),
    # "choctawbayvotes.gov/2012/primary", "the second time", ages "44", "61", "67", "6,212",
    # "5,291", "54 percent", "19.6 percent", "27 percent", "31 percent", "52 percent to 48
    # percent", "$90 million", "half-cent", "38 votes", "7,402",
    # "half-percent", "112", "a third".
    "choctaw-bay-primary-results": (
        "2012-08-15",
        [
            ("2012", "DATE", "2012"),
            ("16 years", "DURATION", "P16Y"),
            ("next week", "DATE", "2012-W34"),
            ("Wednesday, August 15, 2012", "DATE", "2012-08-15"),
            ("1:58 a.m.", "TIME", "2012-08-15T01:58"),
            ("Wednesday, August 15, 2012", "DATE", "2012-08-15"),
            ("11:20 a.m.", "TIME", "2012-08-15T11:20"),
            ("Tuesday", "DATE", "2012-08-14"),
            ("1996", "DATE", "1996"),
            ("four years", "DURATION", "P4Y"),
            ("7 p.m. Central time", "TIME", "2012-08-14T19:00"),
            ("8 p.m. ET", "TIME", "2012-08-14T20:00"),
            ("an hour", "DURATION", "PT1H"),
            ("12:35 a.m.", "TIME", "2012-08-15T00:35"),
            ("Wednesday", "DATE", "2012-08-15"),
            ("9 p.m.", "TIME", "2012-08-14T21:00"),
            ("about 20 minutes later", "TIME", "2012-08-14T21:20"),
            ("Sixteen years", "DURATION", "P16Y"),
            ("Nov. 6", "DATE", "2012-11-06"),
            ("1992", "DATE", "1992"),
            ("Four years ago", "DATE", "2008"),
            ("2010", "DATE", "2010"),
            ("10 years", "DURATION", "P10Y"),
            ("Jan. 1, 2013", "DATE", "2013-01-01"),
            ("2008", "DATE", "2008"),
            ("9 a.m.", "TIME", "2012-08-16T09:00"),
            ("Thursday", "DATE", "2012-08-16"),
            ("noon", "TIME", "2012-08-19T12:00"),
            ("Sunday", "DATE", "2012-08-19"),
            ("Monday", "DATE", "2012-08-20"),
            ("the end of next week", "DATE", "2012-W34"),
            ("eight days", "DURATION", "P8D"),
            ("Aug. 4", "DATE", "2012-08-04"),
            ("Aug. 11", "DATE", "2012-08-11"),
            ("Nov. 6", "DATE", "2012-11-06"),
            ("Oct. 9", "DATE", "2012-10-09"),
            ("June", "DATE", "2012-06"),
            ("Election Day", "DATE", "2012-11-06"),
            ("November", "DATE", "2012-11"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("Oct. 1", "DATE", "2012-10-01"),
            ("four-year", "DURATION", "P4Y"),
            ("2002", "DATE", "2002"),
            ("every 15 minutes", "SET", "PT15M"),
        ],
    ),
    # Friday 2015-05-08 (ISO week 19), British regional daily's website, section label,
    # headline, standfirst, byline, date line "Friday 8 May 2015, 07.46 BST" (one DATE span
    # with its weekday, and a TIME with the zone in the span); the section label "General
    # Election 2015" -> "2015" DATE (an adjectival year). Polling day was Thursday
    # 2015-05-07, "yesterday"; the count ran "through the night" -> "the night" 2015-05-07TNI
    # (a night takes the date of the evening it begins on, gold_blind75). Clock times after
    # midnight take Friday ("shortly after 3am" -> "3am", "about 3.40am", "about 4.30am",
    # "5.12am", gold_blind7, gold_blind75); "from 10.40pm" Thursday; "about two hours later"
    # counted from 10.40pm, TIME 2015-05-08T00:40 (gold_blind47). "at midnight" (told to the
    # candidates during the count) is the midnight that ends Thursday, 2015-05-07T24:00
    # (gold_blind75). The MP's "Tonight they said it again", said shortly after 3am, is the
    # night still under way, 2015-05-07TNI (gold_blind75's "for tonight" at 03.22). "13 years"
    # and "Thirteen years" P13Y (2002-2015); "Five years ago" and "five years ago" 2010.
    # Past: postal votes opened "on Tuesday and Wednesday" 2015-05-05 and 2015-05-06. Future:
    # "on Monday" 2015-05-11, "Saturday 16 May" one span, "tomorrow" 2015-05-09, "10am today"
    # and "late afternoon" on Friday, "later this month" 2015-05, "7 May 2020". "every evening"
    # SET XXXX-XX-XXTEV; "the last fortnight of the campaign" -> "the last fortnight" P2W and
    # "the last hour before 10pm" -> "the last hour" PT1H (ordinal periods of an event,
    # gold_blind8's "the final week"); "On polling day ... until 6pm" -> "6pm" 2015-05-07T18:00
    # ("polling day" itself left out). Not annotated: "election night", "polling day" (days
    # named by an event, gold_blind25, gold_blind75), "by breakfast" (a meal, gold_blind54,
    # gold_blind93), "the Fixed-term Parliaments Act 2011"
    # (a statute, gold_blind75), "a majority of 2,015" (a count that looks like the year),
    # "5,870", "9,118", "191 votes", "18,400", "42 seats", "66.3 per cent", "63.8 per cent",
    # "4.2 per cent", "a third", "his sixth win" beyond "1987", "every election" beyond "1992",
    # ages "41", "58", "36", "a good innings".
    "kellbridge-ashworth-election-count": (
        "2015-05-08",
        [
            ("2015", "DATE", "2015"),
            ("the night", "TIME", "2015-05-07TNI"),
            ("5.12am", "TIME", "2015-05-08T05:12"),
            ("Friday 8 May 2015", "DATE", "2015-05-08"),
            ("07.46 BST", "TIME", "2015-05-08T07:46"),
            ("5.12am", "TIME", "2015-05-08T05:12"),
            ("today", "DATE", "2015-05-08"),
            ("13 years", "DURATION", "P13Y"),
            ("10pm", "TIME", "2015-05-07T22:00"),
            ("yesterday", "DATE", "2015-05-07"),
            ("10.40pm", "TIME", "2015-05-07T22:40"),
            ("about two hours later", "TIME", "2015-05-08T00:40"),
            ("3am", "TIME", "2015-05-08T03:00"),
            ("2010", "DATE", "2010"),
            ("1992", "DATE", "1992"),
            ("Five years ago", "DATE", "2010"),
            ("Tonight", "TIME", "2015-05-07TNI"),
            ("2002", "DATE", "2002"),
            ("about 3.40am", "TIME", "2015-05-08T03:40"),
            ("about 4.30am", "TIME", "2015-05-08T04:30"),
            ("midnight", "TIME", "2015-05-07T24:00"),
            ("five years ago", "DATE", "2010"),
            ("Tuesday", "DATE", "2015-05-05"),
            ("Wednesday", "DATE", "2015-05-06"),
            ("1987", "DATE", "1987"),
            ("2010", "DATE", "2010"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("the last fortnight", "DURATION", "P2W"),
            ("Monday", "DATE", "2015-05-11"),
            ("Saturday 16 May", "DATE", "2015-05-16"),
            ("10am", "TIME", "2015-05-08T10:00"),
            ("today", "DATE", "2015-05-08"),
            ("late afternoon", "TIME", "2015-05-08TAF"),
            ("tomorrow", "DATE", "2015-05-09"),
            ("later this month", "DATE", "2015-05"),
            ("7 May 2020", "DATE", "2020-05-07"),
            ("6pm", "TIME", "2015-05-07T18:00"),
            ("the last hour", "DURATION", "PT1H"),
            ("10pm", "TIME", "2015-05-07T22:00"),
            ("this morning", "TIME", "2015-05-08TMO"),
            ("Thirteen years", "DURATION", "P13Y"),
        ],
    ),
    # Thursday 2015-10-08 (ISO week 41), Canadian local paper's website, section label,
    # headline ("Four days ... Friday"), stamp "Published on: October 8, 2015 | Last Updated:
    # October 8, 2015 5:47 PM EDT" (two DATEs and a TIME, gold_blind103), byline, "KESSERING,
    # Ont. —" dateline. Advance polls "on Friday, Saturday, Sunday and Monday" 2015-10-09 to
    # 2015-10-12, four DATEs; "Monday, which is Thanksgiving" two DATEs, 2015-10-12 (Canadian
    # Thanksgiving is the second Monday of October; like "Monday is Family Day" in
    # gold_blind103). Their hours "from noon to 8 p.m. each day" recur on those days: two
    # TIMEs XXXX-XX-XXThh:mm and the SET P1D (the hours of a recurring service, gold_blind28,
    # gold_blind103). "the long weekend" (Thanksgiving, Saturday-Monday) 2015-W41-WE, the ISO
    # week of its Saturday (gold_blind56, gold_blind103). Past: "said Tuesday" 2015-10-06,
    # "Tuesday night" 2015-10-06TNI, "said Wednesday" 2015-10-07, "last week" 2015-W40, "late
    # September" 2015-09, "Aug. 2". "In 2011 ... Three years before that" -> 2011 and 2008 (an
    # anchored "N before" at the unit's granularity, like "a year earlier", gold_blind35).
    # Future: "Oct. 19" (twice), "6 p.m. Tuesday, Oct. 13" a TIME and the weekday date as one
    # DATE span, "9:30 a.m.", "9:30 p.m. Eastern time" and "about 7 p.m. ET" on Oct. 19,
    # "before midnight" -> "midnight" the midnight ending 2015-10-19 (T24:00), "Oct. 15" (a
    # cancelled debate, ahead), "Oct. 21, 2019". "at 78 days" DURATION P78D; "the longest in
    # more than a century" -> "more than a century" P100Y (the period of a superlative,
    # gold_blind103); "within four months" P4M; "within 30 days" P30D; "every four years" SET
    # P4Y. Not annotated: "election day" (twice, an event-named day, gold_blind25,
    # gold_blind75; its date "Oct. 19" is annotated beside it), "four chances", "This time"
    # (gold_blind32), "for the first time", "the last of three debates", "a fourth",
    # "Royal Canadian Legion Branch 1871", "Highway 60", "Poll No. 117", "705-555-2015",
    # "9,412", "5,000", "12,000", "14 locations", "about 300 homes", "640 poll workers",
    # "five candidates".
    "kessering-lake-arrow-advance-polls": (
        "2015-10-08",
        [
            ("Four days", "DURATION", "P4D"),
            ("Friday", "DATE", "2015-10-09"),
            ("October 8, 2015", "DATE", "2015-10-08"),
            ("October 8, 2015", "DATE", "2015-10-08"),
            ("5:47 PM EDT", "TIME", "2015-10-08T17:47"),
            ("Oct. 19", "DATE", "2015-10-19"),
            ("Friday", "DATE", "2015-10-09"),
            ("Friday", "DATE", "2015-10-09"),
            ("Saturday", "DATE", "2015-10-10"),
            ("Sunday", "DATE", "2015-10-11"),
            ("Monday", "DATE", "2015-10-12"),
            ("Thanksgiving", "DATE", "2015-10-12"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("each day", "SET", "P1D"),
            ("Saturday", "DATE", "2015-10-10"),
            ("the long weekend", "DATE", "2015-W41-WE"),
            ("2011", "DATE", "2011"),
            ("Three years before that", "DATE", "2008"),
            ("Tuesday", "DATE", "2015-10-06"),
            ("Aug. 2", "DATE", "2015-08-02"),
            ("78 days", "DURATION", "P78D"),
            ("more than a century", "DURATION", "P100Y"),
            ("6 p.m.", "TIME", "2015-10-13T18:00"),
            ("Tuesday, Oct. 13", "DATE", "2015-10-13"),
            ("Oct. 19", "DATE", "2015-10-19"),
            ("9:30 a.m.", "TIME", "2015-10-19T09:30"),
            ("9:30 p.m. Eastern time", "TIME", "2015-10-19T21:30"),
            ("about 7 p.m. ET", "TIME", "2015-10-19T19:00"),
            ("midnight", "TIME", "2015-10-19T24:00"),
            ("2013", "DATE", "2013"),
            ("Tuesday night", "TIME", "2015-10-06TNI"),
            ("Oct. 15", "DATE", "2015-10-15"),
            ("last week", "DATE", "2015-W40"),
            ("late September", "DATE", "2015-09"),
            ("Wednesday", "DATE", "2015-10-07"),
            ("four months", "DURATION", "P4M"),
            ("30 days", "DURATION", "P30D"),
            ("every four years", "SET", "P4Y"),
            ("Oct. 21, 2019", "DATE", "2019-10-21"),
        ],
    ),
    # Saturday 2013-09-07 (ISO week 36), Australian regional paper's website on polling day,
    # section label, headline ("at 8am ... into next week"), stamp "07 Sep, 2013 06:00 AM"
    # (DATE and TIME, gold_blind103), byline, no dateline. "next week" (headline and lead)
    # 2013-W37; "8am today", "6pm", "about 6.45pm", "10pm", "7.30am", "late tonight" and "this
    # evening" on the publication day; "yesterday" Friday 2013-09-06 and its "8.30am". The
    # time zones: "6pm local time, 8pm AEST" two TIMEs of the same moment, each with its own
    # clock value and the zone in the span (gold_blind54). Past: "Tuesday 20 August" and
    # "Sunday 4 August" weekday dates as one span (gold_blind75); "every weekend since
    # February" a SET XXXX-WXX-WE and the DATE 2013-02 (gold_blind54's "every Saturday since
    # June"). Future: counting "on Sunday" 2013-09-08 and "on Monday morning" 2013-09-09TMO;
    # "Friday 20 September"; "mid-November" 2013-11 (the month's value, gold_blind35). "within
    # 13 days of polling day" -> "13 days" P13D ("polling day" left out); "within 30 days" P30D;
    # "11 days" P11D; "almost three weeks" P3W; "another fortnight" P2W; "five-week" P5W; "the
    # final week" of the campaign P1W (an ordinal period of an event, gold_blind8); "every
    # morning" SET XXXX-XX-XXTMO; "this year" 2013; the label "FEDERAL ELECTION 2013" ->
    # "2013" DATE (an adjectival year, like "the 2010 election"). Not annotated: "polling
    # day", "every federal election" beyond "1993", "the 44th Parliament", "$20", "22
    # degrees", "1.9 per cent", "12,400", "3,100", "800 sausages", "31 polling places", age
    # "36", "may" (the verb), "a handful of votes", "the writs being returned".
    "carrabeen-election-day-preview": (
        "2013-09-07",
        [
            ("2013", "DATE", "2013"),
            ("8am", "TIME", "2013-09-07T08:00"),
            ("next week", "DATE", "2013-W37"),
            ("07 Sep, 2013", "DATE", "2013-09-07"),
            ("06:00 AM", "TIME", "2013-09-07T06:00"),
            ("Tuesday 20 August", "DATE", "2013-08-20"),
            ("next week", "DATE", "2013-W37"),
            ("8am", "TIME", "2013-09-07T08:00"),
            ("today", "DATE", "2013-09-07"),
            ("6pm", "TIME", "2013-09-07T18:00"),
            ("about 6.45pm", "TIME", "2013-09-07T18:45"),
            ("10pm", "TIME", "2013-09-07T22:00"),
            ("1998", "DATE", "1998"),
            ("2010", "DATE", "2010"),
            ("11 days", "DURATION", "P11D"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("February", "DATE", "2013-02"),
            ("13 days", "DURATION", "P13D"),
            ("Friday 20 September", "DATE", "2013-09-20"),
            ("Sunday", "DATE", "2013-09-08"),
            ("Monday morning", "TIME", "2013-09-09TMO"),
            ("almost three weeks", "DURATION", "P3W"),
            ("yesterday", "DATE", "2013-09-06"),
            ("8.30am", "TIME", "2013-09-06T08:30"),
            ("6pm local time", "TIME", "2013-09-07T18:00"),
            ("8pm AEST", "TIME", "2013-09-07T20:00"),
            ("late tonight", "TIME", "2013-09-07TNI"),
            ("7.30am", "TIME", "2013-09-07T07:30"),
            ("1993", "DATE", "1993"),
            ("this year", "DATE", "2013"),
            ("the final week", "DURATION", "P1W"),
            ("five-week", "DURATION", "P5W"),
            ("Sunday 4 August", "DATE", "2013-08-04"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("this evening", "TIME", "2013-09-07TEV"),
            ("another fortnight", "DURATION", "P2W"),
            ("30 days", "DURATION", "P30D"),
            ("mid-November", "DATE", "2013-11"),
        ],
    ),
    # Tuesday 2013-01-15 (ISO week 3), Indian daily's website, headline ("from Feb 10 ... on
    # Feb 27"), stamp "TNN | Jan 15, 2013, 04.12AM IST" (DATE and TIME, gold_blind75),
    # "DEVGARH:" intro. The schedule was announced "on Monday" 2013-01-14, "Monday afternoon"
    # 2013-01-14TAF, "a public holiday for Makar Sankranti" -> "Makar Sankranti" DATE
    # 2013-01-14 (a festival on the day the text gives it). Polling on three Sundays, February
    # 10, 17 and 24 (each written out), counting "at 8 am on February 27" (Wednesday), results
    # "by evening" -> "evening" 2013-02-27TEV, oath "the next day" 2013-02-28 (anchored on
    # the last date of its narrative, gold_blind54). Nominations "from 11 am to 3 pm daily":
    # two TIMEs XXXX-XX-XXThh:mm and the SET P1D (gold_blind103); booths "on each polling day
    # ... from 7.30 am to 5.30 pm" the hours of a recurring event, XXXX-XX-XXThh:mm, with no
    # SET word of their own. "Saturday, January 26, which is Republic Day" a weekday date span
    # and the holiday, both 2013-01-26; "Sunday, January 27". Withdrawal "till 3 pm on
    # February 1" (Friday) and symbols "the same evening" 2013-02-01TEV. "Sundays" SET
    # XXXX-WXX-7 (a plural weekday, gold_blind7, gold_blind47). "last October" 2012-10,
    # "October 2007", "December" (the court, past) 2012-12, "the past three months" P3M,
    # "five-year" P5Y, "2007" as written. "the ZP's budget for 2013-14" -> "2013-14" FY2014,
    # an Indian fiscal year (April-March) named by the year it ends (gold_blind74,
    # gold_blind75); "before March 31" 2013-03-31 ("before" a signal). "within 30 days" P30D;
    # "for 48 hours" PT48H; "every two hours" SET PT2H; "until January 31" 2013-01-31. Not
    # annotated: "counting day", "polling day", "polling days" (event-named days,
    # gold_blind25, gold_blind75), "with immediate effect", "till the results are declared"
    # (event-named), "three-phase", "3 phases", "each phase", "Class X and XII", "teaching
    # days", "4.12 lakh", "3.6 lakh", "1,413 polling booths", "68 results", "11 panchayat
    # samitis", "61%", "Section 144", "Rs 5,000", "1800-233-1947" (a helpline holding 1947),
    # "sec.devgarh.gov.in/2013".
    "devgarh-zilla-parishad-poll-schedule": (
        "2013-01-15",
        [
            ("Feb 10", "DATE", "2013-02-10"),
            ("Feb 27", "DATE", "2013-02-27"),
            ("Jan 15, 2013", "DATE", "2013-01-15"),
            ("04.12AM IST", "TIME", "2013-01-15T04:12"),
            ("Monday", "DATE", "2013-01-14"),
            ("February 10", "DATE", "2013-02-10"),
            ("February 17", "DATE", "2013-02-17"),
            ("February 24", "DATE", "2013-02-24"),
            ("February 27", "DATE", "2013-02-27"),
            ("Monday afternoon", "TIME", "2013-01-14TAF"),
            ("Makar Sankranti", "DATE", "2013-01-14"),
            ("January 21", "DATE", "2013-01-21"),
            ("January 29", "DATE", "2013-01-29"),
            ("11 am", "TIME", "XXXX-XX-XXT11:00"),
            ("3 pm", "TIME", "XXXX-XX-XXT15:00"),
            ("daily", "SET", "P1D"),
            ("Saturday, January 26", "DATE", "2013-01-26"),
            ("Republic Day", "DATE", "2013-01-26"),
            ("Sunday, January 27", "DATE", "2013-01-27"),
            ("January 30", "DATE", "2013-01-30"),
            ("3 pm", "TIME", "2013-02-01T15:00"),
            ("February 1", "DATE", "2013-02-01"),
            ("the same evening", "TIME", "2013-02-01TEV"),
            ("7.30 am", "TIME", "XXXX-XX-XXT07:30"),
            ("5.30 pm", "TIME", "XXXX-XX-XXT17:30"),
            ("8 am", "TIME", "2013-02-27T08:00"),
            ("February 27", "DATE", "2013-02-27"),
            ("evening", "TIME", "2013-02-27TEV"),
            ("the next day", "DATE", "2013-02-28"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("March 1", "DATE", "2013-03-01"),
            ("last October", "DATE", "2012-10"),
            ("five-year", "DURATION", "P5Y"),
            ("October 2007", "DATE", "2007-10"),
            ("December", "DATE", "2012-12"),
            ("the past three months", "DURATION", "P3M"),
            ("2007", "DATE", "2007"),
            ("2013-14", "DATE", "FY2014"),
            ("March 31", "DATE", "2013-03-31"),
            ("30 days", "DURATION", "P30D"),
            ("48 hours", "DURATION", "PT48H"),
            ("every two hours", "SET", "PT2H"),
            ("January 31", "DATE", "2013-01-31"),
        ],
    ),
    # Monday 2014-11-17 (ISO week 47), agency wire on an invented country's presidential first
    # round, headline, "SOLANNE, Morevia, Nov 17 (Reuters) -" dateline (its date the
    # publication day, gold_blind54), credit line. The first round was "Sunday's" 2014-11-16;
    # the runoff "on Nov 30" (headline, lead, "at 7 a.m. on Nov 30"), "two weeks after
    # Sunday's first round" -> "two weeks" DURATION P2W, a duration anchored to an event
    # (gold_blind35). Morevia is on Central European time, UTC+1 in November: "at 9 a.m. (0800
    # GMT)" and "at 8 p.m. (1900 GMT) on Sunday" two TIMEs each, the clock value as written
    # (gold_blind54). After the Sunday close, "about 1 a.m." and "2:15 a.m." take Monday, the
    # clock times after midnight on the new day (gold_blind7). Future: "on Wednesday"
    # 2014-11-19 and "that evening" its evening 2014-11-19TEV (a narrative anchor on the day
    # just named); campaigning "opens on Friday" 2014-11-21; "at midnight on Nov 28" the
    # midnight ending that day, 2014-11-28T24:00 (gold_blind54); "Dec 22"; "Jan 1" 2015-01-01
    # across the year boundary (gold_blind14); "the end of the month" 2014-11; "The next two
    # weeks" P2W; "by 2016" 2016. Past: "Sunday morning" 2014-11-16TMO, "March 2012", "from
    # 2002 to 2010" two DATEs, "in September" 2014-09, "the past two years" P2Y, "five years
    # ago" 2009 (the unit's granularity), "since early October" 2014-10, "last week" 2014-W46,
    # "on Monday morning" and "on Monday" the publication day. "the 2015 budget" -> "2015"
    # (adjectival year); "the 1990s" 199; "24-hour" PT24H; "five-year" P5Y; "100 days" P100D;
    # "10 days" P10D. Not annotated: "UPDATE 2" (a version label), "the first round", "the
    # runoff", "the first free presidential election" beyond "1991", "Article 84", ages "52"
    # and "61", "99.8 percent", "38.2 percent", "34.9 percent", "14.1 percent", "51.3
    # percent", "63 percent", "3 percent", "0.6 percent", "4 points", "a one-seat majority",
    # "third", "its weakest" beyond "early October".
    "morevia-presidential-runoff-set": (
        "2014-11-17",
        [
            ("Nov 30", "DATE", "2014-11-30"),
            ("Nov 17", "DATE", "2014-11-17"),
            ("Nov 30", "DATE", "2014-11-30"),
            ("two weeks", "DURATION", "P2W"),
            ("Sunday", "DATE", "2014-11-16"),
            ("Monday", "DATE", "2014-11-17"),
            ("9 a.m.", "TIME", "2014-11-17T09:00"),
            ("0800 GMT", "TIME", "2014-11-17T08:00"),
            ("Wednesday", "DATE", "2014-11-19"),
            ("that evening", "TIME", "2014-11-19TEV"),
            ("Sunday morning", "TIME", "2014-11-16TMO"),
            ("8 p.m.", "TIME", "2014-11-16T20:00"),
            ("1900 GMT", "TIME", "2014-11-16T19:00"),
            ("Sunday", "DATE", "2014-11-16"),
            ("about 1 a.m.", "TIME", "2014-11-17T01:00"),
            ("2:15 a.m.", "TIME", "2014-11-17T02:15"),
            ("1991", "DATE", "1991"),
            ("five years ago", "DATE", "2009"),
            ("March 2012", "DATE", "2012-03"),
            ("the past two years", "DURATION", "P2Y"),
            ("2015", "DATE", "2015"),
            ("the end of the month", "DATE", "2014-11"),
            ("2016", "DATE", "2016"),
            ("The next two weeks", "DURATION", "P2W"),
            ("the 1990s", "DATE", "199"),
            ("Monday morning", "TIME", "2014-11-17TMO"),
            ("2002", "DATE", "2002"),
            ("2010", "DATE", "2010"),
            ("September", "DATE", "2014-09"),
            ("100 days", "DURATION", "P100D"),
            ("Friday", "DATE", "2014-11-21"),
            ("midnight", "TIME", "2014-11-28T24:00"),
            ("Nov 28", "DATE", "2014-11-28"),
            ("24-hour", "DURATION", "PT24H"),
            ("7 a.m.", "TIME", "2014-11-30T07:00"),
            ("Nov 30", "DATE", "2014-11-30"),
            ("Dec 22", "DATE", "2014-12-22"),
            ("Jan 1", "DATE", "2015-01-01"),
            ("five-year", "DURATION", "P5Y"),
            ("10 days", "DURATION", "P10D"),
            ("Monday", "DATE", "2014-11-17"),
            ("early October", "DATE", "2014-10"),
            ("last week", "DATE", "2014-W46"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
