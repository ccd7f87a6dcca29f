"""Annotations of the six-hundred-and-eighteenth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind618/annotate.py [--show]

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
    # Friday 1991-08-30 (ISO week 35), AP hurricane-landfall story, headline ("Landfall Expected
    # Early Saturday"), header line "Friday, August 30, 1991" (one DATE span, gold_blind34),
    # byline, "PORT ALDEN, Texas (AP) _" dateline; "today" the publication day (gold_blind34).
    # "Early Saturday" (headline) and "early Saturday" DATE 1991-08-31, the modifier kept
    # (gold_blind13, gold_blind28). "overnight" (the storm "gained strength overnight", told on
    # Friday) is the night begun on Thursday evening, 1991-08-29TNI (gold_blind34). Labor Day
    # 1991 is the first Monday of September, 1991-09-02; "the Labor Day weekend" and "This
    # weekend" (the bait-shop owner's holiday weekend) are the ISO weekend of its Saturday,
    # 1991-W35-WE (31 August-1 September, gold_blind56, gold_blind103). "By late afternoon" and
    # "By mid-afternoon" -> "late afternoon" and "mid-afternoon" TIME 1991-08-30TAF (gold_blind54,
    # gold_blind56), "by" a signal. "between 2 a.m. and 6 a.m. Saturday" two TIMEs and the DATE;
    # "on Sunday night" 1991-09-01TNI; "by noon today" 1991-08-30T12:00 and "today". The curfew
    # "from 8 p.m. to 6 a.m. each night" recurs: XXXX-XX-XXT20:00, XXXX-XX-XXT06:00 and the SET
    # XXXX-XX-XXTNI (gold_blind34's curfew). Past weekdays: formed "Monday" 1991-08-26, named
    # "Tuesday" 1991-08-27, a hurricane "late Wednesday" 1991-08-28 (DATE, gold_blind28); future:
    # schools "were to open Tuesday" 1991-09-03 (the same weekday in both directions), "at least
    # Wednesday, Sept. 4" one span with its weekday and modifier. "earlier this week" 1991-W35;
    # "in 21 years" the period of a "first in", P21Y; "the 1970 storm" an adjectival year 1970
    # (gold_blind28's "The 1957 quake"); "since 6 o'clock this morning" two TIMEX3 like "7am
    # yesterday" (gold_blind103); "the winter" the bait shop must last through, the coming winter
    # of 1991-92, 1992-WI (a winter takes the year of its January, gold_blind10, gold_blind28);
    # "Now" PRESENT_REF; "every year since 1952" SET P1Y and DATE 1952; "every three hours" SET
    # PT3H, "every hour" SET PT1H; "within 24 hours of landfall" PT24H (an anchored duration);
    # "early next week" 1991-W36 (gold_blind32, gold_blind39). The federal fiscal year runs
    # October-September and is named by the year it ends: "the fiscal year that ends Sept. 30"
    # -> FY1991 and 1991-09-30 (gold_blind35); "in the spring" just past 1991-SP. Not annotated:
    # "Farm Road 1989" (a road number), "1-800-555-1991" (a phone number, in a 1991 story),
    # "Category 3", "190 miles", "12 mph", "110 mph", "9 to 12 feet", "8 to 12 inches", "100
    # miles", "Highway 35", "60,000 people", "14 shelters", "nine deaths", "58" (an age), "$94
    # million", "until the county lifts it" (event-named), "the first hurricane" beyond "21 years".
    "port-alden-hurricane-cordell-landfall": (
        "1991-08-30",
        [
            ("Early Saturday", "DATE", "1991-08-31"),
            ("Friday, August 30, 1991", "DATE", "1991-08-30"),
            ("overnight", "TIME", "1991-08-29TNI"),
            ("early Saturday", "DATE", "1991-08-31"),
            ("today", "DATE", "1991-08-30"),
            ("the Labor Day weekend", "DATE", "1991-W35-WE"),
            ("4 p.m. CDT", "TIME", "1991-08-30T16:00"),
            ("late afternoon", "TIME", "1991-08-30TAF"),
            ("tonight", "TIME", "1991-08-30TNI"),
            ("2 a.m.", "TIME", "1991-08-31T02:00"),
            ("6 a.m.", "TIME", "1991-08-31T06:00"),
            ("Saturday", "DATE", "1991-08-31"),
            ("Sunday night", "TIME", "1991-09-01TNI"),
            ("noon", "TIME", "1991-08-30T12:00"),
            ("today", "DATE", "1991-08-30"),
            ("mid-afternoon", "TIME", "1991-08-30TAF"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("Monday", "DATE", "1991-08-26"),
            ("Tuesday", "DATE", "1991-08-27"),
            ("late Wednesday", "DATE", "1991-08-28"),
            ("earlier this week", "DATE", "1991-W35"),
            ("21 years", "DURATION", "P21Y"),
            ("1970", "DATE", "1970"),
            ("three days", "DURATION", "P3D"),
            ("6 o'clock", "TIME", "1991-08-30T06:00"),
            ("this morning", "TIME", "1991-08-30TMO"),
            ("This weekend", "DATE", "1991-W35-WE"),
            ("the winter", "DATE", "1992-WI"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Tuesday", "DATE", "1991-09-03"),
            ("at least Wednesday, Sept. 4", "DATE", "1991-09-04"),
            ("Labor Day", "DATE", "1991-09-02"),
            ("every year", "SET", "P1Y"),
            ("1952", "DATE", "1952"),
            ("every three hours", "SET", "PT3H"),
            ("every hour", "SET", "PT1H"),
            ("24 hours", "DURATION", "PT24H"),
            ("early next week", "DATE", "1991-W36"),
            ("the fiscal year", "DATE", "FY1991"),
            ("Sept. 30", "DATE", "1991-09-30"),
            ("the spring", "DATE", "1991-SP"),
        ],
    ),
    # Tuesday 1990-11-06 (ISO week 45), Reuter flood wire from northern Italy, headline,
    # "ALBERANO, Italy, Nov 6 (Reuter) -" dateline (its date the publication day, gold_blind28),
    # "REUTER" sign-off. The wire names the publication day "on Tuesday" (three times) rather
    # than "today" (gold_blind28, gold_blind45). The river burst "in the early hours of Monday",
    # one DATE span 1990-11-05 (gold_blind45, gold_blind103); "shortly after 0300 local (0200
    # GMT)" two TIMEs that day, Italy being one hour ahead of GMT in November ("shortly after" a
    # signal, gold_blind28). The rain began "on Thursday, the All Saints' Day holiday": Thursday
    # 1990-11-01 and "All Saints' Day" 1990-11-01 (1 November), two DATEs like "Monday is Family
    # Day" (gold_blind103). "four days" P4D; "in 48 hours" PT48H (the time a past change took,
    # gold_blind35) "between Saturday and Monday morning" 1990-11-03 and 1990-11-05TMO; "in a
    # year" P1Y, like "usually gets in five months" (gold_blind34). "Two weeks ago" 1990-W43 (N
    # ago at the unit's granularity: 23 October lies in week 43); "in 30 years" the period of a
    # superlative, P30Y; "a dry summer" -> the head noun "summer" 1990-SU, one particular summer
    # (like "a wet winter", gold_blind103). "Monday night" and "through the night" (the engineers'
    # night, the one just gone) 1990-11-05TNI; "at dawn on Tuesday" -> "dawn" 1990-11-06TMO
    # (gold_blind53, gold_blind59) and "Tuesday". Future: rain "on Wednesday and Thursday", "by
    # Thursday night" 1990-11-08TNI, the decree "on Thursday", "until the weekend" 1990-W45-WE
    # (10-11 November), schools shut "until next Monday" 1990-11-12 (gold_blind18), "at least
    # the next two weeks" P2W (gold_blind28's "at least the next six months"), "by Dec 31"
    # 1990-12-31. "twice a day since Monday" SET P1D and DATE 1990-11-05; "every six hours" SET
    # PT6H; "the government's 1990 reserve fund" and "the 1991 budget" adjectival years (Italy's
    # budget year is the calendar year); "the 1953 disaster" 1953, like "the 1947 flood"
    # (gold_blind103), after "October 1953". Not annotated: "0163-551953" (a phone number holding
    # 1953, after the annotated years), "State Road 229", "410 mm", "120 mm", "4,000", "1,200",
    # "80 billion lire", "23 towns", "64" (an age), "Lago Nero", "REUTER".
    "serra-valley-floods-northern-italy": (
        "1990-11-06",
        [
            ("Nov 6", "DATE", "1990-11-06"),
            ("Tuesday", "DATE", "1990-11-06"),
            ("Wednesday", "DATE", "1990-11-07"),
            ("Thursday", "DATE", "1990-11-08"),
            ("the early hours of Monday", "DATE", "1990-11-05"),
            ("0300 local", "TIME", "1990-11-05T03:00"),
            ("0200 GMT", "TIME", "1990-11-05T02:00"),
            ("Thursday", "DATE", "1990-11-01"),
            ("All Saints' Day", "DATE", "1990-11-01"),
            ("four days", "DURATION", "P4D"),
            ("48 hours", "DURATION", "PT48H"),
            ("Saturday", "DATE", "1990-11-03"),
            ("Monday morning", "TIME", "1990-11-05TMO"),
            ("a year", "DURATION", "P1Y"),
            ("Two weeks ago", "DATE", "1990-W43"),
            ("30 years", "DURATION", "P30Y"),
            ("summer", "DATE", "1990-SU"),
            ("October 1953", "DATE", "1953-10"),
            ("Monday night", "TIME", "1990-11-05TNI"),
            ("dawn", "TIME", "1990-11-06TMO"),
            ("Tuesday", "DATE", "1990-11-06"),
            ("the night", "TIME", "1990-11-05TNI"),
            ("10 days", "DURATION", "P10D"),
            ("every six hours", "SET", "PT6H"),
            ("Monday evening", "TIME", "1990-11-05TEV"),
            ("Thursday night", "TIME", "1990-11-08TNI"),
            ("the weekend", "DATE", "1990-W45-WE"),
            ("at least the next two weeks", "DURATION", "P2W"),
            ("twice a day", "SET", "P1D"),
            ("Monday", "DATE", "1990-11-05"),
            ("next Monday", "DATE", "1990-11-12"),
            ("Monday afternoon", "TIME", "1990-11-05TAF"),
            ("Thursday", "DATE", "1990-11-08"),
            ("1990", "DATE", "1990"),
            ("1991", "DATE", "1991"),
            ("Dec 31", "DATE", "1990-12-31"),
            ("1953", "DATE", "1953"),
            ("1979", "DATE", "1979"),
            ("Tuesday", "DATE", "1990-11-06"),
        ],
    ),
    # Saturday 1989-07-15 (ISO week 28), UPI earthquake follow-up from Peru, headline, header line
    # "Saturday, July 15, 1989", byline, "LIMA, Peru (UPI) --" dateline; the wire names the
    # publication day by its weekday ("rose to 112 Saturday", "at 5:20 a.m. Saturday", the day
    # itself, gold_blind28). "for a third day" -> "a third day" DURATION P1D, an ordinal day of an
    # event ("its third day", gold_blind29). The quake "struck at 10:47 p.m. Thursday (0347 GMT
    # Friday)": Peru is five hours behind GMT, so the local time is 1989-07-13T22:47 with
    # "Thursday" 1989-07-13 and the GMT time falls on the next day, 1989-07-14T03:47 with "Friday"
    # 1989-07-14 (the mirror of gold_blind28's "(2212 GMT Monday)"). "overnight" (aftershocks
    # told on Saturday) the night begun on Friday evening, 1989-07-14TNI; "for most of the night"
    # -> "the night" the night of the quake, 1989-07-13TNI (gold_blind34). "early Friday" DATE;
    # "about seven hours after the quake" PT7H; "By Friday evening" TEV and "That evening" the
    # same evening, a narrative anchor (gold_blind8); "a 60-day state of emergency" P60D; "in less
    # than a minute" PT1M (how long a past change took, gold_blind35); "The 17th-century church"
    # DATE 16 (gold_blind12, gold_blind31); "the 1946 quake" 1946 (gold_blind28). The helicopters
    # fly "only between 8 a.m. and 3 p.m. each day" and the casualty figures come "twice a day, at
    # 9 a.m. and 6 p.m.": recurring hours XXXX-XX-XXThh:mm with their SETs P1D (gold_blind13,
    # gold_blind34). "every day for at least the next month" SET P1D and DURATION P1M. "the past
    # 36 hours" PT36H; "within the next 72 hours" PT72H; "in 31 years, since ... February 1958"
    # P31Y (the period of a superlative) and 1958-02. The president flew over "Friday" (past) and
    # will visit "on Monday" 1989-07-17; "three days of national mourning starting Sunday" P3D and
    # 1989-07-16 ("starting" a signal, gold_blind34); "earlier this year" 1989; "before the rainy
    # season begins in November" -> "November" 1989-11, ahead. Not annotated: "the rainy season"
    # (no calendar unit, gold_blind78), "6.8 on the Richter scale", "magnitude 5.2", "magnitude
    # 7.0", "C-130" (a model number), "Km 114 of the Central Highway", "Radio Andina, 1160 on the
    # AM dial" (a frequency), "11,500 feet", "190 miles", "9,000 people", "112", "34 survivors",
    # "3,000 people", "60 aftershocks", "47" (an age), "the quake" (an event).
    "chuquillanca-peru-quake-toll": (
        "1989-07-15",
        [
            ("Saturday, July 15, 1989", "DATE", "1989-07-15"),
            ("Saturday", "DATE", "1989-07-15"),
            ("a third day", "DURATION", "P1D"),
            ("10:47 p.m.", "TIME", "1989-07-13T22:47"),
            ("Thursday", "DATE", "1989-07-13"),
            ("0347 GMT", "TIME", "1989-07-14T03:47"),
            ("Friday", "DATE", "1989-07-14"),
            ("overnight", "TIME", "1989-07-14TNI"),
            ("5:20 a.m.", "TIME", "1989-07-15T05:20"),
            ("Saturday", "DATE", "1989-07-15"),
            ("up to two weeks", "DURATION", "P2W"),
            ("early Friday", "DATE", "1989-07-14"),
            ("about seven hours", "DURATION", "PT7H"),
            ("the night", "TIME", "1989-07-13TNI"),
            ("Friday evening", "TIME", "1989-07-14TEV"),
            ("That evening", "TIME", "1989-07-14TEV"),
            ("60-day", "DURATION", "P60D"),
            ("less than a minute", "DURATION", "PT1M"),
            ("17th-century", "DATE", "16"),
            ("1946", "DATE", "1946"),
            ("Friday afternoon", "TIME", "1989-07-14TAF"),
            ("every day", "SET", "P1D"),
            ("at least the next month", "DURATION", "P1M"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("each day", "SET", "P1D"),
            ("Friday night", "TIME", "1989-07-14TNI"),
            ("the past 36 hours", "DURATION", "PT36H"),
            ("the next 72 hours", "DURATION", "PT72H"),
            ("31 years", "DURATION", "P31Y"),
            ("February 1958", "DATE", "1958-02"),
            ("Friday", "DATE", "1989-07-14"),
            ("Monday", "DATE", "1989-07-17"),
            ("earlier this year", "DATE", "1989"),
            ("three days", "DURATION", "P3D"),
            ("Sunday", "DATE", "1989-07-16"),
            ("twice a day", "SET", "P1D"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("November", "DATE", "1989-11"),
        ],
    ),
    # Monday 1989-03-27 (ISO week 13), Easter Monday, Canadian Press blizzard story, headline
    # ("over holiday weekend"), date line "March 27, 1989", byline, "SWIFT BEND, Sask. (CP) —"
    # dateline; CP copy of the time says "today" for the publication day. Easter Sunday 1989 is
    # 26 March (checked with the Gregorian computus): Good Friday 1989-03-24, Easter Sunday
    # 1989-03-26; the headline's "holiday weekend" and "the Easter weekend" are the ISO weekend of
    # its Saturday, 1989-W12-WE (gold_blind27, gold_blind36, gold_blind76). "until early today"
    # -> "early today" DATE 1989-03-27 (like "early Friday" on a Friday, gold_blind103). Past: "on
    # Saturday afternoon" 1989-03-25TAF, "at 6 p.m. Saturday" T18:00 and the DATE, "Saturday
    # night" (twice) 1989-03-25TNI, "Sunday morning" 1989-03-26TMO, "Sunday night"
    # 1989-03-26TNI; "stranded there for three days" P3D. Today: "at 9:30 a.m. today", "at 7 a.m.
    # today", "by noon today", "until late afternoon" 1989-03-27TAF, "tonight" 1989-03-27TNI and
    # "overnight" the coming night, also 1989-03-27TNI (gold_blind75). Future: "until at least
    # Wednesday" 1989-03-29, "by Wednesday night" 1989-03-29TNI, classes "were to resume Tuesday"
    # 1989-03-28 and "will start Wednesday", a system "Thursday" 1989-03-30, "by the weekend"
    # 1989-W13-WE (1-2 April). "every four hours" SET PT4H. "Only 10 days ago" 1989-03-17 (the
    # unit's granularity); "This year" 1989; "until the middle of April" -> "the middle of April"
    # 1989-04 (the month's value, gold_blind4, gold_blind13); "a three-day blizzard" P3D and "April
    # 1967" 1967-04. Saskatchewan's fiscal year runs April-March and is named by the year it
    # ends: "the fiscal year that ends Friday" -> FY1989 and "Friday" 1989-03-31 (gold_blind35).
    # Not annotated: "1910 Railway Ave." (a street number), "787-1989" (a phone number holding
    # 1989, in a 1989 story), "around the clock" (gold_blind103), "Highway 32", "the
    # Trans-Canada Highway", "minus 22", "14 above", "5 C", "90 km/h", "35 centimetres", "three
    # metres", "600", "40 churches", "9,000 of 14,000 farms", "$31 million", "$6 million".
    "swift-bend-prairie-blizzard-easter": (
        "1989-03-27",
        [
            ("holiday weekend", "DATE", "1989-W12-WE"),
            ("March 27, 1989", "DATE", "1989-03-27"),
            ("today", "DATE", "1989-03-27"),
            ("the Easter weekend", "DATE", "1989-W12-WE"),
            ("Saturday afternoon", "TIME", "1989-03-25TAF"),
            ("early today", "DATE", "1989-03-27"),
            ("6 p.m.", "TIME", "1989-03-25T18:00"),
            ("Saturday", "DATE", "1989-03-25"),
            ("9:30 a.m.", "TIME", "1989-03-27T09:30"),
            ("today", "DATE", "1989-03-27"),
            ("at least Wednesday", "DATE", "1989-03-29"),
            ("Good Friday", "DATE", "1989-03-24"),
            ("three days", "DURATION", "P3D"),
            ("Easter Sunday", "DATE", "1989-03-26"),
            ("Saturday night", "TIME", "1989-03-25TNI"),
            ("Sunday morning", "TIME", "1989-03-26TMO"),
            ("Saturday night", "TIME", "1989-03-25TNI"),
            ("Sunday night", "TIME", "1989-03-26TNI"),
            ("every four hours", "SET", "PT4H"),
            ("7 a.m.", "TIME", "1989-03-27T07:00"),
            ("today", "DATE", "1989-03-27"),
            ("late afternoon", "TIME", "1989-03-27TAF"),
            ("tonight", "TIME", "1989-03-27TNI"),
            ("overnight", "TIME", "1989-03-27TNI"),
            ("10 days ago", "DATE", "1989-03-17"),
            ("This year", "DATE", "1989"),
            ("the middle of April", "DATE", "1989-04"),
            ("three-day", "DURATION", "P3D"),
            ("April 1967", "DATE", "1967-04"),
            ("noon", "TIME", "1989-03-27T12:00"),
            ("today", "DATE", "1989-03-27"),
            ("Wednesday night", "TIME", "1989-03-29TNI"),
            ("Tuesday", "DATE", "1989-03-28"),
            ("Wednesday", "DATE", "1989-03-29"),
            ("the fiscal year", "DATE", "FY1989"),
            ("Friday", "DATE", "1989-03-31"),
            ("Thursday", "DATE", "1989-03-30"),
            ("the weekend", "DATE", "1989-W13-WE"),
        ],
    ),
    # Thursday 1991-01-24 (ISO week 4), AAP heatwave wire from Melbourne, catch-line headline
    # ("HEAT: Fourth day over 40"), "MELBOURNE, Jan 24 AAP -" dateline (the publication day),
    # "AAP jm/kb" sign-off; "today", "tomorrow" and "yesterday" as AAP copy uses them. The
    # headline's "Fourth day" and "the fourth consecutive day" are ordinal days of the heat,
    # DURATION P1D (gold_blind13's "fifth straight day", gold_blind23), unlike the cardinal run
    # "four days" P4D. The cool change "on Friday evening" 1991-01-25TEV; the fire ban "for
    # Friday" and "Friday's demand" 1991-01-25; "tomorrow" and "tomorrow afternoon"
    # 1991-01-25TAF; "Saturday, Australia Day" 1991-01-26, two DATEs (26 January). Clock times
    # "at 3.40pm" and "at 2.15pm" today, "at 4pm yesterday" 1991-01-23T16:00 with "yesterday";
    # "in the 24 hours to 9am today" -> "the 24 hours" PT24H, "9am" 1991-01-24T09:00 and "today"
    # ("to" a signal, like "the fiscal year to March 2008" in gold_blind28). "since Monday"
    # 1991-01-21. Southern summers take the year of their January (gold_blind75, gold_blind83,
    # gold_blind88): "a dry summer" (the head noun, this summer) 1991-SU, "Last summer"
    # (December 1989-February 1990) 1990-SU. "The bureau's outlook for February" 1991-02, ahead;
    # "before Christmas" 1990-12-25; "within an hour" PT1H; "up to two hours" PT2H; "January
    # 1973", "February 8, 1968", "January 1982" as written; "in October" the October just past,
    # 1990-10. The pools open "from 6am to 10pm daily": XXXX-XX-XXT06:00, XXXX-XX-XXT22:00 and SET
    # P1D; "every hour" PT1H, "twice a day" P1D. The Australian financial year runs July-June
    # and is named by the year it ends (gold_blind49, gold_blind88): "the financial year to June
    # 30" -> "the financial year" FY1991 and "June 30" 1991-06-30, split like gold_blind28's "the
    # fiscal year to March 2008". Not annotated: "until the heat breaks" (event-named), "a hotter
    # than average month" ("month" anaphoric), "008 331 991" (a phone number holding 1991, in a
    # 1991 story), "45.3 degrees", "0.4 degrees", "45.7", "38.6", "44 degrees", "39", "27", "15
    # degrees", "40", "60 km/h", "6,120 megawatts", "186 calls", "$2.4 million", "$3 million",
    # "61" (an age), "AAP jm/kb".
    "marrabool-victoria-heatwave": (
        "1991-01-24",
        [
            ("Fourth day", "DURATION", "P1D"),
            ("Jan 24", "DATE", "1991-01-24"),
            ("the fourth consecutive day", "DURATION", "P1D"),
            ("today", "DATE", "1991-01-24"),
            ("Friday evening", "TIME", "1991-01-25TEV"),
            ("3.40pm", "TIME", "1991-01-24T15:40"),
            ("January 1973", "DATE", "1973-01"),
            ("February 8, 1968", "DATE", "1968-02-08"),
            ("Monday", "DATE", "1991-01-21"),
            ("the 24 hours", "DURATION", "PT24H"),
            ("9am", "TIME", "1991-01-24T09:00"),
            ("today", "DATE", "1991-01-24"),
            ("tomorrow", "DATE", "1991-01-25"),
            ("2.15pm", "TIME", "1991-01-24T14:15"),
            ("Friday", "DATE", "1991-01-25"),
            ("an hour", "DURATION", "PT1H"),
            ("Saturday", "DATE", "1991-01-26"),
            ("Australia Day", "DATE", "1991-01-26"),
            ("February", "DATE", "1991-02"),
            ("Last summer", "DATE", "1990-SU"),
            ("summer", "DATE", "1991-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("four days", "DURATION", "P4D"),
            ("Christmas", "DATE", "1990-12-25"),
            ("4pm", "TIME", "1991-01-23T16:00"),
            ("yesterday", "DATE", "1991-01-23"),
            ("up to two hours", "DURATION", "PT2H"),
            ("tomorrow afternoon", "TIME", "1991-01-25TAF"),
            ("Friday", "DATE", "1991-01-25"),
            ("January 1982", "DATE", "1982-01"),
            ("every hour", "SET", "PT1H"),
            ("twice a day", "SET", "P1D"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("daily", "SET", "P1D"),
            ("the financial year", "DATE", "FY1991"),
            ("June 30", "DATE", "1991-06-30"),
            ("October", "DATE", "1990-10"),
        ],
    ),
    # Wednesday 1990-12-05 (ISO week 49), AP typhoon-relief follow-up from the Philippines,
    # headline ("A Week After Typhoon"), header line "Wednesday, December 5, 1990", byline,
    # "TABORAN, Philippines (AP) _" dateline; "today" the publication day. "A Week" (headline)
    # and "A week after Typhoon Marcela tore across" are durations anchored to the event, P1W
    # (gold_blind35's "Two Weeks After Quake"). The typhoon "came ashore before dawn Nov. 28" ->
    # "dawn" 1990-11-28TMO ("before" a signal, gold_blind59) and "Nov. 28"; "the first time in
    # more than 10 years" P10Y (the period of a "first in"); "for five days" P5D. The toll's
    # story line: "on Nov. 28; the next day" 1990-11-29 (the narrative's last date, gold_blind14,
    # gold_blind32), "by Monday night" 1990-12-03TNI, "Tuesday" 1990-12-04, "today". Past: the
    # ship "until Saturday" 1990-12-01, helicopters "Sunday" 1990-12-02, diarrhea "since the
    # weekend" 1990-W48-WE (1-2 December); future: rain "by the weekend" 1990-W49-WE (8-9
    # December) and a signal "on Friday" 1990-12-07, so "the weekend" has both directions. Today:
    # "at 10:15 a.m." 1990-12-05T10:15, "by late afternoon" 1990-12-05TAF, "Tonight" TNI, "now"
    # PRESENT_REF. "every morning" SET XXXX-XX-XXTMO; "every two days until Christmas" SET P2D and
    # 1990-12-25; the feeding centers "from 7 a.m. to 5 p.m. daily for at least three months"
    # XXXX-XX-XXT07:00, XXXX-XX-XXT17:00, SET P1D and DURATION P3M; "twice a week" SET P1W. "in
    # January" the January of this year, 1990-01; "in September" 1990-09; "the 1991 budget" 1991
    # (the Philippine budget year is the calendar year); "before Dec. 31" 1990-12-31; "until Jan.
    # 7" 1991-01-07; "until the end of March" 1991-03 (the month's value, gold_blind34); "this
    # year" 1990. Not annotated: "Storm Signal No. 3" and "a storm signal" (a warning level), "the
    # 21st typhoon" beyond "this year" (an ordinal count), "Typhoon Marcela" (a name), "125 mph",
    # "12 miles", "231", "219", "198", "100", "40 dead", "2 billion pesos", "300 million", "1.5
    # billion pesos", "14 towns", "39" (an age). "for six days" is P6D, how long they have eaten
    # coconuts.
    "marigon-typhoon-marcela-relief": (
        "1990-12-05",
        [
            ("A Week", "DURATION", "P1W"),
            ("Wednesday, December 5, 1990", "DATE", "1990-12-05"),
            ("A week", "DURATION", "P1W"),
            ("today", "DATE", "1990-12-05"),
            ("dawn", "TIME", "1990-11-28TMO"),
            ("Nov. 28", "DATE", "1990-11-28"),
            ("more than 10 years", "DURATION", "P10Y"),
            ("five days", "DURATION", "P5D"),
            ("Nov. 28", "DATE", "1990-11-28"),
            ("the next day", "DATE", "1990-11-29"),
            ("Monday night", "TIME", "1990-12-03TNI"),
            ("Tuesday", "DATE", "1990-12-04"),
            ("today", "DATE", "1990-12-05"),
            ("Saturday", "DATE", "1990-12-01"),
            ("Sunday", "DATE", "1990-12-02"),
            ("today", "DATE", "1990-12-05"),
            ("10:15 a.m.", "TIME", "1990-12-05T10:15"),
            ("late afternoon", "TIME", "1990-12-05TAF"),
            ("six days", "DURATION", "P6D"),
            ("Tonight", "TIME", "1990-12-05TNI"),
            ("the weekend", "DATE", "1990-W48-WE"),
            ("now", "DATE", "PRESENT_REF"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("every two days", "SET", "P2D"),
            ("Christmas", "DATE", "1990-12-25"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("at least three months", "DURATION", "P3M"),
            ("twice a week", "SET", "P1W"),
            ("the weekend", "DATE", "1990-W49-WE"),
            ("Friday", "DATE", "1990-12-07"),
            ("January", "DATE", "1990-01"),
            ("September", "DATE", "1990-09"),
            ("1991", "DATE", "1991"),
            ("Dec. 31", "DATE", "1990-12-31"),
            ("Jan. 7", "DATE", "1991-01-07"),
            ("the end of March", "DATE", "1991-03"),
            ("this year", "DATE", "1990"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
