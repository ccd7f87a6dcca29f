"""Annotations of the blind gold set 642, chosen by hand before the tagger ran.

    python tests/data/gold_blind642/annotate.py [--show]

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
    # Monday 1989-11-20 (ISO week 47), AP science writer's shuttle countdown story in the
    # form of archived wire copy: header line "November 20, 1989, Monday, PM cycle" (one DATE
    # span with its trailing weekday; "PM cycle" is the news cycle for afternoon papers, not a
    # time), "SECTION:", "LENGTH:", "HEADLINE:", "BYLINE:" and "DATELINE:" fields; "today" is
    # the day of the wire. Thanksgiving 1989 is the fourth Thursday of November, 1989-11-23
    # (headline, lead, twice in the body; gold_blind35's "by Thanksgiving"). Future weekdays:
    # "Wednesday" (headline, "Wednesday's liftoff", "7:48 a.m. EST (1248 GMT) Wednesday")
    # 1989-11-22, "Wednesday morning" 1989-11-22TMO, "Tuesday night" 1989-11-21TNI, "try again
    # Thursday" 1989-11-23, "to Saturday" 1989-11-25, "Saturday morning" 1989-11-25TMO, "next
    # Monday" 1989-11-27. Past: "late Sunday" 1989-11-19 (DATE, the modifier kept, like "early
    # Friday" in gold_blind103), "finished their checks Friday" 1989-11-17, "last week"
    # 1989-W46, "Nov. 8" 1989-11-08. "at the T-minus 43-hour mark" -> "43-hour" DURATION PT43H,
    # "T-minus" a signal (gold_blind59, gold_blind96). Local and GMT clock times are two TIMEX3
    # on their own days ("7:48 a.m. EST (1248 GMT)", "9:14 a.m. PST (1714 GMT)"). "the second
    # day, Thanksgiving" -> "the second day" DURATION P1D (an ordinal day of an event, the
    # majority reading of gold_blind36 and gold_blind53, like "the fifth day, Tuesday" in
    # gold_blind66) and the holiday a DATE. "that evening" and "the next day" are anchored on
    # Thanksgiving, the last date of the story line: 1989-11-23TEV and 1989-11-24. "fiscal
    # 1990, which began Oct. 1" FY1990 plus 1989-10-01 (gold_blind35); "this year" 1989; "once
    # a month" SET P1M; "the mid-1990s" 199; "the next decade" DURATION P10Y (gold_blind16,
    # gold_blind37); "every 90 minutes" SET PT90M (an orbit); "every hour" SET PT1H. Not
    # annotated: "PM cycle", "LENGTH: 422 words", "Pad 39-B", "T-38", "T-minus", "$96
    # million", "five astronauts", "70 percent", "600 workers", "A second delay", "38", "46"
    # (ages), "50-foot", "5,300-pound", "184 miles", "fifth", "nine", "(407) 555-1989" (a
    # phone number holding the story's year), "The holiday meal" (an adjective), "around the
    # clock", "until the crew is aboard".
    "venturer-shuttle-countdown-thanksgiving": (
        "1989-11-20",
        [
            ("November 20, 1989, Monday", "DATE", "1989-11-20"),
            ("Wednesday", "DATE", "1989-11-22"),
            ("Thanksgiving", "DATE", "1989-11-23"),
            ("today", "DATE", "1989-11-20"),
            ("Wednesday", "DATE", "1989-11-22"),
            ("five-day", "DURATION", "P5D"),
            ("Thanksgiving", "DATE", "1989-11-23"),
            ("9 a.m. EST", "TIME", "1989-11-20T09:00"),
            ("43-hour", "DURATION", "PT43H"),
            ("about four hours", "DURATION", "PT4H"),
            ("7:48 a.m. EST", "TIME", "1989-11-22T07:48"),
            ("1248 GMT", "TIME", "1989-11-22T12:48"),
            ("Wednesday", "DATE", "1989-11-22"),
            ("65-minute", "DURATION", "PT65M"),
            ("this afternoon", "TIME", "1989-11-20TAF"),
            ("late Sunday", "DATE", "1989-11-19"),
            ("this morning", "TIME", "1989-11-20TMO"),
            ("about three hours", "DURATION", "PT3H"),
            ("Wednesday morning", "TIME", "1989-11-22TMO"),
            ("Tuesday night", "TIME", "1989-11-21TNI"),
            ("Thursday", "DATE", "1989-11-23"),
            ("Thanksgiving", "DATE", "1989-11-23"),
            ("Saturday", "DATE", "1989-11-25"),
            ("the second day", "DURATION", "P1D"),
            ("Thanksgiving", "DATE", "1989-11-23"),
            ("that evening", "TIME", "1989-11-23TEV"),
            ("the next day", "DATE", "1989-11-24"),
            ("about 40 hours", "DURATION", "PT40H"),
            ("Saturday morning", "TIME", "1989-11-25TMO"),
            ("12-hour", "DURATION", "PT12H"),
            ("last week", "DATE", "1989-W46"),
            ("9:14 a.m. PST", "TIME", "1989-11-27T09:14"),
            ("1714 GMT", "TIME", "1989-11-27T17:14"),
            ("next Monday", "DATE", "1989-11-27"),
            ("every 90 minutes", "SET", "PT90M"),
            ("Nov. 8", "DATE", "1989-11-08"),
            ("two weeks", "DURATION", "P2W"),
            ("Friday", "DATE", "1989-11-17"),
            ("this year", "DATE", "1989"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("Oct. 1", "DATE", "1989-10-01"),
            ("once a month", "SET", "P1M"),
            ("the mid-1990s", "DATE", "199"),
            ("the next decade", "DURATION", "P10Y"),
            ("every hour", "SET", "PT1H"),
        ],
    ),
    # Tuesday 1990-03-13 (ISO week 11), New York paper's weekly science section (it runs on
    # Tuesdays), label "SCIENCE | MEDICAL SCIENCE", date line "Tuesday, March 13, 1990" (one
    # DATE span), headline, subhead, byline, no dateline. "yesterday" is Monday 1990-03-12;
    # "published Thursday" 1990-03-15 (future); "in an interview Sunday" 1990-03-11 (past).
    # Subhead: "within six months" -> "six months" P6M, "an 11-year trial" -> "11-year" P11Y.
    # "since the 1970s" 197; "for up to 11 years" P11Y (the modifier kept); "the first six
    # months" P6M and "the first two years" P2Y (ordinal periods of treatment, the length of
    # the period named, like "The first week" in gold_blind35); "two days ahead of
    # publication" P2D (an anchored duration); "now" PRESENT_REF; "for nearly 20 years"
    # P20Y; "within 90 days of a first minor stroke" P90D. "each morning and each night" ->
    # two SETs XXXX-XX-XXTMO and XXXX-XX-XXTNI (each with its own quantifier); "every three
    # months" P3M; "twice a year" P1Y. "in a decade" P10Y (the period of a superlative,
    # gold_blind59, gold_blind103). "April 24" 1990-04-24; "by fall" 1990-FA (the coming
    # autumn); "last fall" 1989-FA (the autumn before, gold_blind35's "last spring");
    # "before 1982" 1982; "the 1990s" 199; "with 1990 medicine" -> "1990" DATE, an adjectival
    # year (see README); "last May" 1989-05; "over the next two years" P2Y; "in 1993";
    # "next week" 1990-W12; "the first week" P1W; hotline hours "from 9 a.m. to 5 p.m. daily"
    # -> two TIMEs XXXX-XX-XXThh:mm and SET P1D (gold_blind59). Not annotated: "Second
    # Stroke" (an ordinal event), "2,400", "2,416", "aged 45 to 79", "31 hospitals", "31
    # percent", "20 cents", "200 milligrams", "142", "207", "$14 million", "3,000", "60
    # tablets", "$12", "1-800-555-1978" (beside "January 1978"), "By then" (anaphoric),
    # "after that" (anaphoric), "as long as patients kept taking it", "may" (verb).
    "stroke-drug-labetrin-trial": (
        "1990-03-13",
        [
            ("Tuesday, March 13, 1990", "DATE", "1990-03-13"),
            ("six months", "DURATION", "P6M"),
            ("11-year", "DURATION", "P11Y"),
            ("the 1970s", "DATE", "197"),
            ("up to 11 years", "DURATION", "P11Y"),
            ("Thursday", "DATE", "1990-03-15"),
            ("the first six months", "DURATION", "P6M"),
            ("yesterday", "DATE", "1990-03-12"),
            ("two days", "DURATION", "P2D"),
            ("now", "DATE", "PRESENT_REF"),
            ("nearly 20 years", "DURATION", "P20Y"),
            ("January 1978", "DATE", "1978-01"),
            ("December 1983", "DATE", "1983-12"),
            ("90 days", "DURATION", "P90D"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("every three months", "SET", "P3M"),
            ("the first two years", "DURATION", "P2Y"),
            ("twice a year", "SET", "P1Y"),
            ("June 1989", "DATE", "1989-06"),
            ("a decade", "DURATION", "P10Y"),
            ("April 24", "DATE", "1990-04-24"),
            ("fall", "DATE", "1990-FA"),
            ("last fall", "DATE", "1989-FA"),
            ("Sunday", "DATE", "1990-03-11"),
            ("1982", "DATE", "1982"),
            ("the 1990s", "DATE", "199"),
            ("1990", "DATE", "1990"),
            ("last May", "DATE", "1989-05"),
            ("the next two years", "DURATION", "P2Y"),
            ("1993", "DATE", "1993"),
            ("next week", "DATE", "1990-W12"),
            ("the first week", "DURATION", "P1W"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Saturday 1991-01-19 (ISO week 3), British broadsheet's home-news page, label "HOME
    # NEWS", date line "Saturday January 19 1991" (one DATE span, the broadsheet's unpunctuated
    # form), headline, standfirst, byline, no dateline. "yesterday" Friday 1991-01-18.
    # "next weekend" (headline and body) in a Saturday paper is 1991-W04-WE (26-27 January),
    # not the weekend of the paper (gold_blind18's "next weekend" in a Sunday story); the
    # body fixes it by "on Sunday January 27" (a DATE span with its weekday, as in the box).
    # "the middle of next week" 1991-W04 (gold_blind103). "New Year's Day" (standfirst and
    # body) 1991-01-01, found "at 5.10am" that day; "two days later" 1991-01-03 (anchored on
    # the narrative's last date, gold_blind59). Future weekdays: "from Wednesday" (standfirst,
    # body, box) 1991-01-23, "Wednesday morning" 1991-01-23TMO with "about 3am" and "dawn"
    # (TMO, gold_blind59, gold_blind96) on that day, "at 7.30pm on Tuesday" 1991-01-22,
    # "Monday" (box) 1991-01-21. Past: "on Thursday night" 1991-01-17TNI. "Tomorrow morning"
    # 1991-01-20TMO and its "about 5am"; "Tomorrow" (box) 1991-01-20; "by 6am" on Sunday
    # January 27. The box's "between 5.30am and 6.45am GMT each morning" -> two TIMEs
    # XXXX-XX-XXThh:mm and the SET XXXX-XX-XXTMO (gold_blind28, gold_blind59). "since the
    # 1970s" 197; "over the past fortnight" P2W; "Halley in 1910" and "in 1986" as written;
    # "every 76 years" SET P76Y (a return, like "once every 132 years" in gold_blind30);
    # "takes roughly 4,000 years to go round the Sun" DURATION P4000Y (how long one orbit
    # takes); "millions of years ago" DATE PAST_REF (no count, like "decades ago" in
    # gold_blind and "years ago" in gold_blind65; see README); "about an hour" PT1H (anchored
    # on dawn); "now" PRESENT_REF; "the end of the month" 1991-01; "Early February" and
    # "mid-February" 1991-02. Not annotated: "Dawn comet" (an adjectival part of day naming
    # a kind, like "Overnight lows" in gold_blind103), "Early risers", "1991a" (a comet's
    # designation holding the year), "63" (age), "10x50", "the fourth magnitude", "56 million
    # miles", "20 degrees", "the Bronze Age" (a named era), "most of that time", "the first
    # good chance", "0898 500 991", "Halley's Comet" (a name).
    "comet-ashgrove-dawn-sky": (
        "1991-01-19",
        [
            ("Saturday January 19 1991", "DATE", "1991-01-19"),
            ("next weekend", "DATE", "1991-W04-WE"),
            ("New Year's Day", "DATE", "1991-01-01"),
            ("Wednesday", "DATE", "1991-01-23"),
            ("yesterday", "DATE", "1991-01-18"),
            ("the middle of next week", "DATE", "1991-W04"),
            ("the 1970s", "DATE", "197"),
            ("5.10am", "TIME", "1991-01-01T05:10"),
            ("New Year's Day", "DATE", "1991-01-01"),
            ("two days later", "DATE", "1991-01-03"),
            ("the past fortnight", "DURATION", "P2W"),
            ("Tomorrow morning", "TIME", "1991-01-20TMO"),
            ("about 5am", "TIME", "1991-01-20T05:00"),
            ("Wednesday", "DATE", "1991-01-23"),
            ("next weekend", "DATE", "1991-W04-WE"),
            ("Sunday January 27", "DATE", "1991-01-27"),
            ("Thursday night", "TIME", "1991-01-17TNI"),
            ("1910", "DATE", "1910"),
            ("1986", "DATE", "1986"),
            ("every 76 years", "SET", "P76Y"),
            ("roughly 4,000 years", "DURATION", "P4000Y"),
            ("millions of years ago", "DATE", "PAST_REF"),
            ("Wednesday morning", "TIME", "1991-01-23TMO"),
            ("about 3am", "TIME", "1991-01-23T03:00"),
            ("about an hour", "DURATION", "PT1H"),
            ("dawn", "TIME", "1991-01-23TMO"),
            ("now", "DATE", "PRESENT_REF"),
            ("the end of the month", "DATE", "1991-01"),
            ("7.30pm", "TIME", "1991-01-22T19:30"),
            ("Tuesday", "DATE", "1991-01-22"),
            ("Tomorrow", "DATE", "1991-01-20"),
            ("Monday", "DATE", "1991-01-21"),
            ("Wednesday", "DATE", "1991-01-23"),
            ("5.30am", "TIME", "XXXX-XX-XXT05:30"),
            ("6.45am GMT", "TIME", "XXXX-XX-XXT06:45"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("Sunday January 27", "DATE", "1991-01-27"),
            ("6am", "TIME", "1991-01-27T06:00"),
            ("Early February", "DATE", "1991-02"),
            ("mid-February", "DATE", "1991-02"),
        ],
    ),
    # Wednesday 1990-06-20 (ISO week 25), Reuters-style medical wire from a congress, stamp
    # "20 June 1990 1548 GMT" (DATE and TIME), headline in capitals, byline, "GENEVA, June 20
    # (Reuters) -" dateline (the wire's date, a DATE), sign-off "REUTER". "on Wednesday" is the
    # day of the wire itself (Reuters names it so); "this morning" 1990-06-20TMO, "this
    # evening" 1990-06-20TEV. Past: "At a session on Tuesday" 1990-06-19, "opened on Monday"
    # 1990-06-18. Future: "closes on Friday" 1990-06-22; "at 10 a.m. (0800 GMT) on Thursday"
    # -> 1990-06-21T10:00 and T08:00 (Geneva in summer is GMT+2) and the DATE. "18-month"
    # P18M; "three doses a month apart" -> "a month" DURATION P1M, the interval between
    # doses (an anchored duration, not a rate: see README); "July 1988"; "every two weeks"
    # SET P2W; "until the end of December 1989" 1989-12; "after about six months" P6M;
    # "every year" SET P1Y; "early next year" 1991; "by 1995"; "in 1987"; "for more than a
    # year" P1Y; "last year" and "Last year" 1989; "over the past decade" P10Y; "the 1950s
    # and 1960s" -> "the 1950s" 195 and "1960s" 196; "in September" 1990-09; "over five
    # years" P5Y; "five-day" P5D; "every four years" SET P4Y; "in 1994"; "a single week" P1W
    # (how long the outbreak took); "October 1988". Not annotated: "GMV-88" (a code with a
    # year-like number), "620", "610", "aged one to four", "14 villages", "41 percent",
    # "For the first time", "a million people", "$30 million", "2,300 scientists", "91
    # countries", "11 unvaccinated children", "the height of the rains", "its quietest season
    # in memory" (a season of the weather with no calendar value), "REUTER".
    "malaria-vaccine-geneva-congress": (
        "1990-06-20",
        [
            ("20 June 1990", "DATE", "1990-06-20"),
            ("1548 GMT", "TIME", "1990-06-20T15:48"),
            ("June 20", "DATE", "1990-06-20"),
            ("18-month", "DURATION", "P18M"),
            ("Wednesday", "DATE", "1990-06-20"),
            ("a month", "DURATION", "P1M"),
            ("July 1988", "DATE", "1988-07"),
            ("every two weeks", "SET", "P2W"),
            ("the end of December 1989", "DATE", "1989-12"),
            ("this morning", "TIME", "1990-06-20TMO"),
            ("about six months", "DURATION", "P6M"),
            ("every year", "SET", "P1Y"),
            ("early next year", "DATE", "1991"),
            ("1995", "DATE", "1995"),
            ("1987", "DATE", "1987"),
            ("Tuesday", "DATE", "1990-06-19"),
            ("more than a year", "DURATION", "P1Y"),
            ("last year", "DATE", "1989"),
            ("the past decade", "DURATION", "P10Y"),
            ("the 1950s", "DATE", "195"),
            ("1960s", "DATE", "196"),
            ("September", "DATE", "1990-09"),
            ("five years", "DURATION", "P5Y"),
            ("10 a.m.", "TIME", "1990-06-21T10:00"),
            ("0800 GMT", "TIME", "1990-06-21T08:00"),
            ("Thursday", "DATE", "1990-06-21"),
            ("this evening", "TIME", "1990-06-20TEV"),
            ("five-day", "DURATION", "P5D"),
            ("Monday", "DATE", "1990-06-18"),
            ("Friday", "DATE", "1990-06-22"),
            ("every four years", "SET", "P4Y"),
            ("1994", "DATE", "1994"),
            ("a single week", "DURATION", "P1W"),
            ("October 1988", "DATE", "1988-10"),
            ("Last year", "DATE", "1989"),
        ],
    ),
    # Friday 1991-08-30 (ISO week 35), English-language Japanese daily, masthead label "THE
    # KANTO DAILY NEWS | NATIONAL", date line "Friday, August 30, 1991", headline ("to
    # Sunday"), byline "Staff Writer", "TANEGASHIMA, Kagoshima Pref. --" dateline. Japan
    # Standard Time is GMT+9 (no summer time): "5:12 p.m. on Sunday (8:12 a.m. GMT)" are
    # 1991-09-01T17:12 and T08:12, the same day. Past: "on Thursday" (the decision, a meeting
    # "at 11 a.m. Thursday", the typhoon's position "at 9 a.m. Thursday") 1991-08-29; "since
    # Monday" 1991-08-26. Future: "on Saturday" 1991-08-31, "Saturday evening"
    # 1991-08-31TEV, "Sunday" (headline, launch, broadcast "from 4:30 p.m. Sunday")
    # 1991-09-01, "on Monday or Tuesday" 1991-09-02 and 1991-09-03 (the same weekday name in
    # both directions, Monday). "4:55 p.m. today" the publication day; "tonight"
    # 1991-08-30TNI; "now" PRESENT_REF. "that afternoon" after the Sunday broadcast is
    # 1991-09-01TAF and its "2 p.m." that day (anchored on the story line, gold_blind14).
    # "by two days" P2D (the size of a delay, gold_blind35); "40-minute" PT40M; "two 90-day
    # periods each year" -> "90-day" P90D and SET P1Y; "Sept. 15, Respect for the Aged Day"
    # two DATEs 1991-09-15 (the national holiday, then fixed on 15 September, in apposition);
    # "until January" 1992-01 (ahead, across the year boundary); "every 103 minutes" SET
    # PT103M; "twice a day" SET P1D with "about 10:30 a.m. and 10:30 p.m. local time" two
    # TIMEs XXXX-XX-XXThh:mm (daily passes, no particular day); "at least three years" P3Y;
    # "February 1987"; "more than four years" P4Y; "June 12" 1991-06-12; "1985"; "three
    # months" P3M; "two more days" P2D ("more" kept, gold_blind59's "One more day"); "over the
    # next decade" P10Y; "the winter of 1992-93" one DATE 1993-WI (gold_blind73, gold_blind76).
    # Not annotated: "Asagiri-2", "Asagiri-1", "H-I", "Typhoon No. 12" and "the 12th of the
    # season" (a typhoon's number, not a date), "740-kilogram", "300 kilometers", "20 kph",
    # "900 kilometers", "38 billion yen", "51" (age), "five more", "may" (verb), "about the same
    # time" (anaphoric), "around the clock", "the current period", "the next".
    "asagiri-2-launch-typhoon-delay": (
        "1991-08-30",
        [
            ("Friday, August 30, 1991", "DATE", "1991-08-30"),
            ("Sunday", "DATE", "1991-09-01"),
            ("Thursday", "DATE", "1991-08-29"),
            ("two days", "DURATION", "P2D"),
            ("Saturday", "DATE", "1991-08-31"),
            ("4:55 p.m.", "TIME", "1991-08-30T16:55"),
            ("today", "DATE", "1991-08-30"),
            ("11 a.m.", "TIME", "1991-08-29T11:00"),
            ("Thursday", "DATE", "1991-08-29"),
            ("now", "DATE", "PRESENT_REF"),
            ("5:12 p.m.", "TIME", "1991-09-01T17:12"),
            ("Sunday", "DATE", "1991-09-01"),
            ("8:12 a.m. GMT", "TIME", "1991-09-01T08:12"),
            ("40-minute", "DURATION", "PT40M"),
            ("Monday", "DATE", "1991-09-02"),
            ("Tuesday", "DATE", "1991-09-03"),
            ("9 a.m.", "TIME", "1991-08-29T09:00"),
            ("Thursday", "DATE", "1991-08-29"),
            ("tonight", "TIME", "1991-08-30TNI"),
            ("Saturday evening", "TIME", "1991-08-31TEV"),
            ("90-day", "DURATION", "P90D"),
            ("each year", "SET", "P1Y"),
            ("Sept. 15", "DATE", "1991-09-15"),
            ("Respect for the Aged Day", "DATE", "1991-09-15"),
            ("January", "DATE", "1992-01"),
            ("every 103 minutes", "SET", "PT103M"),
            ("twice a day", "SET", "P1D"),
            ("about 10:30 a.m.", "TIME", "XXXX-XX-XXT10:30"),
            ("10:30 p.m. local time", "TIME", "XXXX-XX-XXT22:30"),
            ("at least three years", "DURATION", "P3Y"),
            ("February 1987", "DATE", "1987-02"),
            ("more than four years", "DURATION", "P4Y"),
            ("June 12", "DATE", "1991-06-12"),
            ("1985", "DATE", "1985"),
            ("three months", "DURATION", "P3M"),
            ("two more days", "DURATION", "P2D"),
            ("Monday", "DATE", "1991-08-26"),
            ("4:30 p.m.", "TIME", "1991-09-01T16:30"),
            ("Sunday", "DATE", "1991-09-01"),
            ("that afternoon", "TIME", "1991-09-01TAF"),
            ("2 p.m.", "TIME", "1991-09-01T14:00"),
            ("the next decade", "DURATION", "P10Y"),
            ("the winter of 1992-93", "DATE", "1993-WI"),
        ],
    ),
    # Thursday 1990-07-12 (ISO week 28), Australian broadsheet's news page, date line
    # "Thursday, July 12, 1990" (one DATE span), label "NEWS | SCIENCE", headline, byline, no
    # dateline. "yesterday" Wednesday 1990-07-11; "alive today" means nowadays, PRESENT_REF
    # (gold_blind10's "Today" meaning nowadays). "millions of years ago" DATE PAST_REF (see
    # README). "every winter since 1982" -> SET XXXX-WI (the southern winter, June-August,
    # valued as a winter like gold_blind103's southern "winter") and "1982". "six weeks of
    # work" P6W; "August 26, 1988"; "two days before that year's dig ended" -> "two days" P2D
    # (anchored) and "that year" 1988 (the year just named, the possessive's "'s" left out,
    # like "That winter" in gold_blind103); "Fifteen years ago" 1975 (the unit's granularity);
    # "in 1964"; "the early 1970s" 197; "It took 18 months" P18M; "last October" 1989-10;
    # "in March" 1990-03 (past); "after a year of review" P1Y; "on Monday night"
    # 1990-07-09TNI (past); "at 7.30pm next Wednesday" 1990-07-18T19:30 and 1990-07-18 (the
    # coming Wednesday, six days ahead); "last month" 1990-06; "over three years" P3Y;
    # "until the end of 1993" 1993; "late August" 1990-08 (ahead); "six-week" P6W; "within
    # two years" P2Y; "from Saturday, July 21" 1990-07-21 (one span with its weekday); "until
    # the end of September" 1990-09; "from 9am to 5pm daily" two TIMEs XXXX-XX-XXThh:mm and
    # SET P1D; "at 11am every Sunday" TIME XXXX-XX-XXT11:00 and SET XXXX-WXX-7; "In recent
    # years" PAST_REF; "The next decade" P10Y. Not annotated: "six metres", "44" (age),
    # "140km", "70cm", "the dry season" (a season of the weather), "before the heat returns",
    # "$380,000", "BU F1987" (a catalogue number holding a year-like number), "more than 40
    # new species", "later" (an adverb with no value), "the last of its kind".
    "carrabin-creek-giant-crocodile-fossil": (
        "1990-07-12",
        [
            ("Thursday, July 12, 1990", "DATE", "1990-07-12"),
            ("millions of years ago", "DATE", "PAST_REF"),
            ("yesterday", "DATE", "1990-07-11"),
            ("today", "DATE", "PRESENT_REF"),
            ("every winter", "SET", "XXXX-WI"),
            ("1982", "DATE", "1982"),
            ("six weeks", "DURATION", "P6W"),
            ("August 26, 1988", "DATE", "1988-08-26"),
            ("two days", "DURATION", "P2D"),
            ("that year", "DATE", "1988"),
            ("Fifteen years ago", "DATE", "1975"),
            ("1964", "DATE", "1964"),
            ("the early 1970s", "DATE", "197"),
            ("18 months", "DURATION", "P18M"),
            ("last October", "DATE", "1989-10"),
            ("March", "DATE", "1990-03"),
            ("a year", "DURATION", "P1Y"),
            ("Monday night", "TIME", "1990-07-09TNI"),
            ("7.30pm", "TIME", "1990-07-18T19:30"),
            ("next Wednesday", "DATE", "1990-07-18"),
            ("last month", "DATE", "1990-06"),
            ("three years", "DURATION", "P3Y"),
            ("the end of 1993", "DATE", "1993"),
            ("late August", "DATE", "1990-08"),
            ("six-week", "DURATION", "P6W"),
            ("two years", "DURATION", "P2Y"),
            ("Saturday, July 21", "DATE", "1990-07-21"),
            ("the end of September", "DATE", "1990-09"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("recent years", "DATE", "PAST_REF"),
            ("The next decade", "DURATION", "P10Y"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
