"""Annotations of blind gold set 310, chosen by hand before the tagger ran.

    python tests/data/gold_blind310/annotate.py [--show]

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
    # Tuesday 2012-04-17 (ISO week 16), AFP-style bus-crash wire, headline, dateline "LA PAZ,
    # April 17, 2012 (AFP) -" (the date one DATE span, gold_blind53). The bus plunged "late
    # Sunday" 2012-04-15 "at about 11:40 pm (0340 GMT Monday)": a local time and its GMT
    # equivalent two TIMEX3, the GMT time on its own day (Bolivia is four hours behind GMT),
    # 2012-04-15T23:40, 2012-04-16T03:40 and "Monday" 2012-04-16 (gold_blind28, gold_blind53).
    # "Monday morning" 2012-04-16TMO and "by that evening" 2012-04-16TEV (a narrative anchor on
    # the Monday just named, gold_blind8); "worked through the night" -> "the night"
    # 2012-04-15TNI, the night after the crash (gold_blind53). Future: the search resumes "at
    # dawn on Wednesday" -> "dawn" 2012-04-18TMO (gold_blind26) and the DATE; the judge "on
    # Thursday" 2012-04-19; mourning "from Wednesday" 2012-04-18. The driver was arrested
    # "late Monday" DATE 2012-04-16 (gold_blind8, gold_blind28). The passenger's "at 9:00 pm"
    # is the evening of the crash, 2012-04-15T21:00; she paid "on Saturday" 2012-04-14. "this
    # week" 2012-W16; "next month" 2012-05; "two years ago" 2010 and "last year" 2011 (the
    # unit's granularity); "For decades" -> "decades" PXY (gold_blind6); "now" PRESENT_REF;
    # "three days of national mourning" DURATION P3D; "the past 12 months" P12M; "more than 14
    # hours" PT14H; "every five hours" SET PT5H; "the first quarter of this year" one span
    # 2012-Q1 (police figures, no fiscal year); "between January and March" two DATEs, 2012-01
    # and 2012-03. Not annotated: "34", "52 passengers", "Route 3", "4,200 metres (13,800
    # feet)", "19", "30", "Fourteen", "28-year-old", "46", "60 bolivianos ($8.60)", "23 buses",
    # "300 metres", "41 people", "1,420", "9 percent", "388", "GPS", "Flota Quiruni".
    "bolivia-andes-bus-crash-toll": (
        "2012-04-17",
        [
            ("April 17, 2012", "DATE", "2012-04-17"),
            ("Tuesday", "DATE", "2012-04-17"),
            ("late Sunday", "DATE", "2012-04-15"),
            ("about 11:40 pm", "TIME", "2012-04-15T23:40"),
            ("0340 GMT", "TIME", "2012-04-16T03:40"),
            ("Monday", "DATE", "2012-04-16"),
            ("Monday morning", "TIME", "2012-04-16TMO"),
            ("that evening", "TIME", "2012-04-16TEV"),
            ("the night", "TIME", "2012-04-15TNI"),
            ("Monday", "DATE", "2012-04-16"),
            ("dawn", "TIME", "2012-04-18TMO"),
            ("Wednesday", "DATE", "2012-04-18"),
            ("late Monday", "DATE", "2012-04-16"),
            ("Thursday", "DATE", "2012-04-19"),
            ("more than 14 hours", "DURATION", "PT14H"),
            ("2010", "DATE", "2010"),
            ("every five hours", "SET", "PT5H"),
            ("9:00 pm", "TIME", "2012-04-15T21:00"),
            ("Saturday", "DATE", "2012-04-14"),
            ("90 days", "DURATION", "P90D"),
            ("Monday", "DATE", "2012-04-16"),
            ("this week", "DATE", "2012-W16"),
            ("the past 12 months", "DURATION", "P12M"),
            ("Tuesday", "DATE", "2012-04-17"),
            ("next month", "DATE", "2012-05"),
            ("two years ago", "DATE", "2010"),
            ("decades", "DURATION", "PXY"),
            ("now", "DATE", "PRESENT_REF"),
            ("three days", "DURATION", "P3D"),
            ("Wednesday", "DATE", "2012-04-18"),
            ("2008", "DATE", "2008"),
            ("October 2010", "DATE", "2010-10"),
            ("last year", "DATE", "2011"),
            ("2010", "DATE", "2010"),
            ("the first quarter of this year", "DATE", "2012-Q1"),
            ("January", "DATE", "2012-01"),
            ("March", "DATE", "2012-03"),
        ],
    ),
    # Thursday 2013-10-10 (ISO week 41), Reuters-style factory-fire wire, headline, stamp "Thu
    # Oct 10, 2013 7:52am EDT" (the date with its abbreviated weekday one DATE span, like "Thu
    # October 2, 2014" in gold_blind36; the clock time a TIME, the zone in the span and not in
    # the value), byline, "JAKARTA, Oct 10 (Reuters) -" dateline. The fire "broke out at about
    # 2:15 a.m. on Tuesday (1915 GMT on Monday)": Jakarta is seven hours ahead of GMT, so the
    # GMT time falls on Monday, 2013-10-08T02:15, 2013-10-07T19:15 and the two weekdays
    # (gold_blind53); "this week" (the lead) 2013-W41. Past: police named suspects "on
    # Wednesday" 2013-10-09, the statement "on Wednesday evening" 2013-10-09TEV, the funerals
    # "on Wednesday and Thursday", the governor's visit "on Tuesday afternoon" 2013-10-08TAF.
    # Future: the inquiry "will begin work on Monday" 2013-10-14, the protest "for Friday"
    # 2013-10-11. "within 30 days" P30D; "by mid-November" 2013-11; "not next year" 2014;
    # "since the middle of last year" -> "the middle of last year" 2012 (gold_blind18); "the
    # past few weeks" PXW (like "the next few days", gold_blind3); "eight-hour" PT8H; "the first
    # half of this year" 2013-H1; "until at least the end of the year" -> "at least the end of
    # the year" 2013 (the modifier kept in the span, the year's value, gold_blind35). The
    # parent company's fiscal year ends in March: "whose fiscal year ends in March" -> "March"
    # 2014-03, the end of the fiscal year now running (gold_blind38); "the fiscal year to March
    # 2014" -> "the fiscal year" FY2014 (named by the year it ends, gold_blind8, gold_blind11)
    # and "March 2014"; "its fiscal second quarter, which ended Sept. 30" -> FY2014-Q2 (July to
    # September 2013, the possessive kept, gold_blind38) and 2013-09-30. "in more than a
    # decade" DURATION P10Y (the period of a superlative, gold_blind35); "since January"
    # 2013-01; "last year" 2012; "since the 1990s" -> "the 1990s" 199; "the coming weeks" PXW.
    # Not annotated: "the night shift" (a kind of shift, gold_blind53), "19", "five-member",
    # "second floor", "22", "18 to 25" (ages), "1,400 people", "three eight-hour shifts" beyond
    # "eight-hour", "50 million rupiah ($4,400)", "11 percent", "8.5 percent", "11 of the
    # victims", "214", "2,600", "6 percent", "$3.6 billion", "whose fiscal year" (the noun
    # phrase of the relative clause; only its month is a date).
    "banten-shoe-factory-fire-inquiry": (
        "2013-10-10",
        [
            ("Thu Oct 10, 2013", "DATE", "2013-10-10"),
            ("7:52am EDT", "TIME", "2013-10-10T07:52"),
            ("Oct 10", "DATE", "2013-10-10"),
            ("Thursday", "DATE", "2013-10-10"),
            ("this week", "DATE", "2013-W41"),
            ("about 2:15 a.m.", "TIME", "2013-10-08T02:15"),
            ("Tuesday", "DATE", "2013-10-08"),
            ("1915 GMT", "TIME", "2013-10-07T19:15"),
            ("Monday", "DATE", "2013-10-07"),
            ("nearly six hours", "DURATION", "PT6H"),
            ("Monday", "DATE", "2013-10-14"),
            ("30 days", "DURATION", "P30D"),
            ("mid-November", "DATE", "2013-11"),
            ("next year", "DATE", "2014"),
            ("Wednesday", "DATE", "2013-10-09"),
            ("six months", "DURATION", "P6M"),
            ("the middle of last year", "DATE", "2012"),
            ("the past few weeks", "DURATION", "PXW"),
            ("eight-hour", "DURATION", "PT8H"),
            ("March 2012", "DATE", "2012-03"),
            ("Wednesday evening", "TIME", "2013-10-09TEV"),
            ("the first half of this year", "DATE", "2013-H1"),
            ("two weeks", "DURATION", "P2W"),
            ("at least the end of the year", "DATE", "2013"),
            ("March", "DATE", "2014-03"),
            ("the fiscal year", "DATE", "FY2014"),
            ("March 2014", "DATE", "2014-03"),
            ("its fiscal second quarter", "DATE", "FY2014-Q2"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("Thursday", "DATE", "2013-10-10"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Friday", "DATE", "2013-10-11"),
            ("Wednesday", "DATE", "2013-10-09"),
            ("Thursday", "DATE", "2013-10-10"),
            ("January", "DATE", "2013-01"),
            ("last year", "DATE", "2012"),
            ("the 1990s", "DATE", "199"),
            ("Tuesday afternoon", "TIME", "2013-10-08TAF"),
            ("the coming weeks", "DURATION", "PXW"),
        ],
    ),
    # Saturday 2014-08-16 (ISO week 33), AP kidnapping story on a newspaper's website,
    # headline ("freed after 5 weeks", DURATION P5W), stamp "Published 5:48 pm, Saturday,
    # August 16, 2014" (a TIME and the date with its weekday one DATE span, gold_blind36),
    # byline, "MONTERREY, Mexico (AP) —" dateline. He was seized "on July 9" 2014-07-09, a
    # Wednesday of ISO week 28, "shortly after 6 p.m." -> "6 p.m." 2014-07-09T18:00 (a signal
    # outside the span, gold_blind53); "more than five weeks ago" -> 2014-W28 (the unit's
    # granularity, five weeks before week 33, the modifier not recorded, gold_blind15);
    # "the following day" 2014-07-10 (anchored on July 9, gold_blind16, gold_blind21).
    # "early Saturday" DATE 2014-08-16 (the publication day, gold_blind44) and "about 4:30
    # a.m." that day; his captors "left him there overnight" -> the night begun on Friday
    # evening, 2014-08-15TNI (gold_blind21, gold_blind103). Past: the ransom "on Thursday
    # night" 2014-08-14TNI, "on Friday evening" 2014-08-15TEV, the third arrest "on Tuesday"
    # 2014-08-12, "on Aug. 2" 2014-08-02; "Saturday afternoon" 2014-08-16TAF (the stamp is
    # 5:48 pm). Future: home "Sunday" 2014-08-17, "maybe next month" 2014-09. "These 38 days"
    # DURATION P38D (July 9 to August 16, the determiner kept); "weeks" PXW; "the first two
    # weeks" P2W (an ordinal stretch of the captivity, like "the first 24 hours",
    # gold_blind53); "every evening" SET XXXX-XX-XXTEV; "Every day at 9 in the morning" -> SET
    # P1D and the clock time of a recurring event XXXX-XX-XXT09:00 (gold_blind103's "from 7
    # p.m. to 7 a.m. every night"); "up to 70 years" P70Y; "for 15 years" P15Y; "this week"
    # 2014-W33; "last year" 2013; "the first half of 2014" 2014-H1; "since 2011", "2011 and
    # 2012" as written; "in January" 2014-01; "within 18 months" P18M. Not annotated: "2012"
    # in "white 2012 Nissan pickup" (a model year, gold_blind16), "41" (an age), "90 miles
    # (145 kilometers)", "200 pesos", "10 million pesos (about $765,000)", "24 pounds (11
    # kilograms)", "1,698", "874", "night shifts" (a kind of shift), "until further notice",
    # "since he disappeared" (anaphoric), "by half", "four gunmen", "the third".
    "nuevo-leon-engineer-freed-kidnapping": (
        "2014-08-16",
        [
            ("5 weeks", "DURATION", "P5W"),
            ("5:48 pm", "TIME", "2014-08-16T17:48"),
            ("Saturday, August 16, 2014", "DATE", "2014-08-16"),
            ("more than five weeks ago", "DATE", "2014-W28"),
            ("early Saturday", "DATE", "2014-08-16"),
            ("about 4:30 a.m.", "TIME", "2014-08-16T04:30"),
            ("overnight", "TIME", "2014-08-15TNI"),
            ("July 9", "DATE", "2014-07-09"),
            ("6 p.m.", "TIME", "2014-07-09T18:00"),
            ("the following day", "DATE", "2014-07-10"),
            ("Thursday night", "TIME", "2014-08-14TNI"),
            ("weeks", "DURATION", "PXW"),
            ("Friday evening", "TIME", "2014-08-15TEV"),
            ("These 38 days", "DURATION", "P38D"),
            ("Saturday afternoon", "TIME", "2014-08-16TAF"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("Every day", "SET", "P1D"),
            ("9 in the morning", "TIME", "XXXX-XX-XXT09:00"),
            ("Sunday", "DATE", "2014-08-17"),
            ("the first two weeks", "DURATION", "P2W"),
            ("Aug. 2", "DATE", "2014-08-02"),
            ("Tuesday", "DATE", "2014-08-12"),
            ("up to 70 years", "DURATION", "P70Y"),
            ("15 years", "DURATION", "P15Y"),
            ("2011", "DATE", "2011"),
            ("this week", "DATE", "2014-W33"),
            ("next month", "DATE", "2014-09"),
            ("last year", "DATE", "2013"),
            ("the first half of 2014", "DATE", "2014-H1"),
            ("2011", "DATE", "2011"),
            ("2012", "DATE", "2012"),
            ("January", "DATE", "2014-01"),
            ("18 months", "DURATION", "P18M"),
        ],
    ),
    # Wednesday 2015-05-20 (ISO week 21), AFP-style drug-seizure wire, headline, dateline
    # "SYDNEY, May 20, 2015 (AFP) -"; "said Wednesday" and "told reporters on Wednesday" the
    # publication day. Officers boarded "at about 3:00 am on Tuesday (1700 GMT Monday)":
    # Sydney is ten hours ahead of GMT in May, so 2015-05-19T03:00, "Tuesday" 2015-05-19,
    # 2015-05-18T17:00 and "Monday" 2015-05-18 (gold_blind53); "later that morning" the
    # Tuesday morning, 2015-05-19TMO (like "later that night", gold_blind48); court "on Tuesday
    # afternoon" 2015-05-19TAF; the spokesman "said on Tuesday" 2015-05-19. Future: court
    # "on July 8" 2015-07-08, divers "on Thursday" 2015-05-21. "Anzac Day, April 25" two DATEs
    # on 2015-04-25 (a holiday on the day it falls on, in apposition to its date, like "Monday
    # is Family Day", gold_blind103); "more than three weeks" P3W; "for two days in early
    # May" P2D and 2015-05; "October last year" one span 2014-10 (like "September last year",
    # gold_blind18); "built in 1998"; "January 2014"; "for at least two years" P2Y; "since
    # February" 2015-02; "every Friday since March" SET XXXX-WXX-5 and 2015-03 (gold_blind35);
    # "a week after customs officers found" DURATION P1W (a duration anchored to an event,
    # gold_blind35, gold_blind53); the Australian financial year runs July-June and is named
    # by the year it ends (gold_blind9): "the last financial year" FY2014, "this financial
    # year, which ends on June 30" FY2015 and 2015-06-30; "the early 2000s" 200; "every three
    # years" SET P3Y; "released in November" 2014-11; "the next four years" P4Y; "last week's
    # budget" -> "last week" 2015-W20 (the possessive left out). Not annotated: "1987" (a
    # number stamped on the blocks), "720 kilograms (1,590 pounds)", "720 kilos", "15-metre",
    # "Sea Tern", "29 and 54" (ages), "720 one-kilogram blocks", "Aus$216 million (US$171
    # million)", "90 kilograms", "4.1 tonnes", "5.7 tonnes", "Aus$20 million", "1800 555 201",
    # "so far", "life in prison", "six men", "Four men", "two others".
    "ulladale-yacht-cocaine-seizure": (
        "2015-05-20",
        [
            ("May 20, 2015", "DATE", "2015-05-20"),
            ("Wednesday", "DATE", "2015-05-20"),
            ("almost a decade", "DURATION", "P10Y"),
            ("about 3:00 am", "TIME", "2015-05-19T03:00"),
            ("Tuesday", "DATE", "2015-05-19"),
            ("1700 GMT", "TIME", "2015-05-18T17:00"),
            ("Monday", "DATE", "2015-05-18"),
            ("October last year", "DATE", "2014-10"),
            ("Anzac Day", "DATE", "2015-04-25"),
            ("April 25", "DATE", "2015-04-25"),
            ("more than three weeks", "DURATION", "P3W"),
            ("two days", "DURATION", "P2D"),
            ("early May", "DATE", "2015-05"),
            ("1998", "DATE", "1998"),
            ("January 2014", "DATE", "2014-01"),
            ("later that morning", "TIME", "2015-05-19TMO"),
            ("Tuesday afternoon", "TIME", "2015-05-19TAF"),
            ("July 8", "DATE", "2015-07-08"),
            ("at least two years", "DURATION", "P2Y"),
            ("Wednesday", "DATE", "2015-05-20"),
            ("February", "DATE", "2015-02"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("March", "DATE", "2015-03"),
            ("Thursday", "DATE", "2015-05-21"),
            ("a week", "DURATION", "P1W"),
            ("the last financial year", "DATE", "FY2014"),
            ("this financial year", "DATE", "FY2015"),
            ("June 30", "DATE", "2015-06-30"),
            ("the early 2000s", "DATE", "200"),
            ("every three years", "SET", "P3Y"),
            ("November", "DATE", "2014-11"),
            ("Tuesday", "DATE", "2015-05-19"),
            ("the next four years", "DURATION", "P4Y"),
            ("last week", "DATE", "2015-W20"),
        ],
    ),
    # Monday 2012-11-26 (ISO week 48), Reuters-style volcano and evacuation wire, headline,
    # stamp "Mon Nov 26, 2012 6:12am EST" (DATE with its abbreviated weekday and TIME, the zone
    # in the span), byline, "MANILA, Nov 26 (Reuters) -" dateline. "overnight" (ash told on
    # Monday) is the night begun on Sunday evening, 2012-11-25TNI (gold_blind21,
    # gold_blind103); "within days" -> "days" PXD (gold_blind14). "at 8 a.m. (0000 GMT)":
    # Manila is eight hours ahead, so both fall on Monday, 2012-11-26T08:00 and T00:00. "in
    # the 24 hours to 6 a.m. on Monday" -> "the 24 hours" PT24H (gold_blind27), "6 a.m."
    # 2012-11-26T06:00 and "Monday"; "a day earlier" the day before that Monday, 2012-11-25
    # (the granularity of what it is compared with, gold_blind35); "on Sunday" 2012-11-25;
    # "last week" 2012-W47. "the coming days" PXD; "Monday afternoon", "Monday evening",
    # "Monday morning" TIMEs of the publication day; "Sunday night" 2012-11-25TNI. Future:
    # "by 6 p.m. on Tuesday" 2012-11-27T18:00 and the DATE; "until Friday at the earliest" ->
    # "Friday" 2012-11-30 ("at the earliest" outside the span, gold_blind52); the harvest
    # "next month" 2012-12; "Christmas" 2012-12-25. "since September" 2012-09; "almost every
    # day" SET P1D (the modifier kept, gold_blind35); "the past two weeks" P2W; "December 2009",
    # "1616", "1897", "In 2009" as written; "for three months" P3M, and "We came back in
    # March" the March after the December 2009 eruption, 2010-03 (anchored on its narrative,
    # three months on); "three years ago" 2009 (the unit's granularity); "in August" 2012-08;
    # "about 10 days" P10D; "every year" SET P1Y (gold_blind103). Not annotated: "level 3",
    # "0 to 5", "20,000", "3 km (2 miles)", "2,460-metre (8,070-foot)", "212", "47", "1,750
    # tonnes", "500 tonnes", "40,000", "40 times", "6-km (4-mile)", "11 towns", "6,300", "24
    # evacuation centres", "40 army trucks", "30 km", "14 domestic flights", "50 million pesos
    # ($1.2 million)", "58" (an age), "Typhoon Luming" (a name), "31 people", "23 active
    # volcanoes", "20 typhoons", "Ring of Fire", "longer", "Every time" (not a recurrence in
    # time).
    "mount-balantoy-ash-evacuation": (
        "2012-11-26",
        [
            ("Mon Nov 26, 2012", "DATE", "2012-11-26"),
            ("6:12am EST", "TIME", "2012-11-26T06:12"),
            ("Nov 26", "DATE", "2012-11-26"),
            ("Monday", "DATE", "2012-11-26"),
            ("overnight", "TIME", "2012-11-25TNI"),
            ("days", "DURATION", "PXD"),
            ("8 a.m.", "TIME", "2012-11-26T08:00"),
            ("0000 GMT", "TIME", "2012-11-26T00:00"),
            ("the 24 hours", "DURATION", "PT24H"),
            ("6 a.m.", "TIME", "2012-11-26T06:00"),
            ("Monday", "DATE", "2012-11-26"),
            ("a day earlier", "DATE", "2012-11-25"),
            ("Sunday", "DATE", "2012-11-25"),
            ("last week", "DATE", "2012-W47"),
            ("the coming days", "DURATION", "PXD"),
            ("Monday afternoon", "TIME", "2012-11-26TAF"),
            ("December 2009", "DATE", "2009-12"),
            ("September", "DATE", "2012-09"),
            ("almost every day", "SET", "P1D"),
            ("the past two weeks", "DURATION", "P2W"),
            ("1616", "DATE", "1616"),
            ("1897", "DATE", "1897"),
            ("6 p.m.", "TIME", "2012-11-27T18:00"),
            ("Tuesday", "DATE", "2012-11-27"),
            ("Friday", "DATE", "2012-11-30"),
            ("Monday evening", "TIME", "2012-11-26TEV"),
            ("Sunday night", "TIME", "2012-11-25TNI"),
            ("Monday morning", "TIME", "2012-11-26TMO"),
            ("about 10 days", "DURATION", "P10D"),
            ("next month", "DATE", "2012-12"),
            ("2009", "DATE", "2009"),
            ("three months", "DURATION", "P3M"),
            ("March", "DATE", "2010-03"),
            ("Christmas", "DATE", "2012-12-25"),
            ("three years ago", "DATE", "2009"),
            ("August", "DATE", "2012-08"),
            ("every year", "SET", "P1Y"),
        ],
    ),
    # Friday 2013-03-22 (ISO week 12), AP jail-escape and manhunt story on a newspaper's
    # website, headline, stamp "Updated 7:14 pm, Friday, March 22, 2013" (a TIME and the date
    # with its weekday one DATE span), byline, "BRAYTON, Okla. (AP) —" dateline; "widened the
    # search Friday" and "said Friday" the publication day. Past: the escape "early Tuesday"
    # 2013-03-19, the head count "at 5:30 a.m. Tuesday" 2013-03-19T05:30 and the DATE, the
    # video "at 2:41 a.m." the same night, 2013-03-19T02:41; the pickup stolen "Tuesday
    # morning" 2013-03-19TMO and found "Wednesday night" 2013-03-20TNI; the Marshals "on
    # Wednesday" 2013-03-20; the reward "on Thursday" 2013-03-21; the mother "Thursday evening"
    # 2013-03-21TEV. Future: the transfer "next week" 2013-W13 and "the weekend" 2013-W12-WE
    # (23-24 March, "through" a signal). "about three hours" PT3H; "nearly six years" P6Y;
    # "25-year" P25Y (adjectival); "his arrest last June" in March 2013 -> 2012-06; "May 6"
    # 2013-05-06 (the trial's date, ahead); "over the past three days" P3D; "for years" ->
    # "years" PXY (like "weeks" PXW, gold_blind35); "on Aug. 14, 2010 ... two days later"
    # 2010-08-16 (anchored on the narrative's date, gold_blind103); "for 11 days" P11D; "this
    # week" 2013-W12; "12-hour" PT12H. Oklahoma's fiscal year begins on July 1 and is named by
    # the year it ends (the federal and state precedents of gold_blind13 and gold_blind35):
    # "the fiscal year that begins July 1" -> "the fiscal year" FY2014 and "July 1"
    # 2013-07-01. Not annotated: "2" (headline), "34", "27", "52" (ages), "Senate Bill 1215" (a
    # bill number), "1-800-555-1974" (a phone number holding 1974, beside "built in 1974",
    # annotated), "120 miles", "40 empty houses", "$10,000", "180 inmates", "three escapes",
    # "$2 million", "once before", "two districts", "U.S. Marshals".
    "carrick-county-jail-escape-manhunt": (
        "2013-03-22",
        [
            ("7:14 pm", "TIME", "2013-03-22T19:14"),
            ("Friday, March 22, 2013", "DATE", "2013-03-22"),
            ("Friday", "DATE", "2013-03-22"),
            ("early Tuesday", "DATE", "2013-03-19"),
            ("5:30 a.m.", "TIME", "2013-03-19T05:30"),
            ("Tuesday", "DATE", "2013-03-19"),
            ("about three hours", "DURATION", "PT3H"),
            ("2:41 a.m.", "TIME", "2013-03-19T02:41"),
            ("nearly six years", "DURATION", "P6Y"),
            ("25-year", "DURATION", "P25Y"),
            ("next week", "DATE", "2013-W13"),
            ("last June", "DATE", "2012-06"),
            ("May 6", "DATE", "2013-05-06"),
            ("Tuesday morning", "TIME", "2013-03-19TMO"),
            ("Wednesday night", "TIME", "2013-03-20TNI"),
            ("the past three days", "DURATION", "P3D"),
            ("Wednesday", "DATE", "2013-03-20"),
            ("Thursday", "DATE", "2013-03-21"),
            ("2011", "DATE", "2011"),
            ("years", "DURATION", "PXY"),
            ("1974", "DATE", "1974"),
            ("2005", "DATE", "2005"),
            ("Aug. 14, 2010", "DATE", "2010-08-14"),
            ("two days later", "DATE", "2010-08-16"),
            ("2008", "DATE", "2008"),
            ("11 days", "DURATION", "P11D"),
            ("Thursday evening", "TIME", "2013-03-21TEV"),
            ("this week", "DATE", "2013-W12"),
            ("12-hour", "DURATION", "PT12H"),
            ("the weekend", "DATE", "2013-W12-WE"),
            ("Friday", "DATE", "2013-03-22"),
            ("the fiscal year", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
