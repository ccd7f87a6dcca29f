"""Annotations of the hundred-and-sixty-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind166/annotate.py [--show]

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
    # Friday 2013-05-10 (ISO week 19), wire story on a truce, headline, byline, "KESSANA, May 10
    # (Reuters) -" dateline (the date a DATE). The ceasefire "took effect at 8 a.m. local time
    # (0500 GMT) on Friday": the publication day itself (a wire names its own day by its
    # weekday), "8 a.m. local time" 2013-05-10T08:00 and "0500 GMT" 2013-05-10T05:00, a local
    # time and its GMT equivalent two TIMEX3 with the zone words in the span (gold_blind28,
    # gold_blind77), and "Friday". "72-hour" (headline and lead) DURATION PT72H on the
    # adjective; "Seventy-two hours" in a quote PT72H. "for the first time in almost three
    # weeks" -> "almost three weeks" P3W, the period of a "first in" (gold_blind35). Past:
    # "Wednesday night" 2013-05-08TNI, "on Thursday" 2013-05-09 and "Thursday evening"
    # 2013-05-09TEV. Future: the truce ends "at 8 a.m. on Monday" 2013-05-13T08:00 and the
    # DATE; convoys "on Saturday" 2013-05-11 and "for Sunday" 2013-05-12; the envoy's meeting
    # "at 6 p.m. on Saturday" 2013-05-11T18:00 and the DATE; "the weekend" 2013-W19-WE (11-12
    # May); "the end of the month" 2013-05; "May 27" 2013-05-27. "this morning" in a quote on
    # the wire's day 2013-05-10TMO; "since 0500 GMT" -> "0500 GMT" again. "about an hour
    # before the truce began" is an anchored duration, PT1H; "less than a day" P1D; "for 19
    # days" P19D; "for weeks" -> "weeks" PXW. Months without a year: "November" past
    # 2012-11, "March" past 2013-03. "last year" 2012 (twice); "the first quarter" 2013-Q1
    # (a country's calendar quarter, the last one reported). "every day" SET P1D. Not
    # annotated: "34-year-old", "Route 9", "3,100", "a dozen", "T-72" (a tank model holding
    # 72, in a story with "72-hour"), "40 trucks", "1,200 tonnes", "11 percent", "4 percent",
    # "slf-valmora.org/2013/truce" (a URL with a year), "open-ended", "to the last minute",
    # "for the first time", "while"/"if the truce held" (event-named).
    "valmora-darak-72-hour-ceasefire": (
        "2013-05-10",
        [
            ("72-hour", "DURATION", "PT72H"),
            ("May 10", "DATE", "2013-05-10"),
            ("72-hour", "DURATION", "PT72H"),
            ("8 a.m. local time", "TIME", "2013-05-10T08:00"),
            ("0500 GMT", "TIME", "2013-05-10T05:00"),
            ("Friday", "DATE", "2013-05-10"),
            ("almost three weeks", "DURATION", "P3W"),
            ("Wednesday night", "TIME", "2013-05-08TNI"),
            ("two days", "DURATION", "P2D"),
            ("8 a.m.", "TIME", "2013-05-13T08:00"),
            ("Monday", "DATE", "2013-05-13"),
            ("the end of the month", "DATE", "2013-05"),
            ("this morning", "TIME", "2013-05-10TMO"),
            ("0500 GMT", "TIME", "2013-05-10T05:00"),
            ("about an hour", "DURATION", "PT1H"),
            ("19 days", "DURATION", "P19D"),
            ("November", "DATE", "2012-11"),
            ("April 21", "DATE", "2013-04-21"),
            ("less than a day", "DURATION", "P1D"),
            ("January 2012", "DATE", "2012-01"),
            ("last year", "DATE", "2012"),
            ("Saturday", "DATE", "2013-05-11"),
            ("Sunday", "DATE", "2013-05-12"),
            ("every day", "SET", "P1D"),
            ("weeks", "DURATION", "PXW"),
            ("May 27", "DATE", "2013-05-27"),
            ("Seventy-two hours", "DURATION", "PT72H"),
            ("March", "DATE", "2013-03"),
            ("6 p.m.", "TIME", "2013-05-11T18:00"),
            ("Saturday", "DATE", "2013-05-11"),
            ("last year", "DATE", "2012"),
            ("Thursday", "DATE", "2013-05-09"),
            ("the first quarter", "DATE", "2013-Q1"),
            ("Thursday evening", "TIME", "2013-05-09TEV"),
            ("the weekend", "DATE", "2013-W19-WE"),
        ],
    ),
    # Tuesday 2014-03-11 (ISO week 11), British paper's foreign-desk story, headline,
    # standfirst, byline "Martin Hale in Sarovo", date line "Tuesday 11 March 2014" (one DATE
    # span). The road was closed on 2 December 2013 (day one, a Monday), so the publication day
    # is the siege's 100th: "enters 100th day" (headline, no determiner) and "its 100th day"
    # are ordinal periods of an event, DURATION P1D like "enters ninth day" and "its ninth
    # day" (gold_blind12, gold_blind13). "today" 2014-03-11, "yesterday" 2014-03-10, "last
    # night" its night 2014-03-10TNI. "a week after fighters ... seized" an anchored duration
    # P1W; "One hundred days" and "A hundred days" in quotes P100D; "three weeks of talks"
    # P3W; "six hours" PT6H; "72 hours at a time" PT72H; "after five months" P5M. Past:
    # "Sunday night" 2014-03-09TNI, "On Saturday" 2014-03-08 and "dawn" that day
    # 2014-03-08TMO (gold_blind77); "14 January" 2014-01-14; "Christmas" 2013-12-25; "early
    # February" and "late February" 2014-02; "last week" 2014-W10; "A year ago" 2013 (the
    # unit's granularity). Future: "on Thursday" 2014-03-13, "next week" 2014-W12, "the end of
    # the month" 2014-03. "a daily pause from 10am to 2pm" -> SET "daily" P1D and the two
    # recurring clock times XXXX-XX-XXT10:00 and T14:00; "almost every night after 9pm" SET
    # XXXX-XX-XXTNI and XXXX-XX-XXT21:00 (gold_blind28, gold_blind103); "weekly market" SET
    # P1W (an adjective naming a recurrence, gold_blind35); "every Friday" XXXX-WXX-5; "recent
    # weeks" PAST_REF; "the spring of 2012" one span. Not annotated: "after dark" (a part of
    # day on no particular day, reworded from "at night" to avoid it), "each one", "14 times",
    # "40,000", "a dozen", "11 people", "23 people", "4,500 lira", "300", "20,000 lira",
    # "1,214" (a count holding a year-like number), "Free Tellin Brigade", "Old Marin".
    "tellin-siege-100th-day": (
        "2014-03-11",
        [
            ("100th day", "DURATION", "P1D"),
            ("three weeks", "DURATION", "P3W"),
            ("Tuesday 11 March 2014", "DATE", "2014-03-11"),
            ("its 100th day", "DURATION", "P1D"),
            ("today", "DATE", "2014-03-11"),
            ("2 December", "DATE", "2013-12-02"),
            ("a week", "DURATION", "P1W"),
            ("six hours", "DURATION", "PT6H"),
            ("14 January", "DATE", "2014-01-14"),
            ("Christmas", "DATE", "2013-12-25"),
            ("One hundred days", "DURATION", "P100D"),
            ("Sunday night", "TIME", "2014-03-09TNI"),
            ("early February", "DATE", "2014-02"),
            ("last week", "DATE", "2014-W10"),
            ("yesterday", "DATE", "2014-03-10"),
            ("late February", "DATE", "2014-02"),
            ("daily", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("72 hours", "DURATION", "PT72H"),
            ("A year ago", "DATE", "2013"),
            ("weekly", "SET", "P1W"),
            ("the spring of 2012", "DATE", "2012-SP"),
            ("five months", "DURATION", "P5M"),
            ("almost every night", "SET", "XXXX-XX-XXTNI"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("Saturday", "DATE", "2014-03-08"),
            ("dawn", "TIME", "2014-03-08TMO"),
            ("Thursday", "DATE", "2014-03-13"),
            ("next week", "DATE", "2014-W12"),
            ("A hundred days", "DURATION", "P100D"),
            ("last night", "TIME", "2014-03-10TNI"),
            ("the end of the month", "DATE", "2014-03"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("every Friday", "SET", "XXXX-WXX-5"),
        ],
    ),
    # Wednesday 2015-01-28 (ISO week 5), UN news-page story on a statement and the dates of
    # talks, headline, date stamp "28 January 2015 –" opening the first paragraph (the page's
    # style, "today" its day). The next round is "in Geneva on 10 February" (twice),
    # 2015-02-10, a Tuesday; the headline's "next month" 2015-02. "last week" 2015-W04 (the
    # first round opened on Monday 19 January and its pause ran to Sunday 25 January);
    # "the weekend" ahead 2015-W05-WE (31 January-1 February); "this morning" and "this
    # afternoon" 2015-01-28TMO/TAF; past weekdays "published on Monday" 2015-01-26 and "on
    # Tuesday" 2015-01-27. "from 6 a.m. on 23 January until 6 a.m. on 25 January": two TIMEs
    # and two DATEs; "48-hour" PT48H; "up to five days" P5D; "within 90 days" -> "90 days"
    # P90D; "the coming weeks" (in the Council's quoted words) PXW. "every Monday" SET
    # XXXX-WXX-1. "April 2013" 2013-04; "the first half of 2015" 2015-H1; "the end of
    # February" 2015-02; "22 December" past 2014-12-22; "last renewed in July" past 2014-07;
    # "31 July 2015". UN peacekeeping budgets run July-June: "the fiscal year from 1 July 2014
    # to 30 June 2015" -> "the fiscal year" FY2015 (named by the year it ends, gold_blind35,
    # gold_blind77) plus the two DATEs. "currently" PRESENT_REF (gold_blind12). Not annotated:
    # "first round", "second round", "the opening session", "ninth press statement",
    # "beforehand" (anaphoric), "until the talks resume" (event-named), "2,600", "410,000",
    # "$184 million", "10 per cent", "$212 million", "1,140", "96",
    # "unsmk-talks.org/2015/round2" (a URL with a year), "+41 22 917 2015" (a phone number
    # ending in a year-like 2015).
    "karvonia-geneva-talks-second-round": (
        "2015-01-28",
        [
            ("next month", "DATE", "2015-02"),
            ("28 January 2015", "DATE", "2015-01-28"),
            ("today", "DATE", "2015-01-28"),
            ("10 February", "DATE", "2015-02-10"),
            ("last week", "DATE", "2015-W04"),
            ("10 February", "DATE", "2015-02-10"),
            ("this morning", "TIME", "2015-01-28TMO"),
            ("up to five days", "DURATION", "P5D"),
            ("the weekend", "DATE", "2015-W05-WE"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("19 January", "DATE", "2015-01-19"),
            ("48-hour", "DURATION", "PT48H"),
            ("6 a.m.", "TIME", "2015-01-23T06:00"),
            ("23 January", "DATE", "2015-01-23"),
            ("6 a.m.", "TIME", "2015-01-25T06:00"),
            ("25 January", "DATE", "2015-01-25"),
            ("April 2013", "DATE", "2013-04"),
            ("Monday", "DATE", "2015-01-26"),
            ("the first half of 2015", "DATE", "2015-H1"),
            ("this afternoon", "TIME", "2015-01-28TAF"),
            ("the coming weeks", "DURATION", "PXW"),
            ("the end of February", "DATE", "2015-02"),
            ("90 days", "DURATION", "P90D"),
            ("22 December", "DATE", "2014-12-22"),
            ("Tuesday", "DATE", "2015-01-27"),
            ("July", "DATE", "2014-07"),
            ("31 July 2015", "DATE", "2015-07-31"),
            ("the fiscal year", "DATE", "FY2015"),
            ("1 July 2014", "DATE", "2014-07-01"),
            ("30 June 2015", "DATE", "2015-06-30"),
            ("currently", "DATE", "PRESENT_REF"),
        ],
    ),
    # Saturday 2015-12-12 (ISO week 50), British weekend paper's anniversary feature,
    # headline, standfirst with the writer's name, date line "Saturday 12 December 2015", no
    # dateline. "Twenty years after the guns stopped" (headline) is an anchored duration,
    # P20Y; "ended in 1995" DATE 1995. "Every Tuesday morning" SET XXXX-WXX-2TMO with "the
    # past 20 years" P20Y; "the 7.15am bus" a recurring clock time XXXX-XX-XXT07:15. The
    # ceasefire "took effect at 00:01 on 5 October" 1995-10-05T00:01 and the DATE; the accord
    # "signed on 16 December 1995" and "Its 20th anniversary falls on Wednesday" -> only
    # "Wednesday" 2015-12-16 (future; the anniversary itself, an ordinal count, is not
    # annotated, gold_blind15). "Twenty-two years" (1993-2015) P22Y; "the 43 months of
    # fighting" -> "the 43 months" P43M; "almost daily" SET P1D with its modifier (like
    # "almost every day", gold_blind35) and "more than three years" P3Y; "the early 2000s"
    # 200; "almost every summer" SET XXXX-SU; "recent years" PAST_REF; "last year" 2014;
    # "until at least 2017" -> "at least 2017" (gold_blind35); "now" PRESENT_REF; "twenty
    # years" (a quote) P20Y; "from 8am to 4pm daily" two recurring clock times and SET P1D.
    # Not annotated: "1,700", "20th anniversary", "104,000", "60,000", "280", "112", "900",
    # "by a fifth", "71" (an age; "now 71" was reworded to "who is 71" to keep "now" out of an
    # age), "the years after that" (anaphoric), "033 555 1995" (a phone number ending in the
    # war's last year), "Lessa Accord" (a name).
    "ostravia-war-twenty-years-missing": (
        "2015-12-12",
        [
            ("Twenty years", "DURATION", "P20Y"),
            ("1995", "DATE", "1995"),
            ("Saturday 12 December 2015", "DATE", "2015-12-12"),
            ("Every Tuesday morning", "SET", "XXXX-WXX-2TMO"),
            ("the past 20 years", "DURATION", "P20Y"),
            ("7.15am", "TIME", "XXXX-XX-XXT07:15"),
            ("9 August 1993", "DATE", "1993-08-09"),
            ("Twenty-two years", "DURATION", "P22Y"),
            ("April 1992", "DATE", "1992-04"),
            ("October 1995", "DATE", "1995-10"),
            ("00:01", "TIME", "1995-10-05T00:01"),
            ("5 October", "DATE", "1995-10-05"),
            ("16 December 1995", "DATE", "1995-12-16"),
            ("Wednesday", "DATE", "2015-12-16"),
            ("the 43 months", "DURATION", "P43M"),
            ("almost daily", "SET", "P1D"),
            ("more than three years", "DURATION", "P3Y"),
            ("1566", "DATE", "1566"),
            ("November 1993", "DATE", "1993-11"),
            ("2004", "DATE", "2004"),
            ("1996", "DATE", "1996"),
            ("recent years", "DATE", "PAST_REF"),
            ("2014", "DATE", "2014"),
            ("2003", "DATE", "2003"),
            ("the early 2000s", "DATE", "200"),
            ("almost every summer", "SET", "XXXX-SU"),
            ("last year", "DATE", "2014"),
            ("at least 2017", "DATE", "2017"),
            ("now", "DATE", "PRESENT_REF"),
            ("1991", "DATE", "1991"),
            ("2009", "DATE", "2009"),
            ("twenty years", "DURATION", "P20Y"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Monday 2012-10-15 (ISO week 42), US paper's website foreign story on a prisoner release
    # in stages, headline, byline, stamp "Published: October 15, 2012", "MIREL, Kerevan —"
    # dateline. "said Monday" and "early Monday" are the publication day (US style names its
    # own day by the weekday; "early Monday" DATE like "early Friday", gold_blind103);
    # "overnight" the night before, 2012-10-14TNI (gold_blind103); "said Sunday" 2012-10-14.
    # Future: "this Thursday" 2012-10-18 (gold_blind30), "by Friday" 2012-10-19, "at 9 a.m.
    # Tuesday" 2012-10-16T09:00 and the DATE. "the first group ... by the end of the month"
    # 2012-10; the last group "in late February or early March" 2013-02 and 2013-03 (future
    # months across the year boundary); "Nov. 8" 2012-11-08; "Dec. 31" 2012-12-31. Past:
    # "Sept. 28" 2012-09-28, "in July" 2012-07, "at noon on Oct. 1" 2012-10-01T12:00 and the
    # DATE, "March 2003", "since 1998", "In 2005", "a 2009 deal" (adjectival year). Durations:
    # "the next 30 days" P30D, "within 48 hours of the first release" PT48H (anchored),
    # "almost three months" P3M, "11 years" P11Y, "two more weeks" P2W ("more" kept, like "six
    # more weeks", gold_blind50), "more than 25 years" P25Y (length of a sentence), "the first
    # week" of the ceasefire P1W (an ordinal period of an event, gold_blind8), "14 years" P14Y,
    # "within a year" P1Y, "after six months" P6M. Sets: "every six weeks" P6W, "every
    # Thursday" XXXX-WXX-4. Not annotated: "400", "four stages", "the first group of 100",
    # "groups of 100", "the second group", "17 soldiers", "40 miles", "62" (an age), "2,300",
    # "14 violations", "212", "its first session", "mvd.kerevan.gov/lists-2012" (a URL with a
    # year), "1-800-555-2012" (a phone number ending in the year of the story).
    "kerevan-prisoner-release-stages": (
        "2012-10-15",
        [
            ("October 15, 2012", "DATE", "2012-10-15"),
            ("the end of the month", "DATE", "2012-10"),
            ("Monday", "DATE", "2012-10-15"),
            ("Sept. 28", "DATE", "2012-09-28"),
            ("1998", "DATE", "1998"),
            ("every six weeks", "SET", "P6W"),
            ("late February", "DATE", "2013-02"),
            ("early March", "DATE", "2013-03"),
            ("the next 30 days", "DURATION", "P30D"),
            ("July", "DATE", "2012-07"),
            ("Sunday", "DATE", "2012-10-14"),
            ("48 hours", "DURATION", "PT48H"),
            ("almost three months", "DURATION", "P3M"),
            ("early Monday", "DATE", "2012-10-15"),
            ("overnight", "TIME", "2012-10-14TNI"),
            ("11 years", "DURATION", "P11Y"),
            ("two more weeks", "DURATION", "P2W"),
            ("more than 25 years", "DURATION", "P25Y"),
            ("noon", "TIME", "2012-10-01T12:00"),
            ("Oct. 1", "DATE", "2012-10-01"),
            ("the first week", "DURATION", "P1W"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("this Thursday", "DATE", "2012-10-18"),
            ("14 years", "DURATION", "P14Y"),
            ("Nov. 8", "DATE", "2012-11-08"),
            ("2005", "DATE", "2005"),
            ("a year", "DURATION", "P1Y"),
            ("2009", "DATE", "2009"),
            ("six months", "DURATION", "P6M"),
            ("Dec. 31", "DATE", "2012-12-31"),
            ("March 2003", "DATE", "2003-03"),
            ("Friday", "DATE", "2012-10-19"),
            ("9 a.m.", "TIME", "2012-10-16T09:00"),
            ("Tuesday", "DATE", "2012-10-16"),
        ],
    ),
    # Thursday 2013-02-21 (ISO week 8), Australian broadcaster's news page, headline ("by end
    # of 2014"), stamp "Updated Thu 21 Feb 2013, 6:12pm AEDT" (an abbreviated weekday, checked
    # by hand: 21 February 2013 is a Thursday; the date one DATE span with it, the clock time
    # a TIME with the zone in the span), byline. "end of 2014" (headline, no article) and "the
    # end of 2014" take the year's value, 2014; "December 2014" 2014-12; "after 2014" ->
    # "2014". "this afternoon" 2013-02-21TAF; "now" PRESENT_REF; "mid-2013" the year's value
    # 2013 (gold_blind59, gold_blind103); "by September" 2013-09; "last year" 2012; "last
    # October" 2012-10; "ends in November" 2013-11 (the fighting season itself not annotated);
    # "on Monday" past 2013-02-18; "on Tuesday" past 2013-02-19; "February 3" 2013-02-03;
    # "late June" 2013-06; "next month" 2013-03; "April" and "May" ahead 2013-04, 2013-05;
    # "before Christmas" -> "Christmas" 2013-12-25. "In seven years" (since 2006, what was
    # done in that time) P7Y; "every eight months" and "every six months" SETs P8M and P6M;
    # "shortened to six months" DURATION P6M; "within 22 months" -> "22 months" P22M. The
    # Australian financial year runs July-June and is named by the year it ends: "the 2012-13
    # financial year" FY2013 and the elliptical "2011-12" FY2012 (gold_blind77); "the next two
    # financial years" DURATION P2Y (like "the last three financial years", gold_blind77).
    # Not annotated: "may stay on" (the verb, beside "in May"), "before then" (anaphoric),
    # "the winter break" (a parliamentary recess, gold_blind77; its "late June" annotated),
    # "the fighting season", "the final two deployments", "around the clock", "1,550",
    # "1,000", "250", "four brigades", "14 contributing nations", "$1.2 billion", "$1.46
    # billion", "$1.75 billion", "61 per cent", "Forty", "1800 555 214".
    "tarkestan-troop-withdrawal-2014": (
        "2013-02-21",
        [
            ("end of 2014", "DATE", "2014"),
            ("Thu 21 Feb 2013", "DATE", "2013-02-21"),
            ("6:12pm AEDT", "TIME", "2013-02-21T18:12"),
            ("the end of 2014", "DATE", "2014"),
            ("last year", "DATE", "2012"),
            ("this afternoon", "TIME", "2013-02-21TAF"),
            ("now", "DATE", "PRESENT_REF"),
            ("mid-2013", "DATE", "2013"),
            ("September", "DATE", "2013-09"),
            ("2006", "DATE", "2006"),
            ("seven years", "DURATION", "P7Y"),
            ("December 2014", "DATE", "2014-12"),
            ("last October", "DATE", "2012-10"),
            ("November", "DATE", "2013-11"),
            ("every eight months", "SET", "P8M"),
            ("2010", "DATE", "2010"),
            ("six months", "DURATION", "P6M"),
            ("every six months", "SET", "P6M"),
            ("2014", "DATE", "2014"),
            ("the next two financial years", "DURATION", "P2Y"),
            ("the 2012-13 financial year", "DATE", "FY2013"),
            ("2011-12", "DATE", "FY2012"),
            ("Monday", "DATE", "2013-02-18"),
            ("Christmas", "DATE", "2013-12-25"),
            ("2006", "DATE", "2006"),
            ("February 3", "DATE", "2013-02-03"),
            ("late June", "DATE", "2013-06"),
            ("Tuesday", "DATE", "2013-02-19"),
            ("22 months", "DURATION", "P22M"),
            ("next month", "DATE", "2013-03"),
            ("April", "DATE", "2013-04"),
            ("May", "DATE", "2013-05"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
