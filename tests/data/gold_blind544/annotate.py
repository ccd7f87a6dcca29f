"""Annotations of blind gold set 544, chosen by hand before the tagger ran.

    python tests/data/gold_blind544/annotate.py [--show]

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
    # Tuesday 1998-03-17 (ISO week 12), US metro daily's arrest story, section label, headline,
    # deck ("arrested Sunday; arraignment set for Thursday"), byline, date line "Tuesday, March
    # 17, 1998" (one DATE span), "ORVISBURG, Ind. --" dateline, a "HOW THE CASE UNFOLDED"
    # chronology box. "yesterday" is Monday 1998-03-16, "yesterday afternoon" its afternoon.
    # Past weekdays: the arrest "about 7:45 p.m. Sunday" 1998-03-15 (two TIMEX3), the last
    # holdup "on Friday" 1998-03-13 and "that night" its night, the name found "until
    # Saturday" 1998-03-14, the car traced "on Saturday morning"; "The next day" after it is
    # Sunday 1998-03-15 (the narrative's last date, gold_blind32, gold_blind40). Future: the
    # arraignment "at 9 a.m. Thursday" 1998-03-19 (deck, lead and "Thursday's hearing", the
    # possessive dropped). "The robber always struck after 10 p.m." is a habit over many days,
    # XXXX-XX-XXT22:00, and "closed at 9 p.m. every night" XXXX-XX-XXT21:00 with the SET
    # (hours of a recurring habit, gold_blind28, gold_blind52). "roughly every 10 days" SET
    # P10D, the approximator kept (like "almost every day", gold_blind35). "a three-year
    # sentence" DURATION on the adjective and "served 18 months" P18M (the length of a term
    # is a DURATION, gold_blind52). "tonight's St. Patrick's Day celebrations" -> "tonight"
    # 1998-03-17TNI and "St. Patrick's Day" 1998-03-17 (a holiday on its day, gold_blind21).
    # "the spring" ahead 1998-SP; "the fall of 1997" one span; "last month" 1998-02. The
    # box's dates are DATEs of 1998; "two days later" after "March 2" is 1998-03-04. Not
    # annotated: "late-night" (an adjective naming a kind of holdup), "since" (anaphoric, in
    # "every night since"), "a 1991 Pontiac Grand Am" (a model year, gold_blind16,
    # gold_blind94), "the 1900 block of Cray Street" (gold_blind44), "State Road 37", "Route
    # 46", "4th Street", "555-1998" (a phone number ending in the year), "$250,000", "$400",
    # "300 tablets", "five counts", "three counties", ages "24" and "61", "may" (the verb).
    "orvisburg-pharmacy-holdups-arrest": (
        "1998-03-17",
        [
            ("Sunday", "DATE", "1998-03-15"),
            ("Thursday", "DATE", "1998-03-19"),
            ("Tuesday, March 17, 1998", "DATE", "1998-03-17"),
            ("late January", "DATE", "1998-01"),
            ("yesterday", "DATE", "1998-03-16"),
            ("six-week", "DURATION", "P6W"),
            ("about 7:45 p.m.", "TIME", "1998-03-15T19:45"),
            ("Sunday", "DATE", "1998-03-15"),
            ("two days", "DURATION", "P2D"),
            ("yesterday afternoon", "TIME", "1998-03-16TAF"),
            ("9 a.m.", "TIME", "1998-03-19T09:00"),
            ("Thursday", "DATE", "1998-03-19"),
            ("two weeks", "DURATION", "P2W"),
            ("Saturday", "DATE", "1998-03-14"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("less than three minutes", "DURATION", "PT3M"),
            ("Jan. 29", "DATE", "1998-01-29"),
            ("roughly every 10 days", "SET", "P10D"),
            ("Friday", "DATE", "1998-03-13"),
            ("that night", "TIME", "1998-03-13TNI"),
            ("Saturday morning", "TIME", "1998-03-14TMO"),
            ("The next day", "DATE", "1998-03-15"),
            ("nearly nine hours", "DURATION", "PT9H"),
            ("18 months", "DURATION", "P18M"),
            ("three-year", "DURATION", "P3Y"),
            ("August 1996", "DATE", "1996-08"),
            ("30 days", "DURATION", "P30D"),
            ("yesterday", "DATE", "1998-03-16"),
            ("Thursday", "DATE", "1998-03-19"),
            ("last month", "DATE", "1998-02"),
            ("Feb. 18", "DATE", "1998-02-18"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("the spring", "DATE", "1998-SP"),
            ("tonight", "TIME", "1998-03-17TNI"),
            ("St. Patrick's Day", "DATE", "1998-03-17"),
            ("the fall of 1997", "DATE", "1997-FA"),
            ("Jan. 29", "DATE", "1998-01-29"),
            ("Feb. 9", "DATE", "1998-02-09"),
            ("Feb. 18", "DATE", "1998-02-18"),
            ("March 2", "DATE", "1998-03-02"),
            ("two days later", "DATE", "1998-03-04"),
            ("March 13", "DATE", "1998-03-13"),
            ("March 15", "DATE", "1998-03-15"),
        ],
    ),
    # Wednesday 1999-11-10 (ISO week 45), English regional evening paper's trial report,
    # section label, headline, standfirst ("expected to last three weeks"), byline, date line
    # "Wednesday, 10 November 1999" (one span). The jury "heard yesterday" (Tuesday
    # 1999-11-09); the trial "opened on Monday" 1999-11-08. The Crown's chronology is Easter
    # 1999 (Easter Sunday 4 April): "the previous Thursday" before the Sunday is 1999-04-01
    # and "that evening" its evening; "The next day, Good Friday" 1999-04-02 (two DATEs,
    # like "Monday is Family Day", gold_blind103); the quoted "by the weekend" spoken on that
    # Friday is 3-4 April, 1999-W13-WE; "On Saturday 3 April" one span, "the afternoon" its
    # afternoon, "11.42pm" that night (T23:42), "12.08am" and the neighbour's "half past
    # twelve" (a clock time in words, like "half past three" in gold_blind76) the first
    # minutes of Sunday 4 April; "after 11pm on the Saturday" 1999-04-03T23:00 and "the
    # Saturday" an anaphoric DATE (like "the same day", gold_blind52); "at about 7.15am on
    # Sunday 4 April - Easter Sunday -" a TIME and two DATEs. "Mr Morrow locked the doors at
    # 11.30pm every night" is a habit, XXXX-XX-XXT23:30 and the SET. "Easter Monday"
    # 1999-04-05; "questioned for more than 11 hours over two days" two DURATIONs (like
    # "about six hours over two days", gold_blind52); "three days after sacking" P3D (an
    # anchored duration); "over a fortnight" P2W. Months without a year are past months of
    # 1999 ("late June", "May", "since April"). Future: "this afternoon" 1999-11-10TAF, "at
    # 11am tomorrow, Armistice Day" 1999-11-11T11:00 plus two DATEs, "the two-minute silence"
    # PT2M (an adjectival duration), "not sit on Friday" 1999-11-12. Not annotated: "the
    # 24-hour garage" (round the clock, gold_blind19, gold_blind27), "Court 1", "£600", "seven
    # women and five men", ages "52" and "31", "some time after" (a signal), "The trial
    # continues" (no time expression), the funeral (an event).
    "ebbingford-coopers-arms-landlord-murder-trial": (
        "1999-11-10",
        [
            ("three weeks", "DURATION", "P3W"),
            ("Wednesday, 10 November 1999", "DATE", "1999-11-10"),
            ("three days", "DURATION", "P3D"),
            ("yesterday", "DATE", "1999-11-09"),
            ("about 7.15am", "TIME", "1999-04-04T07:15"),
            ("Sunday 4 April", "DATE", "1999-04-04"),
            ("Easter Sunday", "DATE", "1999-04-04"),
            ("Monday", "DATE", "1999-11-08"),
            ("three weeks", "DURATION", "P3W"),
            ("the previous Thursday", "DATE", "1999-04-01"),
            ("a fortnight", "DURATION", "P2W"),
            ("that evening", "TIME", "1999-04-01TEV"),
            ("The next day", "DATE", "1999-04-02"),
            ("Good Friday", "DATE", "1999-04-02"),
            ("the weekend", "DATE", "1999-W13-WE"),
            ("Saturday 3 April", "DATE", "1999-04-03"),
            ("the afternoon", "TIME", "1999-04-03TAF"),
            ("11.42pm", "TIME", "1999-04-03T23:42"),
            ("12.08am", "TIME", "1999-04-04T00:08"),
            ("half past twelve", "TIME", "1999-04-04T00:30"),
            ("11.30pm", "TIME", "XXXX-XX-XXT23:30"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Easter Monday", "DATE", "1999-04-05"),
            ("more than 11 hours", "DURATION", "PT11H"),
            ("two days", "DURATION", "P2D"),
            ("11pm", "TIME", "1999-04-03T23:00"),
            ("the Saturday", "DATE", "1999-04-03"),
            ("9 April", "DATE", "1999-04-09"),
            ("late June", "DATE", "1999-06"),
            ("1986", "DATE", "1986"),
            ("24 years", "DURATION", "P24Y"),
            ("May", "DATE", "1999-05"),
            ("April", "DATE", "1999-04"),
            ("yesterday", "DATE", "1999-11-09"),
            ("this afternoon", "TIME", "1999-11-10TAF"),
            ("two-minute", "DURATION", "PT2M"),
            ("11am", "TIME", "1999-11-11T11:00"),
            ("tomorrow", "DATE", "1999-11-11"),
            ("Armistice Day", "DATE", "1999-11-11"),
            ("Friday", "DATE", "1999-11-12"),
        ],
    ),
    # Saturday 2000-02-26 (ISO week 8), Scottish daily's sentencing report, section label,
    # headline ("must serve 14 years"), standfirst, byline, date line "Saturday 26 February
    # 2000". "yesterday" is Friday 2000-02-25. A life sentence with a punishment part: "at
    # least 14 years", the headline's "14 years" and the widow's "Fourteen years" are
    # DURATION P14Y (the length of a term, gold_blind52, gold_blind69); "life" is not
    # annotated (it names no length, gold_blind52). "convicted on 27 January" 2000-01-27;
    # "a nine-day trial" P9D; "deferred sentence for four weeks" P4W. The attack "shortly
    # before 2am on Saturday 7 August" (1999, the nearest past August) 1999-08-07T02:00 and
    # the DATE; "about 1.40am" the same early morning; "the previous afternoon" is Friday's,
    # 1999-08-06TAF; "two days later" 1999-08-09; "9 August last year" one span (gold_blind52).
    # The judge's "that night" is the night of the attack, which began on Friday evening:
    # 1999-08-06TNI, dated by the evening it begins on, as "overnight" is (gold_blind21,
    # gold_blind103). "before August 2013" -> "August 2013" ("before" a signal). "had planned
    # to retire at Christmas" 1999-12-25, the Christmas after his death; "every Sunday since
    # the funeral in August" a SET and "August" 1999-08; "the first time in six months" P6M
    # (the period of a "first in", gold_blind69); "for three weeks" P3W; "jailed for 18 months
    # in December" P18M and 1999-12; "in the spring" ahead 2000-SP; "since January 1999";
    # "since the autumn" 1999-FA; "now" PRESENT_REF; "between 1am and 5am at weekends" two
    # TIMEs on no particular day and the SET "weekends" (gold_blind13); "the last 10 years"
    # P10Y. Not annotated: "£6.40" (three times, a fare that reads like a clock time), "the
    # punishment part", "on licence", "the procurator fiscal's office" ("fiscal" names a
    # prosecutor, not a fiscal year), "the night shift" (gold_blind44), "the late fares",
    # "14 assaults", "40 of its 112 cabs", ages "27", "58", "22", "a young man".
    "dunmarnock-taxi-driver-murder-sentence": (
        "2000-02-26",
        [
            ("14 years", "DURATION", "P14Y"),
            ("Saturday 26 February 2000", "DATE", "2000-02-26"),
            ("yesterday", "DATE", "2000-02-25"),
            ("at least 14 years", "DURATION", "P14Y"),
            ("27 January", "DATE", "2000-01-27"),
            ("nine-day", "DURATION", "P9D"),
            ("four weeks", "DURATION", "P4W"),
            ("2am", "TIME", "1999-08-07T02:00"),
            ("Saturday 7 August", "DATE", "1999-08-07"),
            ("two days later", "DATE", "1999-08-09"),
            ("the previous afternoon", "TIME", "1999-08-06TAF"),
            ("about 1.40am", "TIME", "1999-08-07T01:40"),
            ("9 August last year", "DATE", "1999-08-09"),
            ("August 2013", "DATE", "2013-08"),
            ("that night", "TIME", "1999-08-06TNI"),
            ("31 years", "DURATION", "P31Y"),
            ("Christmas", "DATE", "1999-12-25"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("August", "DATE", "1999-08"),
            ("six months", "DURATION", "P6M"),
            ("Fourteen years", "DURATION", "P14Y"),
            ("three weeks", "DURATION", "P3W"),
            ("18 months", "DURATION", "P18M"),
            ("December", "DATE", "1999-12"),
            ("the spring", "DATE", "2000-SP"),
            ("January 1999", "DATE", "1999-01"),
            ("yesterday", "DATE", "2000-02-25"),
            ("the autumn", "DATE", "1999-FA"),
            ("now", "DATE", "PRESENT_REF"),
            ("1am", "TIME", "XXXX-XX-XXT01:00"),
            ("5am", "TIME", "XXXX-XX-XXT05:00"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("the last 10 years", "DURATION", "P10Y"),
        ],
    ),
    # Thursday 1999-09-30 (ISO week 39), wire-service sentencing story as printed in a US
    # daily, page line "THE FORT ALDEN DAILY LEDGER -- Thursday, September 30, 1999 -- Page
    # 3B" (the date one DATE span), section label, headline ("gets 63 months"), AP byline,
    # "MILBANK FALLS, Iowa (AP) --" dateline. The sentencing was Wednesday 1999-09-29 and the
    # chairwoman spoke "Wednesday night" 1999-09-29TNI; the board "will vote Tuesday"
    # 1999-10-05. "63 months" (headline and lead), "three years of supervised release", "no
    # more than 46 months" (the modifier kept, like "up to five years", gold_blind52) are
    # DURATIONs of terms. "pleaded guilty in June" 1999-06, "since August" 1999-08 (past),
    # "by Nov. 15" and "until Nov. 15" 1999-11-15. "from July 1994 to March 1998" two DATEs.
    # "every two weeks" SET P2W; "usually on Friday afternoons" SET XXXX-WXX-5TAF (like
    # "Friday afternoons" in gold_blind10), "after the courthouse closed at 4:30 p.m." a
    # recurring clock time XXXX-XX-XXT16:30. "Hruska resigned that May" after "April 1998" is
    # 1998-05 (a narrative anchor, like "that July", gold_blind52). An Iowa county's fiscal
    # year runs July-June and is named by the year it ends: "fiscal 1997, which ended June
    # 30, 1997" FY1997 plus the DATE, "fiscal 2000, which began July 1" FY2000 plus 1999-07-01
    # (gold_blind35). "his 11 years in office" P11Y; "a four-year term" P4Y; "For four years"
    # P4Y; "years of deliberate deceit" PXY (like "years of calculated lies", gold_blind52);
    # "the next several years" PXY; "now" PRESENT_REF; "audited quarterly" SET P3M. Not
    # annotated: "Page 3B", "No. 98-CR-1996" (a case number holding 1996, in a story with
    # "1996" annotated twice; "1995" is listed first so that the case number is passed),
    # "Form 1040" (a tax form), "the Y2K problem" (a name, gold_blind34), "the rest of my
    # life", "so far", "twice", "$1.2 million", "$410,000", "$310,000", "$40,000", "56",
    # "full-time", "two signatures".
    "merritt-county-treasurer-embezzlement-sentence": (
        "1999-09-30",
        [
            ("Thursday, September 30, 1999", "DATE", "1999-09-30"),
            ("63 months", "DURATION", "P63M"),
            ("nearly four years", "DURATION", "P4Y"),
            ("Wednesday", "DATE", "1999-09-29"),
            ("63 months", "DURATION", "P63M"),
            ("three years", "DURATION", "P3Y"),
            ("June", "DATE", "1999-06"),
            ("Nov. 15", "DATE", "1999-11-15"),
            ("July 1994", "DATE", "1994-07"),
            ("March 1998", "DATE", "1998-03"),
            ("every two weeks", "SET", "P2W"),
            ("Friday afternoons", "SET", "XXXX-WXX-5TAF"),
            ("4:30 p.m.", "TIME", "XXXX-XX-XXT16:30"),
            ("April 1998", "DATE", "1998-04"),
            ("that May", "DATE", "1998-05"),
            ("the summer of 1998", "DATE", "1998-SU"),
            ("fiscal 1997", "DATE", "FY1997"),
            ("June 30, 1997", "DATE", "1997-06-30"),
            ("1995", "DATE", "1995"),
            ("1996", "DATE", "1996"),
            ("August", "DATE", "1999-08"),
            ("about 90 minutes", "DURATION", "PT90M"),
            ("no more than 46 months", "DURATION", "P46M"),
            ("1996", "DATE", "1996"),
            ("11 years", "DURATION", "P11Y"),
            ("1986", "DATE", "1986"),
            ("four-year", "DURATION", "P4Y"),
            ("1994", "DATE", "1994"),
            ("four years", "DURATION", "P4Y"),
            ("years", "DURATION", "PXY"),
            ("Wednesday night", "TIME", "1999-09-29TNI"),
            ("the next several years", "DURATION", "PXY"),
            ("now", "DATE", "PRESENT_REF"),
            ("quarterly", "SET", "P3M"),
            ("Tuesday", "DATE", "1999-10-05"),
            ("fiscal 2000", "DATE", "FY2000"),
            ("July 1", "DATE", "1999-07-01"),
            ("Nov. 15", "DATE", "1999-11-15"),
        ],
    ),
    # Friday 1998-12-11 (ISO week 50), English weekly paper's magistrates' court column,
    # masthead and date line "Friday, December 11, 1998", column label, items with
    # headlines, a "COURT DATES" box. "this week" 1998-W50; the court sat "on Tuesday"
    # 1998-12-08 and "on Wednesday" 1998-12-09 (past). "remanded ... until next Thursday,
    # December 17" -> "next Thursday" and "December 17" two DATEs of 1998-12-17 (a weekday and
    # the date written after it, like "Memorial Day, May 28", gold_blind16). Past: the raid
    # "at about 4.50pm on Friday, November 27", the stop "at 1.20am on Sunday, November 22"
    # (TIME and DATE each), "the early hours of Halloween, Saturday, October 31" (one DATE
    # span on the day it names, like "the early hours of Sunday", gold_blind52, and the
    # DATE after it), the theft "on Saturday afternoon" 1998-12-05TAF, "since ... September"
    # 1998-09, "until the summer" 1998-SU, fines "imposed last year" 1997, "going back to
    # 1979". Future: "early next year" 1999, "by the end of next year" 1999, the trial "10am on
    # Wednesday, January 20" (1999, across the year boundary), "Christmas" (three times,
    # 1998-12-25), "Wednesday, December 23", "Tuesday, January 5" (1999). Bail curfew "from
    # 9pm to 7am every night" two TIMEs on no particular day and the SET (gold_blind16,
    # gold_blind69). "banned for 18 months" (headline and body) P18M, "reduced by 18 weeks"
    # P18W, "within 28 days" P28D, "a 12-month conditional discharge" P12M, "80 hours'
    # community service" -> "80 hours" PT80H (the apostrophe left out, gold_blind69), "for six
    # weeks" P6W, "last a day" P1D. SETs: "every fortnight" P2W (payments), "Tuesdays",
    # "Wednesdays", "every Friday". Not annotated: "the Road Traffic Act 1988" (an Act's name,
    # gold_blind49), "the B6321", "78 microgrammes", "35", "£1,300", "£300", "£40", "£84",
    # "£420", "£5", "14 previous convictions", "mother of three", ages "19-YEAR-OLD", "44",
    # "26", "33", "51-YEAR-OLD", "the holidays" (gold_blind68), "video link".
    "haltwell-magistrates-court-roundup": (
        "1998-12-11",
        [
            ("Friday, December 11, 1998", "DATE", "1998-12-11"),
            ("this week", "DATE", "1998-W50"),
            ("Tuesday", "DATE", "1998-12-08"),
            ("next Thursday", "DATE", "1998-12-17"),
            ("December 17", "DATE", "1998-12-17"),
            ("about 4.50pm", "TIME", "1998-11-27T16:50"),
            ("Friday, November 27", "DATE", "1998-11-27"),
            ("early next year", "DATE", "1999"),
            ("18 months", "DURATION", "P18M"),
            ("1.20am", "TIME", "1998-11-22T01:20"),
            ("Sunday, November 22", "DATE", "1998-11-22"),
            ("18 months", "DURATION", "P18M"),
            ("Tuesday", "DATE", "1998-12-08"),
            ("18 weeks", "DURATION", "P18W"),
            ("the end of next year", "DATE", "1999"),
            ("28 days", "DURATION", "P28D"),
            ("the early hours of Halloween", "DATE", "1998-10-31"),
            ("Saturday, October 31", "DATE", "1998-10-31"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("10am", "TIME", "1999-01-20T10:00"),
            ("Wednesday, January 20", "DATE", "1999-01-20"),
            ("a day", "DURATION", "P1D"),
            ("Christmas", "DATE", "1998-12-25"),
            ("Saturday afternoon", "TIME", "1998-12-05TAF"),
            ("Wednesday", "DATE", "1998-12-09"),
            ("Christmas", "DATE", "1998-12-25"),
            ("12-month", "DURATION", "P12M"),
            ("September", "DATE", "1998-09"),
            ("six weeks", "DURATION", "P6W"),
            ("1979", "DATE", "1979"),
            ("80 hours", "DURATION", "PT80H"),
            ("last year", "DATE", "1997"),
            ("every fortnight", "SET", "P2W"),
            ("the summer", "DATE", "1998-SU"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("Christmas", "DATE", "1998-12-25"),
            ("Wednesday, December 23", "DATE", "1998-12-23"),
            ("Tuesday, January 5", "DATE", "1999-01-05"),
            ("every Friday", "SET", "XXXX-WXX-5"),
        ],
    ),
    # Monday 2000-07-03 (ISO week 27), US daily's police blotter column, page line "THE
    # LINDALE FALLS HERALD -- Monday, July 3, 2000", section label, column label, headline
    # ("through the Fourth"), compiler's credit. "the Fourth" and "the Fourth of July" are
    # Independence Day, Tuesday 2000-07-04 (a holiday on its day); the display "set for 9:45
    # p.m. Tuesday" 2000-07-04T21:45 and the DATE. Past weekdays in a Monday paper: "said
    # Friday" 2000-06-30, "between 11 p.m. Friday and 6:30 a.m. Saturday" (two TIMEs, two
    # DATEs), "the next afternoon" Sunday 2000-07-02TAF (after Saturday, gold_blind39), "at
    # about 2:15 a.m. Sunday", "Sunday afternoon", "reported Thursday" 2000-06-29, "7 a.m.
    # Sunday", "recovered Saturday" 2000-07-01; "last Tuesday" in a Monday paper is the most
    # recent Tuesday, 2000-06-27 (gold_blind10). "over the weekend" -> "the weekend" just
    # past, 2000-W26-WE (1-2 July, gold_blind52). "Last year ... between June 30 and July 5"
    # 1999 and two 1999 DATEs; "July 18" ahead 2000-07-18; "since June 12" 2000-06-12; "in
    # June" 2000-06; "the past two weeks" P2W; "every Monday" SET XXXX-WXX-1; "every Friday
    # night through Labor Day" SET XXXX-WXX-5TNI (like "Friday nights", gold_blind19) and
    # "Labor Day" 2000-09-04 (first Monday of September); "the Memorial Day weekend" 27-29 May,
    # the ISO week of its Saturday 2000-W21-WE (gold_blind64); "in May ... a year earlier"
    # 2000-05 and 1999-05 (the granularity of what it is compared with); "began in April"
    # 2000-04. Not annotated: "A 1998 Dodge pickup" (a model year), "the 2000 block of Oak
    # Street" (an address in a 2000 story), "Highway 71", "Route 12", "555-2000" (a phone
    # number), "24 hours a day" (round the clock, gold_blind30, gold_blind89), "night patrols"
    # (an adjective), "Sgt. June Kittredge" (a name, beside "June 12" and "June"), "the fourth
    # such report", "the third time", "$250", "$2,000", "$600", "212", "31 tickets", "19
    # drivers", "14", "22", "23-year-old".
    "lindale-falls-police-beat": (
        "2000-07-03",
        [
            ("Monday, July 3, 2000", "DATE", "2000-07-03"),
            ("the Fourth", "DATE", "2000-07-04"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("the Fourth of July", "DATE", "2000-07-04"),
            ("Friday", "DATE", "2000-06-30"),
            ("9:45 p.m.", "TIME", "2000-07-04T21:45"),
            ("Tuesday", "DATE", "2000-07-04"),
            ("Last year", "DATE", "1999"),
            ("June 30", "DATE", "1999-06-30"),
            ("July 5", "DATE", "1999-07-05"),
            ("11 p.m.", "TIME", "2000-06-30T23:00"),
            ("Friday", "DATE", "2000-06-30"),
            ("6:30 a.m.", "TIME", "2000-07-01T06:30"),
            ("Saturday", "DATE", "2000-07-01"),
            ("the next afternoon", "TIME", "2000-07-02TAF"),
            ("about 2:15 a.m.", "TIME", "2000-07-02T02:15"),
            ("Sunday", "DATE", "2000-07-02"),
            ("Sunday afternoon", "TIME", "2000-07-02TAF"),
            ("July 18", "DATE", "2000-07-18"),
            ("Thursday", "DATE", "2000-06-29"),
            ("the past two weeks", "DURATION", "P2W"),
            ("June 12", "DATE", "2000-06-12"),
            ("the weekend", "DATE", "2000-W26-WE"),
            ("7 a.m.", "TIME", "2000-07-02T07:00"),
            ("Sunday", "DATE", "2000-07-02"),
            ("June", "DATE", "2000-06"),
            ("last Tuesday", "DATE", "2000-06-27"),
            ("Saturday", "DATE", "2000-07-01"),
            ("every Friday night", "SET", "XXXX-WXX-5TNI"),
            ("Labor Day", "DATE", "2000-09-04"),
            ("the Memorial Day weekend", "DATE", "2000-W21-WE"),
            ("May", "DATE", "2000-05"),
            ("a year earlier", "DATE", "1999-05"),
            ("April", "DATE", "2000-04"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
