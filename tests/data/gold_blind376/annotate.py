"""Annotations of the three-hundred-and-seventy-sixth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind376/annotate.py [--show]

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
    # Monday 2014-12-01 (ISO week 49), Reuters wire on an election result, headline, stamp
    # "Mon Dec 1, 2014 6:48pm GMT" (DATE and TIME, the zone in the span and not in the value,
    # gold_blind56; the abbreviated weekday inside the DATE span), byline, "PORT AMEYO, Dec 1
    # (Reuters) -" dateline. "last week's presidential election" -> "last week" 2014-W48; the
    # vote itself "Wednesday's vote" -> "Wednesday" 2014-11-26 (past, possessive without the
    # "'s"). Past weekdays: "late on Sunday" one DATE span 2014-11-30 (see README), "Sunday
    # night" 2014-11-30TNI, "Thursday night" 2014-11-27TNI, the observers' report "on Friday"
    # 2014-11-28, banks "shut since Thursday" 2014-11-27. Future: "We will file on Wednesday"
    # 2014-12-03. "said on Monday", "Monday morning", the address "on Monday" and "reopened on
    # Monday" are the publication day. "at 1 p.m. (1200 GMT) on Monday" -> two TIMEs
    # 2014-12-01T13:00 and 2014-12-01T12:00 (Kaland is one hour ahead of GMT) and the DATE
    # (gold_blind28). "22 years of rule" P22Y; "within 14 days of a petition being filed" P14D
    # (anchored, the duration alone); "six hours" PT6H; "within two weeks of taking office"
    # P2W; "three-year" P3Y; "within three months" P3M; "its slowest pace in five years" P5Y
    # (the period of a superlative, gold_blind28). "the 2009 runoff" and "a 2010 constitutional
    # amendment" adjectival years (gold_blind28's "The 1957 quake"); "Jan 7" 2015-01-07 (ahead,
    # across the year); "Dec 27" 2014-12-27 (a counterfactual runoff keeps the date it names,
    # like "Five years ago this would have flooded" in gold_blind103); "March" 2014-03 and
    # "January" 2014-01 (past); "this year" 2014; "the first half of 2014" 2014-H1 (a country's
    # calendar half, gold_blind35); "every five years" SET P5Y; "the end of the week" 2014-W49
    # (gold_blind35). Not annotated: "2,014 polling stations" (a count that looks like the year
    # of the story), "51.8 percent", "45.1 percent", "68 percent", "61 percent", "18 percent",
    # "3.9 percent", "58" and "71" (ages), "40,000 votes", "about 600 stations", "275 seats",
    # "fourth-largest", "the date set by the constitution" (anaphoric, "Jan 7" is annotated),
    # "Dec 1" inside "(Reuters)" is annotated, the credit itself not.
    "kaland-presidential-election-result": (
        "2014-12-01",
        [
            ("Mon Dec 1, 2014", "DATE", "2014-12-01"),
            ("6:48pm GMT", "TIME", "2014-12-01T18:48"),
            ("Dec 1", "DATE", "2014-12-01"),
            ("last week", "DATE", "2014-W48"),
            ("Monday", "DATE", "2014-12-01"),
            ("22 years", "DURATION", "P22Y"),
            ("Wednesday", "DATE", "2014-11-26"),
            ("2009", "DATE", "2009"),
            ("late on Sunday", "DATE", "2014-11-30"),
            ("Sunday night", "TIME", "2014-11-30TNI"),
            ("Monday morning", "TIME", "2014-12-01TMO"),
            ("14 days", "DURATION", "P14D"),
            ("Wednesday", "DATE", "2014-12-03"),
            ("six hours", "DURATION", "PT6H"),
            ("Thursday night", "TIME", "2014-11-27TNI"),
            ("2009", "DATE", "2009"),
            ("Jan 7", "DATE", "2015-01-07"),
            ("two weeks", "DURATION", "P2W"),
            ("three-year", "DURATION", "P3Y"),
            ("March", "DATE", "2014-03"),
            ("1992", "DATE", "1992"),
            ("2010", "DATE", "2010"),
            ("1 p.m.", "TIME", "2014-12-01T13:00"),
            ("1200 GMT", "TIME", "2014-12-01T12:00"),
            ("Monday", "DATE", "2014-12-01"),
            ("Dec 27", "DATE", "2014-12-27"),
            ("Friday", "DATE", "2014-11-28"),
            ("three months", "DURATION", "P3M"),
            ("every five years", "SET", "P5Y"),
            ("the end of the week", "DATE", "2014-W49"),
            ("this year", "DATE", "2014"),
            ("January", "DATE", "2014-01"),
            ("the first half of 2014", "DATE", "2014-H1"),
            ("five years", "DURATION", "P5Y"),
            ("Thursday", "DATE", "2014-11-27"),
            ("Monday", "DATE", "2014-12-01"),
        ],
    ),
    # Saturday 2013-01-26 (ISO week 4), AFP wire on riots and a curfew, headline, stamp "AFP |
    # 26 January 2013, 15:42 GMT" (DATE and TIME), "BENI TAMAR, Zafran, Jan 26, 2013 (AFP) -"
    # dateline. The curfew runs "from 8:00 pm to 6:00 am (1900 to 0500 GMT) every night":
    # four TIMEs XXXX-XX-XXThh:mm (the hours of a recurring curfew, gold_blind16, gold_blind28;
    # a local time and its GMT equivalent two TIMEX3, Zafran one hour ahead of GMT) and the SET
    # XXXX-XX-XXTNI; "starting tonight" 2013-01-26TNI. Past weekdays: "late on Wednesday" one
    # DATE span 2013-01-23 (see README), "since Wednesday" 2013-01-23, "on Thursday, a public
    # holiday for the Prophet Mohammed's birthday" -> "Thursday" and "the Prophet Mohammed's
    # birthday" two DATEs 2013-01-24 (the text gives the day, gold_blind57), "until midnight"
    # the midnight that ends Thursday, 2013-01-24T24:00 (gold_blind75, gold_blind103),
    # "Friday" 2013-01-25, "Friday evening" 2013-01-25TEV, "that morning" Friday morning
    # 2013-01-25TMO and "the previous day" before it 2013-01-24 (narrative anchors against the
    # most recent date of the story line, gold_blind28). Future: "Sunday evening"
    # 2013-01-27TEV, the strike "for Tuesday" 2013-01-29, "at least Wednesday" 2013-01-30.
    # "Saturday afternoon" and "Saturday morning" the publication day. "three days" (twice)
    # P3D; "two days after municipal police beat him" P2D (anchored, the duration alone);
    # "one-day" P1D; "two years" P2Y; "in a week" P1W (how long a past event took). "January 1"
    # 2013-01-01; "last year" 2012; "in 2013" and "the end of the year" 2013; "the bread riots
    # of 1984" -> "1984" (a year naming when the riots happened, like "the 1947 flood" in
    # gold_blind103); "December 2011" 2011-12 and "that year" after it 2011 (narrative anchor,
    # like "That winter" in gold_blind103). Not annotated: "night-time curfew" (an adjective
    # naming a kind of curfew, like "Overnight lows", gold_blind103), "until calm returns"
    # (event-named), "23-year-old", "31-year-old", "26-year-old" (ages), "10 main crossroads",
    # "400,000", "84", "60", "15 percent", "20 percent", "7.1 percent", "5.5 percent",
    # "100,000 jobs", "30 percent", "Route Nationale 12", "since the elections" (anaphoric),
    # "running battles".
    "beni-tamar-riots-curfew": (
        "2013-01-26",
        [
            ("26 January 2013", "DATE", "2013-01-26"),
            ("15:42 GMT", "TIME", "2013-01-26T15:42"),
            ("Jan 26, 2013", "DATE", "2013-01-26"),
            ("Saturday", "DATE", "2013-01-26"),
            ("three days", "DURATION", "P3D"),
            ("8:00 pm", "TIME", "XXXX-XX-XXT20:00"),
            ("6:00 am", "TIME", "XXXX-XX-XXT06:00"),
            ("1900", "TIME", "XXXX-XX-XXT19:00"),
            ("0500 GMT", "TIME", "XXXX-XX-XXT05:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("tonight", "TIME", "2013-01-26TNI"),
            ("Saturday afternoon", "TIME", "2013-01-26TAF"),
            ("late on Wednesday", "DATE", "2013-01-23"),
            ("two days", "DURATION", "P2D"),
            ("Thursday", "DATE", "2013-01-24"),
            ("the Prophet Mohammed's birthday", "DATE", "2013-01-24"),
            ("midnight", "TIME", "2013-01-24T24:00"),
            ("Friday", "DATE", "2013-01-25"),
            ("Friday evening", "TIME", "2013-01-25TEV"),
            ("that morning", "TIME", "2013-01-25TMO"),
            ("the previous day", "DATE", "2013-01-24"),
            ("Wednesday", "DATE", "2013-01-23"),
            ("Sunday evening", "TIME", "2013-01-27TEV"),
            ("one-day", "DURATION", "P1D"),
            ("Tuesday", "DATE", "2013-01-29"),
            ("Saturday morning", "TIME", "2013-01-26TMO"),
            ("three days", "DURATION", "P3D"),
            ("at least Wednesday", "DATE", "2013-01-30"),
            ("January 1", "DATE", "2013-01-01"),
            ("last year", "DATE", "2012"),
            ("2013", "DATE", "2013"),
            ("the end of the year", "DATE", "2013"),
            ("two years", "DURATION", "P2Y"),
            ("1984", "DATE", "1984"),
            ("a week", "DURATION", "P1W"),
            ("December 2011", "DATE", "2011-12"),
            ("that year", "DATE", "2011"),
        ],
    ),
    # Tuesday 2015-07-14 (ISO week 29), AP story on a US paper's website, headline, byline,
    # stamp "Updated 10:17 am, Tuesday, July 14, 2015" (a TIME and a DATE span with its
    # weekday, gold_blind35), "DAR KESH, Aleyra (AP) —" dateline. Ramadan 2015 runs from 18
    # June; the text fixes the holiday: the truce starts "at midnight Thursday, when Ramadan is
    # expected to end", and the "three-day holiday ... begins Friday", so "Eid al-Fitr" and
    # "Eid" are 2015-07-17, its first day (gold_blind57, gold_blind79), the headline's
    # attributive "Eid truce" included (a truce over this year's Eid, like "Canada Day iftar"
    # in gold_blind57). "Ramadan" (twice) DATE 2015, the smallest calendar unit holding the
    # month of fasting (June-July; gold_blind79). "midnight Thursday" -> "midnight"
    # 2015-07-16T24:00 (the end of the named day, gold_blind28) and "Thursday" 2015-07-16.
    # AP weekdays without "on": "said Tuesday" and "Tuesday morning" the publication day,
    # "late Monday" 2015-07-13 (gold_blind28), "by Wednesday" 2015-07-15, the council "on
    # Thursday" 2015-07-16, the convoy "on Saturday" 2015-07-18, the minister's "until Sunday
    # night" 2015-07-19TNI (the last night of the three-day holiday). "Eid al-Adha on Oct. 4
    # last year" -> "Eid al-Adha" 2014-10-04 (the text gives the day) and "Oct. 4 last year"
    # one DATE span (like "September last year", gold_blind18, gold_blind28), "the next day"
    # 2014-10-05. "each evening ... at about 8 p.m." -> SET XXXX-XX-XXTEV and TIME
    # XXXX-XX-XXT20:00 (the hour of a recurring event, gold_blind28). "72-hour" PT72H and
    # "February" 2015-02; "four days" P4D; "Three days" P3D (the truce's length); "every 48
    # hours" SET PT48H; "in 2013 ... after two months" 2013 and P2M; "May 28" 2015-05-28;
    # "for weeks" PXW; "March 2013" 2013-03; "the 1949 Geneva Conventions" -> "1949" (an
    # adjectival year, the year the conventions were adopted); "April" 2015-04. Not annotated:
    # "not a minute longer" (an idiom), "40 unarmed U.N. observers", "17 people", "30 trucks",
    # "200,000", "6,000", "1.2 million", "12-year-old", "Highway 5", "the three-day holiday"
    # beyond "three-day" (anaphoric to Eid), "since the conflict began" beyond "March 2013".
    "aleyra-eid-truce-agreed": (
        "2015-07-14",
        [
            ("Eid", "DATE", "2015-07-17"),
            ("10:17 am", "TIME", "2015-07-14T10:17"),
            ("Tuesday, July 14, 2015", "DATE", "2015-07-14"),
            ("Eid al-Fitr", "DATE", "2015-07-17"),
            ("Tuesday", "DATE", "2015-07-14"),
            ("72-hour", "DURATION", "PT72H"),
            ("February", "DATE", "2015-02"),
            ("midnight", "TIME", "2015-07-16T24:00"),
            ("Thursday", "DATE", "2015-07-16"),
            ("Ramadan", "DATE", "2015"),
            ("three-day", "DURATION", "P3D"),
            ("Friday", "DATE", "2015-07-17"),
            ("late Monday", "DATE", "2015-07-13"),
            ("four days", "DURATION", "P4D"),
            ("Three days", "DURATION", "P3D"),
            ("July 27", "DATE", "2015-07-27"),
            ("Thursday", "DATE", "2015-07-16"),
            ("Wednesday", "DATE", "2015-07-15"),
            ("every 48 hours", "SET", "PT48H"),
            ("2013", "DATE", "2013"),
            ("two months", "DURATION", "P2M"),
            ("Eid al-Adha", "DATE", "2014-10-04"),
            ("Oct. 4 last year", "DATE", "2014-10-04"),
            ("the next day", "DATE", "2014-10-05"),
            ("Ramadan", "DATE", "2015"),
            ("each evening", "SET", "XXXX-XX-XXTEV"),
            ("about 8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("Eid", "DATE", "2015-07-17"),
            ("Tuesday morning", "TIME", "2015-07-14TMO"),
            ("Sunday night", "TIME", "2015-07-19TNI"),
            ("Saturday", "DATE", "2015-07-18"),
            ("May 28", "DATE", "2015-05-28"),
            ("weeks", "DURATION", "PXW"),
            ("March 2013", "DATE", "2013-03"),
            ("1949", "DATE", "1949"),
            ("April", "DATE", "2015-04"),
        ],
    ),
    # Thursday 2014-03-20 (ISO week 12), AFP story on a Gulf English-language daily's website,
    # section label, headline, credit, stamps "Published: 14:10 March 20, 2014" and "Updated:
    # 18:45 March 20, 2014" (a TIME and a DATE each, no zone written), "AGADEL:" dateline, a
    # TIMELINE box. Headline "after 14 months in Sahara" DURATION P14M; "kidnapped ... 14
    # months ago" DATE 2013-01 (the unit's granularity, gold_blind28; the box gives 9 January
    # 2013). Past: "late on Tuesday" one DATE span 2014-03-18 (see README), "the next day"
    # 2014-03-19 and "that evening" 2014-03-19TEV (narrative anchors, gold_blind28), "on
    # Wednesday night" 2014-03-19TNI. "said on Thursday", "Thursday morning", "denied on
    # Thursday" and "at noon" (2014-03-20T12:00, gold_blind2) the publication day. Future:
    # "fly home on Friday" 2014-03-21. "In the first weeks" DURATION PXW (an ordinal period of
    # the captivity, like "The first week" in gold_blind35, plural and vague); "every night"
    # SET XXXX-XX-XXTNI; "almost five months" P5M; "over many months" PXM. "January 9, 2013";
    # "released 11 days later" DATE 2013-01-20 (anchored on the narrative's last date, like
    # "two days later" in gold_blind103; the box confirms "Jan 20, 2013"); "February 2013";
    # "Christmas Day" 2013-12-25 (the most recent, the box's "Dec 25, 2013"); "November 2012";
    # "last April" in March 2014 is April 2013, the only April behind the story's last year
    # (gold_blind28 avoided "last September" in October, where the month just gone and the one
    # a year before compete; in March no April of 2014 has passed); "since 2009"; "last year"
    # 2013; "every year since 2010" SET P1Y and DATE 2010. Box dates as written. Not annotated:
    # "46" and "33" (ages), "600 kilometres (370 miles)", "C-130" (an aircraft model), "12
    # prisoners", "seven foreigners", "3,000 troops", "what month it was" (no particular
    # month), "in the dark", "Later" (anaphoric), "Africa" (section label).
    "kendara-sahara-hostages-freed": (
        "2014-03-20",
        [
            ("14 months", "DURATION", "P14M"),
            ("14:10", "TIME", "2014-03-20T14:10"),
            ("March 20, 2014", "DATE", "2014-03-20"),
            ("18:45", "TIME", "2014-03-20T18:45"),
            ("March 20, 2014", "DATE", "2014-03-20"),
            ("14 months ago", "DATE", "2013-01"),
            ("Thursday", "DATE", "2014-03-20"),
            ("late on Tuesday", "DATE", "2014-03-18"),
            ("the next day", "DATE", "2014-03-19"),
            ("that evening", "TIME", "2014-03-19TEV"),
            ("Thursday morning", "TIME", "2014-03-20TMO"),
            ("the first weeks", "DURATION", "PXW"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("noon", "TIME", "2014-03-20T12:00"),
            ("almost five months", "DURATION", "P5M"),
            ("January 9, 2013", "DATE", "2013-01-09"),
            ("11 days later", "DATE", "2013-01-20"),
            ("February 2013", "DATE", "2013-02"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("Thursday", "DATE", "2014-03-20"),
            ("Friday", "DATE", "2014-03-21"),
            ("many months", "DURATION", "PXM"),
            ("Wednesday night", "TIME", "2014-03-19TNI"),
            ("November 2012", "DATE", "2012-11"),
            ("last April", "DATE", "2013-04"),
            ("2009", "DATE", "2009"),
            ("last year", "DATE", "2013"),
            ("every year", "SET", "P1Y"),
            ("2010", "DATE", "2010"),
            ("Jan 9, 2013", "DATE", "2013-01-09"),
            ("Jan 20, 2013", "DATE", "2013-01-20"),
            ("Feb 2013", "DATE", "2013-02"),
            ("Dec 25, 2013", "DATE", "2013-12-25"),
            ("Mar 18, 2014", "DATE", "2014-03-18"),
        ],
    ),
    # Wednesday 2013-06-19 (ISO week 25), Reuters story on a business news site, section
    # labels, "UPDATE 2-" headline, stamp "Wed Jun 19, 2013 3:12pm EDT" (DATE and TIME, the
    # zone in the span and not in the value), byline, "KIROBA, June 19 (Reuters) -" dateline.
    # Usamba's fiscal year runs July-June, as the text states ("the end of the financial year
    # on June 30", "the 2013/14 fiscal year, which starts on July 1"), named by the year it
    # ends (gold_blind9, gold_blind21): "the end of the financial year" FY2013 (the year's
    # value, gold_blind9, gold_blind70, gold_blind85, gold_blind96) plus "June 30" 2013-06-30;
    # "the 2013/14 fiscal year" one span FY2014 (gold_blind21) plus "July 1" 2013-07-01; "the
    # fiscal third quarter, to March" FY2013-Q3 (January-March 2013) plus "March" 2013-03 and
    # "a year earlier" FY2012-Q3 (gold_blind28); the importers' "the January-March quarter",
    # named by calendar months, 2013-Q1 (like "the July-September quarter", gold_blind28).
    # Past weekdays: "said on Tuesday" 2013-06-18, "on Tuesday night" 2013-06-18TNI, "since
    # Monday" 2013-06-17, "last Thursday" 2013-06-13 (the most recent Thursday, gold_blind8),
    # the price rise "on Friday" 2013-06-14. Future: "by Friday" 2013-06-21, "until Thursday
    # at the earliest" -> "Thursday" 2013-06-20. "before July" 2013-07; "July 15" and "July 9"
    # ahead; "June 8", "May", "April", "March" past; "this week" 2013-W25; "monthly" SET P1M
    # (a recurrence, like "issues a new outlook monthly", gold_blind103); "at 7 p.m. every
    # evening" TIME XXXX-XX-XXT19:00 and SET XXXX-XX-XXTEV; "for 10 days" P10D; "November
    # 2011" and "nine days" P9D; "June last year" one span 2012-06 (gold_blind18); "every
    # year" SET P1Y; "next June" 2014-06 (gold_blind18). Not annotated: "UPDATE 2" (a version
    # number), "42 billion shillings ($26 million)", "15 billion", "61 billion", "47 billion",
    # "121.40 shillings a litre", "4 percent", "35,000 tonnes", "the B12 highway", "30
    # percent", "Jet A-1" (a fuel grade), "5.8 percent", "4.1 percent", "9.5 percent",
    # "hundreds of metres", "at the earliest" (not a time), "until supplies recover"
    # (event-named), "before the budget" (an event).
    "usamba-fuel-queues-subsidy-row": (
        "2013-06-19",
        [
            ("Wed Jun 19, 2013", "DATE", "2013-06-19"),
            ("3:12pm EDT", "TIME", "2013-06-19T15:12"),
            ("June 19", "DATE", "2013-06-19"),
            ("Wednesday", "DATE", "2013-06-19"),
            ("July", "DATE", "2013-07"),
            ("Tuesday", "DATE", "2013-06-18"),
            ("the January-March quarter", "DATE", "2013-Q1"),
            ("Monday", "DATE", "2013-06-17"),
            ("Tuesday night", "TIME", "2013-06-18TNI"),
            ("Friday", "DATE", "2013-06-21"),
            ("the end of the financial year", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("the 2013/14 fiscal year", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
            ("last Thursday", "DATE", "2013-06-13"),
            ("the fiscal third quarter", "DATE", "FY2013-Q3"),
            ("March", "DATE", "2013-03"),
            ("a year earlier", "DATE", "FY2012-Q3"),
            ("monthly", "SET", "P1M"),
            ("Friday", "DATE", "2013-06-14"),
            ("July 15", "DATE", "2013-07-15"),
            ("June 8", "DATE", "2013-06-08"),
            ("Thursday", "DATE", "2013-06-20"),
            ("this week", "DATE", "2013-W25"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("10 days", "DURATION", "P10D"),
            ("November 2011", "DATE", "2011-11"),
            ("nine days", "DURATION", "P9D"),
            ("June last year", "DATE", "2012-06"),
            ("every year", "SET", "P1Y"),
            ("next June", "DATE", "2014-06"),
            ("May", "DATE", "2013-05"),
            ("April", "DATE", "2013-04"),
            ("March", "DATE", "2013-03"),
            ("July 9", "DATE", "2013-07-09"),
        ],
    ),
    # Friday 2012-08-10 (ISO week 32), a broadcaster's Africa news page, headline, stamp "10
    # August 2012 Last updated at 15:27 GMT" (DATE and TIME, gold_blind103), byline with
    # title and place, a "key facts" box. Ramadan 2012 began on 20 July; the text fixes Eid:
    # "Eid al-Fitr, expected on Sunday 19 August" -> two DATEs 2012-08-19 (gold_blind57), and
    # the headline's "Eid travel warning" (travel for this year's Eid, attributive like "Canada
    # Day iftar", gold_blind57) the same day. "fasting for Ramadan" DATE 2012 (July-August,
    # the smallest unit holding it, gold_blind79). "late July" 2012-07; "24 July" 2012-07-24;
    # "the past week" DURATION P1W (gold_blind32); "On Thursday" 2012-08-09 and "the previous
    # day" 2012-08-08; "now" PRESENT_REF; "daily at 6pm" SET P1D and TIME XXXX-XX-XXT18:00 (a
    # recurring publication hour); "every evening after iftar" SET XXXX-XX-XXTEV ("iftar" is
    # an event, not annotated); the doctor's "Last night" 2012-08-09TNI (the night before the
    # Friday page); "30 in two hours" PT2H (the period of a count, like "the third time in two
    # weeks", gold_blind103); "14-hour" PT14H; "since the weekend" in a Friday page, past
    # tense, is the weekend just gone, 4-5 August, 2012-W31-WE; "mid-July" 2012-07; "every
    # Monday" SET XXXX-WXX-1 and "since June" 2012-06; "from Saturday" 2012-08-11, taps "from
    # 5am to 11am every day" two TIMEs XXXX-XX-XXThh:mm and SET P1D; "about three weeks" P3W;
    # "tomorrow" 2012-08-11; "within two weeks" P2W; "the end of the month" 2012-08; "in 2008"
    # and "four months" P4M; "until September" 2012-09 (this year's rainy season). Box:
    # "between 12 hours and five days after infection" PT12H and P5D, "within hours" PTXH
    # (generic durations, like "After five days" in gold_blind28). Not annotated: "the rainy
    # season" (no calendar unit, like "this season" in gold_blind103), "around the clock",
    # "47", "1,284", "96", "71", "30", "20 tonnes", "250,000", "aged over one", "more than
    # 400", "80%", "Vibrio cholerae", "Hay al-Salam".
    "port-hadeer-cholera-ramadan": (
        "2012-08-10",
        [
            ("Eid", "DATE", "2012-08-19"),
            ("10 August 2012", "DATE", "2012-08-10"),
            ("15:27 GMT", "TIME", "2012-08-10T15:27"),
            ("late July", "DATE", "2012-07"),
            ("Eid al-Fitr", "DATE", "2012-08-19"),
            ("Sunday 19 August", "DATE", "2012-08-19"),
            ("24 July", "DATE", "2012-07-24"),
            ("the past week", "DURATION", "P1W"),
            ("Thursday", "DATE", "2012-08-09"),
            ("the previous day", "DATE", "2012-08-08"),
            ("now", "DATE", "PRESENT_REF"),
            ("daily", "SET", "P1D"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("Ramadan", "DATE", "2012"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("Last night", "TIME", "2012-08-09TNI"),
            ("two hours", "DURATION", "PT2H"),
            ("14-hour", "DURATION", "PT14H"),
            ("the weekend", "DATE", "2012-W31-WE"),
            ("mid-July", "DATE", "2012-07"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("June", "DATE", "2012-06"),
            ("Saturday", "DATE", "2012-08-11"),
            ("5am", "TIME", "XXXX-XX-XXT05:00"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("every day", "SET", "P1D"),
            ("about three weeks", "DURATION", "P3W"),
            ("tomorrow", "DATE", "2012-08-11"),
            ("two weeks", "DURATION", "P2W"),
            ("the end of the month", "DATE", "2012-08"),
            ("2008", "DATE", "2008"),
            ("four months", "DURATION", "P4M"),
            ("September", "DATE", "2012-09"),
            ("12 hours", "DURATION", "PT12H"),
            ("five days", "DURATION", "P5D"),
            ("hours", "DURATION", "PTXH"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
