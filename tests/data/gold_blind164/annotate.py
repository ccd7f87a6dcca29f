"""Annotations of the hundred-and-sixty-fourth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind164/annotate.py [--show]

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
    # Wednesday 2013-11-20 (ISO week 47), US electric cooperative's storm update on its
    # website, headline, "Issued: 5:30 a.m. EST, Wednesday, Nov. 20, 2013" (TIME with the zone
    # in the span, and the date line one DATE span with its weekday), "Next update: 5 p.m.
    # today" (TIME and DATE), "HOLLIS GAP, Pa. —" dateline. The windstorm was on Sunday
    # 2013-11-17 ("Sunday's windstorm" -> "Sunday", the possessive left out); "Sunday
    # afternoon" 2013-11-17TAF, "3:42 p.m. Sunday" and "about 6 p.m. Sunday" two TIMEX3 each;
    # "Monday night" 2013-11-18TNI; "overnight" (issued at dawn on Wednesday) the night begun
    # on Tuesday evening, 2013-11-19TNI (gold_blind103); "late yesterday" 2013-11-19. Future:
    # "11 p.m. Thursday" (headline and body) 2013-11-21T23:00 and 2013-11-21; "the weekend"
    # 2013-W47-WE (23-24 November); "at least Saturday evening" 2013-11-23TEV, the modifier kept;
    # "through Saturday" 2013-11-23; "Thanksgiving" 2013, the fourth Thursday of November,
    # 2013-11-28. The water and dry-ice hours recur, "from 10 a.m. to 4 p.m. daily" -> two
    # TIMEs XXXX-XX-XXThh:mm and SET P1D (gold_blind49); "every night" SET XXXX-XX-XXTNI.
    # "16-hour shifts" DURATION PT16H; "more than 72 hours" and "up to 24 hours longer" (the
    # size of a delay, gold_blind35) DURATIONs; "since January 1994" -> "January 1994";
    # "March 2011" 2011-03; "nearly four days" P4D; "the past three years" P3Y. Not annotated:
    # "STORM UPDATE NO. 5", "72 percent", "90 percent" (twice), "140", "9,800", "41,300"
    # (twice), "Route 522", "68 mph", "212 poles", "90 miles", "26,000", "11,600", "Substation
    # 1130" (reads like 11:30), "Circuits 7 and 19", "3,000", "$4.2 million", "40 miles",
    # "1-800-555-0194", "ridgelinerec.coop/outage-map", "911" (twice, reads like 9:11), "At the
    # peak", "until the last member is back on", "until power is restored".
    "ridgeline-coop-windstorm-storm-update": (
        "2013-11-20",
        [
            ("11 p.m.", "TIME", "2013-11-21T23:00"),
            ("Thursday", "DATE", "2013-11-21"),
            ("5:30 a.m. EST", "TIME", "2013-11-20T05:30"),
            ("Wednesday, Nov. 20, 2013", "DATE", "2013-11-20"),
            ("5 p.m.", "TIME", "2013-11-20T17:00"),
            ("today", "DATE", "2013-11-20"),
            ("overnight", "TIME", "2013-11-19TNI"),
            ("Sunday", "DATE", "2013-11-17"),
            ("11 p.m.", "TIME", "2013-11-21T23:00"),
            ("Thursday", "DATE", "2013-11-21"),
            ("the weekend", "DATE", "2013-W47-WE"),
            ("at least Saturday evening", "TIME", "2013-11-23TEV"),
            ("January 1994", "DATE", "1994-01"),
            ("16-hour", "DURATION", "PT16H"),
            ("Sunday afternoon", "TIME", "2013-11-17TAF"),
            ("3:42 p.m.", "TIME", "2013-11-17T15:42"),
            ("Sunday", "DATE", "2013-11-17"),
            ("about 6 p.m.", "TIME", "2013-11-17T18:00"),
            ("Sunday", "DATE", "2013-11-17"),
            ("Monday night", "TIME", "2013-11-18TNI"),
            ("4 a.m.", "TIME", "2013-11-20T04:00"),
            ("today", "DATE", "2013-11-20"),
            ("late yesterday", "DATE", "2013-11-19"),
            ("more than 72 hours", "DURATION", "PT72H"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("daily", "SET", "P1D"),
            ("Saturday", "DATE", "2013-11-23"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("up to 24 hours", "DURATION", "PT24H"),
            ("March 2011", "DATE", "2011-03"),
            ("nearly four days", "DURATION", "P4D"),
            ("the past three years", "DURATION", "P3Y"),
            ("2014", "DATE", "2014"),
            ("2015", "DATE", "2015"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("5 p.m.", "TIME", "2013-11-20T17:00"),
            ("today", "DATE", "2013-11-20"),
        ],
    ),
    # Monday 2015-03-09 (ISO week 11), South African news site, headline, numeric stamp
    # "2015-03-09 07:15" (DATE and TIME), byline, "Sondela -" dateline. The schedule runs
    # "every evening" (headline and lead) SET XXXX-XX-XXTEV for "two weeks" / "the next two
    # weeks" P2W, "daily until Sunday 22 March" (one DATE span with its weekday, 2015-03-22),
    # "from tonight" 2015-03-09TNI. The blocks' hours recur: "from 6pm to 8pm daily", "from
    # 8pm to 10pm", "from 10am to noon on Tuesdays and Thursdays" -> TIMEs XXXX-XX-XXThh:mm,
    # "daily" SET P1D, the plural weekdays SETs XXXX-WXX-2 and XXXX-WXX-4; so are Eskom's "by
    # 4pm each day" (and SET P1D), the baker's habitual "from 2am now" and the advice "between
    # 5pm and 9pm". Past: the statement "on Sunday" 2015-03-08, stage 2 declared "at 9am on
    # Saturday" 2015-03-07T09:00 and 2015-03-07, "last Tuesday" in a Monday paper the most
    # recent Tuesday, 2015-03-03 (gold_blind49), with "5.30am" that day, "On Friday it was
    # 6am" 2015-03-06 and 2015-03-06T06:00; "tonight it's 6pm" 2015-03-09TNI and
    # 2015-03-09T18:00. "next Monday" in a Monday paper is the coming Monday a week on,
    # 2015-03-16. "late last year" 2014, "in January" 2015-01; "at least the next 18 months"
    # P18M; "put off for years" PXY. "winter is coming" names the coming southern winter,
    # valued in the year it falls in, 2015-WI (gold_blind9, gold_blind103), "by May or June"
    # 2015-05 and 2015-06. "half an hour" PT30M (the size of a gap before an event); "the
    # two-hour cuts" DURATION PT2H on the adjective. Not annotated: "stage 2" (four times),
    # "stage 1", "stage 3", "blocks 4, 7 and 11", "blocks 2 and 9", "block 7", "Block 11",
    # "2 000MW", "1 000MW", "3 000MW", "12 major intersections", "the evening slots" (twice, a
    # kind of slot; the evenings are annotated as "every evening"), "R3 400", "the two private
    # hospitals", "sondela.gov.za/loadshedding/stage2", "0860 555 2015" (a phone number holding
    # the year of the story), "on and off".
    "sondela-stage-2-load-shedding-schedule": (
        "2015-03-09",
        [
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("two weeks", "DURATION", "P2W"),
            ("2015-03-09", "DATE", "2015-03-09"),
            ("07:15", "TIME", "2015-03-09T07:15"),
            ("two hours", "DURATION", "PT2H"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("the next two weeks", "DURATION", "P2W"),
            ("tonight", "TIME", "2015-03-09TNI"),
            ("Sunday", "DATE", "2015-03-08"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("Sunday 22 March", "DATE", "2015-03-22"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("9am", "TIME", "2015-03-07T09:00"),
            ("Saturday", "DATE", "2015-03-07"),
            ("late last year", "DATE", "2014"),
            ("January", "DATE", "2015-01"),
            ("at least the next 18 months", "DURATION", "P18M"),
            ("years", "DURATION", "PXY"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("each day", "SET", "P1D"),
            ("next Monday", "DATE", "2015-03-16"),
            ("winter", "DATE", "2015-WI"),
            ("May", "DATE", "2015-05"),
            ("June", "DATE", "2015-06"),
            ("last Tuesday", "DATE", "2015-03-03"),
            ("5.30am", "TIME", "2015-03-03T05:30"),
            ("half an hour", "DURATION", "PT30M"),
            ("Friday", "DATE", "2015-03-06"),
            ("6am", "TIME", "2015-03-06T06:00"),
            ("tonight", "TIME", "2015-03-09TNI"),
            ("6pm", "TIME", "2015-03-09T18:00"),
            ("2am", "TIME", "XXXX-XX-XXT02:00"),
            ("now", "DATE", "PRESENT_REF"),
            ("two-hour", "DURATION", "PT2H"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
        ],
    ),
    # Saturday 2014-03-08 (ISO week 10), British daily, headline, standfirst, byline, date line
    # "Saturday 8 March 2014" (one span with its weekday); "yesterday" is Friday 2014-03-07 and
    # "last night" its night, 2014-03-07TNI (gold_blind35, gold_blind103). The main burst "on
    # Thursday evening" 2014-03-06TEV "at about 6.45pm" (the clock time on the day of its
    # narrative, 2014-03-06T18:45), "By 10pm" 2014-03-06T22:00; "worked through the night" is
    # Thursday's night, 2014-03-06TNI; the pub "closed on Thursday night" 2014-03-06TNI.
    # "until at least Monday" (headline and lead) -> "at least Monday" 2014-03-10; "by Monday
    # evening" 2014-03-10TEV; schools "stay shut on Monday" 2014-03-10; the meeting "on
    # Tuesday" 2014-03-11; "for the weekend" in a Saturday paper the weekend under way,
    # 2014-W10-WE; "into next week" 2014-W11. "opened at 7am yesterday" 2014-03-07T07:00 and
    # the DATE; "open from 7am to 9pm today and tomorrow" -> hours that recur on the two days,
    # XXXX-XX-XXThh:mm, with "today" 2014-03-08 and "tomorrow" 2014-03-09 (like "between 12:00
    # and 19:00 every day this week", gold_blind56). "the early hours of yesterday" one DATE
    # span 2014-03-07, like "the early hours of Thursday" (gold_blind7, gold_blind103). "three
    # days" (standfirst) P3D; "at least another 24 hours" PT24H, the modifiers kept; "within
    # hours of the burst" -> "hours" PTXH; "the third burst on the main in 18 months" -> "18
    # months" P18M (the period of an ordinal count, gold_blind103); "since 1976" 1976 and "six
    # weeks" P6W; "laid in 1964" 1964; "more than 12 hours" PT12H; "within the next two
    # months" P2M; "last year" 2013; "in January" 2014-01; "by 2020" 2020. Not annotated:
    # "18,000 homes" (twice), "the A614", "36-inch", "1,400 customers", "four primary schools",
    # "the third burst", "£30", "£1.2m", "40km", "wenburywater.co.uk/incident/0703" (a URL
    # holding a day-month-like number), "0800 555 1976" (a phone number holding 1976, beside
    # the annotated "1976"), "Cllr", "until the flooded excavation had been pumped dry".
    "caldermoor-trunk-main-burst-bottled-water": (
        "2014-03-08",
        [
            ("at least Monday", "DATE", "2014-03-10"),
            ("three days", "DURATION", "P3D"),
            ("Saturday 8 March 2014", "DATE", "2014-03-08"),
            ("at least Monday", "DATE", "2014-03-10"),
            ("Thursday evening", "TIME", "2014-03-06TEV"),
            ("last night", "TIME", "2014-03-07TNI"),
            ("the night", "TIME", "2014-03-06TNI"),
            ("yesterday", "DATE", "2014-03-07"),
            ("1964", "DATE", "1964"),
            ("at least another 24 hours", "DURATION", "PT24H"),
            ("about 6.45pm", "TIME", "2014-03-06T18:45"),
            ("10pm", "TIME", "2014-03-06T22:00"),
            ("Monday evening", "TIME", "2014-03-10TEV"),
            ("7am", "TIME", "2014-03-07T07:00"),
            ("yesterday", "DATE", "2014-03-07"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("today", "DATE", "2014-03-08"),
            ("tomorrow", "DATE", "2014-03-09"),
            ("the early hours of yesterday", "DATE", "2014-03-07"),
            ("yesterday", "DATE", "2014-03-07"),
            ("Monday", "DATE", "2014-03-10"),
            ("hours", "DURATION", "PTXH"),
            ("Thursday night", "TIME", "2014-03-06TNI"),
            ("the weekend", "DATE", "2014-W10-WE"),
            ("18 months", "DURATION", "P18M"),
            ("1976", "DATE", "1976"),
            ("six weeks", "DURATION", "P6W"),
            ("more than 12 hours", "DURATION", "PT12H"),
            ("the next two months", "DURATION", "P2M"),
            ("last year", "DATE", "2013"),
            ("January", "DATE", "2014-01"),
            ("2020", "DATE", "2020"),
            ("next week", "DATE", "2014-W11"),
            ("Tuesday", "DATE", "2014-03-11"),
        ],
    ),
    # Tuesday 2015-01-06 (ISO week 2), Canadian regional daily, headline, deck, date line
    # "Tuesday, January 6, 2015" (one span with its weekday), byline, "ST. ANSELME, Ont. —"
    # dateline. The ice storm began on New Year's Eve, 2014-12-31 (twice): freezing rain "about
    # 4 p.m. on Dec. 31" 2014-12-31T16:00 and the DATE, the lights out "at 11:40 on New Year's
    # Eve, twenty minutes before midnight" -> 2014-12-31T23:40, the holiday, "twenty minutes"
    # PT20M (a duration anchored to a time) and "midnight" the end of that day,
    # 2014-12-31T24:00 (gold_blind103). "Five days" (headline) and "five days" P5D (31
    # December-5 January). Past weekdays: "said Monday" 2015-01-05 with "as of 6 p.m." that
    # day; the emergency "on Friday, Jan. 2" one DATE span 2015-01-02; "said Tuesday" the
    # publication day 2015-01-06; the generator "since Thursday" 2015-01-01; schools "due to
    # reopen Monday" 2015-01-05. Future: "by Thursday" (deck and quote) 2015-01-08, "into the
    # weekend" 2015-W02-WE (10-11 January), "until Friday" 2015-01-09, "until at least
    # Wednesday" -> "at least Wednesday" 2015-01-07. The warming centre's hours recur, "from 8
    # a.m. to 10 p.m. every day" -> XXXX-XX-XXThh:mm and SET P1D; "twice a day" SET P1D.
    # "almost 20 hours" PT20H; "since March 1986" 1986-03; "14-hour days" PT14H on the
    # adjective. "This winter" in January 2015 is 2015-WI, "Last winter" 2014-WI (a winter takes
    # the year of its January, gold_blind10, gold_blind103), and its "a December ice storm"
    # -> "December" 2013-12; "up to three days" P3D; "in the spring" 2015-SP; "this month"
    # 2015-01, "until February" 2015-02; "48 years" P48Y (how long she has lived there, not an
    # age); "now" PRESENT_REF. Not annotated: "71" (an age), "Concession 9", "2,300", "31,000",
    # "30 millimetres", "Hwy. 34", "$1.9 million", "140 cows", "400 line workers", "9,000",
    # "1-888-555-1998" (a phone number holding 1998), "around the clock", "the days they were
    # without power" (anaphoric), "The Valley Standard".
    "st-anselme-ice-storm-five-days-dark": (
        "2015-01-06",
        [
            ("Five days", "DURATION", "P5D"),
            ("Thursday", "DATE", "2015-01-08"),
            ("Tuesday, January 6, 2015", "DATE", "2015-01-06"),
            ("New Year's Eve", "DATE", "2014-12-31"),
            ("five days", "DURATION", "P5D"),
            ("11:40", "TIME", "2014-12-31T23:40"),
            ("New Year's Eve", "DATE", "2014-12-31"),
            ("twenty minutes", "DURATION", "PT20M"),
            ("midnight", "TIME", "2014-12-31T24:00"),
            ("Monday", "DATE", "2015-01-05"),
            ("6 p.m.", "TIME", "2015-01-05T18:00"),
            ("Thursday", "DATE", "2015-01-08"),
            ("the weekend", "DATE", "2015-W02-WE"),
            ("about 4 p.m.", "TIME", "2014-12-31T16:00"),
            ("Dec. 31", "DATE", "2014-12-31"),
            ("almost 20 hours", "DURATION", "PT20H"),
            ("March 1986", "DATE", "1986-03"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("every day", "SET", "P1D"),
            ("Friday", "DATE", "2015-01-09"),
            ("Friday, Jan. 2", "DATE", "2015-01-02"),
            ("Tuesday", "DATE", "2015-01-06"),
            ("Thursday", "DATE", "2015-01-01"),
            ("twice a day", "SET", "P1D"),
            ("Monday", "DATE", "2015-01-05"),
            ("at least Wednesday", "DATE", "2015-01-07"),
            ("14-hour", "DURATION", "PT14H"),
            ("Last winter", "DATE", "2014-WI"),
            ("December", "DATE", "2013-12"),
            ("up to three days", "DURATION", "P3D"),
            ("This winter", "DATE", "2015-WI"),
            ("the spring", "DATE", "2015-SP"),
            ("this month", "DATE", "2015-01"),
            ("February", "DATE", "2015-02"),
            ("48 years", "DURATION", "P48Y"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Friday 2012-03-30 (ISO week 13), Indian English paper's website, headline, stamp
    # "Updated: March 30, 2012 02:14 IST" (DATE and TIME, the zone in the span), byline,
    # "NAGARPUR, March 29:" dateline (the day the report was filed, a DATE of its own,
    # 2012-03-29, like the Reuters datelines of gold_blind56); "on Thursday" is that day,
    # 2012-03-29. The tariff takes effect "from April 1" (headline, lead and the bills)
    # 2012-04-01, a Sunday. The Indian April-March financial year is named by the year it ends
    # (gold_blind49, gold_blind74): "the financial year 2012-13" one span FY2013, "2011-12"
    # FY2012, "the previous fiscal" before it FY2011. "in November" 2011-11 (past); "between
    # January 16 and February 24" 2012; "the next three years" P3Y; "since 2009" 2009; "for 18
    # months" P18M; "every quarter" SET P3M. The farm supply recurs: "seven hours daily"
    # DURATION PT7H and SET P1D, "from 5 am to 9 am and from 10 pm to 1 am" four TIMEs
    # XXXX-XX-XXThh:mm; the rural cuts "from 6 pm to 10 pm every day" likewise with SET P1D,
    # "limited to two hours" PT2H "from May" 2012-05; "in May and June" 2012-05 and 2012-06;
    # "last summer" 2011-SU; "by mid-May" 2012-05; the dharna "on Monday" 2012-04-02 (future).
    # "now" twice PRESENT_REF. Not annotated: "11 per cent" (twice), "14 per cent", "19 per
    # cent", "0-100 units", "Rs. 3.10", "per unit", "Rs. 2.85", "300 units", "Rs. 5.40", "six
    # cities", "Rs. 1,840 crore", "Rs. 2,600 crore", "Rs. 2,150 crore", "the third tariff
    # revision", "Unit 3", "500 MW", "9,400 MW", "8,700 MW", "1800 425 2012" (a toll-free number
    # holding the year of the story), "vserc.gov.in/orders/2012-13" (a URL holding the
    # financial year annotated in the lead), "in two spells".
    "vindhya-power-tariff-hike-april-1": (
        "2012-03-30",
        [
            ("April 1", "DATE", "2012-04-01"),
            ("March 30, 2012", "DATE", "2012-03-30"),
            ("02:14 IST", "TIME", "2012-03-30T02:14"),
            ("March 29", "DATE", "2012-03-29"),
            ("Thursday", "DATE", "2012-03-29"),
            ("the financial year 2012-13", "DATE", "FY2013"),
            ("April 1", "DATE", "2012-04-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("January 16", "DATE", "2012-01-16"),
            ("February 24", "DATE", "2012-02-24"),
            ("the next three years", "DURATION", "P3Y"),
            ("2009", "DATE", "2009"),
            ("November", "DATE", "2011-11"),
            ("2011-12", "DATE", "FY2012"),
            ("the previous fiscal", "DATE", "FY2011"),
            ("18 months", "DURATION", "P18M"),
            ("every quarter", "SET", "P3M"),
            ("seven hours", "DURATION", "PT7H"),
            ("daily", "SET", "P1D"),
            ("5 am", "TIME", "XXXX-XX-XXT05:00"),
            ("9 am", "TIME", "XXXX-XX-XXT09:00"),
            ("10 pm", "TIME", "XXXX-XX-XXT22:00"),
            ("1 am", "TIME", "XXXX-XX-XXT01:00"),
            ("now", "DATE", "PRESENT_REF"),
            ("6 pm", "TIME", "XXXX-XX-XXT18:00"),
            ("10 pm", "TIME", "XXXX-XX-XXT22:00"),
            ("every day", "SET", "P1D"),
            ("two hours", "DURATION", "PT2H"),
            ("May", "DATE", "2012-05"),
            ("May", "DATE", "2012-05"),
            ("June", "DATE", "2012-06"),
            ("last summer", "DATE", "2011-SU"),
            ("April 1", "DATE", "2012-04-01"),
            ("mid-May", "DATE", "2012-05"),
            ("Monday", "DATE", "2012-04-02"),
        ],
    ),
    # Thursday 2014-02-06 (ISO week 6), Australian metropolitan paper's website, headline, stamp
    # "Date: February 6, 2014 - 6:12PM" (DATE and TIME), byline. The day's events are the
    # publication day's: "this afternoon" (twice) 2014-02-06TAF, "about 2.15pm", "4.30pm",
    # "5.30pm", "3.48pm", "5pm", "about 3pm", "2.20 this afternoon" (TIME and the part of day,
    # two TIMEX3); "by midnight" the midnight that ends the day, 2014-02-06T24:00 (gold_blind103);
    # "tonight" 2014-02-06TNI. "fourth straight day" (headline) and "a fourth straight day" are
    # ordinal days of a run, DURATION P1D (gold_blind56's "a fifth straight day"). "Tomorrow"
    # 2014-02-07; "on Saturday evening" 2014-02-08TEV; "until Sunday" 2014-02-09; the match
    # "moved to Tuesday" 2014-02-11; "since Monday" 2014-02-03. The cool rooms' hours recur,
    # "from 10am to 9pm until Sunday" -> XXXX-XX-XXThh:mm. "since January 1982" 1982-01;
    # "January last year" one span 2013-01 (gold_blind49). "about 30 minutes", "almost two
    # hours", "up to 40 minutes" (the size of a delay), "more than four hours" (generic,
    # gold_blind56) and "within 90 days" DURATIONs; "every two hours" SET PT2H. Southern
    # summers take the year of their January (gold_blind9, gold_blind83): "This summer"
    # 2014-SU, its "mid-December" 2013-12, "next summer" 2015-SU. "the 1970s" 197. Not
    # annotated: "40,000 homes" (headline and lead), "above 40" and "40 degrees", "66kV",
    # "45.1 degrees", "43", "3,380 megawatts", "3,310 megawatts", "the market cap", "38
    # degrees", "82" (an age), "37 people", "5 degrees", "14 community centres", "three
    # heatwaves", "the first" beyond "mid-December", "6,200 customers", "1800 555 439",
    # "coastalpower.com.au/outages", "Tarrant line", "the highest reading".
    "merrindale-heatwave-blackouts-record-demand": (
        "2014-02-06",
        [
            ("fourth straight day", "DURATION", "P1D"),
            ("February 6, 2014", "DATE", "2014-02-06"),
            ("6:12PM", "TIME", "2014-02-06T18:12"),
            ("this afternoon", "TIME", "2014-02-06TAF"),
            ("a fourth straight day", "DURATION", "P1D"),
            ("about 2.15pm", "TIME", "2014-02-06T14:15"),
            ("about 30 minutes", "DURATION", "PT30M"),
            ("4.30pm", "TIME", "2014-02-06T16:30"),
            ("5.30pm", "TIME", "2014-02-06T17:30"),
            ("midnight", "TIME", "2014-02-06T24:00"),
            ("3.48pm", "TIME", "2014-02-06T15:48"),
            ("January 1982", "DATE", "1982-01"),
            ("Tomorrow", "DATE", "2014-02-07"),
            ("Saturday evening", "TIME", "2014-02-08TEV"),
            ("5pm", "TIME", "2014-02-06T17:00"),
            ("January last year", "DATE", "2013-01"),
            ("almost two hours", "DURATION", "PT2H"),
            ("up to 40 minutes", "DURATION", "PT40M"),
            ("about 3pm", "TIME", "2014-02-06T15:00"),
            ("2.20", "TIME", "2014-02-06T14:20"),
            ("this afternoon", "TIME", "2014-02-06TAF"),
            ("Monday", "DATE", "2014-02-03"),
            ("every two hours", "SET", "PT2H"),
            ("more than four hours", "DURATION", "PT4H"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("Sunday", "DATE", "2014-02-09"),
            ("tonight", "TIME", "2014-02-06TNI"),
            ("Tuesday", "DATE", "2014-02-11"),
            ("This summer", "DATE", "2014-SU"),
            ("mid-December", "DATE", "2013-12"),
            ("the 1970s", "DATE", "197"),
            ("90 days", "DURATION", "P90D"),
            ("next summer", "DATE", "2015-SU"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
