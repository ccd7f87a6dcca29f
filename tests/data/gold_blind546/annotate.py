"""Annotations of the blind gold set 546, chosen by hand before the tagger ran.

    python tests/data/gold_blind546/annotate.py [--show]

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
    # Saturday 2013-03-30 (ISO week 13), British weekend money page, section label, headline,
    # standfirst, byline, date line "Saturday 30 March 2013", a KEY DATES box. Easter 2013: Good
    # Friday 29 March, Easter Sunday 31 March, Easter Monday 1 April (a Monday, in week 14).
    # "after Easter" (headline) and "over Easter" (the helpline) are Easter Sunday 2013-03-31 (a
    # holiday on the day it falls on, like "over Christmas" in gold_blind67); "THIS Easter
    # weekend" 2013-W13-WE (the week of its Saturday, gold_blind10's "the Easter weekend"), the
    # capitals of the paper's first word kept in the span. "Easter Monday, 1 April" two DATEs
    # (gold_blind27's "Easter Monday, 24 March"); "a week later" after it takes the week,
    # 2013-W15 (gold_blind68, gold_blind79). "next Saturday" in a Saturday paper is seven days
    # ahead, 2013-04-06 (gold_blind11, gold_blind43). "the next five weeks" P5W (to the 1 May
    # rise). Past: "said on Thursday" 2013-03-28, "26 February". Future: every bare "Monday" is
    # Easter Monday 2013-04-01, "by Tuesday" and "the next day" 2013-04-02. "2013-14" (water
    # bills) and "the financial year that begins on Monday" are the April-March year named by
    # the year it ends, FY2014, with "Monday" a DATE of its own (gold_blind35's "the fiscal year
    # that begins Oct. 1"); the UK tax year runs 6 April-5 April: "The 2012-13 tax year" and the
    # box's "2012-13" FY2013, "new tax year" FY2014 (gold_blind94); "the following day" after
    # "Friday 5 April" is 2013-04-06. "last year" 2012 (the wording's calendar year,
    # gold_blind35); "every four weeks" SET P4W; "early May" 2013-05; "monthly bills" SET P1M
    # (bills that recur, like "monthly payments" in gold_blind67); "the autumn" ahead 2013-FA,
    # "last autumn" 2012-FA; "six months" P6M; the helpline hours recur, XXXX-XX-XXT09:00 and
    # T17:00 with "daily" SET P1D. Not annotated: "on a bank holiday" (generic, gold_blind36),
    # "the holiday" (anaphoric, gold_blind57), "the new one" (a pronoun for the tax year); "the
    # first of ten instalments"; "Band D"; "1 per cent", "3.5 per cent", "2.5 per cent", "3.6
    # per cent", "1.9 per cent"; "£412", "£14"; "1.2 million homes", "400,000"; "0800 555 0413"
    # and "moneyhelptrust.org.uk/april2013" (a phone number and a URL with a year).
    "april-bills-benefits-changes-guide": (
        "2013-03-30",
        [
            ("April", "DATE", "2013-04"),
            ("Easter", "DATE", "2013-03-31"),
            ("the next five weeks", "DURATION", "P5W"),
            ("next Saturday", "DATE", "2013-04-06"),
            ("Easter Monday", "DATE", "2013-04-01"),
            ("Saturday 30 March 2013", "DATE", "2013-03-30"),
            ("THIS Easter weekend", "DATE", "2013-W13-WE"),
            ("Easter Monday", "DATE", "2013-04-01"),
            ("1 April", "DATE", "2013-04-01"),
            ("a week later", "DATE", "2013-W15"),
            ("2013-14", "DATE", "FY2014"),
            ("Thursday", "DATE", "2013-03-28"),
            ("last year", "DATE", "2012"),
            ("26 February", "DATE", "2013-02-26"),
            ("the financial year", "DATE", "FY2014"),
            ("Monday", "DATE", "2013-04-01"),
            ("Monday", "DATE", "2013-04-01"),
            ("Tuesday", "DATE", "2013-04-02"),
            ("now", "DATE", "PRESENT_REF"),
            ("Monday", "DATE", "2013-04-01"),
            ("the next day", "DATE", "2013-04-02"),
            ("The 2012-13 tax year", "DATE", "FY2013"),
            ("Friday 5 April", "DATE", "2013-04-05"),
            ("the following day", "DATE", "2013-04-06"),
            ("Monday 8 April", "DATE", "2013-04-08"),
            ("every four weeks", "SET", "P4W"),
            ("early May", "DATE", "2013-05"),
            ("monthly", "SET", "P1M"),
            ("1 May", "DATE", "2013-05-01"),
            ("the autumn", "DATE", "2013-FA"),
            ("last autumn", "DATE", "2012-FA"),
            ("six months", "DURATION", "P6M"),
            ("Monday 1 April", "DATE", "2013-04-01"),
            ("Friday 5 April", "DATE", "2013-04-05"),
            ("2012-13", "DATE", "FY2013"),
            ("Saturday 6 April", "DATE", "2013-04-06"),
            ("new tax year", "DATE", "FY2014"),
            ("Monday 8 April", "DATE", "2013-04-08"),
            ("Wednesday 1 May", "DATE", "2013-05-01"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("Easter", "DATE", "2013-03-31"),
            ("Easter Sunday", "DATE", "2013-03-31"),
        ],
    ),
    # Wednesday 2012-08-01 (ISO week 31), US local paper's consumer story, section label,
    # headline ("starts Friday"), byline, paper's name, date line "Wednesday, August 1, 2012"
    # (one DATE span), "CORLISS, Mo. —" dateline. The sales tax holiday runs Friday 2012-08-03
    # to Sunday 2012-08-05: "12:01 a.m. Friday" and "11:59 p.m. Sunday" two TIMEX3 each; "two
    # more days" (Wednesday to Friday) P2D; "those three days" and, for last year's holiday,
    # "the three days" P3D (durations, the demonstrative kept). "each year" and "every year" SET
    # P1Y; "Last year" 2011; "this year" 2012; "in March" 2012-03 (past); "2010" and "2011" two
    # DATEs. Future: "7 a.m. Friday" 2012-08-03T07:00, "two hours earlier than usual" the size
    # of a shift, PT2H (gold_blind44); "midnight Saturday" the midnight ending Saturday,
    # 2012-08-04T24:00 (gold_blind67); "Friday morning" 2012-08-03TMO; "Sunday afternoon"
    # 2012-08-05TAF; "Thursday night" 2012-08-02TNI ("we'll restock again"); "between Friday and
    # Sunday"; "after Aug. 5". Past: "last week" 2012-W30, "mid-July" 2012-07, "July 27"
    # 2012-07-27, "a week in April" P1W and 2012-04. "next spring" 2013-SP. School starts
    # "Wednesday, Aug. 15" and "Monday, Aug. 13" (weekday and date one span). The phone hours
    # recur on each day of the holiday, XXXX-XX-XXT08:00 and T18:00 with "each day" SET P1D
    # (gold_blind67's "every day"). Not annotated: "Sales tax holiday", "the holiday" (five
    # times) and "back-to-school" (an event and a kind of sale, not a calendar holiday); "Route
    # 61"; "Pell X-360" (a model number); "$100", "$50", "$1,500", "$1,499", "$200", "$4.2
    # million", "$90,000", "4.225 percent", "1.5 percent", "41", the age "54"; "573-555-2012" (a
    # phone number ending in the year), "573-555-0815", the URL
    # "corlissledger.com/2012/taxholiday"; "later", "soon after", "may not" (the verb).
    "tax-free-weekend-back-to-school": (
        "2012-08-01",
        [
            ("Friday", "DATE", "2012-08-03"),
            ("Wednesday, August 1, 2012", "DATE", "2012-08-01"),
            ("two more days", "DURATION", "P2D"),
            ("12:01 a.m.", "TIME", "2012-08-03T00:01"),
            ("Friday", "DATE", "2012-08-03"),
            ("11:59 p.m.", "TIME", "2012-08-05T23:59"),
            ("Sunday", "DATE", "2012-08-05"),
            ("those three days", "DURATION", "P3D"),
            ("each year", "SET", "P1Y"),
            ("2004", "DATE", "2004"),
            ("Last year", "DATE", "2011"),
            ("the three days", "DURATION", "P3D"),
            ("this year", "DATE", "2012"),
            ("March", "DATE", "2012-03"),
            ("2010", "DATE", "2010"),
            ("2011", "DATE", "2011"),
            ("7 a.m.", "TIME", "2012-08-03T07:00"),
            ("Friday", "DATE", "2012-08-03"),
            ("two hours", "DURATION", "PT2H"),
            ("midnight", "TIME", "2012-08-04T24:00"),
            ("Saturday", "DATE", "2012-08-04"),
            ("Friday morning", "TIME", "2012-08-03TMO"),
            ("1987", "DATE", "1987"),
            ("Sunday afternoon", "TIME", "2012-08-05TAF"),
            ("last week", "DATE", "2012-W30"),
            ("Thursday night", "TIME", "2012-08-02TNI"),
            ("every year", "SET", "P1Y"),
            ("Friday", "DATE", "2012-08-03"),
            ("Sunday", "DATE", "2012-08-05"),
            ("Aug. 5", "DATE", "2012-08-05"),
            ("Wednesday, Aug. 15", "DATE", "2012-08-15"),
            ("Monday, Aug. 13", "DATE", "2012-08-13"),
            ("mid-July", "DATE", "2012-07"),
            ("a week", "DURATION", "P1W"),
            ("April", "DATE", "2012-04"),
            ("next spring", "DATE", "2013-SP"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("each day", "SET", "P1D"),
            ("July 27", "DATE", "2012-07-27"),
        ],
    ),
    # Tuesday 2014-02-25 (ISO week 9), Canadian paper's personal-finance column, section label,
    # headline, byline, stamps "Published Tuesday, Feb. 25, 2014 6:00AM EST" and "Last updated
    # ... 9:14AM EST" (one DATE span each with its weekday, the clock time a TIME with the zone
    # in the span and not in the value, gold_blind103). The RRSP deadline is Monday 2014-03-03
    # (headline "Monday", "Monday, March 3", "March 3", "on Monday", "11:59 p.m. Eastern time on
    # Monday"); "six days left" (Tuesday to Monday) is the time left, P6D (gold_blind94's "Four
    # days left"). "March 1 falls on Saturday": both 2014-03-01. "this year" 2014; "Jan. 1"
    # 2014-01-01. A Canadian tax year is the calendar year: "the 2013 tax year" one DATE span
    # 2013 (gold_blind67), and "2013" before "tax bill", "return", "returns" and in "turned 71
    # in 2013" and "did the work in 2013" a DATE each. The branches' late hours recur, "until 8
    # p.m. every night this week" -> XXXX-XX-XXT20:00, SET XXXX-XX-XXTNI and "this week"
    # 2014-W09 (gold_blind67); "from 10 a.m. to 4 p.m. on Saturday" 2014-03-01. Friday in both
    # directions: "Since Friday" 2014-02-21 (past), T4 slips "must send ... by Friday"
    # 2014-02-28 (future). "Every year" and "each year" SET P1Y; "the last 10 days before the
    # deadline" P10D (an anchored duration); "22 years" P22Y; "last spring" in February is the
    # spring of 2013, 2013-SP; "A five-year GIC" P5Y (gold_blind67's adjectival durations of
    # products); "in April" 2014-04; "at least 90 days" P90D; "Dec. 31" 2013-12-31; "Wednesday,
    # April 30" 2014-04-30; "last week" 2014-W08; "monthly" SET P1M; "now" PRESENT_REF; "Next
    # week's column, on March 4" -> "Next week" 2014-W10 and "March 4" 2014-03-04. Not
    # annotated: "RRSP", "TFSA", "GIC", "T4 slips", "the Home Buyers' Plan"; "71" (an age beside
    # "2013"), "one in five", "40 appointments", "2.4 per cent", "1-800-555-0171"; "the
    # deadline", "the filing deadline", "after that date" (anaphoric), "the last-minute rush",
    # "last-minute savers" (adjectives naming a kind).
    "rrsp-deadline-monday-late-savers": (
        "2014-02-25",
        [
            ("Monday", "DATE", "2014-03-03"),
            ("six days", "DURATION", "P6D"),
            ("2013", "DATE", "2013"),
            ("Tuesday, Feb. 25, 2014", "DATE", "2014-02-25"),
            ("6:00AM EST", "TIME", "2014-02-25T06:00"),
            ("Tuesday, Feb. 25, 2014", "DATE", "2014-02-25"),
            ("9:14AM EST", "TIME", "2014-02-25T09:14"),
            ("2013", "DATE", "2013"),
            ("Monday, March 3", "DATE", "2014-03-03"),
            ("this year", "DATE", "2014"),
            ("March 1", "DATE", "2014-03-01"),
            ("Saturday", "DATE", "2014-03-01"),
            ("Jan. 1", "DATE", "2014-01-01"),
            ("March 3", "DATE", "2014-03-03"),
            ("the 2013 tax year", "DATE", "2013"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("this week", "DATE", "2014-W09"),
            ("10 a.m.", "TIME", "2014-03-01T10:00"),
            ("4 p.m.", "TIME", "2014-03-01T16:00"),
            ("Saturday", "DATE", "2014-03-01"),
            ("11:59 p.m. Eastern time", "TIME", "2014-03-03T23:59"),
            ("Monday", "DATE", "2014-03-03"),
            ("Every year", "SET", "P1Y"),
            ("the last 10 days", "DURATION", "P10D"),
            ("22 years", "DURATION", "P22Y"),
            ("Friday", "DATE", "2014-02-21"),
            ("last spring", "DATE", "2013-SP"),
            ("five-year", "DURATION", "P5Y"),
            ("April", "DATE", "2014-04"),
            ("each year", "SET", "P1Y"),
            ("at least 90 days", "DURATION", "P90D"),
            ("2013", "DATE", "2013"),
            ("Dec. 31", "DATE", "2013-12-31"),
            ("2013", "DATE", "2013"),
            ("Wednesday, April 30", "DATE", "2014-04-30"),
            ("Friday", "DATE", "2014-02-28"),
            ("last week", "DATE", "2014-W08"),
            ("monthly", "SET", "P1M"),
            ("2013", "DATE", "2013"),
            ("now", "DATE", "PRESENT_REF"),
            ("Next week", "DATE", "2014-W10"),
            ("March 4", "DATE", "2014-03-04"),
        ],
    ),
    # Thursday 2015-07-02 (ISO week 27), US paper's real-estate page, section label, headline,
    # byline, "Posted: July 2, 2015 at 11:48 a.m. | Updated: July 2, 2015 at 3:05 p.m." (two
    # DATEs and two TIMEs). Independence Day 2015 is Saturday 4 July, observed on Friday 3 July:
    # "Fourth of July" (headline) 2015-07-04, "the Independence Day weekend" 2015-W27-WE (the
    # week of its Saturday, gold_blind57's "the Fourth of July weekend"); "stay shut Friday,
    # when the holiday is observed" 2015-07-03. "this week" 2015-W27, "last week" (twice)
    # 2015-W26; "for the first time in five weeks" P5W (the period of a "first in",
    # gold_blind35); "the weekly survey" SET P1W (a survey that recurs, like "weekly strike
    # benefits" in gold_blind35). Loan and bond tenors are DURATIONs: "30-year" (twice),
    # "15-year", "10-year" (gold_blind38, gold_blind67); "fixed for five years" P5Y; "reset
    # annually" SET P1Y. "late May" 2015-05; "from Monday to Wednesday" this week, 2015-06-29
    # and 2015-07-01 (the survey "covered" this week's rates); the usual release "at 10 a.m.
    # Eastern time on Thursdays" recurs, XXXX-XX-XXT10:00 and SET XXXX-WXX-4; "two hours early"
    # the size of a shift, PT2H; "today" 2015-07-02 and "2 p.m." that day. "through the summer"
    # 2015-SU; "July 29", "before September" 2015-09 (future). "the week ended June 26" two
    # TIMEX3, "the week" 2015-W26 and "June 26" (gold_blind33). "in May" 2015-05, "41 days", "58
    # days" P41D, P58D, "a year earlier" after "May" 2014-05 (gold_blind35). "on Monday"
    # 2015-06-29 (past), "45 days" P45D, "Aug. 14" 2015-08-14; "in April" 2015-04; "Monday
    # morning" 2015-06-29TMO and "that afternoon" after it the same day's afternoon,
    # 2015-06-29TAF. "Two years ago" 2013; "the summer of 2013" 2013-SU; "eight weeks" P8W;
    # "Thursday, July 9" one span. Not annotated: "5/1" (an adjustable loan's type, not May 1),
    # "Long-term", "Fourth Street" (a street, in a story with "Fourth of July"), the age "31",
    # "three-bedroom", "120 lenders", the rates, "3 percent", "a full point", "1-877-555-0704"
    # (a phone number holding 0704), "halvorsen.com/rates/2015", "the holiday" (anaphoric).
    "mortgage-rates-dip-holiday-week": (
        "2015-07-02",
        [
            ("Fourth of July", "DATE", "2015-07-04"),
            ("July 2, 2015", "DATE", "2015-07-02"),
            ("11:48 a.m.", "TIME", "2015-07-02T11:48"),
            ("July 2, 2015", "DATE", "2015-07-02"),
            ("3:05 p.m.", "TIME", "2015-07-02T15:05"),
            ("this week", "DATE", "2015-W27"),
            ("five weeks", "DURATION", "P5W"),
            ("the Independence Day weekend", "DATE", "2015-W27-WE"),
            ("30-year", "DURATION", "P30Y"),
            ("last week", "DATE", "2015-W26"),
            ("weekly", "SET", "P1W"),
            ("15-year", "DURATION", "P15Y"),
            ("five years", "DURATION", "P5Y"),
            ("annually", "SET", "P1Y"),
            ("late May", "DATE", "2015-05"),
            ("30-year", "DURATION", "P30Y"),
            ("last week", "DATE", "2015-W26"),
            ("10-year", "DURATION", "P10Y"),
            ("Monday", "DATE", "2015-06-29"),
            ("Wednesday", "DATE", "2015-07-01"),
            ("10 a.m. Eastern time", "TIME", "XXXX-XX-XXT10:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("two hours", "DURATION", "PT2H"),
            ("today", "DATE", "2015-07-02"),
            ("2 p.m.", "TIME", "2015-07-02T14:00"),
            ("Friday", "DATE", "2015-07-03"),
            ("the summer", "DATE", "2015-SU"),
            ("July 29", "DATE", "2015-07-29"),
            ("September", "DATE", "2015-09"),
            ("the week", "DATE", "2015-W26"),
            ("June 26", "DATE", "2015-06-26"),
            ("May", "DATE", "2015-05"),
            ("41 days", "DURATION", "P41D"),
            ("58 days", "DURATION", "P58D"),
            ("a year earlier", "DATE", "2014-05"),
            ("Monday", "DATE", "2015-06-29"),
            ("45 days", "DURATION", "P45D"),
            ("Aug. 14", "DATE", "2015-08-14"),
            ("April", "DATE", "2015-04"),
            ("Monday morning", "TIME", "2015-06-29TMO"),
            ("that afternoon", "TIME", "2015-06-29TAF"),
            ("Two years ago", "DATE", "2013"),
            ("the summer of 2013", "DATE", "2013-SU"),
            ("eight weeks", "DURATION", "P8W"),
            ("Thursday, July 9", "DATE", "2015-07-09"),
        ],
    ),
    # Friday 2014-09-19 (ISO week 38), Australian paper's website, section label, headline,
    # stamp "Date: September 19, 2014 - 12:05AM" (DATE and TIME 2014-09-19T00:05), byline.
    # Pensions are indexed on 20 September 2014, a Saturday ("from Saturday", headline and
    # lead); "October" (headline) 2014-10; "yesterday" 2014-09-18. "The fortnightly payment" SET
    # P2W (a payment that recurs, like gold_blind67's "monthly payments"; gold_blind93's
    # "fortnightly" P2W), "every fortnight" SET P2W (gold_blind17), "twice a year" SET P1Y
    # (gold_blind3). "20 March" is past in "the last rise, on 20 March" 2014-03-20 and future in
    # "The next indexation is due on 20 March" 2015-03-20 (a day-month in the direction of its
    # clause), confirmed by the box's "20 March 2015". "Thursday 25 September" and "Thursday 9
    # October" one span each. "the 12 months to June" and "the three months to August" split
    # into a DURATION and a month (gold_blind67, gold_blind82): P12M and 2014-06, P3M and
    # 2014-08. The southern "winter" (twice: "a cold winter", "the electricity bill from
    # winter") is June-August 2014, valued in the year it falls in, 2014-WI (gold_blind103's "a
    # wet winter"). "since 2001"; "Three years ago" 2011; "last year" (twice) 2013; the
    # committee "on Wednesday" 2014-09-24 (future); "14 October" 2014-10-14; "from 2017" 2017;
    # "1 July 2017"; "until 8pm every night next week" -> XXXX-XX-XXT20:00, SET XXXX-XX-XXTNI,
    # "next week" 2014-W39; "more than six weeks" P6W; "Christmas this year" one span 2014-12-25
    # (a day and a post-posed "this year", gold_blind94's "January this year"); "November"
    # 2014-11; "Christmas Day" of last year 2013-12-25; "two days early" the size of a shift,
    # P2D. Not annotated: "65 and a half" and "78" (ages), "2.4 million", "$19.20", "$29",
    # "$13.70", "$612", "$400", "3 per cent", "20 per cent", "1800 555 917"; "the age pension",
    # "Seniors writer", "By the time the rise comes through" (a clause), "the rise", "the
    # department".
    "pension-indexation-rise-saturday": (
        "2014-09-19",
        [
            ("Saturday", "DATE", "2014-09-20"),
            ("October", "DATE", "2014-10"),
            ("September 19, 2014", "DATE", "2014-09-19"),
            ("12:05AM", "TIME", "2014-09-19T00:05"),
            ("Saturday", "DATE", "2014-09-20"),
            ("yesterday", "DATE", "2014-09-18"),
            ("fortnightly", "SET", "P2W"),
            ("twice a year", "SET", "P1Y"),
            ("20 March", "DATE", "2014-03-20"),
            ("every fortnight", "SET", "P2W"),
            ("Thursday 25 September", "DATE", "2014-09-25"),
            ("Thursday 9 October", "DATE", "2014-10-09"),
            ("the 12 months", "DURATION", "P12M"),
            ("June", "DATE", "2014-06"),
            ("winter", "DATE", "2014-WI"),
            ("winter", "DATE", "2014-WI"),
            ("2001", "DATE", "2001"),
            ("the three months", "DURATION", "P3M"),
            ("August", "DATE", "2014-08"),
            ("Three years ago", "DATE", "2011"),
            ("last year", "DATE", "2013"),
            ("Wednesday", "DATE", "2014-09-24"),
            ("14 October", "DATE", "2014-10-14"),
            ("2017", "DATE", "2017"),
            ("1 July 2017", "DATE", "2017-07-01"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("next week", "DATE", "2014-W39"),
            ("more than six weeks", "DURATION", "P6W"),
            ("20 March", "DATE", "2015-03-20"),
            ("Christmas this year", "DATE", "2014-12-25"),
            ("November", "DATE", "2014-11"),
            ("last year", "DATE", "2013"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("two days", "DURATION", "P2D"),
            ("20 March 2015", "DATE", "2015-03-20"),
        ],
    ),
    # Monday 2015-01-05 (ISO week 2), British regional daily's website, headline, standfirst,
    # byline, stamp "First published 06:00 Monday 5 January 2015 in News" (TIME and DATE). Fares
    # rose "on Friday" 2015-01-02 (past); "today" 2015-01-05. "the Christmas break" ->
    # "Christmas" 2014-12-25, the break named by it (like "the January sales" -> "January",
    # gold_blind67); "the July rate of inflation" -> "July" 2014-07 likewise. "between Christmas
    # Eve and New Year's Day" 2014-12-24 and 2015-01-01; "by Thursday, New Year's Day" two DATEs
    # 2015-01-01 (gold_blind103's "Monday is Family Day"); "Thursday night" 2015-01-01TNI.
    # "5.30am today" and "6.15am" are clock times of the day. Adjectival durations of tickets:
    # "A 12-month season ticket" P12M, "a seven-day ticket" P7D. "last month" (standfirst, and
    # the timetable) 2014-12; "19 years" P19Y; "five days a week" SET P1W (gold_blind94's "seven
    # days a week"); "A decade ago" 2005 (the unit's granularity in years, gold_blind67's "a
    # decade ago"); "monthly" SET P1M, "10 months" P10M; "every year since 2004" SET P1Y and
    # 2004; "in November" 2014-11; "the four weeks to 6 December" a DURATION P4W and 2014-12-06,
    # "a year earlier" after it 2013 (the year, gold_blind67's "the three months to October from
    # a year earlier"); "early December" 2014-12; "Sunday 18 January", "Sunday 25 January" one
    # span each. Times of recurring departures are clock times on no particular day (see
    # README): "after 9.30am" (off-peak fares apply every day) XXXX-XX-XXT09:30, "the 07.12
    # trains" XXXX-XX-XXT07:12, "at 05.48 and 06.18" XXXX-XX-XXT05:48 and T06:18. "the general
    # election in May" -> "May" 2015-05; "Next year's increase" -> "Next year" 2016; "in August"
    # 2015-08. Not annotated: "off-peak", "Off-peak", "Anytime" (ticket types), "on time",
    # "2.5%", "2.5 per cent", "5 per cent", "86.1 per cent", "90.4 per cent", "£4,312", "£105",
    # "£2,800", "£89.60", "3,800 people", "fewer than half", the age "46",
    # "westernvale.co.uk/fares2015" and "0345 555 2015" (a URL and a phone number holding the
    # year).
    "rail-fares-rise-commuters-return": (
        "2015-01-05",
        [
            ("12-month", "DURATION", "P12M"),
            ("last month", "DATE", "2014-12"),
            ("06:00", "TIME", "2015-01-05T06:00"),
            ("Monday 5 January 2015", "DATE", "2015-01-05"),
            ("today", "DATE", "2015-01-05"),
            ("Christmas", "DATE", "2014-12-25"),
            ("Friday", "DATE", "2015-01-02"),
            ("July", "DATE", "2014-07"),
            ("Christmas Eve", "DATE", "2014-12-24"),
            ("New Year's Day", "DATE", "2015-01-01"),
            ("5.30am", "TIME", "2015-01-05T05:30"),
            ("today", "DATE", "2015-01-05"),
            ("6.15am", "TIME", "2015-01-05T06:15"),
            ("19 years", "DURATION", "P19Y"),
            ("five days a week", "SET", "P1W"),
            ("A decade ago", "DATE", "2005"),
            ("Thursday", "DATE", "2015-01-01"),
            ("New Year's Day", "DATE", "2015-01-01"),
            ("monthly", "SET", "P1M"),
            ("10 months", "DURATION", "P10M"),
            ("9.30am", "TIME", "XXXX-XX-XXT09:30"),
            ("seven-day", "DURATION", "P7D"),
            ("every year", "SET", "P1Y"),
            ("2004", "DATE", "2004"),
            ("November", "DATE", "2014-11"),
            ("07.12", "TIME", "XXXX-XX-XXT07:12"),
            ("the four weeks", "DURATION", "P4W"),
            ("6 December", "DATE", "2014-12-06"),
            ("a year earlier", "DATE", "2013"),
            ("early December", "DATE", "2014-12"),
            ("Thursday night", "TIME", "2015-01-01TNI"),
            ("Sunday 18 January", "DATE", "2015-01-18"),
            ("Sunday 25 January", "DATE", "2015-01-25"),
            ("last month", "DATE", "2014-12"),
            ("05.48", "TIME", "XXXX-XX-XXT05:48"),
            ("06.18", "TIME", "XXXX-XX-XXT06:18"),
            ("May", "DATE", "2015-05"),
            ("Next year", "DATE", "2016"),
            ("August", "DATE", "2015-08"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
