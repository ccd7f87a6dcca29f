"""Annotations of the three-hundred-and-sixtieth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind360/annotate.py [--show]

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
    # Tuesday 2013-09-17 (ISO week 38), AP wire story as posted on a website: headline, byline,
    # stamp "Sep. 17, 2013 4:38 PM EDT" (DATE and TIME, the zone in the span and not in the
    # value), "CARVILLE, Ky. (AP) —" dateline. "said Tuesday" and "at 6:15 a.m. Tuesday" are
    # the publication day (gold_blind52); "returned Monday" 2013-09-16, "Monday night"
    # 2013-09-16TNI; "this afternoon" 2013-09-17TAF. "about three hours later" after "6:15
    # a.m." is the clock time it reaches, TIME 2013-09-17T09:15 (like "about 90 seconds later",
    # gold_blind8). Future: "Jan. 13" across the year boundary 2014-01-13, "by Nov. 1"
    # 2013-11-01, "10 a.m. Oct. 8" two TIMEX3. The story line of 2012: "the day before an
    # internal audit started on Dec. 4, 2012" -> "the day before" 2012-12-03 (gold_blind6,
    # gold_blind8), "that evening" 2012-12-03TEV, "later that night" 2012-12-03TNI (like
    # gold_blind48), and the texted "have to go tonight" the same night, quoted speech resolved
    # from the time of speaking (gold_blind7). "the spring of 2009" 2009-SP; "weeks after
    # Brackwell joined" "weeks" PXW (an anchored duration, the duration alone); "nearly four
    # years" P4Y; "twice a month" SET P1M (the period only, like "twice a week" in
    # gold_blind35); "up to 10 years" P10Y (a maximum sentence, gold_blind52). "in January"
    # (fired after the December 2012 audit) 2013-01, "a month after the audit began" P1M;
    # "fiscal 2013, which ended June 30" -> FY2013 (Kentucky's July-June year, named by the year
    # it ends, gold_blind35) and "June 30" 2013-06-30. "the mid-1990s" 199; "late last year"
    # 2012; "this year" 2013; "the coming weeks" PXW; "now" twice PRESENT_REF; "annually" SET
    # P1Y; "older than five years" -> "five years" P5Y. Not annotated: "$4.6M", "22-count",
    # "51", "9,400", "Medic 1998" (a unit's name holding a year-like number, beside the
    # annotated "2008"), "$100,000", "No. 5:13-CR-2009" (a case number), "Boxes 1 through 12",
    # "$2.1 million", "CPA", "1-800-555-1900", "14 health care fraud cases", "three", "$61
    # million", "the audit" and "since" alone.
    "greenbriar-ambulance-billing-indictment": (
        "2013-09-17",
        [
            ("Sep. 17, 2013", "DATE", "2013-09-17"),
            ("4:38 PM EDT", "TIME", "2013-09-17T16:38"),
            ("nearly four years", "DURATION", "P4Y"),
            ("Tuesday", "DATE", "2013-09-17"),
            ("Monday", "DATE", "2013-09-16"),
            ("this afternoon", "TIME", "2013-09-17TAF"),
            ("March 2009", "DATE", "2009-03"),
            ("December 2012", "DATE", "2012-12"),
            ("2008", "DATE", "2008"),
            ("6:15 a.m.", "TIME", "2013-09-17T06:15"),
            ("Tuesday", "DATE", "2013-09-17"),
            ("about three hours later", "TIME", "2013-09-17T09:15"),
            ("Jan. 13", "DATE", "2014-01-13"),
            ("Nov. 1", "DATE", "2013-11-01"),
            ("10 a.m.", "TIME", "2013-10-08T10:00"),
            ("Oct. 8", "DATE", "2013-10-08"),
            ("the spring of 2009", "DATE", "2009-SP"),
            ("weeks", "DURATION", "PXW"),
            ("the day before", "DATE", "2012-12-03"),
            ("Dec. 4, 2012", "DATE", "2012-12-04"),
            ("that evening", "TIME", "2012-12-03TEV"),
            ("later that night", "TIME", "2012-12-03TNI"),
            ("tonight", "TIME", "2012-12-03TNI"),
            ("twice a month", "SET", "P1M"),
            ("up to 10 years", "DURATION", "P10Y"),
            ("January", "DATE", "2013-01"),
            ("a month", "DURATION", "P1M"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("Monday night", "TIME", "2013-09-16TNI"),
            ("Tuesday", "DATE", "2013-09-17"),
            ("18 months", "DURATION", "P18M"),
            ("the mid-1990s", "DATE", "199"),
            ("late last year", "DATE", "2012"),
            ("the coming weeks", "DURATION", "PXW"),
            ("2011", "DATE", "2011"),
            ("this year", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("now", "DATE", "PRESENT_REF"),
            ("annually", "SET", "P1Y"),
            ("five years", "DURATION", "P5Y"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Thursday 2012-10-18 (ISO week 42), British regional daily's court report of a murder
    # trial, headline, standfirst, byline, date line "Thursday 18 October 2012" (one DATE span
    # with its weekday); "yesterday" is Wednesday 2012-10-17, "Yesterday afternoon"
    # 2012-10-17TAF, "today" 2012-10-18, "tomorrow" (standfirst and body) 2012-10-19. The trial
    # days told by weekday: opened "on Monday" 2012-10-15, CCTV shown "On Tuesday" 2012-10-16.
    # "hours after a furious row" (headline and lead) "hours" DURATION PTXH (like "fail for
    # hours", gold_blind7). The story line of April 2012: the row "on the afternoon of Friday
    # 13 April" one TIME span 2012-04-13TAF (like "the morning of 12 June", gold_blind52), "the
    # day before the killing" (standfirst) 2012-04-13, an anchored DATE whose anchor the body
    # dates ("the early hours of Saturday 14 April", one DATE span 2012-04-14, gold_blind52);
    # the quoted threat "won't see the weekend" 2012-W15-WE (14-15 April, the weekend ahead
    # when it was spoken, gold_blind7); CCTV "time-stamped 23:32" of "that night" -> TIME
    # 2012-04-13T23:32 and 2012-04-13TNI; "about 11.50pm" 2012-04-13T23:50; the landlord's
    # quoted "If he comes back tonight" (said that Friday) 2012-04-13TNI; "at midnight" (going
    # home that Friday night) the midnight ending Friday, 2012-04-13T24:00 (gold_blind103);
    # after it the clock times belong to Saturday: "12.40am" 2012-04-14T00:40, "about half an
    # hour later" 2012-04-14T01:10 (the clock time it reaches, gold_blind8), "1.15am",
    # "2.05am", "about 3am". "the next day, Sunday 15 April" two DATEs 2012-04-15 (anchored on
    # the last date of the story line, gold_blind36); "that Saturday morning" 2012-04-14TMO (an
    # anaphoric part of day, like "that Saturday" in gold_blind52). "every Friday since 2009"
    # SET XXXX-WXX-5 and DATE 2009 (gold_blind35, gold_blind52); "two years" P2Y; "about three
    # minutes" PT3M; "six months" P6M; "early April" 2012-04; "Friday 26 October" 2012-10-26;
    # "three weeks" P3W. Not annotated: "£212", "camera 14", "9cm", "Court 2", ages "34",
    # "58", "22", "QC", "since the row" (event-named), "The defence case", "the killing".
    "marstock-landlord-murder-trial": (
        "2012-10-18",
        [
            ("hours", "DURATION", "PTXH"),
            ("the day before", "DATE", "2012-04-13"),
            ("tomorrow", "DATE", "2012-10-19"),
            ("Thursday 18 October 2012", "DATE", "2012-10-18"),
            ("hours", "DURATION", "PTXH"),
            ("yesterday", "DATE", "2012-10-17"),
            ("the early hours of Saturday 14 April", "DATE", "2012-04-14"),
            ("Monday", "DATE", "2012-10-15"),
            ("the afternoon of Friday 13 April", "TIME", "2012-04-13TAF"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("2009", "DATE", "2009"),
            ("the weekend", "DATE", "2012-W15-WE"),
            ("Tuesday", "DATE", "2012-10-16"),
            ("23:32", "TIME", "2012-04-13T23:32"),
            ("that night", "TIME", "2012-04-13TNI"),
            ("about 11.50pm", "TIME", "2012-04-13T23:50"),
            ("Yesterday", "DATE", "2012-10-17"),
            ("two years", "DURATION", "P2Y"),
            ("tonight", "TIME", "2012-04-13TNI"),
            ("12.40am", "TIME", "2012-04-14T00:40"),
            ("about half an hour later", "TIME", "2012-04-14T01:10"),
            ("1.15am", "TIME", "2012-04-14T01:15"),
            ("2.05am", "TIME", "2012-04-14T02:05"),
            ("Yesterday afternoon", "TIME", "2012-10-17TAF"),
            ("about three minutes", "DURATION", "PT3M"),
            ("the next day", "DATE", "2012-04-15"),
            ("Sunday 15 April", "DATE", "2012-04-15"),
            ("that Saturday morning", "TIME", "2012-04-14TMO"),
            ("midnight", "TIME", "2012-04-13T24:00"),
            ("about 3am", "TIME", "2012-04-14T03:00"),
            ("1998", "DATE", "1998"),
            ("2010", "DATE", "2010"),
            ("six months", "DURATION", "P6M"),
            ("early April", "DATE", "2012-04"),
            ("today", "DATE", "2012-10-18"),
            ("tomorrow", "DATE", "2012-10-19"),
            ("Friday 26 October", "DATE", "2012-10-26"),
            ("three weeks", "DURATION", "P3W"),
        ],
    ),
    # Friday 2014-11-21 (ISO week 47), Canadian paper's website, headline, standfirst, byline,
    # stamp "Posted: Nov 21, 2014 3:42 PM CT | Last Updated: Nov 21, 2014 6:05 PM CT" (two
    # DATEs and two TIMEs, the zone in the span, gold_blind103), no dateline. "ruled Friday",
    # "said Friday" twice: the publication day. Past: "Thursday afternoon" 2014-11-20TAF, "told
    # the court Wednesday" 2014-11-19, "in September" 2014-09. Future: the sentencing "March
    # 12" (headline and body) 2015-03-12, across the year boundary, "9:30 a.m." that day;
    # "next week" 2014-W48; "by Dec. 15" 2014-12-15; "July 1 next year" one DATE span
    # 2015-07-01 (a date with a post-posed year, like "9 February next year", gold_blind69).
    # "Canada Day 2013" one DATE span 2013-07-01 (a holiday on the day it falls on, with its
    # year); "since noon on July 1, 2013" TIME 2013-07-01T12:00 and DATE; "about 9:40 p.m."
    # 2013-07-01T21:40; "the next morning" 2013-07-02TMO (anchored on the story line). Lengths
    # of sentences are DURATIONs (gold_blind52): "four years" twice P4Y, "less than two years"
    # twice P2Y (modifier kept), "three years of probation" P3Y, "a 10-year driving ban"
    # "10-year" P10Y; "two-day" P2D; "more than three months" P3M; "two hours after the crash"
    # PT2H; "16 months" P16M; "more than a year" P1Y. "this week" 2014-W47; "Every night" and
    # the adjective "nightly" SET XXXX-XX-XXTNI (gold_blind35's adjectival sets), the curfew's
    # hours "from 10 p.m. to 6 a.m." XXXX-XX-XXT22:00 and T06:00 (gold_blind69); "twice a week"
    # SET P1W. "in 2013, up from 24 the year before" -> "the year before" 2012. Not annotated:
    # "Highway 9", ages "27" and "44", "41 victim impact statements", "0.16", "twice the legal
    # limit", "31 people", "24", "Eleven", "long weekends" (generic, no particular weekend),
    # "the second anniversary" (an event; its date "July 1 next year" is annotated), "Crown".
    "selkirk-falls-cyclist-death-sentencing-date": (
        "2014-11-21",
        [
            ("March 12", "DATE", "2015-03-12"),
            ("four years", "DURATION", "P4Y"),
            ("less than two years", "DURATION", "P2Y"),
            ("Nov 21, 2014", "DATE", "2014-11-21"),
            ("3:42 PM CT", "TIME", "2014-11-21T15:42"),
            ("Nov 21, 2014", "DATE", "2014-11-21"),
            ("6:05 PM CT", "TIME", "2014-11-21T18:05"),
            ("Canada Day 2013", "DATE", "2013-07-01"),
            ("March 12", "DATE", "2015-03-12"),
            ("Friday", "DATE", "2014-11-21"),
            ("September", "DATE", "2014-09"),
            ("two-day", "DURATION", "P2D"),
            ("Thursday afternoon", "TIME", "2014-11-20TAF"),
            ("Friday", "DATE", "2014-11-21"),
            ("more than three months", "DURATION", "P3M"),
            ("9:30 a.m.", "TIME", "2015-03-12T09:30"),
            ("March 12", "DATE", "2015-03-12"),
            ("four years", "DURATION", "P4Y"),
            ("10-year", "DURATION", "P10Y"),
            ("less than two years", "DURATION", "P2Y"),
            ("three years", "DURATION", "P3Y"),
            ("noon", "TIME", "2013-07-01T12:00"),
            ("July 1, 2013", "DATE", "2013-07-01"),
            ("about 9:40 p.m.", "TIME", "2013-07-01T21:40"),
            ("the next morning", "TIME", "2013-07-02TMO"),
            ("two hours", "DURATION", "PT2H"),
            ("2006", "DATE", "2006"),
            ("2010", "DATE", "2010"),
            ("Wednesday", "DATE", "2014-11-19"),
            ("16 months", "DURATION", "P16M"),
            ("this week", "DATE", "2014-W47"),
            ("Every night", "SET", "XXXX-XX-XXTNI"),
            ("August 2013", "DATE", "2013-08"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("Friday", "DATE", "2014-11-21"),
            ("more than a year", "DURATION", "P1Y"),
            ("twice a week", "SET", "P1W"),
            ("next week", "DATE", "2014-W48"),
            ("Dec. 15", "DATE", "2014-12-15"),
            ("2013", "DATE", "2013"),
            ("the year before", "DATE", "2012"),
            ("July 1 next year", "DATE", "2015-07-01"),
        ],
    ),
    # Wednesday 2015-03-04 (ISO week 10), Reuters wire story from London as posted, "UPDATE 2"
    # headline, stamp "Wed Mar 4, 2015 2:17pm GMT" (DATE and TIME), bullet points, "LONDON,
    # March 4 (Reuters) -" dateline (its date a DATE), credit line. "on Wednesday",
    # "Wednesday's ruling" (the possessive left out) and "Wednesday afternoon" 2015-03-04TAF:
    # the day of the wire. "shortly after 1000 GMT" -> "1000 GMT" 2015-03-04T10:00 and "by 1345
    # GMT" 2015-03-04T13:45 (Reuters' 24-hour times, gold_blind52, gold_blind74). Future: "no
    # later than Sept. 28" (bullet and body) 2015-09-28, "the autumn" 2015-FA, "the 2015-16
    # financial year, which begins on April 1" -> FY2016 (the British April-March year named by
    # the year it ends, like "the financial year that begins on 1 April" in gold_blind48) and
    # "April 1" 2015-04-01; "the end of 2016" the year's value (gold_blind35). "within 14 days"
    # (bullet and body) P14D. Past: "his 2013 trial" (an adjectival year) 2013, "June 2013",
    # "June 21, 2013", "January" 2015-01 (the appeal heard over "two days" P2D), "Aug. 9,
    # 2011", "late 2008" 2008, "2004", "2007" twice, "2011" twice, "last year" 2014. "a 14-week
    # trial" P14W; "jailed for seven years" P7Y; "11 hours over three days" two DURATIONs
    # (gold_blind52); "20 months" P20M; "the third SFO conviction quashed ... in two years" ->
    # P2Y (the period of an ordinal count, gold_blind52); "the fund's quarterly reports" SET
    # P3M (an adjective naming a recurrence, gold_blind47). Not annotated: "UPDATE 2", "Three
    # judges", "10-2 majority", "49", "40 percent", "180 million pounds", "35.6 million pounds",
    # "3,100 investors", "2.3 percent", "418 pence", "the third" beyond "two years".
    "crowthorne-fund-fraud-appeal-retrial": (
        "2015-03-04",
        [
            ("Wed Mar 4, 2015", "DATE", "2015-03-04"),
            ("2:17pm GMT", "TIME", "2015-03-04T14:17"),
            ("Sept. 28", "DATE", "2015-09-28"),
            ("14 days", "DURATION", "P14D"),
            ("March 4", "DATE", "2015-03-04"),
            ("Wednesday", "DATE", "2015-03-04"),
            ("2013", "DATE", "2013"),
            ("June 2013", "DATE", "2013-06"),
            ("14-week", "DURATION", "P14W"),
            ("2007", "DATE", "2007"),
            ("2011", "DATE", "2011"),
            ("seven years", "DURATION", "P7Y"),
            ("two days", "DURATION", "P2D"),
            ("January", "DATE", "2015-01"),
            ("1000 GMT", "TIME", "2015-03-04T10:00"),
            ("Sept. 28", "DATE", "2015-09-28"),
            ("Wednesday afternoon", "TIME", "2015-03-04TAF"),
            ("14 days", "DURATION", "P14D"),
            ("2004", "DATE", "2004"),
            ("2007", "DATE", "2007"),
            ("late 2008", "DATE", "2008"),
            ("Aug. 9, 2011", "DATE", "2011-08-09"),
            ("11 hours", "DURATION", "PT11H"),
            ("three days", "DURATION", "P3D"),
            ("June 21, 2013", "DATE", "2013-06-21"),
            ("Wednesday", "DATE", "2015-03-04"),
            ("quarterly", "SET", "P3M"),
            ("20 months", "DURATION", "P20M"),
            ("the autumn", "DATE", "2015-FA"),
            ("two years", "DURATION", "P2Y"),
            ("the 2015-16 financial year", "DATE", "FY2016"),
            ("April 1", "DATE", "2015-04-01"),
            ("2011", "DATE", "2011"),
            ("last year", "DATE", "2014"),
            ("the end of 2016", "DATE", "2016"),
            ("1345 GMT", "TIME", "2015-03-04T13:45"),
        ],
    ),
    # Sunday 2014-10-05 (ISO week 40), US Sunday paper's Supreme Court preview, headline,
    # standfirst, byline "Washington Bureau", date line "Sunday, October 5, 2014", "WASHINGTON
    # —" dateline. Future weekdays: "Monday" (headline, lead, "10 a.m. Monday") 2014-10-06 and
    # "the first Monday in October" the same day, one DATE span (gold_blind47); "On Wednesday"
    # 2014-10-08. Past: "Last Monday" in a Sunday paper 2014-09-29, "on Thursday" 2014-10-02.
    # "its first two weeks" DURATION P2W (an opening period with its determiner, like "its first
    # 100 days", gold_blind14); "the months ahead" PXM (like "the coming months"); "the end of
    # June" and "until June" 2015-06 (the June ahead); "Next month" 2014-11; "April" 2015-04;
    # "the summer" just past 2014-SU; "by spring" (quoted, of last term) 2014-SP. "the night of
    # March 3, 2012" one TIME span (gold_blind52); "the day after she testified ... on Feb. 14,
    # 2012" -> "the day after" DATE 2012-02-15, anchored on the date that follows (like "the
    # day before", gold_blind6); "a 2011 state law" and the standfirst's "2011" DATEs; "2013";
    # "since 1998". "10-hour rest breaks" PT10H, "two-week sessions" P2W, "30 minutes" PT30M;
    # "once a month" SET P1M; "on Mondays, Tuesdays and Wednesdays" three SETs XXXX-WXX-1/2/3,
    # "on Fridays" XXXX-WXX-5. Holidays on the day they fall on, each with its apposed date a
    # DATE of its own: "Oct. 13, Columbus Day" (the second Monday of October) 2014-10-13,
    # "Veterans Day, Nov. 11" 2014-11-11. Not annotated: "October Term 2014" (the court term's
    # formal name, like "September Term, 2011" in gold_blind52), "its new term", "The term",
    # "Last term", "a quiet term" (a court's term has no calendar value, gold_blind47), "No.
    # 13-1182", "the First Amendment", "10 cases", "about 40", "2,000 petitions", "11 new
    # cases", "two more", "4 pounds", "12 cases", "three blockbusters", "long-haul".
    "supreme-court-new-term-opens-monday": (
        "2014-10-05",
        [
            ("Monday", "DATE", "2014-10-06"),
            ("2011", "DATE", "2011"),
            ("Sunday, October 5, 2014", "DATE", "2014-10-05"),
            ("Monday", "DATE", "2014-10-06"),
            ("the first Monday in October", "DATE", "2014-10-06"),
            ("its first two weeks", "DURATION", "P2W"),
            ("the months ahead", "DURATION", "PXM"),
            ("the end of June", "DATE", "2015-06"),
            ("Last Monday", "DATE", "2014-09-29"),
            ("the summer", "DATE", "2014-SU"),
            ("Thursday", "DATE", "2014-10-02"),
            ("10 a.m.", "TIME", "2014-10-06T10:00"),
            ("Monday", "DATE", "2014-10-06"),
            ("2011", "DATE", "2011"),
            ("the night of March 3, 2012", "TIME", "2012-03-03TNI"),
            ("2013", "DATE", "2013"),
            ("Wednesday", "DATE", "2014-10-08"),
            ("the day after", "DATE", "2012-02-15"),
            ("Feb. 14, 2012", "DATE", "2012-02-14"),
            ("Next month", "DATE", "2014-11"),
            ("10-hour", "DURATION", "PT10H"),
            ("June", "DATE", "2015-06"),
            ("two-week", "DURATION", "P2W"),
            ("once a month", "SET", "P1M"),
            ("April", "DATE", "2015-04"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("30 minutes", "DURATION", "PT30M"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Oct. 13", "DATE", "2014-10-13"),
            ("Columbus Day", "DATE", "2014-10-13"),
            ("Veterans Day", "DATE", "2014-11-11"),
            ("Nov. 11", "DATE", "2014-11-11"),
            ("1998", "DATE", "1998"),
            ("spring", "DATE", "2014-SP"),
        ],
    ),
    # Monday 2013-02-11 (ISO week 7), Australian metropolitan paper's website, headline, stamp
    # "Date February 11, 2013 - 12:05PM" (DATE and TIME), byline with the reporter's beat, no
    # dateline. The claims deadline "March 15" (headline) and "5pm on Friday 15 March"
    # 2013-03-15T17:00 and 2013-03-15; "no later than Wednesday 13 March" 2013-03-13; the
    # sessions "on Saturday 23 February" and "the following Saturday" 2013-03-02 (anchored on
    # the date just named, gold_blind36); "this week" 2013-W07; "early March" 2013-03. Past:
    # "By Friday" 2013-02-08; "14 January" 2013-01-14 and "20 December" 2012-12-20 (the nearest
    # past occurrences); "the Australia Day long weekend" 2013-W04-WE (Saturday 26 to Monday 28
    # January, the ISO week of its Saturday, like "Family Day weekend" in gold_blind103); "May
    # 2009", "August 2010", "last year" 2012, "2004", "2008", "2006", "2005", "the mid-2000s"
    # 200; "last winter" said in an Australian February is the southern winter of 2012
    # (June-August), 2012-WI, valued in the year it falls in (gold_blind103). "the second half
    # of the year" 2013-H2 (calendar, gold_blind35); "the end of the 2013-14 financial year"
    # FY2014 (the Australian July-June year named by the year it ends, gold_blind49,
    # gold_blind69; "the end of" takes the period's value, gold_blind41). "almost four years"
    # P4Y; "even a minute after the deadline" -> "a minute" PT1M (an anchored duration);
    # "six-week" P6W; "its second week" DURATION P2W (an ordinal period of an event, like "its
    # fourth week" in gold_blind35); "almost eight years" P8Y; "twice a year" SET P1Y; the
    # hotline's hours "from 9am to 7pm every day" XXXX-XX-XXT09:00, T19:00 and SET P1D. Not
    # annotated: "$38m", "$38 million", "6,000", "2,300", "Hundreds", "$9.5 million", "31
    # cents", "1300 720 013", "merindaclaims.com.au/2013-settlement" (a web address holding a
    # year), "$60,000", age "71", "until the deadline", "the deadline" (event-named), "the
    # first harvest".
    "merinda-olive-class-action-claim-deadline": (
        "2013-02-11",
        [
            ("March 15", "DATE", "2013-03-15"),
            ("February 11, 2013", "DATE", "2013-02-11"),
            ("12:05PM", "TIME", "2013-02-11T12:05"),
            ("5pm", "TIME", "2013-03-15T17:00"),
            ("Friday 15 March", "DATE", "2013-03-15"),
            ("20 December", "DATE", "2012-12-20"),
            ("almost four years", "DURATION", "P4Y"),
            ("May 2009", "DATE", "2009-05"),
            ("14 January", "DATE", "2013-01-14"),
            ("Friday", "DATE", "2013-02-08"),
            ("the Australia Day long weekend", "DATE", "2013-W04-WE"),
            ("2004", "DATE", "2004"),
            ("2008", "DATE", "2008"),
            ("a minute", "DURATION", "PT1M"),
            ("twice a year", "SET", "P1Y"),
            ("2006", "DATE", "2006"),
            ("the mid-2000s", "DATE", "200"),
            ("August 2010", "DATE", "2010-08"),
            ("last year", "DATE", "2012"),
            ("six-week", "DURATION", "P6W"),
            ("its second week", "DURATION", "P2W"),
            ("the second half of the year", "DATE", "2013-H2"),
            ("the end of the 2013-14 financial year", "DATE", "FY2014"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("every day", "SET", "P1D"),
            ("Saturday 23 February", "DATE", "2013-02-23"),
            ("the following Saturday", "DATE", "2013-03-02"),
            ("Wednesday 13 March", "DATE", "2013-03-13"),
            ("this week", "DATE", "2013-W07"),
            ("early March", "DATE", "2013-03"),
            ("2005", "DATE", "2005"),
            ("almost eight years", "DURATION", "P8Y"),
            ("last winter", "DATE", "2012-WI"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
