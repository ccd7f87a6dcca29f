"""Annotations of the hundred-and-twenty-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind126/annotate.py [--show]

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
    # Thursday 2014-07-31 (ISO week 31), US wire story on the wire's website, headline
    # ("until fall"), byline "Associated Press", stamp "Jul. 31, 2014 6:42 PM EDT" (a DATE and
    # a TIME, the zone in the span), "WASHINGTON (AP) —" dateline. The House "voted ... on
    # Thursday" and the senator "said Thursday": the publication day. The Senate adjourns
    # "Friday" 2014-08-01 (future); the aides "said Wednesday" 2014-07-30; "this week"
    # 2014-W31, "this weekend" the coming one, 2014-W31-WE; "the vote came at about 2:15 p.m."
    # of Thursday. "the fall" of the headline ("until fall", "until" a signal) 2014-FA; "the
    # August recess" -> "August" 2014-08, an adjectival month (gold_blind47, gold_blind77), the
    # recess not annotated; "a five-week recess" "five-week" P5W. "expires Sept. 30, when the
    # fiscal year ends" -> "Sept. 30" 2014-09-30 and "the fiscal year" FY2014 (federal,
    # October-September, gold_blind41); "fiscal 2013" FY2013 and "a year earlier" after it
    # FY2012 (the granularity of what it is compared with, gold_blind41). "since last spring"
    # said in July -> 2014-SP (gold_blind35); "two more years" P2Y ("more" kept, gold_blind25);
    # "40 minutes of debate" PT40M; "the end of September" 2014-09; "the Nov. 4 elections"
    # 2014-11-04; "up to 40 years" P40Y; "three years after a project is finished" P3Y (an
    # anchored duration); "the 1950s and 1960s" two DATEs, 195 and 196; "so far this year" ->
    # "this year" 2014; "twice this month" -> "this month" 2014-07. Not annotated: "the
    # lame-duck session" (twice; gold_blind41), "H.R. 2016" (a bill number beside the
    # annotated "September 2016"), "262-158", "R-Neb.", "D-Minn.", "140 projects", "31 states",
    # "$96 million", "10,000 people", "1 percent", "$1.2 billion", "$900 million", "212 loans",
    # "61", "twice", the web address ".../loans/2016-extension".
    "water-loan-bill-august-recess": (
        "2014-07-31",
        [
            ("fall", "DATE", "2014-FA"),
            ("Jul. 31, 2014", "DATE", "2014-07-31"),
            ("6:42 PM EDT", "TIME", "2014-07-31T18:42"),
            ("Thursday", "DATE", "2014-07-31"),
            ("two more years", "DURATION", "P2Y"),
            ("August", "DATE", "2014-08"),
            ("1996", "DATE", "1996"),
            ("Sept. 30", "DATE", "2014-09-30"),
            ("the fiscal year", "DATE", "FY2014"),
            ("Oct. 1", "DATE", "2014-10-01"),
            ("last spring", "DATE", "2014-SP"),
            ("40 minutes", "DURATION", "PT40M"),
            ("about 2:15 p.m.", "TIME", "2014-07-31T14:15"),
            ("Friday", "DATE", "2014-08-01"),
            ("five-week", "DURATION", "P5W"),
            ("Sept. 8", "DATE", "2014-09-08"),
            ("Wednesday", "DATE", "2014-07-30"),
            ("this week", "DATE", "2014-W31"),
            ("this weekend", "DATE", "2014-W31-WE"),
            ("the end of September", "DATE", "2014-09"),
            ("Nov. 4", "DATE", "2014-11-04"),
            ("Thursday", "DATE", "2014-07-31"),
            ("2012", "DATE", "2012"),
            ("September 2016", "DATE", "2016-09"),
            ("up to 40 years", "DURATION", "P40Y"),
            ("three years", "DURATION", "P3Y"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("a year earlier", "DATE", "FY2012"),
            ("recent years", "DATE", "PAST_REF"),
            ("the 1950s", "DATE", "195"),
            ("1960s", "DATE", "196"),
            ("this year", "DATE", "2014"),
            ("this month", "DATE", "2014-07"),
        ],
    ),
    # Saturday 2013-03-02 (ISO week 9), British national daily, headline, standfirst,
    # byline, date line "Saturday 2 March 2013". The second reading was "yesterday", Friday
    # 2013-03-01; the debate "ended shortly before 2.30pm" ("shortly before" a signal,
    # gold_blind41) 2013-03-01T14:30; the department spoke "last night" 2013-03-01TNI (the
    # night of "yesterday", gold_blind35); ministers "said on Thursday" 2013-02-28. Future:
    # the committee may meet "as early as Tuesday" 2013-03-05 ("as early as" a signal,
    # gold_blind44), "twice a week" SET P1W "for the next three weeks" P3W, report stage "on
    # Friday 22 March", the Commons "rises on Thursday 28 March" and "returns on 15 April for
    # two weeks" P2W; "the session ends next month" -> "next month" 2013-04; "expected in
    # early May" 2013-05; "this weekend" in a Saturday paper its own weekend, 2013-W09-WE
    # (gold_blind91); "before Easter" -> Easter Sunday 2013-03-31 (gold_blind25). "within
    # weeks" (standfirst and body) "weeks" PXW; "almost five hours" PT5H. "a daily service"
    # and "a daily return bus" -> "daily" SET P1D (an adjective naming a recurrence,
    # gold_blind35), "A bus every day" "every day" SET P1D; "debated on Fridays from 9.30am"
    # -> "Fridays" SET XXXX-WXX-5 and "9.30am" XXXX-XX-XXT09:30 (the hours of a recurring
    # event, gold_blind28). "the 2012-13 financial year" one DATE span FY2013 (UK April-March,
    # gold_blind77); "last autumn" in March 2013-FA (2012); "A 12-month pilot" P12M; "in 2013"
    # (quote), "between 2010 and 2012" two DATEs; "published in January" 2013-01. Not
    # annotated: "the Queen's Speech" (headline and body; a parliamentary event, like "the
    # autumn statement" in gold_blind25), "second reading", "report stage", "third reading",
    # "a public bill committee", "the session", "prorogation", "by then", "races the clock"
    # and "in the lap of the gods" (idioms), "96 votes to 11", "2,300 villages", "18%",
    # "£1.4m", "six villages".
    "rural-bus-bill-second-reading": (
        "2013-03-02",
        [
            ("daily", "SET", "P1D"),
            ("weeks", "DURATION", "PXW"),
            ("Saturday 2 March 2013", "DATE", "2013-03-02"),
            ("daily", "SET", "P1D"),
            ("yesterday", "DATE", "2013-03-01"),
            ("next month", "DATE", "2013-04"),
            ("almost five hours", "DURATION", "PT5H"),
            ("2.30pm", "TIME", "2013-03-01T14:30"),
            ("2011", "DATE", "2011"),
            ("Thursday", "DATE", "2013-02-28"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("9.30am", "TIME", "XXXX-XX-XXT09:30"),
            ("Tuesday", "DATE", "2013-03-05"),
            ("twice a week", "SET", "P1W"),
            ("the next three weeks", "DURATION", "P3W"),
            ("Friday 22 March", "DATE", "2013-03-22"),
            ("Thursday 28 March", "DATE", "2013-03-28"),
            ("15 April", "DATE", "2013-04-15"),
            ("two weeks", "DURATION", "P2W"),
            ("early May", "DATE", "2013-05"),
            ("15 years", "DURATION", "P15Y"),
            ("every day", "SET", "P1D"),
            ("2013", "DATE", "2013"),
            ("2010", "DATE", "2010"),
            ("2012", "DATE", "2012"),
            ("January", "DATE", "2013-01"),
            ("the 2012-13 financial year", "DATE", "FY2013"),
            ("last night", "TIME", "2013-03-01TNI"),
            ("weeks", "DURATION", "PXW"),
            ("12-month", "DURATION", "P12M"),
            ("last autumn", "DATE", "2012-FA"),
            ("this weekend", "DATE", "2013-W09-WE"),
            ("Easter", "DATE", "2013-03-31"),
        ],
    ),
    # Monday 2015-06-22 (ISO week 26), Australian metropolitan paper's website, headline,
    # stamp "Published: June 22, 2015 - 12:15AM" (a DATE and a TIME, gold_blind100), byline.
    # "this week" 2015-W26; "the last sitting week before the winter break" beside it is not
    # annotated (a week named by parliamentary sittings, see README), nor is "the winter
    # break" (gold_blind68). Past: crossbenchers "signalled on Friday" 2015-06-19, the
    # spokesman "said on Sunday" 2015-06-21, the Senate "sat until 11.40pm last Thursday"
    # 2015-06-18T23:40 and 2015-06-18. Future: "passed by Thursday" and "till midnight on
    # Thursday" 2015-06-25, the midnight that ends it 2015-06-25T24:00 (gold_blind41); the
    # caucus "on Tuesday morning" 2015-06-23TMO; the bill "on Wednesday afternoon"
    # 2015-06-24TAF; "tonight" 2015-06-22TNI; "returns on August 11" 2015-08-11; "not be paid
    # until October" 2015-10. "the May budget" -> "May" 2015-05 (an adjectival month);
    # "July 1, when the 2015-16 financial year begins" -> 2015-07-01 and FY2016 (July-June,
    # named by the year it ends, gold_blind21, gold_blind100); "10-year" P10Y; "the first two
    # years" P2Y (ordinal period of the loans, gold_blind25); "stay open for 12 months" P12M;
    # "for months" "months" PXM; "two hours" PT2H; "a year ago" 2014 (the unit's
    # granularity); "the driest autumn in more than 20 years" -> the southern "autumn" of 2015
    # (March-May) 2015-FA, valued in the year it falls in (gold_blind103), and "more than 20
    # years" P20Y (the period of a superlative); "the March quarter" 2015-Q1 (gold_blind100);
    # "the past 18 months" P18M; "since Christmas" 2014-12-25; "at 2pm each day" -> "2pm"
    # XXXX-XX-XXT14:00 and "each day" SET P1D (question time on each sitting day). Not
    # annotated: "Bill 2015" in the bill's title (a name), "the winter break", "the last
    # sitting week", "sit late", "a time limit", "$450 million", "Forty-one shires", "26", "6
    # per cent", "1800 720 151", "www.farmdebthelp.com.au/loans2015".
    "drought-loans-bill-winter-break": (
        "2015-06-22",
        [
            ("June 22, 2015", "DATE", "2015-06-22"),
            ("12:15AM", "TIME", "2015-06-22T00:15"),
            ("this week", "DATE", "2015-W26"),
            ("Friday", "DATE", "2015-06-19"),
            ("May", "DATE", "2015-05"),
            ("10-year", "DURATION", "P10Y"),
            ("the first two years", "DURATION", "P2Y"),
            ("July 1", "DATE", "2015-07-01"),
            ("the 2015-16 financial year", "DATE", "FY2016"),
            ("12 months", "DURATION", "P12M"),
            ("Thursday", "DATE", "2015-06-25"),
            ("August 11", "DATE", "2015-08-11"),
            ("October", "DATE", "2015-10"),
            ("Sunday", "DATE", "2015-06-21"),
            ("Tuesday morning", "TIME", "2015-06-23TMO"),
            ("2013", "DATE", "2013"),
            ("months", "DURATION", "PXM"),
            ("11.40pm", "TIME", "2015-06-18T23:40"),
            ("last Thursday", "DATE", "2015-06-18"),
            ("two hours", "DURATION", "PT2H"),
            ("now", "DATE", "PRESENT_REF"),
            ("a year ago", "DATE", "2014"),
            ("autumn", "DATE", "2015-FA"),
            ("more than 20 years", "DURATION", "P20Y"),
            ("the March quarter", "DATE", "2015-Q1"),
            ("the past 18 months", "DURATION", "P18M"),
            ("Christmas", "DATE", "2014-12-25"),
            ("tonight", "TIME", "2015-06-22TNI"),
            ("midnight", "TIME", "2015-06-25T24:00"),
            ("Thursday", "DATE", "2015-06-25"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("each day", "SET", "P1D"),
            ("Wednesday afternoon", "TIME", "2015-06-24TAF"),
        ],
    ),
    # Wednesday 2012-05-09 (ISO week 19), US state paper's website, story filed on the last
    # night of the session, headline ("with 19 minutes to spare as session ends at
    # midnight"), stamp "Posted: Wednesday, May 9, 2012 11:48 pm | Updated: 11:59 pm, Wed May
    # 9, 2012." (two DATEs and two TIMEs; "Wed" checked by hand), byline, "HARTFORD —"
    # dateline. "tonight", "Tonight" (quote) and "throughout the night" -> "the night" are
    # 2012-05-09TNI; "midnight" (headline and twice in the body) is the midnight that ends
    # the publication day, 2012-05-09T24:00 (gold_blind41, gold_blind47); the clock times
    # "11:41 p.m.", "10 a.m." and "As of 11:55 p.m." ("as of" a signal) are on that day;
    # "this afternoon" 2012-05-09TAF. "19 minutes" (headline and lead) PT19M, an anchored
    # duration. Past weekdays: "said Tuesday" 2012-05-08, "since Monday" 2012-05-07, the
    # budget passed "on Saturday" 2012-05-05; "last week" 2012-W18. "the 2012 session" and
    # "the 2013 session" -> adjectival years (gold_blind39); "until Jan. 1" 2013-01-01 and
    # "opens Jan. 9" 2013-01-09 ahead; "in March" 2012-03 (past). "the fiscal year that
    # begins July 1" -> FY2013 (a July-June state fiscal year, gold_blind41) and 2012-07-01;
    # "the two-year ... budget" P2Y; "a one-day special session on May 21" P1D and 2012-05-21.
    # "the second time in three years" P3Y (the period of an ordinal count, gold_blind103);
    # "more than three hours" PT3H; "no more than 30 days" P30D; "four years" P4Y; "only one
    # hour" -> "one hour" PT1H; "every two years" SET P2Y. Not annotated: "Senate Bill 2012"
    # (a bill number in a 2012 story), "the annual interest rate" (the period of a figure,
    # not a recurrence, gold_blind103's "its usual monthly total"), "the last night of the
    # session" (a night named by an event, like "the last day of the regular session" in
    # gold_blind39), "the clock", "time ran out", "84-61", "22-14", "$500", "36 percent",
    # "$20.5 billion", "$230 million", "Dozens", "@KellerCapitol", "D-Ashmont".
    "payday-loan-cap-session-midnight": (
        "2012-05-09",
        [
            ("19 minutes", "DURATION", "PT19M"),
            ("midnight", "TIME", "2012-05-09T24:00"),
            ("Wednesday, May 9, 2012", "DATE", "2012-05-09"),
            ("11:48 pm", "TIME", "2012-05-09T23:48"),
            ("11:59 pm", "TIME", "2012-05-09T23:59"),
            ("Wed May 9, 2012", "DATE", "2012-05-09"),
            ("11:41 p.m.", "TIME", "2012-05-09T23:41"),
            ("tonight", "TIME", "2012-05-09TNI"),
            ("19 minutes", "DURATION", "PT19M"),
            ("2012", "DATE", "2012"),
            ("midnight", "TIME", "2012-05-09T24:00"),
            ("Tuesday", "DATE", "2012-05-08"),
            ("more than three hours", "DURATION", "PT3H"),
            ("last week", "DATE", "2012-W18"),
            ("no more than 30 days", "DURATION", "P30D"),
            ("Jan. 1", "DATE", "2013-01-01"),
            ("four years", "DURATION", "P4Y"),
            ("Monday", "DATE", "2012-05-07"),
            ("Tonight", "TIME", "2012-05-09TNI"),
            ("three years", "DURATION", "P3Y"),
            ("2010", "DATE", "2010"),
            ("10 a.m.", "TIME", "2012-05-09T10:00"),
            ("one hour", "DURATION", "PT1H"),
            ("March", "DATE", "2012-03"),
            ("every two years", "SET", "P2Y"),
            ("two-year", "DURATION", "P2Y"),
            ("the fiscal year", "DATE", "FY2013"),
            ("July 1", "DATE", "2012-07-01"),
            ("Saturday", "DATE", "2012-05-05"),
            ("this afternoon", "TIME", "2012-05-09TAF"),
            ("one-day", "DURATION", "P1D"),
            ("May 21", "DATE", "2012-05-21"),
            ("11:55 p.m.", "TIME", "2012-05-09T23:55"),
            ("midnight", "TIME", "2012-05-09T24:00"),
            ("2013", "DATE", "2013"),
            ("Jan. 9", "DATE", "2013-01-09"),
            ("the night", "TIME", "2012-05-09TNI"),
        ],
    ),
    # Friday 2013-07-05 (ISO week 27), European affairs news site's plenary report,
    # headline ("to September"), stamp "05.07.13 @ 09:41" (day-first, two-digit year: a DATE
    # 2013-07-05 and a TIME), byline, "STRASBOURG -" dateline. The plenary ran Monday to
    # Thursday of "this week" 2013-W27, all past in a Friday report: "Monday" 2013-07-01 (and
    # "Monday's sitting", possessive dropped), "Tuesday" 2013-07-02, "Wednesday" 2013-07-03
    # (twice) and "Wednesday evening" 2013-07-03TEV, "scheduled for Thursday" and "Thursday's
    # votes" 2013-07-04, "held at noon" 2013-07-04T12:00; "opened at 5pm" and "until 11.30pm"
    # on Monday; "ran past midnight" on Wednesday -> the midnight ending it 2013-07-03T24:00
    # ("past" a signal). "until after the summer" -> "the summer" 2013-SU; "the August break"
    # -> "August" 2013-08 (an adjectival month, gold_blind77), "opens on 9 September"
    # 2013-09-09. "in the early hours of 27 June" one DATE span 2013-06-27 (gold_blind103);
    # "began in October" 2012-10 (past); "the end of the year" 2013; "the 2014-2020 long-term
    # budget" -> "2014" and "2020", a range at its two ends (gold_blind103); "four-day" and
    # "four days" P4D; "three years from that date" P3Y (anchored); "for decades" -> "decades"
    # PXY; "one minute per member" PT1M; "one-year" P1Y; "by 2015"; "May 2014" and "less than
    # a year away" P1Y; "nearly every month" SET P1M, the modifier kept (gold_blind35). Not
    # annotated: "file 2012/0388(COD)" (a procedure number holding a year, gold_blind77),
    # "this term" (a parliamentary term), "plenary session", "sitting", "the first plenary",
    # "ran late", "512 to 121", "38 abstentions", "80 percent".
    "strasbourg-plenary-ferry-emissions": (
        "2013-07-05",
        [
            ("September", "DATE", "2013-09"),
            ("05.07.13", "DATE", "2013-07-05"),
            ("09:41", "TIME", "2013-07-05T09:41"),
            ("this week", "DATE", "2013-W27"),
            ("the summer", "DATE", "2013-SU"),
            ("four-day", "DURATION", "P4D"),
            ("Monday", "DATE", "2013-07-01"),
            ("Wednesday", "DATE", "2013-07-03"),
            ("Tuesday", "DATE", "2013-07-02"),
            ("1 January 2016", "DATE", "2016-01-01"),
            ("three years", "DURATION", "P3Y"),
            ("the early hours of 27 June", "DATE", "2013-06-27"),
            ("October", "DATE", "2012-10"),
            ("the end of the year", "DATE", "2013"),
            ("decades", "DURATION", "PXY"),
            ("2016", "DATE", "2016"),
            ("Thursday", "DATE", "2013-07-04"),
            ("Wednesday evening", "TIME", "2013-07-03TEV"),
            ("August", "DATE", "2013-08"),
            ("9 September", "DATE", "2013-09-09"),
            ("Monday", "DATE", "2013-07-01"),
            ("5pm", "TIME", "2013-07-01T17:00"),
            ("11.30pm", "TIME", "2013-07-01T23:30"),
            ("Wednesday", "DATE", "2013-07-03"),
            ("2014", "DATE", "2014"),
            ("2020", "DATE", "2020"),
            ("midnight", "TIME", "2013-07-03T24:00"),
            ("one minute", "DURATION", "PT1M"),
            ("Thursday", "DATE", "2013-07-04"),
            ("noon", "TIME", "2013-07-04T12:00"),
            ("one-year", "DURATION", "P1Y"),
            ("2015", "DATE", "2015"),
            ("May 2014", "DATE", "2014-05"),
            ("less than a year", "DURATION", "P1Y"),
            ("four days", "DURATION", "P4D"),
            ("nearly every month", "SET", "P1M"),
        ],
    ),
    # Tuesday 2014-10-14 (ISO week 42), a US city's notice of a council meeting and its
    # agenda, "Posted: Tuesday, October 14, 2014, 4:15 p.m." (a DATE and a TIME; the notice's
    # publication). The meeting is "Monday, October 20, 2014": the work session "5:30 p.m.",
    # the meeting "7:00 p.m.", sign-up sheets "from 6:30 p.m." are TIMEs on that day (clock
    # times on the day of their narrative, gold_blind103). "the 2014-15 season" (a snow
    # season) -> "2014" and "15" (2015), "season" left out (gold_blind76). Minutes of "October
    # 6, 2014" and "September 29, 2014". "three minutes" PT3M and "30 minutes" PT30M. "founded
    # in 1914"; "Halloween, Friday, October 31" -> two DATEs 2014-10-31, "from 5:30 to 8 p.m."
    # TIMEs on it. "from 11 a.m. to 2 p.m. daily" -> XXXX-XX-XXT11:00, XXXX-XX-XXT14:00 and
    # SET P1D (the hours of a recurring service, gold_blind44); "a three-year contract" P3Y,
    # "Nov. 1, 2014, through April 30, 2017" two DATEs. The city's fiscal year runs July-June
    # (the report's "(July 1 to Sept. 30, 2014)"), so "the first quarter of fiscal 2015" is
    # one span FY2015-Q1 (gold_blind41) and "from a year earlier" FY2014-Q1. "since 1998";
    # "every Monday from Oct. 27 through Dec. 15" -> SET XXXX-WXX-1 and two DATEs; "by 7 a.m.
    # on their collection day" XXXX-XX-XXT07:00 (every collection day). "Monday, November 3,
    # 2014, at 7 p.m." a DATE and a TIME; "replayed at 7 p.m. each Thursday" ->
    # XXXX-XX-XXT19:00 and SET XXXX-WXX-4; "at least 48 hours before the meeting" PT48H.
    # Not annotated: "Ordinance No. 2014-19" and "Resolution 2014-48" (numbers holding the
    # year), "Corvell Model 2015" (a model number holding a year), "Chapter 12", "Channel
    # 19", "(608) 555-1968", ".../agendas/2014-10-20", "410 Depot Street", "Conference Room
    # B", "100th anniversary", "second reading", "their collection day", "Executive session",
    # "$185,850", "4.2 percent", "$212,400", the item numbers.
    "maple-hollow-council-agenda": (
        "2014-10-14",
        [
            ("Monday, October 20, 2014", "DATE", "2014-10-20"),
            ("5:30 p.m.", "TIME", "2014-10-20T17:30"),
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("7:00 p.m.", "TIME", "2014-10-20T19:00"),
            ("Tuesday, October 14, 2014", "DATE", "2014-10-14"),
            ("4:15 p.m.", "TIME", "2014-10-14T16:15"),
            ("October 6, 2014", "DATE", "2014-10-06"),
            ("September 29, 2014", "DATE", "2014-09-29"),
            ("three minutes", "DURATION", "PT3M"),
            ("30 minutes", "DURATION", "PT30M"),
            ("6:30 p.m.", "TIME", "2014-10-20T18:30"),
            ("1914", "DATE", "1914"),
            ("Halloween", "DATE", "2014-10-31"),
            ("Friday, October 31", "DATE", "2014-10-31"),
            ("5:30", "TIME", "2014-10-31T17:30"),
            ("8 p.m.", "TIME", "2014-10-31T20:00"),
            ("11 a.m.", "TIME", "XXXX-XX-XXT11:00"),
            ("2 p.m.", "TIME", "XXXX-XX-XXT14:00"),
            ("daily", "SET", "P1D"),
            ("three-year", "DURATION", "P3Y"),
            ("Nov. 1, 2014", "DATE", "2014-11-01"),
            ("April 30, 2017", "DATE", "2017-04-30"),
            ("the first quarter of fiscal 2015", "DATE", "FY2015-Q1"),
            ("July 1", "DATE", "2014-07-01"),
            ("Sept. 30, 2014", "DATE", "2014-09-30"),
            ("a year earlier", "DATE", "FY2014-Q1"),
            ("1998", "DATE", "1998"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("Oct. 27", "DATE", "2014-10-27"),
            ("Dec. 15", "DATE", "2014-12-15"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("Monday, November 3, 2014", "DATE", "2014-11-03"),
            ("7 p.m.", "TIME", "2014-11-03T19:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("each Thursday", "SET", "XXXX-WXX-4"),
            ("at least 48 hours", "DURATION", "PT48H"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
