"""Annotations of the six-hundred-and-thirty-fourth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind634/annotate.py [--show]

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
    # Monday 1998-03-16 (ISO week 12), Australian metropolitan paper's religion page, section
    # label, headline, byline, date line "Monday, March 16, 1998", no dateline. The synod ran
    # Friday 13 to Sunday 15 March: it "opened on Friday evening" 1998-03-13TEV, the bishop
    # spoke "on Friday night" 1998-03-13TNI, the vote was "on Saturday" 1998-03-14 "at 4.40pm",
    # the motion lost "on Saturday night" 1998-03-14TNI, it "closed yesterday" 1998-03-15 "at
    # 10am". Easter 1999 is Sunday 4 April (the text says so): "Easter next year" (headline and
    # lead) one DATE span like "Easter last year" (gold_blind57), 1999-04-04; "Easter Day,
    # April 4, 1999" a holiday and its date, two DATEs (gold_blind79). Easter 1998 is 12 April:
    # "Good Friday, April 10" and "Easter Day" 1998-04-12; Ash Wednesday, "February 25", is 46
    # days before it. "Holy Week" (Palm Sunday 5 April to Holy Saturday 11 April 1998) lies in
    # April, DATE 1998-04; "This Lent" (25 February-11 April) crosses month ends, DATE 1998 -
    # the smallest calendar unit holding the period (gold_blind79). Australian financial years
    # run July-June, named by the year they end (gold_blind9, gold_blind49): "the new financial
    # year" that begins on July 1 is FY1999, "this financial year" FY1998, "the last financial
    # year" FY1997. "the synod's next session in October" 1998-10 (future month); "Saturday,
    # May 23" 1998-05-23. "this year's Lenten appeal" -> "this year" 1998 ("Lenten" is an
    # adjective of kind). "fortnightly" SET P2W, "weekly" P1W, "monthly" P1M; "three-day" and
    # "one-day" DURATIONs; "for almost a decade" P10Y; "since the late 1980s" 198. Not
    # annotated: "dawn services" (an attributive naming a kind of service, like "Overnight
    # lows" in gold_blind103 and "Midnight Mass" in gold_blind79), "Sunday attendance" (a kind
    # of attendance), "another synod", "twice", "212-87", "131-168", "11", "27", "38 per cent",
    # "$412,000", "200mm", "66" (an age), "(02) 6555 1981" (a phone number beside "1981").
    "kellerton-synod-country-parishes": (
        "1998-03-16",
        [
            ("Easter next year", "DATE", "1999-04-04"),
            ("Monday, March 16, 1998", "DATE", "1998-03-16"),
            ("Easter next year", "DATE", "1999-04-04"),
            ("Saturday", "DATE", "1998-03-14"),
            ("almost a decade", "DURATION", "P10Y"),
            ("4.40pm", "TIME", "1998-03-14T16:40"),
            ("Saturday", "DATE", "1998-03-14"),
            ("nearly five hours", "DURATION", "PT5H"),
            ("three-day", "DURATION", "P3D"),
            ("Friday evening", "TIME", "1998-03-13TEV"),
            ("yesterday", "DATE", "1998-03-15"),
            ("10am", "TIME", "1998-03-15T10:00"),
            ("July 1", "DATE", "1998-07-01"),
            ("the new financial year", "DATE", "FY1999"),
            ("Easter Day", "DATE", "1999-04-04"),
            ("April 4, 1999", "DATE", "1999-04-04"),
            ("fortnightly", "SET", "P2W"),
            ("weekly", "SET", "P1W"),
            ("Friday night", "TIME", "1998-03-13TNI"),
            ("1981", "DATE", "1981"),
            ("more than two years", "DURATION", "P2Y"),
            ("the late 1980s", "DATE", "198"),
            ("the last financial year", "DATE", "FY1997"),
            ("this financial year", "DATE", "FY1998"),
            ("October", "DATE", "1998-10"),
            ("Saturday night", "TIME", "1998-03-14TNI"),
            ("Three months", "DURATION", "P3M"),
            ("yesterday", "DATE", "1998-03-15"),
            ("this year", "DATE", "1998"),
            ("Ash Wednesday", "DATE", "1998-02-25"),
            ("February 25", "DATE", "1998-02-25"),
            ("18 months", "DURATION", "P18M"),
            ("This Lent", "DATE", "1998"),
            ("31 years", "DURATION", "P31Y"),
            ("Holy Week", "DATE", "1998-04"),
            ("Good Friday", "DATE", "1998-04-10"),
            ("April 10", "DATE", "1998-04-10"),
            ("3pm", "TIME", "1998-04-10T15:00"),
            ("Easter Day", "DATE", "1998-04-12"),
            ("one-day", "DURATION", "P1D"),
            ("Saturday, May 23", "DATE", "1998-05-23"),
            ("monthly", "SET", "P1M"),
        ],
    ),
    # Thursday 1999-09-16 (ISO week 37), wire story of an invented agency, stamp "Thu Sep 16,
    # 1999 11:26 GMT" (DATE and TIME, the zone in the span and not in the value; the
    # abbreviated weekday is part of the date span), headline, byline, dateline "SAN AURELIO,
    # Valdoria, Sept 16 (Meridian) -" whose date is a DATE of its own. The announcement was
    # "on Wednesday" 1999-09-15 (and "Wednesday's announcement" -> "Wednesday"); work began "on
    # Monday" 1999-09-13 (past), passes are issued "from Monday" 1999-09-20 (future): the same
    # weekday both ways. The visit is "next month" (headline and lead) 1999-10: "4 p.m. on
    # Friday, Oct. 22" two TIMEX3, "Saturday, Oct. 23, the feast of St Aurelius" a weekday
    # date and the invented saint's feast day, two DATEs (a feast day is a holiday on the day
    # it falls on, the text giving the day), "Saturday afternoon" 1999-10-23TAF, "Sunday, Oct.
    # 24", "the evening of Oct. 24" one TIME span (gold_blind79's "the evening of 20
    # December"), "Monday, Oct. 25". Roads close "from 6 a.m. on Oct. 22 until midnight on
    # Oct. 24": midnight ending that day, T24:00 (gold_blind103). "the first papal visit ... in
    # 18 years" is the period of a "first in", DURATION P18Y (gold_blind35); "waited 18
    # years" P18Y; "The last visit, in March 1981" 1981-03, "a single day" P1D. The parish
    # offices' hours recur: "from 8 a.m. to 6 p.m. daily" two TIMEs XXXX-XX-XXThh:mm and the
    # SET P1D (gold_blind28). "every year since the 16th century" -> SET P1Y and DATE 15;
    # "this year's budget" -> "this year" 1999; "since January" 1999-01; "in 1996"; "for months
    # afterwards" and "months of uncertainty" PXM; "mid-October" ahead 1999-10; "a visit
    # planned for May" the past May, 1999-05. Not annotated: "a novena" (a nine-day prayer, an
    # event; its length is given by "up to nine days"), "the rainy season" (a season of no
    # calendar unit, like "the season" in gold_blind103), "around the clock", "the 2,000
    # steps", "www.visita1999.org.vd" (a year in an address), "0800-1981" (a hotline holding
    # 1981, beside "March 1981"), "500,000", "half a million", "71" (an age), "14 million
    # valdors", "3.2 million", "85 percent", "11 million", "40,000", "first" (the visit).
    "valdoria-papal-visit-programme": (
        "1999-09-16",
        [
            ("Thu Sep 16, 1999", "DATE", "1999-09-16"),
            ("11:26 GMT", "TIME", "1999-09-16T11:26"),
            ("next month", "DATE", "1999-10"),
            ("Sept 16", "DATE", "1999-09-16"),
            ("three days", "DURATION", "P3D"),
            ("next month", "DATE", "1999-10"),
            ("18 years", "DURATION", "P18Y"),
            ("Sunday, Oct. 24", "DATE", "1999-10-24"),
            ("Wednesday", "DATE", "1999-09-15"),
            ("4 p.m.", "TIME", "1999-10-22T16:00"),
            ("Friday, Oct. 22", "DATE", "1999-10-22"),
            ("the evening of Oct. 24", "TIME", "1999-10-24TEV"),
            ("Saturday, Oct. 23", "DATE", "1999-10-23"),
            ("the feast of St Aurelius", "DATE", "1999-10-23"),
            ("every year", "SET", "P1Y"),
            ("the 16th century", "DATE", "15"),
            ("Saturday afternoon", "TIME", "1999-10-23TAF"),
            ("18 years", "DURATION", "P18Y"),
            ("March 1981", "DATE", "1981-03"),
            ("a single day", "DURATION", "P1D"),
            ("Monday", "DATE", "1999-09-13"),
            ("Oct. 20", "DATE", "1999-10-20"),
            ("6 a.m.", "TIME", "1999-10-22T06:00"),
            ("Oct. 22", "DATE", "1999-10-22"),
            ("midnight", "TIME", "1999-10-24T24:00"),
            ("Oct. 24", "DATE", "1999-10-24"),
            ("Monday, Oct. 25", "DATE", "1999-10-25"),
            ("Oct. 14", "DATE", "1999-10-14"),
            ("up to nine days", "DURATION", "P9D"),
            ("Monday", "DATE", "1999-09-20"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("daily", "SET", "P1D"),
            ("this year", "DATE", "1999"),
            ("January", "DATE", "1999-01"),
            ("1996", "DATE", "1996"),
            ("months", "DURATION", "PXM"),
            ("mid-October", "DATE", "1999-10"),
            ("Wednesday", "DATE", "1999-09-15"),
            ("months", "DURATION", "PXM"),
            ("May", "DATE", "1999-05"),
        ],
    ),
    # Wednesday 2000-12-20 (ISO week 51), British regional paper's faith page, section label,
    # headline, byline, date line "Wednesday 20 December 2000", no dateline. The text fixes the
    # festivals: the first Hanukkah candle "at sundown tomorrow" (2000-12-21TEV, sundown TEV as in
    # gold_blind79) and the festival "ends at nightfall on Friday 29 December" (TNI), so "Hanukkah"
    # (headline and body) is the period 21-29 December 2000, DATE 2000-12 (the smallest calendar
    # unit holding it, gold_blind79); "Eid al-Fitr ... on Wednesday 27 December" 2000-12-27 with
    # "8.30am" that day, so Ramadan ran from late November to 26 December 2000: "Ramadan" (headline)
    # and "the holy month" (lead) DATE 2000. "Last year Hanukkah began almost three weeks earlier,
    # on the evening of 3 December" -> "Last year" 1999, "Hanukkah" 1999-12 (3-11 December 1999),
    # "almost three weeks" the size of the shift, DURATION P3W (gold_blind79's "almost two weeks"),
    # "the evening of 3 December" 1999-12-03TEV. "This year" 2000; today's fast "6.11am" to
    # "3.53pm", "a little under 10 hours" PT10H; "In 1982, when the month began in late June" ->
    # "1982" and "late June" 1982-06; "more than 18 hours" PT18H. The Festival of Light: "each
    # winter since 1994" SET XXXX-WI and "1994"; "on Saturday at 4pm" 2000-12-23 and T16:00; "at
    # sunset, at 3.54pm" two TIMEs on that day. "11.30pm on Christmas Eve, Sunday" 2000-12-24
    # (Christmas Eve falls on a Sunday in 2000); "10am on Christmas Day" 2000-12-25. "Last
    # Christmas" one DATE span, Christmas 1999, 1999-12-25 (like "Easter last year", gold_blind57);
    # "a year earlier" after it has the granularity of what it is compared with, Christmas 1998,
    # 1998-12-25 (gold_blind35, gold_blind103). The menorah "each evening ... at 4.30pm" SET
    # XXXX-XX-XXTEV and TIME XXXX-XX-XXT16:30; the food collection "every Friday" XXXX-WXX-5. Not
    # annotated: "the first Hanukkah candle" (a kind of object), "the fast" and "the month"
    # (anaphoric), "the festival", "festival of lights", "Midnight Mass" (the name of a service, its
    # 11.30pm annotated), "the shortest days", "Three calendars", "Festival of Light" (an event's
    # name), "01632 962 000", "44" (an age), "2,400", "600", "11", "three mosques".
    "castlebridge-hanukkah-ramadan-christmas": (
        "2000-12-20",
        [
            ("Hanukkah", "DATE", "2000-12"),
            ("tomorrow", "DATE", "2000-12-21"),
            ("Ramadan", "DATE", "2000"),
            ("Christmas", "DATE", "2000-12-25"),
            ("Wednesday 20 December 2000", "DATE", "2000-12-20"),
            ("sundown", "TIME", "2000-12-21TEV"),
            ("tomorrow", "DATE", "2000-12-21"),
            ("the holy month", "DATE", "2000"),
            ("Christmas", "DATE", "2000-12-25"),
            ("Hanukkah", "DATE", "2000-12"),
            ("eight-day", "DURATION", "P8D"),
            ("nightfall", "TIME", "2000-12-29TNI"),
            ("Friday 29 December", "DATE", "2000-12-29"),
            ("Eid al-Fitr", "DATE", "2000-12-27"),
            ("Wednesday 27 December", "DATE", "2000-12-27"),
            ("8.30am", "TIME", "2000-12-27T08:30"),
            ("This year", "DATE", "2000"),
            ("today", "DATE", "2000-12-20"),
            ("6.11am", "TIME", "2000-12-20T06:11"),
            ("3.53pm", "TIME", "2000-12-20T15:53"),
            ("a little under 10 hours", "DURATION", "PT10H"),
            ("1982", "DATE", "1982"),
            ("late June", "DATE", "1982-06"),
            ("more than 18 hours", "DURATION", "PT18H"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("each evening", "SET", "XXXX-XX-XXTEV"),
            ("4.30pm", "TIME", "XXXX-XX-XXT16:30"),
            ("tomorrow", "DATE", "2000-12-21"),
            ("Last year", "DATE", "1999"),
            ("Hanukkah", "DATE", "1999-12"),
            ("almost three weeks", "DURATION", "P3W"),
            ("the evening of 3 December", "TIME", "1999-12-03TEV"),
            ("each winter", "SET", "XXXX-WI"),
            ("1994", "DATE", "1994"),
            ("Saturday", "DATE", "2000-12-23"),
            ("4pm", "TIME", "2000-12-23T16:00"),
            ("sunset", "TIME", "2000-12-23TEV"),
            ("3.54pm", "TIME", "2000-12-23T15:54"),
            ("11.30pm", "TIME", "2000-12-24T23:30"),
            ("Christmas Eve", "DATE", "2000-12-24"),
            ("Sunday", "DATE", "2000-12-24"),
            ("10am", "TIME", "2000-12-25T10:00"),
            ("Christmas Day", "DATE", "2000-12-25"),
            ("Last Christmas", "DATE", "1999-12-25"),
            ("a year earlier", "DATE", "1998-12-25"),
        ],
    ),
    # Tuesday 2000-04-18 (ISO week 16), Israeli English-language daily, section label,
    # headline, byline, date line "Tuesday, April 18, 2000 / 13 Nisan 5760": the Hebrew date
    # is the same day in another calendar, a DATE with its Gregorian value 2000-04-18 (see
    # README; 15 Nisan 5760, the first day of Passover, is Thursday 20 April 2000). The text
    # fixes Passover: "begins at sundown tomorrow" 2000-04-19TEV and "ends at nightfall next
    # Wednesday, April 26" 2000-04-26TNI ("next Wednesday, April 26" one span with its date,
    # like gold_blind79's "next Saturday, 8 December"), so "Passover" (headline and lead) is DATE
    # 2000-04. Western Easter 2000 is 23 April: "Palm Sunday" 2000-04-16, "Holy Week" (16-22
    # April) 2000-04 (headline, lead and body; "the Western churches' Holy Week" -> "Holy
    # Week", the non-temporal possessor left out), "Good Friday" 2000-04-21 with "11am",
    # "6am on Easter Sunday" 2000-04-23. Orthodox Easter 2000 (Julian reckoning) is 30 April:
    # the headline's "Orthodox Easter" (one span, the modifier kept) and "Easter" (lead, body
    # twice) 2000-04-30; "a week later" the ISO week, 2000-W17 (gold_blind79); "the Saturday
    # before" one DATE span on the narrative's anchor, 2000-04-29 (like "the night before"
    # in gold_blind79), with "April 29" and "about 1pm"; "Clean Monday", the first day of the
    # Orthodox Lent 48 days before Easter, 2000-03-13 with "March 13"; "this Lent" (Orthodox,
    # 13 March-28 April) DATE 2000; "in all of 1999" -> "1999". "their fullest April since
    # 1995" -> "April" 2000-04 and "1995". Jaffa Gate's hours recur: "from 6am to 10pm daily"
    # XXXX-XX-XXThh:mm and SET P1D, "from Thursday" 2000-04-20 "until Sunday, April 30".
    # "last week" 2000-W15, "a year earlier" after it 1999-W15 (the granularity of what it is
    # compared with); "the weekend of the Holy Fire" -> "the weekend" 2000-W17-WE; "sold out
    # in February" 2000-02; "29C on Friday" 2000-04-21; "every 10 minutes" SET PT10M. Not
    # annotated: "a sunrise service" (an attributive naming a kind of service, like "dawn
    # services" in the synod story), "the Seder meal", "the Julian calendar", "the fast",
    # "the Holy Fire", "the procession routes", "4,000", "25,000", "10,000", "93 percent", "71
    # percent", "29C", "12 first-aid stations", "58" (an age), "100" (the police number) and
    # "1-800-2000-40" (a phone number holding 2000 in a 2000 story).
    "jerusalem-passover-easter-crowds": (
        "2000-04-18",
        [
            ("Passover", "DATE", "2000-04"),
            ("Holy Week", "DATE", "2000-04"),
            ("Orthodox Easter", "DATE", "2000-04-30"),
            ("a fortnight", "DURATION", "P2W"),
            ("Tuesday, April 18, 2000", "DATE", "2000-04-18"),
            ("13 Nisan 5760", "DATE", "2000-04-18"),
            ("the next two weeks", "DURATION", "P2W"),
            ("Passover", "DATE", "2000-04"),
            ("Holy Week", "DATE", "2000-04"),
            ("Easter", "DATE", "2000-04-30"),
            ("April", "DATE", "2000-04"),
            ("1995", "DATE", "1995"),
            ("Passover", "DATE", "2000-04"),
            ("sundown", "TIME", "2000-04-19TEV"),
            ("tomorrow", "DATE", "2000-04-19"),
            ("nightfall", "TIME", "2000-04-26TNI"),
            ("next Wednesday, April 26", "DATE", "2000-04-26"),
            ("Holy Week", "DATE", "2000-04"),
            ("Palm Sunday", "DATE", "2000-04-16"),
            ("Good Friday", "DATE", "2000-04-21"),
            ("11am", "TIME", "2000-04-21T11:00"),
            ("6am", "TIME", "2000-04-23T06:00"),
            ("Easter Sunday", "DATE", "2000-04-23"),
            ("Easter", "DATE", "2000-04-30"),
            ("a week later", "DATE", "2000-W17"),
            ("April 30", "DATE", "2000-04-30"),
            ("the Saturday before", "DATE", "2000-04-29"),
            ("April 29", "DATE", "2000-04-29"),
            ("about 1pm", "TIME", "2000-04-29T13:00"),
            ("Clean Monday", "DATE", "2000-03-13"),
            ("March 13", "DATE", "2000-03-13"),
            ("Easter", "DATE", "2000-04-30"),
            ("this Lent", "DATE", "2000"),
            ("1999", "DATE", "1999"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("daily", "SET", "P1D"),
            ("Thursday", "DATE", "2000-04-20"),
            ("Sunday, April 30", "DATE", "2000-04-30"),
            ("every 10 minutes", "SET", "PT10M"),
            ("last week", "DATE", "2000-W15"),
            ("a year earlier", "DATE", "1999-W15"),
            ("the weekend", "DATE", "2000-W17-WE"),
            ("February", "DATE", "2000-02"),
            ("Friday", "DATE", "2000-04-21"),
        ],
    ),
    # Friday 1998-07-24 (ISO week 30), Irish regional weekly, section label, headline,
    # standfirst, date line "Friday 24 July 1998", byline, no dateline. Garland Sunday, the
    # last Sunday of July, is "Sunday" 1998-07-26 (headline, lead); all the clock times of the
    # day of the climb are on it ("at 8am" in the standfirst and body and "the 8am Mass",
    # "from 2pm", "at 4pm", "from 7am", "between 5am and 6pm", "from 5.30am"), as are "early
    # morning" (standfirst, the modifier kept) 1998-07-26TMO, "mid-afternoon" TAF and "the
    # evening" TEV of the forecast; the barefoot climb "through the night on Saturday" ->
    # "the night" 1998-07-25TNI and "Saturday", reaching the summit "at about 4am" on the
    # Sunday, 1998-07-26T04:00. "the annual ... pilgrimage" -> "annual" SET P1Y (an adjective
    # naming a recurrence, like "monthly leak surveys" in gold_blind35); "the annual Garland
    # Sunday pilgrimage" also "Garland Sunday" (the pilgrimage is held on that day of this
    # year, like "this year's Eid prayers" in gold_blind79). "restored in the spring" 1998-SP
    # (the 18 months from October 1996); "last Saturday" in a Friday paper 1998-07-18; "Met
    # Eireann said yesterday" 1998-07-23; "the 12th century" 11; "Last year" 1997; "the past
    # six weeks" P6W; "fast for an hour" PT1H; "up to three hours" PT3H; "every hour" PT1H,
    # "every 20 minutes" PT20M. The festival "over the August bank holiday weekend, from Friday
    # 31 July to Monday 3 August": the holiday weekend takes the ISO week of its Saturday (1
    # August), 1998-W31-WE (gold_blind9, gold_blind103's "Family Day weekend"), with the two
    # dates. Not annotated: "the second station" (a place on the path), "the harvest", "as
    # their grandparents did", "the L1947" (a road number holding 1947), "(098) 25 1998" (a
    # phone number holding 1998 in a 1998 story), "15,000", "12,600", "140", "74" (an age),
    # "£86,000", "Knockmealy Festival" (a name), "First Mass" beyond its "8am".
    "knockmealy-garland-sunday-pilgrimage": (
        "1998-07-24",
        [
            ("Garland Sunday", "DATE", "1998-07-26"),
            ("8am", "TIME", "1998-07-26T08:00"),
            ("early morning", "TIME", "1998-07-26TMO"),
            ("Friday 24 July 1998", "DATE", "1998-07-24"),
            ("Sunday", "DATE", "1998-07-26"),
            ("annual", "SET", "P1Y"),
            ("Garland Sunday", "DATE", "1998-07-26"),
            ("the spring", "DATE", "1998-SP"),
            ("every hour", "SET", "PT1H"),
            ("8am", "TIME", "1998-07-26T08:00"),
            ("2pm", "TIME", "1998-07-26T14:00"),
            ("4pm", "TIME", "1998-07-26T16:00"),
            ("7am", "TIME", "1998-07-26T07:00"),
            ("an hour", "DURATION", "PT1H"),
            ("up to three hours", "DURATION", "PT3H"),
            ("the 12th century", "DATE", "11"),
            ("Last year", "DATE", "1997"),
            ("the past six weeks", "DURATION", "P6W"),
            ("last Saturday", "DATE", "1998-07-18"),
            ("yesterday", "DATE", "1998-07-23"),
            ("Sunday", "DATE", "1998-07-26"),
            ("mid-afternoon", "TIME", "1998-07-26TAF"),
            ("the evening", "TIME", "1998-07-26TEV"),
            ("5am", "TIME", "1998-07-26T05:00"),
            ("6pm", "TIME", "1998-07-26T18:00"),
            ("Sunday", "DATE", "1998-07-26"),
            ("every 20 minutes", "SET", "PT20M"),
            ("5.30am", "TIME", "1998-07-26T05:30"),
            ("the night", "TIME", "1998-07-25TNI"),
            ("Saturday", "DATE", "1998-07-25"),
            ("about 4am", "TIME", "1998-07-26T04:00"),
            ("1905", "DATE", "1905"),
            ("October 1996", "DATE", "1996-10"),
            ("18 months", "DURATION", "P18M"),
            ("8am", "TIME", "1998-07-26T08:00"),
            ("the August bank holiday weekend", "DATE", "1998-W31-WE"),
            ("Friday 31 July", "DATE", "1998-07-31"),
            ("Monday 3 August", "DATE", "1998-08-03"),
        ],
    ),
    # Saturday 1999-11-06 (ISO week 44), Indian daily's city page, section label, headline,
    # date line "Saturday, November 6, 1999", byline "By Our Staff Reporter", "KESARPUR:"
    # dateline. The text fixes the festival days: "Diwali falling on Sunday" 1999-11-07,
    # "Dhanteras on Friday" 1999-11-05, "Govardhan Puja on Monday" 1999-11-08 and "Bhai Dooj
    # on Tuesday" 1999-11-09, each a holiday and its weekday, two DATEs. The headline's
    # "midnight" is that of "tonight" (the markets), 1999-11-06T24:00 (gold_blind103); its
    # "10 pm" the start of the curfew, "between 10 pm on Sunday and 6 am on Monday" ->
    # 1999-11-07T22:00 and 1999-11-08T06:00 with the two DATEs. "Sunday evening"
    # 1999-11-07TEV, the muhurat "from 5.52 pm to 8.21 pm" that evening; "from 6 pm on
    # Sunday". "the financial year 1999-2000, which ends on March 31" -> FY2000 (Indian
    # April-March year, one span, gold_blind49) and 2000-03-31. "the October-December quarter"
    # of this year 1999-Q4 (gold_blind79), "this year" 1999; "on October 25" 1999-10-25;
    # "than in 1998"; "the past two months" P2M; "from tonight until Tuesday" 1999-11-06TNI and
    # 1999-11-09; "until November 10" 1999-11-10; "last year" (three times) 1998; "six hours"
    # PT6H; "The five-day festival" -> "five-day" DURATION. Not annotated: "Diwali rush"
    # (headline; the rush of the days before the festival, a holiday in a compound naming a
    # kind of thing, gold_blind79), "Lakshmi puja" (a ritual), "muhurat" (an auspicious
    # period set by the almanac, given by its two clock times), "the panchang", "new account
    # books", "the festival" (anaphoric), "round the clock", "Sky Shot 2000" (a product's name
    # holding 2000 in a 1999 story), "2541999" and "101" (phone numbers), "Rs 3.2 crore", "20
    # per cent", "40 per cent", "56" (an age), "a kilo", "Rs 240", "100", "Rs 450", "1,200",
    # "60 extra buses", "212 calls", "14 points", "20 beds", "500 micrograms".
    "kesarpur-diwali-markets-cracker-curfew": (
        "1999-11-06",
        [
            ("midnight", "TIME", "1999-11-06T24:00"),
            ("10 pm", "TIME", "1999-11-07T22:00"),
            ("Saturday, November 6, 1999", "DATE", "1999-11-06"),
            ("Diwali", "DATE", "1999-11-07"),
            ("Sunday", "DATE", "1999-11-07"),
            ("midnight", "TIME", "1999-11-06T24:00"),
            ("tonight", "TIME", "1999-11-06TNI"),
            ("10 pm", "TIME", "1999-11-07T22:00"),
            ("Sunday", "DATE", "1999-11-07"),
            ("6 am", "TIME", "1999-11-08T06:00"),
            ("Monday", "DATE", "1999-11-08"),
            ("five-day", "DURATION", "P5D"),
            ("Dhanteras", "DATE", "1999-11-05"),
            ("Friday", "DATE", "1999-11-05"),
            ("last year", "DATE", "1998"),
            ("Sunday evening", "TIME", "1999-11-07TEV"),
            ("5.52 pm", "TIME", "1999-11-07T17:52"),
            ("8.21 pm", "TIME", "1999-11-07T20:21"),
            ("Diwali", "DATE", "1999-11-07"),
            ("the financial year 1999-2000", "DATE", "FY2000"),
            ("March 31", "DATE", "2000-03-31"),
            ("the October-December quarter", "DATE", "1999-Q4"),
            ("this year", "DATE", "1999"),
            ("October 25", "DATE", "1999-10-25"),
            ("1998", "DATE", "1998"),
            ("the past two months", "DURATION", "P2M"),
            ("tonight", "TIME", "1999-11-06TNI"),
            ("Tuesday", "DATE", "1999-11-09"),
            ("Govardhan Puja", "DATE", "1999-11-08"),
            ("Monday", "DATE", "1999-11-08"),
            ("Bhai Dooj", "DATE", "1999-11-09"),
            ("Tuesday", "DATE", "1999-11-09"),
            ("last year", "DATE", "1998"),
            ("6 pm", "TIME", "1999-11-07T18:00"),
            ("Sunday", "DATE", "1999-11-07"),
            ("November 10", "DATE", "1999-11-10"),
            ("Last year", "DATE", "1998"),
            ("six hours", "DURATION", "PT6H"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
