"""Annotations of the eighty-eighth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind88/annotate.py [--show]

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
    # Thursday 2013-03-28 (ISO week 13), British newspaper explainer of a driving rule,
    # headline, standfirst, byline, date line "Thursday 28 March 2013". The rules come into
    # force "at midnight on Sunday" (headline and lead): the midnight ending Sunday 2013-03-31,
    # T24:00 (gold_blind25, gold_blind40), confirmed by "From Monday 1 April" 2013-04-01,
    # which is also Easter Monday (Easter Sunday 2013 fell on 31 March), so "Easter Monday"
    # twice is 2013-04-01. "every three years" SET P3Y; "a 12-month ban" DURATION on the
    # adjective; "within the previous 90 days" -> "the previous 90 days" P90D; "Until now" ->
    # "now". "last month" 2013-02 and "about 18 months" after "the autumn of 2011" (one span,
    # 2011-FA); "The second begins in October" 2013-10 (future). The grandfathered renewals
    # run "until the end of 2015" (year value, gold_blind35). "the past two decades" P20Y;
    # "In recent years" -> "recent years" PAST_REF. The opticians "said on Tuesday" 2013-03-26
    # (past) and "will open on Saturday" 2013-03-30 (future); "this month" 2013-03; "within
    # months" -> "months" PXM (gold_blind28's "within weeks"); "tested every year" SET P1Y;
    # the march "next month" 2013-04; the review "in 2016, three years after it starts" gives
    # 2016 and an anchored DURATION P3Y; "by mid-2014" the year, 2014. Traps: "the Road Users
    # (Vision) Regulations 2013" (a statute's short title), "section 21", "at 70" and "over
    # 70"/"over 80" (ages), "in their 90s" (ages, beside "the 1990s", annotated), "70mph",
    # "20 metres", "£1,000", "£20 to £25", "30%", "4.2 million", "0300 555 0170", "May I keep
    # driving" (the verb), "a march" (the noun), "the Sunday Record" (a newspaper).
    "older-drivers-eyesight-certificate": (
        "2013-03-28",
        [
            ("midnight", "TIME", "2013-03-31T24:00"),
            ("Sunday", "DATE", "2013-03-31"),
            ("every three years", "SET", "P3Y"),
            ("12-month", "DURATION", "P12M"),
            ("Thursday 28 March 2013", "DATE", "2013-03-28"),
            ("midnight", "TIME", "2013-03-31T24:00"),
            ("Sunday", "DATE", "2013-03-31"),
            ("Monday 1 April", "DATE", "2013-04-01"),
            ("every three years", "SET", "P3Y"),
            ("the previous 90 days", "DURATION", "P90D"),
            ("now", "DATE", "PRESENT_REF"),
            ("last month", "DATE", "2013-02"),
            ("about 18 months", "DURATION", "P18M"),
            ("the autumn of 2011", "DATE", "2011-FA"),
            ("Easter Monday", "DATE", "2013-04-01"),
            ("October", "DATE", "2013-10"),
            ("seven days", "DURATION", "P7D"),
            ("12-month", "DURATION", "P12M"),
            ("1 April", "DATE", "2013-04-01"),
            ("the end of 2015", "DATE", "2015"),
            ("1997", "DATE", "1997"),
            ("the past two decades", "DURATION", "P20Y"),
            ("recent years", "DATE", "PAST_REF"),
            ("the 1990s", "DATE", "199"),
            ("Tuesday", "DATE", "2013-03-26"),
            ("this month", "DATE", "2013-03"),
            ("Saturday", "DATE", "2013-03-30"),
            ("Easter Monday", "DATE", "2013-04-01"),
            ("months", "DURATION", "PXM"),
            ("every year", "SET", "P1Y"),
            ("next month", "DATE", "2013-04"),
            ("2016", "DATE", "2016"),
            ("three years", "DURATION", "P3Y"),
            ("mid-2014", "DATE", "2014"),
        ],
    ),
    # Monday 2014-11-03 (ISO week 45), agency wire from Brussels, "BRUSSELS, Nov 3 (Meridian
    # News) -" dateline (the publication day). The visa waiver starts "from Dec 1" 2014-12-01
    # (also the headline's "from December" 2014-12, "on Dec 1" of the first flight and "the
    # first of December" in the quote); the ministers approved it "on Friday" 2014-10-31 and
    # the foreign minister spoke "on Saturday" 2014-11-01 (past). "90-day limit" (headline)
    # and "a 60-day period" are DURATIONs on the adjective; "up to 90 days within any 180-day
    # period": "up to 90 days" P90D and "180-day" P180D, a generic window; "within the
    # previous 10 years" -> "the previous 10 years" P10Y; "at least three months", "up to
    # five years", "more than six years" keep their modifiers. "no earlier than 2017" ->
    # "2017" ("no earlier than" a signal, like "no later than"). "in July" 2014-07 (past).
    # "every six months for the first two years and annually after that": SET P6M, DURATION
    # P2Y, SET P1Y; "the second quarter of 2015" one span. "last year" 2013; "next week"
    # 2014-W46; "From January" 2015-01 (future); "valid for six months from the date of
    # entry" P6M ("the date of entry" has no value); "within 30 days of arrival" P30D. "four
    # weekly flights" and "daily flights" are SETs (gold_blind13); "the spring" ahead in
    # November 2015-SP. The flight "leaves at 06:40 local time (0440 GMT) on Dec 1": two
    # TIME values on that day and the DATE (gold_blind28). "For 25 years" P25Y; "in recent
    # months" -> "recent months" PAST_REF. Traps: "Regulation (EU) No 1217/2014", "Annex I",
    # "Annex II", "Article 6", "DV1412" (a flight number), "50 percent", "1.9 million", "a
    # third", "60 euros", "may stay" / "may not" (the verb), the agency credit.
    "dravonia-schengen-visa-waiver": (
        "2014-11-03",
        [
            ("December", "DATE", "2014-12"),
            ("90-day", "DURATION", "P90D"),
            ("Nov 3", "DATE", "2014-11-03"),
            ("Dec 1", "DATE", "2014-12-01"),
            ("more than six years", "DURATION", "P6Y"),
            ("Friday", "DATE", "2014-10-31"),
            ("up to 90 days", "DURATION", "P90D"),
            ("180-day", "DURATION", "P180D"),
            ("the previous 10 years", "DURATION", "P10Y"),
            ("at least three months", "DURATION", "P3M"),
            ("up to five years", "DURATION", "P5Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("2017", "DATE", "2017"),
            ("July", "DATE", "2014-07"),
            ("six months", "DURATION", "P6M"),
            ("60-day", "DURATION", "P60D"),
            ("every six months", "SET", "P6M"),
            ("the first two years", "DURATION", "P2Y"),
            ("annually", "SET", "P1Y"),
            ("the second quarter of 2015", "DATE", "2015-Q2"),
            ("2008", "DATE", "2008"),
            ("last year", "DATE", "2013"),
            ("next week", "DATE", "2014-W46"),
            ("January", "DATE", "2015-01"),
            ("six months", "DURATION", "P6M"),
            ("30 days", "DURATION", "P30D"),
            ("weekly", "SET", "P1W"),
            ("daily", "SET", "P1D"),
            ("the spring", "DATE", "2015-SP"),
            ("06:40 local time", "TIME", "2014-12-01T06:40"),
            ("0440 GMT", "TIME", "2014-12-01T04:40"),
            ("Dec 1", "DATE", "2014-12-01"),
            ("25 years", "DURATION", "P25Y"),
            ("Saturday", "DATE", "2014-11-01"),
            ("the first of December", "DATE", "2014-12-01"),
            ("recent months", "DATE", "PAST_REF"),
        ],
    ),
    # Tuesday 2015-01-20 (ISO week 4), British personal-finance story on the self-assessment
    # deadline, headline, standfirst, byline, date line "Tuesday 20 January 2015". The UK tax
    # year runs 6 April-5 April and is named by the year it ends (gold_blind25, gold_blind67):
    # "2013-14" and "the tax year 2013-14" (one span, like "the 2024/25 tax year") FY2014,
    # "2014-15" FY2015, "2015-16" FY2016. The deadline is "midnight on Saturday 31 January"
    # (standfirst and body): 2015-01-31T24:00 and 2015-01-31. "Eleven days" (headline) and "11
    # days left" are the time left, DURATION P11D (gold_blind67's "A Week to Go"). "Miss it by
    # a minute" is the size of a delay, PT1M; "After three months" and "after six months" are
    # anchored DURATIONs; "daily penalties" a SET P1D (gold_blind35's "daily position
    # reports"). "by 31 October" 2014-10-31 and "by 31 May" 2014-05-31 are past deadlines;
    # "about a week" P1W. HMRC spoke "on Monday" 2015-01-19; "this year" 2015, "Last year"
    # 2014 (the January 2014 deadline), "11pm and midnight" on "31 January 2014". "this
    # weekend" is 24-25 January, 2015-W04-WE. "the second falls due on 31 July" 2015-07-31;
    # "within 30 days of the notice" P30D. "6 April last year" one span 2014-04-06 (post-posed
    # year, gold_blind28); "before 5 April" the coming one, 2015-04-05; "backdated to 6 April
    # 2014" ("backdated to" a signal like "retroactive to", gold_blind35). "every week" SET
    # P1W. Traps: "the Finance Act 2014" (a statute's short title), "P60", "P11D", "£100",
    # "£10", "£300", "5%", "£200", "£212", "1.9 million", "10.9 million", "890,000",
    # "460,000", "29,000", "0300 555 0146", "the same deadline", "late" (open late).
    "self-assessment-deadline-countdown": (
        "2015-01-20",
        [
            ("Eleven days", "DURATION", "P11D"),
            ("2013-14", "DATE", "FY2014"),
            ("midnight", "TIME", "2015-01-31T24:00"),
            ("Saturday 31 January", "DATE", "2015-01-31"),
            ("Tuesday 20 January 2015", "DATE", "2015-01-20"),
            ("the tax year 2013-14", "DATE", "FY2014"),
            ("6 April 2013", "DATE", "2013-04-06"),
            ("5 April 2014", "DATE", "2014-04-05"),
            ("11 days", "DURATION", "P11D"),
            ("midnight", "TIME", "2015-01-31T24:00"),
            ("Saturday 31 January", "DATE", "2015-01-31"),
            ("a minute", "DURATION", "PT1M"),
            ("three months", "DURATION", "P3M"),
            ("daily", "SET", "P1D"),
            ("up to 90 days", "DURATION", "P90D"),
            ("six months", "DURATION", "P6M"),
            ("31 October", "DATE", "2014-10-31"),
            ("now", "DATE", "PRESENT_REF"),
            ("about a week", "DURATION", "P1W"),
            ("Monday", "DATE", "2015-01-19"),
            ("this year", "DATE", "2015"),
            ("Last year", "DATE", "2014"),
            ("31 January 2014", "DATE", "2014-01-31"),
            ("11pm", "TIME", "2014-01-31T23:00"),
            ("midnight", "TIME", "2014-01-31T24:00"),
            ("recent years", "DATE", "PAST_REF"),
            ("this weekend", "DATE", "2015-W04-WE"),
            ("31 May", "DATE", "2014-05-31"),
            ("2013-14", "DATE", "FY2014"),
            ("2014-15", "DATE", "FY2015"),
            ("31 July", "DATE", "2015-07-31"),
            ("30 days", "DURATION", "P30D"),
            ("6 April last year", "DATE", "2014-04-06"),
            ("5 April", "DATE", "2015-04-05"),
            ("6 April 2014", "DATE", "2014-04-06"),
            ("2015-16", "DATE", "FY2016"),
            ("every week", "SET", "P1W"),
        ],
    ),
    # Friday 2015-06-26 (ISO week 26), US newspaper consumer-law story, headline, byline,
    # date line "The Lakeport Tribune, Friday, June 26, 2015", "ST. PAUL, Minn. --" dateline.
    # The law starts Wednesday 2015-07-01 (headline, "Starting Wednesday", "from Wednesday")
    # and applies to contracts "signed on or after July 1"; it passed "in May" 2015-05 and was
    # signed "on May 22" 2015-05-22. "14 days" (headline, lead and twice in the body) and "a
    # 14-day cooling-off period" P14D; "within 30 days of the cancellation" P30D; "24 months"
    # and "36 months" P24M, P36M; "the 1987 law" -> "1987", a year before the noun saying when
    # the law was passed (gold_blind35, gold_blind80); "at least 30 days before each renewal"
    # P30D; "Monthly fees" a recurring charge, SET P1M (gold_blind67's "monthly payments"),
    # "once a year" SET P1Y; "more than 90 days" P90D. "in each of the past five years" ->
    # "the past five years" P5Y; "last year" 2014 and "a year earlier" 2013; the spokeswoman
    # "said Thursday" 2015-06-25 (past). "in 2013", "in December 2012". "a two-year transition
    # period" P2Y; "90 days, until Sept. 29": July 1 plus 90 days is 2015-09-29. "a seven-day
    # free trial since 2011"; the gym owner's "next big rush is early September, and then
    # January": the coming ones, 2015-09 and 2016-01. Traps: "House File 1032", "FitCore 24"
    # (a club name), "25 miles", "at any time", "every cent", "$", "1,412", "1,106", "6,000",
    # "www.mncontracthelp.org/hf1032", "1-800-555-0199", "No contract may run" and "May a club
    # still charge" (the verb, after the month "May" and "May 22", annotated).
    "gym-contracts-cooling-off-law": (
        "2015-06-26",
        [
            ("14 days", "DURATION", "P14D"),
            ("Wednesday", "DATE", "2015-07-01"),
            ("Friday, June 26, 2015", "DATE", "2015-06-26"),
            ("Wednesday", "DATE", "2015-07-01"),
            ("14 days", "DURATION", "P14D"),
            ("May", "DATE", "2015-05"),
            ("May 22", "DATE", "2015-05-22"),
            ("July 1", "DATE", "2015-07-01"),
            ("14-day", "DURATION", "P14D"),
            ("14 days", "DURATION", "P14D"),
            ("30 days", "DURATION", "P30D"),
            ("24 months", "DURATION", "P24M"),
            ("36 months", "DURATION", "P36M"),
            ("1987", "DATE", "1987"),
            ("at least 30 days", "DURATION", "P30D"),
            ("Monthly", "SET", "P1M"),
            ("once a year", "SET", "P1Y"),
            ("more than 90 days", "DURATION", "P90D"),
            ("the past five years", "DURATION", "P5Y"),
            ("last year", "DATE", "2014"),
            ("a year earlier", "DATE", "2013"),
            ("Thursday", "DATE", "2015-06-25"),
            ("2013", "DATE", "2013"),
            ("December 2012", "DATE", "2012-12"),
            ("two-year", "DURATION", "P2Y"),
            ("90 days", "DURATION", "P90D"),
            ("Sept. 29", "DATE", "2015-09-29"),
            ("Wednesday", "DATE", "2015-07-01"),
            ("seven-day", "DURATION", "P7D"),
            ("2011", "DATE", "2011"),
            ("early September", "DATE", "2015-09"),
            ("January", "DATE", "2016-01"),
            ("14 days", "DURATION", "P14D"),
        ],
    ),
    # Saturday 2014-06-21 (ISO week 25), Australian regional paper on a shire's building
    # law, headline, standfirst, byline, date line "Saturday, June 21, 2014". The law starts
    # "Tuesday, July 1" 2014-07-01 (one span with its weekday), "when the 2014-15 financial
    # year begins": the Australian July-June year named by the year it ends, FY2015
    # (gold_blind9, gold_blind49). Council adopted it "on Wednesday night" 2014-06-18TNI and
    # it was gazetted "two days later", anchored on that Wednesday, 2014-06-20 (gold_blind67).
    # "the 2013 standard" -> "2013": a year before the noun saying which edition of the
    # standard applies, a DATE like "the 1990 Fisheries Act" (gold_blind80); a year written
    # after a name as part of it would not be annotated. "within 12 months of occupation"
    # P12M; "Until the end of 2016" (standfirst and body) the year's value; "from January 1,
    # 2017" one DATE; "Homes built after 2016" -> "2016". "had not been reviewed in more than
    # a decade" the period of a negated "in", DURATION P10Y (gold_blind28). "the Mulga Creek
    # fire of January 2013" -> "January 2013"; "before 1995". Southern seasons (gold_blind9):
    # "Last summer", December 2013-February 2014, takes the year of its January, 2014-SU;
    # "this winter", June-August 2014, 2014-WI. "a transition period of two years" P2Y;
    # "six months, until December 31" P6M and 2014-12-31. "by November 30 and then annually"
    # 2014-11-30 and SET P1Y; "every two years" SET P2Y; "every Thursday in July from 6pm":
    # SET XXXX-WXX-4, "July" 2014-07 and the recurring hour XXXX-XX-XXT18:00.
    # Submissions close "at 5pm AEST on Friday, August 29": 2014-08-29T17:00 (zone in the
    # span, not in the value) and the DATE. "the second half of 2015" 2015-H2; "mid-2016"
    # 2016. Traps: "Local Law No. 3", "BAL-FZ" (twice), "20 square metres", "10,000-litre",
    # "25 per cent", "$15,000 to $40,000", "Forty-two", "31", "the fire season" (no calendar
    # value, like "the holiday season" in gold_blind35), "then" (anaphoric), "the next one".
    "coolabah-bushfire-building-rules": (
        "2014-06-21",
        [
            ("July 1", "DATE", "2014-07-01"),
            ("the end of 2016", "DATE", "2016"),
            ("Saturday, June 21, 2014", "DATE", "2014-06-21"),
            ("Tuesday, July 1", "DATE", "2014-07-01"),
            ("the 2014-15 financial year", "DATE", "FY2015"),
            ("Wednesday night", "TIME", "2014-06-18TNI"),
            ("two days later", "DATE", "2014-06-20"),
            ("2013", "DATE", "2013"),
            ("July 1", "DATE", "2014-07-01"),
            ("12 months", "DURATION", "P12M"),
            ("the end of 2016", "DATE", "2016"),
            ("July 1", "DATE", "2014-07-01"),
            ("January 1, 2017", "DATE", "2017-01-01"),
            ("2016", "DATE", "2016"),
            ("more than a decade", "DURATION", "P10Y"),
            ("January 2013", "DATE", "2013-01"),
            ("1995", "DATE", "1995"),
            ("Last summer", "DATE", "2014-SU"),
            ("recent years", "DATE", "PAST_REF"),
            ("two years", "DURATION", "P2Y"),
            ("six months", "DURATION", "P6M"),
            ("December 31", "DATE", "2014-12-31"),
            ("July 1", "DATE", "2014-07-01"),
            ("November 30", "DATE", "2014-11-30"),
            ("annually", "SET", "P1Y"),
            ("every two years", "SET", "P2Y"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("July", "DATE", "2014-07"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("5pm AEST", "TIME", "2014-08-29T17:00"),
            ("Friday, August 29", "DATE", "2014-08-29"),
            ("the second half of 2015", "DATE", "2015-H2"),
            ("mid-2016", "DATE", "2016"),
            ("this winter", "DATE", "2014-WI"),
        ],
    ),
    # Wednesday 2014-12-31 (ISO week 1 of 2015), AP-style state roundup of new laws,
    # headline, byline, "BOISE, Idaho (AP) --" dateline without date; the publication day is
    # in this comment only, and the text names it by its weekday ("said Wednesday", "not
    # Wednesday night", the "Dec. 31" after which permits must follow the new rule). The laws
    # take effect Thursday 2015-01-01 (headline, lead, "only on Thursday"), "New Year's Day"
    # a DATE of its own in apposition, like "tomorrow, New Year's Day" in an earlier set.
    # The wage rises "on Jan. 1" 2015-01-01, then "on Jan. 1, 2016", then "a year later",
    # anchored on that date at the unit's granularity, 2017 (gold_blind28's "N later"); "a
    # law passed in March" 2014-03; "adjusted annually ... starting in 2018" SET P1Y and 2018.
    # "within 12 months" P12M; "a 90-day grace period that ends March 31" P90D and
    # 2015-03-31 (1 January to 31 March is 90 days). The police captain "said Tuesday"
    # 2014-12-30 (past); "every year for more than a decade" SET P1Y and DURATION P10Y; "must
    # now hold" -> "now"; "six months" P6M. Fireworks "from June 23 through July 5" 2015-06-23
    # and 2015-07-05 and "on New Year's Eve" the next one, 2015-12-31, since the law is not in
    # force on "Wednesday night" 2014-12-31TNI. "2014 returns" -> "2014"; "next spring"
    # 2015-SP. "passed in 2013 but delayed two years" (the size of a delay, P2Y). Bars stop
    # serving "at 1 a.m. instead of 2 a.m.": recurring hours XXXX-XX-XXT01:00 and T02:00.
    # "nine months to prepare" P9M; lawmakers "return Jan. 12" 2015-01-12; "the coming
    # months" PXM; "late last year" 2013; "earlier this month" 2014-12; "recently" PAST_REF;
    # the speed-limit law "takes effect July 1" 2015-07-01. Traps: "Form 40", "Form 1040",
    # "65 mph", "under 17" (an age), "$7.25", "$7.85", "$8.45", "$9.05", "$85", "$150",
    # "$120 a person", "41,000", "52,000", "two-lane", "the first of three steps", "may
    # revisit" (the verb), "Associated Press".
    "idaho-new-year-laws": (
        "2014-12-31",
        [
            ("Thursday", "DATE", "2015-01-01"),
            ("Thursday", "DATE", "2015-01-01"),
            ("New Year's Day", "DATE", "2015-01-01"),
            ("Jan. 1", "DATE", "2015-01-01"),
            ("March", "DATE", "2014-03"),
            ("Jan. 1, 2016", "DATE", "2016-01-01"),
            ("a year later", "DATE", "2017"),
            ("annually", "SET", "P1Y"),
            ("2018", "DATE", "2018"),
            ("12 months", "DURATION", "P12M"),
            ("90-day", "DURATION", "P90D"),
            ("March 31", "DATE", "2015-03-31"),
            ("Tuesday", "DATE", "2014-12-30"),
            ("every year", "SET", "P1Y"),
            ("more than a decade", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("six months", "DURATION", "P6M"),
            ("Dec. 31", "DATE", "2014-12-31"),
            ("June 23", "DATE", "2015-06-23"),
            ("July 5", "DATE", "2015-07-05"),
            ("New Year's Eve", "DATE", "2015-12-31"),
            ("Wednesday night", "TIME", "2014-12-31TNI"),
            ("Thursday", "DATE", "2015-01-01"),
            ("2014", "DATE", "2014"),
            ("next spring", "DATE", "2015-SP"),
            ("2013", "DATE", "2013"),
            ("two years", "DURATION", "P2Y"),
            ("1 a.m.", "TIME", "XXXX-XX-XXT01:00"),
            ("2 a.m.", "TIME", "XXXX-XX-XXT02:00"),
            ("Wednesday", "DATE", "2014-12-31"),
            ("nine months", "DURATION", "P9M"),
            ("Jan. 12", "DATE", "2015-01-12"),
            ("the coming months", "DURATION", "PXM"),
            ("late last year", "DATE", "2013"),
            ("earlier this month", "DATE", "2014-12"),
            ("recently", "DATE", "PAST_REF"),
            ("July 1", "DATE", "2015-07-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
