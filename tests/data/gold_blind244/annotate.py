"""Annotations of blind gold set 244, chosen by hand before the tagger ran.

    python tests/data/gold_blind244/annotate.py [--show]

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
    # Tuesday 2013-05-14 (ISO week 20), English regional daily's website, headline, standfirst,
    # byline, date line "Tuesday 14 May 2013" (one span with its weekday). "yesterday" is
    # Monday 2013-05-13 (the ruling "at 10am yesterday", a TIME and a DATE), "last night" its
    # night 2013-05-13TNI, "this morning" 2013-05-14TMO. "last Thursday" is the most recent
    # Thursday, 2013-05-09 (one span, "last" kept, gold_blind10). Ahead: the Court of Appeal
    # hearing "in the autumn" (standfirst and body) 2013-FA, expected "in late October"
    # 2013-10 (modifier kept, not recorded); the review "at 10.30am on Friday 24 May"
    # 2013-05-24T10:30 and 2013-05-24. "two years into his nine-year sentence" -> "two years"
    # P2Y (anchored duration) and "nine-year" P9Y (adjectival). Sentence lengths are
    # DURATIONs (gold_blind52, gold_blind69, gold_blind72): "nine years", "18 months", "30
    # months", and the default term "a further five years" one span with its determiner (like
    # "a further year", gold_blind24). "the 28-day deadline to appeal" -> "28-day" P28D;
    # "28 days to serve its response" P28D; "a 14-week trial" P14W; "the last two years" P2Y;
    # "more than five months" P5M; "every week for two years" a SET P1W and a DURATION P2Y.
    # "2012" (the confiscation order) a DATE. Not annotated: "Case number T20107112" (holds
    # 2010, in a story with "2010" annotated), "the Proceeds of Crime Act 2002" (an Act's
    # name, beside the annotated "2012"), "since the day he was sentenced" (event-named; the
    # day is "1 April 2011"), "£6.4m", "£2.1m", "40,000 tonnes", ages "58" and "44", "three
    # judges", "two grounds", "the same trial".
    "thornwick-landfill-fraud-appeal-leave": (
        "2013-05-14",
        [
            ("2011", "DATE", "2011"),
            ("the autumn", "DATE", "2013-FA"),
            ("two years", "DURATION", "P2Y"),
            ("nine-year", "DURATION", "P9Y"),
            ("Tuesday 14 May 2013", "DATE", "2013-05-14"),
            ("March 2011", "DATE", "2011-03"),
            ("nine years", "DURATION", "P9Y"),
            ("the autumn", "DATE", "2013-FA"),
            ("yesterday", "DATE", "2013-05-13"),
            ("late October", "DATE", "2013-10"),
            ("14-week", "DURATION", "P14W"),
            ("2004", "DATE", "2004"),
            ("2009", "DATE", "2009"),
            ("1 April 2011", "DATE", "2011-04-01"),
            ("the last two years", "DURATION", "P2Y"),
            ("October 2011", "DATE", "2011-10"),
            ("more than five months", "DURATION", "P5M"),
            ("28-day", "DURATION", "P28D"),
            ("May 2011", "DATE", "2011-05"),
            ("December 2011", "DATE", "2011-12"),
            ("last Thursday", "DATE", "2013-05-09"),
            ("10am", "TIME", "2013-05-13T10:00"),
            ("yesterday", "DATE", "2013-05-13"),
            ("more than two years", "DURATION", "P2Y"),
            ("28 days", "DURATION", "P28D"),
            ("last night", "TIME", "2013-05-13TNI"),
            ("2012", "DATE", "2012"),
            ("a further five years", "DURATION", "P5Y"),
            ("10.30am", "TIME", "2013-05-24T10:30"),
            ("Friday 24 May", "DATE", "2013-05-24"),
            ("18 months", "DURATION", "P18M"),
            ("30 months", "DURATION", "P30M"),
            ("this morning", "TIME", "2013-05-14TMO"),
            ("every week", "SET", "P1W"),
            ("two years", "DURATION", "P2Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("five years", "DURATION", "P5Y"),
            ("2010", "DATE", "2010"),
        ],
    ),
    # Thursday 2014-10-09 (ISO week 41), US local paper's website, headline ("Jan. 12 retrial
    # in 2009 ... killing"), stamp "Posted: Thursday, October 9, 2014 6:12 pm | Updated: 9:40
    # pm, Thu Oct 9, 2014." (two DATEs, the abbreviated one with its weekday one span like "Thu
    # October 2, 2014" in gold_blind36, and two TIMEs), byline, no dateline. "on Thursday" and
    # "Thursday's hearing" are the publication day 2014-10-09 (gold_blind52). Ahead: jury
    # selection "Jan. 12" 2015-01-12 (headline and body, across the year boundary), motions
    # "at 9 a.m. Nov. 3" 2014-11-03T09:00 and 2014-11-03, "next week" 2014-W42, "by Oct. 24"
    # 2014-10-24, the vigil "this weekend" 2014-W41-WE (ahead in a Thursday paper,
    # gold_blind72), "the end of the month" 2014-10. Past: the shooting "shortly before 2
    # a.m. on Aug. 22, 2009" (a Saturday) 2009-08-22T02:00 and the DATE; "two days later"
    # 2009-08-24; "that April" after "February 2011" 2011-04; the rehearing declined "in
    # January" 2014-01 and the case sent back "in March" 2014-03; "last year" 2013. "2009"
    # and "2011" in "2009 ... tavern killing" and "2011 murder conviction" are adjectival
    # years. "Christmas" in "over by Christmas", said in 2009, 2009-12-25. "about two weeks"
    # P2W; "20-minute" PT20M; "the past five years" P5Y; "11 hours over three days" two
    # DURATIONs (gold_blind46, gold_blind52); "for five years" P5Y; "14 days" P14D. Not
    # annotated: "life in prison without parole" ("life" names no length, gold_blind52),
    # "4-3", "Route 44", "09-CR-1187" (a case number holding 09, in a 2009 case),
    # "garnettcourts.org/records/2009" (a URL holding 2009), "twice", "a third time", "a
    # third trial", "since moved" (anaphoric), ages "37" and "51".
    "ruskin-ford-tavern-killing-third-trial": (
        "2014-10-09",
        [
            ("Jan. 12", "DATE", "2015-01-12"),
            ("2009", "DATE", "2009"),
            ("Thursday, October 9, 2014", "DATE", "2014-10-09"),
            ("6:12 pm", "TIME", "2014-10-09T18:12"),
            ("9:40 pm", "TIME", "2014-10-09T21:40"),
            ("Thu Oct 9, 2014", "DATE", "2014-10-09"),
            ("Thursday", "DATE", "2014-10-09"),
            ("2011", "DATE", "2011"),
            ("last year", "DATE", "2013"),
            ("Jan. 12", "DATE", "2015-01-12"),
            ("about two weeks", "DURATION", "P2W"),
            ("20-minute", "DURATION", "PT20M"),
            ("9 a.m.", "TIME", "2014-11-03T09:00"),
            ("Nov. 3", "DATE", "2014-11-03"),
            ("2 a.m.", "TIME", "2009-08-22T02:00"),
            ("Aug. 22, 2009", "DATE", "2009-08-22"),
            ("two days later", "DATE", "2009-08-24"),
            ("the past five years", "DURATION", "P5Y"),
            ("the spring of 2010", "DATE", "2010-SP"),
            ("11 hours", "DURATION", "PT11H"),
            ("three days", "DURATION", "P3D"),
            ("February 2011", "DATE", "2011-02"),
            ("that April", "DATE", "2011-04"),
            ("Nov. 15, 2013", "DATE", "2013-11-15"),
            ("January", "DATE", "2014-01"),
            ("March", "DATE", "2014-03"),
            ("five years", "DURATION", "P5Y"),
            ("Thursday", "DATE", "2014-10-09"),
            ("2009", "DATE", "2009"),
            ("Christmas", "DATE", "2009-12-25"),
            ("this weekend", "DATE", "2014-W41-WE"),
            ("next week", "DATE", "2014-W42"),
            ("Oct. 24", "DATE", "2014-10-24"),
            ("14 days", "DURATION", "P14D"),
            ("the end of the month", "DATE", "2014-10"),
        ],
    ),
    # Friday 2013-11-22 (ISO week 47), Irish national daily's website, headline, standfirst,
    # stamp "Fri, Nov 22, 2013, 01:00" (the abbreviated weekday checked by hand: a Friday; a
    # DATE and a TIME), byline. "yesterday afternoon" 2013-11-21TAF (the ruling). "more than
    # four years ago" DATE 2009, the unit's granularity from 2013 (gold_blind28, gold_blind52),
    # which agrees with "since 2009"; the headline's "five-year fight" P5Y (adjectival).
    # Past: "four days in June" P4D and 2013-06; "June 11th" 2013-06-11; "that November"
    # after "February 2009" 2009-11 and "the following month" 2009-12 (narrative anchors,
    # gold_blind26, gold_blind58); "last year" 2012. Ahead: "the end of next week" and "next
    # week" 2013-W48 (the modifier not recorded, gold_blind35); "the spring" 2014-SP; the
    # mention "at 10.30am on Thursday" 2013-11-28T10:30 and 2013-11-28; "the winter of
    # 2015-16" one span 2016-WI (gold_blind76, gold_blind103). "every weekend" SET
    # XXXX-WXX-WE; "the first time in five years" -> "five years" P5Y (the period of a
    # "first in", gold_blind35); "the coming weeks" PXW; "within 28 days" -> "28 days".
    # Not annotated: "[2013] IEHC 512" (a neutral citation holding the year, gold_blind69),
    # "14-turbine", "three times", "42MW", "23,000 homes", "€180,000", "every cake sale,
    # every raffle" (events counted, not times), "reserved judgment" (no time expression),
    # "the first round".
    "carrigmore-wind-farm-judicial-review": (
        "2013-11-22",
        [
            ("five-year", "DURATION", "P5Y"),
            ("Fri, Nov 22, 2013", "DATE", "2013-11-22"),
            ("01:00", "TIME", "2013-11-22T01:00"),
            ("more than four years ago", "DATE", "2009"),
            ("four days", "DURATION", "P4D"),
            ("June", "DATE", "2013-06"),
            ("yesterday afternoon", "TIME", "2013-11-21TAF"),
            ("August 2011", "DATE", "2011-08"),
            ("February 2009", "DATE", "2009-02"),
            ("that November", "DATE", "2009-11"),
            ("the following month", "DATE", "2009-12"),
            ("six days", "DURATION", "P6D"),
            ("April 2010", "DATE", "2010-04"),
            ("2011", "DATE", "2011"),
            ("January 2012", "DATE", "2012-01"),
            ("last year", "DATE", "2012"),
            ("June 11th", "DATE", "2013-06-11"),
            ("2009", "DATE", "2009"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("five years", "DURATION", "P5Y"),
            ("the coming weeks", "DURATION", "PXW"),
            ("the end of next week", "DATE", "2013-W48"),
            ("28 days", "DURATION", "P28D"),
            ("the spring", "DATE", "2014-SP"),
            ("10.30am", "TIME", "2013-11-28T10:30"),
            ("Thursday", "DATE", "2013-11-28"),
            ("2011", "DATE", "2011"),
            ("2014", "DATE", "2014"),
            ("the winter of 2015-16", "DATE", "2016-WI"),
            ("next week", "DATE", "2013-W48"),
        ],
    ),
    # Wednesday 2015-03-04 (ISO week 10), Australian metropolitan paper's website, headline,
    # stamp "March 4, 2015 - 4:12PM" (a DATE and a TIME), byline. "On Wednesday" is the
    # publication day 2015-03-04, "this afternoon" 2015-03-04TAF. Past: the appeal "heard in
    # November", the parole "in November" and "since November" 2014-11 (the nearest past
    # November); "last month" 2015-02; "between January and May 2012" -> "January" 2012-01 and
    # "May 2012"; the raid "at 6.15am on 14 May 2012" 2012-05-14T06:15 and the DATE. Ahead:
    # parole "in May 2017", release "in 2016". Sentence lengths are DURATIONs ("eight years"
    # twice, "four years" twice, "30 months" twice, "five years", "six-year"), "at least five
    # years" with its modifier; "the 28-day limit" -> "28-day" P28D. The hours of the dealing
    # "usually between 10pm and 2am" are clock times on no particular day,
    # XXXX-XX-XXT22:00 and T02:00 (gold_blind69), the recurrence being "six days a week" SET
    # P1W; "three times a week" SET P1W; "about five months" P5M; "more than two years" P2Y
    # twice; "Now" PRESENT_REF. The DPP's "2014-15 financial year" and "2013-14 financial
    # year" are the NSW July-June year named by the year it ends, FY2015 and FY2014
    # (gold_blind69). Not annotated: "life imprisonment", "non-parole period" (its length
    # is annotated), "[2015] NSWCCA 48", "the day he was arrested" (its date is given), "this
    # period", "since his release", "1.2kg", "$84,000", "17" and "nine" (counts), "full-time",
    # ages "34" and "29".
    "warrigal-car-wash-ice-crown-appeal": (
        "2015-03-04",
        [
            ("eight years", "DURATION", "P8Y"),
            ("March 4, 2015", "DATE", "2015-03-04"),
            ("4:12PM", "TIME", "2015-03-04T16:12"),
            ("at least five years", "DURATION", "P5Y"),
            ("September 2013", "DATE", "2013-09"),
            ("four years", "DURATION", "P4Y"),
            ("30 months", "DURATION", "P30M"),
            ("January", "DATE", "2012-01"),
            ("May 2012", "DATE", "2012-05"),
            ("28-day", "DURATION", "P28D"),
            ("November", "DATE", "2014-11"),
            ("Wednesday", "DATE", "2015-03-04"),
            ("eight years", "DURATION", "P8Y"),
            ("five years", "DURATION", "P5Y"),
            ("14 May 2012", "DATE", "2012-05-14"),
            ("May 2017", "DATE", "2017-05"),
            ("November", "DATE", "2014-11"),
            ("30 months", "DURATION", "P30M"),
            ("this afternoon", "TIME", "2015-03-04TAF"),
            ("six days a week", "SET", "P1W"),
            ("about five months", "DURATION", "P5M"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("2am", "TIME", "XXXX-XX-XXT02:00"),
            ("6.15am", "TIME", "2012-05-14T06:15"),
            ("14 May 2012", "DATE", "2012-05-14"),
            ("2006", "DATE", "2006"),
            ("four years", "DURATION", "P4Y"),
            ("last month", "DATE", "2015-02"),
            ("three times a week", "SET", "P1W"),
            ("more than two years", "DURATION", "P2Y"),
            ("November", "DATE", "2014-11"),
            ("Now", "DATE", "PRESENT_REF"),
            ("more than two years", "DURATION", "P2Y"),
            ("the 2014-15 financial year", "DATE", "FY2015"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("six-year", "DURATION", "P6Y"),
            ("2016", "DATE", "2016"),
        ],
    ),
    # Monday 2012-02-06 (ISO week 6), Reuters-style US court wire, headline ("in 2008 fraud
    # case", an adjectival year), "HALVERSTON, Mont., Feb 6 (Reuters) -" dateline (the
    # publication day), credit line. "on Monday" and "Monday's decision" 2012-02-06. Ahead:
    # the bail request "this week" 2012-W06, a hearing "as early as Friday" -> "Friday"
    # 2012-02-10 ("as early as" a signal, gold_blind52). Past: "that August" after "January
    # 2010" 2010-08; "last April" 2011-04 and "in July" 2011-07 (the nearest past ones from
    # February 2012); "Oct. 19" 2011-10-19; the trustee's report "in December" 2011-12;
    # "the fourth quarter of 2008" 2008-Q4 (no fiscal year described) and "the following
    # year" 2009; "the first half of 2008" 2008-H1. Durations: "about 18 months" (August 2010
    # to February 2012), "12 years", "up to 20 years" (a maximum sentence), "30 days", "14
    # days", "three days", "nearly four months", "another year" (determiner kept,
    # gold_blind54); "now" PRESENT_REF. Not annotated: "DA 11-0347" (a docket number holding
    # 11, in a story with 2011 dates), "5-2", "11 counts", "$46 million", "31 cents", "About
    # 340 investors", "so far" (a signal), "pending appeal", "forward contracts", age "61".
    "northplain-grain-fraud-new-trial": (
        "2012-02-06",
        [
            ("2008", "DATE", "2008"),
            ("Feb 6", "DATE", "2012-02-06"),
            ("Monday", "DATE", "2012-02-06"),
            ("about 18 months", "DURATION", "P18M"),
            ("October 2009", "DATE", "2009-10"),
            ("2005", "DATE", "2005"),
            ("2008", "DATE", "2008"),
            ("January 2010", "DATE", "2010-01"),
            ("12 years", "DURATION", "P12Y"),
            ("that August", "DATE", "2010-08"),
            ("the first half of 2008", "DATE", "2008-H1"),
            ("this week", "DATE", "2012-W06"),
            ("Friday", "DATE", "2012-02-10"),
            ("30 days", "DURATION", "P30D"),
            ("14 days", "DURATION", "P14D"),
            ("Monday", "DATE", "2012-02-06"),
            ("March 2011", "DATE", "2011-03"),
            ("June 2011", "DATE", "2011-06"),
            ("three days", "DURATION", "P3D"),
            ("last April", "DATE", "2011-04"),
            ("July", "DATE", "2011-07"),
            ("Oct. 19", "DATE", "2011-10-19"),
            ("nearly four months", "DURATION", "P4M"),
            ("the fourth quarter of 2008", "DATE", "2008-Q4"),
            ("the following year", "DATE", "2009"),
            ("December", "DATE", "2011-12"),
            ("2008", "DATE", "2008"),
            ("now", "DATE", "PRESENT_REF"),
            ("another year", "DURATION", "P1Y"),
            ("up to 20 years", "DURATION", "P20Y"),
        ],
    ),
    # Saturday 2014-01-25 (ISO week 4), British Saturday broadsheet's legal feature, headline,
    # standfirst, byline, date line "Saturday 25 January 2014". The judicial review was a
    # "two-day hearing" "this week" (standfirst and body) 2014-W04, ending "Thursday
    # afternoon" 2014-01-23TAF, judgment reserved "at about 3.45pm on Thursday"
    # 2014-01-23T15:45 and 2014-01-23. Ahead: the ruling "in the spring" 2014-SP, "within six
    # weeks" P6W, "before Easter" -> "Easter" 2014-04-20 (a holiday on its day, gold_blind12);
    # the note "until 4pm on Friday 31 January" 2014-01-31T16:00 and 2014-01-31; "until 2015".
    # The story line: "the night of 9 November 1992" one TIME span 1992-11-09TNI (gold_blind52,
    # gold_blind69), "That night" the same night; "four days later" 1992-11-13; "Three years
    # later" after 2008 is 2011 (the unit's granularity, gold_blind29); "a month after he was
    # cleared" -> "a month" P1M (anchored duration); "last June" 2013-06 and "14 June"
    # 2013-06-14 (the same refusal). "the past two decades" P20Y; "a tariff of 15 years" (the
    # minimum term of a life sentence) and "15 years" (headline, quote) P15Y; "14 months",
    # "six months", "more than five years"; "three days a week" SET P1W; "every year" P1Y;
    # "1993" (standfirst) and "The Court of Appeal's 2012 judgment" adjectival years. Not
    # annotated: "section 133 of the Criminal Justice Act 1988" (an Act's name and section),
    # "[2012] EWCA Crim 611" (a neutral citation, beside the annotated "2012"), "Court 37",
    # "life sentence", "then 31", "24-year-old", "41 pages", "more than twice that" (a
    # multiple of an annotated duration), "the tariff served" (no length of its own).
    "corvell-compensation-judicial-review": (
        "2014-01-25",
        [
            ("15 years", "DURATION", "P15Y"),
            ("1993", "DATE", "1993"),
            ("this week", "DATE", "2014-W04"),
            ("the spring", "DATE", "2014-SP"),
            ("Saturday 25 January 2014", "DATE", "2014-01-25"),
            ("Thursday afternoon", "TIME", "2014-01-23TAF"),
            ("the past two decades", "DURATION", "P20Y"),
            ("the night of 9 November 1992", "TIME", "1992-11-09TNI"),
            ("That night", "TIME", "1992-11-09TNI"),
            ("four days later", "DATE", "1992-11-13"),
            ("July 1993", "DATE", "1993-07"),
            ("15 years", "DURATION", "P15Y"),
            ("1995", "DATE", "1995"),
            ("2008", "DATE", "2008"),
            ("Three years later", "DATE", "2011"),
            ("March 2012", "DATE", "2012-03"),
            ("April 2012", "DATE", "2012-04"),
            ("a month", "DURATION", "P1M"),
            ("last June", "DATE", "2013-06"),
            ("This week", "DATE", "2014-W04"),
            ("two-day", "DURATION", "P2D"),
            ("about 3.45pm", "TIME", "2014-01-23T15:45"),
            ("Thursday", "DATE", "2014-01-23"),
            ("six weeks", "DURATION", "P6W"),
            ("Easter", "DATE", "2014-04-20"),
            ("4pm", "TIME", "2014-01-31T16:00"),
            ("Friday 31 January", "DATE", "2014-01-31"),
            ("15 years", "DURATION", "P15Y"),
            ("14 June", "DATE", "2013-06-14"),
            ("14 months", "DURATION", "P14M"),
            ("six months", "DURATION", "P6M"),
            ("2015", "DATE", "2015"),
            ("more than five years", "DURATION", "P5Y"),
            ("three days a week", "SET", "P1W"),
            ("every year", "SET", "P1Y"),
            ("2012", "DATE", "2012"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
