"""Annotations of the blind gold set 444, chosen by hand before the tagger ran.

    python tests/data/gold_blind444/annotate.py [--show]

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
    # Saturday 2012-09-15 (ISO week 37), British regional paper's website, section label,
    # headline, standfirst ("over the next fortnight" DURATION P2W), byline, "Published on
    # Saturday 15 September 2012 11:42" (the date line with its weekday one DATE span, the
    # clock time a TIME, gold_blind56). "last night" is Friday night 2012-09-14TNI (the night
    # of "yesterday", gold_blind35); "yesterday morning" 2012-09-14TMO and "about 2pm" that
    # day. Past weekdays: "Thursday evening" 2012-09-13TEV, "last Monday" 2012-09-10 (the
    # nearest past Monday, in the same ISO week as the Saturday paper), samples "taken on
    # Tuesday" 2012-09-11. Future: "until at least Friday" 2012-09-21 (modifier kept,
    # gold_blind14), the meeting "at 7pm on Monday" 2012-09-17T19:00 and 2012-09-17; "the end
    # of next week" 2012-W38 (gold_blind59's "the end of next week"), "next week" 2012-W38.
    # "29 August" 2012-08-29 and "two days later" 2012-08-31 (anchored on the narrative's
    # last date, gold_blind56); "in March" and "in July" past months 2012-03, 2012-07. "the
    # incubation period was up to 10 days" -> "up to 10 days" P10D; "for a fortnight" P2W;
    # "over five weeks" P5W; "28 days" P28D. The helpline's hours "from 8am to 8pm daily" are
    # two TIMEs XXXX-XX-XXThh:mm and the SET P1D (gold_blind93); "every morning next week" a
    # SET XXXX-XX-XXTMO and the DATE 2012-W38. "every three months" SET P3M, "twice a year"
    # SET P1Y (the period only, like "twice a week" P1W in gold_blind35), the adjectival
    # "Quarterly checks" SET P3M (a recurrence, gold_blind6's "quarterly dividend"). "the
    # summer of 2003" one span 2003-SU (gold_blind35's "the spring of 1988"). The TIMELINE box
    # repeats the dates, weekday dates one span each ("Tuesday 11 September"). Not
    # annotated: "in his 60s" (an age), "71-year-old", "Ward 7", "within a mile", "14
    # people", "six", "sixth", "01632 962 003" (a phone number), "Since then" (anaphoric),
    # "incubation period" (only its length), "the source", "the law".
    "ashcombe-legionnaires-cooling-tower": (
        "2012-09-15",
        [
            ("the next fortnight", "DURATION", "P2W"),
            ("Saturday 15 September 2012", "DATE", "2012-09-15"),
            ("11:42", "TIME", "2012-09-15T11:42"),
            ("last night", "TIME", "2012-09-14TNI"),
            ("Thursday evening", "TIME", "2012-09-13TEV"),
            ("29 August", "DATE", "2012-08-29"),
            ("two days later", "DATE", "2012-08-31"),
            ("3 September", "DATE", "2012-09-03"),
            ("last Monday", "DATE", "2012-09-10"),
            ("March", "DATE", "2012-03"),
            ("Tuesday", "DATE", "2012-09-11"),
            ("yesterday morning", "TIME", "2012-09-14TMO"),
            ("about 2pm", "TIME", "2012-09-14T14:00"),
            ("up to 10 days", "DURATION", "P10D"),
            ("the end of next week", "DATE", "2012-W38"),
            ("a fortnight", "DURATION", "P2W"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("at least Friday", "DATE", "2012-09-21"),
            ("the summer of 2003", "DATE", "2003-SU"),
            ("five weeks", "DURATION", "P5W"),
            ("every three months", "SET", "P3M"),
            ("twice a year", "SET", "P1Y"),
            ("28 days", "DURATION", "P28D"),
            ("Quarterly", "SET", "P3M"),
            ("this morning", "TIME", "2012-09-15TMO"),
            ("July", "DATE", "2012-07"),
            ("7pm", "TIME", "2012-09-17T19:00"),
            ("Monday", "DATE", "2012-09-17"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("next week", "DATE", "2012-W38"),
            ("29 August", "DATE", "2012-08-29"),
            ("Tuesday 11 September", "DATE", "2012-09-11"),
            ("Thursday 13 September", "DATE", "2012-09-13"),
            ("Friday 14 September", "DATE", "2012-09-14"),
            ("Monday 17 September", "DATE", "2012-09-17"),
            ("7pm", "TIME", "2012-09-17T19:00"),
        ],
    ),
    # Wednesday 2013-11-20 (ISO week 47), US regional paper's business page, section label,
    # headline ("nearly three months early" DURATION P3M, the size of a shift like "about a
    # month earlier than usual" in gold_blind61), deck ("plans January launch" 2014-01, the
    # coming January), byline, stamp "Updated: November 20, 2013 - 6:48 PM EST" (DATE and
    # TIME, the zone in the span only), "KINGSBRIDGE, N.J. -" dateline. "on Wednesday" is the
    # publication day (gold_blind61's "presented on Monday" in a Monday wire); the investor
    # call "at 8:30 a.m. Thursday" 2013-11-21T08:30 and 2013-11-21. "the Feb. 14 deadline"
    # 2014-02-14 (the next Feb. 14); "Feb. 5" 2014-02-05; "Dec. 31" 2013-12-31. Halvern's
    # fiscal year "ends June 30": that June 30 is the end of the current fiscal year,
    # 2014-06-30 (gold_blind8), "fiscal 2013" FY2013 (July 2012-June 2013), "the fourth quarter
    # of fiscal 2015" one span FY2015-Q4 (gold_blind9), "its fiscal second quarter, which ends
    # Dec. 31" FY2014-Q2 (October-December 2013) with its possessive determiner kept
    # (gold_blind35's "its fourth week"). "once-daily" SET P1D and "a monthly injection" ->
    # "monthly" SET P1M (adjectival frequencies of doses, gold_blind61); "10-month", "30-day"
    # and "12-week" adjectival DURATIONs; "the first week" an ordinal period of treatment P1W
    # (gold_blind35); "11 years" P11Y; "every six months" SET P6M; "the first three years" the
    # drug is on the market P3Y; "the past three years" P3Y. "in April" 2013-04 and "since
    # July" 2013-07 past; "last month" 2013-10; "this afternoon" 2013-11-20TAF; "next year"
    # 2014; "by 2018", "by 2019", "in 2009" as written; "next spring" 2014-SP; "maybe six
    # months" -> "six months" P6M ("maybe" an adverb of the clause). Not annotated: "monthly
    # migraine days" (an adjective naming the period of a figure, like "its usual monthly
    # total" in gold_blind103), "whose fiscal year" (only its end), "every week of it" (all
    # the weeks of a head start, a quantifier over a period, not a recurrence), "after the
    # bell", "after-hours trading", "long enough", "1-855-555-2014", "halvern.com/
    # trelavant2014", "$480", "1,840", "6.1", "3.9", "18 percent", "$7.42", "$48.62", "$41.20",
    # "$210 million", "$1.1 billion", "$96.3 million", "its first profitable quarter" (beside
    # the annotated "the fourth quarter of fiscal 2015").
    "halvern-trelavant-migraine-pill-approval": (
        "2013-11-20",
        [
            ("nearly three months", "DURATION", "P3M"),
            ("January", "DATE", "2014-01"),
            ("November 20, 2013", "DATE", "2013-11-20"),
            ("6:48 PM EST", "TIME", "2013-11-20T18:48"),
            ("Wednesday", "DATE", "2013-11-20"),
            ("once-daily", "SET", "P1D"),
            ("nearly three months", "DURATION", "P3M"),
            ("Feb. 14", "DATE", "2014-02-14"),
            ("April", "DATE", "2013-04"),
            ("10-month", "DURATION", "P10M"),
            ("early January", "DATE", "2014-01"),
            ("30-day", "DURATION", "P30D"),
            ("12-week", "DURATION", "P12W"),
            ("the first week", "DURATION", "P1W"),
            ("last month", "DATE", "2013-10"),
            ("11 years", "DURATION", "P11Y"),
            ("this afternoon", "TIME", "2013-11-20TAF"),
            ("2018", "DATE", "2018"),
            ("every six months", "SET", "P6M"),
            ("the first three years", "DURATION", "P3Y"),
            ("July", "DATE", "2013-07"),
            ("next year", "DATE", "2014"),
            ("2019", "DATE", "2019"),
            ("June 30", "DATE", "2014-06-30"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("the fourth quarter of fiscal 2015", "DATE", "FY2015-Q4"),
            ("8:30 a.m.", "TIME", "2013-11-21T08:30"),
            ("Thursday", "DATE", "2013-11-21"),
            ("its fiscal second quarter", "DATE", "FY2014-Q2"),
            ("Dec. 31", "DATE", "2013-12-31"),
            ("Feb. 5", "DATE", "2014-02-05"),
            ("2009", "DATE", "2009"),
            ("the past three years", "DURATION", "P3Y"),
            ("monthly", "SET", "P1M"),
            ("next spring", "DATE", "2014-SP"),
            ("six months", "DURATION", "P6M"),
        ],
    ),
    # Friday 2013-04-26 (ISO week 17), Irish national daily, section label, headline ("half
    # an hour every day": DURATION PT30M and SET P1D, the rate avoided as in gold_blind28's
    # "at least 30 minutes every day"), standfirst ("Tuesday's deadline" -> "Tuesday"
    # 2013-04-30, the possessive left out; "last year's pilot" -> "last year" 2012), byline,
    # date line "Friday 26 April 2013". "throughout May" 2013-05, the coming May; "next
    # Wednesday, 1 May" 2013-05-01 twice; "Friday 31 May" 2013-05-31. Registration "opened on
    # Monday" 2013-04-22 and closes "at midnight on Tuesday" -> "midnight" 2013-04-30T24:00
    # (the midnight that ends the day, gold_blind103) and "Tuesday" 2013-04-30; "yesterday
    # evening" 2013-04-25TEV. The pilot "ran for four weeks" P4W "last May" 2012-05; walking
    # "at least three times a week" SET P1W (the period only; the modifier and count kept in
    # the span, gold_blind35's "almost every day"); "surveyed in October" 2012-10 (past,
    # after the pilot). "the past five years" P5Y. "Spring is here" 2013-SP; "the May bank
    # holiday, Monday 6 May" two DATEs 2013-05-06 (Ireland's first Monday of May, gold_blind27,
    # gold_blind56, gold_blind69); "11am" that day; "Sunday 19 May" with "10am" and "4pm" that
    # day; "every Wednesday" SET XXXX-WXX-3; "13 May" 2013-05-13; "three years" P3Y; "May
    # 2014"; "the autumn" 2013-FA and "the summer" 2013-SU ahead. The box repeats "midnight on
    # Tuesday 30 April"; the helpline's hours "9am to 5pm daily" XXXX-XX-XXThh:mm and SET P1D
    # (gold_blind93), "until 31 May" 2013-05-31. Not annotated: "May Miles" (twice, a brand
    # name used for the pilot of 2012 and the challenge of 2013 alike, so it names no one May;
    # like "Plan 1995" in gold_blind35), "Walk to School Week" and "Family Walk Day" (names of
    # events; their dates "13 May" and "Sunday 19 May" are annotated), "the days are getting
    # longer" (generic days), "Co Mayo", "maymiles.ie", "1850 205 013", "€380,000", "100,000",
    # "4,500", "38,000", "1.8kg", "5km", "two-thirds", "one adult in three", "about a third",
    # "the challenge" (an event).
    "may-miles-walking-challenge-launch": (
        "2013-04-26",
        [
            ("half an hour", "DURATION", "PT30M"),
            ("every day", "SET", "P1D"),
            ("Tuesday", "DATE", "2013-04-30"),
            ("last year", "DATE", "2012"),
            ("Friday 26 April 2013", "DATE", "2013-04-26"),
            ("at least 30 minutes", "DURATION", "PT30M"),
            ("every day", "SET", "P1D"),
            ("May", "DATE", "2013-05"),
            ("next Wednesday", "DATE", "2013-05-01"),
            ("1 May", "DATE", "2013-05-01"),
            ("Friday 31 May", "DATE", "2013-05-31"),
            ("Monday", "DATE", "2013-04-22"),
            ("yesterday evening", "TIME", "2013-04-25TEV"),
            ("midnight", "TIME", "2013-04-30T24:00"),
            ("Tuesday", "DATE", "2013-04-30"),
            ("Last year", "DATE", "2012"),
            ("four weeks", "DURATION", "P4W"),
            ("last May", "DATE", "2012-05"),
            ("at least three times a week", "SET", "P1W"),
            ("October", "DATE", "2012-10"),
            ("the past five years", "DURATION", "P5Y"),
            ("Half an hour", "DURATION", "PT30M"),
            ("Spring", "DATE", "2013-SP"),
            ("the May bank holiday", "DATE", "2013-05-06"),
            ("Monday 6 May", "DATE", "2013-05-06"),
            ("11am", "TIME", "2013-05-06T11:00"),
            ("Sunday 19 May", "DATE", "2013-05-19"),
            ("10am", "TIME", "2013-05-19T10:00"),
            ("4pm", "TIME", "2013-05-19T16:00"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("13 May", "DATE", "2013-05-13"),
            ("three years", "DURATION", "P3Y"),
            ("May 2014", "DATE", "2014-05"),
            ("the autumn", "DATE", "2013-FA"),
            ("the summer", "DATE", "2013-SU"),
            ("midnight", "TIME", "2013-04-30T24:00"),
            ("Tuesday 30 April", "DATE", "2013-04-30"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("31 May", "DATE", "2013-05-31"),
            ("at least 30 minutes", "DURATION", "PT30M"),
            ("every day", "SET", "P1D"),
        ],
    ),
    # Thursday 2014-03-06 (ISO week 10), health-news wire, headline, stamp "Thu Mar 6, 2014
    # 4:18pm EST" (DATE with the abbreviated weekday in its span, and TIME), byline, "NEW YORK
    # (Reuters Health) -" dateline, SOURCE footer. Plural weekdays are SETs: "Fridays"
    # XXXX-WXX-5, "Saturdays" XXXX-WXX-6 (headline, lead and body, gold_blind73's "on Fridays
    # and Saturdays"), "Mondays" XXXX-WXX-1, "Sundays" XXXX-WXX-7; "at weekends" SET
    # XXXX-WXX-WE; "until 11 p.m. on Saturdays and Sundays" a habitual clock time
    # XXXX-XX-XXT23:00 (gold_blind93). "about six hours longer" -> "about six hours" PT6H
    # (the size of a delay, gold_blind35); "within a month" P1M; "a median of 31 hours" ->
    # "31 hours" PT31H, "a median of" left out (gold_blind73, gold_blind93); "25 hours"; "within
    # 48 hours" PT48H twice; "Within 30 days" P30D; "more than two days" P2D; "36 hours"
    # PT36H. "between April 2008 and March 2013" two DATEs; "the five-year study period" ->
    # "five-year" P5Y. The interview "on Tuesday" 2014-03-04; "published online Monday"
    # 2014-03-03; "the journal's April issue" -> "April" 2014-04 (gold_blind93's "the November
    # issue"). "Since 2010"; "expires on March 31" 2014-03-31 (ahead); "last October" 2013-10;
    # "the first four months" of the second operating room P4M (an ordinal period, gold_blind35);
    # "about five hours" PT5H (how much a wait fell); "in 2011"; "March 3, 2014" in the footer.
    # Not annotated: "weekend effect" (a noun naming a phenomenon, not a time), "aged 65 and
    # older", "85-year-old", "48,210", "7.9 percent", "7.1 percent", "9.4 percent", "$1,200",
    # "bit.ly/1k2014q" (a short link holding 2014), "on those days" (anaphoric), "Reuters
    # Health".
    "weekend-hip-fracture-surgery-delay-study": (
        "2014-03-06",
        [
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Thu Mar 6, 2014", "DATE", "2014-03-06"),
            ("4:18pm EST", "TIME", "2014-03-06T16:18"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("about six hours", "DURATION", "PT6H"),
            ("a month", "DURATION", "P1M"),
            ("April 2008", "DATE", "2008-04"),
            ("March 2013", "DATE", "2013-03"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("31 hours", "DURATION", "PT31H"),
            ("25 hours", "DURATION", "PT25H"),
            ("48 hours", "DURATION", "PT48H"),
            ("30 days", "DURATION", "P30D"),
            ("more than two days", "DURATION", "P2D"),
            ("Tuesday", "DATE", "2014-03-04"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("Monday", "DATE", "2014-03-03"),
            ("April", "DATE", "2014-04"),
            ("2010", "DATE", "2010"),
            ("48 hours", "DURATION", "PT48H"),
            ("March 31", "DATE", "2014-03-31"),
            ("five-year", "DURATION", "P5Y"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("last October", "DATE", "2013-10"),
            ("the first four months", "DURATION", "P4M"),
            ("about five hours", "DURATION", "PT5H"),
            ("36 hours", "DURATION", "PT36H"),
            ("2011", "DATE", "2011"),
            ("March 3, 2014", "DATE", "2014-03-03"),
        ],
    ),
    # Tuesday 2015-03-17 (ISO week 12), Australian regional paper's website, headline ("on April
    # 20, four months late"), stamp "17 Mar, 2015 05:30 AM" (DATE and TIME, gold_blind103),
    # byline. The opening "at 7am on Monday, April 20" 2015-04-20T07:00 and the weekday date
    # one span (also in the AT A GLANCE box). "four months" and "more than four months" P4M
    # (the size of a delay). "before Christmas" 2014-12-25, the Christmas just past; "last
    # winter" the southern winter of 2014, 2014-WI, valued in the year it falls in
    # (gold_blind103, gold_blind93). "yesterday" Monday 2015-03-16, the handover "on Friday"
    # 2015-03-13; "the next four weeks" P4W. The move "overnight on Sunday, April 19":
    # "overnight" the night begun that evening, 2015-04-19TNI (gold_blind103); "6am on the
    # Monday" 2015-04-20T06:00 and "the Monday" 2015-04-20, a definite day fixed by the date
    # just given (gold_blind90's "the Friday"); "an hour later" after the exact "6am" an
    # anchored TIME 2015-04-20T07:00 (gold_blind19); "those 60 minutes" DURATION PT60M, the
    # determiner kept. "the 2013-14 financial year" one span FY2014 and "the new financial
    # year, which begins on July 1" FY2016 plus 2015-07-01 (the July-June year named by the
    # year it ends, gold_blind9, gold_blind21); "up 22 per cent in five years" P5Y (a past
    # change, gold_blind35). "within 30 minutes" PT30M; "the December quarter" 2014-Q4 (the
    # calendar value of the wording, like "the March quarter" in gold_blind9); "up to 14
    # hours" PT14H "in January" 2015-01; "last week" 2015-W11; "more than two months" P2M;
    # "in November" 2014-11; "a fortnight ago" 2015-W10 (two ISO weeks back, gold_blind11);
    # "Friday, March 27" 2015-03-27; "its June 2012 budget" -> "June 2012" (the two-year
    # budget name avoided, gold_blind22, gold_blind50); "in 1987"; "the end of the year" 2015;
    # "every weekend" SET XXXX-WXX-WE; the open day "Saturday, April 11" with "10am" and "2pm"
    # that day. Not annotated: "$46 million" (twice), "32", "16", "38,400", "22 per cent", "61
    # per cent", "75 per cent", "category 3" (a triage category), "24 extra nurses", "the 24
    # positions", "400-space", "(02) 6962 2015" (a phone number ending in the year), "the
    # recommended time" (an apposition to the annotated "30 minutes"), "Until then"
    # (anaphoric), "in one go", "present population".
    "kalbarra-hospital-emergency-department-opening": (
        "2015-03-17",
        [
            ("April 20", "DATE", "2015-04-20"),
            ("four months", "DURATION", "P4M"),
            ("17 Mar, 2015", "DATE", "2015-03-17"),
            ("05:30 AM", "TIME", "2015-03-17T05:30"),
            ("7am", "TIME", "2015-04-20T07:00"),
            ("Monday, April 20", "DATE", "2015-04-20"),
            ("more than four months", "DURATION", "P4M"),
            ("Christmas", "DATE", "2014-12-25"),
            ("last winter", "DATE", "2014-WI"),
            ("yesterday", "DATE", "2015-03-16"),
            ("Friday", "DATE", "2015-03-13"),
            ("the next four weeks", "DURATION", "P4W"),
            ("overnight", "TIME", "2015-04-19TNI"),
            ("Sunday, April 19", "DATE", "2015-04-19"),
            ("6am", "TIME", "2015-04-20T06:00"),
            ("the Monday", "DATE", "2015-04-20"),
            ("an hour later", "TIME", "2015-04-20T07:00"),
            ("those 60 minutes", "DURATION", "PT60M"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("five years", "DURATION", "P5Y"),
            ("30 minutes", "DURATION", "PT30M"),
            ("the December quarter", "DATE", "2014-Q4"),
            ("up to 14 hours", "DURATION", "PT14H"),
            ("January", "DATE", "2015-01"),
            ("last week", "DATE", "2015-W11"),
            ("the new financial year", "DATE", "FY2016"),
            ("July 1", "DATE", "2015-07-01"),
            ("more than two months", "DURATION", "P2M"),
            ("November", "DATE", "2014-11"),
            ("a fortnight ago", "DATE", "2015-W10"),
            ("Friday, March 27", "DATE", "2015-03-27"),
            ("June 2012", "DATE", "2012-06"),
            ("1987", "DATE", "1987"),
            ("the end of the year", "DATE", "2015"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("Saturday, April 11", "DATE", "2015-04-11"),
            ("10am", "TIME", "2015-04-11T10:00"),
            ("2pm", "TIME", "2015-04-11T14:00"),
            ("7am", "TIME", "2015-04-20T07:00"),
            ("Monday, April 20", "DATE", "2015-04-20"),
        ],
    ),
    # Monday 2014-12-29 (ISO week 1 of 2015: the ISO year begins on this Monday), US local
    # paper, section label, headline ("in a week" DURATION P1W, the time a change took; "starting
    # Wednesday" 2014-12-31), byline, date line "Monday, December 29, 2014", "GRANVILLE COUNTY
    # -" dateline. "last week" is 2014-W52 (22-28 December), "the week before" anchored on it
    # 2014-W51 (gold_blind61), "the first week of December" one span 2014-W49 (1-7 December,
    # exactly an ISO week). "New Year's Eve" and "7 a.m. Wednesday" 2014-12-31 (a holiday on
    # its day, gold_blind17). "since Dec. 1" 2014-12-01; "about a month ahead of a normal
    # year" -> "about a month" P1M (the size of a shift, gold_blind61); "said Sunday"
    # 2014-12-28; "until at least mid-January" 2015-01; "at least the end of January" 2015-01
    # (modifiers kept, value of the month). "on Saturday" 2014-12-27; "Christmas Day"
    # 2014-12-25; "more than four hours" PT4H; "the holiday weekend" 2014-W52-WE (27-28
    # December, the ISO week of its Saturday, gold_blind103). "The main strain this year" ->
    # "this year" 2014; "This year it did so on Friday" -> 2014 and 2014-12-26. The clinics
    # "from 9 a.m. to 1 p.m. on Saturday, Jan. 3" and "from 3 p.m. to 7 p.m. on Tuesday, Jan.
    # 6": four TIMEs on their days and two weekday dates one span each. "the 2013-14 season"
    # -> "2013" and "14" (2014), two DATEs with "season" left out (gold_blind93, gold_blind10);
    # its "Jan. 10" 2014-01-10; "since 2003". "within 48 hours" PT48H; "twice a day" SET P1D;
    # "for five days" P5D; "at least 24 hours" PT24H; "about two weeks" P2W; "until Monday,
    # Jan. 5" 2015-01-05; "later this week" 2015-W01; "every Tuesday" SET XXXX-WXX-2 "through
    # March" 2015-03. Not annotated: "a normal year" and "a typical Saturday" (generic, no
    # particular year or day), "this season's vaccine" (a flu season, gold_blind42),
    # "winter break" (a school holiday with no dates given), "the earliest date", "H3N2",
    # "79-year-old", "84-year-old", "younger than 18", "under 18", "12-bed", "Route 9",
    # "(740) 555-2015", "granvillehealth.org/flu2015", "312", "108", "41", "214", "60".
    "granville-county-flu-cases-triple": (
        "2014-12-29",
        [
            ("a week", "DURATION", "P1W"),
            ("Wednesday", "DATE", "2014-12-31"),
            ("Monday, December 29, 2014", "DATE", "2014-12-29"),
            ("last week", "DATE", "2014-W52"),
            ("New Year's Eve", "DATE", "2014-12-31"),
            ("last week", "DATE", "2014-W52"),
            ("the week before", "DATE", "2014-W51"),
            ("the first week of December", "DATE", "2014-W49"),
            ("Dec. 1", "DATE", "2014-12-01"),
            ("about a month", "DURATION", "P1M"),
            ("Sunday", "DATE", "2014-12-28"),
            ("at least mid-January", "DATE", "2015-01"),
            ("7 a.m.", "TIME", "2014-12-31T07:00"),
            ("Wednesday", "DATE", "2014-12-31"),
            ("at least the end of January", "DATE", "2015-01"),
            ("Saturday", "DATE", "2014-12-27"),
            ("Christmas Day", "DATE", "2014-12-25"),
            ("more than four hours", "DURATION", "PT4H"),
            ("the holiday weekend", "DATE", "2014-W52-WE"),
            ("this year", "DATE", "2014"),
            ("about two weeks", "DURATION", "P2W"),
            ("9 a.m.", "TIME", "2015-01-03T09:00"),
            ("1 p.m.", "TIME", "2015-01-03T13:00"),
            ("Saturday, Jan. 3", "DATE", "2015-01-03"),
            ("3 p.m.", "TIME", "2015-01-06T15:00"),
            ("7 p.m.", "TIME", "2015-01-06T19:00"),
            ("Tuesday, Jan. 6", "DATE", "2015-01-06"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("Jan. 10", "DATE", "2014-01-10"),
            ("This year", "DATE", "2014"),
            ("Friday", "DATE", "2014-12-26"),
            ("2003", "DATE", "2003"),
            ("48 hours", "DURATION", "PT48H"),
            ("twice a day", "SET", "P1D"),
            ("five days", "DURATION", "P5D"),
            ("at least 24 hours", "DURATION", "PT24H"),
            ("Monday, Jan. 5", "DATE", "2015-01-05"),
            ("later this week", "DATE", "2015-W01"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("March", "DATE", "2015-03"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
