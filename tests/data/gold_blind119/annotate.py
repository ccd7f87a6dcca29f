"""Annotations of the hundred-and-nineteenth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind119/annotate.py [--show]

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
    # Tuesday 2013-12-03 (ISO week 49), US business wire, headline, byline, dateline "NEW
    # YORK, Dec 3 (Tallis Wire) -" (the date a DATE of the publication day, like a stamp).
    # Thanksgiving 2013 is the fourth Thursday of November, 2013-11-28 ("the latest date
    # possible"), so Black Friday is 2013-11-29 and Cyber Monday (headline) 2013-12-02
    # (gold_blind38). "Cyber Monday last year" is last year's Cyber Monday, the Monday after
    # Thanksgiving 2012 (Thursday 22 November), 2012-11-26, with "last year" 2012 a DATE of
    # its own; "last year's Black Friday" -> "last year" 2012 and "Black Friday" 2012-11-23
    # (gold_blind57, gold_blind98); "Cyber Monday 2011" one span, 2011-11-28 (like "Christmas
    # 2013", gold_blind98). Past weekdays: "on Monday" and "Monday night" 2013-12-02, "on
    # Friday" 2013-11-29, "8 p.m. on Thursday" 2013-11-28T20:00; "released on Tuesday" is the
    # wire's own day, 2013-12-03 (gold_blind57); "results on Thursday" is future, 2013-12-05.
    # "between 8 p.m. and 11 p.m. Eastern time on Monday night" -> two TIMEs of Monday (the zone
    # in the span, not in the value) and the part of day; "at 6 p.m." on Thanksgiving Day.
    # "the Thanksgiving weekend" and "the weekend" 2013-W48-WE (Saturday 30 November,
    # gold_blind63). "a year ago" 2012 (the unit's granularity); "a five-day stretch" P5D
    # (Thursday to Monday); "26 days between Black Friday and Christmas" P26D plus the two
    # DATEs. Brightmart's fiscal year "ends on Feb. 1": the year now running ends on Saturday
    # 2014-02-01 and is FY2014 (named by the year it ends, gold_blind38), so its
    # "third-quarter" results are FY2014-Q3. "10 days of daily deals" P10D and SET P1D
    # ("daily" naming a recurrence, gold_blind33); "starting Dec. 5" 2013-12-05. "Tuesday
    # morning" 2013-12-03TMO and "10:30 a.m. EST" that morning; "the past 12 months" P12M.
    # Not annotated: "18 pct", "$1.94 billion", "31 percent", "22 percent", "2.9 percent",
    # "$11.6 billion", "40,000 stores", "11.2 percent", "six fewer" (a count), "the holiday
    # season" and "The season" (no calendar bounds, gold_blind19, gold_blind35), "the latest
    # date possible", "Model 1128", "$199", "brightmart.com/deals/2013-12-05" (a date in a URL),
    # "$48.15", "24 percent".
    "brightmart-cyber-monday-online-sales": (
        "2013-12-03",
        [
            ("Cyber Monday", "DATE", "2013-12-02"),
            ("Dec 3", "DATE", "2013-12-03"),
            ("Monday", "DATE", "2013-12-02"),
            ("Cyber Monday", "DATE", "2012-11-26"),
            ("last year", "DATE", "2012"),
            ("Tuesday", "DATE", "2013-12-03"),
            ("the Thanksgiving weekend", "DATE", "2013-W48-WE"),
            ("8 p.m.", "TIME", "2013-12-02T20:00"),
            ("11 p.m. Eastern time", "TIME", "2013-12-02T23:00"),
            ("Monday night", "TIME", "2013-12-02TNI"),
            ("a year ago", "DATE", "2012"),
            ("five-day", "DURATION", "P5D"),
            ("Thanksgiving Day", "DATE", "2013-11-28"),
            ("6 p.m.", "TIME", "2013-11-28T18:00"),
            ("Black Friday", "DATE", "2013-11-29"),
            ("Friday", "DATE", "2013-11-29"),
            ("last year", "DATE", "2012"),
            ("Black Friday", "DATE", "2012-11-23"),
            ("the weekend", "DATE", "2013-W48-WE"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("Nov. 28", "DATE", "2013-11-28"),
            ("26 days", "DURATION", "P26D"),
            ("Black Friday", "DATE", "2013-11-29"),
            ("Christmas", "DATE", "2013-12-25"),
            ("2012", "DATE", "2012"),
            ("8 p.m.", "TIME", "2013-11-28T20:00"),
            ("Thursday", "DATE", "2013-11-28"),
            ("Monday", "DATE", "2013-12-02"),
            ("Cyber Monday 2011", "DATE", "2011-11-28"),
            ("Feb. 1", "DATE", "2014-02-01"),
            ("third-quarter", "DATE", "FY2014-Q3"),
            ("Thursday", "DATE", "2013-12-05"),
            ("10 days", "DURATION", "P10D"),
            ("daily", "SET", "P1D"),
            ("Dec. 5", "DATE", "2013-12-05"),
            ("Tuesday morning", "TIME", "2013-12-03TMO"),
            ("10:30 a.m. EST", "TIME", "2013-12-03T10:30"),
            ("the past 12 months", "DURATION", "P12M"),
        ],
    ),
    # Thursday 2012-12-27 (ISO week 52), Canadian paper's website, headline, byline, "PORT
    # ELLERY, ONT. —" dateline, stamps "Published Thursday, Dec. 27 2012, 5:00 AM EST" and "Last
    # updated ..., 9:41 AM EST" (each a DATE span with its weekday, like "Tue, Nov 25, 2014" in
    # gold_blind98, and a TIME with the zone in the span). Boxing Day was yesterday, Wednesday
    # 2012-12-26 (headline, "Boxing Day prices", "on Boxing Day" twice); the clock times of
    # the sale ("6 a.m. Wednesday", "By noon", "here at 5 a.m.", "until 9 a.m.") are that day's.
    # "an hour earlier than last Boxing Day" -> "an hour" PT1H (the size of a shift,
    # gold_blind38, gold_blind98) and "last Boxing Day" one span 2011-12-26, like "last
    # Christmas" (gold_blind43); "a year ago" 2011. "until Monday, New Year's Eve" -> "Monday"
    # 2012-12-31 and "New Year's Eve" 2012-12-31, a weekday and the holiday in apposition two
    # DATEs (gold_blind57). "released on Dec. 18" 2012-12-18; "last year" 2011; "between
    # Christmas and New Year's Day" 2012-12-25 and 2013-01-01. "until 9 p.m. every night this
    # week": the closing hour recurs, XXXX-XX-XXT21:00, with the SET XXXX-XX-XXTNI and "this
    # week" 2012-W52 (gold_blind67's "9 p.m. each night this week"); "close at 5 p.m. on New
    # Year's Eve" 2012-12-31T17:00. "Wednesday, Jan. 2" one span 2013-01-02 (a US weekday
    # date, gold_blind57). "Ten years ago" 2002; "Now" PRESENT_REF; "the sales run for a month"
    # P1M; "through the end of January" -> "the end of January" 2013-01. Not annotated:
    # "18,000", "21,500", "140 stores", "1,200 adults", "41 per cent", "47 per cent", "29 per
    # cent", "55-inch", "$499", "code BX-2012" (a flyer code holding a year), "807-555-1226" (a
    # phone number, 12-26 in it), "The Port Ellery Chronicle", "Regular hours", "of opening".
    "port-ellery-boxing-day-crowds": (
        "2012-12-27",
        [
            ("Boxing Day", "DATE", "2012-12-26"),
            ("Thursday, Dec. 27 2012", "DATE", "2012-12-27"),
            ("5:00 AM EST", "TIME", "2012-12-27T05:00"),
            ("Thursday, Dec. 27 2012", "DATE", "2012-12-27"),
            ("9:41 AM EST", "TIME", "2012-12-27T09:41"),
            ("6 a.m.", "TIME", "2012-12-26T06:00"),
            ("Wednesday", "DATE", "2012-12-26"),
            ("an hour", "DURATION", "PT1H"),
            ("last Boxing Day", "DATE", "2011-12-26"),
            ("a year ago", "DATE", "2011"),
            ("noon", "TIME", "2012-12-26T12:00"),
            ("Boxing Day", "DATE", "2012-12-26"),
            ("2011", "DATE", "2011"),
            ("5 a.m.", "TIME", "2012-12-26T05:00"),
            ("Christmas Day", "DATE", "2012-12-25"),
            ("Boxing Day", "DATE", "2012-12-26"),
            ("Christmas Eve", "DATE", "2012-12-24"),
            ("Dec. 21", "DATE", "2012-12-21"),
            ("Monday", "DATE", "2012-12-31"),
            ("New Year's Eve", "DATE", "2012-12-31"),
            ("Dec. 18", "DATE", "2012-12-18"),
            ("Boxing Day", "DATE", "2012-12-26"),
            ("last year", "DATE", "2011"),
            ("Christmas", "DATE", "2012-12-25"),
            ("New Year's Day", "DATE", "2013-01-01"),
            ("20 minutes", "DURATION", "PT20M"),
            ("9 a.m.", "TIME", "2012-12-26T09:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("this week", "DATE", "2012-W52"),
            ("5 p.m.", "TIME", "2012-12-31T17:00"),
            ("New Year's Eve", "DATE", "2012-12-31"),
            ("New Year's Day", "DATE", "2013-01-01"),
            ("Wednesday, Jan. 2", "DATE", "2013-01-02"),
            ("Ten years ago", "DATE", "2002"),
            ("Now", "DATE", "PRESENT_REF"),
            ("a month", "DURATION", "P1M"),
            ("the end of January", "DATE", "2013-01"),
        ],
    ),
    # Monday 2014-09-15 (ISO week 38), British regional daily, headline, standfirst, byline,
    # date line "Monday 15 September 2014". The store opens on Thursday 2014-09-18 (headline,
    # lead, "The first 100 customers on Thursday"), "at 8am" and the ribbon "at 7.45am" that
    # day; "By Wednesday night" 2014-09-17TNI (future); the preview "was held on Saturday"
    # 2014-09-13 (past); the fun day "on Saturday 27 September" one span 2014-09-27. "after
    # two-year wait" (headline) DURATION P2Y on the adjective; "more than two years after
    # plans ... were first lodged" P2Y (an anchored duration). The trading hours recur every
    # week: "from 7am to 10pm Monday to Saturday and from 10am to 4pm on Sundays" -> TIMEs
    # XXXX-XX-XXThh:mm, the ends of the weekday range SETs XXXX-WXX-1 and XXXX-WXX-6, "Sundays"
    # XXXX-WXX-7 (gold_blind76, gold_blind98); "the six hours allowed" PT6H. "six years" P6Y;
    # "1 September" 2014-09-01; "the past three weeks" P3W; "July 2012"; "last October"
    # 2013-10; "Building work started in January" 2014-01; "since 1987"; "the past year" P1Y.
    # "Early closing on Wednesdays went years ago" -> "Wednesdays" SET XXXX-WXX-3 (a past
    # habit) and "years ago" PAST_REF (gold_blind65); "now" PRESENT_REF; "until 5.30pm six
    # days a week" -> XXXX-XX-XXT17:30 and SET P1W (gold_blind98's "three days a week").
    # "every 30 minutes" SET PT30M; "until the end of the year" 2014. Valemart's "current
    # financial year, which ends in February" ends in February 2015 and is FY2015, one span
    # (gold_blind19, gold_blind21), "February" 2015-02; "It opened nine last year" -> 2013
    # (calendar wording, gold_blind35). Not annotated: "Some 240 jobs", "late opening", "60,000
    # sq ft", "Sunday trading rules" (an adjective naming a kind of law), "240 staff", "180",
    # "100 customers", "£10", "a preview evening" (an event, gold_blind44), "312 stores", "14",
    # "nine", "a fifth", "the B1087" (a road number), "opening day" (event-named), "Pelham
    # Road", "Market Street", "linked trips".
    "wrexley-valemart-superstore-opening": (
        "2014-09-15",
        [
            ("Thursday", "DATE", "2014-09-18"),
            ("two-year", "DURATION", "P2Y"),
            ("Monday 15 September 2014", "DATE", "2014-09-15"),
            ("Thursday", "DATE", "2014-09-18"),
            ("8am", "TIME", "2014-09-18T08:00"),
            ("more than two years", "DURATION", "P2Y"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Saturday", "SET", "XXXX-WXX-6"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("the six hours", "DURATION", "PT6H"),
            ("six years", "DURATION", "P6Y"),
            ("1 September", "DATE", "2014-09-01"),
            ("Saturday", "DATE", "2014-09-13"),
            ("the past three weeks", "DURATION", "P3W"),
            ("Wednesday night", "TIME", "2014-09-17TNI"),
            ("Thursday", "DATE", "2014-09-18"),
            ("7.45am", "TIME", "2014-09-18T07:45"),
            ("July 2012", "DATE", "2012-07"),
            ("last October", "DATE", "2013-10"),
            ("January", "DATE", "2014-01"),
            ("1987", "DATE", "1987"),
            ("the past year", "DURATION", "P1Y"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("years ago", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("5.30pm", "TIME", "XXXX-XX-XXT17:30"),
            ("six days a week", "SET", "P1W"),
            ("every 30 minutes", "SET", "PT30M"),
            ("the end of the year", "DATE", "2014"),
            ("the current financial year", "DATE", "FY2015"),
            ("February", "DATE", "2015-02"),
            ("last year", "DATE", "2013"),
            ("Saturday 27 September", "DATE", "2014-09-27"),
        ],
    ),
    # Wednesday 2015-04-01 (ISO week 14), Australian regional paper's website, headline, stamp
    # "1 Apr, 2015 03:30 PM" (a DATE and a TIME, gold_blind103), byline. Easter 2015: Good
    # Friday 2015-04-03, Easter Saturday 04-04, Easter Sunday 04-05, Easter Monday 04-06, each
    # on its day (gold_blind57, gold_blind76); "Easter is early this year" -> "Easter" the
    # Sunday 2015-04-05 and "this year" 2015. "this long weekend" (headline) and "the long
    # weekend" are the Friday-Monday holiday weekend, the ISO weekend of its Saturday,
    # 2015-W14-WE (gold_blind57, gold_blind103). "until 9pm on Thursday" 2015-04-02T21:00 and
    # the DATE (future); "three hours later than usual" PT3H (the size of a shift); "said
    # yesterday" 2015-03-31. "Last year it fell almost three weeks later, on April 20" ->
    # "Last year" 2014, "almost three weeks" P3W with its modifier, "April 20" 2014-04-20
    # (Easter 2014). The timetable's headings are DATEs of this Easter ("Good Friday, April 3"
    # a holiday and its date two DATEs, gold_blind57, gold_blind76); their clock times are
    # TIMEs of their day ("9am to 1pm" on Good Friday, "8am to 5pm" on Easter Saturday, "10am
    # to 4pm" on Easter Monday); "Tuesday:" 2015-04-07. "until 1pm on Anzac Day, Saturday,
    # April 25" -> 2015-04-25T13:00, "Anzac Day" 2015-04-25 and "Saturday, April 25" one span
    # (a US-style weekday date, gold_blind57). "released last month" 2015-03; "open on Easter
    # Sunday next year" -> next year's Easter Sunday 2016-03-27 and "next year" 2016 (like
    # "Last year footfall on Black Friday", gold_blind98); "before the end of June" 2015-06;
    # "for 22 years" P22Y; "seven days a week" SET P1W; "This Sunday" 2015-04-05; "now"
    # PRESENT_REF; "a Sunday timetable on Good Friday" -> "Good Friday" only; "this morning"
    # 2015-04-01TMO. Not annotated: "the state's restricted trading days", "the Easter rush"
    # (a trade period without bounds, like "the Christmas period", gold_blind98), "the Sunday
    # markets" (a market's name), "Normal hours", "a Sunday timetable" (an adjective naming a
    # kind of timetable), "whenever it shut", "Bus route 415", "$4.50 a six-pack", "Harbour
    # Street", "Shelley Street", "never".
    "coralbrook-easter-trading-hours": (
        "2015-04-01",
        [
            ("this long weekend", "DATE", "2015-W14-WE"),
            ("1 Apr, 2015", "DATE", "2015-04-01"),
            ("03:30 PM", "TIME", "2015-04-01T15:30"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("Easter Sunday", "DATE", "2015-04-05"),
            ("9pm", "TIME", "2015-04-02T21:00"),
            ("Thursday", "DATE", "2015-04-02"),
            ("three hours", "DURATION", "PT3H"),
            ("yesterday", "DATE", "2015-03-31"),
            ("Easter", "DATE", "2015-04-05"),
            ("this year", "DATE", "2015"),
            ("Last year", "DATE", "2014"),
            ("almost three weeks", "DURATION", "P3W"),
            ("April 20", "DATE", "2014-04-20"),
            ("the long weekend", "DATE", "2015-W14-WE"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("April 3", "DATE", "2015-04-03"),
            ("9am", "TIME", "2015-04-03T09:00"),
            ("1pm", "TIME", "2015-04-03T13:00"),
            ("Easter Saturday", "DATE", "2015-04-04"),
            ("8am", "TIME", "2015-04-04T08:00"),
            ("5pm", "TIME", "2015-04-04T17:00"),
            ("Easter Sunday", "DATE", "2015-04-05"),
            ("Easter Monday", "DATE", "2015-04-06"),
            ("10am", "TIME", "2015-04-06T10:00"),
            ("4pm", "TIME", "2015-04-06T16:00"),
            ("Tuesday", "DATE", "2015-04-07"),
            ("1pm", "TIME", "2015-04-25T13:00"),
            ("Anzac Day", "DATE", "2015-04-25"),
            ("Saturday, April 25", "DATE", "2015-04-25"),
            ("last month", "DATE", "2015-03"),
            ("Easter Sunday", "DATE", "2016-03-27"),
            ("next year", "DATE", "2016"),
            ("the end of June", "DATE", "2015-06"),
            ("22 years", "DURATION", "P22Y"),
            ("seven days a week", "SET", "P1W"),
            ("This Sunday", "DATE", "2015-04-05"),
            ("now", "DATE", "PRESENT_REF"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("this morning", "TIME", "2015-04-01TMO"),
        ],
    ),
    # Friday 2014-06-13 (ISO week 24), British retail trade paper's website, headline, stamp
    # and byline "13 June 2014 | By ...". Corbel's financial year "runs to the end of
    # February": the year now running began in March 2014 and ends in February 2015, so it is
    # FY2015 (named by the year it ends) and "the end of February" 2015-02 (like "whose fiscal
    # year ends in late January", gold_blind38). "the 13 weeks to 31 May" -> "the 13 weeks"
    # P13W and "31 May" 2014-05-31 (gold_blind67, gold_blind98); they are its first quarter, so
    # the headline's bare "first quarter" (gold_blind38's bare "second half") and "its first
    # quarter" (the possessive kept, gold_blind38) are FY2015-Q1, "the second quarter" ahead
    # FY2015-Q2, "full-year" FY2015, "the previous financial year" FY2014. "cold spring"
    # (headline) -> "spring" 2014-SP, the season word only (gold_blind67's "a busy spring");
    # "a hot summer" -> "summer" 2014-SU. "a wet April" and "April was the wettest" 2014-04;
    # "since 2000"; "the Easter weekend" 2014-W16-WE (Easter Sunday 2014-04-20, its Saturday
    # in week 16). The call "on Thursday morning" 2014-06-12TMO, the shares "on Thursday" and
    # the analyst's cut "on Thursday" 2014-06-12 (past). "a year ago" 2013 (the unit's
    # granularity); "the past fortnight" P2W; "in March" 2014-03; "October 2012"; "the past 12
    # months" P12M; interim results "on 9 October" 2014-10-09 "covering the 26 weeks to 30
    # August" -> P26W and 2014-08-30; "January 2013"; "18 months into a three-year ... plan"
    # P18M and P3Y (adjectival); "the autumn" ahead 2014-FA; "over two years" P2Y; "by spring
    # 2016" 2016-SP. "a dry August bank holiday" -> "August bank holiday" 2014-08-25, the last
    # Monday of August in England (a holiday on its day, like "The spring bank holiday" in
    # gold_blind56). "twice a year" SET P1Y; "on 27 June" 2014-06-27. Not annotated:
    # "like-for-like", "2.1%", "0.6%", "£188.4m", "19%", "14%", "9%", "30%", "4%", "212p", "a
    # third", "£21m to £24m", "£31.5m", "22", "210 stores", "junction 28 of the M1", "40
    # stores", "2,000" and "1,400" (counts of product lines that look like years), "£2m",
    # "4.2p", "warm weather", "one of our busiest", "the final payout".
    "corbel-home-first-quarter-trading": (
        "2014-06-13",
        [
            ("first quarter", "DATE", "FY2015-Q1"),
            ("spring", "DATE", "2014-SP"),
            ("13 June 2014", "DATE", "2014-06-13"),
            ("the 13 weeks", "DURATION", "P13W"),
            ("31 May", "DATE", "2014-05-31"),
            ("April", "DATE", "2014-04"),
            ("its first quarter", "DATE", "FY2015-Q1"),
            ("now", "DATE", "PRESENT_REF"),
            ("a year ago", "DATE", "2013"),
            ("the end of February", "DATE", "2015-02"),
            ("the past fortnight", "DURATION", "P2W"),
            ("April", "DATE", "2014-04"),
            ("2000", "DATE", "2000"),
            ("the Easter weekend", "DATE", "2014-W16-WE"),
            ("Thursday morning", "TIME", "2014-06-12TMO"),
            ("March", "DATE", "2014-03"),
            ("Thursday", "DATE", "2014-06-12"),
            ("October 2012", "DATE", "2012-10"),
            ("the past 12 months", "DURATION", "P12M"),
            ("full-year", "DATE", "FY2015"),
            ("the previous financial year", "DATE", "FY2014"),
            ("9 October", "DATE", "2014-10-09"),
            ("the 26 weeks", "DURATION", "P26W"),
            ("30 August", "DATE", "2014-08-30"),
            ("January 2013", "DATE", "2013-01"),
            ("18 months", "DURATION", "P18M"),
            ("three-year", "DURATION", "P3Y"),
            ("the autumn", "DATE", "2014-FA"),
            ("two years", "DURATION", "P2Y"),
            ("spring 2016", "DATE", "2016-SP"),
            ("the second quarter", "DATE", "FY2015-Q2"),
            ("summer", "DATE", "2014-SU"),
            ("August bank holiday", "DATE", "2014-08-25"),
            ("Thursday", "DATE", "2014-06-12"),
            ("twice a year", "SET", "P1Y"),
            ("27 June", "DATE", "2014-06-27"),
        ],
    ),
    # Saturday 2015-01-10 (ISO week 2), Irish regional radio station's news website,
    # headline, stamp "Lir FM 96.4 News | Saturday, 10 January 2015 | 13:14" (a DATE span
    # with its weekday and a TIME), byline. "January clearance" -> "January" 2015-01, the
    # month naming the sales (gold_blind67's "January sales"); "about a week ahead of last
    # year" -> "about a week" P1W (the size of a shift) and "last year" 2014; "this weekend"
    # 2015-W02-WE (the weekend of the Saturday page). "the week to 4 January" -> "the week"
    # P1W and "4 January" 2015-01-04 (a trading period split at "to", gold_blind98); "the
    # same week last year" -> "last year" 2014 only ("the same week" anaphoric). "yesterday"
    # 2015-01-09; "St Stephen's Day" 2014-12-26 (gold_blind98); "until after Women's Christmas
    # on Tuesday" -> "Women's Christmas" (Nollaig na mBan, 6 January) 2015-01-06 and "Tuesday"
    # 2015-01-06, a holiday and its weekday two DATEs (gold_blind57). "a mild winter so far"
    # -> "winter" 2015-WI (the winter of 2014-15 takes the year of its January, gold_blind10,
    # gold_blind103; "so far" left out). "since 7am today" 2015-01-10T07:00 and "today";
    # "by the end of the month" 2015-01; "Friday afternoon" 2015-01-09TAF. The shopper's "I
    # waited until January" is this January, 2015-01, and "Last year I paid full price in
    # October" 2014 and 2014-10 (the clause names the year). "rose 6.8% in November on a year
    # earlier" -> 2014-11 and 2013-11 (the granularity of what it is compared with); the CSO
    # published "on Thursday" 2015-01-08. Extended hours "9am to 9pm Thursday to Saturday until
    # 31 January, and 11am to 6pm on Sundays" recur: TIMEs XXXX-XX-XXThh:mm, weekday SETs
    # XXXX-WXX-4, XXXX-WXX-6, XXXX-WXX-7 (gold_blind98), "31 January" 2015-01-31. "every 20
    # minutes" SET PT20M; "opened in 2006"; "now" PRESENT_REF; "until midnight on Sunday"
    # 2015-01-11T24:00 (midnight ending its day, gold_blind98) and "Sunday" 2015-01-11; "each
    # Monday until 26 January" SET XXXX-WXX-1 and 2015-01-26. Not annotated: "winter stock"
    # (an adjective naming a kind of stock, like "winter coats", gold_blind67), "Lir FM 96.4"
    # (a frequency), "up to 70%", "8%", "6.8%", "10%" (twice), "the same week", "the sales",
    # "so far", "the N17" (a road), "34 stores", "code JAN15" (a promotion code with a month in
    # it), "Tessa & Rue".
    "kilcarra-retail-park-january-clearance": (
        "2015-01-10",
        [
            ("Saturday, 10 January 2015", "DATE", "2015-01-10"),
            ("13:14", "TIME", "2015-01-10T13:14"),
            ("January", "DATE", "2015-01"),
            ("about a week", "DURATION", "P1W"),
            ("last year", "DATE", "2014"),
            ("this weekend", "DATE", "2015-W02-WE"),
            ("the week", "DURATION", "P1W"),
            ("4 January", "DATE", "2015-01-04"),
            ("last year", "DATE", "2014"),
            ("yesterday", "DATE", "2015-01-09"),
            ("St Stephen's Day", "DATE", "2014-12-26"),
            ("Women's Christmas", "DATE", "2015-01-06"),
            ("Tuesday", "DATE", "2015-01-06"),
            ("winter", "DATE", "2015-WI"),
            ("7am", "TIME", "2015-01-10T07:00"),
            ("today", "DATE", "2015-01-10"),
            ("the end of the month", "DATE", "2015-01"),
            ("Friday afternoon", "TIME", "2015-01-09TAF"),
            ("January", "DATE", "2015-01"),
            ("Last year", "DATE", "2014"),
            ("October", "DATE", "2014-10"),
            ("November", "DATE", "2014-11"),
            ("a year earlier", "DATE", "2013-11"),
            ("Thursday", "DATE", "2015-01-08"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("Thursday", "SET", "XXXX-WXX-4"),
            ("Saturday", "SET", "XXXX-WXX-6"),
            ("31 January", "DATE", "2015-01-31"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("every 20 minutes", "SET", "PT20M"),
            ("2006", "DATE", "2006"),
            ("now", "DATE", "PRESENT_REF"),
            ("midnight", "TIME", "2015-01-11T24:00"),
            ("Sunday", "DATE", "2015-01-11"),
            ("each Monday", "SET", "XXXX-WXX-1"),
            ("26 January", "DATE", "2015-01-26"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
