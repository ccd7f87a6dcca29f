"""Annotations of the hundred-and-fifty-fourth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind154/annotate.py [--show]

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
    # Friday 2012-03-16 (ISO week 11), Irish daily, headline, standfirst, byline, date line
    # "Friday 16 March 2012", no dateline. St Patrick's Day 2012 is Saturday 17 March (the
    # Gregorian calendar fixes it; the text says "on Saturday"), "tomorrow" in the paper; the
    # Monday after, 2012-03-19, is the bank holiday. "Saturday's St Patrick's Day parade" ->
    # "Saturday" (possessive without the "'s") and "St Patrick's Day", two DATEs (the parade is
    # held that day, gold_blind21, gold_blind57). "a long weekend" (standfirst) and "the
    # three-day weekend" are the Saturday-Monday holiday weekend, the ISO weekend of its
    # Saturday, 2012-W11-WE ("the three-day weekend" one span, gold_blind43; "the long
    # weekend", gold_blind103). "tomorrow afternoon" TIME 2012-03-17TAF; the parade "at noon",
    # closures "at 6am tomorrow", "by 5pm", "until 7pm" are clock times of Saturday. "the
    # middle of February" 2012-02 (the modifier not recorded, like "the middle of next week",
    # gold_blind103); "their highest in a decade" DURATION P10Y (the period of a superlative).
    # "Last year it was a working day and most visitors went home that night": "Last year" 2011
    # and "that night" the night of St Patrick's Day 2011, 2011-03-17TNI (a narrative anchor,
    # like "that night" after Diwali in gold_blind79). The festival "opened on Wednesday"
    # 2012-03-14 and "runs for five days" P5D, ending "on Sunday night" 2012-03-18TNI with
    # fireworks "at 9.30pm" that night. Kilbracken's parade is "on Monday morning"
    # 2012-03-19TMO. "the 2013 programme" DATE 2013 (an adjectival year); "Next year's parade"
    # -> "Next year" 2013, its "Sunday 17 March" 2013-03-17 one span with the weekday; "the
    # autumn" ahead in March 2012-FA. "first held in 1996 as a one-day event" -> "1996" and
    # "one-day" P1D; "for 30 years" P30Y. Not annotated: "Bank holiday" and "a bank holiday"
    # (predicates naming a kind of day; only "Monday" is annotated, gold_blind36), "the
    # Corranmore St Patrick's Festival" (a festival's name), "the day" and "it" (anaphoric),
    # "a working day", "march" (the verb), "routes 17 and 46A", "450,000", "600 officers",
    # "€3.1m", "a fifth", "20km", "71" (an age), "the parade" and "the village parade"
    # (events), "corranmorefestival.ie/2012" (a URL) and "1850 317 2012" (a phone number).
    "corranmore-st-patricks-parade-saturday": (
        "2012-03-16",
        [
            ("Saturday", "DATE", "2012-03-17"),
            ("St Patrick's Day", "DATE", "2012-03-17"),
            ("Monday", "DATE", "2012-03-19"),
            ("a long weekend", "DATE", "2012-W11-WE"),
            ("tomorrow afternoon", "TIME", "2012-03-17TAF"),
            ("Friday 16 March 2012", "DATE", "2012-03-16"),
            ("tomorrow", "DATE", "2012-03-17"),
            ("two-hour", "DURATION", "PT2H"),
            ("noon", "TIME", "2012-03-17T12:00"),
            ("St Patrick's Day", "DATE", "2012-03-17"),
            ("Saturday", "DATE", "2012-03-17"),
            ("Monday", "DATE", "2012-03-19"),
            ("the three-day weekend", "DATE", "2012-W11-WE"),
            ("a decade", "DURATION", "P10Y"),
            ("the middle of February", "DATE", "2012-02"),
            ("Last year", "DATE", "2011"),
            ("that night", "TIME", "2011-03-17TNI"),
            ("6am", "TIME", "2012-03-17T06:00"),
            ("tomorrow", "DATE", "2012-03-17"),
            ("5pm", "TIME", "2012-03-17T17:00"),
            ("7pm", "TIME", "2012-03-17T19:00"),
            ("Wednesday", "DATE", "2012-03-14"),
            ("five days", "DURATION", "P5D"),
            ("Sunday night", "TIME", "2012-03-18TNI"),
            ("9.30pm", "TIME", "2012-03-18T21:30"),
            ("1996", "DATE", "1996"),
            ("one-day", "DURATION", "P1D"),
            ("this year", "DATE", "2012"),
            ("2011", "DATE", "2011"),
            ("Monday morning", "TIME", "2012-03-19TMO"),
            ("tomorrow", "DATE", "2012-03-17"),
            ("30 years", "DURATION", "P30Y"),
            ("Next year", "DATE", "2013"),
            ("Sunday 17 March", "DATE", "2013-03-17"),
            ("2013", "DATE", "2013"),
            ("the autumn", "DATE", "2012-FA"),
        ],
    ),
    # Saturday 2013-07-06 (ISO week 27), British regional daily, headline, standfirst, byline,
    # date line "Saturday 6 July 2013", no dateline. The text fixes the start of the fast:
    # "on Tuesday" (headline and lead) 2013-07-09, the crescent visible "on Monday evening"
    # 2013-07-08TEV; the council spoke "last night", Friday night 2013-07-05TNI. Eid al-Fitr is
    # "expected on Thursday 8 August" 2013-08-08, so this year's month runs 9 July-7 August 2013
    # and "Ramadan" (headline, lead) is DATE 2013, the smallest calendar unit holding the whole
    # period (gold_blind79); "the holy month" of next year (late June-July 2014) likewise 2014.
    # "the height of summer" DATE 2013-SU (the modifier not recorded). The daily fast recurs
    # on no particular day: "dawn" XXXX-XX-XXTMO and "sunset" XXXX-XX-XXTEV (the TimeML
    # reading of gold_blind79), "about 2.45am", "about 9.35pm" and the standfirst's "3am" and
    # "9.30pm" XXXX-XX-XXThh:mm (gold_blind57's "from before 4 a.m. until after 9 p.m."); the
    # nightly prayers "every night from 11pm" SET XXXX-XX-XXTNI and XXXX-XX-XXT23:00, the
    # meals "at sunset" XXXX-XX-XXTEV; "waking at 2am for a week" XXXX-XX-XXT02:00 and P1W.
    # "18-hour" and "about 18 hours" PT18H; "the longest fasts for more than three decades"
    # DURATION P30Y (the period of a superlative). "The first week" P1W and "the third week"
    # P3W are ordinal periods of the fast, DURATION (gold_blind35). "about 11 days shorter"
    # DURATION P11D (the size of a difference). "late June next year" 2014-06 and 2014;
    # "mid-June in 2015" 2015-06 and 2015. "16 July" 2013-07-16; "next week" 2013-W28; "last
    # year" 2012, "in 2012" 2012; "8.30am" on Eid 2013-08-08T08:30. Not annotated: "Summer
    # timing" (an adjective naming a kind), "the fast" (twice), "the month" ("over the month",
    # anaphoric), "the Islamic year" and "the Gregorian one" (calendar units, generic), "the
    # hours", "the days", "the new crescent", "the council's chairman", "children under 12",
    # "12" and "19" (ages), "9,000 meals", "8,400", "6,000 people", "28C", "01632 960143" and
    # "cnm.org.uk/ramadan2013" (a URL holding the year).
    "ravensmoor-ramadan-eighteen-hour-fasts": (
        "2013-07-06",
        [
            ("18-hour", "DURATION", "PT18H"),
            ("Ramadan", "DATE", "2013"),
            ("Tuesday", "DATE", "2013-07-09"),
            ("3am", "TIME", "XXXX-XX-XXT03:00"),
            ("9.30pm", "TIME", "XXXX-XX-XXT21:30"),
            ("Saturday 6 July 2013", "DATE", "2013-07-06"),
            ("Tuesday", "DATE", "2013-07-09"),
            ("last night", "TIME", "2013-07-05TNI"),
            ("Monday evening", "TIME", "2013-07-08TEV"),
            ("Ramadan", "DATE", "2013"),
            ("the height of summer", "DATE", "2013-SU"),
            ("dawn", "TIME", "XXXX-XX-XXTMO"),
            ("about 2.45am", "TIME", "XXXX-XX-XXT02:45"),
            ("sunset", "TIME", "XXXX-XX-XXTEV"),
            ("about 9.35pm", "TIME", "XXXX-XX-XXT21:35"),
            ("about 18 hours", "DURATION", "PT18H"),
            ("more than three decades", "DURATION", "P30Y"),
            ("The first week", "DURATION", "P1W"),
            ("the third week", "DURATION", "P3W"),
            ("about 11 days", "DURATION", "P11D"),
            ("the holy month", "DATE", "2014"),
            ("late June", "DATE", "2014-06"),
            ("next year", "DATE", "2014"),
            ("mid-June", "DATE", "2015-06"),
            ("2015", "DATE", "2015"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("sunset", "TIME", "XXXX-XX-XXTEV"),
            ("last year", "DATE", "2012"),
            ("16 July", "DATE", "2013-07-16"),
            ("2am", "TIME", "XXXX-XX-XXT02:00"),
            ("a week", "DURATION", "P1W"),
            ("next week", "DATE", "2013-W28"),
            ("Eid al-Fitr", "DATE", "2013-08-08"),
            ("Thursday 8 August", "DATE", "2013-08-08"),
            ("2012", "DATE", "2012"),
            ("8.30am", "TIME", "2013-08-08T08:30"),
        ],
    ),
    # Sunday 2013-10-27 (ISO week 43), Indian daily's city story, headline, deck, byline with
    # the paper's name, stamp "Last Updated: Sunday, October 27, 2013, 02:10 IST" (DATE and
    # TIME, the zone in the span), "VARANPUR, OCTOBER 26:" dateline: the dateline carries the
    # day the story was filed, Saturday 2013-10-26, the day before the paper, and "on
    # Saturday" (the crowds, the gold price) is that day. Diwali 2013 is Sunday 3 November,
    # which the text gives as "next Sunday": said on a Sunday, the Sunday of the next week
    # (like "next Saturday" on a Saturday in gold_blind79); "till Diwali" the same day.
    # "Dhanteras ... on Friday" (deck and body) is the coming Friday 2013-11-01, while the
    # officer "said on Friday", the past Friday 2013-10-25: the same weekday both ways; the
    # traffic curbs run "from Tuesday to Saturday", 2013-10-29 and 2013-11-02 (the coming
    # ones). "a week before festival" (headline) DURATION P1W, anchored on the festival; "the
    # next seven days" P7D. The markets' closing hour "till 11pm" (headline) and "until 11pm
    # every day" and the curbs' daily window "between 8am and 10pm" recur on no particular day,
    # XXXX-XX-XXThh:mm; "every day" SET P1D. "Dussehra on October 13" and "Bhai Dooj on
    # November 5", a holiday and its date two DATEs (gold_blind79). "Last year Diwali was on
    # November 13" -> 2012 and 2012-11-13 (the text gives the day). "the first 24 hours" of
    # pre-booking DURATION PT24H (an ordinal period of an event); "five-day" P5D; "the
    # October-December quarter" 2013-Q4 and "the same quarter of 2012" one span 2012-Q4
    # (calendar quarters; no fiscal year is described, gold_blind79). Not annotated: "Diwali
    # rush" (headline; a kind of rush, not a day), "festival" and "the festival", "the day"
    # (Dhanteras, anaphoric), "the wedding season", "Diwali Bumper Sale" (a sale's name; it
    # runs from October 28), "annual festive business" (the period of a figure, gold_blind79),
    # "festive buyers", "Rs 30,450", "10 grams", "24-carat", "20%", "12%", "2,300 shops", "300
    # extra personnel", "1.2 lakh orders", "Additional SP", "ShopKaro.in", "1800-180-2013"
    # (a phone number ending in the year).
    "varanpur-diwali-shopping-rush": (
        "2013-10-27",
        [
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("a week", "DURATION", "P1W"),
            ("Dhanteras", "DATE", "2013-11-01"),
            ("Friday", "DATE", "2013-11-01"),
            ("Tuesday", "DATE", "2013-10-29"),
            ("Sunday, October 27, 2013", "DATE", "2013-10-27"),
            ("02:10 IST", "TIME", "2013-10-27T02:10"),
            ("OCTOBER 26", "DATE", "2013-10-26"),
            ("Diwali", "DATE", "2013-11-03"),
            ("next Sunday", "DATE", "2013-11-03"),
            ("Saturday", "DATE", "2013-10-26"),
            ("the next seven days", "DURATION", "P7D"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("every day", "SET", "P1D"),
            ("Diwali", "DATE", "2013-11-03"),
            ("Dussehra", "DATE", "2013-10-13"),
            ("October 13", "DATE", "2013-10-13"),
            ("Dhanteras", "DATE", "2013-11-01"),
            ("Friday", "DATE", "2013-11-01"),
            ("this year", "DATE", "2013"),
            ("Saturday", "DATE", "2013-10-26"),
            ("last year", "DATE", "2012"),
            ("Last year", "DATE", "2012"),
            ("Diwali", "DATE", "2012-11-13"),
            ("November 13", "DATE", "2012-11-13"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("Tuesday", "DATE", "2013-10-29"),
            ("Saturday", "DATE", "2013-11-02"),
            ("Friday", "DATE", "2013-10-25"),
            ("October 28", "DATE", "2013-10-28"),
            ("November 2", "DATE", "2013-11-02"),
            ("the first 24 hours", "DURATION", "PT24H"),
            ("recent years", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("five-day", "DURATION", "P5D"),
            ("Bhai Dooj", "DATE", "2013-11-05"),
            ("November 5", "DATE", "2013-11-05"),
            ("the October-December quarter", "DATE", "2013-Q4"),
            ("the same quarter of 2012", "DATE", "2012-Q4"),
        ],
    ),
    # Monday 2015-02-16 (ISO week 8), Malaysian daily, headline, stamp "Monday, 16 February
    # 2015 | MYT 7:45 AM" (DATE and TIME, the zone in the span and not in the value), byline,
    # "SUNGAI LADANG:" dateline. Chinese New Year 2015 is Thursday 19 February, which the text
    # gives ("The Year of the Goat begins on Thursday"); its eve is Wednesday 2015-02-18: "eve
    # of Chinese New Year" (headline) and "the eve of the new year" are one DATE span each,
    # like "the eve of the Mid-Autumn Festival" (gold_blind79). "The Year of the Goat" DATE
    # 2015, the calendar year it begins in and mostly covers (gold_blind57). "a four-day
    # weekend" (Thursday to Sunday) is the ISO weekend of its Saturday, 2015-W08-WE, one span
    # like "the three-day weekend" (gold_blind43). Future weekdays: "Tuesday" 2015-02-17,
    # "Wednesday" 2015-02-18 (with "between 7am and 1pm" that day), "Thursday" 2015-02-19,
    # "Friday" 2015-02-20, "Sunday afternoon" 2015-02-22TAF; "tomorrow" 2015-02-17; "next
    # Monday" on a Monday is the Monday of the next week, 2015-02-23 (like "next Saturday" on
    # a Saturday, gold_blind79). Past: the spokesman "said on Saturday" and the police "began
    # Ops Selamat 7 on Saturday" 2015-02-14, people left "on Friday night" 2015-02-13TNI and
    # "yesterday" 2015-02-15. "Last year's Chinese New Year fell on Jan 31" -> "Last year"
    # 2014, "Chinese New Year" 2014-01-31 and "Jan 31"; "the Thursday before" it, one span,
    # 2014-01-30 (an anchored weekday, like "the Sunday after Deepavali" in gold_blind79).
    # "This year" 2015; "since early January" 2015-01; "24-hour" PT24H; "every 15 minutes"
    # SET PT15M; "close for a week from Thursday and reopen on Feb 26" P1W, 2015-02-19,
    # 2015-02-26; "15 days" P15D; "the first week" of the new year's holiday, an ordinal
    # period, DURATION P1W; "Now" PRESENT_REF; "recent years" PAST_REF. Not annotated: "round
    # the clock" (an idiom), "peak times", "public holidays" and "the break" (predicates and
    # anaphora), "reunion dinners", "the return journey", "the campaign", "Ops Selamat 7" (an
    # operation's name and number), "1.8 million vehicles", "120 buses", "RM55", "1,600
    # officers", "68" (an age), "Balik kampung" (going home, no time).
    "sungai-ladang-lunar-new-year-exodus": (
        "2015-02-16",
        [
            ("eve of Chinese New Year", "DATE", "2015-02-18"),
            ("Monday, 16 February 2015", "DATE", "2015-02-16"),
            ("MYT 7:45 AM", "TIME", "2015-02-16T07:45"),
            ("Wednesday", "DATE", "2015-02-18"),
            ("the eve of the new year", "DATE", "2015-02-18"),
            ("The Year of the Goat", "DATE", "2015"),
            ("Thursday", "DATE", "2015-02-19"),
            ("Thursday", "DATE", "2015-02-19"),
            ("Friday", "DATE", "2015-02-20"),
            ("a four-day weekend", "DATE", "2015-W08-WE"),
            ("7am", "TIME", "2015-02-18T07:00"),
            ("1pm", "TIME", "2015-02-18T13:00"),
            ("Wednesday", "DATE", "2015-02-18"),
            ("Sunday afternoon", "TIME", "2015-02-22TAF"),
            ("Saturday", "DATE", "2015-02-14"),
            ("24-hour", "DURATION", "PT24H"),
            ("tomorrow", "DATE", "2015-02-17"),
            ("next Monday", "DATE", "2015-02-23"),
            ("Last year", "DATE", "2014"),
            ("Chinese New Year", "DATE", "2014-01-31"),
            ("Jan 31", "DATE", "2014-01-31"),
            ("the Thursday before", "DATE", "2014-01-30"),
            ("This year", "DATE", "2015"),
            ("Friday night", "TIME", "2015-02-13TNI"),
            ("yesterday", "DATE", "2015-02-15"),
            ("Tuesday", "DATE", "2015-02-17"),
            ("Wednesday", "DATE", "2015-02-18"),
            ("early January", "DATE", "2015-01"),
            ("every 15 minutes", "SET", "PT15M"),
            ("Saturday", "DATE", "2015-02-14"),
            ("recent years", "DATE", "PAST_REF"),
            ("a week", "DURATION", "P1W"),
            ("Thursday", "DATE", "2015-02-19"),
            ("Feb 26", "DATE", "2015-02-26"),
            ("15 days", "DURATION", "P15D"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the first week", "DURATION", "P1W"),
        ],
    ),
    # Wednesday 2014-04-09 (ISO week 15), US paper, headline, deck, date line "Wednesday,
    # April 9, 2014", byline "Staff Writer", "RIVERTON HEIGHTS, Ohio —" dateline. Easter 2014
    # (Western and Orthodox) is Sunday 20 April, Palm Sunday "this Sunday" 2014-04-13; the
    # text fixes Passover: it "begins at sundown Monday" 2014-04-14TEV and "ends at nightfall on
    # April 22" 2014-04-22TNI, so "Passover" (headline, lead) is the period 14-22 April 2014,
    # DATE 2014-04 (the smallest calendar unit holding it, gold_blind79), and "Holy Week"
    # (13-19 April) likewise 2014-04. "the same week" (headline) is the ISO week holding the
    # first Seder and Easter Sunday, 2014-W16. "Easter follows six days later" -> "six days
    # later" DATE 2014-04-20, anchored on the narrative's last date (Monday), like "two days
    # later" in gold_blind103. The clergy "said Tuesday" 2014-04-08 (past) while the joint
    # seder is "Tuesday" (deck) and "next Tuesday at 6 p.m." 2014-04-15 (future; "next" on a
    # Wednesday names the Tuesday of the next week): the same weekday both ways; "by Monday
    # night" 2014-04-07TNI (past) and "the temple's own seder on Monday night" 2014-04-14TNI
    # (future). "Last year Passover began March 25 and Easter was March 31": "Passover" of 2013
    # (25 March-2 April) DATE 2013, "Easter" 2013-03-31. "Palm Sunday processions", "Holy Week
    # services" and "The sunrise service on Easter Sunday" name things held on those days of
    # this year and are annotated (gold_blind57, gold_blind79); "every year since 1987" SET P1Y
    # and 1987. "the same Sunday" 2014-04-20; "2011" (the last coincidence of the two Easters).
    # "eight-day" P8D; "every day" SET P1D "through April 25"; "the past year" P1Y; the egg
    # hunt "10 a.m. Saturday" 2014-04-19; "Last year's hunt, on March 30" -> "Last year" 2013
    # and 2013-03-30, "the night before" 2013-03-29TNI (anchored on that date, gold_blind79).
    # Not annotated: "An Easter egg hunt" (a kind of event, held on Saturday, not on Easter,
    # like "Easter eggs" in gold_blind57), "kosher-for-Passover aisle" (a kind of goods), "the
    # sunrise service" (a service's name: "sunrise" is not read as a time), "our spring
    # calendars" (an adjective naming a kind), "The eight-day holiday" beyond its adjective,
    # "the dates", "Route 33", "400 children", "180 people", "15 percent", "2 inches".
    "riverton-heights-passover-easter-same-week": (
        "2014-04-09",
        [
            ("Passover", "DATE", "2014-04"),
            ("Easter", "DATE", "2014-04-20"),
            ("the same week", "DATE", "2014-W16"),
            ("Tuesday", "DATE", "2014-04-15"),
            ("Wednesday, April 9, 2014", "DATE", "2014-04-09"),
            ("Passover", "DATE", "2014-04"),
            ("sundown", "TIME", "2014-04-14TEV"),
            ("Monday", "DATE", "2014-04-14"),
            ("Easter", "DATE", "2014-04-20"),
            ("six days later", "DATE", "2014-04-20"),
            ("Tuesday", "DATE", "2014-04-08"),
            ("next Tuesday", "DATE", "2014-04-15"),
            ("6 p.m.", "TIME", "2014-04-15T18:00"),
            ("Monday night", "TIME", "2014-04-07TNI"),
            ("Last year", "DATE", "2013"),
            ("Passover", "DATE", "2013"),
            ("March 25", "DATE", "2013-03-25"),
            ("Easter", "DATE", "2013-03-31"),
            ("March 31", "DATE", "2013-03-31"),
            ("eight-day", "DURATION", "P8D"),
            ("nightfall", "TIME", "2014-04-22TNI"),
            ("April 22", "DATE", "2014-04-22"),
            ("Monday night", "TIME", "2014-04-14TNI"),
            ("Holy Week", "DATE", "2014-04"),
            ("Palm Sunday", "DATE", "2014-04-13"),
            ("this Sunday", "DATE", "2014-04-13"),
            ("Easter Sunday", "DATE", "2014-04-20"),
            ("6:45 a.m.", "TIME", "2014-04-20T06:45"),
            ("every year", "SET", "P1Y"),
            ("1987", "DATE", "1987"),
            ("This year", "DATE", "2014"),
            ("Easter", "DATE", "2014-04-20"),
            ("the same Sunday", "DATE", "2014-04-20"),
            ("2011", "DATE", "2011"),
            ("every day", "SET", "P1D"),
            ("April 25", "DATE", "2014-04-25"),
            ("the past year", "DURATION", "P1Y"),
            ("10 a.m.", "TIME", "2014-04-19T10:00"),
            ("Saturday", "DATE", "2014-04-19"),
            ("Last year", "DATE", "2013"),
            ("March 30", "DATE", "2013-03-30"),
            ("the night before", "TIME", "2013-03-29TNI"),
        ],
    ),
    # Tuesday 2013-11-26 (ISO week 48), US Jewish community paper, masthead, date line
    # "Tuesday, November 26, 2013", headline, deck, byline, "HILLCREST, Mass. —" dateline.
    # Thanksgiving 2013 is the fourth Thursday of November, 2013-11-28 (the text also says "on
    # Nov. 28"); Hanukkah begins "at sundown Wednesday" 2013-11-27TEV and "ends at nightfall on
    # Thursday, Dec. 5" 2013-12-05TNI, so "Hanukkah" (27 November-5 December, two months) is
    # DATE 2013, the smallest calendar unit holding it (gold_blind79). "Thanksgiving eve"
    # (headline) and "the eve of Thanksgiving" are Wednesday 2013-11-27, one DATE span each;
    # "the first full day of Hanukkah" (deck) one DATE span 2013-11-28, like "the first day of
    # Ramadan" (gold_blind57). "tomorrow night" 2013-11-27TNI; "eight-day" P8D; "1888" (deck
    # and body) the last such overlap. "Last year the first candle was lit on Dec. 8" -> 2012
    # and 2012-12-08. The rabbi "said Sunday" 2013-11-24 (past), "since the summer" 2013-SU;
    # the lighting "at 4:15 p.m. on Sunday" is the coming Sunday 2013-12-01 (the same weekday
    # both ways), the brunch "Monday, Dec. 2" one span. "since last week" 2013-W47; the bakery
    # "normally closes at 6 p.m." XXXX-XX-XXT18:00 (a recurring hour), "until 9 p.m. Wednesday"
    # 2013-11-27T21:00 and the DATE, "close all day Thursday" -> "Thursday" 2013-11-28; the
    # drive runs "until noon Wednesday" 2013-11-27T12:00. "less than four weeks between Black
    # Friday and Christmas" DURATION P4W, "Black Friday" 2013-11-29, "Christmas" 2013-12-25;
    # "8 p.m. on Thanksgiving night" TIME 2013-11-28T20:00 and TIME 2013-11-28TNI. Not
    # annotated: "the first Hanukkah candle" (a kind of object, gold_blind79), "its
    # Thanksgiving drive" (a drive that ends on Wednesday, not held on the holiday), "the
    # holiday" and "the two holidays" (anaphoric), "the eight-day festival" beyond its
    # adjective, "the latest date it can fall" (a generic claim), "a short season", "THE
    # HILLCREST JEWISH CHRONICLE", "Route 1A", "781-555-1888" (a phone number ending in the
    # year of the text), "hillcrestchronicle.org/chanukah5774" (a Hebrew year in a URL).
    "hillcrest-hanukkah-thanksgiving-overlap": (
        "2013-11-26",
        [
            ("Tuesday, November 26, 2013", "DATE", "2013-11-26"),
            ("Thanksgiving eve", "DATE", "2013-11-27"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("the first full day of Hanukkah", "DATE", "2013-11-28"),
            ("1888", "DATE", "1888"),
            ("tomorrow night", "TIME", "2013-11-27TNI"),
            ("eight-day", "DURATION", "P8D"),
            ("sundown", "TIME", "2013-11-27TEV"),
            ("Wednesday", "DATE", "2013-11-27"),
            ("the eve of Thanksgiving", "DATE", "2013-11-27"),
            ("1888", "DATE", "1888"),
            ("Hanukkah", "DATE", "2013"),
            ("this year", "DATE", "2013"),
            ("Last year", "DATE", "2012"),
            ("Dec. 8", "DATE", "2012-12-08"),
            ("Sunday", "DATE", "2013-11-24"),
            ("the summer", "DATE", "2013-SU"),
            ("4:15 p.m.", "TIME", "2013-12-01T16:15"),
            ("Sunday", "DATE", "2013-12-01"),
            ("Monday, Dec. 2", "DATE", "2013-12-02"),
            ("Hanukkah", "DATE", "2013"),
            ("nightfall", "TIME", "2013-12-05TNI"),
            ("Thursday, Dec. 5", "DATE", "2013-12-05"),
            ("last week", "DATE", "2013-W47"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("9 p.m.", "TIME", "2013-11-27T21:00"),
            ("Wednesday", "DATE", "2013-11-27"),
            ("Thursday", "DATE", "2013-11-28"),
            ("noon", "TIME", "2013-11-27T12:00"),
            ("Wednesday", "DATE", "2013-11-27"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("Nov. 28", "DATE", "2013-11-28"),
            ("less than four weeks", "DURATION", "P4W"),
            ("Black Friday", "DATE", "2013-11-29"),
            ("Christmas", "DATE", "2013-12-25"),
            ("8 p.m.", "TIME", "2013-11-28T20:00"),
            ("Thanksgiving night", "TIME", "2013-11-28TNI"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
