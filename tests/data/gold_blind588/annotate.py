"""Annotations of blind gold set 588, chosen by hand before the tagger ran.

    python tests/data/gold_blind588/annotate.py [--show]

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
    # Monday 2016-10-24 (ISO week 43), Kenyan daily's county drought update, section label
    # "COUNTIES", headline, standfirst, byline, date line "Monday October 24 2016" (one span
    # with its weekday, gold_blind22) and an "IN SUMMARY" box. Thursday in both directions:
    # relief food "to start on Thursday" (standfirst and body) 2016-10-27, the governor at "the
    # Mashujaa Day celebrations ... on Thursday" 2016-10-20 (Mashujaa Day is 20 October, a
    # holiday on the day it falls on, and the weekday a DATE of its own). "at the weekend"
    # 2016-W42-WE (22-23 October), "on Saturday" 2016-10-22, "on Friday" 2016-10-21, "last
    # Tuesday" in a Monday paper 2016-10-18 (gold_blind49), "next Monday" the Monday of next
    # week 2016-10-31. "this week" 2016-W43, "the end of next week" 2016-W44 (the modifier not
    # recorded, gold_blind59, gold_blind103). "Last year" 2015 and its "early December" 2015-12;
    # "came three weeks late" DURATION P3W (the size of a delay, gold_blind35); "the long rains
    # this year" -> "this year" 2016. "the 2016/17 financial year, which began on July 1" one
    # DATE span FY2017 (Kenya's July-June year named by the year it ends, gold_blind21,
    # gold_blind22) and "July 1" 2016-07-01; "the end of September" 2016-09, "the end of
    # January" 2017-01, "mid-November" (twice) 2016-11. "monthly bulletin" SET P1M (an
    # adjectival frequency naming a recurrence, gold_blind35); "every fortnight" SET P2W
    # (gold_blind9), "twice a week" SET P1W, "twice a day" SET P1D. "Christmas" 2016-12-25.
    # Not annotated: "the short rains", "the long rains" and "the second failed season" (seasons
    # of no calendar unit, gold_blind22), the "alert" and "alarm" phases, "Sh450 million",
    # "Sh120 million", "Sh6,000", "180,000", "3,400", "11mm", "38 of its 62", "25kg", "5kg", "41
    # villages", "20 litres", "54" (an age), "31 of his 40", "2,000", "KCPE", "0800 221 2011" (a
    # phone number ending in 2011, beside the annotated "2011").
    "kalemba-short-rains-drought-relief": (
        "2016-10-24",
        [
            ("Thursday", "DATE", "2016-10-27"),
            ("Monday October 24 2016", "DATE", "2016-10-24"),
            ("this month", "DATE", "2016-10"),
            ("mid-November", "DATE", "2016-11"),
            ("this week", "DATE", "2016-W43"),
            ("August", "DATE", "2016-08"),
            ("August", "DATE", "2016-08"),
            ("the weekend", "DATE", "2016-W42-WE"),
            ("the next two months", "DURATION", "P2M"),
            ("Saturday", "DATE", "2016-10-22"),
            ("October 1", "DATE", "2016-10-01"),
            ("July", "DATE", "2016-07"),
            ("Last year", "DATE", "2015"),
            ("three weeks", "DURATION", "P3W"),
            ("early December", "DATE", "2015-12"),
            ("this year", "DATE", "2016"),
            ("Thursday", "DATE", "2016-10-27"),
            ("the end of next week", "DATE", "2016-W44"),
            ("every fortnight", "SET", "P2W"),
            ("the end of January", "DATE", "2017-01"),
            ("Mashujaa Day", "DATE", "2016-10-20"),
            ("Thursday", "DATE", "2016-10-20"),
            ("the 2016/17 financial year", "DATE", "FY2017"),
            ("July 1", "DATE", "2016-07-01"),
            ("the end of September", "DATE", "2016-09"),
            ("monthly", "SET", "P1M"),
            ("October 14", "DATE", "2016-10-14"),
            ("Friday", "DATE", "2016-10-21"),
            ("mid-November", "DATE", "2016-11"),
            ("twice a week", "SET", "P1W"),
            ("September 15", "DATE", "2016-09-15"),
            ("next Monday", "DATE", "2016-10-31"),
            ("five hours", "DURATION", "PT5H"),
            ("the past six weeks", "DURATION", "P6W"),
            ("2011", "DATE", "2011"),
            ("last Tuesday", "DATE", "2016-10-18"),
            ("Christmas", "DATE", "2016-12-25"),
            ("November 1", "DATE", "2016-11-01"),
            ("twice a day", "SET", "P1D"),
        ],
    ),
    # Tuesday 2017-06-13 (ISO week 24), US regional paper's website, pollution incident,
    # section label, headline ("could take weeks" -> "weeks" PXW), stamps "Posted Jun 13, 2017
    # at 6:15 AM" and "Updated Jun 13, 2017 at 4:48 PM" (date and clock time two TIMEX3 each,
    # gold_blind56, gold_blind103), byline, "BELLPORT —" dateline. The spill "began late Friday"
    # 2017-06-09 (DATE with the modifier in the span, gold_blind21, gold_blind39); "at about
    # 11:40 p.m." that Friday 2017-06-09T23:40; "6:15 a.m. Saturday" and "9 a.m. Saturday"
    # 2017-06-10 with their DATEs; "that evening" the Saturday's, 2017-06-10TEV (gold_blind8);
    # "the weekend" 2017-W23-WE (10-11 June); "Monday morning" 2017-06-12TMO; "overnight" (told
    # on Tuesday) the night begun on Monday evening, 2017-06-12TNI (gold_blind21, gold_blind59);
    # "on Sunday and Monday" 2017-06-11 and 2017-06-12; "Monday evening" 2017-06-12TEV. Ahead:
    # "at least Thursday" 2017-06-15, "the end of the week" 2017-W24, the council meeting "at 7
    # p.m. Monday" 2017-06-19T19:00 and 2017-06-19, "at least the Fourth of July" 2017-07-04 (a
    # holiday on its date, the modifier in the span, gold_blind35). "a 2 p.m. briefing" the
    # publication day's 2017-06-13T14:00. "four days after a spill" P4D (an anchored duration);
    # "more than six hours later" PT6H (the size of a delay); "within 30 minutes" PT30M;
    # "another two days" P2D; "the second spill at the plant in three years" P3Y (the period
    # of an ordinal count, gold_blind103); "August 2014" and "the following spring" 2015-SP (a
    # narrative anchor on the spring after it). "the 2015 reporting year" one DATE span 2015
    # (see README). "daily at 5 p.m." SET P1D and TIME XXXX-XX-XXT17:00 (the hour of a
    # recurring posting, gold_blind13, gold_blind14). "fiscal 2019, which begins July 1, 2018"
    # FY2019 (a US city's July-June year named by the year it ends, gold_blind37) and
    # 2018-07-01. Not annotated: "Route 32" (twice), "2,300 gallons", "6,800", "41,000 bottles",
    # "three consecutive samples", "1,900", "4-mile", "400 gallons", "$38,000", "61,000 pounds",
    # "bellportoh.gov/water2017" (a URL with a year), "330-555-1968" (a phone number ending in
    # 1968, beside the annotated "1968"), "$14 million", "around the clock", "second round".
    "bellport-styrene-spill-water-advisory": (
        "2017-06-13",
        [
            ("weeks", "DURATION", "PXW"),
            ("Jun 13, 2017", "DATE", "2017-06-13"),
            ("6:15 AM", "TIME", "2017-06-13T06:15"),
            ("Jun 13, 2017", "DATE", "2017-06-13"),
            ("4:48 PM", "TIME", "2017-06-13T16:48"),
            ("Tuesday afternoon", "TIME", "2017-06-13TAF"),
            ("four days", "DURATION", "P4D"),
            ("at least Thursday", "DATE", "2017-06-15"),
            ("2 p.m.", "TIME", "2017-06-13T14:00"),
            ("late Friday", "DATE", "2017-06-09"),
            ("about 11:40 p.m.", "TIME", "2017-06-09T23:40"),
            ("6:15 a.m.", "TIME", "2017-06-10T06:15"),
            ("Saturday", "DATE", "2017-06-10"),
            ("more than six hours", "DURATION", "PT6H"),
            ("30 minutes", "DURATION", "PT30M"),
            ("9 a.m.", "TIME", "2017-06-10T09:00"),
            ("Saturday", "DATE", "2017-06-10"),
            ("that evening", "TIME", "2017-06-10TEV"),
            ("the weekend", "DATE", "2017-W23-WE"),
            ("Monday morning", "TIME", "2017-06-12TMO"),
            ("overnight", "TIME", "2017-06-12TNI"),
            ("another two days", "DURATION", "P2D"),
            ("Sunday", "DATE", "2017-06-11"),
            ("Monday", "DATE", "2017-06-12"),
            ("at least the Fourth of July", "DATE", "2017-07-04"),
            ("the end of the week", "DATE", "2017-W24"),
            ("three years", "DURATION", "P3Y"),
            ("August 2014", "DATE", "2014-08"),
            ("the following spring", "DATE", "2015-SP"),
            ("the 2015 reporting year", "DATE", "2015"),
            ("1968", "DATE", "1968"),
            ("Monday evening", "TIME", "2017-06-12TEV"),
            ("daily", "SET", "P1D"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("7 p.m.", "TIME", "2017-06-19T19:00"),
            ("Monday", "DATE", "2017-06-19"),
            ("2009", "DATE", "2009"),
            ("fiscal 2019", "DATE", "FY2019"),
            ("July 1, 2018", "DATE", "2018-07-01"),
        ],
    ),
    # Thursday 2018-03-22 (ISO week 12), British national paper's website, conservation
    # ruling, section label, headline, standfirst ("second setback in five years" -> "five
    # years" P5Y, the period of an ordinal count, gold_blind103), byline, stamps "Thu 22 Mar
    # 2018 17.30 GMT" and "Last modified on Thu 22 Mar 2018 19.05 GMT" (DATE with its weekday
    # and TIME, two TIMEX3 each, gold_blind21). The ruling "on Thursday" is the publication day;
    # "handed down at 10am" 2018-03-22T10:00; the chair's "tonight" 2018-03-22TNI and "on
    # Saturday" 2018-03-24 ahead; the leader spoke "On Tuesday" 2018-03-20, "two days before
    # the ruling" P2D (an anchored duration, gold_blind35). "a single week in April 2015" P1W
    # and 2015-04; "each summer" SET XXXX-SU (gold_blind37); "21 days" P21D; "the coming weeks"
    # and "within weeks" PXW; "almost a decade" P10Y; "in October 2016, three months after"
    # 2016-10 and P3M (anchored); "the past 18 months" P18M; "in March 2016 and again that
    # May" 2016-03 and 2016-05 (a narrative anchor on the year just named, like "That winter"
    # in gold_blind103); "last summer" in March 2018 2017-SU; "over two days in February" P2D
    # and 2018-02; "by 2031"; "which meets monthly" SET P1M; "on 17 April" 2018-04-17; "last
    # year" 2017; "this autumn" 2018-FA; "early 2020" 2020 (gold_blind37). Not annotated: "the
    # nesting season" (a season of no calendar unit, gold_blind99), "600 homes", "1,400", "eight
    # votes to seven", "450 homes", "71" (an age), "£46,000", "Section 41", "11 pairs", "38
    # pairs", "9,200 homes", "the B3144", "again".
    "harrowden-heath-housing-ruling": (
        "2018-03-22",
        [
            ("five years", "DURATION", "P5Y"),
            ("Thu 22 Mar 2018", "DATE", "2018-03-22"),
            ("17.30 GMT", "TIME", "2018-03-22T17:30"),
            ("Thu 22 Mar 2018", "DATE", "2018-03-22"),
            ("19.05 GMT", "TIME", "2018-03-22T19:05"),
            ("Thursday", "DATE", "2018-03-22"),
            ("10am", "TIME", "2018-03-22T10:00"),
            ("a single week", "DURATION", "P1W"),
            ("April 2015", "DATE", "2015-04"),
            ("each summer", "SET", "XXXX-SU"),
            ("21 days", "DURATION", "P21D"),
            ("the coming weeks", "DURATION", "PXW"),
            ("almost a decade", "DURATION", "P10Y"),
            ("1987", "DATE", "1987"),
            ("October 2016", "DATE", "2016-10"),
            ("three months", "DURATION", "P3M"),
            ("2013", "DATE", "2013"),
            ("the past 18 months", "DURATION", "P18M"),
            ("tonight", "TIME", "2018-03-22TNI"),
            ("Saturday", "DATE", "2018-03-24"),
            ("March 2016", "DATE", "2016-03"),
            ("that May", "DATE", "2016-05"),
            ("1986", "DATE", "1986"),
            ("2001", "DATE", "2001"),
            ("1994", "DATE", "1994"),
            ("last summer", "DATE", "2017-SU"),
            ("two days", "DURATION", "P2D"),
            ("February", "DATE", "2018-02"),
            ("Tuesday", "DATE", "2018-03-20"),
            ("two days", "DURATION", "P2D"),
            ("2031", "DATE", "2031"),
            ("monthly", "SET", "P1M"),
            ("17 April", "DATE", "2018-04-17"),
            ("last year", "DATE", "2017"),
            ("this autumn", "DATE", "2018-FA"),
            ("early 2020", "DATE", "2020"),
            ("weeks", "DURATION", "PXW"),
        ],
    ),
    # Wednesday 2019-01-09 (ISO week 2), New Zealand paper's website, a scientific report (an
    # invented institute's annual climate summary), section label, headline, byline, stamp "9
    # Jan, 2019 11:45am" (DATE and TIME, gold_blind103's "10 Jan, 2013 04:45 PM"). Southern
    # seasons: a summer spans the year boundary and takes the year of its January (gold_blind9,
    # gold_blind99), so the summer under way ("summer" in the headline, "the summer", "covering
    # summer") is 2019-SU, "the summer of 2017-18" (one span, like "the winter of 2010-11" in
    # gold_blind76) and "last summer's" heatwave 2018-SU; "a dry spring" -> "spring" 2018-SP,
    # the head noun like "a wet winter" (gold_blind103), the southern spring of 2018 valued in
    # the year it falls in. "the 1981-2010 average" two DATEs (gold_blind103). "the warmest
    # January the institute has measured" -> "January" 2018-01 (in the sentence about 2018);
    # "on 5 February" 2018-02-05. "The 1990s" 199, "the 2010s" 201. "now" PRESENT_REF twice;
    # "the past fortnight" P2W (gold_blind9); "more than two months" P2M. Weekdays: sprinklers
    # banned "from 6pm on Monday" 2019-01-07T18:00 and 2019-01-07, fires "between Christmas Day
    # and Sunday" 2018-12-25 and 2019-01-06 (past), "on Friday" 2019-01-11 and "the weekend"
    # 2019-W02-WE (12-13 January) ahead. "this financial year, which ends on 30 June" FY2019
    # (the NZ July-June year named by the year it ends, gold_blind21) and 2019-06-30; "at least
    # Waitangi Day" 2019-02-06; "between October and December" 2018-10 and 2018-12; "January to
    # March" 2019-01 and 2019-03 (a range at its two ends, gold_blind103); "last month" 2018-12;
    # "early March" 2019-03; "31 years" P31Y (how long he has been there, not an age). Not
    # annotated: "second-warmest year on record" (the superlative beside "2018"), "the warmest
    # year" (apposition to "2016"), "any decade since", "the warmest decade", "an unusually hot
    # year", "an ordinary one", "six of the country's 10 warmest years", "13.5C", "0.8C", "4C",
    # "38.2C", "34C", "$1.2 million", "240", "55 per cent", "3,200 ewes", "400 lambs",
    # "tcri.org.nz/summary2018" (a URL holding the year).
    "nz-climate-summary-2018-second-warmest": (
        "2019-01-09",
        [
            ("2018", "DATE", "2018"),
            ("summer", "DATE", "2019-SU"),
            ("9 Jan, 2019", "DATE", "2019-01-09"),
            ("11:45am", "TIME", "2019-01-09T11:45"),
            ("2018", "DATE", "2018"),
            ("New Year's Day", "DATE", "2019-01-01"),
            ("the summer", "DATE", "2019-SU"),
            ("today", "DATE", "2019-01-09"),
            ("this morning", "TIME", "2019-01-09TMO"),
            ("last year", "DATE", "2018"),
            ("1981", "DATE", "1981"),
            ("2010", "DATE", "2010"),
            ("2016", "DATE", "2016"),
            ("1909", "DATE", "1909"),
            ("2018", "DATE", "2018"),
            ("more than two months", "DURATION", "P2M"),
            ("the summer of 2017-18", "DATE", "2018-SU"),
            ("January", "DATE", "2018-01"),
            ("2018", "DATE", "2018"),
            ("5 February", "DATE", "2018-02-05"),
            ("now", "DATE", "PRESENT_REF"),
            ("2000", "DATE", "2000"),
            ("The 1990s", "DATE", "199"),
            ("the 2010s", "DATE", "201"),
            ("the past fortnight", "DURATION", "P2W"),
            ("last summer", "DATE", "2018-SU"),
            ("October", "DATE", "2018-10"),
            ("December", "DATE", "2018-12"),
            ("6pm", "TIME", "2019-01-07T18:00"),
            ("Monday", "DATE", "2019-01-07"),
            ("this financial year", "DATE", "FY2019"),
            ("30 June", "DATE", "2019-06-30"),
            ("Christmas Day", "DATE", "2018-12-25"),
            ("Sunday", "DATE", "2019-01-06"),
            ("at least Waitangi Day", "DATE", "2019-02-06"),
            ("January", "DATE", "2019-01"),
            ("March", "DATE", "2019-03"),
            ("last month", "DATE", "2018-12"),
            ("Friday", "DATE", "2019-01-11"),
            ("the weekend", "DATE", "2019-W02-WE"),
            ("spring", "DATE", "2018-SP"),
            ("now", "DATE", "PRESENT_REF"),
            ("31 years", "DURATION", "P31Y"),
            ("summer", "DATE", "2019-SU"),
            ("early March", "DATE", "2019-03"),
        ],
    ),
    # Friday 2019-09-06 (ISO week 36), Brazilian English-language news site, wildfire update,
    # section label, headline ("enters sixth day ... nears 100 days"), standfirst, byline, date
    # line "September 6th, 2019" (an ordinal date, a DATE like "14th March" in gold_blind9),
    # "CUIABÁ, BRAZIL –" dateline. The fire started "on Sunday afternoon" 2019-09-01TAF
    # (standfirst and body); "its sixth day" DURATION P6D, the headline's "sixth day" the same
    # (an ordinal period of an event, like "its fourth week" in gold_blind35); "on Friday" the
    # publication day. Past: "late Tuesday night" 2019-09-03TNI (the modifier in the span, like
    # "late tonight" in gold_blind103), "since Monday" 2019-09-02, "on Wednesday" 2019-09-04,
    # "on Thursday afternoon" 2019-09-05TAF, "most of Thursday" -> "Thursday" 2019-09-05
    # ("most of" out, gold_blind37); "overnight" (said on Friday morning) the night begun on
    # Thursday evening, 2019-09-05TNI. The brigade commander spoke "at 8 a.m. local time (9 a.m.
    # Brasília time)": two TIMEs of the same moment, each with its own zone's clock time,
    # 2019-09-06T08:00 and 2019-09-06T09:00, the zone in the span (gold_blind65). Ahead: "on
    # Monday" (twice) 2019-09-09, "Saturday's Independence Day parade" -> "Saturday" and
    # "Independence Day" 2019-09-07, "the end of next week" 2019-W37, "48 hours" PT48H,
    # "September 20" and "October 31". "for 97 days, since June 1" P97D and 2019-06-01 (June 1
    # to September 6 is 97 days); "this week" 2019-W36; "in August alone" 2019-08 and "August
    # 2018"; "so far this year" -> "this year" 2019; "every three hours" SET PT3H; "In the
    # 1990s" 199; "every ten years" SET P10Y, "every year" SET P1Y, "Now" PRESENT_REF. Not
    # annotated: "the dry season" (no calendar unit, gold_blind78), "the height of the dry
    # season", "MT-208" (a highway), "42,000 hectares", "140", "146", "four aircraft", "9
    # percent", "11,240", "71 percent", "86 ranchers", "R$5,000", "19,800",
    # "67" (an age), "193" (the fire brigade's phone number), "a third".
    "mato-grosso-serra-do-tatu-wildfire": (
        "2019-09-06",
        [
            ("sixth day", "DURATION", "P6D"),
            ("100 days", "DURATION", "P100D"),
            ("Sunday afternoon", "TIME", "2019-09-01TAF"),
            ("September 6th, 2019", "DATE", "2019-09-06"),
            ("its sixth day", "DURATION", "P6D"),
            ("Friday", "DATE", "2019-09-06"),
            ("late Tuesday night", "TIME", "2019-09-03TNI"),
            ("Sunday afternoon", "TIME", "2019-09-01TAF"),
            ("1996", "DATE", "1996"),
            ("12-hour", "DURATION", "PT12H"),
            ("Monday", "DATE", "2019-09-02"),
            ("Wednesday", "DATE", "2019-09-04"),
            ("overnight", "TIME", "2019-09-05TNI"),
            ("8 a.m. local time", "TIME", "2019-09-06T08:00"),
            ("9 a.m. Brasília time", "TIME", "2019-09-06T09:00"),
            ("Thursday afternoon", "TIME", "2019-09-05TAF"),
            ("today", "DATE", "2019-09-06"),
            ("97 days", "DURATION", "P97D"),
            ("June 1", "DATE", "2019-06-01"),
            ("September 20", "DATE", "2019-09-20"),
            ("July 1", "DATE", "2019-07-01"),
            ("this week", "DATE", "2019-W36"),
            ("October 31", "DATE", "2019-10-31"),
            ("August", "DATE", "2019-08"),
            ("August 2018", "DATE", "2018-08"),
            ("2010", "DATE", "2010"),
            ("every three hours", "SET", "PT3H"),
            ("this year", "DATE", "2019"),
            ("Monday", "DATE", "2019-09-09"),
            ("48 hours", "DURATION", "PT48H"),
            ("the end of next week", "DATE", "2019-W37"),
            ("Thursday", "DATE", "2019-09-05"),
            ("Monday", "DATE", "2019-09-09"),
            ("Saturday", "DATE", "2019-09-07"),
            ("Independence Day", "DATE", "2019-09-07"),
            ("the 1990s", "DATE", "199"),
            ("every ten years", "SET", "P10Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every year", "SET", "P1Y"),
            ("1974", "DATE", "1974"),
        ],
    ),
    # Sunday 2018-05-20 (ISO week 20), wire story (Reuters style), climate-summit coverage of
    # an invented group's meeting in an invented island state, section label, headline
    # ("talks run through the night" -> "the night" 2018-05-19TNI, the night of Saturday into
    # Sunday), stamp "MAY 20, 2018 / 6:42 AM" (DATE and TIME), byline, "PORT SALVÉ, Marellia
    # (Reuters) -" dateline, trailing reporting credit. The deal came "in the early hours of
    # Sunday" (one DATE span 2018-05-20, gold_blind103) "at 4:10 a.m. local time"
    # 2018-05-20T04:10; the minister's "Tonight", spoken then, is the same night, 2018-05-19TNI
    # (a night dated by the evening it begins on, gold_blind21, gold_blind59). The talks "were
    # due to end on Friday evening" 2018-05-18TEV and ran "more than 30 hours" over, PT30H;
    # "since Friday" 2018-05-18; "opened on Monday" 2018-05-14, "on Thursday" 2018-05-17,
    # "Friday night" 2018-05-18TNI, "all of Saturday" -> "Saturday" 2018-05-19 ("all of" out
    # like "most of"), "about 9 p.m. on Saturday" 2018-05-19T21:00; "also adopted on Sunday" the
    # publication day; "fly home on Monday" (ahead) 2018-05-21; "next month" 2018-06. Years:
    # "2010 levels", "the 2030 target", "its 2015 accord", "the 2017 king tides" adjectival
    # DATEs; "by 2030", "by 2050", "by 2100"; "the end of 2020" 2020; "the end of the century"
    # 20 (the current century, gold_blind6, gold_blind37); "the 2020s" 202; "the next decade"
    # P10Y; "week-long" P1W; "within 12 months" P12M; "by March 31, 2019"; "November 2019";
    # "last October" 2017-10; "since 1993"; "every six months" SET P6M, "every two years" SET
    # P2Y, "twice a year" SET P1Y, "now" PRESENT_REF. Not annotated: "Resolution 2018/7" (an
    # identifier holding the year), "34 island and coastal nations", "45 percent", "$2 billion",
    # "9 centimetres", "60 centimetres", "1,200 people", "40 staff", "net zero", "the smallest
    # countries", "over schedule".
    "ocean-states-port-salve-climate-deal": (
        "2018-05-20",
        [
            ("the night", "TIME", "2018-05-19TNI"),
            ("MAY 20, 2018", "DATE", "2018-05-20"),
            ("6:42 AM", "TIME", "2018-05-20T06:42"),
            ("the early hours of Sunday", "DATE", "2018-05-20"),
            ("2010", "DATE", "2010"),
            ("2030", "DATE", "2030"),
            ("Friday evening", "TIME", "2018-05-18TEV"),
            ("more than 30 hours", "DURATION", "PT30H"),
            ("4:10 a.m. local time", "TIME", "2018-05-20T04:10"),
            ("2050", "DATE", "2050"),
            ("the end of 2020", "DATE", "2020"),
            ("Tonight", "TIME", "2018-05-19TNI"),
            ("Friday", "DATE", "2018-05-18"),
            ("the next decade", "DURATION", "P10Y"),
            ("the end of the century", "DATE", "20"),
            ("week-long", "DURATION", "P1W"),
            ("Monday", "DATE", "2018-05-14"),
            ("Thursday", "DATE", "2018-05-17"),
            ("2030", "DATE", "2030"),
            ("Friday night", "TIME", "2018-05-18TNI"),
            ("Saturday", "DATE", "2018-05-19"),
            ("about 9 p.m.", "TIME", "2018-05-19T21:00"),
            ("Saturday", "DATE", "2018-05-19"),
            ("12 months", "DURATION", "P12M"),
            ("March 31, 2019", "DATE", "2019-03-31"),
            ("every six months", "SET", "P6M"),
            ("every two years", "SET", "P2Y"),
            ("November 2019", "DATE", "2019-11"),
            ("2009", "DATE", "2009"),
            ("2015", "DATE", "2015"),
            ("the 2020s", "DATE", "202"),
            ("last October", "DATE", "2017-10"),
            ("1993", "DATE", "1993"),
            ("2100", "DATE", "2100"),
            ("twice a year", "SET", "P1Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("2017", "DATE", "2017"),
            ("Monday", "DATE", "2018-05-21"),
            ("next month", "DATE", "2018-06"),
            ("Sunday", "DATE", "2018-05-20"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
