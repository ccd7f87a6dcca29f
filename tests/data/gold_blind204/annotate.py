"""Annotations of the two-hundred-and-fourth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind204/annotate.py [--show]

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
    # Saturday 2015-03-14 (ISO week 11), British weekend money column in questions and answers,
    # label, headline, standfirst, date line "Saturday 14 March 2015"; the readers' letters
    # carry no dates and resolve from the publication day (gold_blind50). "Last Tuesday"
    # 2015-03-10; "A fortnight ago" 2015-W09 (the unit's granularity, gold_blind11,
    # gold_blind50); "next month" 2015-04; "post it by Thursday" 2015-03-19 (future). The UK
    # tax year (6 April-5 April) is named by the year it ends (gold_blind88, gold_blind94):
    # "the 2010-11 tax year" FY2011, "The 2009-10 tax year" FY2010, "the new tax year" (from 6
    # April 2015) FY2016; "5 April this year" one span, 2015-04-05 (gold_blind94). "which gives
    # you three weeks" is the time left before a deadline, DURATION P3W (gold_blind94); "within
    # eight weeks" (twice), "within four years of the end of the tax year" -> "four years", "up
    # to 30 days before the money arrives" -> "up to 30 days", durations alone. "the end of
    # April" (twice) 2015-04, "the end of this month" 2015-03. "monthly" (payroll) SET P1M;
    # the pensions team's hours "from 9am to 1pm on Saturdays" two TIMEs XXXX-XX-XXThh:mm and
    # the SET XXXX-WXX-6 (gold_blind28, gold_blind50). "In April 2012 ... a three-year bond ...
    # matures on 2 April" 2012-04 and 2015-04-02; "January" 2015-01 (past); "until 2017".
    # Not annotated: "the end of the tax year it relates to" (a generic tax year, no year
    # meant), "the years before that" and "the year your husband died" (anaphoric), "on the day
    # the bond matures" (event-named), "late" in "my late husband", "74" (an age), "0300 555
    # 2009" (a phone number holding the year of "2009"), "£1,260", "£9,000", "1.6 per cent",
    # "2.2 per cent", "14 Mill Lane", "LN4 7QT", "Isa allowance".
    "your-money-widow-tax-code-refund": (
        "2015-03-14",
        [
            ("Saturday 14 March 2015", "DATE", "2015-03-14"),
            ("2009", "DATE", "2009"),
            ("Last Tuesday", "DATE", "2015-03-10"),
            ("the past four years", "DURATION", "P4Y"),
            ("A fortnight ago", "DATE", "2015-W09"),
            ("eight weeks", "DURATION", "P8W"),
            ("next month", "DATE", "2015-04"),
            ("eight weeks", "DURATION", "P8W"),
            ("the end of April", "DATE", "2015-04"),
            ("the past four years", "DURATION", "P4Y"),
            ("four years", "DURATION", "P4Y"),
            ("the 2010-11 tax year", "DATE", "FY2011"),
            ("5 April this year", "DATE", "2015-04-05"),
            ("three weeks", "DURATION", "P3W"),
            ("The 2009-10 tax year", "DATE", "FY2010"),
            ("5 April 2014", "DATE", "2014-04-05"),
            ("today", "DATE", "2015-03-14"),
            ("Thursday", "DATE", "2015-03-19"),
            ("monthly", "SET", "P1M"),
            ("the end of April", "DATE", "2015-04"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("April 2012", "DATE", "2012-04"),
            ("three-year", "DURATION", "P3Y"),
            ("2 April", "DATE", "2015-04-02"),
            ("January", "DATE", "2015-01"),
            ("two-year", "DURATION", "P2Y"),
            ("the end of this month", "DATE", "2015-03"),
            ("2017", "DATE", "2017"),
            ("Two-year", "DURATION", "P2Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("up to 30 days", "DURATION", "P30D"),
            ("the new tax year", "DATE", "FY2016"),
            ("6 April", "DATE", "2015-04-06"),
        ],
    ),
    # Monday 2013-06-03 (ISO week 23), US newspaper's consumer-help column, label, headline,
    # web stamp "Posted: Monday, June 3, 2013 6:00 am" (DATE and TIME), byline; letters
    # undated, resolved from the publication day. "Nov. 23" (the purchase) is past across the
    # year boundary, 2012-11-23; "It quit in March, barely four months later" -> "March"
    # 2013-03 and "barely four months later" DATE 2013-03 (N later at the unit's granularity,
    # the modifier kept); "April 2 and again three weeks later" 2013-04-02 and 2013-W17 (23
    # April); "Memorial Day weekend" is the Saturday-Monday holiday weekend of Memorial Day
    # (2013-05-27, the last Monday of May), the ISO week of its Saturday, 2013-W21-WE
    # (gold_blind56, gold_blind103). Past weekdays: "on Wednesday" 2013-05-29, "Thursday
    # afternoon" 2013-05-30TAF, "said Friday" 2013-05-31. "May 28" 2013-05-28; "since
    # February" 2013-02; "Easter" 2013-03-31; "last month" 2013-05; "January" 2013-01; "the end
    # of July" 2013-07; "by June 15" 2013-06-15; "this year" 2013; "last year" 2012.
    # "one-year" and "12-month" DURATION on the adjective; "30 days", "10 days", "more than a
    # week", "two weeks", "four years from delivery" -> "four years", "48 hours", "60 days'
    # notice" -> "60 days", "within three days of signing" -> "three days". "every month" SET
    # P1M, "every Monday" XXXX-WXX-1, "Monday afternoons" XXXX-WXX-1TAF. Not annotated:
    # "Not anymore" (headline), "Model 2400", "Route 9", "P.O. Box 2013" (in a 2013 story), "OH
    # 45012", "555-0190", "$649", "25 miles", "twice", "both times", "the date and time of
    # each call" (not a time expression), "second most common".
    "action-line-dishwasher-gym-contract": (
        "2013-06-03",
        [
            ("Monday, June 3, 2013", "DATE", "2013-06-03"),
            ("6:00 am", "TIME", "2013-06-03T06:00"),
            ("Nov. 23", "DATE", "2012-11-23"),
            ("March", "DATE", "2013-03"),
            ("barely four months later", "DATE", "2013-03"),
            ("April 2", "DATE", "2013-04-02"),
            ("three weeks later", "DATE", "2013-W17"),
            ("Memorial Day weekend", "DATE", "2013-W21-WE"),
            ("one-year", "DURATION", "P1Y"),
            ("30 days", "DURATION", "P30D"),
            ("10 days", "DURATION", "P10D"),
            ("more than a week", "DURATION", "P1W"),
            ("Wednesday", "DATE", "2013-05-29"),
            ("May 28", "DATE", "2013-05-28"),
            ("Thursday afternoon", "TIME", "2013-05-30TAF"),
            ("two weeks", "DURATION", "P2W"),
            ("February", "DATE", "2013-02"),
            ("last year", "DATE", "2012"),
            ("four years", "DURATION", "P4Y"),
            ("48 hours", "DURATION", "PT48H"),
            ("January", "DATE", "2013-01"),
            ("12-month", "DURATION", "P12M"),
            ("Easter", "DATE", "2013-03-31"),
            ("last month", "DATE", "2013-05"),
            ("60 days", "DURATION", "P60D"),
            ("the end of July", "DATE", "2013-07"),
            ("this year", "DATE", "2013"),
            ("three days", "DURATION", "P3D"),
            ("Friday", "DATE", "2013-05-31"),
            ("June 15", "DATE", "2013-06-15"),
            ("every month", "SET", "P1M"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("Monday afternoons", "SET", "XXXX-WXX-1TAF"),
        ],
    ),
    # Tuesday 2014-11-18 (ISO week 47), Irish paper's consumer-rights column in questions and
    # answers, label, headline, standfirst, date line "Tuesday, November 18, 2014"; letters
    # undated. "In May of last year" -> "May of last year" one span 2013-05 (like "the
    # fourth quarter of last year", gold_blind3); "He started the work that October" -> "that
    # October" 2013-10, a narrative anchor on the year just named (gold_blind65); "in 2012";
    # "every week for months" SET P1W and DURATION PXM; "a fortnight ago" 2014-W45; "after
    # Christmas" 2014-12-25 (ahead); "the spring" just past 2014-SP. "up to six years from the
    # date of the breach" -> "up to six years" P6Y, a right's duration anchored to an event
    # (gold_blind94), "the date of the breach" not annotated; "late last year" 2013, "late
    # 2019" and "until 2019" 2019; "now" PRESENT_REF; "14 days" (three times) and "about six
    # months" durations alone; "the 14-day rule" DURATION on the adjective; "120 days".
    # "invoice of 3 June" 2014-06-03. Second letter: "29 October", "3 November" (twice);
    # "last Wednesday" in a Tuesday paper the most recent Wednesday, 2014-11-12 (gold_blind18);
    # "June of this year" one span 2014-06 (gold_blind94's "January this year"); "yesterday"
    # 2014-11-17 (3 November + 14 days); "today"; "by Friday" 2014-11-21; "every Tuesday" SET
    # XXXX-WXX-2. Not annotated: "a winter coat" (a kind of coat), "too long", "Is it too
    # late?" (headline), "€3,500", "€6,200", "€180", "the second firm".
    # The shop's terms, refunds "take up to 30 days", give "up to 30 days" DURATION P30D.
    "consumer-rights-builder-deposit-online-refund": (
        "2014-11-18",
        [
            ("Tuesday, November 18, 2014", "DATE", "2014-11-18"),
            ("May of last year", "DATE", "2013-05"),
            ("2012", "DATE", "2012"),
            ("that October", "DATE", "2013-10"),
            ("every week", "SET", "P1W"),
            ("months", "DURATION", "PXM"),
            ("a fortnight ago", "DATE", "2014-W45"),
            ("Christmas", "DATE", "2014-12-25"),
            ("the spring", "DATE", "2014-SP"),
            ("up to six years", "DURATION", "P6Y"),
            ("late last year", "DATE", "2013"),
            ("late 2019", "DATE", "2019"),
            ("2019", "DATE", "2019"),
            ("now", "DATE", "PRESENT_REF"),
            ("14 days", "DURATION", "P14D"),
            ("3 June", "DATE", "2014-06-03"),
            ("about six months", "DURATION", "P6M"),
            ("29 October", "DATE", "2014-10-29"),
            ("3 November", "DATE", "2014-11-03"),
            ("last Wednesday", "DATE", "2014-11-12"),
            ("up to 30 days", "DURATION", "P30D"),
            ("June of this year", "DATE", "2014-06"),
            ("14 days", "DURATION", "P14D"),
            ("14 days", "DURATION", "P14D"),
            ("3 November", "DATE", "2014-11-03"),
            ("yesterday", "DATE", "2014-11-17"),
            ("today", "DATE", "2014-11-18"),
            ("14-day", "DURATION", "P14D"),
            ("Friday", "DATE", "2014-11-21"),
            ("120 days", "DURATION", "P120D"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
        ],
    ),
    # Wednesday 2012-08-22 (ISO week 34), Australian paper's letters page, label, masthead and
    # date line "Wednesday, August 22, 2012", five undated letters with their own headlines;
    # all resolve from the publication day (gold_blind50). Hospital letter: the headline's
    # "Nine hours" and "nine hours" PT9H; "Last Thursday" 2012-08-16, "at 2pm" that day
    # 2012-08-16T14:00 and "until after midnight" -> "midnight" ending Thursday,
    # 2012-08-16T24:00 (gold_blind103); "on Monday after four days on the ward" 2012-08-20
    # and P4D; "in March" 2012-03; "the end of next year" 2013; "more than four hours" PT4H;
    # "2006". Bus letter: "July 1" 2012-07-01; "the 7.15am bus" the hour of a recurring
    # service XXXX-XX-XXT07:15 (gold_blind22's "the 6.30am ferry"), "on Saturdays" SET
    # XXXX-WXX-6, "The last one ran on June 30" 2012-06-30; "For 12 years" P12Y; "Now"
    # PRESENT_REF; "leave home at 6am" a habit, XXXX-XX-XXT06:00; "every six months" SET P6M;
    # "2010". Rates letter: "(August 20)" 2012-08-20; "from next month" 2012-09; "since 2009",
    # "three years in which" P3Y; "A decade ago" 2002; "on Tuesday night" (future)
    # 2012-08-28TNI. Footpath letter: "November 2010"; "On August 9" 2012-08-09; "the current
    # financial year" is the Australian July-June year 2012-13, FY2013 (gold_blind94), "which
    # ends next June" 2013-06; "Sunday night" 2012-08-19TNI. Scam letter: "A fortnight ago"
    # 2012-W32; "Monday morning" 2012-08-20TMO; "31 years" P31Y; "it took a week" P1W. Not
    # annotated: "my weekend shift" (an adjective naming a kind of shift), "daytime phone
    # number", "86" and "79" (ages), "$28", "$250", "6.5 per cent", "a quarter", "almost half",
    # "14 Gull Street", "200 words", "PO Box 1986", "NSW 2450".
    # Footpath letter, last line: "It is now almost two years since my first call" -> "now"
    # PRESENT_REF and "almost two years" P2Y (November 2010 to August 2012).
    "harbour-examiner-letters-hospital-buses": (
        "2012-08-22",
        [
            ("Wednesday, August 22, 2012", "DATE", "2012-08-22"),
            ("Nine hours", "DURATION", "PT9H"),
            ("Last Thursday", "DATE", "2012-08-16"),
            ("nine hours", "DURATION", "PT9H"),
            ("2pm", "TIME", "2012-08-16T14:00"),
            ("midnight", "TIME", "2012-08-16T24:00"),
            ("Monday", "DATE", "2012-08-20"),
            ("four days", "DURATION", "P4D"),
            ("March", "DATE", "2012-03"),
            ("the end of next year", "DATE", "2013"),
            ("more than four hours", "DURATION", "PT4H"),
            ("2006", "DATE", "2006"),
            ("July 1", "DATE", "2012-07-01"),
            ("7.15am", "TIME", "XXXX-XX-XXT07:15"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("June 30", "DATE", "2012-06-30"),
            ("12 years", "DURATION", "P12Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("every six months", "SET", "P6M"),
            ("2010", "DATE", "2010"),
            ("August 20", "DATE", "2012-08-20"),
            ("next month", "DATE", "2012-09"),
            ("2009", "DATE", "2009"),
            ("three years", "DURATION", "P3Y"),
            ("A decade ago", "DATE", "2002"),
            ("Tuesday night", "TIME", "2012-08-28TNI"),
            ("November 2010", "DATE", "2010-11"),
            ("August 9", "DATE", "2012-08-09"),
            ("the current financial year", "DATE", "FY2013"),
            ("next June", "DATE", "2013-06"),
            ("Sunday night", "TIME", "2012-08-19TNI"),
            ("now", "DATE", "PRESENT_REF"),
            ("almost two years", "DURATION", "P2Y"),
            ("A fortnight ago", "DATE", "2012-W32"),
            ("Monday morning", "TIME", "2012-08-20TMO"),
            ("31 years", "DURATION", "P31Y"),
            ("a week", "DURATION", "P1W"),
        ],
    ),
    # Thursday 2013-10-10 (ISO week 41), US syndicated health column, label, headline, byline,
    # web stamp "Published: Thursday, October 10, 2013"; letters undated. First letter: "about
    # three years" P3Y; "Last month" 2013-09; "every morning since my heart scare in 2008" SET
    # XXXX-XX-XXTMO and "2008" (gold_blind35); "in five years" P5Y; "on Nov. 14" 2013-11-14;
    # "for a week" P1W; "next Tuesday" in a Thursday paper the coming Tuesday, 2013-10-15
    # (gold_blind5's "next Friday"). Answer: "a few days" PXD; "every fall" SET XXXX-FA;
    # "since early September" 2013-09; "the end of October" 2013-10; "about two weeks" P2W;
    # "last winter" in October 2013 is the winter of 2012-13, 2013-WI (a winter takes the year
    # of its January, gold_blind10, gold_blind103); "the worst flu season here in a decade" ->
    # "a decade" P10Y (the period of a superlative); "daily aspirin" and "your yearly
    # checkup" adjectival frequencies naming a recurrence, SET P1D and P1Y (gold_blind35's
    # "monthly leak surveys"); "due in January" 2014-01 (ahead); "recent years" PAST_REF.
    # Second letter: "retired in 2004"; "the spring of 2011" one span; "almost three months"
    # P3M; "On Friday" 2013-10-04 and "Saturday night" 2013-10-05TNI (past); "a few years"
    # PXY; "today", "next week" 2013-W42; "72 hours" PT72H; "more than four days" P4D
    # (Saturday night to Thursday); "three times a day" SET P1D (gold_blind3); "seven days";
    # "about five years" P5Y; "Tuesdays and Thursdays" SETs XXXX-WXX-2 and XXXX-WXX-4. Not
    # annotated: "this season's vaccine" and "flu season" (a season of no calendar unit,
    # gold_blind61), "63", "71", "60 and older" (ages), "twice", "P.O. Box 2011" (beside "the
    # spring of 2011"), "KS 66442", "may well be right".
    # Also: "I have had one every year since 2009" SET P1Y and DATE 2009 (gold_blind50's "every
    # year since the refurbishment of 2009"); "crust over within 10 days" P10D.
    "ask-the-doctor-statin-shingles": (
        "2013-10-10",
        [
            ("Thursday, October 10, 2013", "DATE", "2013-10-10"),
            ("about three years", "DURATION", "P3Y"),
            ("Last month", "DATE", "2013-09"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("2008", "DATE", "2008"),
            ("five years", "DURATION", "P5Y"),
            ("Nov. 14", "DATE", "2013-11-14"),
            ("a week", "DURATION", "P1W"),
            ("next Tuesday", "DATE", "2013-10-15"),
            ("every year", "SET", "P1Y"),
            ("2009", "DATE", "2009"),
            ("a few days", "DURATION", "PXD"),
            ("every fall", "SET", "XXXX-FA"),
            ("early September", "DATE", "2013-09"),
            ("the end of October", "DATE", "2013-10"),
            ("about two weeks", "DURATION", "P2W"),
            ("last winter", "DATE", "2013-WI"),
            ("a decade", "DURATION", "P10Y"),
            ("daily", "SET", "P1D"),
            ("recent years", "DATE", "PAST_REF"),
            ("yearly", "SET", "P1Y"),
            ("January", "DATE", "2014-01"),
            ("2004", "DATE", "2004"),
            ("the spring of 2011", "DATE", "2011-SP"),
            ("almost three months", "DURATION", "P3M"),
            ("Friday", "DATE", "2013-10-04"),
            ("Saturday night", "TIME", "2013-10-05TNI"),
            ("a few years", "DURATION", "PXY"),
            ("today", "DATE", "2013-10-10"),
            ("next week", "DATE", "2013-W42"),
            ("72 hours", "DURATION", "PT72H"),
            ("more than four days", "DURATION", "P4D"),
            ("three times a day", "SET", "P1D"),
            ("seven days", "DURATION", "P7D"),
            ("10 days", "DURATION", "P10D"),
            ("about five years", "DURATION", "P5Y"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
        ],
    ),
    # Sunday 2014-01-26 (ISO week 4), British Sunday paper's legal questions column, date
    # line "The Sunday Ledger | Money & Law | Sunday 26 January 2014" (the date one span with
    # its weekday), label, headline, standfirst; letters undated. "on 30 November after three
    # years there" 2013-11-30 (past, across the year boundary) and P3Y; "Eight weeks later"
    # after it is 2014-W04 (25 January, the unit's granularity, gold_blind56); "before
    # Christmas" and "since Christmas" 2013-12-25; "every week" SET P1W. "Since April 2007",
    # "in April 2012" as written; "must now be protected" PRESENT_REF; "within 30 days of
    # receiving it" -> "30 days"; "tomorrow" 2014-01-27; "seven days"; "dated 30 November"
    # 2013-11-30. "last Monday" in a Sunday paper the most recent Monday, 2014-01-20
    # (gold_blind10's "last Tuesday" in a Sunday paper); "18 months"; "more than ten minutes"
    # PT10M; "6 April 2012"; "two years' service" -> "two years" (like "30 days' notice");
    # "July 2012"; "within three months of the date of dismissal" -> "three months", "by 19
    # April" 2014-04-19 (three months less a day from 20 January); "since last July" 2013-07.
    # Third letter: "September" 2013-09 (past); "the last two years of her life" P2Y (a
    # duration anchored to an event); "six months"; "9 January" 2014-01-09 (past), "9 July"
    # 2014-07-09 (ahead); "the end of the month" 2014-01. Not annotated: "the date of
    # dismissal", "the grant of probate" (events), "late four times" ("late" and a count),
    # "between one and three times", "£950", "Leeds", "Name withheld".
    "legal-qa-tenancy-deposit-dismissal": (
        "2014-01-26",
        [
            ("Sunday 26 January 2014", "DATE", "2014-01-26"),
            ("30 November", "DATE", "2013-11-30"),
            ("three years", "DURATION", "P3Y"),
            ("Eight weeks later", "DATE", "2014-W04"),
            ("Christmas", "DATE", "2013-12-25"),
            ("every week", "SET", "P1W"),
            ("April 2007", "DATE", "2007-04"),
            ("April 2012", "DATE", "2012-04"),
            ("now", "DATE", "PRESENT_REF"),
            ("30 days", "DURATION", "P30D"),
            ("tomorrow", "DATE", "2014-01-27"),
            ("seven days", "DURATION", "P7D"),
            ("30 November", "DATE", "2013-11-30"),
            ("last Monday", "DATE", "2014-01-20"),
            ("18 months", "DURATION", "P18M"),
            ("Christmas", "DATE", "2013-12-25"),
            ("more than ten minutes", "DURATION", "PT10M"),
            ("6 April 2012", "DATE", "2012-04-06"),
            ("two years", "DURATION", "P2Y"),
            ("July 2012", "DATE", "2012-07"),
            ("three months", "DURATION", "P3M"),
            ("19 April", "DATE", "2014-04-19"),
            ("last July", "DATE", "2013-07"),
            ("September", "DATE", "2013-09"),
            ("the last two years", "DURATION", "P2Y"),
            ("six months", "DURATION", "P6M"),
            ("9 January", "DATE", "2014-01-09"),
            ("9 July", "DATE", "2014-07-09"),
            ("the end of the month", "DATE", "2014-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
