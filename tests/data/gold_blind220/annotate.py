"""Annotations of the two-hundred-and-twentieth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind220/annotate.py [--show]

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
    # Wednesday 2015-03-04 (ISO week 10), Reuters-style wire, headline, byline, "GENEVA, March
    # 4 (Reuters) -" dateline (the publication day). The round broke off "on Wednesday", the
    # day of the wire, 2015-03-04; it resumes "on Monday" (headline and lead, and "Monday's
    # session" without the "'s") 2015-03-09; it opened "last Thursday" 2015-02-26 (the most
    # recent Thursday before the publication day, gold_blind40, gold_blind54). Past: Lusic
    # "said on Tuesday" 2015-03-03; future: the delegation flies back "on Sunday" 2015-03-08,
    # the news conference "on Thursday morning" 2015-03-05TMO. "at 6 p.m. local time (1700
    # GMT)" two TIMEs of the same moment (Geneva on UTC+1 in March, gold_blind54). "the
    # weekend" ahead 2015-W10-WE (7-8 March). "a month ago" 2015-02 (the unit's granularity);
    # "the end of April" 2015-04; "later this month" 2015-03; "The third round, in January"
    # 2015-01 (past). "the first three days" of the round, an ordinal period of an event,
    # DURATION P3D; "within 90 days of signing" -> "90 days" and "over 18 months" -> "18
    # months", durations; "over a year, not more" -> "a year" P1Y. "the summer of 1998" one
    # DATE; "Nov. 14, 1998" as written. "Every week" SET P1W. Not annotated: "fourth round",
    # "The third round" beyond "January" (ordinals of a series, like "The previous round" in
    # gold_blind32), "Article 9", "Resolution 2011" (an identifier, beside "since 2012" and
    # "since 2009"), "32-member", "24", "1,450 observers", "17 violations", "the next one".
    "geneva-sella-border-fourth-round": (
        "2015-03-04",
        [
            ("Monday", "DATE", "2015-03-09"),
            ("March 4", "DATE", "2015-03-04"),
            ("Wednesday", "DATE", "2015-03-04"),
            ("Monday", "DATE", "2015-03-09"),
            ("last Thursday", "DATE", "2015-02-26"),
            ("five days", "DURATION", "P5D"),
            ("a week", "DURATION", "P1W"),
            ("a month ago", "DATE", "2015-02"),
            ("6 p.m. local time", "TIME", "2015-03-04T18:00"),
            ("1700 GMT", "TIME", "2015-03-04T17:00"),
            ("the weekend", "DATE", "2015-W10-WE"),
            ("March 31", "DATE", "2015-03-31"),
            ("the end of April", "DATE", "2015-04"),
            ("2009", "DATE", "2009"),
            ("Wednesday evening", "TIME", "2015-03-04TEV"),
            ("Sunday", "DATE", "2015-03-08"),
            ("Tuesday", "DATE", "2015-03-03"),
            ("a year", "DURATION", "P1Y"),
            ("Thursday morning", "TIME", "2015-03-05TMO"),
            ("the first three days", "DURATION", "P3D"),
            ("90 days", "DURATION", "P90D"),
            ("18 months", "DURATION", "P18M"),
            ("the summer of 1998", "DATE", "1998-SU"),
            ("2012", "DATE", "2012"),
            ("January", "DATE", "2015-01"),
            ("two days", "DURATION", "P2D"),
            ("Nov. 14, 1998", "DATE", "1998-11-14"),
            ("last year", "DATE", "2014"),
            ("later this month", "DATE", "2015-03"),
            ("Monday", "DATE", "2015-03-09"),
            ("March 12", "DATE", "2015-03-12"),
            ("Every week", "SET", "P1W"),
        ],
    ),
    # Tuesday 2013-06-25 (ISO week 26), AP story on a newspaper website, headline, byline,
    # stamp "Updated 5:48 pm, Tuesday, June 25, 2013" (TIME and one DATE span), "BRELLAU,
    # Dostra (AP) —" dateline; bare "Tuesday" is the day of the story. The agreement "expires
    # at midnight" (headline and lead): the midnight ending Tuesday, 2013-06-25T24:00
    # (gold_blind10, gold_blind32, gold_blind103); "by 11:59 p.m. (2059 GMT)" the same
    # evening, two TIMEs (Dostra on UTC+3). Past: "Sunday night" 2013-06-23TNI, "Monday"
    # 2013-06-24 twice; "late Tuesday afternoon" 2013-06-25TAF with the modifier in the span.
    # Future: "from Wednesday morning" 2013-06-26TMO, "planned to leave Wednesday" 2013-06-26,
    # "July 2" 2013-07-02, "Oct. 4" 2013-10-04. "store the gas for the winter" is the coming
    # winter of 2013-14, 2014-WI (a winter takes the year of its January, gold_blind103);
    # "break for the summer" 2013-SU; "the fall" ahead 2013-FA; "the winter of 2008-09" one
    # span 2009-WI (gold_blind76, gold_blind103). "early May" 2013-05, "in March" 2013-03
    # (past), "last December" 2012-12, "this year" 2013, "last year" 2012; "the end of
    # September" 2013-09. "10-year", "three-month", "four-year" adjectival DURATIONs; "almost
    # daily" SET P1D with the modifier kept (gold_blind35's "almost every day"); "within 30
    # days" -> "30 days"; "nearly two weeks" P2W. "their 1993 friendship treaty" -> "1993", an
    # adjectival year. Not annotated: "the 20th anniversary" (dated by "Oct. 4"), "11 rounds",
    # "40-member", "1,900 kilometers", "$2.40", "$3.15", "100 kilometers", "$1.1 billion", "4
    # percent", "80 percent", "six countries", "dostragas-transit.com/flows2013" (a URL
    # holding 2013), "as long as it takes".
    "dostra-kelmar-gas-transit-midnight": (
        "2013-06-25",
        [
            ("midnight", "TIME", "2013-06-25T24:00"),
            ("5:48 pm", "TIME", "2013-06-25T17:48"),
            ("Tuesday, June 25, 2013", "DATE", "2013-06-25"),
            ("Tuesday", "DATE", "2013-06-25"),
            ("midnight", "TIME", "2013-06-25T24:00"),
            ("Wednesday morning", "TIME", "2013-06-26TMO"),
            ("10-year", "DURATION", "P10Y"),
            ("2003", "DATE", "2003"),
            ("this year", "DATE", "2013"),
            ("almost daily", "SET", "P1D"),
            ("early May", "DATE", "2013-05"),
            ("Sunday night", "TIME", "2013-06-23TNI"),
            ("Monday", "DATE", "2013-06-24"),
            ("late Tuesday afternoon", "TIME", "2013-06-25TAF"),
            ("Monday", "DATE", "2013-06-24"),
            ("Wednesday", "DATE", "2013-06-26"),
            ("11:59 p.m.", "TIME", "2013-06-25T23:59"),
            ("2059 GMT", "TIME", "2013-06-25T20:59"),
            ("the winter", "DATE", "2014-WI"),
            ("January 2009", "DATE", "2009-01"),
            ("nearly two weeks", "DURATION", "P2W"),
            ("last year", "DATE", "2012"),
            ("30 days", "DURATION", "P30D"),
            ("July 2", "DATE", "2013-07-02"),
            ("the summer", "DATE", "2013-SU"),
            ("three-month", "DURATION", "P3M"),
            ("the end of September", "DATE", "2013-09"),
            ("March", "DATE", "2013-03"),
            ("the winter of 2008-09", "DATE", "2009-WI"),
            ("four-year", "DURATION", "P4Y"),
            ("last December", "DATE", "2012-12"),
            ("the fall", "DATE", "2013-FA"),
            ("1993", "DATE", "1993"),
            ("Oct. 4", "DATE", "2013-10-04"),
            ("Tuesday", "DATE", "2013-06-25"),
        ],
    ),
    # Saturday 2013-10-12 (ISO week 41), British broadsheet, headline, standfirst, byline,
    # date line "Saturday 12 October 2013"; "last night" is Friday night 2013-10-11TNI and
    # "yesterday" (twice) 2013-10-11; the official spoke "on Thursday" 2013-10-10. The summit
    # is "next month" (standfirst and lead) 2013-11, opening "on 18 November" (a Monday);
    # "the day before" it is a narrative anchor, 2013-11-17, and Strand arrives "on 17
    # November" and leaves "the next evening", 2013-11-18TEV (like "the following morning",
    # gold_blind15). "first summit in a decade" (headline) and "first summit for ten years"
    # give the period of a "first in", DURATION P10Y (gold_blind35, gold_blind103); "60 years
    # after the Convention was signed" a duration anchored to an event, P60Y. "the mid-2000s"
    # 200; "the 1990s" 199; "a 1987 protocol" (standfirst) and "adopted in 1987" DATE 1987;
    # "in June" 2013-06 (past); "by 15 December" and "opens in January" ahead (2013-12-15,
    # 2014-01); "next year" and "early next year" 2014; "this week" 2013-W41; "this month"
    # and "later this month" 2013-10; "twice a year" SET P1Y (gold_blind35's "twice a week"
    # P1W); "12 months' notice" -> "12 months" (gold_blind89). Not annotated: "turns 60" and
    # "let it die at 60" (an age of the treaty), "the annual herring quota" ("annual" names the
    # period of a figure, like "its usual monthly total" in gold_blind103), "the winter fishing
    # season" (a season of a trade with no calendar unit; its opening "January" is
    # annotated), "The anniversary", "Article 22", "14-page", "38 per cent", "a fifth",
    # "a delegation of 11", "five states", "two states", "skerrysea.org/summit2013".
    "skerry-sea-convention-summit-60": (
        "2013-10-12",
        [
            ("a decade", "DURATION", "P10Y"),
            ("next month", "DATE", "2013-11"),
            ("1987", "DATE", "1987"),
            ("Saturday 12 October 2013", "DATE", "2013-10-12"),
            ("ten years", "DURATION", "P10Y"),
            ("next month", "DATE", "2013-11"),
            ("last night", "TIME", "2013-10-11TNI"),
            ("the mid-2000s", "DATE", "200"),
            ("two-day", "DURATION", "P2D"),
            ("18 November", "DATE", "2013-11-18"),
            ("60 years", "DURATION", "P60Y"),
            ("13 November 1953", "DATE", "1953-11-13"),
            ("the day before", "DATE", "2013-11-17"),
            ("the past six months", "DURATION", "P6M"),
            ("Thursday", "DATE", "2013-10-10"),
            ("the 1990s", "DATE", "199"),
            ("May 2003", "DATE", "2003-05"),
            ("five years", "DURATION", "P5Y"),
            ("1987", "DATE", "1987"),
            ("12 months", "DURATION", "P12M"),
            ("June", "DATE", "2013-06"),
            ("17 November", "DATE", "2013-11-17"),
            ("the next evening", "TIME", "2013-11-18TEV"),
            ("yesterday", "DATE", "2013-10-11"),
            ("three days", "DURATION", "P3D"),
            ("20 November", "DATE", "2013-11-20"),
            ("next year", "DATE", "2014"),
            ("15 December", "DATE", "2013-12-15"),
            ("this week", "DATE", "2013-W41"),
            ("the past decade", "DURATION", "P10Y"),
            ("2014", "DATE", "2014"),
            ("yesterday", "DATE", "2013-10-11"),
            ("January", "DATE", "2014-01"),
            ("twice a year", "SET", "P1Y"),
            ("this month", "DATE", "2013-10"),
            ("early next year", "DATE", "2014"),
            ("later this month", "DATE", "2013-10"),
        ],
    ),
    # Thursday 2012-07-19 (ISO week 29), a foreign ministry's press release, letterhead,
    # "Press release No. 214/2012", date line "Thursday, 19 July 2012"; "today" the day of
    # the release, the signing "at 11:30 a.m." that day. Past: Temur arrived "on Tuesday
    # evening" 2012-07-17TEV and took office "in February" 2012-02. Future: "Tomorrow"
    # 2012-07-20 with "at 9:00 a.m." 2012-07-20T09:00 and "in the afternoon" 2012-07-20TAF
    # (the afternoon of that day), the reception "on Sunday" 2012-07-22 (the anniversary day),
    # "the autumn" ahead 2012-FA, "next week" 2012-W30, "26 July" 2012-07-26, "the end of the
    # year" 2012. "up to 90 days" with the modifier in the span; "180-day" and "three-day"
    # adjectival DURATIONs; "30 days after both parliaments have ratified it" and "three days
    # before the 20th anniversary" durations anchored to events; "within two weeks" and
    # "within five years of the agreement entering into force" -> "two weeks", "five years";
    # "at 48 hours' notice" -> "48 hours" PT48H. "from 2 July to 5 July" two DATEs 2012-07-02
    # and 2012-07-05. "every six months" SET P6M. "Last year" 2011, "up 12% on 2010" DATE 2010.
    # Not annotated: "214/2012" (a release number holding the year), "the sixth round", "Its
    # first session", "the 20th anniversary" (dated by "22 July 1992"), "Article 7", "an
    # indefinite period" (no value), "41,300", "12%", "021 455 1992" (a phone number),
    # "www.mfa-castavia.gov/press/214-2012".
    "castavia-merovan-visa-agreement-signed": (
        "2012-07-19",
        [
            ("Thursday, 19 July 2012", "DATE", "2012-07-19"),
            ("today", "DATE", "2012-07-19"),
            ("11:30 a.m.", "TIME", "2012-07-19T11:30"),
            ("up to 90 days", "DURATION", "P90D"),
            ("180-day", "DURATION", "P180D"),
            ("30 days", "DURATION", "P30D"),
            ("the end of the year", "DATE", "2012"),
            ("1 January 2013", "DATE", "2013-01-01"),
            ("2 July", "DATE", "2012-07-02"),
            ("5 July", "DATE", "2012-07-05"),
            ("October 2010", "DATE", "2010-10"),
            ("eight months", "DURATION", "P8M"),
            ("2011", "DATE", "2011"),
            ("two weeks", "DURATION", "P2W"),
            ("Tuesday evening", "TIME", "2012-07-17TEV"),
            ("three-day", "DURATION", "P3D"),
            ("February", "DATE", "2012-02"),
            ("Tomorrow", "DATE", "2012-07-20"),
            ("9:00 a.m.", "TIME", "2012-07-20T09:00"),
            ("the afternoon", "TIME", "2012-07-20TAF"),
            ("every six months", "SET", "P6M"),
            ("the autumn", "DATE", "2012-FA"),
            ("three days", "DURATION", "P3D"),
            ("22 July 1992", "DATE", "1992-07-22"),
            ("Sunday", "DATE", "2012-07-22"),
            ("Last year", "DATE", "2011"),
            ("2010", "DATE", "2010"),
            ("five years", "DURATION", "P5Y"),
            ("48 hours", "DURATION", "PT48H"),
            ("next week", "DATE", "2012-W30"),
            ("26 July", "DATE", "2012-07-26"),
        ],
    ),
    # Monday 2014-01-27 (ISO week 5), Indian national daily, headline ("arrives today"),
    # deck, byline "Special Correspondent", "NEW DELHI, January 27, 2014" dateline with the
    # date; "today" and "this evening" (2014-01-27TEV) the publication day. Future: "Tuesday
    # morning" 2014-01-28TMO, "Tuesday afternoon" 2014-01-28TAF, "Wednesday" 2014-01-29 and
    # "in the evening" that day 2014-01-29TEV, "on Thursday" 2014-01-30, "February 3"
    # 2014-02-03 (a Monday); past: the spokesperson "said on Sunday" 2014-01-26. "next month"
    # (deck and body) and "late February" 2014-02; "March last year" one span 2013-03 (like
    # "May last year", gold_blind13); "January 1 last year" one span 2013-01-01. "2012-13" is
    # India's April-March financial year, named by the year it ends, FY2013 (gold_blind74), and
    # "the previous year" after it FY2012 (the granularity of what it is compared with).
    # "three-day" (headline and body) adjectival DURATION; "the first ... in seven years" the
    # period of a "first in", P7Y; "a week before the 50th anniversary" anchored, P1W; "the
    # 1964 Treaty of Friendship" -> "1964", an adjectival year naming a treaty by the year it
    # was made (like "the 1947 flood", gold_blind103). "nearly 40 hours", "about 14 hours"
    # with modifiers; "within four years" -> "four years". "later this year" 2014; "the first
    # half of 2015" 2015-H1; "the 1990s" 199. Not annotated: "the next round", "the fifth
    # round", "the sixth round", "its eighth session", "the last meeting", "the 50th
    # anniversary", "27-member", "Rs. 18,400 crore", "14 per cent", "one lakh", "for the first
    # time", "011-2419 1964" (a phone number ending in the treaty's year).
    "sarvania-foreign-minister-delhi-visit": (
        "2014-01-27",
        [
            ("today", "DATE", "2014-01-27"),
            ("three-day", "DURATION", "P3D"),
            ("next month", "DATE", "2014-02"),
            ("January 27, 2014", "DATE", "2014-01-27"),
            ("this evening", "TIME", "2014-01-27TEV"),
            ("three-day", "DURATION", "P3D"),
            ("seven years", "DURATION", "P7Y"),
            ("Tuesday morning", "TIME", "2014-01-28TMO"),
            ("Wednesday", "DATE", "2014-01-29"),
            ("the evening", "TIME", "2014-01-29TEV"),
            ("Thursday", "DATE", "2014-01-30"),
            ("2007", "DATE", "2007"),
            ("August 2012", "DATE", "2012-08"),
            ("Tuesday afternoon", "TIME", "2014-01-28TAF"),
            ("Sunday", "DATE", "2014-01-26"),
            ("2009", "DATE", "2009"),
            ("March last year", "DATE", "2013-03"),
            ("next month", "DATE", "2014-02"),
            ("late February", "DATE", "2014-02"),
            ("2012-13", "DATE", "FY2013"),
            ("the previous year", "DATE", "FY2012"),
            ("2017", "DATE", "2017"),
            ("a week", "DURATION", "P1W"),
            ("1964", "DATE", "1964"),
            ("February 3", "DATE", "2014-02-03"),
            ("later this year", "DATE", "2014"),
            ("the 1990s", "DATE", "199"),
            ("nearly 40 hours", "DURATION", "PT40H"),
            ("about 14 hours", "DURATION", "PT14H"),
            ("the first half of 2015", "DATE", "2015-H1"),
            ("four years", "DURATION", "P4Y"),
            ("January 1 last year", "DATE", "2013-01-01"),
            ("2013", "DATE", "2013"),
        ],
    ),
    # Friday 2015-11-06 (ISO week 45), Australian broadcaster's website, headline, byline,
    # stamps "Posted Fri 6 Nov 2015, 3:12pm" and "Updated Fri 6 Nov 2015, 5:40pm" (each a DATE
    # and a TIME; "Fri" checked by hand: 6 November 2015 is a Friday). The talks ended "last
    # night", Thursday night 2015-11-05TNI, after "a deadline of midnight on Thursday", the
    # midnight ending Thursday 2015-11-05T24:00 ("Thursday" its own DATE); "this morning"
    # 2015-11-06TMO, "this afternoon" 2015-11-06TAF; Soli "flew in on Tuesday" 2015-11-03.
    # Future: "Christmas" (headline) 2015-12-25, "Christmas Eve" and "December 24" 2015-12-24,
    # "November 23" and "November 30" (Mondays), "mid-December" 2015-12, "the end of next
    # month" 2015-12, "December 31" 2015-12-31, "on Monday" 2015-11-09. "a week of talks"
    # P1W; "the past five days" P5D; "the past two years" P2Y; "up to 10 days" with the
    # modifier; "a year in advance" P1Y (like "months in advance", gold_blind14); "run for
    # seven years", "a review after three years" durations. "each year" and "annually" SET
    # P1Y. "from 2016" and "the 2016 season" -> "2016" DATE twice. Not annotated: "not a day
    # past December 24" beyond "December 24" (an idiom), "a fishing day" and "Fishing days"
    # (a unit of sale, not a time), "a final round", "14 delegations", "$US8,000",
    # "$US11,500", "a quarter" (a fraction of catches), "Article 14", "solvanifish.gov/tuna2015",
    # "as long as it takes".
    "port-loral-tuna-treaty-deadline": (
        "2015-11-06",
        [
            ("Christmas", "DATE", "2015-12-25"),
            ("Fri 6 Nov 2015", "DATE", "2015-11-06"),
            ("3:12pm", "TIME", "2015-11-06T15:12"),
            ("Fri 6 Nov 2015", "DATE", "2015-11-06"),
            ("5:40pm", "TIME", "2015-11-06T17:40"),
            ("Christmas Eve", "DATE", "2015-12-24"),
            ("a week", "DURATION", "P1W"),
            ("last night", "TIME", "2015-11-05TNI"),
            ("each year", "SET", "P1Y"),
            ("December 31", "DATE", "2015-12-31"),
            ("1988", "DATE", "1988"),
            ("midnight", "TIME", "2015-11-05T24:00"),
            ("Thursday", "DATE", "2015-11-05"),
            ("this morning", "TIME", "2015-11-06TMO"),
            ("December 24", "DATE", "2015-12-24"),
            ("the past five days", "DURATION", "P5D"),
            ("the past two years", "DURATION", "P2Y"),
            ("2016", "DATE", "2016"),
            ("November 23", "DATE", "2015-11-23"),
            ("up to 10 days", "DURATION", "P10D"),
            ("Tuesday", "DATE", "2015-11-03"),
            ("this afternoon", "TIME", "2015-11-06TAF"),
            ("November 30", "DATE", "2015-11-30"),
            ("mid-December", "DATE", "2015-12"),
            ("2009", "DATE", "2009"),
            ("annually", "SET", "P1Y"),
            ("a year", "DURATION", "P1Y"),
            ("the end of next month", "DATE", "2015-12"),
            ("2016", "DATE", "2016"),
            ("seven years", "DURATION", "P7Y"),
            ("three years", "DURATION", "P3Y"),
            ("Monday", "DATE", "2015-11-09"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
