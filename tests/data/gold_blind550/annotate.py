"""Annotations of blind gold set 550, chosen by hand before the tagger ran.

    python tests/data/gold_blind550/annotate.py [--show]

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
    # Tuesday 1998-03-24 (ISO week 13), US cable-news politics segment, programme title "UNN
    # CAPITOL WATCH", headline ("House Vote Expected Thursday"), "Aired March 24, 1998 - 17:00
    # ET" (a DATE and a TIME, the zone in the span, gold_blind30, gold_blind46), rush-transcript
    # disclaimer. Future: the House vote "Thursday" 1998-03-26 (headline, "as early as
    # Thursday" with "as early as" a signal, gold_blind39, gold_blind44, and "to the floor
    # Thursday"), "Friday night" 1998-03-27TNI, "April 3" 1998-04-03, the note "in April"
    # 1998-04, "next week" 1998-W14, "June" 1998-06. Past: "yesterday" 1998-03-23, "Monday
    # night" the same evening 1998-03-23TNI, "last week" 1998-W12 (twice), "earlier this week"
    # 1998-W13; "one o'clock this morning" (the session "ran past" it) 1998-03-24T01:00 and
    # "this morning" two TIMEX3. In March "last summer" is 1997-SU and "this winter" the
    # winter of 1997-98, 1998-WI (the year of its January, gold_blind10, gold_blind46);
    # possessives without the "'s". The federal fiscal year (October-September, named by the
    # year it ends, gold_blind35): "the end of the fiscal year, September 30" -> "the end of
    # the fiscal year" FY1998 (the modifier not recorded) and "September 30" 1998-09-30;
    # "fiscal 1999" FY1999, "October 1" 1998-10-01. "all day" P1D (gold_blind30); "three days"
    # P3D; "eight months" P8M; "another month" P1M; "two-week" P2W; "up to 18 months" P18M.
    # The hot line's hours recur: "from 8 a.m. to 6 p.m. Eastern every day" -> two TIMEs
    # XXXX-XX-XXThh:mm and the SET P1D (gold_blind103). "same as every year" SET P1Y; "our
    # weekly look" SET P1W (gold_blind46); "the 1998 campaign" -> "1998" (an adjectival year);
    # "the year 2000" one span (gold_blind35); "the top of the hour" 1998-03-24T18:00, the
    # next full hour of a programme aired at 17:00 (gold_blind30). Not annotated: "S. 1998" (a
    # bill number in a 1998 story), "61-38", "1-800-555-1997", "unn.com/allpolitics/1998/03/24
    # /farm.aid" (numbers in a URL), "$4.1 billion", "$300 million", "$4.5 billion", "$200
    # million", "half", "CAPITOL WATCH", "MAY" (the disclaimer's verb), "Good evening".
    "unn-capitol-watch-crop-disaster-bill": (
        "1998-03-24",
        [
            ("Thursday", "DATE", "1998-03-26"),
            ("March 24, 1998", "DATE", "1998-03-24"),
            ("17:00 ET", "TIME", "1998-03-24T17:00"),
            ("this afternoon", "TIME", "1998-03-24TAF"),
            ("last summer", "DATE", "1997-SU"),
            ("this winter", "DATE", "1998-WI"),
            ("Thursday", "DATE", "1998-03-26"),
            ("all day", "DURATION", "P1D"),
            ("2:47", "TIME", "1998-03-24T14:47"),
            ("this afternoon", "TIME", "1998-03-24TAF"),
            ("three days", "DURATION", "P3D"),
            ("yesterday", "DATE", "1998-03-23"),
            ("one o'clock", "TIME", "1998-03-24T01:00"),
            ("this morning", "TIME", "1998-03-24TMO"),
            ("last week", "DATE", "1998-W12"),
            ("Monday night", "TIME", "1998-03-23TNI"),
            ("the end of the fiscal year", "DATE", "FY1998"),
            ("September 30", "DATE", "1998-09-30"),
            ("fiscal 1999", "DATE", "FY1999"),
            ("October 1", "DATE", "1998-10-01"),
            ("1997", "DATE", "1997"),
            ("1988", "DATE", "1988"),
            ("eight months", "DURATION", "P8M"),
            ("another month", "DURATION", "P1M"),
            ("April", "DATE", "1998-04"),
            ("every year", "SET", "P1Y"),
            ("last week", "DATE", "1998-W12"),
            ("this morning", "TIME", "1998-03-24TMO"),
            ("Thursday", "DATE", "1998-03-26"),
            ("Friday night", "TIME", "1998-03-27TNI"),
            ("April 3", "DATE", "1998-04-03"),
            ("two-week", "DURATION", "P2W"),
            ("earlier this week", "DATE", "1998-W13"),
            ("up to 18 months", "DURATION", "P18M"),
            ("the next five years", "DURATION", "P5Y"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("6 p.m. Eastern", "TIME", "XXXX-XX-XXT18:00"),
            ("every day", "SET", "P1D"),
            ("next week", "DATE", "1998-W14"),
            ("the year 2000", "DATE", "2000"),
            ("June", "DATE", "1998-06"),
            ("the top of the hour", "TIME", "1998-03-24T18:00"),
            ("weekly", "SET", "P1W"),
            ("1998", "DATE", "1998"),
        ],
    ),
    # Friday 1998-08-07 (ISO week 32), US network evening news, programme title "UBC WORLD
    # TONIGHT" (not annotated, gold_blind16, gold_blind30), header "Broadcast transcript:
    # Friday, August 7, 1998, 6:30 p.m. ET" (one DATE span with the weekday and a TIME,
    # gold_blind6). "tonight" 1998-08-07TNI; "This morning" and "this morning's jobs report"
    # 1998-08-07TMO; the jobs "in July" and "last month" 1998-07, "mid-July" 1998-07, "June"
    # 1998-06; "the smallest gain in more than two years" P2Y (the period of a superlative,
    # gold_blind46); "this week" 1998-W32; "last October" 1997-10; "now" PRESENT_REF. The
    # record close "on July 17, three weeks ago today": "July 17" 1998-07-17 and "three weeks
    # ago today" one DATE span naming that day, 1998-07-17, the past counterpart of "a week
    # from today" (gold_blind30; see README). "since the spring" 1998-SP and "the summer's
    # turmoil" 1998-SU (the current season, the possessive without "'s"); "the second half"
    # 1998-H2 (calendar half, no fiscal year described, gold_blind35, gold_blind46); "the fall"
    # ahead 1998-FA; "later this month" and "this month" 1998-08. "the 32-day strike" P32D;
    # "ended Tuesday" 1998-08-04; "the past 12 months" P12M; "more than a year" P1Y (how long
    # rates have not moved). The plant: "the end of the year" 1998; "since 1956"; "for two
    # decades" P20Y; "October 30" 1998-10-30; "3 o'clock this afternoon" and "7:30 this
    # morning" a TIME each plus the part of day; "31 years" P31Y; "the 1960s" 196; "Memorial
    # Day" 1998-05-25 (the last Monday of May); "this year" 1998; "on Monday" 1998-08-10;
    # "next Thursday" in a Friday broadcast 1998-08-13 (the nearest coming Thursday, which is
    # also the Thursday of next week); "Labor Day" 1998-09-07 (the first Monday of September);
    # "the next five months" P5M; "1982". Not annotated: "the Saturday shift" (a shift named by
    # a weekday, like "the night shift" avoided in gold_blind46), "their worst week" beyond
    # "last October", "the Hartwell 2000" (a model), "back-to-school", "54" (an age), "the first
    # 400", "66,000", "4.5 percent", "112 points", "8,598", "9 percent", "40,000", "205,000",
    # "0.3 percent", "4.1 percent", "1,100", "Good evening".
    "ubc-world-tonight-july-jobs-dunmore-falls": (
        "1998-08-07",
        [
            ("Friday, August 7, 1998", "DATE", "1998-08-07"),
            ("6:30 p.m. ET", "TIME", "1998-08-07T18:30"),
            ("tonight", "TIME", "1998-08-07TNI"),
            ("This morning", "TIME", "1998-08-07TMO"),
            ("July", "DATE", "1998-07"),
            ("more than two years", "DURATION", "P2Y"),
            ("this week", "DATE", "1998-W32"),
            ("last October", "DATE", "1997-10"),
            ("today", "DATE", "1998-08-07"),
            ("now", "DATE", "PRESENT_REF"),
            ("July 17", "DATE", "1998-07-17"),
            ("three weeks ago today", "DATE", "1998-07-17"),
            ("this afternoon", "TIME", "1998-08-07TAF"),
            ("this morning", "TIME", "1998-08-07TMO"),
            ("the spring", "DATE", "1998-SP"),
            ("the summer", "DATE", "1998-SU"),
            ("the second half", "DATE", "1998-H2"),
            ("32-day", "DURATION", "P32D"),
            ("Tuesday", "DATE", "1998-08-04"),
            ("mid-July", "DATE", "1998-07"),
            ("June", "DATE", "1998-06"),
            ("last month", "DATE", "1998-07"),
            ("the past 12 months", "DURATION", "P12M"),
            ("later this month", "DATE", "1998-08"),
            ("the fall", "DATE", "1998-FA"),
            ("more than a year", "DURATION", "P1Y"),
            ("today", "DATE", "1998-08-07"),
            ("the end of the year", "DATE", "1998"),
            ("1956", "DATE", "1956"),
            ("two decades", "DURATION", "P20Y"),
            ("October 30", "DATE", "1998-10-30"),
            ("3 o'clock", "TIME", "1998-08-07T15:00"),
            ("this afternoon", "TIME", "1998-08-07TAF"),
            ("7:30", "TIME", "1998-08-07T07:30"),
            ("this morning", "TIME", "1998-08-07TMO"),
            ("31 years", "DURATION", "P31Y"),
            ("the 1960s", "DATE", "196"),
            ("Memorial Day", "DATE", "1998-05-25"),
            ("this year", "DATE", "1998"),
            ("Monday", "DATE", "1998-08-10"),
            ("next Thursday", "DATE", "1998-08-13"),
            ("Labor Day", "DATE", "1998-09-07"),
            ("the next five months", "DURATION", "P5M"),
            ("1982", "DATE", "1982"),
            ("this month", "DATE", "1998-08"),
        ],
    ),
    # Wednesday 1998-02-11 (ISO week 7), US network morning show, archive header "UBC NEWS",
    # "SHOW: SUNRISE AMERICA 7:00 AM EST" (the TIME; the title not annotated) and "February
    # 11, 1998 Wednesday" (one DATE span, the weekday after the date, gold_blind46), headline
    # ("by the Weekend"); "It's Wednesday, February 11th" one DATE span (gold_blind46). The
    # correspondent is in California, three hours behind the 7 a.m. Eastern studio: "about
    # 3:40 a.m. Pacific time" 1998-02-11T03:40 (zone in the span, gold_blind7, gold_blind27),
    # the anchor's "it's 4 a.m. where you are" a time check 1998-02-11T04:00 (local clock
    # times keep their local value, gold_blind30), the witness's spoken "about twenty to four"
    # 1998-02-11T03:40 (like "About a quarter to twelve", gold_blind30). "overnight" and
    # "through the night" -> the night of Tuesday 1998-02-10TNI; "shortly after midnight" ->
    # "midnight" 1998-02-10T24:00, the midnight ending Tuesday ("shortly after" a signal; the
    # end-of-day form, gold_blind56, gold_blind75, gold_blind103). Past: "since October"
    # 1997-10, "since Monday night" 1998-02-09TNI, "since Christmas" 1997-12-25. Future:
    # "today and tomorrow", "later today" 1998-02-11, "tonight" 1998-02-11TNI, "Thursday
    # morning" 1998-02-12TMO, "on Friday" 1998-02-13, "the weekend" (headline and forecast)
    # 1998-W07-WE, "Valentine's Day on Saturday" 1998-02-14 twice, "the Presidents' Day
    # weekend" 1998-W07-WE (the Saturday-Monday holiday weekend takes the ISO week of its
    # Saturday, gold_blind56, gold_blind103; Presidents' Day 1998-02-16), "Saturday morning"
    # 1998-02-14TMO, "through March" 1998-03, "into April" 1998-04, "next week" 1998-W08. "this
    # winter" 1998-WI; "the winter of 1982-83" one DATE span 1983-WI (gold_blind76,
    # gold_blind103) and "that winter" the same winter, a narrative anchor; "now" and "right
    # now" PRESENT_REF; "the last 24 hours" PT24H; "every three hours" SET PT3H; "It's 7:12" a
    # time check 1998-02-11T07:12. Not annotated: "SUNRISE AMERICA" (a title), "Good morning",
    # "El Nino", "the sixth storm", "Highway 1", "5 inches", "31 inches", "3 feet", "6,000
    # feet", "9 degrees", "340 homes", "pelicancove.org/storm98" (a URL holding '98), "1-800-
    # 555-0298", "a short break", "a cold start" (not a time), "the break" (a commercial).
    "sunrise-america-pelican-cove-el-nino-storm": (
        "1998-02-11",
        [
            ("7:00 AM EST", "TIME", "1998-02-11T07:00"),
            ("February 11, 1998 Wednesday", "DATE", "1998-02-11"),
            ("the Weekend", "DATE", "1998-W07-WE"),
            ("Wednesday, February 11th", "DATE", "1998-02-11"),
            ("overnight", "TIME", "1998-02-10TNI"),
            ("this morning", "TIME", "1998-02-11TMO"),
            ("about 3:40 a.m. Pacific time", "TIME", "1998-02-11T03:40"),
            ("4 a.m.", "TIME", "1998-02-11T04:00"),
            ("the last 24 hours", "DURATION", "PT24H"),
            ("October", "DATE", "1997-10"),
            ("the night", "TIME", "1998-02-10TNI"),
            ("midnight", "TIME", "1998-02-10T24:00"),
            ("about twenty to four", "TIME", "1998-02-11T03:40"),
            ("Monday night", "TIME", "1998-02-09TNI"),
            ("today", "DATE", "1998-02-11"),
            ("tomorrow", "DATE", "1998-02-12"),
            ("Christmas", "DATE", "1997-12-25"),
            ("this winter", "DATE", "1998-WI"),
            ("every three hours", "SET", "PT3H"),
            ("later today", "DATE", "1998-02-11"),
            ("tonight", "TIME", "1998-02-11TNI"),
            ("Thursday morning", "TIME", "1998-02-12TMO"),
            ("Friday", "DATE", "1998-02-13"),
            ("the weekend", "DATE", "1998-W07-WE"),
            ("Valentine's Day", "DATE", "1998-02-14"),
            ("Saturday", "DATE", "1998-02-14"),
            ("the Presidents' Day weekend", "DATE", "1998-W07-WE"),
            ("Saturday morning", "TIME", "1998-02-14TMO"),
            ("March", "DATE", "1998-03"),
            ("April", "DATE", "1998-04"),
            ("the winter of 1982-83", "DATE", "1983-WI"),
            ("that winter", "DATE", "1983-WI"),
            ("now", "DATE", "PRESENT_REF"),
            ("right now", "DATE", "PRESENT_REF"),
            ("this afternoon", "TIME", "1998-02-11TAF"),
            ("7:12", "TIME", "1998-02-11T07:12"),
            ("next week", "DATE", "1998-W08"),
        ],
    ),
    # Monday 1998-06-08 (ISO week 24), Australian radio current-affairs programme, title line
    # "DAYBREAK - Coastline Radio Network" (not annotated; "DAYBREAK" is a title), date line
    # "Monday, 8 June 1998  8.00am" (one DATE span with the weekday and a TIME; Australian
    # "8.00am", "9am", "8.14", gold_blind49). The Queen's Birthday holiday falls on the second
    # Monday of June in most states, the broadcast day itself: "the Queen's Birthday holiday"
    # one DATE span 1998-06-08 (gold_blind9); "the long weekend" is the Saturday-Monday holiday
    # weekend, the ISO week of its Saturday 6 June, 1998-W23-WE (gold_blind103, gold_blind21's
    # "the Queen's Birthday weekend"). Southern seasons valued in the year they fall in
    # (gold_blind68, gold_blind88): "last spring" (September-November 1997) 1997-SP, "its
    # driest autumn" (March-May 1998) -> "autumn" 1998-FA, "the winter" ahead 1998-WI. The
    # Australian financial year runs July-June and is named by the year it ends (gold_blind21,
    # gold_blind49, gold_blind88): "the end of the financial year" FY1998, "1998-99" FY1999,
    # "1997-98" FY1998, "the new financial year" FY1999 with "1 July" 1998-07-01. "tomorrow"
    # 1998-06-09 (twice, once "tomorrow afternoon" 1998-06-09TAF); "Saturday morning"
    # 1998-06-06TMO; "Twelve months ago" 1997-06 (the unit's granularity, gold_blind46); "last
    # Thursday" 1998-06-04; "before Christmas" 1997-12-25 and "by Easter" 1998-04-12 (past,
    # told before); "March", "May", "the end of May" 1998-05, "February" 1998-02; "30 June
    # 2000"; "1902", "1974", "the 1880s" 188; "up to two years" P2Y; "the next fortnight" P2W
    # (gold_blind9); "now" and "Now" PRESENT_REF; "Every week" SET P1W; "twice a day" SET P1D,
    # "three times a week" SET P1W (counts kept in the span, gold_blind28, gold_blind46); the
    # line's hours "from 9am to 5pm today" two TIMEs on the broadcast day; "It's 8.14" a time
    # check 1998-06-08T08:14. Not annotated: "The autumn break" (the first autumn rains, a
    # season-named kind of rainfall, like "Summer programs", gold_blind103), "no holiday from
    # the drought" and "despite the holiday" (generic and anaphoric), "the budget" (an event),
    # "Until then" (anaphoric), "400", "$23 a head", "2,600", "140 millimetres", "19
    # millimetres", "2,400", "12 kilometres", "1800 555 998", "Good morning".
    "daybreak-murrandale-drought-aid": (
        "1998-06-08",
        [
            ("Monday, 8 June 1998", "DATE", "1998-06-08"),
            ("8.00am", "TIME", "1998-06-08T08:00"),
            ("the Queen's Birthday holiday", "DATE", "1998-06-08"),
            ("today", "DATE", "1998-06-08"),
            ("tomorrow", "DATE", "1998-06-09"),
            ("up to two years", "DURATION", "P2Y"),
            ("the long weekend", "DATE", "1998-W23-WE"),
            ("Saturday morning", "TIME", "1998-06-06TMO"),
            ("Twelve months ago", "DATE", "1997-06"),
            ("last spring", "DATE", "1997-SP"),
            ("the next fortnight", "DURATION", "P2W"),
            ("this year", "DATE", "1998"),
            ("autumn", "DATE", "1998-FA"),
            ("1902", "DATE", "1902"),
            ("March", "DATE", "1998-03"),
            ("May", "DATE", "1998-05"),
            ("the end of May", "DATE", "1998-05"),
            ("February", "DATE", "1998-02"),
            ("last Thursday", "DATE", "1998-06-04"),
            ("now", "DATE", "PRESENT_REF"),
            ("tomorrow afternoon", "TIME", "1998-06-09TAF"),
            ("Every week", "SET", "P1W"),
            ("Christmas", "DATE", "1997-12-25"),
            ("Easter", "DATE", "1998-04-12"),
            ("the end of the financial year", "DATE", "FY1998"),
            ("Now", "DATE", "PRESENT_REF"),
            ("1998-99", "DATE", "FY1999"),
            ("1997-98", "DATE", "FY1998"),
            ("1 July", "DATE", "1998-07-01"),
            ("the new financial year", "DATE", "FY1999"),
            ("30 June 2000", "DATE", "2000-06-30"),
            ("twice a day", "SET", "P1D"),
            ("three times a week", "SET", "P1W"),
            ("1974", "DATE", "1974"),
            ("the 1880s", "DATE", "188"),
            ("the winter", "DATE", "1998-WI"),
            ("9am", "TIME", "1998-06-08T09:00"),
            ("5pm", "TIME", "1998-06-08T17:00"),
            ("today", "DATE", "1998-06-08"),
            ("8.14", "TIME", "1998-06-08T08:14"),
        ],
    ),
    # Sunday 1998-10-18 (ISO week 42), US network Sunday interview programme, archive header
    # "UBC NEWS", "SHOW: THIS WEEK IN WASHINGTON 10:30 AM ET" (the TIME; the title, which holds
    # "WEEK", is not annotated, like "The Sunday Report" in gold_blind30) and "October 18, 1998
    # Sunday" one DATE span (gold_blind46); headline "November 3" 1998-11-03. Election Day
    # 1998 is Tuesday 3 November: "Sixteen days from now" one DATE span 1998-11-03 (like "two
    # days from now", gold_blind46), "November 3rd" and "Election Day" the same day
    # (gold_blind41). The federal fiscal year 1999 began on 1 October 1998: "the fiscal year"
    # FY1999; "more than two weeks" P2W (an anchored duration, gold_blind35); "eighteen days"
    # P18D; "September 30 of next year" one DATE span 1999-09-30 (the post-posed year, like
    # "March of last year", gold_blind46). Past: "late Thursday night" 1998-10-15TNI (the
    # modifier kept), "Friday afternoon" 1998-10-16TAF, "Friday night" 1998-10-16TNI,
    # "yesterday" 1998-10-17, "6 o'clock last night" -> 18:00 on Saturday and "last night"
    # 1998-10-17TNI (the night of "yesterday", gold_blind35), the poll "taken Tuesday through
    # Thursday" 1998-10-13 and 1998-10-15. Future: the House "votes on the package Tuesday"
    # 1998-10-20, the Senate "Wednesday" 1998-10-21, "In January" 1999-01, "at 11:30 Eastern"
    # 1998-10-18T11:30 (a later segment of the programme). "all day" P1D (gold_blind30); "this
    # year" 1998 twice; "seven years" P7Y; "Four years ago" 1994 and "in 1994"; "Now"
    # PRESENT_REF; "the 1930s" 193; "the next two weeks" P2W; "every day" SET P1D, "since Labor
    # Day" 1998-09-07; "since 1964"; "in 2008"; "a decade" P10Y; "every two years" SET P2Y;
    # "the 2000 race" -> "2000" (an adjectival year, gold_blind35); "the week's news" -> "the
    # week" 1998-W42 (like "the week's biggest test", gold_blind6); "the year 2002" one span
    # (gold_blind35). Not annotated: "THIS WEEK IN WASHINGTON" (twice), "the 106th Congress",
    # "six times", "a seventh", "the first step", "the first baby boomers", "the next election"
    # (an event), "midterm elections", "4,000 pages", "$1.1 billion", "100,000", "3 points",
    # "3.5 points", "a third of the Senate", "on the air", "Good morning".
    "this-week-in-washington-budget-deal-midterms": (
        "1998-10-18",
        [
            ("10:30 AM ET", "TIME", "1998-10-18T10:30"),
            ("October 18, 1998 Sunday", "DATE", "1998-10-18"),
            ("November 3", "DATE", "1998-11-03"),
            ("Sixteen days from now", "DATE", "1998-11-03"),
            ("this morning", "TIME", "1998-10-18TMO"),
            ("late Thursday night", "TIME", "1998-10-15TNI"),
            ("more than two weeks", "DURATION", "P2W"),
            ("the fiscal year", "DATE", "FY1999"),
            ("Tuesday", "DATE", "1998-10-20"),
            ("Wednesday", "DATE", "1998-10-21"),
            ("eighteen days", "DURATION", "P18D"),
            ("September 30 of next year", "DATE", "1999-09-30"),
            ("Friday afternoon", "TIME", "1998-10-16TAF"),
            ("Friday night", "TIME", "1998-10-16TNI"),
            ("all day", "DURATION", "P1D"),
            ("yesterday", "DATE", "1998-10-17"),
            ("6 o'clock", "TIME", "1998-10-17T18:00"),
            ("last night", "TIME", "1998-10-17TNI"),
            ("this year", "DATE", "1998"),
            ("seven years", "DURATION", "P7Y"),
            ("Four years ago", "DATE", "1994"),
            ("1994", "DATE", "1994"),
            ("Now", "DATE", "PRESENT_REF"),
            ("November 3rd", "DATE", "1998-11-03"),
            ("Tuesday", "DATE", "1998-10-13"),
            ("Thursday", "DATE", "1998-10-15"),
            ("the 1930s", "DATE", "193"),
            ("this year", "DATE", "1998"),
            ("the next two weeks", "DURATION", "P2W"),
            ("Election Day", "DATE", "1998-11-03"),
            ("every day", "SET", "P1D"),
            ("Labor Day", "DATE", "1998-09-07"),
            ("1964", "DATE", "1964"),
            ("January", "DATE", "1999-01"),
            ("2008", "DATE", "2008"),
            ("a decade", "DURATION", "P10Y"),
            ("every two years", "SET", "P2Y"),
            ("2000", "DATE", "2000"),
            ("the week", "DATE", "1998-W42"),
            ("11:30 Eastern", "TIME", "1998-10-18T11:30"),
            ("the year 2002", "DATE", "2002"),
        ],
    ),
    # Saturday 1998-11-21 (ISO week 47), cable news channel's international half hour read in
    # London, programme title "UNN WORLD REPORT", headline, "Aired November 21, 1998 - 18:00
    # GMT" (DATE and TIME), rush-transcript disclaimer. Tarvania is two hours ahead of GMT:
    # the signing "at 4 a.m. local time, 0200 GMT" two TIMEs 1998-11-21T04:00 and T02:00 (a
    # local time and its GMT equivalent, gold_blind20, gold_blind30); "through the night" ->
    # "the night" 1998-11-20TNI; "midday" 1998-11-21T12:00 (gold_blind9, gold_blind23);
    # "through this afternoon" 1998-11-21TAF. "an eight-year civil war" P8Y; "the first time in
    # weeks" and "within weeks" -> "weeks" PXW (the period of a "first in", a vague duration);
    # "As late as Thursday night" -> "Thursday night" 1998-11-19TNI ("as late as" a signal,
    # like "as early as"); "within 72 hours" PT72H; "on Monday" 1998-11-23; "December 6"
    # 1998-12-06; "March 1996". The ferry (on an island whose zone is not given; local clock
    # times keep their local value): "late last night" 1998-11-20TNI, "9:15 p.m." and "shortly
    # before 11 p.m." ("shortly before" a signal) on Friday 1998-11-20; "tomorrow morning"
    # 1998-11-22TMO; "every 30 minutes" SET PT30M. "this week" 1998-W47; "since 1991";
    # "on Wednesday" 1998-11-18; "its third increase in two months" -> "two months" P2M (the
    # period of an ordinal count, gold_blind103); "the end of the year" 1998; "this afternoon"
    # 1998-11-21TAF; "since 1988"; "since August" 1998-08. "the first snow of the winter" ->
    # "the winter" 1999-WI, the winter of 1998-99, taking the year of its January (gold_blind10,
    # gold_blind103's "The winter ahead" in November); "overnight" 1998-11-20TNI; "the next 48
    # hours" PT48H; "December 5" 1998-12-05; "this Saturday" in the sign-off the broadcast day
    # (gold_blind30); "the top of the hour" 1998-11-21T19:00 and the apposed "1900 GMT" its own
    # TIME. Not annotated: "WORLD REPORT" (three times), "the ski season" (a season of no
    # calendar unit, gold_blind103), "the first real pause", "Three earlier ceasefires", "the
    # last one", "its third increase" beyond "two months", "the first time" beyond "weeks" and
    # "1988", "twice its licensed capacity", "3-1", "20 kilometers", "six countries", "37",
    # "600", "200", "6 percent", "24 percent", "MAY" (the disclaimer's verb).
    "unn-world-report-tarvania-ceasefire": (
        "1998-11-21",
        [
            ("November 21, 1998", "DATE", "1998-11-21"),
            ("18:00 GMT", "TIME", "1998-11-21T18:00"),
            ("this afternoon", "TIME", "1998-11-21TAF"),
            ("eight-year", "DURATION", "P8Y"),
            ("4 a.m. local time", "TIME", "1998-11-21T04:00"),
            ("0200 GMT", "TIME", "1998-11-21T02:00"),
            ("the night", "TIME", "1998-11-20TNI"),
            ("midday", "TIME", "1998-11-21T12:00"),
            ("weeks", "DURATION", "PXW"),
            ("Thursday night", "TIME", "1998-11-19TNI"),
            ("72 hours", "DURATION", "PT72H"),
            ("Monday", "DATE", "1998-11-23"),
            ("December 6", "DATE", "1998-12-06"),
            ("March 1996", "DATE", "1996-03"),
            ("weeks", "DURATION", "PXW"),
            ("late last night", "TIME", "1998-11-20TNI"),
            ("9:15 p.m.", "TIME", "1998-11-20T21:15"),
            ("11 p.m.", "TIME", "1998-11-20T23:00"),
            ("tomorrow morning", "TIME", "1998-11-22TMO"),
            ("every 30 minutes", "SET", "PT30M"),
            ("this week", "DATE", "1998-W47"),
            ("1991", "DATE", "1991"),
            ("Wednesday", "DATE", "1998-11-18"),
            ("two months", "DURATION", "P2M"),
            ("the end of the year", "DATE", "1998"),
            ("this afternoon", "TIME", "1998-11-21TAF"),
            ("1988", "DATE", "1988"),
            ("August", "DATE", "1998-08"),
            ("the winter", "DATE", "1999-WI"),
            ("overnight", "TIME", "1998-11-20TNI"),
            ("the next 48 hours", "DURATION", "PT48H"),
            ("December 5", "DATE", "1998-12-05"),
            ("this Saturday", "DATE", "1998-11-21"),
            ("the top of the hour", "TIME", "1998-11-21T19:00"),
            ("1900 GMT", "TIME", "1998-11-21T19:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
