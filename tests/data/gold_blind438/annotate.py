"""Annotations of the four-hundred-and-thirty-eighth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind438/annotate.py [--show]

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
    # Monday 2013-02-18 (ISO week 8), Indian state-politics story on a paper's website, section
    # label "STATE", headline, credit and stamp "Sandeep Mahajan, DNS | Feb 18, 2013, 03.40AM IST"
    # (date and clock time two TIMEX3, the zone in the span, gold_blind49), "VIJAYPUR:" dateline.
    # Future weekdays: the session opens "on Friday" (headline and lead) 2013-02-22, its "11am"
    # that day; the all-party meeting "Thursday evening" 2013-02-21TEV; the dharna "on Wednesday
    # morning" 2013-02-20TMO. Past weekdays: "on Sunday" 2013-02-17, "Sunday evening"
    # 2013-02-17TEV, "on Saturday" 2013-02-16, the Election Commission "on Friday" 2013-02-15 (the
    # same weekday in both directions, gold_blind103); "On Monday last" in a Monday paper is the
    # Monday of the week before, 2013-02-11 (gold_blind9). "the first session of every year" ->
    # "every year" SET P1Y; "the first week" of the session DURATION P1W (an ordinal period of an
    # event, gold_blind35). "the budget for 2013-14" -> "2013-14" FY2014, the Indian April-March
    # year named by the year it ends (gold_blind49, gold_blind74). "a day earlier" than "March 8"
    # is 2013-03-07 (anchored on the narrative's last date). "Holi", inside the recess, is
    # Wednesday 2013-03-27 (Holika Dahan on the 26th). "from 11am to 5pm daily" are the hours of
    # every sitting, XXXX-XX-XXT11:00 and T17:00 with SET P1D (gold_blind49). "since October" and
    # "in November" are 2012's; "December" of the winter session 2012-12; "next week" 2013-W09;
    # "next year" 2014; "two days early" -> "two days" P2D (the size of a shift); "lost 41 hours"
    # PT41H; "three days later" after "March 17" 2013-03-20; "the second in 12 months" -> P12M;
    # "now" PRESENT_REF. Not annotated: "Article 176", "31 sittings", "Question Hour", "Zero
    # Hour", "lunch" (names of parts of a sitting, like "stumps" and "tea", gold_blind24), "the
    # winter session" and "the monsoon session" (sessions named by a season; their "December" and
    # "last year" are annotated), "sine die", "1,400", "NH-6", "Rs 2,300 crore", "4,112", "986",
    # "61" (an age), "the second", "the last full one".
    "vijaypur-assembly-budget-session": (
        "2013-02-18",
        [
            ("Friday", "DATE", "2013-02-22"),
            ("Feb 18, 2013", "DATE", "2013-02-18"),
            ("03.40AM IST", "TIME", "2013-02-18T03:40"),
            ("Friday", "DATE", "2013-02-22"),
            ("11am", "TIME", "2013-02-22T11:00"),
            ("every year", "SET", "P1Y"),
            ("the first week", "DURATION", "P1W"),
            ("Sunday", "DATE", "2013-02-17"),
            ("April 26", "DATE", "2013-04-26"),
            ("2013-14", "DATE", "FY2014"),
            ("March 8", "DATE", "2013-03-08"),
            ("a day earlier", "DATE", "2013-03-07"),
            ("two-week", "DURATION", "P2W"),
            ("March 23", "DATE", "2013-03-23"),
            ("Holi", "DATE", "2013-03-27"),
            ("April 8", "DATE", "2013-04-08"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("Thursday evening", "TIME", "2013-02-21TEV"),
            ("October", "DATE", "2012-10"),
            ("the past four months", "DURATION", "P4M"),
            ("48-hour", "DURATION", "PT48H"),
            ("Wednesday morning", "TIME", "2013-02-20TMO"),
            ("Monday last", "DATE", "2013-02-11"),
            ("Saturday", "DATE", "2013-02-16"),
            ("about three hours", "DURATION", "PT3H"),
            ("December 2011", "DATE", "2011-12"),
            ("Sunday evening", "TIME", "2013-02-17TEV"),
            ("November", "DATE", "2012-11"),
            ("next week", "DATE", "2013-W09"),
            ("next year", "DATE", "2014"),
            ("now", "DATE", "PRESENT_REF"),
            ("10-day", "DURATION", "P10D"),
            ("December", "DATE", "2012-12"),
            ("two days", "DURATION", "P2D"),
            ("last year", "DATE", "2012"),
            ("41 hours", "DURATION", "PT41H"),
            ("March 17", "DATE", "2013-03-17"),
            ("three days later", "DATE", "2013-03-20"),
            ("Friday", "DATE", "2013-02-15"),
            ("February 25", "DATE", "2013-02-25"),
            ("2009", "DATE", "2009"),
            ("February 1", "DATE", "2013-02-01"),
            ("12 months", "DURATION", "P12M"),
        ],
    ),
    # Wednesday 2015-07-15 (ISO week 29), Pakistani paper's website, weather and Eid story,
    # headline, "Our Staff Reporter", stamp "Published Jul 15, 2015 06:35am" (two TIMEX3),
    # "MIRGHAZI:" dateline. Past: the PMD "said on Tuesday" 2015-07-14 (twice), "Monday
    # afternoon" 2015-07-13TAF, "6am yesterday" 2015-07-14T06:00. Future: "from Thursday night"
    # 2015-07-16TNI "till Sunday" 2015-07-19, "on Friday" 2015-07-17, "Saturday night"
    # 2015-07-18TNI, "by Thursday evening" and the committee's "Thursday evening" 2015-07-16TEV,
    # control rooms "from Thursday" 2015-07-16 "until the end of the month" 2015-07, the flood
    # "in the early hours of Sunday" one DATE 2015-07-19 (gold_blind103), "if it rains on Friday
    # night" 2015-07-17TNI. "Eid-ul-Fitr is expected on Saturday, July 18" -> the festival DATE
    # 2015-07-18 (the day the text gives, gold_blind79) and the date with its weekday one span;
    # "holidays from July 17 to 20" two DATEs, the bare "20" included (gold_blind22). "Chand
    # Raat", the night of the moon-sighting before Eid, is the night of Friday 17 July, TIME
    # 2015-07-17TNI (see README). "Today's Iftar ... at 7.21pm" 2015-07-15T19:21; "tomorrow's
    # Sehri ends at 3.41am" 2015-07-16T03:41; "this evening" 2015-07-15TEV. "the budget for
    # 2015-16" FY2016 (Pakistan's July-June year, gold_blind22); "last year" beside it 2014 (the
    # calendar value of the wording, gold_blind35). "the 2010 floods" -> "2010" (an adjectival
    # year, gold_blind103); "In 2014" 2014; "since May" 2015-05; "since 1998" 1998. "five days"
    # twice P5D (a spell's length; the lead of a forecast "in advance"); "almost two weeks" P2W;
    # "less than 48 hours" PT48H; "every six hours" SET PT6H; "recent days" PAST_REF; "for 22
    # years" P22Y. Not annotated: "the Eid holidays" (headline and lead; a holiday period, like
    # "the school holidays", gold_blind22; its dates are annotated), "The first monsoon spell",
    # "Monsoon rains", "212mm", "44°C", "41,000 cusecs", "118,000 cusecs", "36 districts", "round
    # the clock", "This time", "Rs450 million", "Rs310m", "9,000 tents", the helpline "1129",
    # "0800-02015", "Iftar" and "Sehri" (the meals; their clock times are annotated), "the
    # busiest night" (no particular night), "half our Eid sales", "Mochi Bazaar".
    "mirghazi-monsoon-rain-eid-holidays": (
        "2015-07-15",
        [
            ("Jul 15, 2015", "DATE", "2015-07-15"),
            ("06:35am", "TIME", "2015-07-15T06:35"),
            ("Thursday night", "TIME", "2015-07-16TNI"),
            ("Sunday", "DATE", "2015-07-19"),
            ("Tuesday", "DATE", "2015-07-14"),
            ("the next 24 hours", "DURATION", "PT24H"),
            ("Friday", "DATE", "2015-07-17"),
            ("Saturday night", "TIME", "2015-07-18TNI"),
            ("Thursday evening", "TIME", "2015-07-16TEV"),
            ("every six hours", "SET", "PT6H"),
            ("Eid-ul-Fitr", "DATE", "2015-07-18"),
            ("Saturday, July 18", "DATE", "2015-07-18"),
            ("Thursday evening", "TIME", "2015-07-16TEV"),
            ("July 17", "DATE", "2015-07-17"),
            ("20", "DATE", "2015-07-20"),
            ("July 3", "DATE", "2015-07-03"),
            ("five days", "DURATION", "P5D"),
            ("1998", "DATE", "1998"),
            ("almost two weeks", "DURATION", "P2W"),
            ("Monday afternoon", "TIME", "2015-07-13TAF"),
            ("the early hours of Sunday", "DATE", "2015-07-19"),
            ("6am", "TIME", "2015-07-14T06:00"),
            ("yesterday", "DATE", "2015-07-14"),
            ("2010", "DATE", "2010"),
            ("Tuesday", "DATE", "2015-07-14"),
            ("Thursday", "DATE", "2015-07-16"),
            ("the end of the month", "DATE", "2015-07"),
            ("2014", "DATE", "2014"),
            ("less than 48 hours", "DURATION", "PT48H"),
            ("five days", "DURATION", "P5D"),
            ("2015-16", "DATE", "FY2016"),
            ("last year", "DATE", "2014"),
            ("May", "DATE", "2015-05"),
            ("today", "DATE", "2015-07-15"),
            ("tomorrow", "DATE", "2015-07-16"),
            ("this evening", "TIME", "2015-07-15TEV"),
            ("Today", "DATE", "2015-07-15"),
            ("7.21pm", "TIME", "2015-07-15T19:21"),
            ("tomorrow", "DATE", "2015-07-16"),
            ("3.41am", "TIME", "2015-07-16T03:41"),
            ("recent days", "DATE", "PAST_REF"),
            ("Chand Raat", "TIME", "2015-07-17TNI"),
            ("Friday night", "TIME", "2015-07-17TNI"),
            ("22 years", "DURATION", "P22Y"),
        ],
    ),
    # Friday 2012-11-23 (ISO week 47), Indian paper's cricket report, label "SPORT / CRICKET",
    # headline and score deck, date line "Friday, November 23, 2012", byline, dated dateline
    # "INDRAPUR, Nov 22:" (the day of filing, a DATE of its own, gold_blind74). The match began
    # on Wednesday 2012-11-21 and ends "on Saturday" 2012-11-24; "here on Thursday" and
    # "Thursday morning" are 2012-11-22(TMO), "he said that evening" that Thursday's evening,
    # 2012-11-22TEV (anchored on the narrative's last date, gold_blind8). "at 1.40pm on
    # Wednesday" two TIMEX3; "showers in the morning" is that Wednesday's morning,
    # 2012-11-21TMO. "play will begin at 9am on Friday" is the publication day, 2012-11-23, and
    # "since Sunday" 2012-11-18. Future: "leaves on Tuesday" 2012-11-27, "meet on Monday"
    # 2012-11-26, "December 1", "December 14", the knockouts "for January" 2013-01. "the second
    # day", "The opening day" and "the final day" are ordinal periods of the match, DURATION P1D
    # (gold_blind24, gold_blind66); "four-day" P4D; "two days" P2D; "half an hour earlier than
    # usual" -> "half an hour" PT30M (the size of a shift); "almost five hours" PT5H; "50
    # minutes" PT50M; "36 hours" PT36H; "more than two years" P2Y and "in a decade" P10Y (the
    # periods of a negated "first in"); "twice a day" SET P1D; "now" PRESENT_REF. Not
    # annotated: scores "214", "296/3", "171 for seven", "5/48" (twice; a bowling figure that
    # looks like a day/month date), "141", "77", "168", "82 runs", "231 balls", "11th", "42
    # overs", "180 overs", "three points"; "the afternoon and evening sessions" (sessions of
    # play, gold_blind24, gold_blind66), "tea", "this season" (a sports season), "T20",
    # "day-night", "1st innings", "the knockouts", "29" and "34" (ages), "31 wickets".
    "kesarpur-vindhyagiri-zonal-second-day": (
        "2012-11-23",
        [
            ("Friday, November 23, 2012", "DATE", "2012-11-23"),
            ("Nov 22", "DATE", "2012-11-22"),
            ("the second day", "DURATION", "P1D"),
            ("four-day", "DURATION", "P4D"),
            ("Thursday", "DATE", "2012-11-22"),
            ("50 minutes", "DURATION", "PT50M"),
            ("Thursday morning", "TIME", "2012-11-22TMO"),
            ("almost five hours", "DURATION", "PT5H"),
            ("March 2010", "DATE", "2010-03"),
            ("more than two years", "DURATION", "P2Y"),
            ("that evening", "TIME", "2012-11-22TEV"),
            ("The opening day", "DURATION", "P1D"),
            ("1.40pm", "TIME", "2012-11-21T13:40"),
            ("Wednesday", "DATE", "2012-11-21"),
            ("the morning", "TIME", "2012-11-21TMO"),
            ("9am", "TIME", "2012-11-23T09:00"),
            ("Friday", "DATE", "2012-11-23"),
            ("half an hour", "DURATION", "PT30M"),
            ("36 hours", "DURATION", "PT36H"),
            ("twice a day", "SET", "P1D"),
            ("Sunday", "DATE", "2012-11-18"),
            ("now", "DATE", "PRESENT_REF"),
            ("two days", "DURATION", "P2D"),
            ("the final day", "DURATION", "P1D"),
            ("Saturday", "DATE", "2012-11-24"),
            ("2002", "DATE", "2002"),
            ("a decade", "DURATION", "P10Y"),
            ("December 1", "DATE", "2012-12-01"),
            ("Tuesday", "DATE", "2012-11-27"),
            ("January", "DATE", "2013-01"),
            ("2003", "DATE", "2003"),
            ("Monday", "DATE", "2012-11-26"),
            ("December 14", "DATE", "2012-12-14"),
        ],
    ),
    # Saturday 2014-08-30 (ISO week 35), Pakistani business page, label, headline ("in FY14"),
    # byline with date line "Saturday, August 30, 2014", "KARACHI:" dateline. The company's year
    # runs July-June (Pakistan's fiscal year, gold_blind22): "FY14" FY2014 (headline and twice in
    # the body), "FY13" FY2013; "the year ended June 30, 2014" -> "the year" FY2014 and the date
    # (like "the financial year that ended on June 30", gold_blind22); "a year earlier" (EPS) and
    # "year-on-year" (sales) compare with the fiscal year, FY2013 (gold_blind63, gold_blind74);
    # "the fourth quarter of FY14" one span FY2014-Q4 (gold_blind17) and "the same quarter last
    # year" one span FY2013-Q4 (gold_blind17). Past: the board "on Friday" 2014-08-29 (twice),
    # "Friday evening" 2014-08-29TEV, "at 2.40pm" that Friday; "in March", "in July", "in August"
    # and "since January" are 2014's. Future: register closed "from October 21 to 28" (two
    # DATEs, the bare "28" included), the AGM "at 11am on Tuesday, October 28" (two TIMEX3),
    # "open higher on Monday" 2014-09-01, "by December 2015". "in 2014" 2014 (the year to date).
    # "The next six months" P6M, "the past two years" P2Y, "the past two months" P2M, "the past
    # 12 months" P12M; "annually" SET P1Y; "now" PRESENT_REF, "soon" FUTURE_REF. Not annotated:
    # "Rs2.6bn", "Rs3.50", "18pc", "35pc", "Rs7.42", "Rs6.29", "11pc", "Rs21.4bn", "Rs712
    # million", "both days inclusive", "the Eid holidays" (a holiday period), "7,200 tonnes per
    # day" (a plant's rated output, a unit like "kilometers per hour"), "Kohsar-II",
    # "40-megawatt", "86pc", "98", "KSE-100", "28,942", "sixth-largest", "(021) 3555-2014".
    "kohsar-cement-fy14-results-dividend": (
        "2014-08-30",
        [
            ("FY14", "DATE", "FY2014"),
            ("Saturday, August 30, 2014", "DATE", "2014-08-30"),
            ("the year", "DATE", "FY2014"),
            ("June 30, 2014", "DATE", "2014-06-30"),
            ("FY13", "DATE", "FY2013"),
            ("Friday", "DATE", "2014-08-29"),
            ("FY14", "DATE", "FY2014"),
            ("March", "DATE", "2014-03"),
            ("a year earlier", "DATE", "FY2013"),
            ("year-on-year", "DATE", "FY2013"),
            ("the fourth quarter of FY14", "DATE", "FY2014-Q4"),
            ("the same quarter last year", "DATE", "FY2013-Q4"),
            ("October 21", "DATE", "2014-10-21"),
            ("28", "DATE", "2014-10-28"),
            ("11am", "TIME", "2014-10-28T11:00"),
            ("Tuesday, October 28", "DATE", "2014-10-28"),
            ("Friday evening", "TIME", "2014-08-29TEV"),
            ("July", "DATE", "2014-07"),
            ("August", "DATE", "2014-08"),
            ("The next six months", "DURATION", "P6M"),
            ("the past two years", "DURATION", "P2Y"),
            ("2011", "DATE", "2011"),
            ("FY14", "DATE", "FY2014"),
            ("December 2015", "DATE", "2015-12"),
            ("annually", "SET", "P1Y"),
            ("soon", "DATE", "FUTURE_REF"),
            ("January", "DATE", "2014-01"),
            ("the past two months", "DURATION", "P2M"),
            ("Friday", "DATE", "2014-08-29"),
            ("2.40pm", "TIME", "2014-08-29T14:40"),
            ("2014", "DATE", "2014"),
            ("the past 12 months", "DURATION", "P12M"),
            ("Monday", "DATE", "2014-09-01"),
            ("1979", "DATE", "1979"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Thursday 2013-01-10 (ISO week 2), Pakistani court story, headline ("three-day weekly
    # closure": "three-day" DURATION P3D and "weekly" SET P1W), byline, "Published: January 10,
    # 2013", "NOORABAD:" dateline. Past: the order "on Wednesday" 2013-01-09 and "said
    # yesterday" 2013-01-09; "on Monday last" in a Thursday paper 2013-01-07 (gold_blind22);
    # "since December 3", "on November 29", "since mid-December", "since December" (twice) are
    # 2012's. Future: "from 6am on Saturday" (twice) 2013-01-12T06:00 and 2013-01-12; "Tuesday
    # next" one span, the coming Tuesday 2013-01-15 (gold_blind22), and "The hearing on Tuesday
    # ... at 9am" the same day; the strike "announced for Friday" 2013-01-11; "February 1".
    # "closed on Tuesdays, Wednesdays and Thursdays" three SETs XXXX-WXX-2/-3/-4 (plural
    # weekdays, gold_blind49); "only from 10am to 6pm on the remaining four days of the week"
    # the hours of every selling day XXXX-XX-XXT10:00 and T18:00 (the four days, a set with no
    # value shape, left out). "the current fiscal year" FY2013 (July 2012-June 2013,
    # gold_blind22). "every winter" SET XXXX-WI; "Last winter" 2012-WI and "This winter" 2013-WI
    # (a winter takes the year of its January, gold_blind103); "the coldest in four years" P4Y;
    # "two days' closure" -> "two days" P2D. "sought a fortnight" P2W, "allowed only a week" P1W;
    # "the past three weeks" P3W; "for the first two days" P2D (an ordinal period after the
    # reopening); "the 2008 CNG conversion scheme" -> "2008"; "for January" 2013-01 (the wages
    # of this month); "soon" FUTURE_REF. Not annotated: "CNG", "14 identical petitions", "Rs6
    # billion", "the remaining four days of the week", "Section 43", "the Gas Load Management
    # Policy 2012" (a policy's name), "600 mmcfd", "3,400", "80,000", "58" (an age), "eight
    # workers", "Rs92.50 per kg", "Ogra's next review" beyond its date, "short order".
    "noorabad-hc-cng-closure-order": (
        "2013-01-10",
        [
            ("three-day", "DURATION", "P3D"),
            ("weekly", "SET", "P1W"),
            ("January 10, 2013", "DATE", "2013-01-10"),
            ("Wednesday", "DATE", "2013-01-09"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("December 3", "DATE", "2012-12-03"),
            ("6am", "TIME", "2013-01-12T06:00"),
            ("Saturday", "DATE", "2013-01-12"),
            ("a fortnight", "DURATION", "P2W"),
            ("a week", "DURATION", "P1W"),
            ("Tuesday next", "DATE", "2013-01-15"),
            ("Monday last", "DATE", "2013-01-07"),
            ("December", "DATE", "2012-12"),
            ("November 29", "DATE", "2012-11-29"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("the current fiscal year", "DATE", "FY2013"),
            ("2005", "DATE", "2005"),
            ("every winter", "SET", "XXXX-WI"),
            ("soon", "DATE", "FUTURE_REF"),
            ("yesterday", "DATE", "2013-01-09"),
            ("mid-December", "DATE", "2012-12"),
            ("the past three weeks", "DURATION", "P3W"),
            ("Last winter", "DATE", "2012-WI"),
            ("two days", "DURATION", "P2D"),
            ("This winter", "DATE", "2013-WI"),
            ("four years", "DURATION", "P4Y"),
            ("2008", "DATE", "2008"),
            ("December", "DATE", "2012-12"),
            ("January", "DATE", "2013-01"),
            ("Friday", "DATE", "2013-01-11"),
            ("6am", "TIME", "2013-01-12T06:00"),
            ("Saturday", "DATE", "2013-01-12"),
            ("the first two days", "DURATION", "P2D"),
            ("February 1", "DATE", "2013-02-01"),
            ("Tuesday", "DATE", "2013-01-15"),
            ("9am", "TIME", "2013-01-15T09:00"),
        ],
    ),
    # Tuesday 2015-03-03 (ISO week 10), Indian city-page story, label "CITY", headline ("Holi on
    # Friday"), credit and stamp "Staff Reporter | Updated: March 03, 2015 05:12 IST" (two
    # TIMEX3), "RAMGARH NAGAR:" dateline. Holika Dahan falls on Thursday 2015-03-05 and Holi
    # (Dhulandi, the day of colours) on Friday 2015-03-06: "Holika Dahan on Thursday night"
    # DATE 2015-03-05 and TIME 2015-03-05TNI, "Dhulandi ... on Friday" two DATEs (a holiday and
    # its day, gold_blind79). "said on Monday" 2015-03-02; "Thursday afternoon" 2015-03-05TAF;
    # "from 10pm on Thursday till 2pm on Friday" four TIMEX3; "from midnight on Wednesday to
    # midnight on Friday" -> each "midnight" the one that ends its day, 2015-03-04T24:00 and
    # 2015-03-06T24:00 (gold_blind103), with the weekdays. "Last year ... on Holi" (twice) is
    # Holi 2014, Monday 2014-03-17, resolved from the calendar (gold_blind79), and "the day
    # after" it 2014-03-18; "in 2013" 2013. "from 5am to 8am every morning" the hours of a daily
    # supply XXXX-XX-XXT05:00/T08:00 with SET XXXX-XX-XXTMO. "since the weekend" in a Tuesday
    # paper is the weekend just past, 2015-W09-WE (28 February-1 March); "below a year ago"
    # 2014; "the last two days before Holi" -> "the last two days" P2D (an anchored ordinal
    # period) and "Holi" 2015-03-06. "the next day, on Saturday" two DATEs 2015-03-07 (after
    # "Friday evening"), "from 11am" that Saturday. "recent years" PAST_REF. Not annotated:
    # "6,000", "dry day" (a kind of day; its "Friday" is annotated), "42 pickets", "1,126",
    # "870", "Section 144", "CrPC", "the Sunday timetable" (a kind of timetable, run on Friday),
    # "(100)", "(1091)", "24x7", "14 wards", "Class 12", "after lunch", "Ward No. 19", "20 per
    # cent", "29.6 degrees Celsius", "Holi Milan" (a gathering named by the festival and held the
    # next day), "Civil Lines", "212", "under 12", "the day of colours" (an epithet).
    "ramgarh-holi-police-dry-day": (
        "2015-03-03",
        [
            ("Holi", "DATE", "2015-03-06"),
            ("Friday", "DATE", "2015-03-06"),
            ("March 03, 2015", "DATE", "2015-03-03"),
            ("05:12 IST", "TIME", "2015-03-03T05:12"),
            ("Holika Dahan", "DATE", "2015-03-05"),
            ("Thursday night", "TIME", "2015-03-05TNI"),
            ("Dhulandi", "DATE", "2015-03-06"),
            ("Friday", "DATE", "2015-03-06"),
            ("Thursday afternoon", "TIME", "2015-03-05TAF"),
            ("Friday", "DATE", "2015-03-06"),
            ("Monday", "DATE", "2015-03-02"),
            ("10pm", "TIME", "2015-03-05T22:00"),
            ("Thursday", "DATE", "2015-03-05"),
            ("2pm", "TIME", "2015-03-06T14:00"),
            ("Friday", "DATE", "2015-03-06"),
            ("Last year", "DATE", "2014"),
            ("Holi", "DATE", "2014-03-17"),
            ("2013", "DATE", "2013"),
            ("recent years", "DATE", "PAST_REF"),
            ("midnight", "TIME", "2015-03-04T24:00"),
            ("Wednesday", "DATE", "2015-03-04"),
            ("midnight", "TIME", "2015-03-06T24:00"),
            ("Friday", "DATE", "2015-03-06"),
            ("Friday", "DATE", "2015-03-06"),
            ("Thursday", "DATE", "2015-03-05"),
            ("5am", "TIME", "XXXX-XX-XXT05:00"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Saturday", "DATE", "2015-03-07"),
            ("Monday, March 9", "DATE", "2015-03-09"),
            ("1pm", "TIME", "2015-03-06T13:00"),
            ("Friday", "DATE", "2015-03-06"),
            ("the weekend", "DATE", "2015-W09-WE"),
            ("a year ago", "DATE", "2014"),
            ("the last two days", "DURATION", "P2D"),
            ("Holi", "DATE", "2015-03-06"),
            ("1987", "DATE", "1987"),
            ("Thursday", "DATE", "2015-03-05"),
            ("Friday evening", "TIME", "2015-03-06TEV"),
            ("the next day", "DATE", "2015-03-07"),
            ("Saturday", "DATE", "2015-03-07"),
            ("11am", "TIME", "2015-03-07T11:00"),
            ("Last year", "DATE", "2014"),
            ("Holi", "DATE", "2014-03-17"),
            ("the day after", "DATE", "2014-03-18"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
