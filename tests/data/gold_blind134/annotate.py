"""Annotations of the hundred-and-thirty-fourth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind134/annotate.py [--show]

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
    # Wednesday 2014-10-22 (ISO week 43), US tech site's outage story, headline, byline, stamp
    # "October 22, 2014 12:47 PM PDT" (a DATE and a TIME, the zone in the span and not in the
    # value, gold_blind55, gold_blind86), no dateline, an "Update, 1:40 p.m. PT:" line at the
    # foot. The outage was "on Wednesday", the publication day. "at 9:14 a.m. PT (16:14 UTC)"
    # is two TIMEs, each the clock time as written on the day it falls on in its zone
    # (gold_blind7: PDT is UTC-7, so both are the same instant); "since shortly after 9 a.m."
    # -> "9 a.m." ("shortly after" a signal, gold_blind7); "10:02 a.m. PT", "12:15 p.m. PT",
    # "1:40 p.m. PT" clock times of the day. The tool was "deployed on Monday" 2014-10-20
    # (past). "several more hours" PTXH; "this morning" in the manager's post 2014-10-22TMO;
    # "within seven days" -> "seven days"; "their October bill" -> "October" 2014-10, a month
    # named in an adjectival position that still points to one month (like "this winter's
    # bill" in gold_blind103). "the second outage ... in less than a month" -> "less than a
    # month" DURATION P1M, the period of an ordinal count ("the third time in two weeks",
    # gold_blind103); "Sept. 27" 2014-09-27; "nearly 40 minutes" PT40M. "Black Friday, Nov.
    # 28" two DATEs 2014-11-28 (Thanksgiving 2014 is 27 November, gold_blind38); "Cyber
    # Monday" 2014-12-01 in a conditional about the future ("If this happens on"). Headline
    # "for three hours" and the quote's "For three hours" PT3H, "about three hours" PT3H.
    # "the July-September quarter" is a calendar quarter, 2014-Q3, and "a year earlier" after
    # it 2013-Q3 (gold_blind35); "whose fiscal year began July 1" -> "July 1" 2014-07-01, so
    # "fiscal first-quarter" (adjectival, like "second-quarter" in gold_blind28) is the
    # quarter July-September of the fiscal year ending June 2015, FY2015-Q1 - the same months
    # as the research firm's calendar quarter, valued by their wording. "the end of the month"
    # 2014-10; "now" PRESENT_REF. Not annotated: "US-West" (a region), "three data centers",
    # "10 percent", "48 percent", "$410 million", "2.3 percent", "$71.40", "99.95 percent",
    # "afternoon trading" (gold_blind86's "morning trading"), "a holiday season" (no dates,
    # gold_blind55), "service-level agreement", "Update" (the label; its clock time is
    # annotated).
    "nimbara-cloud-us-west-outage": (
        "2014-10-22",
        [
            ("three hours", "DURATION", "PT3H"),
            ("October 22, 2014", "DATE", "2014-10-22"),
            ("12:47 PM PDT", "TIME", "2014-10-22T12:47"),
            ("Wednesday", "DATE", "2014-10-22"),
            ("about three hours", "DURATION", "PT3H"),
            ("9:14 a.m. PT", "TIME", "2014-10-22T09:14"),
            ("16:14 UTC", "TIME", "2014-10-22T16:14"),
            ("9 a.m.", "TIME", "2014-10-22T09:00"),
            ("10:02 a.m. PT", "TIME", "2014-10-22T10:02"),
            ("Monday", "DATE", "2014-10-20"),
            ("12:15 p.m. PT", "TIME", "2014-10-22T12:15"),
            ("several more hours", "DURATION", "PTXH"),
            ("this morning", "TIME", "2014-10-22TMO"),
            ("seven days", "DURATION", "P7D"),
            ("October", "DATE", "2014-10"),
            ("less than a month", "DURATION", "P1M"),
            ("Sept. 27", "DATE", "2014-09-27"),
            ("nearly 40 minutes", "DURATION", "PT40M"),
            ("Black Friday", "DATE", "2014-11-28"),
            ("Nov. 28", "DATE", "2014-11-28"),
            ("three hours", "DURATION", "PT3H"),
            ("Cyber Monday", "DATE", "2014-12-01"),
            ("recent years", "DATE", "PAST_REF"),
            ("2008", "DATE", "2008"),
            ("2011", "DATE", "2011"),
            ("the July-September quarter", "DATE", "2014-Q3"),
            ("a year earlier", "DATE", "2013-Q3"),
            ("July 1", "DATE", "2014-07-01"),
            ("fiscal first-quarter", "DATE", "FY2015-Q1"),
            ("Oct. 30", "DATE", "2014-10-30"),
            ("the end of the month", "DATE", "2014-10"),
            ("1:40 p.m. PT", "TIME", "2014-10-22T13:40"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Saturday 2013-03-09 (ISO week 10), a mail provider's status-page incident report: title,
    # incident name, entries newest first, each closed by a stamp "Mar 9, 2013 - 16:05 UTC" (a
    # DATE and a TIME, the zone in the span, like the stamps of gold_blind103); the last
    # entry's day is the publication day. Relative expressions inside an entry are anchored
    # to that entry's stamp (the live blog of gold_blind9): in the 02:50 UTC Saturday entry
    # "about 21:45 UTC yesterday" is Friday 2013-03-08T21:45 and "yesterday" 2013-03-08; in
    # the 23:58 UTC Friday entry "21:40 UTC tonight" is 2013-03-08T21:40 and "tonight"
    # 2013-03-08TNI (two TIMEX3, like "midnight tonight", gold_blind103); "later today" in
    # the 05:14 entry 2013-03-09; "now" PRESENT_REF in the 04:38 entry and in the postmortem.
    # The postmortem's "Between 21:47 UTC on Friday, March 8, and 04:32 UTC on Saturday, March
    # 9" is four TIMEX3, the weekday with its date one span (gold_blind28, gold_blind86); the
    # clock times without a named day ("05:10 UTC", "21:40 UTC", "23:51 UTC", "04:32 UTC",
    # "04:45 UTC") take the day of the event their sentence tells, across midnight
    # (gold_blind7). "up to seven hours" PT7H; "within seven minutes" -> "seven minutes";
    # "this year" 2013; "January 22" 2013-01-22; "March 1" 2013-03-01 (past). The new rules
    # are recurrences: "on Fridays" SET XXXX-WXX-5, "after 16:00 UTC on any day" a clock time
    # on no particular day XXXX-XX-XXT16:00 (gold_blind10; "any day" is not annotated),
    # "every 24 hours" SET PT24H, "rehearsed monthly" SET P1M; the footer's "every Sunday,
    # 01:00-02:00 UTC" SET XXXX-WXX-7 and two clock times XXXX-XX-XXThh:mm, the hyphen a
    # range mark; "the past 90 days" P90D; "the next hour" PT1H; "more than 40 minutes" PT40M;
    # "at least two hours" PT2H. Not annotated: "annual plans" (an adjective naming a kind of
    # plan), "next renewal", "Certificate expiry dates" (the words "dates" name no date),
    # "PV-INC-0308" (a reference holding the incident's month and day), "version 3.14.2",
    # "port 993", "18%", "99.93%", "about two-thirds", "any day", "one at a time", "in turn".
    "postvault-status-eu-login-incident": (
        "2013-03-09",
        [
            ("21:47 UTC", "TIME", "2013-03-08T21:47"),
            ("Friday, March 8", "DATE", "2013-03-08"),
            ("04:32 UTC", "TIME", "2013-03-09T04:32"),
            ("Saturday, March 9", "DATE", "2013-03-09"),
            ("up to seven hours", "DURATION", "PT7H"),
            ("05:10 UTC", "TIME", "2013-03-09T05:10"),
            ("21:40 UTC", "TIME", "2013-03-08T21:40"),
            ("March 1", "DATE", "2013-03-01"),
            ("seven minutes", "DURATION", "PT7M"),
            ("23:51 UTC", "TIME", "2013-03-08T23:51"),
            ("this year", "DATE", "2013"),
            ("January 22", "DATE", "2013-01-22"),
            ("18 minutes", "DURATION", "PT18M"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("16:00 UTC", "TIME", "XXXX-XX-XXT16:00"),
            ("now", "DATE", "PRESENT_REF"),
            ("every 24 hours", "SET", "PT24H"),
            ("monthly", "SET", "P1M"),
            ("Mar 9, 2013", "DATE", "2013-03-09"),
            ("16:05 UTC", "TIME", "2013-03-09T16:05"),
            ("more than 40 minutes", "DURATION", "PT40M"),
            ("later today", "DATE", "2013-03-09"),
            ("Mar 9, 2013", "DATE", "2013-03-09"),
            ("05:14 UTC", "TIME", "2013-03-09T05:14"),
            ("04:32 UTC", "TIME", "2013-03-09T04:32"),
            ("now", "DATE", "PRESENT_REF"),
            ("the next hour", "DURATION", "PT1H"),
            ("Mar 9, 2013", "DATE", "2013-03-09"),
            ("04:38 UTC", "TIME", "2013-03-09T04:38"),
            ("about 21:45 UTC", "TIME", "2013-03-08T21:45"),
            ("yesterday", "DATE", "2013-03-08"),
            ("04:45 UTC", "TIME", "2013-03-09T04:45"),
            ("Mar 9, 2013", "DATE", "2013-03-09"),
            ("02:50 UTC", "TIME", "2013-03-09T02:50"),
            ("21:40 UTC", "TIME", "2013-03-08T21:40"),
            ("tonight", "TIME", "2013-03-08TNI"),
            ("at least two hours", "DURATION", "PT2H"),
            ("Mar 8, 2013", "DATE", "2013-03-08"),
            ("23:58 UTC", "TIME", "2013-03-08T23:58"),
            ("Mar 8, 2013", "DATE", "2013-03-08"),
            ("22:19 UTC", "TIME", "2013-03-08T22:19"),
            ("the past 90 days", "DURATION", "P90D"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("01:00", "TIME", "XXXX-XX-XXT01:00"),
            ("02:00 UTC", "TIME", "XXXX-XX-XXT02:00"),
        ],
    ),
    # Monday 2012-12-03 (ISO week 49), British national paper's story of a bank's payments
    # failure, headline, standfirst, byline, date line "Monday 3 December 2012"; "yesterday"
    # is Sunday 2012-12-02 (the chief executive's statement). The failure was on Friday
    # 2012-11-30 (standfirst, lead, body, quote, share price): "shortly after 7am on Friday"
    # -> "7am" 2012-11-30T07:00 and the DATE; the batch "run overnight" is the night before
    # it, begun on Thursday evening, 2012-11-29TNI (gold_blind21, gold_blind59, gold_blind103);
    # "until about 4.30pm" 2012-11-30T16:30 (the approximator kept); "since Wednesday"
    # 2012-11-28; "the early hours of Saturday" one DATE span 2012-12-01 (gold_blind7,
    # gold_blind103); "by Saturday morning" 2012-12-01TMO; "Saturday" 2012-12-01 twice; "the
    # weekend" the one just past, 2012-W48-WE (1-2 December). The nurse's "since 8pm on
    # Thursday" 2012-11-29T20:00 and 2012-11-29. Future: "until 31 January" 2013-01-31
    # (standfirst and body), "by the end of March" 2013-03, "on 21 February" 2013-02-21,
    # "Christmas" 2012-12-25 and "little more than three weeks" P3W. "more than nine hours"
    # PT9H (7am to about 4.30pm); "an extra two hours" PT2H; "a 12-hour night shift" ->
    # "12-hour" PT12H; "within a fortnight" -> "a fortnight" P2W (gold_blind9); "this year"
    # 2012; "In May" 2012-05; "about four hours" PT4H; "since 2010"; "for years" -> "years"
    # PXY; "the 1970s and 1980s" two DATEs 197 and 198; "Every weekend" SET XXXX-WXX-WE.
    # Not annotated: "payday" (a kind of day, the day itself is "Friday"), "night shift",
    # "annual results" (an adjective naming the period of a figure, like "quarterly
    # results", gold_blind28, gold_blind86), "0800 555 2012" (a phone number ending in the
    # year), "3.2 million", "40,000", "34" (an age), "15 per cent", "3.1 per cent", "out of
    # pocket", "eventually".
    "northmoor-bank-payday-card-failure": (
        "2012-12-03",
        [
            ("more than nine hours", "DURATION", "PT9H"),
            ("Friday", "DATE", "2012-11-30"),
            ("31 January", "DATE", "2013-01-31"),
            ("Monday 3 December 2012", "DATE", "2012-12-03"),
            ("Friday", "DATE", "2012-11-30"),
            ("7am", "TIME", "2012-11-30T07:00"),
            ("Friday", "DATE", "2012-11-30"),
            ("overnight", "TIME", "2012-11-29TNI"),
            ("about 4.30pm", "TIME", "2012-11-30T16:30"),
            ("Wednesday", "DATE", "2012-11-28"),
            ("the early hours of Saturday", "DATE", "2012-12-01"),
            ("Saturday morning", "TIME", "2012-12-01TMO"),
            ("Friday", "DATE", "2012-11-30"),
            ("Saturday", "DATE", "2012-12-01"),
            ("an extra two hours", "DURATION", "PT2H"),
            ("Saturday", "DATE", "2012-12-01"),
            ("yesterday", "DATE", "2012-12-02"),
            ("Friday", "DATE", "2012-11-30"),
            ("31 January", "DATE", "2013-01-31"),
            ("12-hour", "DURATION", "PT12H"),
            ("8pm", "TIME", "2012-11-29T20:00"),
            ("Thursday", "DATE", "2012-11-29"),
            ("a fortnight", "DURATION", "P2W"),
            ("the end of March", "DATE", "2013-03"),
            ("this year", "DATE", "2012"),
            ("May", "DATE", "2012-05"),
            ("about four hours", "DURATION", "PT4H"),
            ("2010", "DATE", "2010"),
            ("years", "DURATION", "PXY"),
            ("the 1970s", "DATE", "197"),
            ("1980s", "DATE", "198"),
            ("Every weekend", "SET", "XXXX-WXX-WE"),
            ("Christmas", "DATE", "2012-12-25"),
            ("little more than three weeks", "DURATION", "P3W"),
            ("the weekend", "DATE", "2012-W48-WE"),
            ("Friday", "DATE", "2012-11-30"),
            ("21 February", "DATE", "2013-02-21"),
        ],
    ),
    # Thursday 2015-07-16 (ISO week 29), Reuters-style wire on a retailer's data breach,
    # "UPDATE 1-" headline ("over three months", P3M), web stamp "Thu Jul 16, 2015 4:12pm EDT"
    # (abbreviated weekday and date one DATE span, gold_blind70, checked by hand: 16 July 2015
    # is a Thursday; the clock time a TIME), "CHICAGO, July 16 (Reuters) -" dateline (the
    # publication day, gold_blind86). "said on Thursday" and "Before Thursday" the
    # publication day; the first statement "on Monday" 2015-07-13 (past). "between March and
    # May" two DATEs 2015-03 and 2015-05; "from March 3 until May 27" 2015-03-03 and
    # 2015-05-27; "waited seven weeks" P7W (27 May to 16 July, 50 days); "within 72 hours of
    # finding the code" -> "72 hours" PT72H, anchored to an event (gold_blind7); "by
    # mid-August" 2015-08; "first seen in 2014"; "since February" 2015-02 and "since January"
    # 2015-01 (past); "for 12 months" P12M. The call center's hours "from 8 a.m. to 10 p.m.
    # Eastern time, seven days a week" are two clock times on no particular day
    # XXXX-XX-XXThh:mm (gold_blind10) and the SET "seven days a week" P1W (gold_blind94);
    # "earlier this year" and "this year" 2015; "a 30-day deadline" -> "30-day" P30D; "recent
    # years" PAST_REF; "since October 2013" 2013-10; "next month" 2015-08. "whose fiscal year
    # ends in late January" -> "late January" 2016-01, the end of the fiscal year now running
    # (gold_blind38), and "its fiscal second quarter, which ends Aug. 1" -> FY2016-Q2 (May-July
    # 2015, the fiscal year named by the year it ends, gold_blind38; the possessive kept,
    # gold_blind38's "its fiscal third quarter") and "Aug. 1" 2015-08-01 (a Saturday, as
    # retail quarters end); "Aug. 20" 2015-08-20; "over the past two weeks" -> "the past two
    # weeks" P2W; "by the end of September" 2015-09. Not annotated: "UPDATE 1", "expiration
    # dates" (card data, no date named), "1.1 million", "212 stores", "1-866-555-0315" (a
    # phone number with "0315" in it), "6.2 percent", "$38.15", "14 percent", "intraday",
    # "afternoon trading", "Back-to-school shopping", "the holiday season" (no dates,
    # gold_blind55), "make their year" (an idiom), "quarterly results" (gold_blind86), "has
    # since been working" (an anaphoric "since").
    "trellis-home-card-breach-disclosure": (
        "2015-07-16",
        [
            ("three months", "DURATION", "P3M"),
            ("Thu Jul 16, 2015", "DATE", "2015-07-16"),
            ("4:12pm EDT", "TIME", "2015-07-16T16:12"),
            ("July 16", "DATE", "2015-07-16"),
            ("Thursday", "DATE", "2015-07-16"),
            ("March", "DATE", "2015-03"),
            ("May", "DATE", "2015-05"),
            ("March 3", "DATE", "2015-03-03"),
            ("May 27", "DATE", "2015-05-27"),
            ("Monday", "DATE", "2015-07-13"),
            ("seven weeks", "DURATION", "P7W"),
            ("72 hours", "DURATION", "PT72H"),
            ("mid-August", "DATE", "2015-08"),
            ("2014", "DATE", "2014"),
            ("February", "DATE", "2015-02"),
            ("12 months", "DURATION", "P12M"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("10 p.m. Eastern time", "TIME", "XXXX-XX-XXT22:00"),
            ("seven days a week", "SET", "P1W"),
            ("earlier this year", "DATE", "2015"),
            ("30-day", "DURATION", "P30D"),
            ("recent years", "DATE", "PAST_REF"),
            ("October 2013", "DATE", "2013-10"),
            ("Thursday", "DATE", "2015-07-16"),
            ("this year", "DATE", "2015"),
            ("next month", "DATE", "2015-08"),
            ("late January", "DATE", "2016-01"),
            ("its fiscal second quarter", "DATE", "FY2016-Q2"),
            ("Aug. 1", "DATE", "2015-08-01"),
            ("Aug. 20", "DATE", "2015-08-20"),
            ("the past two weeks", "DURATION", "P2W"),
            ("the end of September", "DATE", "2015-09"),
            ("January", "DATE", "2015-01"),
        ],
    ),
    # Tuesday 2014-03-04 (ISO week 10), Indian-English business paper's technology story on a
    # software end-of-support notice, headline ("till March 31"), byline with stamp "Mar 4,
    # 2014, 04.12AM IST" (a DATE and a TIME), "PUNE:" dateline. The Indian financial year runs
    # April-March and is named by the year it ends (gold_blind9, gold_blind49): "the current
    # financial year" FY2014, "the 2014-15 financial year" one span FY2015 (gold_blind88),
    # "2012-13" FY2013 (gold_blind74) and "the previous year" after it FY2012 (the granularity
    # of what it is compared with, gold_blind35); Sarvam's "fourth-quarter revenue"
    # (adjectival, the company's April-March year) FY2014-Q4 (January-March 2014), while the
    # traders' VAT "January-March quarter" is the calendar quarter 2014-Q1 (gold_blind9). "March
    # 31" (headline, lead, quote, last line) 2014-03-31; "less than four weeks" P4W (27 days);
    # "last week" 2014-W09; "until March 31, 2015" 2015-03-31; "released in late 2007" 2007;
    # "begins on April 1" 2014-04-01; "told this paper on Monday" 2014-03-03 (past); "since
    # 2003"; "August last year" one span 2013-08 (gold_blind28's "September last year"); "until
    # March 15" 2014-03-15; "daily from 9am to 9pm" SET P1D and two clock times on no particular
    # day; "till the end of April" 2014-04 ("till" a signal like "until"); "more than five
    # years" P5Y; "on March 30" 2014-03-30 (future); "by 2016"; "In recent years" PAST_REF;
    # "about five years" P5Y. Not annotated: "LekhaPro 2008" (a product name holding a year,
    # seven times, like "Caspian 2001" in gold_blind86), "the 2008 edition" (the product's
    # name, released in 2007), "1800-233-2008" (a helpline number ending in that year), "Rs
    # 4,999", "Rs 212 crore", "four lakh", "six lakh", "3.8 lakh", "90,000", "40%", "18%",
    # "25%", "six or seven years old" (an age, like "eight-year-old" in gold_blind86), "the
    # last minute" (an idiom), "after that date" (anaphoric).
    "lekhapro-2008-support-ends-march-31": (
        "2014-03-04",
        [
            ("March 31", "DATE", "2014-03-31"),
            ("Mar 4, 2014", "DATE", "2014-03-04"),
            ("04.12AM IST", "TIME", "2014-03-04T04:12"),
            ("less than four weeks", "DURATION", "P4W"),
            ("March 31", "DATE", "2014-03-31"),
            ("the current financial year", "DATE", "FY2014"),
            ("last week", "DATE", "2014-W09"),
            ("March 31, 2015", "DATE", "2015-03-31"),
            ("late 2007", "DATE", "2007"),
            ("the 2014-15 financial year", "DATE", "FY2015"),
            ("April 1", "DATE", "2014-04-01"),
            ("the January-March quarter", "DATE", "2014-Q1"),
            ("March 31", "DATE", "2014-03-31"),
            ("Monday", "DATE", "2014-03-03"),
            ("2003", "DATE", "2003"),
            ("August last year", "DATE", "2013-08"),
            ("March 15", "DATE", "2014-03-15"),
            ("daily", "SET", "P1D"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("the end of April", "DATE", "2014-04"),
            ("more than five years", "DURATION", "P5Y"),
            ("March 30", "DATE", "2014-03-30"),
            ("fourth-quarter", "DATE", "FY2014-Q4"),
            ("2012-13", "DATE", "FY2013"),
            ("the previous year", "DATE", "FY2012"),
            ("2016", "DATE", "2016"),
            ("recent years", "DATE", "PAST_REF"),
            ("about five years", "DURATION", "P5Y"),
            ("March 31", "DATE", "2014-03-31"),
        ],
    ),
    # Friday 2013-11-08 (ISO week 45), an online game's news post announcing new maintenance
    # hours, site label, headline, date and byline line "Friday, 8 November 2013 · Posted by
    # ...", no dateline. The recurring maintenance "weekly" (headline "Weekly" and body, an
    # adjective naming a recurrence, SET P1W, gold_blind35's "weekly strike benefits") "every
    # Tuesday from 4am to 8am CET (3am to 7am GMT)": SET XXXX-WXX-2 and four clock times on no
    # particular day XXXX-XX-XXThh:mm (gold_blind10), the zones in the spans (the first time of
    # each pair takes the zone of the second, gold_blind86); the old one "on Wednesdays from
    # 7am to 10am CET" likewise; "Tuesdays" (headline and survey sentence) XXXX-WXX-2,
    # "Wednesday mornings" twice XXXX-WXX-3TMO. Dated: "Starting on 19 November" and the
    # headline's "on 19 November" 2013-11-19; "Wednesday 13 November" and its "7am" and "10am
    # CET" (one-off times, anchored); "Tuesday 19 November" with "2am" and "10am CET"; "about
    # eight hours" PT8H; "on Monday" 2013-11-11 (future); "between 22 November and 1 December"
    # 2013-11-22 and 2013-12-01; "at 23:59 CET on Sunday 1 December" TIME and DATE; "the
    # following Tuesday" after it 2013-12-03 (gold_blind36, gold_blind81); "from 17 December
    # to 7 January" 2013-12-17 and 2014-01-07 (across the year boundary); "closes on Sunday"
    # 2013-11-10 and "this weekend" the coming one in a Friday post, 2013-W45-WE. "since March
    # 2011" 2011-03; "for the past two years" P2Y; "last month" 2013-10; "The new window is
    # also an hour longer" -> "an hour" PT1H, the size of a difference ("a year later than",
    # gold_blind35); "at least 30 minutes in advance" PT30M. Not annotated: "patch 2.4" and
    # "Patch 2.4", "Season 4", "Season 5" (game seasons, no calendar unit, like sports
    # seasons), "Embers of Vael", "the Winter Lanterns festival" (an in-game event's name; its
    # dates are annotated), "the Harvest Fair", "@RavenfallEU", "12,000", "3%", "11%", "the
    # old schedule", "their current schedule", "as usual", "in all", "once maintenance is
    # over", "your last chance".
    "ravenfall-eu-maintenance-moves-to-tuesdays": (
        "2013-11-08",
        [
            ("Weekly", "SET", "P1W"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("19 November", "DATE", "2013-11-19"),
            ("Friday, 8 November 2013", "DATE", "2013-11-08"),
            ("19 November", "DATE", "2013-11-19"),
            ("weekly", "SET", "P1W"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("4am", "TIME", "XXXX-XX-XXT04:00"),
            ("8am CET", "TIME", "XXXX-XX-XXT08:00"),
            ("3am", "TIME", "XXXX-XX-XXT03:00"),
            ("7am GMT", "TIME", "XXXX-XX-XXT07:00"),
            ("March 2011", "DATE", "2011-03"),
            ("the past two years", "DURATION", "P2Y"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("10am CET", "TIME", "XXXX-XX-XXT10:00"),
            ("last month", "DATE", "2013-10"),
            ("Wednesday mornings", "SET", "XXXX-WXX-3TMO"),
            ("4am", "TIME", "XXXX-XX-XXT04:00"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Wednesday mornings", "SET", "XXXX-WXX-3TMO"),
            ("an hour", "DURATION", "PT1H"),
            ("Wednesday 13 November", "DATE", "2013-11-13"),
            ("7am", "TIME", "2013-11-13T07:00"),
            ("10am CET", "TIME", "2013-11-13T10:00"),
            ("Tuesday 19 November", "DATE", "2013-11-19"),
            ("2am", "TIME", "2013-11-19T02:00"),
            ("10am CET", "TIME", "2013-11-19T10:00"),
            ("about eight hours", "DURATION", "PT8H"),
            ("Monday", "DATE", "2013-11-11"),
            ("22 November", "DATE", "2013-11-22"),
            ("1 December", "DATE", "2013-12-01"),
            ("23:59 CET", "TIME", "2013-12-01T23:59"),
            ("Sunday 1 December", "DATE", "2013-12-01"),
            ("the following Tuesday", "DATE", "2013-12-03"),
            ("17 December", "DATE", "2013-12-17"),
            ("7 January", "DATE", "2014-01-07"),
            ("at least 30 minutes", "DURATION", "PT30M"),
            ("Sunday", "DATE", "2013-11-10"),
            ("this weekend", "DATE", "2013-W45-WE"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
