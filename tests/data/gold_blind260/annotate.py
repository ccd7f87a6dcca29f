"""Annotations of the two-hundred-and-sixtieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind260/annotate.py [--show]

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
    # Tuesday 2013-04-16 (ISO week 16), aviation safety website on an interim accident report,
    # headline, byline, stamp "16 April 2013, 11:05 GMT" (DATE and TIME, the zone in the span,
    # gold_blind89). The report was "published on Monday" 2013-04-15; Skarvik "said on
    # Tuesday", the publication day. The overrun was in "February", on "Friday 8 February"
    # 2013-02-08 (one span with its weekday); clock times as written, in the zone named
    # (gold_blind8): "17:41 UTC" and "18:41 local time" two TIMEX3 (Norlandia is UTC+1 in
    # winter); "18:29:37 UTC" and "18:29:49 UTC" to the second (the shape gold_blind8 added);
    # "about 20 seconds later" after the exact 18:29:49 is an anchored TIME with the
    # approximator in the span, 18:30:09 (gold_blind8's "about 90 seconds later"). "the 24
    # hours before the flight" -> "the 24 hours" PT24H (gold_blind8's "the 48 hours").
    # Narrative anchors on the accident day: "the previous day" 2013-02-07, "22:40 local time
    # the previous evening" 2013-02-07T22:40 and 2013-02-07TEV (gold_blind52, gold_blind69);
    # "after 3am" -> "3am" 2013-02-08T03:00 (the night running into Friday); "07:30" and "16:55
    # local time" on Friday; "the evening of the accident" one TIME span 2013-02-08TEV (like
    # gold_blind8's "the morning of the accident"). "a 12-hour duty" and "the 50-minute flight"
    # adjectival DURATIONs; "more than two hours before the landing" an anchored duration.
    # "now" twice PRESENT_REF; "every two hours" SET PT2H; "once a year" SET P1Y; "next year"
    # 2014; "March" 2013-03 (past). Not annotated: "every 600 flight hours" (a maintenance
    # interval counted in hours of use, not of the calendar; see README), "whichever comes
    # first", "flight time scheme", "SV 1217" (a flight number that reads like 12:17),
    # "runway 31", "A-50", "NL-AXD", "52 passengers", "four crew", "610 metres", "140
    # metres", "44" (an age), "Three passengers", "AIB 2013-07" and the URL
    # "aib-norlandia.org/reports/2013-07" (a report number holding a year and month), "the
    # time of the landing" (event-named), "late finish", "standby".
    "skarvik-air-torvenes-overrun-interim-report": (
        "2013-04-16",
        [
            ("less than five hours", "DURATION", "PT5H"),
            ("16 April 2013", "DATE", "2013-04-16"),
            ("11:05 GMT", "TIME", "2013-04-16T11:05"),
            ("February", "DATE", "2013-02"),
            ("less than five hours", "DURATION", "PT5H"),
            ("the 24 hours", "DURATION", "PT24H"),
            ("Monday", "DATE", "2013-04-15"),
            ("17:41 UTC", "TIME", "2013-02-08T17:41"),
            ("18:41 local time", "TIME", "2013-02-08T18:41"),
            ("Friday 8 February", "DATE", "2013-02-08"),
            ("50-minute", "DURATION", "PT50M"),
            ("18:29:37 UTC", "TIME", "2013-02-08T18:29:37"),
            ("18:29:49 UTC", "TIME", "2013-02-08T18:29:49"),
            ("about 20 seconds later", "TIME", "2013-02-08T18:30:09"),
            ("12-hour", "DURATION", "PT12H"),
            ("the previous day", "DATE", "2013-02-07"),
            ("22:40 local time", "TIME", "2013-02-07T22:40"),
            ("the previous evening", "TIME", "2013-02-07TEV"),
            ("3am", "TIME", "2013-02-08T03:00"),
            ("07:30", "TIME", "2013-02-08T07:30"),
            ("almost 12 hours", "DURATION", "PT12H"),
            ("2009", "DATE", "2009"),
            ("at least 12 hours", "DURATION", "PT12H"),
            ("16:55 local time", "TIME", "2013-02-08T16:55"),
            ("more than two hours", "DURATION", "PT2H"),
            ("December 2010", "DATE", "2010-12"),
            ("now", "DATE", "PRESENT_REF"),
            ("every two hours", "SET", "PT2H"),
            ("the evening of the accident", "TIME", "2013-02-08TEV"),
            ("2004", "DATE", "2004"),
            ("October 2012", "DATE", "2012-10"),
            ("once a year", "SET", "P1Y"),
            ("next year", "DATE", "2014"),
            ("Tuesday", "DATE", "2013-04-16"),
            ("March", "DATE", "2013-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("at least 14 hours", "DURATION", "PT14H"),
        ],
    ),
    # Thursday 2014-07-10 (ISO week 28), British regional daily, headline, standfirst, byline,
    # date line "Thursday 10 July 2014"; the RAIB "said yesterday", Wednesday 2014-07-09. The
    # collision was "last November" 2013-11, "at 07:31 on Thursday 14 November" 2013-11-14
    # (the year from "last November"), the train having left "at 07:12" the same day; the
    # fault was reported "on 23 October" 2013-10-23 and repaired "until 15 November"
    # 2013-11-15; "5pm the following day" 2013-11-15T17:00 and 2013-11-15 (anchored on the
    # collision, the sentence after it). The tractor driver "started work at 4.30am" that
    # morning; "13 days in a row" -> "13 days" P13D ("in a row" left out, gold_blind36);
    # "in the previous week" the ISO week before the collision's, 2013-W45 (gold_blind47).
    # "The first train each morning ... at about 06:50" is a recurring service: "each
    # morning" SET XXXX-XX-XXTMO and "about 06:50" TIME XXXX-XX-XXT06:50 (gold_blind22).
    # "monthly checks" (standfirst) SET P1M like "monthly leak surveys" (gold_blind35);
    # "every month" P1M, "fortnightly" P2W, "daily" P1D, "every 30 minutes" PT30M. "three
    # weeks" (headline, lead) and the quote's "Three weeks" P3W; "for 22 days" (23 October to
    # 14 November) P22D; "the third incident ... in five years" -> "five years" P5Y (the
    # period of a count, gold_blind89); "the past decade" P10Y; "almost eight months" P8M;
    # "the summer of 2012" one span; "the autumn" ahead in July 2014-FA; "the end of 2015" the
    # year. Not annotated: "2K14" (a train reporting number), "Report 12/2014" (a report
    # number that reads like December 2014), "0345 711 1874" (a phone number holding the
    # annotated 1874), "63mph", "41 passengers", "19-year-old", "two or three times", "800
    # level crossings", "peak times", "the harvest", "the sugar beet harvest", "since the
    # accident" (event-named), "the third incident", "twice".
    "hallow-lane-crossing-raib-report": (
        "2014-07-10",
        [
            ("three weeks", "DURATION", "P3W"),
            ("monthly", "SET", "P1M"),
            ("Thursday 10 July 2014", "DATE", "2014-07-10"),
            ("three weeks", "DURATION", "P3W"),
            ("last November", "DATE", "2013-11"),
            ("yesterday", "DATE", "2014-07-09"),
            ("23 October", "DATE", "2013-10-23"),
            ("15 November", "DATE", "2013-11-15"),
            ("07:12", "TIME", "2013-11-14T07:12"),
            ("07:31", "TIME", "2013-11-14T07:31"),
            ("Thursday 14 November", "DATE", "2013-11-14"),
            ("5pm", "TIME", "2013-11-15T17:00"),
            ("the following day", "DATE", "2013-11-15"),
            ("11 days", "DURATION", "P11D"),
            ("4.30am", "TIME", "2013-11-14T04:30"),
            ("13 days", "DURATION", "P13D"),
            ("the previous week", "DATE", "2013-W45"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("about 06:50", "TIME", "XXXX-XX-XXT06:50"),
            ("every 30 minutes", "SET", "PT30M"),
            ("the past decade", "DURATION", "P10Y"),
            ("every month", "SET", "P1M"),
            ("2 October", "DATE", "2013-10-02"),
            ("22 days", "DURATION", "P22D"),
            ("almost eight months", "DURATION", "P8M"),
            ("fortnightly", "SET", "P2W"),
            ("five years", "DURATION", "P5Y"),
            ("March 2011", "DATE", "2011-03"),
            ("the summer of 2012", "DATE", "2012-SU"),
            ("1874", "DATE", "1874"),
            ("daily", "SET", "P1D"),
            ("the autumn", "DATE", "2014-FA"),
            ("the end of 2015", "DATE", "2015"),
            ("2010", "DATE", "2010"),
            ("Three weeks", "DURATION", "P3W"),
        ],
    ),
    # Wednesday 2012-09-26 (ISO week 39), US newspaper website's Washington-bureau story,
    # headline, stamp "Updated 6:14 p.m., Wednesday, September 26, 2012" (TIME and one DATE
    # span with its weekday), byline, "WASHINGTON —" dateline. The board met and the safety
    # administration spoke Tuesday 2012-09-25 (twice, past); the owner was reached "last week"
    # 2012-W38. The crash narrative: the bus left "at 10:15 p.m. EST on Saturday, Feb. 18"
    # 2012-02-18T22:15 (zone in the span, not in the value); "at 5:51:48 a.m. the next day"
    # 2012-02-19T05:51:48 and 2012-02-19; "about 12 seconds later" an anchored TIME,
    # 05:52:00 (gold_blind8). The bare "Saturday" in "at 8 a.m. Saturday" and "at 9:30 p.m.
    # Saturday" is the Saturday of the narrative just named, 2012-02-18, not one near the
    # publication day (the story line fixes it, gold_blind39); "slept from about noon to 4
    # p.m." on that Saturday; "6 p.m. Friday, Feb. 17" two TIMEX3. "the 36 hours before the
    # crash" -> "the 36 hours" PT36H; "barely slept in two days" P2D (a negated period);
    # "a 10-hour shift" PT10H; "up to 10 hours", "eight consecutive hours" (gold_blind39's "10
    # consecutive hours"), "15 hours" durations of the hours-of-service rules; "the previous
    # six months" P6M; "seven months" P7M; "the past decade" P10Y. "in November" (the
    # inspection before the crash) 2011-11; "in March" 2012-03; "set for May" ahead 2013-05;
    # "Oct. 17" ahead 2012-10-17; "early next year" 2013; "every six months" SET P6M. Not
    # annotated: "The 2001 model-year coach" (a model year, gold_blind16), "4-0" (a vote),
    # "56-passenger", "38 people", "Mile 214", "51" (an age), "11 of its 23 drivers", "one
    # in five", "on-duty time", "off duty", "on duty" (gold_blind39), "full time".
    "kettering-turnpike-bus-crash-ntsb": (
        "2012-09-26",
        [
            ("about four hours", "DURATION", "PT4H"),
            ("6:14 p.m.", "TIME", "2012-09-26T18:14"),
            ("Wednesday, September 26, 2012", "DATE", "2012-09-26"),
            ("February", "DATE", "2012-02"),
            ("about four hours", "DURATION", "PT4H"),
            ("the 36 hours", "DURATION", "PT36H"),
            ("Tuesday", "DATE", "2012-09-25"),
            ("seven months", "DURATION", "P7M"),
            ("10:15 p.m. EST", "TIME", "2012-02-18T22:15"),
            ("Saturday, Feb. 18", "DATE", "2012-02-18"),
            ("5:51:48 a.m.", "TIME", "2012-02-19T05:51:48"),
            ("the next day", "DATE", "2012-02-19"),
            ("about 12 seconds later", "TIME", "2012-02-19T05:52:00"),
            ("10-hour", "DURATION", "PT10H"),
            ("8 a.m.", "TIME", "2012-02-18T08:00"),
            ("Saturday", "DATE", "2012-02-18"),
            ("about noon", "TIME", "2012-02-18T12:00"),
            ("4 p.m.", "TIME", "2012-02-18T16:00"),
            ("6 p.m.", "TIME", "2012-02-17T18:00"),
            ("Friday, Feb. 17", "DATE", "2012-02-17"),
            ("9:30 p.m.", "TIME", "2012-02-18T21:30"),
            ("Saturday", "DATE", "2012-02-18"),
            ("up to 10 hours", "DURATION", "PT10H"),
            ("eight consecutive hours", "DURATION", "PT8H"),
            ("15 hours", "DURATION", "PT15H"),
            ("two days", "DURATION", "P2D"),
            ("November", "DATE", "2011-11"),
            ("every six months", "SET", "P6M"),
            ("2010", "DATE", "2010"),
            ("March", "DATE", "2012-03"),
            ("the previous six months", "DURATION", "P6M"),
            ("1999", "DATE", "1999"),
            ("the past decade", "DURATION", "P10Y"),
            ("Tuesday", "DATE", "2012-09-25"),
            ("early next year", "DATE", "2013"),
            ("May", "DATE", "2013-05"),
            ("Oct. 17", "DATE", "2012-10-17"),
            ("last week", "DATE", "2012-W38"),
        ],
    ),
    # Saturday 2015-03-14 (ISO week 11), Australian news website, headline, stamp "Posted Sat
    # 14 Mar 2015, 7:15am AEST" (DATE and TIME, gold_blind92; "Sat 14 Mar" checked by hand:
    # 2015-03-14 is a Saturday), byline, no dateline. The final report was "released on
    # Friday" 2015-03-13. "last winter" in a March 2015 Australian story is the southern
    # winter of 2014 (June-August), 2014-WI, valued in the year it falls in (gold_blind103);
    # the grounding "at 2147 local time on the night of 2 August" (2014, in that winter):
    # TIME 2014-08-02T21:47 and "the night of 2 August" one TIME span 2014-08-02TNI
    # (gold_blind5, gold_blind21); "about six hours later" after the exact 2147 an anchored
    # TIME 2014-08-03T03:47 (gold_blind14); "2139" the same evening. "the previous evening"
    # (before the grounding night) 2014-08-01TEV with "2210" 2014-08-01T22:10; "0300 that
    # morning" 2014-08-02T03:00 and 2014-08-02TMO. "at least 10 hours' rest" -> "at least 10
    # hours" (the apostrophe left out, gold_blind89); "any 24-hour period" PT24H; "the
    # previous two days" P2D (gold_blind41); "more than a year" P1Y. "in May" (the alarm,
    # before August) 2014-05; "in October" (after the grounding) 2014-10; "Easter" ahead
    # 2015-04-05 (Easter Sunday 2015); the new timetable's "8pm" and "9.15pm" are the hours of
    # a daily sailing, XXXX-XX-XXT20:00 and XXXX-XX-XXT21:15 (gold_blind89). "the 2013-14
    # financial year" FY2014 (Australian July-June year, gold_blind49, gold_blind94) and "a
    # year earlier" FY2013 (the granularity of what it is compared with, gold_blind41);
    # "second grounding in four years" -> "four years" P4Y. Not annotated: "MO-2014-008" (a
    # report number holding 2014), "35-metre", "212 passengers", "nine crew", "52" (an age),
    # "38 reports", "29", "Coral Wren", "Coral Sprite", "the time of the grounding".
    "coral-wren-ferry-grounding-atsb": (
        "2015-03-14",
        [
            ("19 hours", "DURATION", "PT19H"),
            ("Sat 14 Mar 2015", "DATE", "2015-03-14"),
            ("7:15am AEST", "TIME", "2015-03-14T07:15"),
            ("last winter", "DATE", "2014-WI"),
            ("about 19 hours", "DURATION", "PT19H"),
            ("Friday", "DATE", "2015-03-13"),
            ("less than six hours", "DURATION", "PT6H"),
            ("the previous two days", "DURATION", "P2D"),
            ("90-minute", "DURATION", "PT90M"),
            ("2147 local time", "TIME", "2014-08-02T21:47"),
            ("the night of 2 August", "TIME", "2014-08-02TNI"),
            ("about six hours later", "TIME", "2014-08-03T03:47"),
            ("2139", "TIME", "2014-08-02T21:39"),
            ("at least 10 hours", "DURATION", "PT10H"),
            ("24-hour", "DURATION", "PT24H"),
            ("2210", "TIME", "2014-08-01T22:10"),
            ("the previous evening", "TIME", "2014-08-01TEV"),
            ("0300", "TIME", "2014-08-02T03:00"),
            ("that morning", "TIME", "2014-08-02TMO"),
            ("almost 19 hours", "DURATION", "PT19H"),
            ("May", "DATE", "2014-05"),
            ("March 2013", "DATE", "2013-03"),
            ("more than a year", "DURATION", "P1Y"),
            ("every three months", "SET", "P3M"),
            ("2001", "DATE", "2001"),
            ("November 2013", "DATE", "2013-11"),
            ("October", "DATE", "2014-10"),
            ("now", "DATE", "PRESENT_REF"),
            ("no more than 12 hours", "DURATION", "PT12H"),
            ("Easter", "DATE", "2015-04-05"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("9.15pm", "TIME", "XXXX-XX-XXT21:15"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("a year earlier", "DATE", "FY2013"),
            ("four years", "DURATION", "P4Y"),
            ("2011", "DATE", "2011"),
        ],
    ),
    # Monday 2014-11-17 (ISO week 47), US regional paper, headline, date line "Monday,
    # November 17, 2014", byline, "CATO SPRINGS, La. —" dateline. The board's findings came
    # Friday 2014-11-14 (also the share price "closed Friday"); the union "said Sunday"
    # 2014-11-16; Bellmont "said last week" 2014-W46; the tour is "Wednesday" ahead,
    # 2014-11-19. The blast: "in June", "the June 3 explosion" (an adjectival date), "about
    # 9 p.m.", "11:09 p.m." and "11:48 p.m." on 2014-06-03; "four hours behind schedule" the
    # size of a delay, PT4H (gold_blind53); "about two hours", "nearly 40 minutes" DURATIONs.
    # "12 consecutive days" (headline) P12D, a cardinal run (gold_blind103's "five
    # consecutive days"); "the previous 12 days" P12D; "12-hour shifts" PT12H. "Night shifts
    # ... run from 6 p.m. to 6 a.m." are recurring hours, XXXX-XX-XXT18:00 and T06:00
    # (gold_blind39). Bellmont's fiscal year ends Sept. 30 (federal-style, named by the year
    # it ends): "Sept. 30" the current year's end 2014-09-30 (gold_blind8); "the fiscal fourth
    # quarter" just reported FY2014-Q4 and "a year earlier" FY2013-Q4 (gold_blind35,
    # gold_blind41); "the second quarter of fiscal 2015" one span FY2015-Q2 (gold_blind41), and
    # "from January to March" 2015-01 and 2015-03. "in the spring" in a quote looking back
    # from November 2014-SP; "August", "October" past 2014; "Aug. 10" ahead 2015-08-10; "early
    # next year" 2015; "the end of 2015" the year; "this year" 2014; "every three years" SET
    # P3Y. Not annotated: "Night shifts" (a kind of shift), "around the clock", "may" (the
    # verb), "Local 1412" (a union local), "$212,000", "$9.8 million", "$6.1 million", "$14.2
    # million", "$23.15", "31 percent", "NYSE: BLR", "about 240 people", "two of its four
    # units", "11 reactive-chemical accidents", "three of them", "since the explosion"
    # (event-named), "fiscal year" in "whose fiscal year ends" (generic; its end is annotated).
    "bellmont-resins-reactor-blast-csb": (
        "2014-11-17",
        [
            ("12 consecutive days", "DURATION", "P12D"),
            ("Monday, November 17, 2014", "DATE", "2014-11-17"),
            ("June", "DATE", "2014-06"),
            ("12-hour", "DURATION", "PT12H"),
            ("the previous 12 days", "DURATION", "P12D"),
            ("2009", "DATE", "2009"),
            ("Friday", "DATE", "2014-11-14"),
            ("June 3", "DATE", "2014-06-03"),
            ("early next year", "DATE", "2015"),
            ("the end of 2015", "DATE", "2015"),
            ("about 9 p.m.", "TIME", "2014-06-03T21:00"),
            ("four hours", "DURATION", "PT4H"),
            ("about two hours", "DURATION", "PT2H"),
            ("11:09 p.m.", "TIME", "2014-06-03T23:09"),
            ("nearly 40 minutes", "DURATION", "PT40M"),
            ("11:48 p.m.", "TIME", "2014-06-03T23:48"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("every three years", "SET", "P3Y"),
            ("March 2009", "DATE", "2009-03"),
            ("1968", "DATE", "1968"),
            ("August", "DATE", "2014-08"),
            ("October", "DATE", "2014-10"),
            ("Sept. 30", "DATE", "2014-09-30"),
            ("the fiscal fourth quarter", "DATE", "FY2014-Q4"),
            ("a year earlier", "DATE", "FY2013-Q4"),
            ("last week", "DATE", "2014-W46"),
            ("the second quarter of fiscal 2015", "DATE", "FY2015-Q2"),
            ("January", "DATE", "2015-01"),
            ("March", "DATE", "2015-03"),
            ("Sunday", "DATE", "2014-11-16"),
            ("2012", "DATE", "2012"),
            ("the spring", "DATE", "2014-SP"),
            ("Wednesday", "DATE", "2014-11-19"),
            ("Aug. 10", "DATE", "2015-08-10"),
            ("2010", "DATE", "2010"),
            ("Friday", "DATE", "2014-11-14"),
            ("this year", "DATE", "2014"),
        ],
    ),
    # Friday 2015-01-30 (ISO week 5), Canadian TV-news website, headline, stamp "Published
    # Friday, January 30, 2015 4:52PM EST" (one DATE span with its weekday and a TIME),
    # byline, "MOOSE PORTAGE, Ont. —" dateline. The investigators arrived "Friday", the
    # publication day; the helicopter went down "late Thursday" (DATE 2015-01-29, gold_blind39)
    # after taking off "at 10:37 p.m." and losing radar "at 10:58 p.m." that Thursday;
    # "shortly after 3 a.m." -> "3 a.m." 2015-01-30T03:00 (the night's account runs into
    # Friday, "shortly after" a signal); the warning "at 4 p.m. Thursday" and "until early
    # Friday" (DATE 2015-01-30); the captain's duty "at 9 a.m. Thursday" and "at 11 p.m." that
    # day. "this morning" 2015-01-30TMO; "the weekend" ahead 2015-W05-WE (31 January-1
    # February); "next week" 2015-W06; "Tuesday" ahead 2015-02-03 with "2 p.m." that day;
    # "Jan. 19" 2015-01-19 (past); "March 2017"; "last fall" 2014-FA; "the end of June" ahead
    # 2015-06. "14-hour duty day" (headline and body) PT14H adjectival; "up to 14 hours",
    # "up to three hours" PT14H, PT3H; "two days off" P2D; "about 40 minutes away" PT40M (a
    # travel time); "an average of about 450 days" P450D (an average is still a length,
    # gold_blind41); "a 2013 report" -> "2013" an adjectival year; "since 2009", "since 1994".
    # Not annotated: "100-hour inspection" (an interval counted in flight hours, like "every
    # 600 flight hours" in the air story; see README), "Northstar 2204" (a call sign that
    # reads like 22:04 beside the annotated 10:37 and 10:58 p.m.), "LH-90", "1-800-555-0199",
    # "a duty day" (a kind of period, its length is annotated), "six kilometres", "four
    # investigators", "in an emergency", "night-vision goggles", "the end of his 14-hour duty
    # day" beyond "14-hour" (the end is the annotated "11 p.m.").
    "northstar-medevac-helicopter-crash-tsb": (
        "2015-01-30",
        [
            ("14-hour", "DURATION", "PT14H"),
            ("Friday, January 30, 2015", "DATE", "2015-01-30"),
            ("4:52PM EST", "TIME", "2015-01-30T16:52"),
            ("Friday", "DATE", "2015-01-30"),
            ("late Thursday", "DATE", "2015-01-29"),
            ("10:37 p.m.", "TIME", "2015-01-29T22:37"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("10:58 p.m.", "TIME", "2015-01-29T22:58"),
            ("3 a.m.", "TIME", "2015-01-30T03:00"),
            ("4 p.m.", "TIME", "2015-01-29T16:00"),
            ("Thursday", "DATE", "2015-01-29"),
            ("early Friday", "DATE", "2015-01-30"),
            ("9 a.m.", "TIME", "2015-01-29T09:00"),
            ("Thursday", "DATE", "2015-01-29"),
            ("14-hour", "DURATION", "PT14H"),
            ("11 p.m.", "TIME", "2015-01-29T23:00"),
            ("two days", "DURATION", "P2D"),
            ("this morning", "TIME", "2015-01-30TMO"),
            ("up to 14 hours", "DURATION", "PT14H"),
            ("up to three hours", "DURATION", "PT3H"),
            ("2008", "DATE", "2008"),
            ("Jan. 19", "DATE", "2015-01-19"),
            ("1994", "DATE", "1994"),
            ("March 2017", "DATE", "2017-03"),
            ("2009", "DATE", "2009"),
            ("2013", "DATE", "2013"),
            ("May 2012", "DATE", "2012-05"),
            ("the weekend", "DATE", "2015-W05-WE"),
            ("next week", "DATE", "2015-W06"),
            ("about 450 days", "DURATION", "P450D"),
            ("last fall", "DATE", "2014-FA"),
            ("the end of June", "DATE", "2015-06"),
            ("Tuesday", "DATE", "2015-02-03"),
            ("2 p.m.", "TIME", "2015-02-03T14:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
