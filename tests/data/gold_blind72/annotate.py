"""Annotations of the seventy-second blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind72/annotate.py [--show]

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
    # Sunday 2014-04-13 (ISO week 15), English local paper's website printing a police appeal
    # with an update appended; web stamp "Published: 09:40 Sunday 13 April 2014 | Updated:
    # 14:26 ..." (a TIME and a DATE each, gold_blind44). The stabbing was "at around 2130hrs
    # on Saturday 12 April" ("hrs" kept in the span like "hours" in gold_blind27, "around"
    # kept as an approximator); "last night" and "Saturday night" are that night,
    # 2014-04-12TNI; "the early hours of Sunday morning" is one DATE span on the day it names,
    # like "the early hours of Sunday" (gold_blind7, gold_blind52) and "the early hours of
    # that morning" (gold_blind69). "0630hrs today" and "1.15am today" are on Sunday; the
    # cordon from 21:30 to 06:30 makes "about nine hours". The witness window "between 9pm
    # and 10pm" takes Saturday, the day of the event its sentence tells. "in less than a
    # month" is the period of an ordinal "in" ("the second stabbing"), DURATION P1M.
    # "22 March" past, 2014-03-22; "until the end of May" and "until 8 May" future; "every
    # weekend" SET XXXX-WXX-WE. "incident 1187 of 12/04/2014": the log number is not
    # annotated, its day-first date is (gold_blind49). "UPDATE 14:20 Sunday:" is a TIME and a
    # DATE, the publication day; "will appear before Harnford magistrates on Monday" is the
    # coming Monday, 2014-04-14.
    "harnford-brook-street-stabbing-appeal": (
        "2014-04-13",
        [
            ("09:40", "TIME", "2014-04-13T09:40"),
            ("Sunday 13 April 2014", "DATE", "2014-04-13"),
            ("14:26", "TIME", "2014-04-13T14:26"),
            ("Sunday 13 April 2014", "DATE", "2014-04-13"),
            ("last night", "TIME", "2014-04-12TNI"),
            ("this morning", "TIME", "2014-04-13TMO"),
            ("around 2130hrs", "TIME", "2014-04-12T21:30"),
            ("Saturday 12 April", "DATE", "2014-04-12"),
            ("the early hours of Sunday morning", "DATE", "2014-04-13"),
            ("0630hrs", "TIME", "2014-04-13T06:30"),
            ("today", "DATE", "2014-04-13"),
            ("about nine hours", "DURATION", "PT9H"),
            ("Saturday night", "TIME", "2014-04-12TNI"),
            ("9pm", "TIME", "2014-04-12T21:00"),
            ("10pm", "TIME", "2014-04-12T22:00"),
            ("less than a month", "DURATION", "P1M"),
            ("22 March", "DATE", "2014-03-22"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("the end of May", "DATE", "2014-05"),
            ("this year", "DATE", "2014"),
            ("the 1990s", "DATE", "199"),
            ("12/04/2014", "DATE", "2014-04-12"),
            ("14:20", "TIME", "2014-04-13T14:20"),
            ("Sunday", "DATE", "2014-04-13"),
            ("1.15am", "TIME", "2014-04-13T01:15"),
            ("today", "DATE", "2014-04-13"),
            ("Monday", "DATE", "2014-04-14"),
            ("8 May", "DATE", "2014-05-08"),
        ],
    ),
    # Wednesday 2012-11-07 (ISO week 45), English weekly's website printing a fire and rescue
    # service update; stamp "Posted on 07/11/2012 at 11:05", a day-first slash date (the
    # British site; gold_blind49, gold_blind70) and a TIME. The fire was reported "at 23:45
    # last night (Tuesday)", three TIMEX3: 2012-11-06T23:45, 2012-11-06TNI and 2012-11-06;
    # "through the night" -> "the night" and "overnight" are that night, TNI of Tuesday;
    # "surrounded by 04:30" is Wednesday morning, and "around five hours" the 23:45-04:30
    # spell. "until at least Thursday evening" -> "at least Thursday evening" (the modifier
    # kept, like "at least March" in gold_blind35), the coming Thursday 2012-11-08;
    # "tomorrow morning" 2012-11-08TMO. "two days later" after 24 October is 2012-10-26;
    # "last week" 2012-W44; "took three days" DURATION. "a 90-day improvement notice"
    # DURATION on the adjective; "in September" past, 2012-09. Bonfire Night is 5 November,
    # Monday 2012-11-05 (subheading and body); "between 6pm and midnight on Monday" -> 6pm and
    # the midnight ending Monday (T24:00, gold_blind47); "a year earlier" compared with that
    # evening takes the day's granularity, Bonfire Night 2011, 2011-11-05 (see README); "over
    # the weekend" -> "the weekend" before Monday's Bonfire Night, 2012-W44-WE (3-4 November).
    # "every Saturday this month" a SET and a DATE, like "every Saturday in May" (gold_blind27).
    "kellowby-ashgate-recycling-yard-fire": (
        "2012-11-07",
        [
            ("07/11/2012", "DATE", "2012-11-07"),
            ("11:05", "TIME", "2012-11-07T11:05"),
            ("23:45", "TIME", "2012-11-06T23:45"),
            ("last night", "TIME", "2012-11-06TNI"),
            ("Tuesday", "DATE", "2012-11-06"),
            ("this morning", "TIME", "2012-11-07TMO"),
            ("the night", "TIME", "2012-11-06TNI"),
            ("04:30", "TIME", "2012-11-07T04:30"),
            ("at least Thursday evening", "TIME", "2012-11-08TEV"),
            ("overnight", "TIME", "2012-11-06TNI"),
            ("around five hours", "DURATION", "PT5H"),
            ("tomorrow morning", "TIME", "2012-11-08TMO"),
            ("24 October", "DATE", "2012-10-24"),
            ("two days later", "DATE", "2012-10-26"),
            ("last week", "DATE", "2012-W44"),
            ("three days", "DURATION", "P3D"),
            ("the late 1990s", "DATE", "199"),
            ("mid-2011", "DATE", "2011"),
            ("annually", "SET", "P1Y"),
            ("90-day", "DURATION", "P90D"),
            ("September", "DATE", "2012-09"),
            ("2009", "DATE", "2009"),
            ("the past six months", "DURATION", "P6M"),
            ("recent years", "DATE", "PAST_REF"),
            ("Bonfire Night", "DATE", "2012-11-05"),
            ("Bonfire Night", "DATE", "2012-11-05"),
            ("Monday", "DATE", "2012-11-05"),
            ("6pm", "TIME", "2012-11-05T18:00"),
            ("midnight", "TIME", "2012-11-05T24:00"),
            ("Monday", "DATE", "2012-11-05"),
            ("a year earlier", "DATE", "2011-11-05"),
            ("the weekend", "DATE", "2012-W44-WE"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("this month", "DATE", "2012-11"),
        ],
    ),
    # Thursday 2013-06-20 (ISO week 25), English local paper's website, a police appeal after
    # a fatal collision and a council road-closure notice; stamp "Thursday 20 June 2013 16:52
    # BST" (the zone in the span, not in the value). The headline's "this weekend" is the
    # coming weekend, 2013-W25-WE (22-23 June), the closure "from 8pm on Friday until 6am on
    # Monday" running from Friday 2013-06-21 to Monday 2013-06-24 (future; four TIMEX3). The
    # crash was on Tuesday 2013-06-18 ("Tuesday evening", "around 18:50 on Tuesday 18 June",
    # the witness window "between 6.30pm and 7pm on Tuesday"); the road "reopened at 02:10 on
    # Wednesday", 2013-06-19, after "more than seven hours". "incident 0412 of 18/06": the log
    # number is not annotated, the day-first date without a year is 2013-06-18. "in five
    # years" is the period of an ordinal "in" ("the third fatal collision"); "by the end of
    # the year" 2013; "due to start in May" past, 2013-05. "every night next week, from 8pm
    # to 6am" -> SET XXXX-XX-XXTNI, "next week" 2013-W26, and the recurring clock times
    # XXXX-XX-XXT20:00 and XXXX-XX-XXT06:00 (like "from 8am to 8pm every day for the next
    # four weeks" in gold_blind52). "the 2012/13 financial year" is a British council's
    # April-March year, FY2013, named by the year it ends (gold_blind21, gold_blind49).
    "stanmere-a4106-motorcyclist-death-closure": (
        "2013-06-20",
        [
            ("this weekend", "DATE", "2013-W25-WE"),
            ("Thursday 20 June 2013", "DATE", "2013-06-20"),
            ("16:52 BST", "TIME", "2013-06-20T16:52"),
            ("Tuesday evening", "TIME", "2013-06-18TEV"),
            ("around 18:50", "TIME", "2013-06-18T18:50"),
            ("Tuesday 18 June", "DATE", "2013-06-18"),
            ("15 August", "DATE", "2013-08-15"),
            ("more than seven hours", "DURATION", "PT7H"),
            ("02:10", "TIME", "2013-06-19T02:10"),
            ("Wednesday", "DATE", "2013-06-19"),
            ("6.30pm", "TIME", "2013-06-18T18:30"),
            ("7pm", "TIME", "2013-06-18T19:00"),
            ("Tuesday", "DATE", "2013-06-18"),
            ("18/06", "DATE", "2013-06-18"),
            ("five years", "DURATION", "P5Y"),
            ("March 2012", "DATE", "2012-03"),
            ("the end of the year", "DATE", "2013"),
            ("8pm", "TIME", "2013-06-21T20:00"),
            ("Friday", "DATE", "2013-06-21"),
            ("6am", "TIME", "2013-06-24T06:00"),
            ("Monday", "DATE", "2013-06-24"),
            ("May", "DATE", "2013-05"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("next week", "DATE", "2013-W26"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("the 2012/13 financial year", "DATE", "FY2013"),
            ("the end of March 2014", "DATE", "2014-03"),
        ],
    ),
    # Monday 2014-12-01 (ISO week 49), English daily's website printing a police force's
    # seasonal drink-drive campaign launch; date line "Monday 1 December 2014, 07:30". The
    # campaign "will run throughout December until New Year's Day" (2014-12, 2015-01-01) and
    # "began at 00:01 this morning"; checkpoints "tonight" 2014-12-01TNI. "every Friday and
    # Saturday night" -> "every Friday" SET XXXX-WXX-5TNI and "Saturday night" SET
    # XXXX-WXX-6TNI: "every" and "night" both distribute over the coordination (see README).
    # "last year's campaign" -> "last year" 2013 and "a year earlier" after it 2012 (the
    # granularity of "last year", gold_blind35). The arrest hours of last year's campaign
    # ("between 10pm and 2am", "between 6am and 10am") fall on no particular day,
    # XXXX-XX-XXThh:mm (gold_blind17, gold_blind44). The sentences already handed down ("jailed
    # for 16 months", "banned ... for three years", "banned for 18 months") are DURATIONs, as
    # in gold_blind52 and gold_blind69 (see README). "Last month" 2014-11; "In March" past,
    # 2014-03; "the third quarter of 2014" 2014-Q3 and "a year earlier" after it 2013-Q3;
    # "late last year" 2013; "since the summer" just gone, 2014-SU; "over Christmas" ->
    # "Christmas" 2014-12-25; "in January" future, 2015-01. "at any time of day or night",
    # "the Ravensmoor Sunday Beacon" (a paper) and "may" (a verb) are not annotated.
    "ravensmoor-december-drink-drive-campaign": (
        "2014-12-01",
        [
            ("December", "DATE", "2014-12"),
            ("Monday 1 December 2014", "DATE", "2014-12-01"),
            ("07:30", "TIME", "2014-12-01T07:30"),
            ("today", "DATE", "2014-12-01"),
            ("annual", "SET", "P1Y"),
            ("December", "DATE", "2014-12"),
            ("New Year's Day", "DATE", "2015-01-01"),
            ("00:01", "TIME", "2014-12-01T00:01"),
            ("this morning", "TIME", "2014-12-01TMO"),
            ("tonight", "TIME", "2014-12-01TNI"),
            ("every Friday", "SET", "XXXX-WXX-5TNI"),
            ("Saturday night", "SET", "XXXX-WXX-6TNI"),
            ("every week", "SET", "P1W"),
            ("last year", "DATE", "2013"),
            ("1 December 2013", "DATE", "2013-12-01"),
            ("1 January 2014", "DATE", "2014-01-01"),
            ("a year earlier", "DATE", "2012"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("2am", "TIME", "XXXX-XX-XXT02:00"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("Every year", "SET", "P1Y"),
            ("the past five years", "DURATION", "P5Y"),
            ("Last month", "DATE", "2014-11"),
            ("16 months", "DURATION", "P16M"),
            ("three years", "DURATION", "P3Y"),
            ("March", "DATE", "2014-03"),
            ("18 months", "DURATION", "P18M"),
            ("the third quarter of 2014", "DATE", "2014-Q3"),
            ("a year earlier", "DATE", "2013-Q3"),
            ("late last year", "DATE", "2013"),
            ("the summer", "DATE", "2014-SU"),
            ("the 1980s", "DATE", "198"),
            ("Christmas", "DATE", "2014-12-25"),
            ("January", "DATE", "2015-01"),
        ],
    ),
    # Friday 2015-01-02 (ISO week 1), English regional paper's website on an ambulance
    # service's New Year's Eve figures; date line "Friday, 2 January 2015 — 12:18". New
    # Year's Eve is Wednesday 2014-12-31 (headline and body); "Between 7pm on Wednesday and
    # 7am on Thursday" four TIMEX3; the peak "between 00:30 and 02:00" is after midnight,
    # Thursday 2015-01-01's; the treatment centre's "9pm and 4am" likewise straddle the
    # midnight (21:00 Wednesday, 04:00 Thursday). "through the night" -> "the night" and
    # "that night" (anaphoric, with its antecedent's value, gold_blind69) are New Year's Eve
    # night, 2014-12-31TNI. "New Year's Eve 2013" one span, 2013-12-31. "the hardest shift
    # I have worked in 16 years" -> the period of a superlative, P16Y. "yesterday" is
    # Thursday 2015-01-01 and "last night" Thursday night. "the 2013/14 financial year" is the
    # NHS April-March year, FY2014. "Last winter" said in January 2015 is the winter of
    # 2013/14, which takes the year of its January, 2014-WI (gold_blind10, gold_blind49): the
    # current winter is 2015-WI. "eight-minute target" DURATION on the adjective. "ran
    # throughout December" past, 2014-12, and "full figures for December" the same month;
    # "the end of March" future, 2015-03; "on Tuesday" future, 2015-01-06; "next month"
    # 2015-02.
    "northern-dales-ambulance-new-years-eve": (
        "2015-01-02",
        [
            ("New Year's Eve", "DATE", "2014-12-31"),
            ("Friday, 2 January 2015", "DATE", "2015-01-02"),
            ("12:18", "TIME", "2015-01-02T12:18"),
            ("New Year's Eve", "DATE", "2014-12-31"),
            ("7pm", "TIME", "2014-12-31T19:00"),
            ("Wednesday", "DATE", "2014-12-31"),
            ("7am", "TIME", "2015-01-01T07:00"),
            ("Thursday", "DATE", "2015-01-01"),
            ("New Year's Eve 2013", "DATE", "2013-12-31"),
            ("00:30", "TIME", "2015-01-01T00:30"),
            ("02:00", "TIME", "2015-01-01T02:00"),
            ("90 minutes", "DURATION", "PT90M"),
            ("the night", "TIME", "2014-12-31TNI"),
            ("more than a decade", "DURATION", "P10Y"),
            ("16 years", "DURATION", "P16Y"),
            ("that night", "TIME", "2014-12-31TNI"),
            ("9pm", "TIME", "2014-12-31T21:00"),
            ("4am", "TIME", "2015-01-01T04:00"),
            ("2011", "DATE", "2011"),
            ("the end of March", "DATE", "2015-03"),
            ("more than an hour", "DURATION", "PT1H"),
            ("yesterday", "DATE", "2015-01-01"),
            ("last night", "TIME", "2015-01-01TNI"),
            ("the 2013/14 financial year", "DATE", "FY2014"),
            ("recent years", "DATE", "PAST_REF"),
            ("mid-2014", "DATE", "2014"),
            ("recently", "DATE", "PAST_REF"),
            ("Last winter", "DATE", "2014-WI"),
            ("eight-minute", "DURATION", "PT8M"),
            ("December", "DATE", "2014-12"),
            ("the coming weeks", "DURATION", "PXW"),
            ("Tuesday", "DATE", "2015-01-06"),
            ("December", "DATE", "2014-12"),
            ("next month", "DATE", "2015-02"),
        ],
    ),
    # Tuesday 2015-07-21 (ISO week 30), Irish regional weekly's website printing a Garda
    # appeal; date line "Tuesday, July 21, 2015". The burglaries were on the night of
    # Saturday 2015-07-18 (headline "Saturday night" TIME TNI) into "the early hours of
    # Sunday morning" (one DATE span, 2015-07-19); clock times up to "midnight" (the midnight
    # ending Saturday, T24:00) are Saturday's, "around 1.30am", "7.40am", "8am" and "2am"
    # Sunday's. "away for the weekend" -> 2015-W29-WE (18-19 July). The arrest "on Sunday
    # evening"; "charged the following day" -> Monday 2015-07-20, and the court sitting "last
    # night" Monday night 2015-07-20TNI; "to appear again on Thursday" future, 2015-07-23.
    # "Saturday 18th" and "Sunday 19th" (Irish ordinal dates with weekday) one DATE span
    # each. "July last year" one span, 2014-07; "the first half of 2015" 2015-H1; "every
    # evening this week" a SET and a DATE; "in the coming months" -> "the coming months"
    # PXM (gold_blind52); "Earlier this month" 2015-07. The protest march "will take place
    # ... on Sunday", the coming Sunday 2015-07-26, so the text holds Sunday in both
    # directions. "in her 80s", "in his 20s" (ages), "08-KB-4172" (a registration with a
    # year code), "Section 4", "N84" and "(094) 555 2014" are not annotated.
    "carrigdrum-lisnacreeve-burglaries-appeal": (
        "2015-07-21",
        [
            ("Saturday night", "TIME", "2015-07-18TNI"),
            ("Tuesday, July 21, 2015", "DATE", "2015-07-21"),
            ("10pm", "TIME", "2015-07-18T22:00"),
            ("Saturday", "DATE", "2015-07-18"),
            ("the early hours of Sunday morning", "DATE", "2015-07-19"),
            ("10pm", "TIME", "2015-07-18T22:00"),
            ("midnight", "TIME", "2015-07-18T24:00"),
            ("around 1.30am", "TIME", "2015-07-19T01:30"),
            ("7.40am", "TIME", "2015-07-19T07:40"),
            ("Sunday", "DATE", "2015-07-19"),
            ("11pm", "TIME", "2015-07-18T23:00"),
            ("Saturday", "DATE", "2015-07-18"),
            ("8am", "TIME", "2015-07-19T08:00"),
            ("Sunday", "DATE", "2015-07-19"),
            ("the weekend", "DATE", "2015-W29-WE"),
            ("Sunday evening", "TIME", "2015-07-19TEV"),
            ("the following day", "DATE", "2015-07-20"),
            ("last night", "TIME", "2015-07-20TNI"),
            ("Thursday", "DATE", "2015-07-23"),
            ("this month", "DATE", "2015-07"),
            ("July last year", "DATE", "2014-07"),
            ("the first half of 2015", "DATE", "2015-H1"),
            ("9pm", "TIME", "2015-07-18T21:00"),
            ("Saturday 18th", "DATE", "2015-07-18"),
            ("2am", "TIME", "2015-07-19T02:00"),
            ("Sunday 19th", "DATE", "2015-07-19"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("this week", "DATE", "2015-W30"),
            ("the coming months", "DURATION", "PXM"),
            ("Earlier this month", "DATE", "2015-07"),
            ("the 1990s", "DATE", "199"),
            ("monthly", "SET", "P1M"),
            ("now", "DATE", "PRESENT_REF"),
            ("Sunday", "DATE", "2015-07-26"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
