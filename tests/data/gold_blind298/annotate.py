"""Annotations of blind gold set 298, chosen by hand before the tagger ran.

    python tests/data/gold_blind298/annotate.py [--show]

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
    # Thursday 2013-06-27 (ISO week 26), AP story on the AP's own website: headline, byline
    # "By NAME" / "Associated Press", stamp "June 27, 2013 4:18 PM EDT" (DATE and TIME, the zone
    # in the span and not in the value, gold_blind38, gold_blind103), "CONCORD, N.H. (AP) —"
    # dateline. The bill passed "late Wednesday" 2013-06-26 (DATE, gold_blind39); the Senate
    # vote "shortly before 11 p.m." and "The session ended at 11:52 p.m." are clock times of
    # that Wednesday ("shortly before" a signal, like "shortly after", gold_blind39); "on
    # Wednesday afternoon" 2013-06-26TAF. The headline's "hours before adjourning" and
    # "minutes before the Legislature adjourned" are anchored vague durations PTXH and PTXM
    # (the duration alone, gold_blind35). "its 2013 session" -> "2013" (an adjectival year).
    # "said Thursday" is the publication day; "next week" 2013-W27; "before the Fourth of July"
    # 2013-07-04 (a holiday on its day). "starting Aug. 1" 2013-08-01 ("starting" a signal);
    # "over the next three years" P3Y; "for a decade" P10Y; "The past few days" PXD; "my 14
    # years here" P14Y; "over three years" P3Y. "Earlier this month" 2013-06; "since March"
    # 2013-03 (past). "on June 18" (a Tuesday) and "the following day" 2013-06-19, anchored on
    # the narrative's last date (gold_blind16, gold_blind36). "A poll released Monday"
    # 2013-06-24; "in a poll a week earlier" is the ISO week before that poll's week, 2013-W25
    # (gold_blind22, gold_blind29). "in recent months" PAST_REF; "Now is not the time" -> "Now"
    # PRESENT_REF (gold_blind41). "every two years" SET P2Y; "two-year" P2Y; "approved
    # Wednesday" 2013-06-26; "the fiscal year that begins Monday" -> "the fiscal year" FY2014
    # (a state year running July-June, named by the year it ends, gold_blind20, gold_blind35,
    # gold_blind39) and "Monday" 2013-07-01 (future: the same weekday in both directions);
    # "fiscal 2015" FY2015. "Last year" 2012; "March 2011" 2011-03; "since the 1990s" 199; "this
    # week" 2013-W26; "in January" 2014-01 (future); "the 2014 session" -> "2014"; "next year"
    # 2014; "Twenty-two years" P22Y (1991 to 2013). Not annotated: "for the first time" (an
    # idiom), "Senate Bill 367", "14-10", "198-161", "12-12", "4.2 cents a gallon" (a price),
    # "18-cent" (twice), "4 cents", "6 cents", "2-cent", "40 votes", "$3.60 a gallon", "$96
    # million", "$11 billion", "$20 million", "340 bridges", "Route 101", "one lane",
    # "71-year-old", "52 percent", "47 percent", "40 miles each way", "the road" (the idiom).
    "concord-gas-tax-bill-adjournment": (
        "2013-06-27",
        [
            ("hours", "DURATION", "PTXH"),
            ("June 27, 2013", "DATE", "2013-06-27"),
            ("4:18 PM EDT", "TIME", "2013-06-27T16:18"),
            ("late Wednesday", "DATE", "2013-06-26"),
            ("1991", "DATE", "1991"),
            ("minutes", "DURATION", "PTXM"),
            ("2013", "DATE", "2013"),
            ("11 p.m.", "TIME", "2013-06-26T23:00"),
            ("Aug. 1", "DATE", "2013-08-01"),
            ("the next three years", "DURATION", "P3Y"),
            ("Wednesday afternoon", "TIME", "2013-06-26TAF"),
            ("11:52 p.m.", "TIME", "2013-06-26T23:52"),
            ("Thursday", "DATE", "2013-06-27"),
            ("next week", "DATE", "2013-W27"),
            ("the Fourth of July", "DATE", "2013-07-04"),
            ("a decade", "DURATION", "P10Y"),
            ("The past few days", "DURATION", "PXD"),
            ("14 years", "DURATION", "P14Y"),
            ("three years", "DURATION", "P3Y"),
            ("Earlier this month", "DATE", "2013-06"),
            ("March", "DATE", "2013-03"),
            ("June 18", "DATE", "2013-06-18"),
            ("the following day", "DATE", "2013-06-19"),
            ("Monday", "DATE", "2013-06-24"),
            ("a week earlier", "DATE", "2013-W25"),
            ("recent months", "DATE", "PAST_REF"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every two years", "SET", "P2Y"),
            ("two-year", "DURATION", "P2Y"),
            ("Wednesday", "DATE", "2013-06-26"),
            ("the fiscal year", "DATE", "FY2014"),
            ("Monday", "DATE", "2013-07-01"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("Last year", "DATE", "2012"),
            ("March 2011", "DATE", "2011-03"),
            ("the 1990s", "DATE", "199"),
            ("this week", "DATE", "2013-W26"),
            ("January", "DATE", "2014-01"),
            ("2014", "DATE", "2014"),
            ("next year", "DATE", "2014"),
            ("Twenty-two years", "DURATION", "P22Y"),
        ],
    ),
    # Saturday 2015-10-17 (ISO week 42), AP story on a member paper's website: headline, stamp
    # "Updated 7:52 pm, Saturday, October 17, 2015" (TIME, then one DATE span with its weekday,
    # like the date lines of gold_blind35), byline "By NAME, Associated Press", "FENWICK, Ind.
    # (AP) —" dateline. "on Saturday released" and "said Saturday" are the publication day
    # (gold_blind39). The shooting "early Tuesday" 2015-10-13 (DATE), "at about 1:40 a.m." that
    # day (approximator kept, gold_blind39); "That night he didn't call" is the night the
    # shooting fell in, which takes the date of the evening it begins on, Monday 2015-10-12TNI
    # (gold_blind29's "the night of the fire"). "four days of protests" P4D; "6-minute" PT6M;
    # "Within two minutes" PT2M ("Within" a signal); "Friday evening" 2015-10-16TEV; "at 2 p.m."
    # the news conference on Saturday; "now" PRESENT_REF; "for years" PXY; "six-year veteran"
    # P6Y; the state police "took over ... Tuesday afternoon" 2015-10-13TAF (past), while the
    # council meets "Tuesday at 7 p.m." 2015-10-20 (future; the same weekday both ways, two
    # TIMEX3 for the clock time and its day); "within 60 days" P60D; "in nearly a decade" P10Y
    # (the period of a "first in", gold_blind39); "this year" 2015; "In March" 2015-03;
    # "Wednesday night" 2015-10-14TNI, "the following day" 2015-10-15 and "that evening"
    # 2015-10-15TEV anchored on it, "again Friday" 2015-10-16; "for two years" P2Y; "every
    # night" SET XXXX-XX-XXTNI; "in September" 2015-09, "last year" 2014, "in July" 2015-07;
    # "usually 10 hours" -> "10 hours" PT10H (the adverb of habit left out); "for 90 days" P90D;
    # the funeral "Monday" 2015-10-19; "since 2005"; "took months" PXM. Not annotated: "since
    # the shooting" (event-named), "the entire shift", "1415 Ridley Ave." (an address that
    # looks like a clock time), "317-555-2015" (a phone number holding the year), "Interstate
    # 69", "31", "24-year-old", "52" (ages), "five shots", "About 200 people", "88 officers",
    # "$140,000", "11 police shootings", "the second police shooting".
    "fenwick-traffic-stop-shooting-video": (
        "2015-10-17",
        [
            ("7:52 pm", "TIME", "2015-10-17T19:52"),
            ("Saturday, October 17, 2015", "DATE", "2015-10-17"),
            ("Saturday", "DATE", "2015-10-17"),
            ("early Tuesday", "DATE", "2015-10-13"),
            ("four days", "DURATION", "P4D"),
            ("6-minute", "DURATION", "PT6M"),
            ("about 1:40 a.m.", "TIME", "2015-10-13T01:40"),
            ("two minutes", "DURATION", "PT2M"),
            ("Saturday", "DATE", "2015-10-17"),
            ("Friday evening", "TIME", "2015-10-16TEV"),
            ("2 p.m.", "TIME", "2015-10-17T14:00"),
            ("now", "DATE", "PRESENT_REF"),
            ("years", "DURATION", "PXY"),
            ("six-year", "DURATION", "P6Y"),
            ("Tuesday afternoon", "TIME", "2015-10-13TAF"),
            ("60 days", "DURATION", "P60D"),
            ("nearly a decade", "DURATION", "P10Y"),
            ("this year", "DATE", "2015"),
            ("March", "DATE", "2015-03"),
            ("Wednesday night", "TIME", "2015-10-14TNI"),
            ("the following day", "DATE", "2015-10-15"),
            ("that evening", "TIME", "2015-10-15TEV"),
            ("Friday", "DATE", "2015-10-16"),
            ("two years", "DURATION", "P2Y"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("That night", "TIME", "2015-10-12TNI"),
            ("September", "DATE", "2015-09"),
            ("last year", "DATE", "2014"),
            ("July", "DATE", "2015-07"),
            ("10 hours", "DURATION", "PT10H"),
            ("90 days", "DURATION", "P90D"),
            ("Tuesday", "DATE", "2015-10-20"),
            ("7 p.m.", "TIME", "2015-10-20T19:00"),
            ("Monday", "DATE", "2015-10-19"),
            ("2005", "DATE", "2005"),
            ("months", "DURATION", "PXM"),
        ],
    ),
    # Monday 2015-02-16 (ISO week 8, Presidents Day, the third Monday of February), AP story on a
    # local paper's website: headline ("bitter cold by Wednesday" 2015-02-18), stamp "Posted:
    # Monday, February 16, 2015 6:24 pm | Updated: 9:10 pm, Mon Feb 16, 2015." (one DATE span with
    # its weekday, two TIMEs, and "Mon Feb 16, 2015" one DATE span with the abbreviated weekday,
    # like "Thu October 2, 2014" in gold_blind36; checked by hand), double byline, "NASHVILLE, Tenn.
    # (AP) —" dateline. "Monday" and "early Monday" are the publication day (DATE, gold_blind39);
    # "Presidents Day" (twice) 2015-02-16. "late Sunday" 2015-02-15, "Sunday night" 2015-02-15TNI,
    # "since Sunday evening" 2015-02-15TEV; "By 3 p.m. CST" and "shortly after 4 a.m." clock times
    # of the story's Monday (the jackknife told among Monday's events); "Monday morning"
    # 2015-02-16TMO. Future: "until 6 a.m. Tuesday" two TIMEX3; "overnight" the coming night of
    # Monday, 2015-02-16TNI (gold_blind21, gold_blind103); "by Wednesday night" 2015-02-18TNI; "at
    # least Thursday" 2015-02-19; "closed Tuesday" (twice) 2015-02-17; "through Wednesday"
    # 2015-02-18; "until the weekend" 2015-W08-WE (21-22 February); "until Saturday" 2015-02-21;
    # "early next week" 2015-W09; the shelters "from 6 p.m. to 8 a.m. every night through Friday":
    # two TIMEs of no particular day XXXX-XX-XXThh:mm and "every night" SET XXXX-XX-XXTNI
    # (gold_blind103's warming centres; "nightly" avoided, as in gold_blind16) and "Friday"
    # 2015-02-20. "since February 1996" 1996-02; "several days" PXD; "about five hours" PT5H; "this
    # month" 2015-02; "On Feb. 5" 2015-02-05, "for two days" P2D; "Last winter" in February 2015 is
    # the winter of 2013-14, 2014-WI (a winter takes the year of its January, gold_blind10,
    # gold_blind103), its "mid-February" 2014-02; "This winter" 2015-WI; "in 20 years" P20Y (the
    # period of a "first in"). Not annotated: "A winter storm" and "winter storm warnings"
    # (adjectives naming kinds), "the worst", "around the clock", "10 inches", "6 to 10 inches", "4
    # inches", "a quarter inch", "below zero", "five states", "200,000", "61,000", "40-mile",
    # "Interstate 65", "511" (a phone line), "67-year-old", "58", "$14 million", "90,000 tons", "At
    # least three deaths", "the second major storm".
    "tennessee-valley-ice-storm-presidents-day": (
        "2015-02-16",
        [
            ("Wednesday", "DATE", "2015-02-18"),
            ("Monday, February 16, 2015", "DATE", "2015-02-16"),
            ("6:24 pm", "TIME", "2015-02-16T18:24"),
            ("9:10 pm", "TIME", "2015-02-16T21:10"),
            ("Mon Feb 16, 2015", "DATE", "2015-02-16"),
            ("Monday", "DATE", "2015-02-16"),
            ("Presidents Day", "DATE", "2015-02-16"),
            ("late Sunday", "DATE", "2015-02-15"),
            ("early Monday", "DATE", "2015-02-16"),
            ("3 p.m. CST", "TIME", "2015-02-16T15:00"),
            ("6 a.m.", "TIME", "2015-02-17T06:00"),
            ("Tuesday", "DATE", "2015-02-17"),
            ("overnight", "TIME", "2015-02-16TNI"),
            ("Wednesday night", "TIME", "2015-02-18TNI"),
            ("February 1996", "DATE", "1996-02"),
            ("several days", "DURATION", "PXD"),
            ("at least Thursday", "DATE", "2015-02-19"),
            ("Sunday night", "TIME", "2015-02-15TNI"),
            ("Tuesday", "DATE", "2015-02-17"),
            ("about five hours", "DURATION", "PT5H"),
            ("4 a.m.", "TIME", "2015-02-16T04:00"),
            ("Monday morning", "TIME", "2015-02-16TMO"),
            ("Presidents Day", "DATE", "2015-02-16"),
            ("Tuesday", "DATE", "2015-02-17"),
            ("Wednesday", "DATE", "2015-02-18"),
            ("this month", "DATE", "2015-02"),
            ("Feb. 5", "DATE", "2015-02-05"),
            ("two days", "DURATION", "P2D"),
            ("Last winter", "DATE", "2014-WI"),
            ("mid-February", "DATE", "2014-02"),
            ("This winter", "DATE", "2015-WI"),
            ("the weekend", "DATE", "2015-W08-WE"),
            ("Sunday evening", "TIME", "2015-02-15TEV"),
            ("20 years", "DURATION", "P20Y"),
            ("Saturday", "DATE", "2015-02-21"),
            ("early next week", "DATE", "2015-W09"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Friday", "DATE", "2015-02-20"),
        ],
    ),
    # Wednesday 2012-09-19 (ISO week 38), AP story as printed in a regional paper: page header
    # "THE RIVER COUNTIES HERALD | Wednesday, September 19, 2012 | A6" (one DATE span with its
    # weekday), section label, headline, byline "The Associated Press", "ST. LOUIS (AP) —"
    # dateline. The wire copy was filed the day before: "on Tuesday struck down" 2012-09-18,
    # "said Tuesday" the same, "said Tuesday night" 2012-09-18TNI; "shortly after 4 p.m. CDT"
    # the filing that Tuesday. "30 days, until Oct. 18" P30D and 2012-10-18. The ordinance,
    # "adopted ... in April 2011", "took effect June 1, 2011", barred asking "between 6 a.m. and
    # 9 p.m. daily": two TIMEs of no particular day XXXX-XX-XXThh:mm and "daily" SET P1D
    # (gold_blind39). "In 15 months" P15M (how long the count ran). "in January" 2012-01 and
    # "in May" 2012-05 (past); the trial "set for Nov. 5" 2012-11-05; "for 30 years" P30Y;
    # "since 2009"; "in 2011"; "two days in jail" P2D; "last December" 2011-12; "since last
    # fall" 2011-FA (on 19 September the fall of 2012 has not begun, so the last fall is that of
    # 2011); "every week" SET P1W, "for two years" P2Y; "within the next two weeks" P2W; "at 7
    # p.m. Thursday" 2012-09-20T19:00 and 2012-09-20 (future); "Nov. 6" 2012-11-06; "said on
    # Monday" 2012-09-17; "last week" 2012-W37; "over the past 18 months" P18M; "since 2010";
    # "about a year" P1Y; "before late next year" -> "late next year" 2013 (modifier not
    # recorded, like "late last year", gold_blind103). Not annotated: "No. 4:11-CV-1927" (a
    # case number that opens with a clock-like "4:11" and holds "11" and "1927"), "the 8th U.S.
    # Circuit Court of Appeals" and "the 8th Circuit", "24-page", "9,400", "40 miles", "Route
    # 61", "50 feet", "212 citations", "14 times", "$750", "$85,000", "58" (an age), "at least
    # four states", "may" (twice, the verb), "a dollar", "before the ruling" (event-named).
    "carlow-ferry-panhandling-ban-ruling": (
        "2012-09-19",
        [
            ("Wednesday, September 19, 2012", "DATE", "2012-09-19"),
            ("Tuesday", "DATE", "2012-09-18"),
            ("4 p.m. CDT", "TIME", "2012-09-18T16:00"),
            ("30 days", "DURATION", "P30D"),
            ("Oct. 18", "DATE", "2012-10-18"),
            ("April 2011", "DATE", "2011-04"),
            ("June 1, 2011", "DATE", "2011-06-01"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("daily", "SET", "P1D"),
            ("15 months", "DURATION", "P15M"),
            ("January", "DATE", "2012-01"),
            ("May", "DATE", "2012-05"),
            ("Nov. 5", "DATE", "2012-11-05"),
            ("30 years", "DURATION", "P30Y"),
            ("2009", "DATE", "2009"),
            ("2011", "DATE", "2011"),
            ("two days", "DURATION", "P2D"),
            ("last December", "DATE", "2011-12"),
            ("Tuesday", "DATE", "2012-09-18"),
            ("last fall", "DATE", "2011-FA"),
            ("every week", "SET", "P1W"),
            ("two years", "DURATION", "P2Y"),
            ("Tuesday night", "TIME", "2012-09-18TNI"),
            ("the next two weeks", "DURATION", "P2W"),
            ("7 p.m.", "TIME", "2012-09-20T19:00"),
            ("Thursday", "DATE", "2012-09-20"),
            ("Nov. 6", "DATE", "2012-11-06"),
            ("Monday", "DATE", "2012-09-17"),
            ("last week", "DATE", "2012-W37"),
            ("the past 18 months", "DURATION", "P18M"),
            ("2010", "DATE", "2010"),
            ("about a year", "DURATION", "P1Y"),
            ("late next year", "DATE", "2013"),
        ],
    ),
    # Friday 2014-10-03 (ISO week 40), AP state-wire copy as filed: slug line "BC-PA--Glass
    # Plant-Closing, 1st Ld-Writethru", headline, editor's note, byline, time line "Oct. 3, 2014
    # 3:48 PM ET" (DATE and TIME), "KELLER'S RUN, Pa. (AP) —" dateline. The owner "announced
    # Thursday" 2014-10-02; workers were told "at 2 p.m. Thursday" (two TIMEX3); "Mayor ...
    # said Friday" the publication day. "since 1920"; "by the end of the year" 2014 (the year's
    # value, gold_blind39); "starting next month" 2014-11; "Dec. 19" 2014-12-19, "less than a
    # week before Christmas" -> "less than a week" P1W (anchored duration) and "Christmas"
    # 2014-12-25; "60 days' notice" -> "60 days" P60D (possessive dropped, gold_blind39);
    # "three straight years" P3Y (adjective kept, like "10 consecutive hours"); "the second
    # quarter" 2014-Q2 and "from a year earlier" 2013-Q2 (the granularity of what it is
    # compared with, gold_blind35); "the quarter that ended Tuesday" -> "the quarter" 2014-Q3
    # and "Tuesday" 2014-09-30 (calendar quarters, no fiscal year described; like "the third
    # quarter, which ends Sunday", gold_blind35); "since 2008"; "for nearly a century" P100Y;
    # "the 1970s" 197; "For decades" PXY; "in 2011"; "two years ago" 2012 (the unit's
    # granularity); "three-year" P3Y; "expires in March" 2015-03 (future); "for the past few
    # months" PXM; "last month" 2014-09; "earlier this year" 2014; "through March 31"
    # 2015-03-31; the job fair "Oct. 14 from 9 a.m. to 3 p.m." (a DATE and two TIMEs on it);
    # "for 33 years" P33Y; "in 2017"; "Now" PRESENT_REF; "in 1982". Not annotated: "1st
    # Ld-Writethru" (a wire version label), "Local 1920" (a union local beside the annotated
    # "1920") and "(570) 555-1920" (a phone number), "around the clock", "after his shift",
    # "310 jobs" (twice), "12 percent", "$18 million", "$30 million", "1,800 people", "about a
    # fifth", "56" and "56-year-old" (ages), "all of us at once".
    "kellers-run-glass-plant-closing": (
        "2014-10-03",
        [
            ("Oct. 3, 2014", "DATE", "2014-10-03"),
            ("3:48 PM ET", "TIME", "2014-10-03T15:48"),
            ("1920", "DATE", "1920"),
            ("the end of the year", "DATE", "2014"),
            ("Thursday", "DATE", "2014-10-02"),
            ("next month", "DATE", "2014-11"),
            ("Dec. 19", "DATE", "2014-12-19"),
            ("less than a week", "DURATION", "P1W"),
            ("Christmas", "DATE", "2014-12-25"),
            ("2 p.m.", "TIME", "2014-10-02T14:00"),
            ("Thursday", "DATE", "2014-10-02"),
            ("60 days", "DURATION", "P60D"),
            ("three straight years", "DURATION", "P3Y"),
            ("the second quarter", "DATE", "2014-Q2"),
            ("a year earlier", "DATE", "2013-Q2"),
            ("the quarter", "DATE", "2014-Q3"),
            ("Tuesday", "DATE", "2014-09-30"),
            ("2008", "DATE", "2008"),
            ("nearly a century", "DURATION", "P100Y"),
            ("the 1970s", "DATE", "197"),
            ("decades", "DURATION", "PXY"),
            ("2011", "DATE", "2011"),
            ("two years ago", "DATE", "2012"),
            ("three-year", "DURATION", "P3Y"),
            ("March", "DATE", "2015-03"),
            ("the past few months", "DURATION", "PXM"),
            ("last month", "DATE", "2014-09"),
            ("earlier this year", "DATE", "2014"),
            ("Friday", "DATE", "2014-10-03"),
            ("March 31", "DATE", "2015-03-31"),
            ("Oct. 14", "DATE", "2014-10-14"),
            ("9 a.m.", "TIME", "2014-10-14T09:00"),
            ("3 p.m.", "TIME", "2014-10-14T15:00"),
            ("33 years", "DURATION", "P33Y"),
            ("2017", "DATE", "2017"),
            ("Now", "DATE", "PRESENT_REF"),
            ("1982", "DATE", "1982"),
        ],
    ),
    # Tuesday 2012-01-10 (ISO week 2), AP story as syndicated on a web portal: headline, line "By
    # NAME | Associated Press – Tue, Jan 10, 2012" (one DATE span with the abbreviated weekday,
    # like "Thu October 2, 2014" in gold_blind36; checked by hand), "PORT ELLERY, Ohio (AP) —"
    # dateline. The board "voted ... late Monday" 2012-01-09, its "three-hour meeting" PT3H ran
    # "until nearly 11 p.m." that Monday; "said Tuesday" the publication day. "Labor Day"
    # (headline, lead and "a day after Labor Day") is 2012-09-03, the first Monday of September
    # of the coming fall; "this fall" 2012-FA; "Sept. 4" 2012-09-04 and "a day" P1D (an anchored
    # duration, the duration alone, gold_blind35); "June 7, 2013". "Classes began Aug. 17 last
    # year" one DATE span 2011-08-17 ("last year" fixes the year of the date, like "March 14 last
    # year" in gold_blind15, and a date with "next year" in gold_blind17); "are to end June 1"
    # 2012-06-01 (future). "in October" 2011-10, "Dec. 5" and "Dec. 12" 2011 (past); "released
    # last week" 2012-W01; "for years" PXY. The school day "from 8:05 a.m. to 3:10 p.m." recurs
    # on no particular day, XXXX-XX-XXThh:mm (gold_blind39); "10 minutes longer" PT10M (the size
    # of a change); "than now" PRESENT_REF. "Dec. 22 to Jan. 1" 2012-12-22 and 2013-01-01 (a
    # range at its two ends); "from five days to three days" P5D and P3D; "Memorial Day weekend"
    # is the one graduation would have taken in 2013, the ISO week of its Saturday 25 May,
    # 2013-W21-WE (like "Memorial Day weekend" in gold_blind21); "June 8, 2013"; "finish in June"
    # 2013-06. "three extra weeks" P3W (the adjective kept); "in late August" 2012-08 (future);
    # "12-hour" PT12H; "from Aug. 20" 2012-08-20. "Last August" in January 2012 is 2011-08, and
    # "by Aug. 15" in that quote 2011-08-15; "since 1958"; "at 6 p.m. on Saturdays" a past habit:
    # XXXX-XX-XXT18:00 and the SET XXXX-WXX-6 (gold_blind8, gold_blind20); "Aug. 1" 2012-08-01
    # (future); "since 2009"; "after two years" P2Y ("after" a signal); "on Jan. 23 at 7 p.m."
    # 2012-01-23 and 2012-01-23T19:00. Not annotated: "the Class of 2013" (a cohort's name,
    # gold_blind50), "Winter break", "spring break", "Fall sports practices" and "summer workers"
    # (adjectival seasons naming kinds, gold_blind103), "the tourist season" (no calendar unit,
    # gold_blind103), "early starts", "later starts", "the school day", "the state's minimum
    # hours", "4-1", "the lone no vote", "61 percent", "1,140", "More than 150", "40 of our 65",
    # "a dozen", "State Route 2", "419-555-2013" (a phone number holding a year beside the
    # annotated "June 7, 2013").
    "port-ellery-school-calendar-labor-day": (
        "2012-01-10",
        [
            ("Labor Day", "DATE", "2012-09-03"),
            ("Tue, Jan 10, 2012", "DATE", "2012-01-10"),
            ("late Monday", "DATE", "2012-01-09"),
            ("Labor Day", "DATE", "2012-09-03"),
            ("this fall", "DATE", "2012-FA"),
            ("Sept. 4", "DATE", "2012-09-04"),
            ("a day", "DURATION", "P1D"),
            ("Labor Day", "DATE", "2012-09-03"),
            ("June 7, 2013", "DATE", "2013-06-07"),
            ("Aug. 17 last year", "DATE", "2011-08-17"),
            ("June 1", "DATE", "2012-06-01"),
            ("three-hour", "DURATION", "PT3H"),
            ("nearly 11 p.m.", "TIME", "2012-01-09T23:00"),
            ("October", "DATE", "2011-10"),
            ("Dec. 5", "DATE", "2011-12-05"),
            ("Dec. 12", "DATE", "2011-12-12"),
            ("last week", "DATE", "2012-W01"),
            ("years", "DURATION", "PXY"),
            ("Tuesday", "DATE", "2012-01-10"),
            ("8:05 a.m.", "TIME", "XXXX-XX-XXT08:05"),
            ("3:10 p.m.", "TIME", "XXXX-XX-XXT15:10"),
            ("10 minutes", "DURATION", "PT10M"),
            ("now", "DATE", "PRESENT_REF"),
            ("Dec. 22", "DATE", "2012-12-22"),
            ("Jan. 1", "DATE", "2013-01-01"),
            ("five days", "DURATION", "P5D"),
            ("three days", "DURATION", "P3D"),
            ("Memorial Day weekend", "DATE", "2013-W21-WE"),
            ("June 8, 2013", "DATE", "2013-06-08"),
            ("June", "DATE", "2013-06"),
            ("three extra weeks", "DURATION", "P3W"),
            ("late August", "DATE", "2012-08"),
            ("12-hour", "DURATION", "PT12H"),
            ("Aug. 20", "DATE", "2012-08-20"),
            ("Last August", "DATE", "2011-08"),
            ("Aug. 15", "DATE", "2011-08-15"),
            ("1958", "DATE", "1958"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Aug. 1", "DATE", "2012-08-01"),
            ("2009", "DATE", "2009"),
            ("two years", "DURATION", "P2Y"),
            ("Jan. 23", "DATE", "2012-01-23"),
            ("7 p.m.", "TIME", "2012-01-23T19:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
