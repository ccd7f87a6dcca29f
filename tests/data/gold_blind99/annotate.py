"""Annotations of the ninety-ninth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind99/annotate.py [--show]

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
    # Saturday 2014-04-26 (ISO week 17), English Saturday paper's nature-notes column, headline,
    # standfirst, byline, date line "Saturday 26 April 2014". The swallows came on 9 April
    # 2014, "a week earlier than last year": "a week" is the size of the shift, DURATION P1W,
    # and "last year" 2013 the year compared with (gold_blind25); last year's bird came on 16
    # April 2013 "after a bitter March" -> "March" 2013-03 (the weather adjective left out,
    # gold_blind83). "They had spent the winter" in Africa: the winter just ended, which takes
    # the year of its January, 2014-WI (gold_blind10, gold_blind26); "Last winter" the same
    # season, flooded "from Christmas" 2013-12-25 "until the end of February" 2014-02. "This
    # spring" 2014-SP; "mid-March" 2014-03; "at least a fortnight ahead of its usual time" is
    # the size of a shift, P2W, with the modifier in the span; "since the beginning of the
    # month" 2014-04 (like "the end of the month"). "In 27 years of notes" P27Y (1987-2014);
    # "about five days" the size of a shift. "This year the first chiffchaff sang on 12 March"
    # 2014-03-12. "On Wednesday" (past) 2014-04-23 with "4.45am" on it; "the end of next week"
    # 2014-W18 (gold_blind59); the chorus "should peak in early May" 2014-05 (standfirst and
    # body); the dawn walk "on Sunday 4 May" with "4.30am" on that day. "By midsummer" is DATE
    # 2014-SU, see README. "Last year the first was heard on 1 May" 2013-05-01; "in 1990 one
    # was calling on 14 April" 1990-04-14, the month and day framed by the year of the clause.
    # "tomorrow morning" 2014-04-27TMO; "Next week:" (column trailer) 2014-W18. Sets: "every
    # morning" XXXX-XX-XXTMO, "every year" P1Y. Not annotated: "the May" (hawthorn blossom),
    # "The March hares", "march" (verb), "Lammas Meadow Farm", "its usual time", "the
    # calendar", "by the day", "the dawn chorus", "dawn walk", "second brood", "6,000 miles".
    "thornbeck-swallows-country-notes": (
        "2014-04-26",
        [
            ("9 April", "DATE", "2014-04-09"),
            ("a week", "DURATION", "P1W"),
            ("last year", "DATE", "2013"),
            ("early May", "DATE", "2014-05"),
            ("Saturday 26 April 2014", "DATE", "2014-04-26"),
            ("9 April", "DATE", "2014-04-09"),
            ("a week", "DURATION", "P1W"),
            ("last year", "DATE", "2013"),
            ("the winter", "DATE", "2014-WI"),
            ("Last year", "DATE", "2013"),
            ("16 April", "DATE", "2013-04-16"),
            ("March", "DATE", "2013-03"),
            ("This spring", "DATE", "2014-SP"),
            ("mid-March", "DATE", "2014-03"),
            ("at least a fortnight", "DURATION", "P2W"),
            ("the beginning of the month", "DATE", "2014-04"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("1987", "DATE", "1987"),
            ("27 years", "DURATION", "P27Y"),
            ("about five days", "DURATION", "P5D"),
            ("the past decade", "DURATION", "P10Y"),
            ("This year", "DATE", "2014"),
            ("12 March", "DATE", "2014-03-12"),
            ("the 1980s", "DATE", "198"),
            ("Last winter", "DATE", "2014-WI"),
            ("Christmas", "DATE", "2013-12-25"),
            ("the end of February", "DATE", "2014-02"),
            ("every year", "SET", "P1Y"),
            ("2009", "DATE", "2009"),
            ("Wednesday", "DATE", "2014-04-23"),
            ("4.45am", "TIME", "2014-04-23T04:45"),
            ("the end of next week", "DATE", "2014-W18"),
            ("early May", "DATE", "2014-05"),
            ("Sunday 4 May", "DATE", "2014-05-04"),
            ("4.30am", "TIME", "2014-05-04T04:30"),
            ("midsummer", "DATE", "2014-SU"),
            ("Last year", "DATE", "2013"),
            ("1 May", "DATE", "2013-05-01"),
            ("1990", "DATE", "1990"),
            ("14 April", "DATE", "1990-04-14"),
            ("tomorrow morning", "TIME", "2014-04-27TMO"),
            ("Next week", "DATE", "2014-W18"),
        ],
    ),
    # Thursday 2013-07-18 (ISO week 29), Irish paper's breeding story, headline, standfirst,
    # byline, date line "Thursday, July 18, 2013". The chicks fledged on Tuesday 2013-07-16
    # and Wednesday (morning) 2013-07-17, past in body and standfirst alike; the hide's talk
    # is "at 8pm next Tuesday", 2013-07-23, the coming Tuesday (two TIMEX3); "on Saturday"
    # (past) 2013-07-13. "for the 12th year running" (standfirst and body; 2002-2013) ->
    # "the 12th year running" DURATION P1Y, an ordinal period of a run, like "the third day
    # running" (gold_blind45) and "the third day in a row" (gold_blind59), "running" kept as
    # in gold_blind45. The male returned on March 28, the female "nine days later", on the
    # narrative's line, 2013-04-06 (gold_blind59); "late April" 2013-04; "about 37 days" of
    # incubation; the chicks hatched between June 2 and June 5. The quote's "Last year ... in
    # June" is June 2012, framed by its year (gold_blind83), and "A year earlier" 2011. "the
    # 19th century" 18; "for more than 100 years" P100Y. "in early September" 2013-09 and
    # "until 2015 at the earliest" -> "2015". "in force since March" 2013-03, "the end of
    # August" 2013-08. The watch "in four-hour shifts from 5am to 11pm every day" and the hide
    # "every weekend in August, from 10am to 4pm": the hours of a recurring watch and opening
    # are XXXX-XX-XXThh:mm with their SETs (gold_blind28, gold_blind59), "every weekend" SET
    # XXXX-WXX-WE and "August" DATE 2013-08, like "every week in the summer of 1992"
    # (gold_blind28). "within the next five years" -> "the next five years" P5Y. Not
    # annotated: "a 15-year-old bird", "now in its third year" (ages), "ring number GR4471",
    # "the 2011 brood" beyond "2011", "a perfect season", "around the clock", "1.5kg", "more
    # than 1.5 metres", "Co Leitrim".
    "lough-carragh-osprey-chicks-fledge": (
        "2013-07-18",
        [
            ("Tuesday", "DATE", "2013-07-16"),
            ("Wednesday", "DATE", "2013-07-17"),
            ("the 12th year running", "DURATION", "P1Y"),
            ("Thursday, July 18, 2013", "DATE", "2013-07-18"),
            ("2002", "DATE", "2002"),
            ("Tuesday", "DATE", "2013-07-16"),
            ("Wednesday morning", "TIME", "2013-07-17TMO"),
            ("early May", "DATE", "2013-05"),
            ("the 12th year running", "DURATION", "P1Y"),
            ("1998", "DATE", "1998"),
            ("March 28", "DATE", "2013-03-28"),
            ("nine days later", "DATE", "2013-04-06"),
            ("late April", "DATE", "2013-04"),
            ("about 37 days", "DURATION", "P37D"),
            ("June 2", "DATE", "2013-06-02"),
            ("June 5", "DATE", "2013-06-05"),
            ("now", "DATE", "PRESENT_REF"),
            ("Last year", "DATE", "2012"),
            ("June", "DATE", "2012-06"),
            ("A year earlier", "DATE", "2011"),
            ("the 19th century", "DATE", "18"),
            ("more than 100 years", "DURATION", "P100Y"),
            ("2011", "DATE", "2011"),
            ("Saturday", "DATE", "2013-07-13"),
            ("about six weeks", "DURATION", "P6W"),
            ("early September", "DATE", "2013-09"),
            ("2015", "DATE", "2015"),
            ("March", "DATE", "2013-03"),
            ("the end of August", "DATE", "2013-08"),
            ("four-hour", "DURATION", "PT4H"),
            ("5am", "TIME", "XXXX-XX-XXT05:00"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("every day", "SET", "P1D"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("August", "DATE", "2013-08"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("8pm", "TIME", "2013-07-23T20:00"),
            ("next Tuesday", "DATE", "2013-07-23"),
            ("recent years", "DATE", "PAST_REF"),
            ("the next five years", "DURATION", "P5Y"),
        ],
    ),
    # Tuesday 2015-11-10 (ISO week 46), US local paper's rare-sighting story, headline, deck,
    # byline "Staff Writer", date line "Tuesday, November 10, 2015", "PORT WESCOTT, Maine —"
    # dateline; "today" is the publication day. The bird was found "Saturday morning"
    # 2015-11-07TMO, photographed "at about 7:40 a.m." that morning (the modifier in the span,
    # gold_blind59); seen again "Sunday morning" 2015-11-08TMO "and at 4 p.m. Monday"
    # (2015-11-09T16:00 and "Monday", two TIMEX3); "By Monday night" 2015-11-09TNI; the deck's
    # "still feeding Monday evening" 2015-11-09TEV. "late last month" 2015-10. "The 1986 bird"
    # -> "1986", an adjectival year (gold_blind28). "for four days now" (Saturday to Tuesday)
    # P4D and "now"; "stay a week" P1W; "leave tonight" 2015-11-10TNI. The parking lot
    # "normally closes at dusk" (a habit of no particular day, XXXX-XX-XXTEV, gold_blind76)
    # and "will stay open until 6 p.m. daily through Sunday": "6 p.m." the hour of each day
    # XXXX-XX-XXT18:00, "daily" SET P1D, "Sunday" the coming one 2015-11-15; "at 6:30 a.m.
    # today" two TIMEX3. "expected Thursday" 2015-11-12. "twice a year" SET P1Y; "in January"
    # ahead, 2016-01. Not annotated: "since counts began" beyond "1994", "67" (age), "more
    # than 300 birders", "eight states", "100 yards", "212 species", "the Wescott Sunday
    # Ledger" (a paper), the address "mainebirds.org/alerts/2015-1107" and the hotline
    # "207-555-1986", "about a dozen times".
    "wescott-marsh-lapwing-sighting": (
        "2015-11-10",
        [
            ("1986", "DATE", "1986"),
            ("Monday evening", "TIME", "2015-11-09TEV"),
            ("Tuesday, November 10, 2015", "DATE", "2015-11-10"),
            ("1986", "DATE", "1986"),
            ("Saturday morning", "TIME", "2015-11-07TMO"),
            ("about 7:40 a.m.", "TIME", "2015-11-07T07:40"),
            ("Sunday morning", "TIME", "2015-11-08TMO"),
            ("4 p.m.", "TIME", "2015-11-09T16:00"),
            ("Monday", "DATE", "2015-11-09"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("Monday night", "TIME", "2015-11-09TNI"),
            ("late last month", "DATE", "2015-10"),
            ("the past 30 years", "DURATION", "P30Y"),
            ("1986", "DATE", "1986"),
            ("two days", "DURATION", "P2D"),
            ("four days", "DURATION", "P4D"),
            ("now", "DATE", "PRESENT_REF"),
            ("a week", "DURATION", "P1W"),
            ("tonight", "TIME", "2015-11-10TNI"),
            ("dusk", "TIME", "XXXX-XX-XXTEV"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("daily", "SET", "P1D"),
            ("Sunday", "DATE", "2015-11-15"),
            ("6:30 a.m.", "TIME", "2015-11-10T06:30"),
            ("today", "DATE", "2015-11-10"),
            ("Thursday", "DATE", "2015-11-12"),
            ("every winter", "SET", "XXXX-WI"),
            ("1972", "DATE", "1972"),
            ("this year", "DATE", "2015"),
            ("1994", "DATE", "1994"),
            ("twice a year", "SET", "P1Y"),
            ("January", "DATE", "2016-01"),
        ],
    ),
    # Wednesday 2012-10-17 (ISO week 42), New Zealand paper's conservation story, headline,
    # byline, date line "Wednesday 17 October 2012"; southern seasons (spring September-
    # November, a summer taking the year of its January, gold_blind83). The kiwi were
    # released "on Monday" 2012-10-15, "at dawn" 2012-10-15TMO (gold_blind59) and "at 9.30am"
    # that day; "hatched ... last summer" -> the summer of 2011-12, 2012-SU; "This spring's
    # birds" 2012-SP and "Next spring" 2013-SP. "a 10-year reintroduction programme begun in
    # 2009" -> "10-year" P10Y and "2009", ending "by 2019". "By 6pm yesterday" -> "6pm"
    # 2012-10-16T18:00 and "yesterday" 2012-10-16. The first island chicks hatched "in
    # January" 2012-01, "three years earlier than the trust had expected" (the size of a
    # shift, P3Y). "the winter of 2007" (June-August 2007) 2007-WI; "free of predators for
    # five years" P5Y; "March last year" one span 2011-03 (gold_blind13). "a further three
    # years" one DURATION span (gold_blind40's "a further six months"); "on Friday" (future)
    # 2012-10-19; "at 7pm next Wednesday" in a Wednesday paper is seven days ahead,
    # 2012-10-24 (gold_blind25). "over Labour Day weekend": New Zealand's Labour Day fell on
    # Monday 22 October 2012, and a holiday weekend is the ISO weekend of its Saturday and
    # Sunday, 2012-W42-WE (gold_blind83). "late November" 2012-11. Sets: "every spring"
    # XXXX-SP, "every week" P1W, "every six months" P6M, "every fortnight" P2W. Not annotated:
    # "the fourth batch", "by then" (anaphoric), "so far", "at about two years of age" (an
    # age), "the band numbers, from K1970 to K2012", "1.2kg", "$1.4 million", "12 signals".
    "matairangi-island-kiwi-release": (
        "2012-10-17",
        [
            ("Wednesday 17 October 2012", "DATE", "2012-10-17"),
            ("Monday", "DATE", "2012-10-15"),
            ("10-year", "DURATION", "P10Y"),
            ("2009", "DATE", "2009"),
            ("last summer", "DATE", "2012-SU"),
            ("dawn", "TIME", "2012-10-15TMO"),
            ("9.30am", "TIME", "2012-10-15T09:30"),
            ("every spring", "SET", "XXXX-SP"),
            ("2019", "DATE", "2019"),
            ("three years", "DURATION", "P3Y"),
            ("every week", "SET", "P1W"),
            ("every six months", "SET", "P6M"),
            ("6pm", "TIME", "2012-10-16T18:00"),
            ("yesterday", "DATE", "2012-10-16"),
            ("2009", "DATE", "2009"),
            ("January", "DATE", "2012-01"),
            ("three years", "DURATION", "P3Y"),
            ("This spring", "DATE", "2012-SP"),
            ("Next spring", "DATE", "2013-SP"),
            ("the winter of 2007", "DATE", "2007-WI"),
            ("five years", "DURATION", "P5Y"),
            ("March last year", "DATE", "2011-03"),
            ("every fortnight", "SET", "P2W"),
            ("June 2014", "DATE", "2014-06"),
            ("a further three years", "DURATION", "P3Y"),
            ("Friday", "DATE", "2012-10-19"),
            ("7pm", "TIME", "2012-10-24T19:00"),
            ("next Wednesday", "DATE", "2012-10-24"),
            ("Labour Day weekend", "DATE", "2012-W42-WE"),
            ("late November", "DATE", "2012-11"),
        ],
    ),
    # Friday 2015-12-04 (ISO week 49), Australian paper's phenology story, headline, byline,
    # date line "Friday 4 December 2015"; southern seasons as in the kiwi story. "now flowers
    # about two weeks earlier than it did in the 1970s" -> "now", the size of the shift P2W
    # and "the 1970s" 197 (gold_blind59; the headline's "two weeks" and "the 1970s" alike).
    # The study was "published on Tuesday" 2015-12-01; the weather office "said on
    # Wednesday" 2015-12-02. "This spring, which ended on Monday" -> 2015-SP (September-
    # November) and "Monday" 2015-11-30; "since records began in 1910" -> "1910" only. The
    # summer now begun (December 2015-February 2016) is 2016-SU in "the first heatwave of the
    # summer this week" and in "a hotter than average summer" (the adjective left out,
    # gold_blind83); "this week" 2015-W49; "before Christmas" 2015-12-25. "by an average of
    # nine days" -> "nine days" P9D (size of a shift). "the winter of 2006" (June-August)
    # 2006-WI. "every Sunday morning" SET XXXX-WXX-7TMO; "for 36 years" P36Y (1979-2015). The
    # quote "In 1979 ... in late August" -> "late August" 1979-08, framed by its year;
    # "This year it peaked on 9 August and was finished by the middle of the month" ->
    # 2015-08-09 and "the middle of the month" 2015-08. "several days" PXD (vague length of a
    # shift). "will begin in March" 2016-03. Not annotated: "Since then" (anaphoric), "since
    # records began", "the long-term average", "63 plant species", "41 of those species",
    # "2C", "81" (age), "12-kilometre", "Spring Creek" (a name), "60 volunteers", "below 40".
    "wirrimbah-wattle-flowering-study": (
        "2015-12-04",
        [
            ("two weeks", "DURATION", "P2W"),
            ("the 1970s", "DATE", "197"),
            ("Friday 4 December 2015", "DATE", "2015-12-04"),
            ("now", "DATE", "PRESENT_REF"),
            ("about two weeks", "DURATION", "P2W"),
            ("the 1970s", "DATE", "197"),
            ("Tuesday", "DATE", "2015-12-01"),
            ("every year", "SET", "P1Y"),
            ("1974", "DATE", "1974"),
            ("the past 40 years", "DURATION", "P40Y"),
            ("nine days", "DURATION", "P9D"),
            ("the summer", "DATE", "2016-SU"),
            ("this week", "DATE", "2015-W49"),
            ("This spring", "DATE", "2015-SP"),
            ("Monday", "DATE", "2015-11-30"),
            ("1910", "DATE", "1910"),
            ("Wednesday", "DATE", "2015-12-02"),
            ("summer", "DATE", "2016-SU"),
            ("Christmas", "DATE", "2015-12-25"),
            ("the past two decades", "DURATION", "P20Y"),
            ("the mid-1990s", "DATE", "199"),
            ("almost every year", "SET", "P1Y"),
            ("the winter of 2006", "DATE", "2006-WI"),
            ("2003", "DATE", "2003"),
            ("the past two years", "DURATION", "P2Y"),
            ("every Sunday morning", "SET", "XXXX-WXX-7TMO"),
            ("36 years", "DURATION", "P36Y"),
            ("1979", "DATE", "1979"),
            ("late August", "DATE", "1979-08"),
            ("This year", "DATE", "2015"),
            ("9 August", "DATE", "2015-08-09"),
            ("the middle of the month", "DATE", "2015-08"),
            ("now", "DATE", "PRESENT_REF"),
            ("several days", "DURATION", "PXD"),
            ("March", "DATE", "2016-03"),
            ("three years", "DURATION", "P3Y"),
            ("recent years", "DATE", "PAST_REF"),
            ("7.30pm", "TIME", "2015-12-10T19:30"),
            ("Thursday 10 December", "DATE", "2015-12-10"),
        ],
    ),
    # Monday 2012-02-27 (ISO week 9), English national park authority's public notice of an
    # access restriction, "Notice date: Monday 27 February 2012" (the publication day). Dogs
    # on leads "from 1 March to 31 July 2012" (two DATEs, "from" and "to" signals); the path
    # "is closed from Thursday until 31 August": the coming Thursday, 2012-03-01, and
    # 2012-08-31. "close at dusk each day from 1 April" -> "dusk" XXXX-XX-XXTEV (gold_blind76),
    # "each day" SET P1D, 2012-04-01. "can chill within 20 minutes" PT20M (generic length).
    # "Last year ... between April and June, most of them at weekends" -> 2011, 2011-04,
    # 2011-06 (framed by their year), "weekends" SET XXXX-WXX-WE. "renewed every year since
    # 2005 and are reviewed each autumn" -> P1Y, 2005, "each autumn" SET XXXX-FA. Rangers
    # "daily from 6am to 9pm throughout the spring": P1D, XXXX-XX-XXT06:00, XXXX-XX-XXT21:00,
    # "the spring" 2012-SP ("throughout" a signal like "through"); "this year" 2012; "from
    # mid-April for about 12 weeks" 2012-04 and P12W. The drop-in is "on Thursday 8 March
    # from 2pm to 7pm" (times on that day); "within 28 days, by 5pm on Monday 26 March 2012"
    # (27 February + 28 days) -> P28D, 2012-03-26T17:00 and the date. "Last spring" in
    # February is the spring of 2011, 2011-SP; "again this year" 2012. Not annotated: "the
    # Access to Open Country (Harrowdale) Order 2004", "Midsummer Green" (three times), "the
    # nesting season", "ground-nesting", "grid reference SD 742 318", "footpath 27", "two
    # metres", "41 pairs", "18", "14 nests", "nine in ten", "Overnight parking" (a kind of
    # parking), "at any time", "at all times", "for the first time", "HNPA/2012/0731", the
    # phone number "01632 960 2012".
    "kestle-moor-nesting-access-notice": (
        "2012-02-27",
        [
            ("Monday 27 February 2012", "DATE", "2012-02-27"),
            ("1 March", "DATE", "2012-03-01"),
            ("31 July 2012", "DATE", "2012-07-31"),
            ("Thursday", "DATE", "2012-03-01"),
            ("31 August", "DATE", "2012-08-31"),
            ("dusk", "TIME", "XXXX-XX-XXTEV"),
            ("each day", "SET", "P1D"),
            ("1 April", "DATE", "2012-04-01"),
            ("20 minutes", "DURATION", "PT20M"),
            ("the past 20 years", "DURATION", "P20Y"),
            ("Last year", "DATE", "2011"),
            ("April", "DATE", "2011-04"),
            ("June", "DATE", "2011-06"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("every year", "SET", "P1Y"),
            ("2005", "DATE", "2005"),
            ("each autumn", "SET", "XXXX-FA"),
            ("daily", "SET", "P1D"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("the spring", "DATE", "2012-SP"),
            ("this year", "DATE", "2012"),
            ("mid-April", "DATE", "2012-04"),
            ("about 12 weeks", "DURATION", "P12W"),
            ("Thursday 8 March", "DATE", "2012-03-08"),
            ("2pm", "TIME", "2012-03-08T14:00"),
            ("7pm", "TIME", "2012-03-08T19:00"),
            ("28 days", "DURATION", "P28D"),
            ("5pm", "TIME", "2012-03-26T17:00"),
            ("Monday 26 March 2012", "DATE", "2012-03-26"),
            ("Last spring", "DATE", "2011-SP"),
            ("this year", "DATE", "2012"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
