"""Annotations of the sixty-fifth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind65/annotate.py [--show]

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
    # Thursday 2014-03-13 (ISO week 11), US local paper's Q&A, date line "Thursday, March 13,
    # 2014". The interview was held "on Tuesday" 2014-03-11, "two days before tonight's City
    # Council vote" (DURATION P2D anchored to the vote; "tonight" 2014-03-13TNI, the possessive
    # without the "'s"). The mayor's speech is anchored to the day she spoke (gold_blind30); in
    # this text that day and the publication day share ISO week 11, so "this week" is 2014-W11
    # either way, and "Ask me on Friday" (future from Tuesday) is 2014-03-14. She "leaves ...
    # in January" after her third term ends: the January ahead, 2015-01 (the lead and the
    # question). "the year before" the 2002 election is 2001, anchored like "the day before";
    # "the late '80s" DATE 198 (gold_blind48's "the early '60s"); "'79" DATE 1979 (see README).
    # "last fall" in March is the autumn just gone, 2013-FA (gold_blind62's "last autumn");
    # "the end of next year" 2015 (said in 2014); "next month" 2014-04; "November" (the
    # election) 2014-11; "this summer" 2014-SU. "years ago" PAST_REF like "decades ago";
    # "the other day" PAST_REF (see README). Recurring office hours: "Every Sunday" SET with
    # "8 a.m." and "noon" on no particular day. Not annotated: "back then", "ever since", "one
    # term", "three terms", "9 to 5", "24/7", "555-0148", "5-4", ages "56", "44", "4",
    # "twice", "fourth grade", "third-graders".
    "pell-harbor-mayor-almeida-qa": (
        "2014-03-13",
        [
            ("12 years", "DURATION", "P12Y"),
            ("Thursday, March 13, 2014", "DATE", "2014-03-13"),
            ("January", "DATE", "2015-01"),
            ("Tuesday", "DATE", "2014-03-11"),
            ("two days", "DURATION", "P2D"),
            ("tonight", "TIME", "2014-03-13TNI"),
            ("2002", "DATE", "2002"),
            ("the year before", "DATE", "2001"),
            ("the late '80s", "DATE", "198"),
            ("'79", "DATE", "1979"),
            ("more than a decade", "DURATION", "P10Y"),
            ("the spring of 2005", "DATE", "2005-SP"),
            ("mid-2011", "DATE", "2011"),
            ("last fall", "DATE", "2013-FA"),
            ("the end of next year", "DATE", "2015"),
            ("every day", "SET", "P1D"),
            ("this week", "DATE", "2014-W11"),
            ("Friday", "DATE", "2014-03-14"),
            ("2003", "DATE", "2003"),
            ("Every Sunday", "SET", "XXXX-WXX-7"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("the summer of 2009", "DATE", "2009-SU"),
            ("this summer", "DATE", "2014-SU"),
            ("January", "DATE", "2015-01"),
            ("a week", "DURATION", "P1W"),
            ("next month", "DATE", "2014-04"),
            ("November", "DATE", "2014-11"),
            ("years ago", "DATE", "PAST_REF"),
            ("every spring", "SET", "XXXX-SP"),
            ("Every Wednesday afternoon", "SET", "XXXX-WXX-3TAF"),
            ("about a decade", "DURATION", "P10Y"),
            ("These days", "DATE", "PRESENT_REF"),
            ("the other day", "DATE", "PAST_REF"),
        ],
    ),
    # Wednesday 2013-07-17 (ISO week 29), British music weekly's interview, date line
    # "Wednesday 17 July 2013". The journalist's lines are read against the publication day:
    # the album "is out on Monday" 2013-07-22 (future; the closing "22 July" the same day); "We
    # met on Friday afternoon" 2013-07-12TAF (past). The singer's answers are anchored to that
    # Friday, the day she spoke (gold_blind30), which lies in ISO week 28: "A couple of weeks
    # ago" is two weeks before week 28, 2013-W26 ("a couple of" read as two, gold_blind30;
    # "N weeks ago" at week granularity, gold_blind48), and "Rehearsals next week" is 2013-W29
    # (the week of publication, not W30). "Four years after walking out" of the band in 2009
    # is an anchored duration, P4Y. "that October" of 2009, the year she left, is 2009-10
    # (gold_blind21's "that summer"). Said in July 2013: "Two summers ago" 2011-SU and "that
    # summer" the same summer; "Last summer" 2012-SU; "last August" 2012-08; "this year" 2013;
    # "next spring" 2014-SP; "2 September" and "Christmas" ahead in 2013. "'90s radio" and "the
    # '90s" DATE 199 (adjectival decades like "1960s pop songs", gold_blind62); "'98" DATE 1998
    # (see README). "In a fortnight" measures how long the writing took, P2W (gold_blind62's
    # "finished in two days"); "We hadn't spoken in four years" the period of a negated "in",
    # P4Y (gold_blind28). "5am" and "noon" of a daily routine on no particular day; "for weeks"
    # -> "weeks" PXW. Not annotated: the band "The Ninth of May", the albums "Two Summers" and
    # "Saturday Girl", the song "Class of '99", "the tenth anniversary", ages "29", "60", "18",
    # "about 40 of those tapes", "both of those summers" (anaphoric), "kell2013" in the address.
    "dana-kell-two-summers-interview": (
        "2013-07-17",
        [
            ("a fortnight", "DURATION", "P2W"),
            ("Four years", "DURATION", "P4Y"),
            ("'90s", "DATE", "199"),
            ("Wednesday 17 July 2013", "DATE", "2013-07-17"),
            ("Monday", "DATE", "2013-07-22"),
            ("Friday afternoon", "TIME", "2013-07-12TAF"),
            ("2010", "DATE", "2010"),
            ("2009", "DATE", "2009"),
            ("about six years", "DURATION", "P6Y"),
            ("that October", "DATE", "2009-10"),
            ("an hour", "DURATION", "PT1H"),
            ("Two summers ago", "DATE", "2011-SU"),
            ("that summer", "DATE", "2011-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("Last summer", "DATE", "2012-SU"),
            ("a fortnight", "DURATION", "P2W"),
            ("last August", "DATE", "2012-08"),
            ("5am", "TIME", "XXXX-XX-XXT05:00"),
            ("every day", "SET", "P1D"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("three hours", "DURATION", "PT3H"),
            ("weeks", "DURATION", "PXW"),
            ("'98", "DATE", "1998"),
            ("A couple of weeks ago", "DATE", "2013-W26"),
            ("an hour", "DURATION", "PT1H"),
            ("the '90s", "DATE", "199"),
            ("Every Sunday night", "SET", "XXXX-WXX-7TNI"),
            ("These days", "DATE", "PRESENT_REF"),
            ("the other day", "DATE", "PAST_REF"),
            ("four years", "DURATION", "P4Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("this year", "DATE", "2013"),
            ("next spring", "DATE", "2014-SP"),
            ("next week", "DATE", "2013-W29"),
            ("2 September", "DATE", "2013-09-02"),
            ("five weeks", "DURATION", "P5W"),
            ("Christmas", "DATE", "2013-12-25"),
            ("22 July", "DATE", "2013-07-22"),
        ],
    ),
    # Sunday 2012-04-15 (ISO week 15), US local paper's oral history, date line "Sunday, April
    # 15, 2012". "Thirty-five years ago this week" is one span, ISO week 15 of 1977
    # (gold_blind30's "N years ago this week"), which the apposed "Thursday, April 14, 1977"
    # (one span with its weekday) falls in. The speakers talk in 2012 but tell the flood week
    # of 1977, so bare weekdays, parts of day and clock times of the story take the story's
    # days, not the publication day's: "It had rained since Sunday" is Sunday 1977-04-10 (not
    # 2012-04-08); "Wednesday night" 1977-04-13TNI; "11:40 that night" two TIMEX3, 23:40 and
    # the night of that Wednesday (gold_blind48); "about 5 in the morning" and "7 o'clock" the
    # flood morning, Thursday 1977-04-14; "eight days later" from that Thursday 1977-04-22;
    # "That Thursday night" 1977-04-14TNI; "Two days later" after it 1977-04-16 (the story
    # line's last date); "June" (twice, past in the story) 1977-06; "that summer", "that
    # spring" and "the fall" of 1977; "Christmas" 1977-12-25. Ray Dugan's reunion "in August"
    # lies ahead of the 2012 speaker, 2012-08; the memorial walk "at 10 a.m. Saturday" is
    # 2012-04-21 (future). "For years after" -> "years" PXY; "the old days" PAST_REF (see
    # README); "every spring" SET XXXX-SP. Not annotated: "Back then", "since" (anaphoric),
    # "then 14", "the Class of '77", "their 35th reunion", "the anniversary", "the Marlow Falls
    # Sunday Ledger", "the old mill dam", ages "23", "31", "555-0177", counts.
    "marlow-falls-flood-oral-history": (
        "2012-04-15",
        [
            ("1977", "DATE", "1977"),
            ("Sunday, April 15, 2012", "DATE", "2012-04-15"),
            ("Thirty-five years ago this week", "DATE", "1977-W15"),
            ("Thursday, April 14, 1977", "DATE", "1977-04-14"),
            ("Sunday", "DATE", "1977-04-10"),
            ("Wednesday night", "TIME", "1977-04-13TNI"),
            ("11:40", "TIME", "1977-04-13T23:40"),
            ("that night", "TIME", "1977-04-13TNI"),
            ("three months", "DURATION", "P3M"),
            ("about 5 in the morning", "TIME", "1977-04-14T05:00"),
            ("7 o'clock", "TIME", "1977-04-14T07:00"),
            ("June", "DATE", "1977-06"),
            ("eight days later", "DATE", "1977-04-22"),
            ("That Thursday night", "TIME", "1977-04-14TNI"),
            ("11 days", "DURATION", "P11D"),
            ("Two days later", "DATE", "1977-04-16"),
            ("1961", "DATE", "1961"),
            ("June", "DATE", "1977-06"),
            ("years", "DURATION", "PXY"),
            ("Christmas", "DATE", "1977-12-25"),
            ("every day", "SET", "P1D"),
            ("that summer", "DATE", "1977-SU"),
            ("the old days", "DATE", "PAST_REF"),
            ("every spring", "SET", "XXXX-SP"),
            ("1984", "DATE", "1984"),
            ("that spring", "DATE", "1977-SP"),
            ("every year", "SET", "P1Y"),
            ("These days", "DATE", "PRESENT_REF"),
            ("the fall", "DATE", "1977-FA"),
            ("August", "DATE", "2012-08"),
            ("10 a.m.", "TIME", "2012-04-21T10:00"),
            ("Saturday", "DATE", "2012-04-21"),
        ],
    ),
    # Monday 2015-02-09 (ISO week 7), US regional business weekly's "Ten questions", date line
    # "Monday, February 9, 2015". The interview was "last Wednesday", 2015-02-04 (week 6); the
    # answers hold no week-relative phrase, and "next month" (2015-03), "This spring" (2015-SP)
    # and "last year" read the same from that day and from the publication day. The text says
    # the company's books follow the calendar, so "the fourth quarter" of 2014 is 2014-Q4 and
    # "the first half of last year" one span 2014-H1 (gold_blind48's "the first half of next
    # year"). "late last year" 2014 (gold_blind36); "mid-2014" 2014 and "mid-2016" 2016
    # (gold_blind23); "November" (the lease, past) 2014-11; "December" (past) 2014-12; "a decade
    # from now" one DATE span at the year's granularity, 2025 (gold_blind26's "A century from
    # now"). "10-year lease" and "90-day supply" adjectival DURATIONs; "two more years"
    # DURATION P2Y with "more" kept; "sold out in three weeks" how long a past change took,
    # P3W (gold_blind35); "the past year" P1Y and "the coming months" PXM (gold_blind48);
    # "weekends" and "every weekend" SET XXXX-WXX-WE; "Every Monday morning" SET with "8 a.m."
    # on no particular day; "every quarter" P3M; "annually" P1Y. Not annotated: "nine-to-five"
    # (a job), the beers "Midnight Porter" and "Winter Ale", "10-barrel", "once" (one time),
    # "1-800-555-0162", ages "41", "70", money, percentages and counts.
    "corran-brewing-founder-ten-questions": (
        "2015-02-09",
        [
            ("Monday, February 9, 2015", "DATE", "2015-02-09"),
            ("2008", "DATE", "2008"),
            ("Last year", "DATE", "2014"),
            ("late last year", "DATE", "2014"),
            ("last Wednesday", "DATE", "2015-02-04"),
            ("2014", "DATE", "2014"),
            ("the fourth quarter", "DATE", "2014-Q4"),
            ("2010", "DATE", "2010"),
            ("the past year", "DURATION", "P1Y"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("two more years", "DURATION", "P2Y"),
            ("The summer of 2010", "DATE", "2010-SU"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("10-year", "DURATION", "P10Y"),
            ("November", "DATE", "2014-11"),
            ("next month", "DATE", "2015-03"),
            ("mid-2016", "DATE", "2016"),
            ("the coming months", "DURATION", "PXM"),
            ("recent years", "DATE", "PAST_REF"),
            ("2011", "DATE", "2011"),
            ("2020", "DATE", "2020"),
            ("the first half of last year", "DATE", "2014-H1"),
            ("mid-2014", "DATE", "2014"),
            ("every quarter", "SET", "P3M"),
            ("90-day", "DURATION", "P90D"),
            ("Every Monday morning", "SET", "XXXX-WXX-1TMO"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("two hours", "DURATION", "PT2H"),
            ("three weeks", "DURATION", "P3W"),
            ("December", "DATE", "2014-12"),
            ("This spring", "DATE", "2015-SP"),
            ("the fall of 2013", "DATE", "2013-FA"),
            ("annually", "SET", "P1Y"),
            ("Two weeks", "DURATION", "P2W"),
            ("every summer", "SET", "XXXX-SU"),
            ("a decade from now", "DATE", "2025"),
            ("2012", "DATE", "2012"),
        ],
    ),
    # Friday 2012-10-26 (ISO week 43), US newspaper sports Q&A, date line "Friday, October 26,
    # 2012". The farewell match is "Saturday" 2012-10-27 (lead, question and last question) at
    # "2 p.m. local time (8 a.m. EDT)", two TIMEX3 on that day: Germany is still on summer
    # time (UTC+2) until 28 October and New York on EDT (UTC-4), so 14:00 local is 08:00
    # Eastern. "We spoke by phone Tuesday" 2012-10-23, the same ISO week as the paper, so the
    # player's "last week" is 2012-W42 and "My parents fly in Friday" the publication day,
    # 2012-10-26 (future from Tuesday). "That spring" of 2004 is 2004-SP; "a couple of years
    # ago" 2010 ("a couple of" read as two, gold_blind30); "this summer" 2012-SU; "next
    # summer" 2013-SU; "This year" 2012; "January" ahead 2013-01; "the 2004 final" an
    # adjectival year. "For about a year after that" -> "about a year" P1Y; "51 minutes" and
    # "two hours" DURATIONs. "Sundays" plural weekday SET. Not annotated: scores "6-0, 6-1",
    # "No. 4", "three first-rounds in a row", "the hard-court swing", "People may say" (verb),
    # ages "33", "16", "31", "8 to 14", "300 kids".
    "kara-dunne-farewell-qa": (
        "2012-10-26",
        [
            ("16 years", "DURATION", "P16Y"),
            ("Friday, October 26, 2012", "DATE", "2012-10-26"),
            ("Saturday", "DATE", "2012-10-27"),
            ("2 p.m. local time", "TIME", "2012-10-27T14:00"),
            ("8 a.m. EDT", "TIME", "2012-10-27T08:00"),
            ("Tuesday", "DATE", "2012-10-23"),
            ("1996", "DATE", "1996"),
            ("51 minutes", "DURATION", "PT51M"),
            ("two hours", "DURATION", "PT2H"),
            ("2004", "DATE", "2004"),
            ("That spring", "DATE", "2004-SP"),
            ("six weeks", "DURATION", "P6W"),
            ("the fall of 2007", "DATE", "2007-FA"),
            ("14 months", "DURATION", "P14M"),
            ("about a year", "DURATION", "P1Y"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("now", "DATE", "PRESENT_REF"),
            ("a couple of years ago", "DATE", "2010"),
            ("this summer", "DATE", "2012-SU"),
            ("Saturday", "DATE", "2012-10-27"),
            ("Friday", "DATE", "2012-10-26"),
            ("last week", "DATE", "2012-W42"),
            ("2004", "DATE", "2004"),
            ("recently", "DATE", "PAST_REF"),
            ("almost every week", "SET", "P1W"),
            ("a decade", "DURATION", "P10Y"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("every summer", "SET", "XXXX-SU"),
            ("2009", "DATE", "2009"),
            ("This year", "DATE", "2012"),
            ("next summer", "DATE", "2013-SU"),
            ("Saturday", "DATE", "2012-10-27"),
            ("January", "DATE", "2013-01"),
            ("Sundays", "SET", "XXXX-WXX-7"),
        ],
    ),
    # Saturday 2015-06-20 (ISO week 25), British science magazine's interview, date line
    # "Saturday 20 June 2015". The call was "at 7am New Zealand time on Wednesday (8pm BST on
    # Tuesday)": four TIMEX3, the local time on its own day and the British time on the day
    # before (NZST is UTC+12 in June, BST UTC+1: 07:00 on 17 June is 19:00 UTC and 20:00 BST on
    # 16 June), like gold_blind28's "4:12 a.m. local time on Tuesday (2212 GMT Monday)". Her
    # answers are anchored to that Wednesday, in the same ISO week as the paper: "On Sunday"
    # (the dinner) 2015-06-21 with "7pm" that evening; "April" (past) 2015-04; "12 November"
    # (past) 2014-11-12; "late October" and "9 August" ahead in 2015; "the end of the year"
    # 2015; "next year" 2016 and "March" after it 2016-03. "the winter" she spends in
    # Antarctica is the southern winter of 2015, valued in the year it falls in, 2015-WI
    # (gold_blind9, gold_blind60). "around noon" and "10pm" recur on no particular day;
    # "every three hours" SET PT3H; "six weeks ahead of the old average" the size of a shift,
    # P6W (gold_blind48). Not annotated: "24/7", "around the clock", "the night shifts",
    # "after dinner", "the cook's 50th birthday", ages "38", "29", "14 people", "20 percent".
    "corrie-point-winter-glaciologist-qa": (
        "2015-06-20",
        [
            ("3 May", "DATE", "2015-05-03"),
            ("Saturday 20 June 2015", "DATE", "2015-06-20"),
            ("the winter", "DATE", "2015-WI"),
            ("7am New Zealand time", "TIME", "2015-06-17T07:00"),
            ("Wednesday", "DATE", "2015-06-17"),
            ("8pm BST", "TIME", "2015-06-16T20:00"),
            ("Tuesday", "DATE", "2015-06-16"),
            ("20-minute", "DURATION", "PT20M"),
            ("3 May", "DATE", "2015-05-03"),
            ("about ten minutes", "DURATION", "PT10M"),
            ("9 August", "DATE", "2015-08-09"),
            ("around noon", "TIME", "XXXX-XX-XXT12:00"),
            ("about an hour", "DURATION", "PT1H"),
            ("12 November", "DATE", "2014-11-12"),
            ("seven months", "DURATION", "P7M"),
            ("late October", "DATE", "2015-10"),
            ("every three hours", "SET", "PT3H"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("2006", "DATE", "2006"),
            ("six weeks", "DURATION", "P6W"),
            ("April", "DATE", "2015-04"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("Sunday", "DATE", "2015-06-21"),
            ("7pm", "TIME", "2015-06-21T19:00"),
            ("weeks", "DURATION", "PXW"),
            ("the 1990s", "DATE", "199"),
            ("the 1970s", "DATE", "197"),
            ("recent years", "DATE", "PAST_REF"),
            ("2014", "DATE", "2014"),
            ("early December", "DATE", "2014-12"),
            ("six weeks", "DURATION", "P6W"),
            ("now", "DATE", "PRESENT_REF"),
            ("recently", "DATE", "PAST_REF"),
            ("the end of the year", "DATE", "2015"),
            ("next year", "DATE", "2016"),
            ("March", "DATE", "2016-03"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
