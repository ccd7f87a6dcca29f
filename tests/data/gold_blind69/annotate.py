"""Annotations of the sixty-ninth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind69/annotate.py [--show]

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
    # Friday 2012-11-30 (ISO week 48), an English Crown Court judge's sentencing remarks as a
    # local evening paper's court reporter files them: headline, court and judge line, byline,
    # date line with a 24-hour filing time "Friday 30 November 2012, 14.52" (a DATE and a TIME,
    # like the web stamps of gold_blind36 and gold_blind52). Sentence was adjourned "on Monday"
    # 2012-11-26 (past). "the 8th of October this year" is one span with its post-posed year
    # (gold_blind49's "August last year"), 2012-10-08, a Monday. The collision: "the 15th of
    # March 2012"; "the previous evening" is the evening before it, 2012-03-14TEV
    # (gold_blind12, gold_blind52), and "about 8pm" and "midnight" ("until after midnight",
    # "after" a signal, midnight ending the day, T24:00) belong to that evening; "about
    # 1.40am" 2012-03-15T01:40 and "the early hours of that morning" one DATE span on the day
    # it names, like "the early hours of Sunday" (gold_blind7, gold_blind52); "11.05 that
    # morning" a TIME and a TIME of day. "Two days later" is anchored on the collision,
    # 2012-03-17, besides "the 17th of March". Sentences, bans and terms are DURATIONs ("seven
    # years" in headline and body, "banned for a decade", "eight years' custody" -> "eight
    # years" without the apostrophe, like possessives without "'s", "a suspended sentence of
    # 12 months", "disqualified for 18 months", "53 days ... on remand"); "months of lies"
    # PXM like "years of calculated lies" (gold_blind52); "the first time in eight months"
    # the period of a "first in" (gold_blind28). "every Sunday" XXXX-WXX-7, "every morning"
    # XXXX-XX-XXTMO; "today" and "Today" the day of sentence. Not annotated: "Case number
    # T20127041" (holds 2012), "Court 2", "section 1 of the Road Traffic Act 1988" (a
    # statute's name), "Brackenford Evening Post" (a paper's name), "May I say" (the verb),
    # ages "23", "61", "22", "at the time", "half of that term", "on licence", "70mph",
    # "30mph", "number 14", "10 per cent".
    "ashdale-welby-death-by-driving-sentence": (
        "2012-11-30",
        [
            ("seven years", "DURATION", "P7Y"),
            ("a decade", "DURATION", "P10Y"),
            ("Friday 30 November 2012", "DATE", "2012-11-30"),
            ("14.52", "TIME", "2012-11-30T14:52"),
            ("Monday", "DATE", "2012-11-26"),
            ("the 8th of October this year", "DATE", "2012-10-08"),
            ("the 15th of March 2012", "DATE", "2012-03-15"),
            ("30 years", "DURATION", "P30Y"),
            ("the previous evening", "TIME", "2012-03-14TEV"),
            ("about 8pm", "TIME", "2012-03-14T20:00"),
            ("midnight", "TIME", "2012-03-14T24:00"),
            ("about 1.40am", "TIME", "2012-03-15T01:40"),
            ("the early hours of that morning", "DATE", "2012-03-15"),
            ("11.05", "TIME", "2012-03-15T11:05"),
            ("that morning", "TIME", "2012-03-15TMO"),
            ("Two days later", "DATE", "2012-03-17"),
            ("the 17th of March", "DATE", "2012-03-17"),
            ("almost seven months", "DURATION", "P7M"),
            ("now", "DATE", "PRESENT_REF"),
            ("2009", "DATE", "2009"),
            ("18 months", "DURATION", "P18M"),
            ("2011", "DATE", "2011"),
            ("12 months", "DURATION", "P12M"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("today", "DATE", "2012-11-30"),
            ("eight years", "DURATION", "P8Y"),
            ("months", "DURATION", "PXM"),
            ("now", "DATE", "PRESENT_REF"),
            ("seven years", "DURATION", "P7Y"),
            ("three months", "DURATION", "P3M"),
            ("seven years", "DURATION", "P7Y"),
            ("53 days", "DURATION", "P53D"),
            ("ten years", "DURATION", "P10Y"),
            ("today", "DATE", "2012-11-30"),
            ("Today", "DATE", "2012-11-30"),
            ("eight months", "DURATION", "P8M"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("three decades", "DURATION", "P30Y"),
        ],
    ),
    # Tuesday 2014-09-02 (ISO week 36), an Australian (New South Wales) District Court
    # indictment as a regional paper's reporter saves it, with the paper's headline, byline
    # and date line "Tuesday 2 September 2014" and a bracketed note. Note: presented "at
    # 10.05am AEST this morning" (the zone in the span, not in the value; two TIMEX3); the
    # trial "9 February next year" one span, 2015-02-09 (also the headline's "next year"
    # 2015); "mid-November" the coming one, 2014-11 (the modifier not recorded, like
    # "mid-October" in gold_blind35); "three times a week" SET P1W; the curfew "between 9pm
    # and 6am every night" -> hours on no particular day XXXX-XX-XXT21:00 and T06:00 and the
    # SET XXXX-XX-XXTNI (gold_blind28, gold_blind49); "back in court on Thursday" the coming
    # one, 2014-09-04, while the manager "said on Friday" 2014-08-29 (past); "mid-2013" 2013
    # (likewise) and "a year earlier" at its granularity, 2012; "arrested in May" 2014-05
    # (past); "late last year" 2013; "Today" 2014-09-02 and "this week" 2014-W36. Indictment:
    # "between 1 January 2012 and 31 December 2013" two DATEs; "on or about 3 April 2014" ->
    # "3 April 2014" (see README); "on a date unknown in 2011" -> "2011" only (see README);
    # "the 2012-13 financial year" is the Australian July-June year named by the year it
    # ends, FY2013 (gold_blind49); "10 years' imprisonment" -> "10 years". Not annotated:
    # "Court file no. 2014/00231456", "invoice number 2013-0456", "serial number
    # RG2011-0784", "Crimes Act 1900 (NSW)", "s 192E(1)(b)", "s 253(a)", "s 317", ages "52"
    # and "49", "$412,600", "Count 1" to "Count 4".
    "tolhurst-orana-downs-council-fraud-indictment": (
        "2014-09-02",
        [
            ("next year", "DATE", "2015"),
            ("Tuesday 2 September 2014", "DATE", "2014-09-02"),
            ("10.05am AEST", "TIME", "2014-09-02T10:05"),
            ("this morning", "TIME", "2014-09-02TMO"),
            ("9 February next year", "DATE", "2015-02-09"),
            ("mid-November", "DATE", "2014-11"),
            ("four weeks", "DURATION", "P4W"),
            ("three times a week", "SET", "P1W"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Thursday", "DATE", "2014-09-04"),
            ("more than a decade", "DURATION", "P10Y"),
            ("mid-2013", "DATE", "2013"),
            ("a year earlier", "DATE", "2012"),
            ("May", "DATE", "2014-05"),
            ("late last year", "DATE", "2013"),
            ("the second half of 2013", "DATE", "2013-H2"),
            ("Friday", "DATE", "2014-08-29"),
            ("Today", "DATE", "2014-09-02"),
            ("this week", "DATE", "2014-W36"),
            ("1 January 2012", "DATE", "2012-01-01"),
            ("31 December 2013", "DATE", "2013-12-31"),
            ("10 years", "DURATION", "P10Y"),
            ("3 April 2014", "DATE", "2014-04-03"),
            ("28 February 2013", "DATE", "2013-02-28"),
            ("2011", "DATE", "2011"),
            ("14 March 2014", "DATE", "2014-03-14"),
            ("21 March 2014", "DATE", "2014-03-21"),
            ("the 2012-13 financial year", "DATE", "FY2013"),
            ("29 August 2014", "DATE", "2014-08-29"),
        ],
    ),
    # Wednesday 2015-05-13 (ISO week 20), an Irish regional weekly's page of legal and public
    # notices, date line "Wednesday, May 13, 2015" (the Irish papers' form, gold_blind49). The
    # notices' formal dates "the 5th day of May 2015", "the 17th day of June, 2015", "the 2nd
    # day of January 2015", "the 30th day of June, 2015" are one DATE span each, with
    # their determiner; "Monday the 25th day of May 2015" and "Friday the 22nd day of May 2015"
    # one span with their weekday (like "Saturday 18 July 1987" in gold_blind52); the
    # "Dated this 11th day of May 2015" lines -> "this 11th day of May 2015" (determiner kept).
    # "10.45 o'clock in the forenoon" and "5 o'clock in the afternoon" are one TIME span each,
    # the phrase after "o'clock" naming the half of the day like "a.m."/"p.m." (see README);
    # "not later than" and "no later than" are signals (gold_blind27's "no later than").
    # Durations anchored to an event or a date are the duration alone ("seven days before
    # that sitting", "within 5 weeks of the date on which the Council receives",
    # "within 28 days of the date of this notice", gold_blind25); "for three weeks" P3W.
    # "every Thursday at 11 a.m." a SET XXXX-WXX-4 and the hour of a recurring listing
    # XXXX-XX-XXT11:00; "Monday 1 June, the June bank holiday" -> 2015-06-01 twice (Ireland's
    # June holiday is the first Monday of June, like "the May Day bank holiday" in earlier
    # sets); "Friday 31 July from 1pm" a DATE and a TIME. Not annotated: the phone number "094
    # 903 2015", "2015 No. 214 COS" (a High Court record number), "the Companies Acts 1963 to
    # 2013", "the Intoxicating Liquor Act 1988", "section 266 of the Companies Act 1963",
    # "Dublin 7", "Court No. 2", "Unit 4", "€20", "the time of hearing", "the date of this
    # notice", "may" (the verb).
    "ardcarra-champion-legal-notices": (
        "2015-05-13",
        [
            ("Wednesday, May 13, 2015", "DATE", "2015-05-13"),
            ("the 5th day of May 2015", "DATE", "2015-05-05"),
            ("Monday the 25th day of May 2015", "DATE", "2015-05-25"),
            ("10.45 o'clock in the forenoon", "TIME", "2015-05-25T10:45"),
            ("5 o'clock in the afternoon", "TIME", "2015-05-22T17:00"),
            ("Friday the 22nd day of May 2015", "DATE", "2015-05-22"),
            ("this 11th day of May 2015", "DATE", "2015-05-11"),
            ("the 17th day of June, 2015", "DATE", "2015-06-17"),
            ("10.30 a.m.", "TIME", "2015-06-17T10:30"),
            ("seven days", "DURATION", "P7D"),
            ("this 8th day of May 2015", "DATE", "2015-05-08"),
            ("2009", "DATE", "2009"),
            ("5 weeks", "DURATION", "P5W"),
            ("the 2nd day of January 2015", "DATE", "2015-01-02"),
            ("28 days", "DURATION", "P28D"),
            ("this 6th day of May 2015", "DATE", "2015-05-06"),
            ("Tuesday 2 June 2015", "DATE", "2015-06-02"),
            ("three weeks", "DURATION", "P3W"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("11 a.m.", "TIME", "XXXX-XX-XXT11:00"),
            ("Monday 1 June", "DATE", "2015-06-01"),
            ("the June bank holiday", "DATE", "2015-06-01"),
            ("Friday 31 July", "DATE", "2015-07-31"),
            ("1pm", "TIME", "2015-07-31T13:00"),
            ("8 May 2015", "DATE", "2015-05-08"),
            ("5 p.m.", "TIME", "2015-06-30T17:00"),
            ("the 30th day of June, 2015", "DATE", "2015-06-30"),
            ("12 May 2015", "DATE", "2015-05-12"),
        ],
    ),
    # Friday 2015-02-27 (ISO week 9), an Ohio appellate opinion as a US local paper's court
    # reporter files it: headline, byline with the AP-style date "Friday, Feb. 27, 2015" (one
    # span, gold_blind35), a bracketed note and the opinion's caption with "DATE OF JUDGMENT
    # ENTRY: February 27, 2015". Note: released "today"; "in prison since June" the most
    # recent June, 2014-06 (sentenced June 2, 2014); "released in 2019"; "next month"
    # 2015-03; "45 days". Opinion: "the night of August 3, 2013" one TIME span (gold_blind52)
    # and "that night" the same night; "away for the weekend" -> "the weekend" of that
    # Saturday night, 2013-W31-WE; "Between 10:30 p.m. and 11:15 p.m." and "10:52 p.m." on
    # that night's date; "the following afternoon" 2013-08-04TAF; "Nine days later" anchored
    # on August 3 -> 2013-08-12, besides "August 12, 2013"; "January 2014" one span; "a 90-day
    # continuance" and "a mandatory three-year term" DURATIONs on the adjective; "April 23"
    # the year of the trial before it, 2014-04-23; prison terms DURATIONs ("six years", "five
    # years", "12 months"); "294 days served" P294D (August 12, 2013 to June 2, 2014); "within
    # the 30 days allowed" P30D; "within two days of it" the duration alone; "that month"
    # the month of the burglary, 2013-08 (a narrative anchor like "that July", gold_blind52);
    # "more than two decades" P20Y; "last summer" 2014-SU. Not annotated: the citations
    # "2015-Ohio-712" and "2014-Ohio-3301" (identifiers, see README), "CASE NO. 14-CA-0037",
    # "Case No. 2013-CR-0456", "R.C. 2911.12(A)(2)", "R.C. 2913.51(A)", "App.R. 4(A)",
    # "Crim.R. 29", "County Road 19", "{¶1}" to "{¶9}", "a 2-1 decision", age "38", "twice",
    # "half a mile".
    "state-v-stahlman-crestview-burglary-appeal": (
        "2015-02-27",
        [
            ("Friday, Feb. 27, 2015", "DATE", "2015-02-27"),
            ("today", "DATE", "2015-02-27"),
            ("June", "DATE", "2014-06"),
            ("2019", "DATE", "2019"),
            ("next month", "DATE", "2015-03"),
            ("45 days", "DURATION", "P45D"),
            ("February 27, 2015", "DATE", "2015-02-27"),
            ("the night of August 3, 2013", "TIME", "2013-08-03TNI"),
            ("the weekend", "DATE", "2013-W31-WE"),
            ("10:30 p.m.", "TIME", "2013-08-03T22:30"),
            ("11:15 p.m.", "TIME", "2013-08-03T23:15"),
            ("the following afternoon", "TIME", "2013-08-04TAF"),
            ("Nine days later", "DATE", "2013-08-12"),
            ("August 12, 2013", "DATE", "2013-08-12"),
            ("September 19, 2013", "DATE", "2013-09-19"),
            ("January 2014", "DATE", "2014-01"),
            ("90-day", "DURATION", "P90D"),
            ("April 22, 2014", "DATE", "2014-04-22"),
            ("two days", "DURATION", "P2D"),
            ("April 23", "DATE", "2014-04-23"),
            ("June 2, 2014", "DATE", "2014-06-02"),
            ("six years", "DURATION", "P6Y"),
            ("five years", "DURATION", "P5Y"),
            ("12 months", "DURATION", "P12M"),
            ("three-year", "DURATION", "P3Y"),
            ("294 days", "DURATION", "P294D"),
            ("July 1, 2014", "DATE", "2014-07-01"),
            ("30 days", "DURATION", "P30D"),
            ("December 9, 2014", "DATE", "2014-12-09"),
            ("that night", "TIME", "2013-08-03TNI"),
            ("10:52 p.m.", "TIME", "2013-08-03T22:52"),
            ("two days", "DURATION", "P2D"),
            ("that month", "DATE", "2013-08"),
            ("more than two decades", "DURATION", "P20Y"),
            ("last summer", "DATE", "2014-SU"),
        ],
    ),
    # Thursday 2013-11-14 (ISO week 46), an English coroner's findings and record of inquest as
    # a local paper's reporter files them, date line "Thursday 14 November 2013, 16.10" (a DATE
    # and a TIME). Note: read out "this afternoon" 2013-11-14TAF at the end of "a three-day
    # inquest" (P3D on the adjective); evidence "on Tuesday and Wednesday" 2013-11-12 and
    # 2013-11-13; "on Tuesday night" 2013-11-12TNI; "five months" (9 June to 14 November);
    # "last week" 2013-W45; "earlier this month" 2013-11; "will meet the family on Monday" the
    # coming one, 2013-11-18. Findings: "died at 04.20 on Sunday 9 June" a TIME and a DATE
    # (the year from the record below and the DCT); "opened on 13 June"; "the evening of
    # Saturday 8 June" one TIME span (like "the evening of June 24" in gold_blind28); "about
    # 11pm" that evening; "At 01.35 the following morning" -> 2013-06-09T01:35 and
    # 2013-06-09TMO (the morning after that evening); "01.48" the same morning; "more than
    # five years until the spring of 2013" a DURATION and 2013-SP; "In April" 2013-04 (past,
    # before June); "twice daily" SET P1D (gold_blind42); "about a fortnight before his death"
    # P2W; "on 24 June" 2013-06-24; "every week" P1W; "since at least March" -> "at least
    # March" 2013-03 (gold_blind35); "the following week" the ISO week after that of Sunday 9
    # June, 2013-W24 (earlier sets' rule); "recent years" PAST_REF; "within 56 days" P56D;
    # "every year since 2008" a SET and a DATE. Record: "9 June 2013" twice and "about 01.30"
    # (the modifier kept, gold_blind52). Not annotated: "the Cressington Hospice March" (an
    # event's name), "1a", "1b", "7 Hythe Lane", "47-year-old", "four times", "three deaths",
    # "at the time", "the Coroners and Justice Act 2009", "Court 3".
    "sellick-cressington-stair-fall-inquest": (
        "2013-11-14",
        [
            ("Thursday 14 November 2013", "DATE", "2013-11-14"),
            ("16.10", "TIME", "2013-11-14T16:10"),
            ("this afternoon", "TIME", "2013-11-14TAF"),
            ("three-day", "DURATION", "P3D"),
            ("Tuesday", "DATE", "2013-11-12"),
            ("Wednesday", "DATE", "2013-11-13"),
            ("Tuesday night", "TIME", "2013-11-12TNI"),
            ("five months", "DURATION", "P5M"),
            ("last week", "DATE", "2013-W45"),
            ("earlier this month", "DATE", "2013-11"),
            ("Monday", "DATE", "2013-11-18"),
            ("04.20", "TIME", "2013-06-09T04:20"),
            ("Sunday 9 June", "DATE", "2013-06-09"),
            ("13 June", "DATE", "2013-06-13"),
            ("the evening of Saturday 8 June", "TIME", "2013-06-08TEV"),
            ("about 11pm", "TIME", "2013-06-08T23:00"),
            ("01.35", "TIME", "2013-06-09T01:35"),
            ("the following morning", "TIME", "2013-06-09TMO"),
            ("01.48", "TIME", "2013-06-09T01:48"),
            ("2004", "DATE", "2004"),
            ("more than five years", "DURATION", "P5Y"),
            ("the spring of 2013", "DATE", "2013-SP"),
            ("April", "DATE", "2013-04"),
            ("twice daily", "SET", "P1D"),
            ("about a fortnight", "DURATION", "P2W"),
            ("24 June", "DATE", "2013-06-24"),
            ("every week", "SET", "P1W"),
            ("at least March", "DATE", "2013-03"),
            ("the following week", "DATE", "2013-W24"),
            ("recent years", "DATE", "PAST_REF"),
            ("56 days", "DURATION", "P56D"),
            ("every year", "SET", "P1Y"),
            ("2008", "DATE", "2008"),
            ("9 June 2013", "DATE", "2013-06-09"),
            ("about 01.30", "TIME", "2013-06-09T01:30"),
            ("9 June 2013", "DATE", "2013-06-09"),
        ],
    ),
    # Monday 2014-03-24 (ISO week 13), an English employment tribunal judgment with its award
    # and back-pay periods, as a local paper's reporter files it: headline, byline and date
    # line "Monday 24 March 2014", a bracketed note, the judgment's heading, award, reasons and
    # the lines "14 March 2014" (signed) and "Judgment sent to the parties on 24 March 2014".
    # Note: "sent to the parties today" 2014-03-24; "42 days" to appeal; "decide next week"
    # 2014-W14; "now works part-time" PRESENT_REF; "more than seven years of nights" P7Y
    # ("nights" not annotated). Heading: "Hearing began: 10 February 2014 (three days)" a DATE
    # and a DURATION. Award: "7 complete years' service" -> "7 complete years" P7Y (the
    # modifier kept, the apostrophe left out); the back-pay period "from 11 January 2013 ... to
    # ... 10 February 2014" two DATEs (twice: loss of earnings and the recoupment's
    # "prescribed period", itself not annotated) with "56 weeks" (11 January 2013 to 10
    # February 2014 is 56 weeks and 3 days); "from 2 September 2013" ("from" a signal); "13
    # weeks" of future loss; "within 14 days of the day on which this judgment is sent" the
    # duration alone. Reasons: "from 3 October 2005"; shifts "from 10pm to 6am" hours on no
    # particular day, XXXX-XX-XXT22:00 and T06:00; "a bonus annually" SET P1Y; "the autumn of
    # 2012" 2012-FA and "the third quarter of 2012" 2012-Q3 (no fiscal year described); "a
    # 30-day consultation" DURATION on the adjective; "19 November 2012", "7 January 2013",
    # "seven weeks after she had raised it" the duration alone, and "four days later" anchored
    # on 7 January 2013 -> 2013-01-11 (a Friday); "recently" PAST_REF; "the next three
    # months" P3M; "mid-2014" 2014; "the coming months" PXM. Not annotated: "Case Number:
    # 2401877/2013", "the Employment Protection (Recoupment of Jobseeker's Allowance and
    # Income Support) Regulations 1996", "the prescribed period", "no relevant period", age
    # "52", the sums ("£21,800", "£4,725.00", "£391.20", ...), "multiplier 1.5", "12 per cent".
    "adeyemo-hatchmere-logistics-tribunal-award": (
        "2014-03-24",
        [
            ("Monday 24 March 2014", "DATE", "2014-03-24"),
            ("today", "DATE", "2014-03-24"),
            ("42 days", "DURATION", "P42D"),
            ("next week", "DATE", "2014-W14"),
            ("now", "DATE", "PRESENT_REF"),
            ("more than seven years", "DURATION", "P7Y"),
            ("10 February 2014", "DATE", "2014-02-10"),
            ("three days", "DURATION", "P3D"),
            ("7 complete years", "DURATION", "P7Y"),
            ("11 January 2013", "DATE", "2013-01-11"),
            ("10 February 2014", "DATE", "2014-02-10"),
            ("56 weeks", "DURATION", "P56W"),
            ("2 September 2013", "DATE", "2013-09-02"),
            ("13 weeks", "DURATION", "P13W"),
            ("11 January 2013", "DATE", "2013-01-11"),
            ("10 February 2014", "DATE", "2014-02-10"),
            ("14 days", "DURATION", "P14D"),
            ("3 October 2005", "DATE", "2005-10-03"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("annually", "SET", "P1Y"),
            ("the autumn of 2012", "DATE", "2012-FA"),
            ("the third quarter of 2012", "DATE", "2012-Q3"),
            ("30-day", "DURATION", "P30D"),
            ("19 November 2012", "DATE", "2012-11-19"),
            ("7 January 2013", "DATE", "2013-01-07"),
            ("seven weeks", "DURATION", "P7W"),
            ("four days later", "DATE", "2013-01-11"),
            ("2 September 2013", "DATE", "2013-09-02"),
            ("recently", "DATE", "PAST_REF"),
            ("the next three months", "DURATION", "P3M"),
            ("mid-2014", "DATE", "2014"),
            ("the coming months", "DURATION", "PXM"),
            ("14 March 2014", "DATE", "2014-03-14"),
            ("24 March 2014", "DATE", "2014-03-24"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
