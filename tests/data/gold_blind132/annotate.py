"""Annotations of the hundred-and-thirty-second blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind132/annotate.py [--show]

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
    # Tuesday 2013-10-15 (ISO week 42), British local paper's police appeal, headline,
    # standfirst, byline, date line "Tuesday 15 October 2013". "yesterday" is Monday
    # 2013-10-14 and "last night" (the inspector's statement) its night, 2013-10-14TNI
    # (gold_blind35, gold_blind52). Past weekdays: "Sunday night" (headline, lead, appeal)
    # 2013-10-13TNI; "last seen on Sunday at about 10pm" -> "Sunday" 2013-10-13 and "about
    # 10pm" 2013-10-13T22:00 (approximator kept, gold_blind3); "between 10pm and midnight" ->
    # "midnight" the midnight ending Sunday, 2013-10-13T24:00 (gold_blind10, gold_blind17,
    # gold_blind103); "the early hours of Monday" one DATE span 2013-10-14 (gold_blind7,
    # gold_blind52), twice; "1.14am" that night 2013-10-14T01:14; "his 8am shift ... on Monday"
    # 2013-10-14T08:00 and the DATE; "that evening" after Monday 2013-10-14TEV; "until after
    # 6pm" yesterday -> "6pm" 2013-10-14T18:00; the dashcam window "between 9.30pm and 1am" on
    # Sunday night -> 2013-10-13T21:30 and 2013-10-14T01:00 (a clock time after midnight takes
    # the new day, gold_blind7); "since Monday night" 2013-10-14TNI. Publication day: "this
    # morning" 2013-10-15TMO, "later today" DATE 2013-10-15 (gold_blind75). Future: "this
    # weekend" 2013-W42-WE (19-20 October), the meeting "at 7pm on Wednesday" 2013-10-16T19:00
    # and 2013-10-16. "nearly 24 hours" PT24H; "every day" SET P1D; "Last month" 2013-09;
    # "recent years" PAST_REF; "March 2011"; "two days after he was reported missing" ->
    # "two days" DURATION P2D (anchored duration, gold_blind35); "formed in 1998"; "this year"
    # 2013; "quoting incident 0316 of 14 October" -> "14 October" DATE 2013-10-14, the day the
    # police log was opened (the date of the log, a real date). Not annotated: "0316" (an
    # incident number that looks like a 24-hour clock time, beside the annotated "1.14am"),
    # "27", "31", "19-year-old", "5ft 11in", "two-mile", "41 times", "twice", "101", "999",
    # "a night out" (generic), "may" (the verb), "since" alone, "by then" (anaphoric).
    "harrowden-missing-man-police-appeal": (
        "2013-10-15",
        [
            ("Sunday night", "TIME", "2013-10-13TNI"),
            ("Tuesday 15 October 2013", "DATE", "2013-10-15"),
            ("Sunday night", "TIME", "2013-10-13TNI"),
            ("Sunday", "DATE", "2013-10-13"),
            ("about 10pm", "TIME", "2013-10-13T22:00"),
            ("10pm", "TIME", "2013-10-13T22:00"),
            ("midnight", "TIME", "2013-10-13T24:00"),
            ("the early hours of Monday", "DATE", "2013-10-14"),
            ("1.14am", "TIME", "2013-10-14T01:14"),
            ("8am", "TIME", "2013-10-14T08:00"),
            ("Monday", "DATE", "2013-10-14"),
            ("that evening", "TIME", "2013-10-14TEV"),
            ("Yesterday", "DATE", "2013-10-14"),
            ("6pm", "TIME", "2013-10-14T18:00"),
            ("this morning", "TIME", "2013-10-15TMO"),
            ("later today", "DATE", "2013-10-15"),
            ("last night", "TIME", "2013-10-14TNI"),
            ("nearly 24 hours", "DURATION", "PT24H"),
            ("every day", "SET", "P1D"),
            ("Sunday night", "TIME", "2013-10-13TNI"),
            ("the early hours of Monday", "DATE", "2013-10-14"),
            ("9.30pm", "TIME", "2013-10-13T21:30"),
            ("1am", "TIME", "2013-10-14T01:00"),
            ("Monday night", "TIME", "2013-10-14TNI"),
            ("Last month", "DATE", "2013-09"),
            ("recent years", "DATE", "PAST_REF"),
            ("March 2011", "DATE", "2011-03"),
            ("two days", "DURATION", "P2D"),
            ("this weekend", "DATE", "2013-W42-WE"),
            ("1998", "DATE", "1998"),
            ("this year", "DATE", "2013"),
            ("7pm", "TIME", "2013-10-16T19:00"),
            ("Wednesday", "DATE", "2013-10-16"),
            ("14 October", "DATE", "2013-10-14"),
        ],
    ),
    # Thursday 2014-11-13 (ISO week 46), AP story as printed on a paper's website, stamp
    # "Published 5:12 pm, Thursday, November 13, 2014" (TIME and DATE, the date with its
    # weekday one span), byline, "ELKHORN FORKS, Idaho (AP) —" dateline. "enters third day"
    # (headline) and "entered its third day Thursday" -> "third day" and "its third day"
    # DURATION P1D (an ordinal day of an event, gold_blind29, gold_blind53) plus "Thursday"
    # 2014-11-13. Past: "early Monday" DATE 2014-11-10 (gold_blind7); "back by 8 p.m." that
    # day 2014-11-10T20:00 ("by" a signal); "about 11:30 p.m. Monday"; "before dawn Tuesday"
    # -> "dawn" TIME 2014-11-11TMO and "Tuesday" (gold_blind53, gold_blind59); "at first light"
    # the same morning, "first light" TIME 2014-11-11TMO (see README); "since Tuesday"; "most
    # of Wednesday" -> "Wednesday" 2014-11-12 ("most of" left out, gold_blind10); "2:47 p.m.
    # Monday"; "between Monday afternoon and Tuesday morning"; "on Tuesday night"
    # 2014-11-11TNI. Publication day: "Thursday morning", "Thursday afternoon", "by midday
    # Thursday" -> "midday" 2014-11-13T12:00 (gold_blind11) and the DATE. Future: "the
    # weekend" 2014-W46-WE (15-16 November), "late Friday" DATE 2014-11-14 (gold_blind8), "by
    # 6 a.m. Friday" two TIMEX3. "nearly four hours" PT4H; "now" PRESENT_REF; "more than 72
    # hours" PT72H; "12-hour" PT12H; "every summer" SET XXXX-SU; "since 2009"; "this year"
    # 2014; "since 2011"; "since the fiscal year began July 1" -> "the fiscal year" FY2015
    # (a county fiscal year beginning July 1 is named by the year it ends, gold_blind35,
    # gold_blind39) and "July 1" 2014-07-01; "February 2012"; "until that June" -> "that
    # June" 2012-06, a narrative anchor on "February 2012" (gold_blind58). Not annotated:
    # "overnight temperatures" (an adjective naming a kind of reading, like "Overnight lows",
    # gold_blind103), "the teens" (temperatures, like "the 30s" in gold_blind39), "every hour
    # counts" (an idiom: each hour matters; no recurrence), "its annual search budget" (the
    # period of a figure, like "its usual monthly total" in gold_blind103), "10,214-foot",
    # "34", "911", "30 square miles", "50 mph", "18 inches", "$41,000", "nearly half",
    # "$16,500", "graylocksearch.org/1113" (a URL holding the month and day of publication),
    # "2014 Front St." (a street number in a 2014 story), "fourth".
    "graylock-peak-hiker-search-third-day": (
        "2014-11-13",
        [
            ("third day", "DURATION", "P1D"),
            ("5:12 pm", "TIME", "2014-11-13T17:12"),
            ("Thursday, November 13, 2014", "DATE", "2014-11-13"),
            ("its third day", "DURATION", "P1D"),
            ("Thursday", "DATE", "2014-11-13"),
            ("early Monday", "DATE", "2014-11-10"),
            ("8 p.m.", "TIME", "2014-11-10T20:00"),
            ("about 11:30 p.m.", "TIME", "2014-11-10T23:30"),
            ("Monday", "DATE", "2014-11-10"),
            ("dawn", "TIME", "2014-11-11TMO"),
            ("Tuesday", "DATE", "2014-11-11"),
            ("first light", "TIME", "2014-11-11TMO"),
            ("Tuesday", "DATE", "2014-11-11"),
            ("Wednesday", "DATE", "2014-11-12"),
            ("nearly four hours", "DURATION", "PT4H"),
            ("Thursday morning", "TIME", "2014-11-13TMO"),
            ("now", "DATE", "PRESENT_REF"),
            ("more than 72 hours", "DURATION", "PT72H"),
            ("Thursday afternoon", "TIME", "2014-11-13TAF"),
            ("2:47 p.m.", "TIME", "2014-11-10T14:47"),
            ("Monday", "DATE", "2014-11-10"),
            ("Monday afternoon", "TIME", "2014-11-10TAF"),
            ("Tuesday morning", "TIME", "2014-11-11TMO"),
            ("12-hour", "DURATION", "PT12H"),
            ("the weekend", "DATE", "2014-W46-WE"),
            ("late Friday", "DATE", "2014-11-14"),
            ("Tuesday night", "TIME", "2014-11-11TNI"),
            ("every summer", "SET", "XXXX-SU"),
            ("2009", "DATE", "2009"),
            ("this year", "DATE", "2014"),
            ("2011", "DATE", "2011"),
            ("the fiscal year", "DATE", "FY2015"),
            ("July 1", "DATE", "2014-07-01"),
            ("February 2012", "DATE", "2012-02"),
            ("that June", "DATE", "2012-06"),
            ("midday", "TIME", "2014-11-13T12:00"),
            ("Thursday", "DATE", "2014-11-13"),
            ("6 a.m.", "TIME", "2014-11-14T06:00"),
            ("Friday", "DATE", "2014-11-14"),
        ],
    ),
    # Saturday 2012-08-18 (ISO week 33), British regional paper's website, headline, stamp
    # "Published on Saturday 18 August 2012 13:40" (DATE with its weekday, and TIME), byline.
    # The crabber left "at 9pm on Friday" 2012-08-17T21:00; the call and launch times
    # "04:12", "04:21", "04:25", "05:03", "05:50" are 24-hour clock times on the publication
    # day, the day of the rescue told "early this morning" (gold_blind89); "ten minutes later"
    # after the exact "04:21" is TIME 2012-08-18T04:31 (gold_blind53, gold_blind89); "51
    # minutes after the Mayday" PT51M, "within 15 minutes of the first call" PT15M (anchored
    # durations, gold_blind35); "almost an hour" PT1H; "Another ten minutes" DURATION PT10M
    # (the length of a hypothetical stay, modifier kept). "the third call-out ... in a week"
    # -> "a week" P1W and "its third service in six days" -> "six days" P6D (the period of a
    # count, gold_blind103). Past weekdays: "On Monday" 2012-08-13, "on Wednesday evening"
    # 2012-08-15TEV, "published ... on Thursday" 2012-08-16. "the second quarter" 2012-Q2 (a
    # calendar quarter, no fiscal year described) and "a year earlier" after it 2011-Q2
    # (gold_blind35); "this month" 2012-08; "since 2009"; "since 1866"; "built in 1987".
    # The open day "on Monday 27 August, the August bank holiday" -> two DATEs 2012-08-27 (the
    # summer bank holiday in England is the last Monday of August; a holiday and its date
    # two TIMEX3, gold_blind27, gold_blind89), "from 10am to 4pm" that day. "every Tuesday
    # evening" SET XXXX-WXX-2TEV (gold_blind3); "by the autumn" 2012-FA (the autumn ahead in
    # August). Not annotated: "10-metre", "six miles", "Tamar-class", "Atlantic 85" (a
    # lifeboat class), "Rescue 174" (a call sign), "44" and "61" (ages), "force 6",
    # "three-metre", "channel 16", "212 incidents", "168", "999", "the pitch dark", "the
    # first call", "later" in "later found safe" (no anchor of its own), "its open day".
    "carrack-head-crabber-lifeboat-rescue": (
        "2012-08-18",
        [
            ("Saturday 18 August 2012", "DATE", "2012-08-18"),
            ("13:40", "TIME", "2012-08-18T13:40"),
            ("early this morning", "TIME", "2012-08-18TMO"),
            ("a week", "DURATION", "P1W"),
            ("9pm", "TIME", "2012-08-17T21:00"),
            ("Friday", "DATE", "2012-08-17"),
            ("04:12", "TIME", "2012-08-18T04:12"),
            ("04:21", "TIME", "2012-08-18T04:21"),
            ("ten minutes later", "TIME", "2012-08-18T04:31"),
            ("04:25", "TIME", "2012-08-18T04:25"),
            ("05:03", "TIME", "2012-08-18T05:03"),
            ("51 minutes", "DURATION", "PT51M"),
            ("almost an hour", "DURATION", "PT1H"),
            ("05:50", "TIME", "2012-08-18T05:50"),
            ("1987", "DATE", "1987"),
            ("15 minutes", "DURATION", "PT15M"),
            ("Another ten minutes", "DURATION", "PT10M"),
            ("six days", "DURATION", "P6D"),
            ("Monday", "DATE", "2012-08-13"),
            ("Wednesday evening", "TIME", "2012-08-15TEV"),
            ("three hours", "DURATION", "PT3H"),
            ("Thursday", "DATE", "2012-08-16"),
            ("the second quarter", "DATE", "2012-Q2"),
            ("a year earlier", "DATE", "2011-Q2"),
            ("this month", "DATE", "2012-08"),
            ("2009", "DATE", "2009"),
            ("1866", "DATE", "1866"),
            ("Monday 27 August", "DATE", "2012-08-27"),
            ("the August bank holiday", "DATE", "2012-08-27"),
            ("10am", "TIME", "2012-08-27T10:00"),
            ("4pm", "TIME", "2012-08-27T16:00"),
            ("every Tuesday evening", "SET", "XXXX-WXX-2TEV"),
            ("the autumn", "DATE", "2012-FA"),
        ],
    ),
    # Monday 2015-05-04 (ISO week 19), Australian paper's website, headline, stamp "Updated
    # May 4 2015 - 12:47PM" (DATE and TIME), byline. "five days" (headline, lead) and "Five
    # days" (quote) DURATION P5D: Wednesday morning 29 April to Monday morning. Publication
    # day: "this morning" 2015-05-04TMO, "about 9.20am today" 2015-05-04T09:20 and "today",
    # "just after 10am" and "shortly before 11am" (signals left out) that morning. Past: "on
    # Wednesday" 2015-04-29, "on Wednesday morning" 2015-04-29TMO, "on Thursday night"
    # 2015-04-30TNI, "at dawn on Friday" -> "dawn" TIME 2015-05-01TMO (gold_blind53,
    # gold_blind59) and "Friday" 2015-05-01, "by Sunday evening" 2015-05-03TEV, "on Saturday
    # night" 2015-05-02TNI, "on Thursday afternoon" 2015-04-30TAF, "since Thursday"
    # 2015-04-30. "a two-day walk" P2D; "food for three days" P3D (the period the food would
    # last); "this year" 2015; "In January" 2015-01; "after 36 hours" PT36H; "last year" 2014;
    # "2013". Future: "until at least Friday" -> "at least Friday" 2015-05-08 (gold_blind35);
    # "the Queen's Birthday long weekend" one span, the Saturday-Monday weekend of the NSW
    # holiday on the second Monday of June (8 June 2015), the ISO week of its Saturday
    # 2015-W23-WE (gold_blind21, gold_blind103); "next month" 2015-06. Not annotated:
    # "Overnight temperatures" (an adjective naming a kind of reading, gold_blind103), "minus
    # 2 degrees", "52", "24-year-old", "11 kilometres", "More than 120 people", "60 square
    # kilometres", "14 rescues", "nine", "kellionwalks.com.au/plb2015" (a URL holding the
    # year), "Triple Zero (000)", "Walker numbers", "third".
    "mount-kellion-bushwalker-found-alive": (
        "2015-05-04",
        [
            ("five days", "DURATION", "P5D"),
            ("May 4 2015", "DATE", "2015-05-04"),
            ("12:47PM", "TIME", "2015-05-04T12:47"),
            ("five days", "DURATION", "P5D"),
            ("this morning", "TIME", "2015-05-04TMO"),
            ("about 9.20am", "TIME", "2015-05-04T09:20"),
            ("today", "DATE", "2015-05-04"),
            ("Wednesday", "DATE", "2015-04-29"),
            ("10am", "TIME", "2015-05-04T10:00"),
            ("11am", "TIME", "2015-05-04T11:00"),
            ("Wednesday morning", "TIME", "2015-04-29TMO"),
            ("two-day", "DURATION", "P2D"),
            ("three days", "DURATION", "P3D"),
            ("Thursday night", "TIME", "2015-04-30TNI"),
            ("dawn", "TIME", "2015-05-01TMO"),
            ("Friday", "DATE", "2015-05-01"),
            ("Sunday evening", "TIME", "2015-05-03TEV"),
            ("Saturday night", "TIME", "2015-05-02TNI"),
            ("Thursday afternoon", "TIME", "2015-04-30TAF"),
            ("Five days", "DURATION", "P5D"),
            ("Thursday", "DATE", "2015-04-30"),
            ("this year", "DATE", "2015"),
            ("January", "DATE", "2015-01"),
            ("36 hours", "DURATION", "PT36H"),
            ("last year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("at least Friday", "DATE", "2015-05-08"),
            ("the Queen's Birthday long weekend", "DATE", "2015-W23-WE"),
            ("next month", "DATE", "2015-06"),
        ],
    ),
    # Wednesday 2014-03-12 (ISO week 11), Irish daily, headline, standfirst, byline, date line
    # "Wednesday 12 March 2014". "yesterday" is Tuesday 2014-03-11 and "late last night" its
    # night, 2014-03-11TNI, the modifier kept (gold_blind30, gold_blind59); the surfacing "at
    # 11.25pm" that night. Monday 2014-03-10: "about 11am on Monday", "around 2pm" that day,
    # "Monday afternoon", "4.35pm", "by 7pm", "shortly after 9pm on Monday" ("shortly after"
    # a signal, gold_blind12), "through the night" -> "the night" 2014-03-10TNI (gold_blind103),
    # the standfirst's "through Monday night" the same, "since Monday evening" 2014-03-10TEV.
    # "most of yesterday" -> "yesterday" ("most of" left out); "5.40pm yesterday" two TIMEX3.
    # "33 hours" (headline; from the fall about 2pm Monday to 11.25pm Tuesday) PT33H; "more
    # than 30 hours" PT30H; "stretched over two days" P2D; "within two hours of reaching him"
    # PT2H (anchored); "almost six hours" PT6H; "this morning" 2014-03-12TMO twice; "in more
    # than a decade" P10Y (the period of a superlative, gold_blind103); "this year" 2014;
    # "2013"; "every month" SET P1M; "the 1950s" 195; "1972"; "February 1998"; "for 19 hours"
    # PT19H; "tomorrow" 2014-03-13; "on Friday" 2014-03-14; "the 48 hours before any trip"
    # DURATION PT48H (a generic period, like "The first 48 hours" in gold_blind3). Not
    # annotated: "his late 30s" (an age, not a decade), "600 metres", "40cm", "40 or 50
    # people", "fourth", "11 times", "three students", "a call-out time" (a kind of time, no
    # value), "999", "112", "Met Éireann" and "ICRO" (institutions).
    "pollnacrann-cave-rescue-clare": (
        "2014-03-12",
        [
            ("33 hours", "DURATION", "PT33H"),
            ("Monday night", "TIME", "2014-03-10TNI"),
            ("Wednesday 12 March 2014", "DATE", "2014-03-12"),
            ("more than 30 hours", "DURATION", "PT30H"),
            ("late last night", "TIME", "2014-03-11TNI"),
            ("two days", "DURATION", "P2D"),
            ("about 11am", "TIME", "2014-03-10T11:00"),
            ("Monday", "DATE", "2014-03-10"),
            ("around 2pm", "TIME", "2014-03-10T14:00"),
            ("Monday afternoon", "TIME", "2014-03-10TAF"),
            ("4.35pm", "TIME", "2014-03-10T16:35"),
            ("7pm", "TIME", "2014-03-10T19:00"),
            ("9pm", "TIME", "2014-03-10T21:00"),
            ("Monday", "DATE", "2014-03-10"),
            ("the night", "TIME", "2014-03-10TNI"),
            ("yesterday", "DATE", "2014-03-11"),
            ("two hours", "DURATION", "PT2H"),
            ("5.40pm", "TIME", "2014-03-11T17:40"),
            ("yesterday", "DATE", "2014-03-11"),
            ("almost six hours", "DURATION", "PT6H"),
            ("11.25pm", "TIME", "2014-03-11T23:25"),
            ("this morning", "TIME", "2014-03-12TMO"),
            ("Monday evening", "TIME", "2014-03-10TEV"),
            ("this morning", "TIME", "2014-03-12TMO"),
            ("more than a decade", "DURATION", "P10Y"),
            ("this year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("every month", "SET", "P1M"),
            ("the 1950s", "DATE", "195"),
            ("1972", "DATE", "1972"),
            ("February 1998", "DATE", "1998-02"),
            ("19 hours", "DURATION", "PT19H"),
            ("tomorrow", "DATE", "2014-03-13"),
            ("Friday", "DATE", "2014-03-14"),
            ("the 48 hours", "DURATION", "PT48H"),
        ],
    ),
    # Friday 2015-01-09 (ISO week 2), US local paper's anniversary follow-up, headline, deck,
    # byline "Staff Writer", date line "Friday, January 9, 2015", "ASHBY FALLS —" dateline.
    # The woman disappeared on Thursday 2014-01-09. "A year later" (headline) DATE 2015, "N
    # later" anchored on the disappearance at the unit's granularity, like "One year on"
    # (gold_blind58) and "Sixty years on" (gold_blind10); "A year ago today" one DATE span
    # 2014-01-09 (gold_blind48), "about 5:15 p.m." that day; "5:42 p.m. on Jan. 9, 2014" two
    # TIMEX3; "about an hour later" after the exact 5:42 p.m. is TIME 2014-01-09T18:42 (like
    # "25 minutes later" in gold_blind89, the approximator kept). Publication day: "tonight"
    # (deck, lead) 2015-01-09TNI, "6 p.m. tonight" two TIMEX3, "Tonight's vigil" -> "Tonight"
    # (possessive left out), "this evening" 2015-01-09TEV; the search "for Saturday"
    # 2015-01-10; "said Tuesday" 2015-01-06; "this week" 2015-W02. Past months of the story
    # line, all 2014: "in January", "in May", "In September", "the summer" 2014-SU, "the
    # fall" 2014-FA; "Christmas" 2014-12-25 (the one just past). "two days after she
    # disappeared" P2D; "Every day for a year" -> SET P1D and DURATION P1Y; "For nine days"
    # P9D; "almost every weekend" SET XXXX-WXX-WE (gold_blind39); "the past month" P1M
    # (gold_blind35's "the past year"); "every week" SET P1W; "Saturdays" SET XXXX-WXX-6; "The
    # first few months" DURATION PXM (the first months after the disappearance, vague, like
    # "the first weeks" PXW in gold_blind10); "now" and "Now" PRESENT_REF; "about an hour"
    # PT1H. Not annotated: "the anniversary" (gold_blind15, gold_blind54), "then 29" (an age),
    # "Route 9" (twice), "subzero temperatures", "200 volunteers", "400 tips", "three",
    # "$25,000", "14,000 members", "207-555-0109" (a phone number ending in the month and day
    # of the disappearance), "tips@aldoussheriff.org", "when I wake up", "again".
    "megan-haskell-disappearance-one-year": (
        "2015-01-09",
        [
            ("A year later", "DATE", "2015"),
            ("tonight", "TIME", "2015-01-09TNI"),
            ("Friday, January 9, 2015", "DATE", "2015-01-09"),
            ("A year ago today", "DATE", "2014-01-09"),
            ("about 5:15 p.m.", "TIME", "2014-01-09T17:15"),
            ("6 p.m.", "TIME", "2015-01-09T18:00"),
            ("tonight", "TIME", "2015-01-09TNI"),
            ("two days", "DURATION", "P2D"),
            ("Every day", "SET", "P1D"),
            ("a year", "DURATION", "P1Y"),
            ("Christmas", "DATE", "2014-12-25"),
            ("5:42 p.m.", "TIME", "2014-01-09T17:42"),
            ("Jan. 9, 2014", "DATE", "2014-01-09"),
            ("about an hour later", "TIME", "2014-01-09T18:42"),
            ("nine days", "DURATION", "P9D"),
            ("January", "DATE", "2014-01"),
            ("May", "DATE", "2014-05"),
            ("almost every weekend", "SET", "XXXX-WXX-WE"),
            ("the summer", "DATE", "2014-SU"),
            ("September", "DATE", "2014-09"),
            ("this week", "DATE", "2015-W02"),
            ("the past month", "DURATION", "P1M"),
            ("every week", "SET", "P1W"),
            ("Tuesday", "DATE", "2015-01-06"),
            ("the fall", "DATE", "2014-FA"),
            ("now", "DATE", "PRESENT_REF"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("The first few months", "DURATION", "PXM"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Tonight", "TIME", "2015-01-09TNI"),
            ("about an hour", "DURATION", "PT1H"),
            ("this evening", "TIME", "2015-01-09TEV"),
            ("Saturday", "DATE", "2015-01-10"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
