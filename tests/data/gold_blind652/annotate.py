"""Annotations of blind gold set 652, chosen by hand before the tagger ran.

    python tests/data/gold_blind652/annotate.py [--show]

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
    # Monday 2013-03-18 (ISO week 12), English police force's website, appeal for witnesses,
    # stamp "Posted: Monday 18 March 2013, 10:42" (a DATE with its weekday in one span and a
    # TIME, gold_blind72) and an appended "UPDATE 15:20, Monday 18 March:" (a TIME and a DATE,
    # like gold_blind72's "UPDATE 14:20 Sunday:"). The assault was "at about 11.30pm on
    # Saturday (16 March)" -> "about 11.30pm" 2013-03-16T23:30, "Saturday" and the bracketed
    # "16 March" two DATEs 2013-03-16; "Saturday night" 2013-03-16TNI; "the early hours of
    # Sunday" one DATE span 2013-03-17 (gold_blind52, gold_blind72); "yesterday afternoon"
    # 2013-03-17TAF; "throughout Sunday" -> "Sunday" 2013-03-17. "between 11pm and midnight"
    # belongs to Saturday: "11pm" 2013-03-16T23:00, "midnight" ending the day T24:00
    # (gold_blind72). "until 4.15pm today" 2013-03-18T16:15 and "today". Future: bail "until 29
    # April" 2013-04-29; "the end of April" 2013-04; the licensing hearing "on Thursday 4
    # April" one span 2013-04-04; "tomorrow morning" 2013-03-19TMO; "overnight" (kept in
    # custody after the charge at 15:20) the night begun on the publication day, 2013-03-18TNI.
    # "up to 24 hours" PT24H (how long a suspect may be held); "less than two minutes" PT2M;
    # "in six weeks" -> "six weeks" P6W, the period of an ordinal count (gold_blind52,
    # gold_blind72); "Last month" 2013-02; "jailed for 20 months" P20M (a sentence handed down,
    # gold_blind52, gold_blind72); "New Year's Day" 2013-01-01 (the nearest past one).
    # "every Saturday night" SET XXXX-WXX-6TNI; the bar's licence "until 2am on Fridays and
    # Saturdays since 2009" -> "2am" XXXX-XX-XXT02:00 (hours of a recurring opening), SETs
    # "Fridays" XXXX-WXX-5 and "Saturdays" XXXX-WXX-6, "2009" DATE. "has now been charged"
    # -> "now" PRESENT_REF (gold_blind72). Not annotated: the crime reference "43/1130/13"
    # (twice; it ends in the year code 13), "101", "0800 555 111", "Crimestoppers", "the
    # number 88", ages "34-year-old", "22-year-old", "aged 19", "19-year-old", "27-year-old",
    # "three or four men", "the third serious assault", "at that time" (anaphoric), "shortly
    # afterwards", "UPDATE", "Posted".
    "hexworth-tollerby-road-assault-appeal": (
        "2013-03-18",
        [
            ("Monday 18 March 2013", "DATE", "2013-03-18"),
            ("10:42", "TIME", "2013-03-18T10:42"),
            ("about 11.30pm", "TIME", "2013-03-16T23:30"),
            ("Saturday", "DATE", "2013-03-16"),
            ("16 March", "DATE", "2013-03-16"),
            ("this morning", "TIME", "2013-03-18TMO"),
            ("Saturday night", "TIME", "2013-03-16TNI"),
            ("the early hours of Sunday", "DATE", "2013-03-17"),
            ("29 April", "DATE", "2013-04-29"),
            ("yesterday afternoon", "TIME", "2013-03-17TAF"),
            ("up to 24 hours", "DURATION", "PT24H"),
            ("4.15pm", "TIME", "2013-03-18T16:15"),
            ("today", "DATE", "2013-03-18"),
            ("less than two minutes", "DURATION", "PT2M"),
            ("11pm", "TIME", "2013-03-16T23:00"),
            ("midnight", "TIME", "2013-03-16T24:00"),
            ("Sunday", "DATE", "2013-03-17"),
            ("six weeks", "DURATION", "P6W"),
            ("Last month", "DATE", "2013-02"),
            ("20 months", "DURATION", "P20M"),
            ("New Year's Day", "DATE", "2013-01-01"),
            ("every Saturday night", "SET", "XXXX-WXX-6TNI"),
            ("the end of April", "DATE", "2013-04"),
            ("2am", "TIME", "XXXX-XX-XXT02:00"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("2009", "DATE", "2009"),
            ("Thursday 4 April", "DATE", "2013-04-04"),
            ("15:20", "TIME", "2013-03-18T15:20"),
            ("Monday 18 March", "DATE", "2013-03-18"),
            ("now", "DATE", "PRESENT_REF"),
            ("overnight", "TIME", "2013-03-18TNI"),
            ("tomorrow morning", "TIME", "2013-03-19TMO"),
        ],
    ),
    # Thursday 2014-08-14 (ISO week 33), US local TV station's website, section label, headline
    # ("Tuesday night ... 36-hour manhunt"), stamps "Published: Aug. 14, 2014 at 6:12 AM EDT"
    # and "Updated: ... 11:48 AM EDT" (a DATE and a TIME each, the zone in the span and not in
    # the value, gold_blind103), byline, "MILLBRACK, Ohio (WKDN) -" dateline. Past weekdays:
    # the shooting "Tuesday night" (headline and lead) 2014-08-12TNI, "shortly before 10:45
    # p.m. Tuesday" 2014-08-12T22:45 and the DATE ("shortly before" a signal, gold_blind52),
    # "last seen Tuesday at about 11 p.m." 2014-08-12 and T23:00, "since Tuesday";
    # "Wednesday afternoon" 2014-08-13TAF, "Wednesday morning" TMO, "Wednesday night" TNI, the
    # camps "canceled Wednesday" 2014-08-13. The arrest "at about 4:20 a.m. Thursday" is the
    # publication day, 2014-08-14T04:20 and 2014-08-14, and "early this morning" 2014-08-14TMO;
    # "until 6 a.m. today" and "a 9 a.m. news conference" (adjectival clock time) on the same
    # day. Future: "this weekend" 2014-W33-WE; "arraigned Friday at 1:30 p.m." 2014-08-15 and
    # T13:30; "by next week" -> "next week" 2014-W34; "the end of the month" 2014-08. "last
    # fall" in August 2014 is the autumn before, 2013-FA (gold_blind42, gold_blind47). "36-hour"
    # and "about 36 hours" PT36H; "the last two days" P2D; "serving four years" P4Y; "a 2009
    # burglary" DATE 2009 (an adjectival year, gold_blind52); "in March" 2014-03; "this summer"
    # 2014-SU; "July 19" 2014-07-19. The patrols "every hour between 10 p.m. and 6 a.m." -> SET
    # PT1H and two TIMEs of no particular day XXXX-XX-XXThh:mm (gold_blind72, gold_blind103).
    # Not annotated: "Township Road 1945" (a road number like a year), "a silver 2004 Chevrolet
    # Impala" (a model year, gold_blind16), "WKDN 9", "K-9", "Route 33", "$500,000", "$1,000",
    # "1-800-555-1984" (a phone number ending in a year-like number), "wkdn.com/tips", "24/7"
    # and "around the clock" (idioms, gold_blind35, gold_blind94), "summer day camps" (an
    # adjectival season naming a kind, like "Summer programs" in gold_blind103), ages "27",
    # "58-year-old", "more than 80 officers", "two K-9 units", "the second armed robbery".
    "millbrack-gas-station-shooting-manhunt-arrest": (
        "2014-08-14",
        [
            ("Tuesday night", "TIME", "2014-08-12TNI"),
            ("36-hour", "DURATION", "PT36H"),
            ("Aug. 14, 2014", "DATE", "2014-08-14"),
            ("6:12 AM EDT", "TIME", "2014-08-14T06:12"),
            ("Aug. 14, 2014", "DATE", "2014-08-14"),
            ("11:48 AM EDT", "TIME", "2014-08-14T11:48"),
            ("Tuesday night", "TIME", "2014-08-12TNI"),
            ("early this morning", "TIME", "2014-08-14TMO"),
            ("about 36 hours", "DURATION", "PT36H"),
            ("about 4:20 a.m.", "TIME", "2014-08-14T04:20"),
            ("Thursday", "DATE", "2014-08-14"),
            ("last fall", "DATE", "2013-FA"),
            ("10:45 p.m.", "TIME", "2014-08-12T22:45"),
            ("Tuesday", "DATE", "2014-08-12"),
            ("Wednesday afternoon", "TIME", "2014-08-13TAF"),
            ("this weekend", "DATE", "2014-W33-WE"),
            ("Tuesday", "DATE", "2014-08-12"),
            ("about 11 p.m.", "TIME", "2014-08-12T23:00"),
            ("Wednesday morning", "TIME", "2014-08-13TMO"),
            ("Wednesday night", "TIME", "2014-08-13TNI"),
            ("Wednesday", "DATE", "2014-08-13"),
            ("6 a.m.", "TIME", "2014-08-14T06:00"),
            ("today", "DATE", "2014-08-14"),
            ("Tuesday", "DATE", "2014-08-12"),
            ("9 a.m.", "TIME", "2014-08-14T09:00"),
            ("the last two days", "DURATION", "P2D"),
            ("Friday", "DATE", "2014-08-15"),
            ("1:30 p.m.", "TIME", "2014-08-15T13:30"),
            ("March", "DATE", "2014-03"),
            ("four years", "DURATION", "P4Y"),
            ("2009", "DATE", "2009"),
            ("this summer", "DATE", "2014-SU"),
            ("July 19", "DATE", "2014-07-19"),
            ("today", "DATE", "2014-08-14"),
            ("next week", "DATE", "2014-W34"),
            ("every hour", "SET", "PT1H"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("the end of the month", "DATE", "2014-08"),
        ],
    ),
    # Friday 2015-05-29 (ISO week 22), Australian metropolitan paper's website, section label,
    # headline, stamp "Date: May 29, 2015 - 4:05PM" (DATE and TIME), byline with title, no
    # dateline. The appeal was dismissed "on Friday", the publication day 2015-05-29; "at
    # 12.40pm" that day. The killing: "Australia Day" in the headline (a holiday compound
    # naming the day of a particular event, gold_blind57) and "the early hours of Australia Day
    # 2013" one DATE span (gold_blind52, gold_blind72's "New Year's Eve 2013") 2013-01-26, "at
    # about 3.10am on January 26, 2013"; death "four days later" 2013-01-30 (a narrative
    # anchor, gold_blind52); arrest "on the afternoon of January 27, 2013" one TIME span
    # 2013-01-27TAF (gold_blind52's "the night of Dec. 2, 2011"), "since that day" 2013-01-27
    # (anaphoric day, gold_blind52's "the same day"); "backdated to his arrest" holds none
    # (an event, see README: "the day of his arrest" was avoided). "August last
    # year" 2014-08 and "March last year" 2014-03 one span each (gold_blind52); "July 1 last
    # year" 2014-07-01; "last month" 2015-04; "the end of June" 2015-06; "at least 2020" 2020,
    # the modifier kept (gold_blind35); "January 2020" 2020-01. "the 2013-14 financial year" is
    # the Australian July-June year named by the year it ends, FY2014 (gold_blind72). Prison
    # terms are DURATIONs (gold_blind52, gold_blind69): "10 years", "a non-parole period of
    # seven years" -> "seven years" P7Y; "a sentence of a decade" -> "a decade" P10Y; "11
    # years", "the past two years", "10 hours", "more than two years", "less than five years",
    # "28 days". The widow's "Every night at 11pm" -> SET XXXX-XX-XXTNI and TIME
    # XXXX-XX-XXT23:00; the marshals "from 10pm to 4am on Fridays and Saturdays since March
    # 2013" -> two TIMEs XXXX-XX-XXThh:mm, SETs XXXX-WXX-5 and XXXX-WXX-6, DATE 2013-03. Not
    # annotated: "plate T1987" (a taxi plate holding a year-like number), "$23", "140 cabs",
    # "12 of its drivers", "a father of three", ages "26" and "47", "NSW", "the High Court".
    "calvey-taxi-driver-punch-appeal-dismissed": (
        "2015-05-29",
        [
            ("Australia Day", "DATE", "2013-01-26"),
            ("May 29, 2015", "DATE", "2015-05-29"),
            ("4:05PM", "TIME", "2015-05-29T16:05"),
            ("the early hours of Australia Day 2013", "DATE", "2013-01-26"),
            ("at least 2020", "DATE", "2020"),
            ("Friday", "DATE", "2015-05-29"),
            ("August last year", "DATE", "2014-08"),
            ("10 years", "DURATION", "P10Y"),
            ("seven years", "DURATION", "P7Y"),
            ("about 3.10am", "TIME", "2013-01-26T03:10"),
            ("January 26, 2013", "DATE", "2013-01-26"),
            ("11 years", "DURATION", "P11Y"),
            ("four days later", "DATE", "2013-01-30"),
            ("the afternoon of January 27, 2013", "TIME", "2013-01-27TAF"),
            ("that day", "DATE", "2013-01-27"),
            ("March last year", "DATE", "2014-03"),
            ("January 2020", "DATE", "2020-01"),
            ("last month", "DATE", "2015-04"),
            ("the past two years", "DURATION", "P2Y"),
            ("a decade", "DURATION", "P10Y"),
            ("10 hours", "DURATION", "PT10H"),
            ("more than two years", "DURATION", "P2Y"),
            ("less than five years", "DURATION", "P5Y"),
            ("Every night", "SET", "XXXX-XX-XXTNI"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("July 1 last year", "DATE", "2014-07-01"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("4am", "TIME", "XXXX-XX-XXT04:00"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("March 2013", "DATE", "2013-03"),
            ("the end of June", "DATE", "2015-06"),
            ("28 days", "DURATION", "P28D"),
            ("12.40pm", "TIME", "2015-05-29T12:40"),
        ],
    ),
    # Tuesday 2012-11-13 (ISO week 46), Canadian national paper's website, section label,
    # headline ("missing since Remembrance Day"), stamps "Published Tuesday, Nov. 13 2012, 7:02
    # AM EST" and "Last updated Tuesday, Nov. 13 2012, 3:27 PM EST" (a DATE with its weekday
    # in one span and a TIME each, like gold_blind100's Canadian stamp), byline and a
    # "LOWRY BAY, ONT." dateline line. Remembrance Day, 11 November, fell on Sunday in 2012:
    # the headline's "Remembrance Day" and "a Remembrance Day dinner" (a particular event on
    # that day, gold_blind57) are DATE 2012-11-11, as is "last seen on Sunday, Nov. 11" (one
    # span, weekday and date). Sunday: "Sunday night" 2012-11-11TNI, "about 9:40 p.m.",
    # "10:02 p.m. Sunday", "after 9:30 p.m. on Sunday", "between 9:30 and 11 p.m. that night"
    # ("9:30" without "p.m." is the evening of the range, T21:30; "that night" 2012-11-11TNI).
    # Monday 2012-11-12: "Monday morning" TMO, "her 8 a.m. shift" T08:00 on that morning,
    # "yesterday", "since Monday", "Monday night" TNI, and the search "overnight" into today,
    # 2012-11-12TNI (gold_blind103). Future: the vigil "Thursday at 7 p.m." 2012-11-15 and
    # T19:00, the update "11 a.m. Wednesday" 2012-11-14 and T11:00; "at 8 a.m. each day this
    # week" -> TIME XXXX-XX-XXT08:00, SET P1D, DATE 2012-W46 (like "every Saturday this month",
    # gold_blind72); "Christmas" ahead 2012-12-25. "the summer of 2011" 2011-SU; "since January"
    # 2012-01; "Last week" 2012-W45; "this year" 2012; "in April" 2012-04. "twice a day" SET
    # P1D; "more than a few hours" PTXH; "a whole week" P1W; "never gone a day" -> "a day" P1D;
    # "after three days" -> "three days" P3D. Not annotated: "Branch 219", "Highway 7",
    # "705-555-2011" (a phone number ending in a year-like number), "1-800-222-8477",
    # "five-foot-six", "125 pounds", "more than 40 people", "a poppy", ages "19",
    # "19-year-old", "52-year-old", "the second missing-person case".
    "lowry-bay-missing-woman-remembrance-day": (
        "2012-11-13",
        [
            ("Remembrance Day", "DATE", "2012-11-11"),
            ("Tuesday, Nov. 13 2012", "DATE", "2012-11-13"),
            ("7:02 AM EST", "TIME", "2012-11-13T07:02"),
            ("Tuesday, Nov. 13 2012", "DATE", "2012-11-13"),
            ("3:27 PM EST", "TIME", "2012-11-13T15:27"),
            ("Sunday night", "TIME", "2012-11-11TNI"),
            ("Sunday, Nov. 11", "DATE", "2012-11-11"),
            ("about 9:40 p.m.", "TIME", "2012-11-11T21:40"),
            ("Remembrance Day", "DATE", "2012-11-11"),
            ("Monday morning", "TIME", "2012-11-12TMO"),
            ("8 a.m.", "TIME", "2012-11-12T08:00"),
            ("yesterday", "DATE", "2012-11-12"),
            ("twice a day", "SET", "P1D"),
            ("more than a few hours", "DURATION", "PTXH"),
            ("overnight", "TIME", "2012-11-12TNI"),
            ("today", "DATE", "2012-11-13"),
            ("Monday", "DATE", "2012-11-12"),
            ("10:02 p.m.", "TIME", "2012-11-11T22:02"),
            ("Sunday", "DATE", "2012-11-11"),
            ("the summer of 2011", "DATE", "2011-SU"),
            ("January", "DATE", "2012-01"),
            ("Monday night", "TIME", "2012-11-12TNI"),
            ("Last week", "DATE", "2012-W45"),
            ("Christmas", "DATE", "2012-12-25"),
            ("a whole week", "DURATION", "P1W"),
            ("a day", "DURATION", "P1D"),
            ("this year", "DATE", "2012"),
            ("April", "DATE", "2012-04"),
            ("three days", "DURATION", "P3D"),
            ("Thursday", "DATE", "2012-11-15"),
            ("7 p.m.", "TIME", "2012-11-15T19:00"),
            ("11 a.m.", "TIME", "2012-11-14T11:00"),
            ("Wednesday", "DATE", "2012-11-14"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("each day", "SET", "P1D"),
            ("this week", "DATE", "2012-W46"),
            ("9:30 p.m.", "TIME", "2012-11-11T21:30"),
            ("Sunday", "DATE", "2012-11-11"),
            ("9:30", "TIME", "2012-11-11T21:30"),
            ("11 p.m.", "TIME", "2012-11-11T23:00"),
            ("that night", "TIME", "2012-11-11TNI"),
        ],
    ),
    # Wednesday 2014-02-19 (ISO week 8), Irish national daily's website, section label,
    # headline with the Irish bracketed age "(24)", standfirst, stamp "Published 19/02/2014 |
    # 06:30" (a day-first slash date, gold_blind72, and a TIME), byline, no dateline. The raid
    # was "on Friday, February 14th" (one span, weekday and date) 2014-02-14: "at 9am" T09:00,
    # "later that morning" and "that morning" 2014-02-14TMO (anaphoric, the modifier kept like
    # "late last year"), "between 8.30am and 9.30am last Friday" T08:30, T09:30 and "last
    # Friday" 2014-02-14. The arrest "at 6.50am on Monday" 2014-02-17; "over two days" ->
    # "two days" P2D; the charge "at 7.20pm yesterday" 2014-02-18T19:20 and 2014-02-18; the
    # special sitting "last night" 2014-02-18TNI (the night of "yesterday", gold_blind35);
    # the branch "reopened on Monday" 2014-02-17. Future: "March 12th" 2014-03-12 (Irish
    # ordinal date); "April" 2014-04; "next month" 2014-03. Past: "June 2012", "September
    # 2013", "Christmas" 2013-12-25 (the nearest past one); "this week" 2014-W08. Bail
    # conditions are recurring: the standfirst's "a nightly curfew" -> "nightly" SET
    # XXXX-XX-XXTNI (an adjectival frequency naming a recurrence, like "monthly leak surveys"
    # in gold_blind35); "a curfew between 10pm and 7am" and "sign on ... daily between 9am and
    # 9pm" -> TIMEs XXXX-XX-XXThh:mm (gold_blind72) and "daily" SET P1D; "close at 1pm on
    # Saturdays" -> XXXX-XX-XXT13:00 and SET XXXX-WXX-6. "a six-month suspended sentence"
    # "six-month" P6M (gold_blind52); "up to 18 months" P18M; "within 24 hours" -> "24 hours"
    # PT24H; "22 years" P22Y. Not annotated: "(24)", "24-year-old", "in his 30s", "€11,400",
    # "€500", "€5,000", "€2,000", "14 previous convictions", "a dark blue 2006 Volkswagen
    # Passat" (a model year, gold_blind16), the registration "06-WH-2213" (a year code,
    # gold_blind72), "(044) 555 1914", "1800 666 111", "the Garda Confidential Line", "the
    # third robbery", "the DPP".
    "kilcrony-post-office-raid-charge-bail": (
        "2014-02-19",
        [
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("19/02/2014", "DATE", "2014-02-19"),
            ("06:30", "TIME", "2014-02-19T06:30"),
            ("Friday, February 14th", "DATE", "2014-02-14"),
            ("last night", "TIME", "2014-02-18TNI"),
            ("9am", "TIME", "2014-02-14T09:00"),
            ("later that morning", "TIME", "2014-02-14TMO"),
            ("6.50am", "TIME", "2014-02-17T06:50"),
            ("Monday", "DATE", "2014-02-17"),
            ("two days", "DURATION", "P2D"),
            ("7.20pm", "TIME", "2014-02-18T19:20"),
            ("yesterday", "DATE", "2014-02-18"),
            ("June 2012", "DATE", "2012-06"),
            ("six-month", "DURATION", "P6M"),
            ("September 2013", "DATE", "2013-09"),
            ("April", "DATE", "2014-04"),
            ("up to 18 months", "DURATION", "P18M"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("daily", "SET", "P1D"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("24 hours", "DURATION", "PT24H"),
            ("March 12th", "DATE", "2014-03-12"),
            ("8.30am", "TIME", "2014-02-14T08:30"),
            ("9.30am", "TIME", "2014-02-14T09:30"),
            ("last Friday", "DATE", "2014-02-14"),
            ("that morning", "TIME", "2014-02-14TMO"),
            ("Christmas", "DATE", "2013-12-25"),
            ("Monday", "DATE", "2014-02-17"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("next month", "DATE", "2014-03"),
            ("22 years", "DURATION", "P22Y"),
            ("this week", "DATE", "2014-W08"),
        ],
    ),
    # Saturday 2015-09-26 (ISO week 39), South African news website, section label, headline,
    # stamp "2015-09-26 06:00" (an ISO date and a 24-hour TIME), byline, "Bloemhoek -"
    # dateline. Heritage Day, 24 September, fell on Thursday in 2015: the headline's "Heritage
    # Day tavern shooting" (a particular event on that day, gold_blind57) and "on Heritage Day"
    # are DATE 2015-09-24, as are "about 23:30 on Thursday" (T23:30 and the DATE) and "since
    # the afternoon" 2015-09-24TAF (the afternoon of that day). Friday 2015-09-25: the
    # postponement "on Friday", the discharges "on Friday", "the early hours of Friday
    # morning" one DATE span (gold_blind72's "the early hours of Sunday morning"), the crowd
    # "from 08:00" T08:00 on the day of the hearing. Future: "Friday, October 2" one span
    # 2015-10-02 and "09:00 next Friday" T09:00 and "next Friday" 2015-10-02 (in a Saturday
    # paper the Friday of the next week); "Sunday at 10:00" 2015-09-27 and T10:00; "through
    # the weekend" -> "the weekend" 2015-W39-WE (the weekend of publication); "next weekend"
    # 2015-W40-WE; "this week" 2015-W39. Past months to the nearest one: "June", "January",
    # "July", "March" 2015; "November 2014". "at least another week" DURATION P1W, the
    # modifier kept; "less than six hours" PT6H (anchored on the shooting); "seven days" P7D;
    # "eight years" P8Y and "a 15-year sentence" "15-year" P15Y (gold_blind52); "within 30
    # days" "30 days" P30D. Hours of a recurring trade: "until 02:00 on weekends" T02:00 and
    # SET XXXX-WXX-WE; "close at 23:00" XXXX-XX-XXT23:00; "every night" SET XXXX-XX-XXTNI.
    # Not annotated: the case number "CAS 388/09/2015" (holds a month and a year),
    # "Extension 9", "Extension 4", "9mm", "08600 10111", "32211", "four times", "11 people",
    # "About 200 residents", "the third fatal shooting", ages "23, 27 and 31" and "34 and 41",
    # "until then" (anaphoric), "a braai" (a barbecue).
    "bloemhoek-heritage-day-tavern-shooting-bail": (
        "2015-09-26",
        [
            ("Heritage Day", "DATE", "2015-09-24"),
            ("2015-09-26", "DATE", "2015-09-26"),
            ("06:00", "TIME", "2015-09-26T06:00"),
            ("Heritage Day", "DATE", "2015-09-24"),
            ("at least another week", "DURATION", "P1W"),
            ("Friday", "DATE", "2015-09-25"),
            ("Friday, October 2", "DATE", "2015-10-02"),
            ("about 23:30", "TIME", "2015-09-24T23:30"),
            ("Thursday", "DATE", "2015-09-24"),
            ("the afternoon", "TIME", "2015-09-24TAF"),
            ("Friday", "DATE", "2015-09-25"),
            ("the early hours of Friday morning", "DATE", "2015-09-25"),
            ("less than six hours", "DURATION", "PT6H"),
            ("March", "DATE", "2015-03"),
            ("seven days", "DURATION", "P7D"),
            ("June", "DATE", "2015-06"),
            ("eight years", "DURATION", "P8Y"),
            ("15-year", "DURATION", "P15Y"),
            ("09:00", "TIME", "2015-10-02T09:00"),
            ("next Friday", "DATE", "2015-10-02"),
            ("08:00", "TIME", "2015-09-25T08:00"),
            ("02:00", "TIME", "XXXX-XX-XXT02:00"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("23:00", "TIME", "XXXX-XX-XXT23:00"),
            ("January", "DATE", "2015-01"),
            ("July", "DATE", "2015-07"),
            ("30 days", "DURATION", "P30D"),
            ("November 2014", "DATE", "2014-11"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("this week", "DATE", "2015-W39"),
            ("the weekend", "DATE", "2015-W39-WE"),
            ("Sunday", "DATE", "2015-09-27"),
            ("10:00", "TIME", "2015-09-27T10:00"),
            ("next weekend", "DATE", "2015-W40-WE"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
