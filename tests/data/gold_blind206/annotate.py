"""Annotations of the two-hundred-and-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind206/annotate.py [--show]

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
    # Tuesday 2013-03-05 (ISO week 10), British daily's business page, headline, standfirst
    # ("within weeks" -> "weeks" PXW, gold_blind18), byline, date line "Tuesday 5 March 2013".
    # "yesterday" Monday 2013-03-04, the appointment "at 4.15pm" that day, "last night" its
    # night 2013-03-04TNI (gold_blind35); "less than an hour after" an anchored duration
    # PT1H; talks broke down "over the weekend" 2013-W09-WE (2-3 March, "over" a signal); the
    # clearance sale "ended on Sunday" 2013-03-03 "after 11 weeks" P11W. Ahead: "31 March"
    # 2013-03-31, "the end of next week" 2013-W11 (gold_blind14), the creditors' meeting "11am
    # on Thursday 21 March" and the proofs of debt "by noon on Wednesday 20 March" (clock time
    # and day two TIMEX3). "last summer" in March is 2012-SU and its "wet June" the head noun
    # "June" 2012-06 (gold_blind103's "a wet winter"); "Christmas" (twice) 2012-12-25; "the
    # months before the collapse" -> "the months" PXM (gold_blind32). "pay rent monthly
    # instead of quarterly": two recurrences, SET P1M and P3M (gold_blind35's "quarterly").
    # "the financial year to 31 March 2012" -> "the financial year" FY2012 (a UK April-March
    # year named by the year it ends) plus "31 March 2012", and "a year earlier" after it
    # FY2011 (the granularity of what it is compared with). "this year" 2013, "January"
    # 2013-01, "last month" 2013-02. Not annotated: "CR-2013-001873" (a case number holding
    # 2013), "0117 496 2013" (a phone number), "2,100 jobs", "31 stores", "£14m", "£8.7m",
    # "£2.1m", "£96m", "4,800 members", "£61m", "the third high-street chain", "since then".
    "pellow-grant-administration": (
        "2013-03-05",
        [
            ("weeks", "DURATION", "PXW"),
            ("Tuesday 5 March 2013", "DATE", "2013-03-05"),
            ("1919", "DATE", "1919"),
            ("yesterday", "DATE", "2013-03-04"),
            ("the weekend", "DATE", "2013-W09-WE"),
            ("4.15pm", "TIME", "2013-03-04T16:15"),
            ("less than an hour", "DURATION", "PT1H"),
            ("today", "DATE", "2013-03-05"),
            ("31 March", "DATE", "2013-03-31"),
            ("weeks", "DURATION", "PXW"),
            ("the next month", "DURATION", "P1M"),
            ("the end of next week", "DATE", "2013-W11"),
            ("last summer", "DATE", "2012-SU"),
            ("June", "DATE", "2012-06"),
            ("Christmas", "DATE", "2012-12-25"),
            ("the months", "DURATION", "PXM"),
            ("monthly", "SET", "P1M"),
            ("quarterly", "SET", "P3M"),
            ("Sunday", "DATE", "2013-03-03"),
            ("11 weeks", "DURATION", "P11W"),
            ("the financial year", "DATE", "FY2012"),
            ("31 March 2012", "DATE", "2012-03-31"),
            ("a year earlier", "DATE", "FY2011"),
            ("11am", "TIME", "2013-03-21T11:00"),
            ("Thursday 21 March", "DATE", "2013-03-21"),
            ("noon", "TIME", "2013-03-20T12:00"),
            ("Wednesday 20 March", "DATE", "2013-03-20"),
            ("eight weeks", "DURATION", "P8W"),
            ("at least a year", "DURATION", "P1Y"),
            ("last night", "TIME", "2013-03-04TNI"),
            ("26 years", "DURATION", "P26Y"),
            ("Christmas", "DATE", "2012-12-25"),
            ("months", "DURATION", "PXM"),
            ("2010", "DATE", "2010"),
            ("the past six months", "DURATION", "P6M"),
            ("this year", "DATE", "2013"),
            ("January", "DATE", "2013-01"),
            ("last month", "DATE", "2013-02"),
        ],
    ),
    # Wednesday 2014-10-08 (ISO week 41), wire story, headline, stamp "NEW YORK Wed Oct 8,
    # 2014 5:31pm EDT" (the abbreviated weekday checked by hand: 2014-10-08 is a Wednesday;
    # date with weekday one DATE span like "Thursday, Jun. 12 2014" in gold_blind100, the
    # clock time a TIME with the zone in the span). "filed ... on Wednesday" is the day of
    # the wire, 2014-10-08; the first-day hearing "2 p.m. Thursday" ahead, 2014-10-09T14:00
    # and 2014-10-09 (two TIMEX3, gold_blind35); bonds traded "on
    # Tuesday" 2014-10-07. "since the spring" 2014-SP; "within 60 days" -> "60 days". Bids
    # "by 4 p.m. on Nov. 21" (TIME and DATE), auction "Dec. 2" (a Tuesday, week 49) and "the
    # following week" 2014-W50, anchored on Dec. 2 (gold_blind29); the 341 meeting "Nov. 12".
    # "due Sept. 15" 2014-09-15, the "30-day grace period" P30D ending Oct. 15, "next week"
    # 2014-W42. "bonds due 2018" -> "2018" DATE (a maturity, gold_blind38). "early September"
    # 2014-09; "the second quarter" 2014-Q2 (calendar, no fiscal year described) and "a year
    # earlier" 2013-Q2; "the first half of 2014" one span; "the end of March" ahead 2015-03;
    # "January 2013"; "the weeks ahead" PXW like "the coming weeks"; "the end of the year"
    # 2014; "this year" 2014, "May" 2014-05; "recent years" PAST_REF; "in about three months"
    # how long such sales take, DURATION P3M. Not annotated: "Chapter 11" (twice), "14-12290"
    # (a case number), "Section 363", "341" (a meeting named by a code section), "8.75
    # percent", "31 cents", "58 cents", "Snackstix 360", "annual profit" (a figure per
    # period, not a recurrence), "$310 million", "$455 million", "$40 million", "$265
    # million", "$9.8 million", "11 percent", "$22 million", "240 jobs", "1,850", "$520
    # million", "the bid deadline" (an event noun).
    "ferrovale-foods-chapter-11": (
        "2014-10-08",
        [
            ("Wed Oct 8, 2014", "DATE", "2014-10-08"),
            ("5:31pm EDT", "TIME", "2014-10-08T17:31"),
            ("Wednesday", "DATE", "2014-10-08"),
            ("60 days", "DURATION", "P60D"),
            ("the spring", "DATE", "2014-SP"),
            ("4 p.m.", "TIME", "2014-11-21T16:00"),
            ("Nov. 21", "DATE", "2014-11-21"),
            ("Dec. 2", "DATE", "2014-12-02"),
            ("the following week", "DATE", "2014-W50"),
            ("2 p.m.", "TIME", "2014-10-09T14:00"),
            ("Thursday", "DATE", "2014-10-09"),
            ("Nov. 12", "DATE", "2014-11-12"),
            ("the months", "DURATION", "PXM"),
            ("Sept. 15", "DATE", "2014-09-15"),
            ("30-day", "DURATION", "P30D"),
            ("next week", "DATE", "2014-W42"),
            ("2018", "DATE", "2018"),
            ("Tuesday", "DATE", "2014-10-07"),
            ("early September", "DATE", "2014-09"),
            ("the second quarter", "DATE", "2014-Q2"),
            ("a year earlier", "DATE", "2013-Q2"),
            ("the first half of 2014", "DATE", "2014-H1"),
            ("the end of March", "DATE", "2015-03"),
            ("January 2013", "DATE", "2013-01"),
            ("the weeks ahead", "DURATION", "PXW"),
            ("the end of the year", "DATE", "2014"),
            ("2007", "DATE", "2007"),
            ("2011", "DATE", "2011"),
            ("this year", "DATE", "2014"),
            ("May", "DATE", "2014-05"),
            ("recent years", "DATE", "PAST_REF"),
            ("about three months", "DURATION", "P3M"),
        ],
    ),
    # Thursday 2015-06-18 (ISO week 25), Irish daily's website, headline, standfirst, stamp
    # "Thu, Jun 18, 2015, 01:00" (abbreviated weekday checked by hand: a Thursday; one DATE
    # span and a TIME), byline. "yesterday afternoon" 2015-06-17TAF; "late last night" and
    # "last night" the night of that yesterday, 2015-06-17TNI (gold_blind35, modifier kept).
    # "next Tuesday" 2015-06-23, the coming Tuesday; "on Monday" 2015-06-15; "last Friday"
    # in a Thursday paper the most recent Friday, 2015-06-12 (gold_blind18). "June 1st"
    # 2015-06-01 (the ordinal suffix in the span). "70 days", "a further 30 days" (the
    # modifier kept), "within a month of each other" -> "a month" P1M, "about two hours",
    # "12 weeks", "six months", "four years", "35 days", "the 12 months to December 2013"
    # -> "the 12 months" P12M plus "December 2013", "The last two years" P2Y. "the autumn of
    # 2013" one span; "the first quarter of this year" one span 2015-Q1 (like "the first
    # quarter of 2016", gold_blind103); "last October" 2014-10; "the end of August" and "the
    # end of July" ahead, 2015-08 and 2015-07 (month values); "in March" past 2015-03;
    # "weekly" (paying wages) SET P1W. Not annotated: "the Companies Act 2014" (a statute's
    # name, like "the Enterprise Act 2002" in gold_blind100), "since then" (anaphoric), "212",
    # "nine branches", "€38.6m", "a third", "9 per cent", "€2.1 million", "€19.4 million",
    # "three loss-making branches", "€3.2 million", "SC".
    "kilbride-examinership-high-court": (
        "2015-06-18",
        [
            ("Thu, Jun 18, 2015", "DATE", "2015-06-18"),
            ("01:00", "TIME", "2015-06-18T01:00"),
            ("yesterday afternoon", "TIME", "2015-06-17TAF"),
            ("next Tuesday", "DATE", "2015-06-23"),
            ("about two hours", "DURATION", "PT2H"),
            ("June 1st", "DATE", "2015-06-01"),
            ("70 days", "DURATION", "P70D"),
            ("a further 30 days", "DURATION", "P30D"),
            ("the autumn of 2013", "DATE", "2013-FA"),
            ("a month", "DURATION", "P1M"),
            ("2013", "DATE", "2013"),
            ("the first quarter of this year", "DATE", "2015-Q1"),
            ("last October", "DATE", "2014-10"),
            ("the end of August", "DATE", "2015-08"),
            ("12 weeks", "DURATION", "P12W"),
            ("Monday", "DATE", "2015-06-15"),
            ("late last night", "TIME", "2015-06-17TNI"),
            ("last Friday", "DATE", "2015-06-12"),
            ("weekly", "SET", "P1W"),
            ("March", "DATE", "2015-03"),
            ("six months", "DURATION", "P6M"),
            ("1978", "DATE", "1978"),
            ("2006", "DATE", "2006"),
            ("2012", "DATE", "2012"),
            ("four years", "DURATION", "P4Y"),
            ("the 12 months", "DURATION", "P12M"),
            ("December 2013", "DATE", "2013-12"),
            ("35 days", "DURATION", "P35D"),
            ("the end of July", "DATE", "2015-07"),
            ("last night", "TIME", "2015-06-17TNI"),
            ("today", "DATE", "2015-06-18"),
            ("The last two years", "DURATION", "P2Y"),
        ],
    ),
    # Monday 2012-07-16 (ISO week 29), Australian broadcaster's news page, headline, stamp
    # "Posted Mon 16 Jul 2012, 4:18pm" (abbreviated weekday checked by hand: a Monday),
    # byline. Administrators appointed "on Friday afternoon" 2012-07-13TAF, "a week after"
    # the missed pay run an anchored duration P1W; "fortnightly payment run" SET P2W (a
    # recurring run); the bank meeting "July 5". The first creditors' meeting "10am on
    # Thursday, July 26" (TIME and DATE); "about five weeks", "at least the next fortnight"
    # P2W; "the end of the month" 2012-07; "within weeks rather than months" -> "weeks" PXW
    # and "months" PXM; "the months before the collapse" -> "the months" PXM; "since March"
    # 2012-03; "Saturday morning" 2012-07-14TMO; "today" the page's day; "this week" 2012-W29
    # (twice). "the 2011-12 financial year" one span FY2012 (the Australian July-June year
    # named by the year it ends, like "the 2013 financial year" in gold_blind100), "June 30"
    # 2012-06-30, "the year before" after it FY2011; "last year" the calendar year 2011;
    # "the mid-2000s" 200; her statement "on Sunday" 2012-07-15; homes "due to be finished by
    # Christmas" 2012-12-25 (the coming one). The hotline hours "from 8am until 8pm every day
    # this week": two
    # TIMEs XXXX-XX-XXThh:mm, SET "every day" P1D and "this week" (gold_blind103's "every
    # night"). Not annotated: "$27 million", "11 housing projects", "$84,000", "three
    # blokes", "$140 million", "$190 million", "320 homes", "1300 555 216", "the fourth".
    "calloway-built-voluntary-administration": (
        "2012-07-16",
        [
            ("Mon 16 Jul 2012", "DATE", "2012-07-16"),
            ("4:18pm", "TIME", "2012-07-16T16:18"),
            ("Friday afternoon", "TIME", "2012-07-13TAF"),
            ("a week", "DURATION", "P1W"),
            ("fortnightly", "SET", "P2W"),
            ("July 5", "DATE", "2012-07-05"),
            ("10am", "TIME", "2012-07-26T10:00"),
            ("Thursday, July 26", "DATE", "2012-07-26"),
            ("about five weeks", "DURATION", "P5W"),
            ("at least the next fortnight", "DURATION", "P2W"),
            ("the end of the month", "DATE", "2012-07"),
            ("weeks", "DURATION", "PXW"),
            ("months", "DURATION", "PXM"),
            ("the months", "DURATION", "PXM"),
            ("March", "DATE", "2012-03"),
            ("nine years", "DURATION", "P9Y"),
            ("Saturday morning", "TIME", "2012-07-14TMO"),
            ("today", "DATE", "2012-07-16"),
            ("this week", "DATE", "2012-W29"),
            ("the 2011-12 financial year", "DATE", "FY2012"),
            ("June 30", "DATE", "2012-06-30"),
            ("the year before", "DATE", "FY2011"),
            ("1986", "DATE", "1986"),
            ("last year", "DATE", "2011"),
            ("the mid-2000s", "DATE", "200"),
            ("Sunday", "DATE", "2012-07-15"),
            ("Christmas", "DATE", "2012-12-25"),
            ("three months", "DURATION", "P3M"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("every day", "SET", "P1D"),
            ("this week", "DATE", "2012-W29"),
            ("the past 18 months", "DURATION", "P18M"),
        ],
    ),
    # Friday 2015-02-20 (ISO week 8), Canadian wire story on a newspaper site, headline,
    # credit, "Published Friday, February 20, 2015 4:12PM EST" (one DATE span and a TIME),
    # "TORONTO —" dateline. The judge ruled "on Thursday" 2015-02-19 (past); sales "begin
    # Saturday" 2015-02-21 and "this weekend" 2015-W08-WE (21-22 February). "just over five
    # weeks after ... Jan. 12" an anchored duration P5W; "the end of May" 2015-05; "about 12
    # weeks"; the store hours "from 9 a.m. to 9 p.m. daily" two TIMEs XXXX-XX-XXThh:mm and
    # SET P1D; "March 7", "Jan. 12" again, "the next 30 days", "mid-April" 2015-04, "May 23",
    # "the summer" ahead
    # 2015-SU, "Aug. 31", "last month" 2015-01, "the Feb. 6 deadline" -> "Feb. 6"; "since the
    # spring" in February is the spring of 2014, 2014-SP; "opened months late" the size of a
    # delay, "months" PXM (gold_blind35). "its fiscal year ended Jan. 31" -> "its fiscal
    # year" FY2015 (named by the year it ends, gold_blind38, gold_blind100) plus "Jan. 31"
    # 2015-01-31; "a year earlier" FY2014; "the nine months to Oct. 31" -> "the nine months"
    # P9M plus "Oct. 31" 2014-10-31; "more than 20 years"; the hearing "10 a.m. on April 14".
    # Not annotated: "1-888-555-1971" (a phone number beside "1971"), "64", "1,900", "more
    # than 30", "two offers", "$48 million", "$6 million", "14 per cent", "Companies'
    # Creditors Arrangement Act", "the last day of trading" (its date "May 23" is annotated),
    # "a long goodbye".
    "stonecrest-home-liquidation-sales": (
        "2015-02-20",
        [
            ("Friday, February 20, 2015", "DATE", "2015-02-20"),
            ("4:12PM EST", "TIME", "2015-02-20T16:12"),
            ("the end of May", "DATE", "2015-05"),
            ("Thursday", "DATE", "2015-02-19"),
            ("just over five weeks", "DURATION", "P5W"),
            ("Jan. 12", "DATE", "2015-01-12"),
            ("Saturday", "DATE", "2015-02-21"),
            ("about 12 weeks", "DURATION", "P12W"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("daily", "SET", "P1D"),
            ("March 7", "DATE", "2015-03-07"),
            ("Jan. 12", "DATE", "2015-01-12"),
            ("the next 30 days", "DURATION", "P30D"),
            ("mid-April", "DATE", "2015-04"),
            ("May 23", "DATE", "2015-05-23"),
            ("the summer", "DATE", "2015-SU"),
            ("Aug. 31", "DATE", "2015-08-31"),
            ("last month", "DATE", "2015-01"),
            ("Feb. 6", "DATE", "2015-02-06"),
            ("the spring", "DATE", "2014-SP"),
            ("months", "DURATION", "PXM"),
            ("its fiscal year", "DATE", "FY2015"),
            ("Jan. 31", "DATE", "2015-01-31"),
            ("a year earlier", "DATE", "FY2014"),
            ("the nine months", "DURATION", "P9M"),
            ("Oct. 31", "DATE", "2014-10-31"),
            ("this weekend", "DATE", "2015-W08-WE"),
            ("more than 20 years", "DURATION", "P20Y"),
            ("10 a.m.", "TIME", "2015-04-14T10:00"),
            ("April 14", "DATE", "2015-04-14"),
            ("1971", "DATE", "1971"),
            ("2008", "DATE", "2008"),
        ],
    ),
    # Saturday 2012-11-24 (ISO week 47), British regional paper's website, headline, stamp
    # "7:00am Saturday 24th November 2012" (a TIME and a DATE span with its weekday and the
    # ordinal suffix), byline. "before Christmas" (headline) and "four days before Christmas"
    # -> "Christmas" 2012-12-25 and the anchored duration "four days" P4D; "Friday, December
    # 14" 2012-12-14; "November 30" 2012-11-30; "this week" 2012-W47; the transfer "on
    # Monday" ahead 2012-11-26; the
    # creditors' meeting "on Wednesday" (twice) 2012-11-21; the jobs fair "from 10am to 3pm
    # on Tuesday" ahead, 2012-11-27 with two TIMEs; "every Thursday" SET XXXX-WXX-4 ("until
    # it closes" left out). "within weeks of the company's collapse on October 2" -> "weeks"
    # PXW and "October 2" 2012-10-02; "the middle of next month" 2012-12 (like "the middle of
    # next week", gold_blind103); "the start of the year" 2012; "since the spring" in
    # November 2012-SP; "the months" PXM; "six weeks"; "November 9" 2012-11-09; "early next
    # year" 2013; "for 2011" -> "2011"; "31 years", "60 years" DURATIONs; "The 1980s" 198 and
    # the bare "1990s" 199 (gold_blind100). Not annotated: "Ashcombe 2000" (a boiler model,
    # beside "1998"), "stourford.gov.uk/ashcombe2012" (a web address holding 2012), "140
    # staff", "Eighteen workers", "410 people", "£11.3m", "2p in the pound", "£4.2m", "two
    # stages", "double shifts", "as recently as" (kept out of the span of "2008").
    "ashcombe-heating-factory-closure": (
        "2012-11-24",
        [
            ("Christmas", "DATE", "2012-12-25"),
            ("7:00am", "TIME", "2012-11-24T07:00"),
            ("Saturday 24th November 2012", "DATE", "2012-11-24"),
            ("Friday, December 14", "DATE", "2012-12-14"),
            ("four days", "DURATION", "P4D"),
            ("Christmas", "DATE", "2012-12-25"),
            ("this week", "DATE", "2012-W47"),
            ("1952", "DATE", "1952"),
            ("November 30", "DATE", "2012-11-30"),
            ("Monday", "DATE", "2012-11-26"),
            ("weeks", "DURATION", "PXW"),
            ("October 2", "DATE", "2012-10-02"),
            ("Wednesday", "DATE", "2012-11-21"),
            ("the middle of next month", "DATE", "2012-12"),
            ("1998", "DATE", "1998"),
            ("the start of the year", "DATE", "2012"),
            ("2008", "DATE", "2008"),
            ("the spring", "DATE", "2012-SP"),
            ("the months", "DURATION", "PXM"),
            ("Wednesday", "DATE", "2012-11-21"),
            ("six weeks", "DURATION", "P6W"),
            ("November 9", "DATE", "2012-11-09"),
            ("early next year", "DATE", "2013"),
            ("2011", "DATE", "2011"),
            ("31 years", "DURATION", "P31Y"),
            ("10am", "TIME", "2012-11-27T10:00"),
            ("3pm", "TIME", "2012-11-27T15:00"),
            ("Tuesday", "DATE", "2012-11-27"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("60 years", "DURATION", "P60Y"),
            ("The 1980s", "DATE", "198"),
            ("1990s", "DATE", "199"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
