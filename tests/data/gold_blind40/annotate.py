"""Annotations of the fortieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind40/annotate.py [--show]

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
    # Monday 2012-10-15 (ISO week 42), New York Times-style foreign story on an election abroad,
    # byline, web date line "Published: October 15, 2012", "DRAVEC, Korvany —" dateline. The
    # vote was on Sunday 2012-10-14, polls closed at 8 p.m. that day; "less than an hour after"
    # is an anchored duration, PT1H; the count "could take until Thursday" 2012-10-18 and the
    # monitors' report "is due on Tuesday" 2012-10-16 (future). The leader's quoted "Tonight"
    # and "Tomorrow" are anchored to the day they were spoken, Sunday night 2012-10-14TNI and
    # Monday 2012-10-15 (gold_blind7, gold_blind30); "since late afternoon" the same Sunday,
    # 2012-10-14TAF; "Shortly before midnight" of election night is the midnight ending Sunday,
    # 2012-10-14T24:00 (gold_blind10, gold_blind28). "early Monday" the publication day, DATE;
    # "the end of the week" in a Monday paper the week of publication, 2012-W42. "a year ahead
    # of schedule" is the size of a shift, DURATION P1Y (gold_blind35). "every weekend in June"
    # a SET and a DATE (gold_blind27, gold_blind28). "23 years" of rule since 1989; "four years
    # ago" 2008 at year granularity. "the past five quarters" DURATION P5Q; "the second
    # quarter" the last one reported, 2012-Q2, and "a year earlier" after it 2011-Q2. "the
    # spring" ahead in October is 2013-SP; "its first 100 days" an ordinal period, P100D.
    # "hourly" (results posted) a SET, PT1H. "the early 2000s" 200, "the 1990s" 199.
    "korvany-opposition-claims-victory": (
        "2012-10-15",
        [
            ("October 15, 2012", "DATE", "2012-10-15"),
            ("Sunday", "DATE", "2012-10-14"),
            ("less than an hour", "DURATION", "PT1H"),
            ("8 p.m.", "TIME", "2012-10-14T20:00"),
            ("Thursday", "DATE", "2012-10-18"),
            ("23 years", "DURATION", "P23Y"),
            ("1989", "DATE", "1989"),
            ("the 1990s", "DATE", "199"),
            ("the early 2000s", "DATE", "200"),
            ("Tonight", "TIME", "2012-10-14TNI"),
            ("late afternoon", "TIME", "2012-10-14TAF"),
            ("Tomorrow", "DATE", "2012-10-15"),
            ("March 2008", "DATE", "2008-03"),
            ("midnight", "TIME", "2012-10-14T24:00"),
            ("the end of the week", "DATE", "2012-W42"),
            ("early Monday", "DATE", "2012-10-15"),
            ("2000", "DATE", "2000"),
            ("Tuesday", "DATE", "2012-10-16"),
            ("two months", "DURATION", "P2M"),
            ("July", "DATE", "2012-07"),
            ("a year", "DURATION", "P1Y"),
            ("weeks", "DURATION", "PXW"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("June", "DATE", "2012-06"),
            ("four years ago", "DATE", "2008"),
            ("2012", "DATE", "2012"),
            ("1994", "DATE", "1994"),
            ("three hours", "DURATION", "PT3H"),
            ("last year", "DATE", "2011"),
            ("the past five quarters", "DURATION", "P5Q"),
            ("the second quarter", "DATE", "2012-Q2"),
            ("a year earlier", "DATE", "2011-Q2"),
            ("the spring", "DATE", "2013-SP"),
            ("its first 100 days", "DURATION", "P100D"),
            ("30 days", "DURATION", "P30D"),
            ("five-year", "DURATION", "P5Y"),
            ("2014", "DATE", "2014"),
            ("hourly", "SET", "PT1H"),
        ],
    ),
    # Thursday 2013-03-14 (ISO week 11), Guardian-style online world story on a protest
    # movement, headline, standfirst, byline "Anna Kerrigan in Virenza", date line "Thursday
    # 14 March 2013 17.46 GMT" (one DATE and one TIME, like "Saturday 11 October 2025" and
    # "10:30 BST" in gold_blind21; GMT, as British Summer Time began on 31 March 2013). The
    # protest was on Wednesday night 2013-03-13TNI, "hours after" it (PTXH) the decree was read
    # "at 9am on Thursday", the publication day; the minister "said on Wednesday" 2013-03-13.
    # "the 1979 revolution" an adjectival year; "patient for 34 years" (1979-2013) P34Y. The
    # 30-day order of 12 February ran out on the day of the decree. The march is "at noon on
    # Saturday", 2013-03-16T12:00 and 2013-03-16 (future). "another three months" keeps its
    # determiner (like "a further year", gold_blind24). "the start of the year" 2013; "last
    # weekend" in a Thursday story the weekend just past, 9-10 March, 2013-W10-WE; "last
    # Thursday" the most recent one before the publication day, 2013-03-07 (gold_blind8); the
    # reply "On Monday" 2013-03-11, the block "on Tuesday afternoon" 2013-03-12TAF. "last
    # summer" said in March is the summer of the previous year, 2012-SU. "within weeks" ->
    # "weeks" PXW; "the coming weeks, perhaps months" PXW and PXM.
    "talmeria-emergency-rule-extended": (
        "2013-03-14",
        [
            ("90 days", "DURATION", "P90D"),
            ("Thursday 14 March 2013", "DATE", "2013-03-14"),
            ("17.46 GMT", "TIME", "2013-03-14T17:46"),
            ("three months", "DURATION", "P3M"),
            ("hours", "DURATION", "PTXH"),
            ("1979", "DATE", "1979"),
            ("Wednesday night", "TIME", "2013-03-13TNI"),
            ("9am", "TIME", "2013-03-14T09:00"),
            ("Thursday", "DATE", "2013-03-14"),
            ("mid-June", "DATE", "2013-06"),
            ("up to 14 days", "DURATION", "P14D"),
            ("30-day", "DURATION", "P30D"),
            ("12 February", "DATE", "2013-02-12"),
            ("early January", "DATE", "2013-01"),
            ("every week", "SET", "P1W"),
            ("noon", "TIME", "2013-03-16T12:00"),
            ("Saturday", "DATE", "2013-03-16"),
            ("34 years", "DURATION", "P34Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("another three months", "DURATION", "P3M"),
            ("Wednesday", "DATE", "2013-03-13"),
            ("the coming weeks", "DURATION", "PXW"),
            ("months", "DURATION", "PXM"),
            ("the start of the year", "DATE", "2013"),
            ("last weekend", "DATE", "2013-W10-WE"),
            ("more than two decades", "DURATION", "P20Y"),
            ("October 2012", "DATE", "2012-10"),
            ("last summer", "DATE", "2012-SU"),
            ("2015", "DATE", "2015"),
            ("2011", "DATE", "2011"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past year", "DURATION", "P1Y"),
            ("last Thursday", "DATE", "2013-03-07"),
            ("Monday", "DATE", "2013-03-11"),
            ("weeks", "DURATION", "PXW"),
            ("Tuesday afternoon", "TIME", "2013-03-12TAF"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("6 March", "DATE", "2013-03-06"),
        ],
    ),
    # Tuesday 2013-11-05 (ISO week 45), New York Times-style foreign story on the trial of a
    # former leader, byline, "ARZAN, Kelsharan —" dateline without date (the publication day
    # is only here). The trial opened "on Monday" 2013-11-04 at 10 a.m., 2013-11-04T10:00; it
    # resumes Nov. 18 (future); the witness line opened "on Friday" 2013-11-01 and the son's
    # statement came "on Sunday" 2013-11-03 (past). "postponed twice since the spring" is the
    # spring of this year, 2013-SP; "last year" 2012 (the uprising of February 2012). "the night
    # of Feb. 9, 2012" one TIME span (like "the evening of June 24", gold_blind28); "the
    # following 48 hours" a DURATION anchored on that night; "the next day" after it
    # 2012-02-10 (gold_blind32). The mother's quoted "Today" is the day she spoke, the opening
    # day Monday 2013-11-04 (quoted speech anchored to the day it was spoken, gold_blind30);
    # "For 20 months" P20M. "the middle of next year" takes the year's value, 2014, like
    # "mid-2014" (gold_blind23) and "the end of next year" (gold_blind28). "since March" and
    # "in September" past months of 2013; "the end of the year" 2013; "every quarter" SET
    # P3M; "twice a week" SET P1W; "nearly a year" P1Y. "the late 1990s" 199.
    "kelsharan-former-president-trial": (
        "2013-11-05",
        [
            ("19 years", "DURATION", "P19Y"),
            ("last year", "DATE", "2012"),
            ("Monday", "DATE", "2013-11-04"),
            ("the spring", "DATE", "2013-SP"),
            ("10 a.m.", "TIME", "2013-11-04T10:00"),
            ("five hours", "DURATION", "PT5H"),
            ("Nov. 18", "DATE", "2013-11-18"),
            ("August 1992", "DATE", "1992-08"),
            ("2010", "DATE", "2010"),
            ("February 2012", "DATE", "2012-02"),
            ("18 days", "DURATION", "P18D"),
            ("the night of Feb. 9, 2012", "TIME", "2012-02-09TNI"),
            ("the following 48 hours", "DURATION", "PT48H"),
            ("the next day", "DATE", "2012-02-10"),
            ("Monday", "DATE", "2013-11-04"),
            ("20 months", "DURATION", "P20M"),
            ("Feb. 10", "DATE", "2012-02-10"),
            ("Today", "DATE", "2013-11-04"),
            ("the late 1990s", "DATE", "199"),
            ("recent months", "DATE", "PAST_REF"),
            ("the middle of next year", "DATE", "2014"),
            ("Friday", "DATE", "2013-11-01"),
            ("January 2012", "DATE", "2012-01"),
            ("Sunday", "DATE", "2013-11-03"),
            ("twice a week", "SET", "P1W"),
            ("March", "DATE", "2013-03"),
            ("the end of the year", "DATE", "2013"),
            ("2014", "DATE", "2014"),
            ("every quarter", "SET", "P3M"),
            ("September", "DATE", "2013-09"),
            ("nearly a year", "DURATION", "P1Y"),
        ],
    ),
    # Saturday 2014-02-15 (ISO week 7), Guardian-style print foreign story on a disaster's
    # aftermath, headline, byline "Tom Kessling in Port Vellan", date line "The Guardian,
    # Saturday 15 February 2014"; print style, so "yesterday" is Friday 2014-02-14, "last
    # night" Friday night 2014-02-14TNI and "tonight" Saturday night 2014-02-15TNI. The
    # cyclone struck "at about 3am local time on Saturday 8 February (1500 GMT on Friday)":
    # Marisca is 12 hours ahead of GMT, so the GMT time and its day fall on Friday 2014-02-07
    # (gold_blind28); "Two days later" after Saturday 8 February is Monday 2014-02-10. "a
    # week" (headline and lead) is anchored to the cyclone, P1W. The first flight landed
    # "until Wednesday" 2014-02-12 (past), Britain pledged "on Thursday" 2014-02-13; in the
    # villager's quote the promised "Tuesday" and "Thursday" are the most recent ones,
    # 2014-02-11 and 2014-02-13. "Every day we listened" a SET P1D; "roughly once a decade" a
    # SET P10Y with its modifier kept (like "almost every day", gold_blind35). "early next
    # week" in a Saturday paper 2014-W08, the modifier kept; "until April" and "until June"
    # the coming months of 2014. "years, not months" two vague durations, PXY and PXM.
    "marisca-cyclone-aid-delays": (
        "2014-02-15",
        [
            ("a week", "DURATION", "P1W"),
            ("Saturday 15 February 2014", "DATE", "2014-02-15"),
            ("yesterday", "DATE", "2014-02-14"),
            ("a week", "DURATION", "P1W"),
            ("about 3am local time", "TIME", "2014-02-08T03:00"),
            ("Saturday 8 February", "DATE", "2014-02-08"),
            ("1500 GMT", "TIME", "2014-02-07T15:00"),
            ("Friday", "DATE", "2014-02-07"),
            ("Two days later", "DATE", "2014-02-10"),
            ("Wednesday", "DATE", "2014-02-12"),
            ("five days", "DURATION", "P5D"),
            ("Every day", "SET", "P1D"),
            ("Tuesday", "DATE", "2014-02-11"),
            ("Thursday", "DATE", "2014-02-13"),
            ("yesterday afternoon", "TIME", "2014-02-14TAF"),
            ("last night", "TIME", "2014-02-14TNI"),
            ("a fortnight", "DURATION", "P2W"),
            ("years", "DURATION", "PXY"),
            ("months", "DURATION", "PXM"),
            ("1941", "DATE", "1941"),
            ("March 1987", "DATE", "1987-03"),
            ("the past three decades", "DURATION", "P30Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("roughly once a decade", "SET", "P10Y"),
            ("Thursday", "DATE", "2014-02-13"),
            ("twice a day", "SET", "P1D"),
            ("Wednesday", "DATE", "2014-02-12"),
            ("April", "DATE", "2014-04"),
            ("early next week", "DATE", "2014-W08"),
            ("48 hours", "DURATION", "PT48H"),
            ("tonight", "TIME", "2014-02-15TNI"),
            ("1970", "DATE", "1970"),
            ("last year", "DATE", "2013"),
            ("June", "DATE", "2014-06"),
            ("3 March", "DATE", "2014-03-03"),
        ],
    ),
    # Wednesday 2014-06-11 (ISO week 24), New York Times-style foreign story on a conflict and
    # peace talks, headline ("Haskar Rebels May Return": "May" a verb), byline, "SELVO,
    # Belstan —" dateline without date. The mediators "said on Tuesday" 2014-06-10; the
    # commander spoke "on Monday night" 2014-06-09TNI, the mediators arrived "on Monday"
    # 2014-06-09 and the president spoke "on Sunday" 2014-06-08 (past); the pause starts
    # "from midnight on Thursday", the midnight ending Thursday, 2014-06-12T24:00 (gold_blind10,
    # gold_blind28), the trip to Brenik is "on Friday" 2014-06-13 and the talks "would open at
    # 10 a.m. on June 17" (future). "as early as next week" -> "next week" 2014-W25 ("as early
    # as" a signal, gold_blind16). "three months after the collapse" anchored, P3M; "the Easter
    # weekend in April": Easter Sunday 2014 was 20 April, so the weekend of 19-20 April,
    # 2014-W16-WE, with "April" a DATE of its own (like "Easter weekend" in gold_blind36). The
    # curfew's hours recur on no particular day, XXXX-XX-XXT21:00 and T05:00 (gold_blind28).
    # "every spring" and "Every winter" SETs XXXX-SP and XXXX-WI; "daily" P1D. "the winter"
    # ahead in June is the winter of 2014-15, named by the year of its January, 2015-WI
    # (gold_blind28); "the end of the summer" the season's value, 2014-SU. "23 years of
    # promises" since 1991, P23Y. "since then" and "since the ceasefire collapsed" are left out.
    "haskar-rebels-peace-talks": (
        "2014-06-11",
        [
            ("next week", "DATE", "2014-W25"),
            ("Tuesday", "DATE", "2014-06-10"),
            ("three months", "DURATION", "P3M"),
            ("February", "DATE", "2014-02"),
            ("March 8", "DATE", "2014-03-08"),
            ("two days", "DURATION", "P2D"),
            ("1991", "DATE", "1991"),
            ("every spring", "SET", "XXXX-SP"),
            ("1998", "DATE", "1998"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("April", "DATE", "2014-04"),
            ("Monday night", "TIME", "2014-06-09TNI"),
            ("72 hours", "DURATION", "PT72H"),
            ("midnight", "TIME", "2014-06-12T24:00"),
            ("Thursday", "DATE", "2014-06-12"),
            ("the Easter weekend", "DATE", "2014-W16-WE"),
            ("April", "DATE", "2014-04"),
            ("less than a day", "DURATION", "P1D"),
            ("2012", "DATE", "2012"),
            ("the end of the year", "DATE", "2014"),
            ("18 months", "DURATION", "P18M"),
            ("23 years", "DURATION", "P23Y"),
            ("Every winter", "SET", "XXXX-WI"),
            ("every spring", "SET", "XXXX-SP"),
            ("the past two years", "DURATION", "P2Y"),
            ("the winter", "DATE", "2015-WI"),
            ("weeks", "DURATION", "PXW"),
            ("daily", "SET", "P1D"),
            ("2009", "DATE", "2009"),
            ("October", "DATE", "2014-10"),
            ("Sunday", "DATE", "2014-06-08"),
            ("Monday", "DATE", "2014-06-09"),
            ("Friday", "DATE", "2014-06-13"),
            ("10 a.m.", "TIME", "2014-06-17T10:00"),
            ("June 17", "DATE", "2014-06-17"),
            ("up to a week", "DURATION", "P1W"),
            ("the end of the summer", "DATE", "2014-SU"),
        ],
    ),
    # Friday 2012-07-20 (ISO week 29), Guardian-style online world story on a trade dispute,
    # headline, standfirst, byline "Helen Marsh in Tiram", date line "Friday 20 July 2012
    # 14.32 BST". The minister spoke "on Friday", the publication day; "a day after" the vote
    # (anchored, P1D) the bill "passed on Thursday night" 2012-07-19TNI; the ministry spoke "on
    # Thursday" 2012-07-19; the match "on Tuesday evening" (past tense) was 2012-07-17TEV,
    # while the council meets "on Tuesday" 2012-07-24 (future). "a further six months" keeps
    # its determiner, like "a further year" (gold_blind24). "so far this year" -> "this year"
    # (gold_blind28); "the spring" (since the spring, said in July) 2012-SP; "the autumn"
    # ahead 2012-FA and "Christmas" 2012-12-25. "the first quarter" a country's calendar
    # quarter, 2012-Q1, "a year earlier" after it 2011-Q1; "second-quarter" figures due in
    # August are 2012-Q2. "in December" (samples taken, past, in July) 2011-12; "late March"
    # 2012-03 with the modifier kept. "every 90 days" SET P90D; "annually" SET P1Y; "a
    # 20-minute stoppage" DURATION on the adjective. "after that" is left out.
    "lusova-caspenia-dairy-ban-tariffs": (
        "2012-07-20",
        [
            ("a further six months", "DURATION", "P6M"),
            ("Friday 20 July 2012", "DATE", "2012-07-20"),
            ("14.32 BST", "TIME", "2012-07-20T14:32"),
            ("1 August", "DATE", "2012-08-01"),
            ("Friday", "DATE", "2012-07-20"),
            ("a day", "DURATION", "P1D"),
            ("January", "DATE", "2012-01"),
            ("Thursday night", "TIME", "2012-07-19TNI"),
            ("every 90 days", "SET", "P90D"),
            ("this year", "DATE", "2012"),
            ("annually", "SET", "P1Y"),
            ("the spring", "DATE", "2012-SP"),
            ("2004", "DATE", "2004"),
            ("1993", "DATE", "1993"),
            ("2007", "DATE", "2007"),
            ("the first half of 2011", "DATE", "2011-H1"),
            ("Tuesday", "DATE", "2012-07-24"),
            ("September", "DATE", "2012-09"),
            ("2010", "DATE", "2010"),
            ("last year", "DATE", "2011"),
            ("this year", "DATE", "2012"),
            ("the autumn", "DATE", "2012-FA"),
            ("Christmas", "DATE", "2012-12-25"),
            ("the first quarter", "DATE", "2012-Q1"),
            ("a year earlier", "DATE", "2011-Q1"),
            ("second-quarter", "DATE", "2012-Q2"),
            ("15 August", "DATE", "2012-08-15"),
            ("Thursday", "DATE", "2012-07-19"),
            ("December", "DATE", "2011-12"),
            ("late March", "DATE", "2012-03"),
            ("the coming months", "DURATION", "PXM"),
            ("Tuesday evening", "TIME", "2012-07-17TEV"),
            ("20-minute", "DURATION", "PT20M"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
