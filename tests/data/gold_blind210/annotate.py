"""Annotations of the two-hundred-and-tenth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind210/annotate.py [--show]

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
    # Friday 2013-02-08 (ISO week 6), British national daily's website, headline, standfirst,
    # byline, date line "Friday 8 February 2013 10.41 GMT" (a DATE and a TIME with its zone,
    # gold_blind63). The jackpot was last won on Saturday 2013-01-05; Wednesday's draw (past)
    # 2013-02-06; "Saturday's draw", "for Saturday", "tomorrow" 2013-02-09, "tomorrow night"
    # 2013-02-09TNI, "tomorrow afternoon" 2013-02-09TAF; "last Saturday's draw" 2013-02-02;
    # "yesterday evening" 2013-02-07TEV and "Thursday was mad" 2013-02-07 (past). The draws
    # recur: "every Wednesday and Saturday at 8pm" -> "every Wednesday" SET XXXX-WXX-3,
    # "Saturday" SET XXXX-WXX-6 (the "every" distributing, gold_blind10, gold_blind22) and
    # "8pm" XXXX-XX-XXT20:00; "close at 7.30pm" XXXX-XX-XXT19:30; the claims line "from 8am to
    # 10pm daily" two TIMEs and SET P1D. "180 days from the draw" DURATION (anchored); the
    # Penmorva ticket of 18 August 2012 expires "at midnight next Thursday, 14 February":
    # "midnight" the end of that day, 2013-02-14T24:00 (gold_blind10, gold_blind103), "next
    # Thursday" and "14 February" two DATEs of 2013-02-14 (the nearest coming Thursday, in
    # the next ISO week). "once a year" and "twice a year" SET P1Y; "the spring of 2010" one
    # span; "for days" -> "days" PXD; "the last few days" PXD; "since Christmas" 2012-12-25;
    # "within an hour of each draw" -> "an hour" PT1H. Not annotated: "ninth rollover in a
    # row", "the ninth time", "ten times", the ball numbers, "1 in 13,983,816", "£2 line",
    # "12 bus drivers", "its 20th anniversary", "crownlotto.co.uk/results/2013-02-06" (a date
    # in a URL), "0845 555 2013" (a phone number ending in the year), "9.6 million lines".
    "crown-lotto-ninth-rollover": (
        "2013-02-08",
        [
            ("5 January", "DATE", "2013-01-05"),
            ("Saturday", "DATE", "2013-02-09"),
            ("this year", "DATE", "2013"),
            ("Friday 8 February 2013", "DATE", "2013-02-08"),
            ("10.41 GMT", "TIME", "2013-02-08T10:41"),
            ("tomorrow night", "TIME", "2013-02-09TNI"),
            ("Wednesday", "DATE", "2013-02-06"),
            ("5 January", "DATE", "2013-01-05"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("Saturday", "SET", "XXXX-WXX-6"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("7.30pm", "TIME", "XXXX-XX-XXT19:30"),
            ("2009", "DATE", "2009"),
            ("this week", "DATE", "2013-W06"),
            ("yesterday evening", "TIME", "2013-02-07TEV"),
            ("Saturday", "DATE", "2013-02-09"),
            ("last Saturday", "DATE", "2013-02-02"),
            ("tomorrow", "DATE", "2013-02-09"),
            ("Wednesday 13 February", "DATE", "2013-02-13"),
            ("October 2011", "DATE", "2011-10"),
            ("once a year", "SET", "P1Y"),
            ("the spring of 2010", "DATE", "2010-SP"),
            ("five weeks", "DURATION", "P5W"),
            ("days", "DURATION", "PXD"),
            ("180 days", "DURATION", "P180D"),
            ("last year", "DATE", "2012"),
            ("18 August", "DATE", "2012-08-18"),
            ("midnight", "TIME", "2013-02-14T24:00"),
            ("next Thursday", "DATE", "2013-02-14"),
            ("14 February", "DATE", "2013-02-14"),
            ("the last few days", "DURATION", "PXD"),
            ("Christmas", "DATE", "2012-12-25"),
            ("Thursday", "DATE", "2013-02-07"),
            ("tomorrow afternoon", "TIME", "2013-02-09TAF"),
            ("twice a year", "SET", "P1Y"),
            ("March 1994", "DATE", "1994-03"),
            ("next year", "DATE", "2014"),
            ("an hour", "DURATION", "PT1H"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Tuesday 2012-10-16 (ISO week 42), British regional daily, headline, standfirst, byline,
    # date line "Tuesday 16 October 2012". The draw was on Saturday 2012-04-21; 180 days later
    # is Thursday 2012-10-18, so "Thursday night" (standfirst and lead) 2012-10-18TNI, "by
    # 11.59pm on Thursday 18 October" a TIME and one DATE span, the shop open "until 11pm on
    # Thursday" the same day, "two hours later than usual" the size of a delay, DURATION PT2H
    # (gold_blind35, gold_blind74). Past weekdays: the van "on Saturday and Sunday" 2012-10-13
    # and 2012-10-14; "yesterday morning" 2012-10-15TMO, "yesterday" 2012-10-15. "since the
    # spring" 2012-SP, "in April" and the adjectival "the April draw" 2012-04 (gold_blind10,
    # gold_blind22), "the end of August" 2012-08 (gold_blind19), "the summer" 2012-SU, "in
    # May" 2012-05 (the month that followed the April draw); "Six months" P6M; "this week"
    # 2012-W42, "last week" 2012-W41; "Last November" 2011-11; "two days before it was due to
    # expire" -> "two days" P2D (anchored); "less than a week" P1W with the modifier kept
    # (gold_blind10); "every day" and "every year" SETs; the claims line "from 8am to 10pm
    # seven days a week" two TIMEs XXXX-XX-XXThh:mm and the SET "seven days a week" P1W
    # (gold_blind94). Not annotated: "0421-7763-2012" (a ticket number ending in the year),
    # "0845 555 1018", the ball numbers, "£1,204,557", "a tenner", "14 such claims", "£80m".
    "harcombe-unclaimed-ticket-deadline": (
        "2012-10-16",
        [
            ("Thursday night", "TIME", "2012-10-18TNI"),
            ("Tuesday 16 October 2012", "DATE", "2012-10-16"),
            ("Thursday night", "TIME", "2012-10-18TNI"),
            ("Saturday 21 April", "DATE", "2012-04-21"),
            ("180 days", "DURATION", "P180D"),
            ("11.59pm", "TIME", "2012-10-18T23:59"),
            ("Thursday 18 October", "DATE", "2012-10-18"),
            ("the spring", "DATE", "2012-SP"),
            ("Six months", "DURATION", "P6M"),
            ("April", "DATE", "2012-04"),
            ("this week", "DATE", "2012-W42"),
            ("the end of August", "DATE", "2012-08"),
            ("Saturday", "DATE", "2012-10-13"),
            ("Sunday", "DATE", "2012-10-14"),
            ("the summer", "DATE", "2012-SU"),
            ("every day", "SET", "P1D"),
            ("yesterday morning", "TIME", "2012-10-15TMO"),
            ("30 days", "DURATION", "P30D"),
            ("May", "DATE", "2012-05"),
            ("April", "DATE", "2012-04"),
            ("2006", "DATE", "2006"),
            ("every year", "SET", "P1Y"),
            ("Last November", "DATE", "2011-11"),
            ("two days", "DURATION", "P2D"),
            ("2010", "DATE", "2010"),
            ("less than a week", "DURATION", "P1W"),
            ("11pm", "TIME", "2012-10-18T23:00"),
            ("Thursday", "DATE", "2012-10-18"),
            ("two hours", "DURATION", "PT2H"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("seven days a week", "SET", "P1W"),
            ("yesterday", "DATE", "2012-10-15"),
            ("last week", "DATE", "2012-W41"),
        ],
    ),
    # Wednesday 2015-09-16 (ISO week 38), US local TV station's website, headline ("Wednesday
    # night's drawing" -> "Wednesday night" 2015-09-16TNI, the possessive left out), stamps
    # "Posted: Sep 16, 2015 6:14 AM EDT" and "Updated: ... 4:02 PM EDT" (DATE and TIME each,
    # zone in the span, gold_blind103), byline, "BRANSFORD, Ohio (WBRN) -" dateline. "tonight
    # at 10:59 p.m. Eastern" two TIMEX3 (zone word kept in the span like "10 a.m. Eastern time",
    # gold_blind94); "stop at 9:59 p.m." that evening. "every Wednesday and Saturday night" ->
    # "every Wednesday" XXXX-WXX-3TNI and "Saturday night" XXXX-WXX-6TNI, the part of day
    # distributing like "every Friday and Saturday night" (gold_blind72). Past: "July 11"
    # 2015-07-11, "Saturday" 2015-09-12, "on Monday" and "released Monday" 2015-09-14,
    # "yesterday" 2015-09-15, "last week" 2015-W37, "March 14" 2015-03-14, "in August"
    # 2015-08. Future: "Saturday" 2015-09-19, "11:15 p.m." tonight, "Thursday" 2015-09-17 with
    # "5 a.m." that day. "30 annual payments" -> "annual" SET P1Y (an adjective naming a
    # recurrence, gold_blind35); "29 years" P29Y; "180 days" and "a year" the claim periods;
    # "almost five months" P5M; "two weeks before it would have expired" -> "two weeks" P2W.
    # The state's fiscal year runs July-June and is named by the year it ends: "the fiscal
    # year that ended June 30" -> FY2015 plus 2015-06-30 (gold_blind35). "now" PRESENT_REF;
    # "daily from 9 a.m. to 5 p.m." SET P1D and two TIMEs. Not annotated: "our morning
    # newscast" (an adjective naming a kind), "right away", "since" alone, "Route 4", "1 in
    # 182,432,007", "1 in 24.9", "$310 million", the ball numbers, "Cascade Ball 12", "19
    # times", "33 states", "11 percent", "wbrn.com/lottery", "1-800-555-0199".
    "bransford-cascade-millions-jackpot": (
        "2015-09-16",
        [
            ("Wednesday night", "TIME", "2015-09-16TNI"),
            ("Sep 16, 2015", "DATE", "2015-09-16"),
            ("6:14 AM EDT", "TIME", "2015-09-16T06:14"),
            ("Sep 16, 2015", "DATE", "2015-09-16"),
            ("4:02 PM EDT", "TIME", "2015-09-16T16:02"),
            ("this afternoon", "TIME", "2015-09-16TAF"),
            ("2013", "DATE", "2013"),
            ("tonight", "TIME", "2015-09-16TNI"),
            ("10:59 p.m. Eastern", "TIME", "2015-09-16T22:59"),
            ("9:59 p.m.", "TIME", "2015-09-16T21:59"),
            ("July 11", "DATE", "2015-07-11"),
            ("every Wednesday", "SET", "XXXX-WXX-3TNI"),
            ("Saturday night", "SET", "XXXX-WXX-6TNI"),
            ("Saturday", "DATE", "2015-09-12"),
            ("annual", "SET", "P1Y"),
            ("29 years", "DURATION", "P29Y"),
            ("180 days", "DURATION", "P180D"),
            ("a year", "DURATION", "P1Y"),
            ("1998", "DATE", "1998"),
            ("Monday", "DATE", "2015-09-14"),
            ("today", "DATE", "2015-09-16"),
            ("yesterday", "DATE", "2015-09-15"),
            ("last week", "DATE", "2015-W37"),
            ("March 14", "DATE", "2015-03-14"),
            ("almost five months", "DURATION", "P5M"),
            ("August", "DATE", "2015-08"),
            ("two weeks", "DURATION", "P2W"),
            ("2002", "DATE", "2002"),
            ("now", "DATE", "PRESENT_REF"),
            ("the fiscal year", "DATE", "FY2015"),
            ("June 30", "DATE", "2015-06-30"),
            ("Monday", "DATE", "2015-09-14"),
            ("tonight", "TIME", "2015-09-16TNI"),
            ("Saturday", "DATE", "2015-09-19"),
            ("11:15 p.m.", "TIME", "2015-09-16T23:15"),
            ("Thursday", "DATE", "2015-09-17"),
            ("5 a.m.", "TIME", "2015-09-17T05:00"),
            ("daily", "SET", "P1D"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
        ],
    ),
    # Monday 2014-03-17 (ISO week 12), Australian regional paper's website, headline, stamp
    # "17 Mar, 2014 11:20 AM" (DATE and TIME, gold_blind103), byline, no dateline. The draw was
    # on Friday 2014-02-07 ("the Friday night draw" -> "Friday night" 2014-02-07TNI); the
    # ticket was bought on 3 February, "four days before" (anchored, P4D). "last Thursday
    # night" in a Monday paper is 2014-03-13TNI, the call "at 8.05am on Friday" 2014-03-14;
    # "this morning" 2014-03-17TMO; "tomorrow night" 2014-03-18TNI with "7.30pm" that day.
    # "five weeks after the draw" (headline) and "than five weeks later" are anchored durations
    # P5W (gold_blind35); "the past five weeks" P5W; "more than a month" P1M. "drawn on Tuesday
    # and Friday nights at 8.30pm" -> "Tuesday" SET XXXX-WXX-2TNI and "Friday nights" SET
    # XXXX-WXX-5TNI (gold_blind72) and "8.30pm" XXXX-XX-XXT20:30. "at Easter" ahead is Easter
    # Sunday 2014-04-20 (a holiday on the day it falls on); "the New Year's Eve draw"
    # 2013-12-31 (adjectival holiday); "a lucky summer" -> "summer" 2014-SU, the southern summer
    # of 2013-14 valued by the year of its January (gold_blind9); "early February" 2014-02;
    # "January" 2014-01. The Australian financial year runs July-June and is named by the year
    # it ends: "so far this financial year" -> "this financial year" FY2014, "the whole of the
    # last financial year" -> "the last financial year" FY2013 (gold_blind9, gold_blind21).
    # "July 2008"; "a 20-year licence" P20Y; "six years", "a week", "30 days" DURATIONs. Not
    # annotated: "the night of the draw" (event-named), "so far", "in his 50s" (an age),
    # "division one", "Every second customer", "14", "$2.4 million", the ball numbers, "1300
    # 555 020", "bluegumgames.com.au/results".
    "wallaroo-creek-lotto-winner-comes-forward": (
        "2014-03-17",
        [
            ("five weeks", "DURATION", "P5W"),
            ("17 Mar, 2014", "DATE", "2014-03-17"),
            ("11:20 AM", "TIME", "2014-03-17T11:20"),
            ("more than a month", "DURATION", "P1M"),
            ("Friday 7 February", "DATE", "2014-02-07"),
            ("last Thursday night", "TIME", "2014-03-13TNI"),
            ("8.05am", "TIME", "2014-03-14T08:05"),
            ("Friday", "DATE", "2014-03-14"),
            ("this morning", "TIME", "2014-03-17TMO"),
            ("early February", "DATE", "2014-02"),
            ("Easter", "DATE", "2014-04-20"),
            ("3 February", "DATE", "2014-02-03"),
            ("four days", "DURATION", "P4D"),
            ("Friday night", "TIME", "2014-02-07TNI"),
            ("Tuesday", "SET", "XXXX-WXX-2TNI"),
            ("Friday nights", "SET", "XXXX-WXX-5TNI"),
            ("8.30pm", "TIME", "XXXX-XX-XXT20:30"),
            ("six years", "DURATION", "P6Y"),
            ("a week", "DURATION", "P1W"),
            ("the past five weeks", "DURATION", "P5W"),
            ("2012", "DATE", "2012"),
            ("summer", "DATE", "2014-SU"),
            ("New Year's Eve", "DATE", "2013-12-31"),
            ("January", "DATE", "2014-01"),
            ("this financial year", "DATE", "FY2014"),
            ("the last financial year", "DATE", "FY2013"),
            ("July 2008", "DATE", "2008-07"),
            ("20-year", "DURATION", "P20Y"),
            ("five weeks", "DURATION", "P5W"),
            ("tomorrow night", "TIME", "2014-03-18TNI"),
            ("7.30pm", "TIME", "2014-03-18T19:30"),
            ("30 days", "DURATION", "P30D"),
        ],
    ),
    # Thursday 2014-06-12 (ISO week 24), British daily's online business story, headline,
    # standfirst, byline, date line "Thursday 12 June 2014 07.58 BST" (DATE and TIME,
    # gold_blind63). Harlow's financial year ends 31 March and is named by the year it ends:
    # the year reported (April 2013-March 2014) is FY2014 ("the financial year to 31 March"
    # split at "to" into FY2014 and 2014-03-31, gold_blind63; "the year" twice; "2013-14");
    # "a year earlier" FY2013, like "2012-13"; "2008-09" FY2009; "the fourth quarter"
    # FY2014-Q4 (January-March 2014); "the first quarter of the last financial year" one span
    # FY2014-Q1 (like "the same quarter of the previous fiscal", gold_blind63); the current
    # year is FY2015 ("its new financial year", "the current financial year"). "the first ten
    # weeks" P10W and "the 12 months" P12M are fiscal periods with no value shape of their own
    # (like "the six months to 30 September", gold_blind63). Calendar phrases keep calendar
    # values (gold_blind51, gold_blind63): "in the winter" 2014-WI (the rollovers of January
    # and February 2014); "4 January" and "8 February" 2014; "May" 2014-05 and "May last year"
    # one span 2013-05 (gold_blind88); "September 2012"; "two years ago" 2012; "the autumn"
    # 2014-FA; "Christmas" 2014-12-25; "later this year" 2014; "yesterday" 2014-06-11. The
    # standfirst's "twice-weekly draw" is an adjective naming a recurrence, SET P1W (like
    # "twice a week", gold_blind20), as is "a third weekly draw" P1W; "on Saturday afternoons"
    # SET XXXX-WXX-6TAF, "on Fridays" XXXX-WXX-5. Not annotated: "the week" in "any other time
    # of the week" (generic), "behind us", "9%", "£71.3m", "£3.12bn", "26p", "£1.50", "6.2p",
    # "9.1p", "160p", "214p", "3p", "a fifth", "a third", "ten times".
    "harlow-games-full-year-results": (
        "2014-06-12",
        [
            ("twice-weekly", "SET", "P1W"),
            ("the first ten weeks", "DURATION", "P10W"),
            ("its new financial year", "DATE", "FY2015"),
            ("Thursday 12 June 2014", "DATE", "2014-06-12"),
            ("07.58 BST", "TIME", "2014-06-12T07:58"),
            ("the financial year", "DATE", "FY2014"),
            ("31 March", "DATE", "2014-03-31"),
            ("the winter", "DATE", "2014-WI"),
            ("the 12 months", "DURATION", "P12M"),
            ("a year earlier", "DATE", "FY2013"),
            ("the fourth quarter", "DATE", "FY2014-Q4"),
            ("4 January", "DATE", "2014-01-04"),
            ("8 February", "DATE", "2014-02-08"),
            ("2010", "DATE", "2010"),
            ("the current financial year", "DATE", "FY2015"),
            ("May", "DATE", "2014-05"),
            ("May last year", "DATE", "2013-05"),
            ("the year", "DATE", "FY2014"),
            ("2008-09", "DATE", "FY2009"),
            ("180 days", "DURATION", "P180D"),
            ("2013-14", "DATE", "FY2014"),
            ("2012-13", "DATE", "FY2013"),
            ("September 2012", "DATE", "2012-09"),
            ("now", "DATE", "PRESENT_REF"),
            ("two years ago", "DATE", "2012"),
            ("Saturday afternoons", "SET", "XXXX-WXX-6TAF"),
            ("weekly", "SET", "P1W"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("the autumn", "DATE", "2014-FA"),
            ("Christmas", "DATE", "2014-12-25"),
            ("29 August", "DATE", "2014-08-29"),
            ("1 August", "DATE", "2014-08-01"),
            ("the year", "DATE", "FY2014"),
            ("Thursday 24 July", "DATE", "2014-07-24"),
            ("January 2023", "DATE", "2023-01"),
            ("later this year", "DATE", "2014"),
            ("the first quarter of the last financial year", "DATE", "FY2014-Q1"),
            ("May 2011", "DATE", "2011-05"),
            ("yesterday", "DATE", "2014-06-11"),
            ("the past 12 months", "DURATION", "P12M"),
        ],
    ),
    # Saturday 2015-11-21 (ISO week 47), Canadian paper's website, headline, stamp "Published
    # on: November 21, 2015 | Last Updated: November 21, 2015 9:40 AM EST" (two DATEs and a
    # TIME), byline, "KELSO FALLS —" dateline. The Early Bird deadline "at midnight Friday"
    # (headline and body) is the midnight ending Friday 2015-11-27, T24:00, with "Friday" its
    # own DATE (gold_blind33). "10 a.m. on Monday, Nov. 30" and "11 a.m. on Saturday, Dec. 12"
    # a TIME and a one-span DATE each (gold_blind25). "a week-long Caribbean cruise" DURATION
    # P1W on the adjective; "one year" P1Y. "on Labour Day, Sept. 7" two DATEs of 2015-09-07
    # (the first Monday of September); "the first month" of sales an ordinal period of an
    # event, P1M (gold_blind35); "October" 2015-10; "after Thanksgiving" the Canadian holiday,
    # the second Monday of October, 2015-10-12 (gold_blind81). "Last year" 2014 with "Dec. 4"
    # 2014-12-04, "the year before" 2013 (the unit's granularity) with "Dec. 9" 2013-12-09;
    # "said Friday" 2015-11-20; "since it began in 1998"; "last year" 2014; "opened in June"
    # 2015-06 (past). The show home's hours recur: "from noon to 6 p.m. every day" two TIMEs
    # XXXX-XX-XXThh:mm and SET P1D, "until 8 p.m. on Thursdays" a TIME and SET XXXX-WXX-4.
    # "the past six weeks" P6W; "last Saturday" in a Saturday paper is the Saturday a week
    # earlier, 2015-11-14; "next month" 2015-12; "said Thursday" 2015-11-19; "from Dec. 18"
    # 2015-12-18; "2014"; the callers' quiet hours "between 9 p.m. and 9 a.m." recur, two
    # TIMEs XXXX-XX-XXThh:mm; "this morning" 2015-11-21TMO. Not annotated: "the third time",
    # "the holidays" (a holiday season with no dates, gold_blind19), "around the clock", "a
    # season-high" (a hockey season), "its 20th anniversary", "18 or older", "Licence number
    # M780214", "5-2", "$50,000", "$1.1 million", "1,200", "28,000", "three for $250", "Route
    # 35", "1-888-555-2015", "50/50".
    "kelso-falls-hospital-dream-home-lottery": (
        "2015-11-21",
        [
            ("midnight", "TIME", "2015-11-27T24:00"),
            ("Friday", "DATE", "2015-11-27"),
            ("November 21, 2015", "DATE", "2015-11-21"),
            ("November 21, 2015", "DATE", "2015-11-21"),
            ("9:40 AM EST", "TIME", "2015-11-21T09:40"),
            ("this morning", "TIME", "2015-11-21TMO"),
            ("midnight", "TIME", "2015-11-27T24:00"),
            ("Friday", "DATE", "2015-11-27"),
            ("week-long", "DURATION", "P1W"),
            ("10 a.m.", "TIME", "2015-11-30T10:00"),
            ("Monday, Nov. 30", "DATE", "2015-11-30"),
            ("11 a.m.", "TIME", "2015-12-12T11:00"),
            ("Saturday, Dec. 12", "DATE", "2015-12-12"),
            ("one year", "DURATION", "P1Y"),
            ("Labour Day", "DATE", "2015-09-07"),
            ("Sept. 7", "DATE", "2015-09-07"),
            ("the first month", "DURATION", "P1M"),
            ("October", "DATE", "2015-10"),
            ("Thanksgiving", "DATE", "2015-10-12"),
            ("Last year", "DATE", "2014"),
            ("Dec. 4", "DATE", "2014-12-04"),
            ("the year before", "DATE", "2013"),
            ("Dec. 9", "DATE", "2013-12-09"),
            ("Friday", "DATE", "2015-11-20"),
            ("1998", "DATE", "1998"),
            ("last year", "DATE", "2014"),
            ("June", "DATE", "2015-06"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("every day", "SET", "P1D"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("the past six weeks", "DURATION", "P6W"),
            ("last Saturday", "DATE", "2015-11-14"),
            ("next month", "DATE", "2015-12"),
            ("Thursday", "DATE", "2015-11-19"),
            ("Dec. 18", "DATE", "2015-12-18"),
            ("2014", "DATE", "2014"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
