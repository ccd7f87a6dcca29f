"""Annotations of blind gold set 624, chosen by hand before the tagger ran.

    python tests/data/gold_blind624/annotate.py [--show]

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
    # Thursday 2012-11-08 (ISO week 45), British paper's courts page, section label "COURTS",
    # headline, standfirst, byline, date line "Thursday 8 November 2012 17.05 GMT" (one DATE
    # span with its weekday, the clock time a TIME with the zone in the span and not in the
    # value, gold_blind103). The trial "opened on Monday" 2012-11-05 (past) and "resumes on
    # Monday" (standfirst) / "until 10am on Monday" 2012-11-12 (future): the same weekday in
    # both directions (gold_blind52, gold_blind103); prosecution opening "on Tuesday"
    # 2012-11-06; "yesterday" 2012-11-07; "tomorrow" 2012-11-09. The robbery: "the morning of 14
    # March" one TIME span 2012-03-14TMO (like "the morning of 12 June", gold_blind52), its
    # clock times "about 8.50am", "9am", "9.05am", "about 9.45am" on that day (a clock time
    # without a named day on the day its sentence tells); "ten minutes earlier than usual" ->
    # "ten minutes" DURATION PT10M (the size of a shift, gold_blind37); "the evening of 13
    # March" one TIME span 2012-03-13TEV; "11 days after the raid" DURATION P11D (anchored
    # duration alone, gold_blind35); "early April" 2012-04; "every morning before 8am" a SET
    # XXXX-XX-XXTMO and the TIME XXXX-XX-XXT08:00 (hours of a habit, gold_blind28,
    # gold_blind52); "a four-year sentence" -> "four-year" P4Y (gold_blind52); "Christmas"
    # 2012-12-25 ahead; "the middle of next week" 2012-W46 (gold_blind103). Not annotated:
    # "life" ("life imprisonment", no duration value, gold_blind52), "at the time" (gold_blind69),
    # "since" ("has since fitted"), "61", "34", "29" (ages), "£48,000", "999", "Audi A4",
    # "Nokia 2720" (model numbers), "14 times", "two men", "The trial continues".
    "wellsford-jeweller-robbery-trial": (
        "2012-11-08",
        [
            ("40 minutes", "DURATION", "PT40M"),
            ("Monday", "DATE", "2012-11-12"),
            ("Thursday 8 November 2012", "DATE", "2012-11-08"),
            ("17.05 GMT", "TIME", "2012-11-08T17:05"),
            ("yesterday", "DATE", "2012-11-07"),
            ("40 minutes", "DURATION", "PT40M"),
            ("the morning of 14 March", "TIME", "2012-03-14TMO"),
            ("Monday", "DATE", "2012-11-05"),
            ("three weeks", "DURATION", "P3W"),
            ("about 8.50am", "TIME", "2012-03-14T08:50"),
            ("ten minutes", "DURATION", "PT10M"),
            ("9am", "TIME", "2012-03-14T09:00"),
            ("9.05am", "TIME", "2012-03-14T09:05"),
            ("about 9.45am", "TIME", "2012-03-14T09:45"),
            ("Tuesday", "DATE", "2012-11-06"),
            ("a fortnight", "DURATION", "P2W"),
            ("1 March", "DATE", "2012-03-01"),
            ("the evening of 13 March", "TIME", "2012-03-13TEV"),
            ("11 days", "DURATION", "P11D"),
            ("25 March", "DATE", "2012-03-25"),
            ("early April", "DATE", "2012-04"),
            ("38 years", "DURATION", "P38Y"),
            ("six months", "DURATION", "P6M"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("2 March", "DATE", "2012-03-02"),
            ("13 March", "DATE", "2012-03-13"),
            ("four-year", "DURATION", "P4Y"),
            ("2010", "DATE", "2010"),
            ("Christmas", "DATE", "2012-12-25"),
            ("15 minutes", "DURATION", "PT15M"),
            ("tomorrow", "DATE", "2012-11-09"),
            ("10am", "TIME", "2012-11-12T10:00"),
            ("Monday", "DATE", "2012-11-12"),
            ("the middle of next week", "DATE", "2012-W46"),
        ],
    ),
    # Friday 2013-05-03 (ISO week 18), Australian paper's website, section label "NEWS |
    # COURTS", headline, byline, stamp "May 3, 2013 - 3:47PM" (a DATE and a TIME, gold_blind49,
    # gold_blind103), no dateline. "on Friday" is the publication day (gold_blind52). The crash
    # was "on Anzac Day last year" -> one DATE span 2012-04-25 (a holiday with a post-posed
    # year, like "14 June last year", gold_blind52); the headline's "on Anzac Day" the same
    # day; "shortly after 11pm that night" -> "11pm" 2012-04-25T23:00 and "that night"
    # 2012-04-25TNI; the blood sample "at 1.10am" belongs to the small hours after that night,
    # 2012-04-26T01:10; "three days later" DATE 2012-04-28 (narrative anchor); "in the hours
    # before the crash" -> "the hours" PTXH (like "the weeks before the killing", gold_blind52).
    # Sentence lengths are DURATIONs (gold_blind52, gold_blind69): "seven years" P7Y, "a
    # non-parole period of five years" -> "five years" P5Y, "20 years" P20Y (the apostrophe of
    # "years'" left out), "200 days" already served P200D, the licence ban "10 years" P10Y;
    # "eligible for parole in October 2017" DATE 2017-10. "October 15" 2012-10-15 (past);
    # "February" 2013-02, "March" 2013-03; "In 2011"; "three months"; "less than a year" P1Y;
    # "weekly" SET P1W; "every Sunday" SET XXXX-WXX-7; "For a year" P1Y; "Mother's Day, May
    # 12" two DATEs 2013-05-12 (Australia's second Sunday of May); "about two years too short"
    # DURATION P2Y (the size of a shortfall, like "a year later than", gold_blind35); "Last
    # week" 2013-W17 (holding the anniversary, 25 April 2013); "on Sunday at 11am" 2013-05-05
    # and 2013-05-05T11:00; "28 days" P28D; "since 2009"; "the next fortnight" P2W. Not
    # annotated: "the first anniversary of the crash" (gold_blind52), "142km/h", "100km/h",
    # "0.131", "23", "20", "19" (ages), "two counts", "60 riders", "since" (anaphoric).
    "tarrawong-culpable-driving-sentence": (
        "2013-05-03",
        [
            ("Anzac Day", "DATE", "2012-04-25"),
            ("seven years", "DURATION", "P7Y"),
            ("May 3, 2013", "DATE", "2013-05-03"),
            ("3:47PM", "TIME", "2013-05-03T15:47"),
            ("Anzac Day last year", "DATE", "2012-04-25"),
            ("seven years", "DURATION", "P7Y"),
            ("five years", "DURATION", "P5Y"),
            ("Friday", "DATE", "2013-05-03"),
            ("the hours", "DURATION", "PTXH"),
            ("11pm", "TIME", "2012-04-25T23:00"),
            ("that night", "TIME", "2012-04-25TNI"),
            ("about five hours", "DURATION", "PT5H"),
            ("1.10am", "TIME", "2012-04-26T01:10"),
            ("three days later", "DATE", "2012-04-28"),
            ("October 15", "DATE", "2012-10-15"),
            ("February", "DATE", "2013-02"),
            ("20 years", "DURATION", "P20Y"),
            ("2011", "DATE", "2011"),
            ("three months", "DURATION", "P3M"),
            ("less than a year", "DURATION", "P1Y"),
            ("200 days", "DURATION", "P200D"),
            ("October 2017", "DATE", "2017-10"),
            ("10 years", "DURATION", "P10Y"),
            ("weekly", "SET", "P1W"),
            ("March", "DATE", "2013-03"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("a year", "DURATION", "P1Y"),
            ("Mother's Day", "DATE", "2013-05-12"),
            ("May 12", "DATE", "2013-05-12"),
            ("about two years", "DURATION", "P2Y"),
            ("Last week", "DATE", "2013-W17"),
            ("Sunday", "DATE", "2013-05-05"),
            ("11am", "TIME", "2013-05-05T11:00"),
            ("28 days", "DURATION", "P28D"),
            ("2009", "DATE", "2009"),
            ("the next fortnight", "DURATION", "P2W"),
        ],
    ),
    # Tuesday 2014-01-14 (ISO week 3), AP Supreme Court argument as carried on a paper's site,
    # headline, byline, stamp "Updated 5:58 pm, Tuesday, January 14, 2014" (TIME and DATE),
    # "WASHINGTON (AP) —" dateline. "on Tuesday" and "Tuesday afternoon" the day of the
    # argument, 2014-01-14 and 2014-01-14TAF; "10 a.m." that day. Future: the conference "on
    # Friday" 2014-01-17, "Monday" 2014-01-20 with "Martin Luther King Jr. Day" (the third
    # Monday of January) the same DATE, "hears its next arguments Tuesday" 2014-01-21 (the
    # same weekday both ways); "late June" 2014-06. The arrest: "March 5, 2010", "11:40 p.m."
    # and "that night" that day (2010-03-05T23:40, 2010-03-05TNI), "the first four days"
    # P4D (an ordinal period of an event, gold_blind35), "March 24" 2010-03-24 (the year of the
    # story line, gold_blind69). "a judge's weekly visit" -> "weekly" SET P1W (an adjective
    # naming a recurrence, gold_blind35); "every Thursday" SET XXXX-WXX-4; "every morning" SET
    # XXXX-XX-XXTMO. The justice's "a week" and "72 hours" are DURATIONs; "Nineteen days",
    # "19 days" P19D; "nearly three weeks" P3W; "within 48 hours" -> "48 hours". "last March"
    # 2013-03, "November" 2013-11 (past); "last year" 2013; "last week" 2014-W02; "the past
    # decade" P10Y; "ran 12 minutes over" -> "12 minutes" PT12M (size of an overrun). Not
    # annotated: "weekend arrests" (an adjective naming a kind, gold_blind103), "By then"
    # (anaphoric), "eighth birthday", "No. 12-1298" (docket, gold_blind47), "6th U.S.
    # Circuit", "2-1", "44", "about 6,400 people", "nine counties in four states", "since" in
    # "has since hired", "their allotted time".
    "justices-renwick-county-jail-delay-argument": (
        "2014-01-14",
        [
            ("5:58 pm", "TIME", "2014-01-14T17:58"),
            ("Tuesday, January 14, 2014", "DATE", "2014-01-14"),
            ("Tuesday", "DATE", "2014-01-14"),
            ("19 days", "DURATION", "P19D"),
            ("an hour", "DURATION", "PT1H"),
            ("weekly", "SET", "P1W"),
            ("a week", "DURATION", "P1W"),
            ("72 hours", "DURATION", "PT72H"),
            ("March 5, 2010", "DATE", "2010-03-05"),
            ("11:40 p.m.", "TIME", "2010-03-05T23:40"),
            ("that night", "TIME", "2010-03-05TNI"),
            ("the first four days", "DURATION", "P4D"),
            ("March 24", "DATE", "2010-03-24"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("Nineteen days", "DURATION", "P19D"),
            ("nearly three weeks", "DURATION", "P3W"),
            ("48 hours", "DURATION", "PT48H"),
            ("2012", "DATE", "2012"),
            ("last March", "DATE", "2013-03"),
            ("November", "DATE", "2013-11"),
            ("1978", "DATE", "1978"),
            ("last year", "DATE", "2013"),
            ("last week", "DATE", "2014-W02"),
            ("now", "DATE", "PRESENT_REF"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("the past decade", "DURATION", "P10Y"),
            ("10 a.m.", "TIME", "2014-01-14T10:00"),
            ("12 minutes", "DURATION", "PT12M"),
            ("Tuesday afternoon", "TIME", "2014-01-14TAF"),
            ("Friday", "DATE", "2014-01-17"),
            ("late June", "DATE", "2014-06"),
            ("Monday", "DATE", "2014-01-20"),
            ("Martin Luther King Jr. Day", "DATE", "2014-01-20"),
            ("Tuesday", "DATE", "2014-01-21"),
        ],
    ),
    # Monday 2015-06-29 (ISO week 27), Canadian paper, section label "NEWS / CRIME", headline,
    # standfirst, byline, date line "Mon., June 29, 2015" (one DATE span with its abbreviated
    # weekday), "HOLLANDER FALLS, ONT.—" dateline. "sentenced Monday" the publication day;
    # "shortly after 10 a.m." -> "10 a.m." 2015-06-29T10:00. "nearly three years ago" 2012
    # (the unit's granularity, gold_blind52). The punch: "the early hours of Sept. 9, 2012" one
    # DATE span (gold_blind52, gold_blind69), "about 2:15 a.m." that day, "that morning"
    # 2012-09-09TMO, "the next day" 2012-09-10; "11 drinks in four hours" -> "four hours" PT4H
    # (how long a past act took, gold_blind35); "eight weeks after the punch" P8W (anchored
    # duration alone); "Nov. 3, 2012". Sentence lengths and credit are DURATIONs: "Nine years",
    # "nine years" P9Y, "just over five years" (standfirst and body) P5Y, "968 days" P968D and
    # "1,452 days" P1452D (968 x 1.5), "12 years", "six years". "April 17" 2015-04-17, "March",
    # "April" 2015-03 and 2015-04, "five-week" P5W, "two days" P2D; "last Tuesday" in a Monday
    # paper 2015-06-23, the most recent Tuesday; "next spring" 2016-SP; "30 days" P30D.
    # "Father's Day" 2015-06-21 (third Sunday of June, past); "Canada Day, Wednesday" two DATEs
    # 2015-07-01; "every summer" SET XXXX-SU; "since 2010"; "2013"; "now" PRESENT_REF. Not
    # annotated: "Club 1867" (a bar named with a year, three times), "lifetime" (a weapons
    # prohibition with no length, like "life", gold_blind52), "Queen St.", "27", "31" (ages),
    # "11 drinks", "day parole" (a kind of release), "since" (anaphoric, "in custody since").
    "hollander-falls-fatal-punch-sentence": (
        "2015-06-29",
        [
            ("Nine years", "DURATION", "P9Y"),
            ("just over five years", "DURATION", "P5Y"),
            ("Mon., June 29, 2015", "DATE", "2015-06-29"),
            ("nearly three years ago", "DATE", "2012"),
            ("Monday", "DATE", "2015-06-29"),
            ("nine years", "DURATION", "P9Y"),
            ("the early hours of Sept. 9, 2012", "DATE", "2012-09-09"),
            ("less than a minute", "DURATION", "PT1M"),
            ("about 2:15 a.m.", "TIME", "2012-09-09T02:15"),
            ("that morning", "TIME", "2012-09-09TMO"),
            ("the next day", "DATE", "2012-09-10"),
            ("four hours", "DURATION", "PT4H"),
            ("10 a.m.", "TIME", "2015-06-29T10:00"),
            ("Nov. 3, 2012", "DATE", "2012-11-03"),
            ("eight weeks", "DURATION", "P8W"),
            ("968 days", "DURATION", "P968D"),
            ("1,452 days", "DURATION", "P1452D"),
            ("just over five years", "DURATION", "P5Y"),
            ("April 17", "DATE", "2015-04-17"),
            ("five-week", "DURATION", "P5W"),
            ("March", "DATE", "2015-03"),
            ("April", "DATE", "2015-04"),
            ("two days", "DURATION", "P2D"),
            ("last Tuesday", "DATE", "2015-06-23"),
            ("12 years", "DURATION", "P12Y"),
            ("six years", "DURATION", "P6Y"),
            ("next spring", "DATE", "2016-SP"),
            ("30 days", "DURATION", "P30D"),
            ("Father's Day", "DATE", "2015-06-21"),
            ("Canada Day", "DATE", "2015-07-01"),
            ("Wednesday", "DATE", "2015-07-01"),
            ("every summer", "SET", "XXXX-SU"),
            ("2010", "DATE", "2010"),
            ("2013", "DATE", "2013"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Saturday 2012-08-18 (ISO week 33), US regional paper, section label "LOCAL", headline,
    # deck, byline, date line "Saturday, August 18, 2012", "WYNDALE —" dateline. Past
    # weekdays: "approved Thursday" and "granted ... Thursday" 2012-08-16, "Tuesday night"
    # 2012-08-14TNI, "said Friday" 2012-08-17, "said Wednesday" 2012-08-15. "today" the
    # publication day. The flood: "the night of July 24, 2010" one TIME span, and "That night"
    # the same night (anaphoric, gold_blind69); the headline's "2010 storm" -> "2010" (an
    # adjectival year). "9 a.m. Oct. 29" a TIME and a DATE (2012-10-29, a Monday); deadlines
    # "Nov. 30" and "Dec. 14" (deck and body) ahead in 2012; "since at least 2004" -> "at least
    # 2004" (the modifier kept, like "at least March", gold_blind35). The city's fiscal year
    # begins July 1 and is named by the year it ends (gold_blind13, gold_blind20, gold_blind23):
    # "the fiscal year that began July 1" -> "the fiscal year" FY2013 and "July 1"
    # 2012-07-01; "fiscal 2014" FY2014, whose start is "July 2013". "When it storms I still go
    # down there at 2 a.m." -> "2 a.m." XXXX-XX-XXT02:00 (a clock time on no particular day,
    # the habit's condition not a SET). Help desk: "Saturdays" SET XXXX-WXX-6 (gold_blind47),
    # "from 9 a.m. to noon" XXXX-XX-XXT09:00 and XXXX-XX-XXT12:00, "Labor Day" 2012-09-03,
    # "every Tuesday evening" SET XXXX-WXX-2TEV, "September" 2012-09. "this year" 2012,
    # "January" 2013-01; "the past two years" P2Y; "the spring of 2014" 2014-SP. Not annotated:
    # "1-877-555-2010" (a phone number), "www.wyndale2010flood.com" (a URL with a year), "No.
    # 2010-CV-0734" (a case number), "6-1" (a vote), "4.7 inches", "3 feet", "about 1,100
    # homes", "8 percent", amounts, "two installments", "final approval", "the first".
    "wyndale-sewer-backup-settlement": (
        "2012-08-18",
        [
            ("2010", "DATE", "2010"),
            ("Nov. 30", "DATE", "2012-11-30"),
            ("Dec. 14", "DATE", "2012-12-14"),
            ("Saturday, August 18, 2012", "DATE", "2012-08-18"),
            ("the night of July 24, 2010", "TIME", "2010-07-24TNI"),
            ("Thursday", "DATE", "2012-08-16"),
            ("Tuesday night", "TIME", "2012-08-14TNI"),
            ("nearly two hours", "DURATION", "PT2H"),
            ("Thursday", "DATE", "2012-08-16"),
            ("9 a.m.", "TIME", "2012-10-29T09:00"),
            ("Oct. 29", "DATE", "2012-10-29"),
            ("September 2010", "DATE", "2010-09"),
            ("at least 2004", "DATE", "2004"),
            ("That night", "TIME", "2010-07-24TNI"),
            ("about six hours", "DURATION", "PT6H"),
            ("two years", "DURATION", "P2Y"),
            ("2 a.m.", "TIME", "XXXX-XX-XXT02:00"),
            ("Dec. 14", "DATE", "2012-12-14"),
            ("Nov. 30", "DATE", "2012-11-30"),
            ("30 days", "DURATION", "P30D"),
            ("July 2013", "DATE", "2013-07"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("the fiscal year", "DATE", "FY2013"),
            ("July 1", "DATE", "2012-07-01"),
            ("Friday", "DATE", "2012-08-17"),
            ("three weeks", "DURATION", "P3W"),
            ("Wednesday", "DATE", "2012-08-15"),
            ("the past two years", "DURATION", "P2Y"),
            ("the spring of 2014", "DATE", "2014-SP"),
            ("this year", "DATE", "2012"),
            ("January", "DATE", "2013-01"),
            ("today", "DATE", "2012-08-18"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("Labor Day", "DATE", "2012-09-03"),
            ("every Tuesday evening", "SET", "XXXX-WXX-2TEV"),
            ("September", "DATE", "2012-09"),
        ],
    ),
    # Wednesday 2015-04-15 (ISO week 16), law journal's appellate news, section label
    # "APPELLATE", headline, deck, byline "Of the Law Journal", date line "April 15, 2015" and
    # a closing case box (ARGUED / DECIDED dates annotated like the body's). "ruled Monday"
    # 2015-04-13 (the box's "April 13, 2015"); "said Tuesday" 2015-04-14. The filing "on
    # Tuesday, Jan. 22, 2013" one DATE span (weekday and date, gold_blind52); the deadline
    # "Jan. 21, 2013", "Martin Luther King Jr. Day" (the third Monday of January 2013, deck and
    # body) 2013-01-21; "that day" the same day (anaphoric, gold_blind52); "9:14 a.m. the next
    # morning" 2013-01-22T09:14 and 2013-01-22TMO. "Filed 'a Day Late'", "a day too late" and
    # "missed by a day or less" -> "a Day" / "a day" DURATION P1D (the size of a delay, like "a
    # year later than", gold_blind35); "two-year" P2Y (deck and lead); "Two years from the
    # surgery" P2Y; "limped for months" -> "months" PXM. "June 2011", "March 2014", "Dec. 9,
    # 2014" (body and box); "since 1937"; "the court's 2009 e-filing program" -> "2009";
    # "the next two weeks" P2W; "within 30 days" -> "30 days"; "more than four years" P4Y;
    # "Now" PRESENT_REF; "early 2016" 2016 (gold_blind47); "the past five years" P5Y; "last
    # year" 2014; "since 2012"; "before midnight tonight" -> "midnight" 2015-04-15T24:00 and
    # "tonight" 2015-04-15TNI (gold_blind103). Not annotated: "a legal holiday" and "the last
    # day of a period" (a kind of day and a role in a rule, no particular day), "around the
    # clock" (idiom), "her day in court" (idiom), "1 Pa.C.S. § 1908" (a statute section),
    # "1123 EDA 2014" (a docket number holding 2014), "58" (age), "three-judge", "a second
    # operation", "at least six appeals", "three of them", "the count".
    "loxley-lisgar-holiday-deadline-appeal": (
        "2015-04-15",
        [
            ("a Day", "DURATION", "P1D"),
            ("Martin Luther King Jr. Day", "DATE", "2013-01-21"),
            ("two-year", "DURATION", "P2Y"),
            ("April 15, 2015", "DATE", "2015-04-15"),
            ("Tuesday, Jan. 22, 2013", "DATE", "2013-01-22"),
            ("two-year", "DURATION", "P2Y"),
            ("Monday", "DATE", "2015-04-13"),
            ("a day", "DURATION", "P1D"),
            ("Jan. 21, 2011", "DATE", "2011-01-21"),
            ("June 2011", "DATE", "2011-06"),
            ("months", "DURATION", "PXM"),
            ("Two years", "DURATION", "P2Y"),
            ("Jan. 21, 2013", "DATE", "2013-01-21"),
            ("Martin Luther King Jr. Day", "DATE", "2013-01-21"),
            ("9:14 a.m.", "TIME", "2013-01-22T09:14"),
            ("the next morning", "TIME", "2013-01-22TMO"),
            ("March 2014", "DATE", "2014-03"),
            ("that day", "DATE", "2013-01-21"),
            ("1937", "DATE", "1937"),
            ("2009", "DATE", "2009"),
            ("Dec. 9, 2014", "DATE", "2014-12-09"),
            ("Tuesday", "DATE", "2015-04-14"),
            ("the next two weeks", "DURATION", "P2W"),
            ("30 days", "DURATION", "P30D"),
            ("more than four years", "DURATION", "P4Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("early 2016", "DATE", "2016"),
            ("the past five years", "DURATION", "P5Y"),
            ("a day", "DURATION", "P1D"),
            ("last year", "DATE", "2014"),
            ("2012", "DATE", "2012"),
            ("midnight", "TIME", "2015-04-15T24:00"),
            ("tonight", "TIME", "2015-04-15TNI"),
            ("Dec. 9, 2014", "DATE", "2014-12-09"),
            ("April 13, 2015", "DATE", "2015-04-13"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
