"""Annotations of the blind gold set 418, chosen by hand before the tagger ran.

    python tests/data/gold_blind418/annotate.py [--show]

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
    # Thursday 2017-10-12 (ISO week 41), Hong Kong English daily's website, section label, headline
    # ("until at least 2pm"), standfirst ("shut today"), byline, stamps "PUBLISHED : Thursday, 12
    # October, 2017, 7:42am" and "UPDATED : ... 1:15pm" (each a DATE span with its weekday and a
    # TIME, gold_blind98, gold_blind103). "on Thursday" in the lead and "the early hours of
    # Thursday" are the publication day (gold_blind7, gold_blind103). The signal was "hoisted at
    # 9.40pm on Wednesday" 2017-10-11T21:40; "overnight" (told on Thursday) is the night begun on
    # Wednesday evening, 2017-10-11TNI (gold_blind21, gold_blind59), as is "last night" with its
    # "10pm"; "Ferries ... stopped at 8pm on Wednesday". "until at least 2pm" (headline and body) ->
    # "at least 2pm" TIME 2017-10-12T14:00, the modifier kept like "at least Wednesday"
    # (gold_blind14, gold_blind103); "between 2pm and 4pm" two TIMEs; "around 4am", "11am", "1pm",
    # "about 4.50am", "6.15am", "noon" clock times of the publication day, the approximators kept in
    # the span. Future: "this evening" and "this afternoon" TIMEs of the day; "tomorrow afternoon"
    # 2017-10-13TAF; "at 7am on Friday" 2017-10-13T07:00 and the DATE; "tomorrow" 2017-10-13; "the
    # weekend" 2017-W41-WE (14-15 October); "early next week" 2017-W42 (the modifier not recorded,
    # gold_blind9). "more than 15 hours" PT15H; "raised in 2017" 2017; "two storms in August"
    # 2017-08; "The next few hours" PTXH (a vague duration, like "hours" PTXH in gold_blind7); "52
    # years" P52Y (how long the speaker has lived there, like "61 years" in gold_blind103); "since
    # it opened in 1994" 1994; "this month" 2017-10; "In August last year" one DATE span 2016-08
    # (like "September last year", gold_blind18); "14 hours" PT14H; "about three weeks" P3W; "the
    # coming days" PXD. Not annotated: "No 8", "No 3", "the No 8 Northeast Gale or Storm Signal",
    # "the 17th tropical cyclone of the season" ("the season", a storm season of no calendar unit,
    # gold_blind22, gold_blind103), "the October average" (a climatological normal of every October,
    # a kind, like "its usual monthly total" in gold_blind103), "the morning session" (a trading
    # session, a named period of the exchange, like "late in the session" in gold_blind14),
    # "155km/h", "20km/h", "146km/h", "70km", "180km", "310mm", "31 degrees", "400 trees", "312
    # flights", "71" (an age), "the 1823 hotline" (a phone number that looks like a year), "until
    # the signal is lowered".
    "typhoon-kalmari-no-8-signal": (
        "2017-10-12",
        [
            ("at least 2pm", "TIME", "2017-10-12T14:00"),
            ("today", "DATE", "2017-10-12"),
            ("Thursday, 12 October, 2017", "DATE", "2017-10-12"),
            ("7:42am", "TIME", "2017-10-12T07:42"),
            ("Thursday, 12 October, 2017", "DATE", "2017-10-12"),
            ("1:15pm", "TIME", "2017-10-12T13:15"),
            ("Thursday", "DATE", "2017-10-12"),
            ("overnight", "TIME", "2017-10-11TNI"),
            ("9.40pm", "TIME", "2017-10-11T21:40"),
            ("Wednesday", "DATE", "2017-10-11"),
            ("at least 2pm", "TIME", "2017-10-12T14:00"),
            ("2pm", "TIME", "2017-10-12T14:00"),
            ("4pm", "TIME", "2017-10-12T16:00"),
            ("around 4am", "TIME", "2017-10-12T04:00"),
            ("11am", "TIME", "2017-10-12T11:00"),
            ("this evening", "TIME", "2017-10-12TEV"),
            ("the early hours of Thursday", "DATE", "2017-10-12"),
            ("1994", "DATE", "1994"),
            ("1pm", "TIME", "2017-10-12T13:00"),
            ("more than 15 hours", "DURATION", "PT15H"),
            ("2017", "DATE", "2017"),
            ("August", "DATE", "2017-08"),
            ("The next few hours", "DURATION", "PTXH"),
            ("about 4.50am", "TIME", "2017-10-12T04:50"),
            ("52 years", "DURATION", "P52Y"),
            ("10pm", "TIME", "2017-10-11T22:00"),
            ("last night", "TIME", "2017-10-11TNI"),
            ("tomorrow afternoon", "TIME", "2017-10-13TAF"),
            ("8pm", "TIME", "2017-10-11T20:00"),
            ("Wednesday", "DATE", "2017-10-11"),
            ("7am", "TIME", "2017-10-13T07:00"),
            ("Friday", "DATE", "2017-10-13"),
            ("6.15am", "TIME", "2017-10-12T06:15"),
            ("today", "DATE", "2017-10-12"),
            ("this afternoon", "TIME", "2017-10-12TAF"),
            ("noon", "TIME", "2017-10-12T12:00"),
            ("this month", "DATE", "2017-10"),
            ("this morning", "TIME", "2017-10-12TMO"),
            ("tomorrow", "DATE", "2017-10-13"),
            ("the weekend", "DATE", "2017-W41-WE"),
            ("early next week", "DATE", "2017-W42"),
            ("August last year", "DATE", "2016-08"),
            ("14 hours", "DURATION", "PT14H"),
            ("about three weeks", "DURATION", "P3W"),
            ("the coming days", "DURATION", "PXD"),
        ],
    ),
    # Monday 2018-03-12 (ISO week 11), Australian (Melbourne) paper's website, section label,
    # headline ("pauses for Labour Day"), standfirst ("since 1985"), byline, stamp "12 March 2018 —
    # 5:12pm" (DATE and TIME). Victoria's Labour Day is the second Monday of March, 2018-03-12, the
    # publication day: "today's Labour Day public holiday" -> "today" and "Labour Day", two DATEs of
    # that day (possessive without the "'s"); the headline's "pauses for Labour Day" the same
    # holiday (the count pauses on it). The by-election was on Saturday 2018-03-10: "10.40pm on
    # Saturday", "Saturday's primary swing" (-> "Saturday"), "until after 11pm on Saturday" (->
    # "11pm", "until" and "after" signals), "when polls closed at 6pm" that Saturday. "yesterday
    # afternoon" Sunday 2018-03-11TAF, "last night" its night with "9pm"; "said on Sunday"
    # 2018-03-11, "said yesterday" the same day. Future: "9am tomorrow" 2018-03-13T09:00; "6pm on
    # Friday" 2018-03-16T18:00; "10am on Saturday" 2018-03-17T10:00 (the same weekday in both
    # directions, gold_blind103); "before Saturday" in the quote the coming one, 2018-03-17; "next
    # Tuesday, 20 March" one DATE span 2018-03-20 (the Tuesday of the next week, not tomorrow, as
    # the date confirms, like "next Saturday, 8 December" in gold_blind79); "until next week" and
    # "the middle of next week" 2018-W12 (gold_blind103). "33 years" P33Y (1985-2018); "a month of
    # doorknocking" P1M; "since 1992" 1992; "9 February" 2018-02-09; "resigned in January" 2018-01;
    # "16 years" P16Y; "barely eight months" P8M (the modifier kept); "24 November" 2018-11-24 and
    # "November" 2018-11 ahead; "by the spring" -> "the spring" 2018-SP, the southern spring
    # (September-November) of the same year (gold_blind75, gold_blind98); "26 February" 2018-02-26;
    # "two weeks" P2W; "the 2014 state election" -> "2014" (adjectival year, gold_blind22); "within
    # 21 days" P21D; "in 2010" 2010. Not annotated: "polling day" is not written; "the by-election"
    # and "the state election" (events), "the first 1900 postal votes" (a count that looks like a
    # year), "bundle No. 2018" (a bundle number holding the year of the story), "Booth 17", "312
    # votes", "186 votes", "14 booths", "71 per cent", "9.4 per cent", "23 per cent", "9412",
    # "5100", "40 ballot papers", "34" (an age), "two-party-preferred", "twice".
    "kestrel-park-by-election-count": (
        "2018-03-12",
        [
            ("Labour Day", "DATE", "2018-03-12"),
            ("1985", "DATE", "1985"),
            ("12 March 2018", "DATE", "2018-03-12"),
            ("5:12pm", "TIME", "2018-03-12T17:12"),
            ("next week", "DATE", "2018-W12"),
            ("today", "DATE", "2018-03-12"),
            ("Labour Day", "DATE", "2018-03-12"),
            ("10.40pm", "TIME", "2018-03-10T22:40"),
            ("Saturday", "DATE", "2018-03-10"),
            ("yesterday afternoon", "TIME", "2018-03-11TAF"),
            ("9pm", "TIME", "2018-03-11T21:00"),
            ("last night", "TIME", "2018-03-11TNI"),
            ("9am", "TIME", "2018-03-13T09:00"),
            ("tomorrow", "DATE", "2018-03-13"),
            ("6pm", "TIME", "2018-03-16T18:00"),
            ("Friday", "DATE", "2018-03-16"),
            ("10am", "TIME", "2018-03-17T10:00"),
            ("Saturday", "DATE", "2018-03-17"),
            ("next Tuesday, 20 March", "DATE", "2018-03-20"),
            ("33 years", "DURATION", "P33Y"),
            ("Saturday", "DATE", "2018-03-17"),
            ("this morning", "TIME", "2018-03-12TMO"),
            ("a month", "DURATION", "P1M"),
            ("Saturday", "DATE", "2018-03-10"),
            ("1992", "DATE", "1992"),
            ("9 February", "DATE", "2018-02-09"),
            ("January", "DATE", "2018-01"),
            ("16 years", "DURATION", "P16Y"),
            ("barely eight months", "DURATION", "P8M"),
            ("24 November", "DATE", "2018-11-24"),
            ("November", "DATE", "2018-11"),
            ("the spring", "DATE", "2018-SP"),
            ("26 February", "DATE", "2018-02-26"),
            ("two weeks", "DURATION", "P2W"),
            ("2014", "DATE", "2014"),
            ("6pm", "TIME", "2018-03-10T18:00"),
            ("21 days", "DURATION", "P21D"),
            ("11pm", "TIME", "2018-03-10T23:00"),
            ("Saturday", "DATE", "2018-03-10"),
            ("yesterday", "DATE", "2018-03-11"),
            ("Sunday", "DATE", "2018-03-11"),
            ("2010", "DATE", "2010"),
            ("the middle of next week", "DATE", "2018-W12"),
        ],
    ),
    # Wednesday 2017-11-22 (ISO week 47), Singapore daily's website court story, section label,
    # headline ("jailed 18 months"), byline with title, stamp "PUBLISHED NOV 22, 2017, 4:38 PM SGT"
    # (DATE and TIME, the zone in the span and not in the value), "SINGAPORE -" dateline. "on
    # Wednesday (Nov 22)", the paper's weekday with its date in brackets, is two DATEs of the
    # publication day (the brackets between them, like "Tuesday ... (Aug 6)" would be; see README).
    # "jailed for 18 months" P18M (headline and lead); "between March 2014 and June 2015" two DATEs;
    # "in September" 2017-09; "by late 2013" 2013; "the next 15 months" P15M (from late 2013);
    # "within a week" -> "a week" P1W (in a quote of a promise). The narrative: "Christmas Eve 2014"
    # one DATE 2014-12-24; "three weeks later" after it takes the unit's granularity, the ISO week
    # of 14 January 2015, 2015-W03 (gold_blind22, gold_blind79); "On Jan 19, 2015" 2015-01-19; "the
    # following morning" after it 2015-01-20TMO (gold_blind13, gold_blind15); "the next day" after
    # that morning 2015-01-21, anchored on the narrative's last date (gold_blind16, gold_blind21);
    # "about 3pm on May 8, 2015" and "about 9pm that evening" 2015-05-08T15:00, T21:00 and TEV. "in
    # 2015" and "the second half of the year" after it 2015-H2; "struck off in 2016" 2016; "July
    # last year" one span 2016-07; "last month" 2017-10; "at least two years' jail" -> "at least two
    # years" P2Y (the genitive not in the span); "over 15 months" P15M; "12 months" P12M; "two
    # years" (in a quote) P2Y; "weeks before any work began" -> "weeks" PXW (an anchored duration
    # alone, gold_blind35); "by two weeks, to Dec 6" P2W and 2017-12-06; "14 days" P14D; "up to 10
    # years" P10Y (a maximum term, gold_blind35's "up to 70 years"); "said on Tuesday" 2017-11-21;
    # "every two years" SET P2Y; "early 2016" 2016. Not annotated: "since then" (anaphoric),
    # "Section 420 of the Penal Code", "Block 218", "four-room", "$412,000", "$900,000", "$38,500",
    # "$22,000", "$60,000", "$85,000", "47" and "62-year-old" (ages), "six counts", "16 charges",
    # "31 complaints", "14 home owners".
    "everbright-renovation-cheating-jail": (
        "2017-11-22",
        [
            ("18 months", "DURATION", "P18M"),
            ("NOV 22, 2017", "DATE", "2017-11-22"),
            ("4:38 PM SGT", "TIME", "2017-11-22T16:38"),
            ("March 2014", "DATE", "2014-03"),
            ("June 2015", "DATE", "2015-06"),
            ("18 months", "DURATION", "P18M"),
            ("Wednesday", "DATE", "2017-11-22"),
            ("Nov 22", "DATE", "2017-11-22"),
            ("September", "DATE", "2017-09"),
            ("late 2013", "DATE", "2013"),
            ("the next 15 months", "DURATION", "P15M"),
            ("a week", "DURATION", "P1W"),
            ("Christmas Eve 2014", "DATE", "2014-12-24"),
            ("three weeks later", "DATE", "2015-W03"),
            ("Jan 19, 2015", "DATE", "2015-01-19"),
            ("the following morning", "TIME", "2015-01-20TMO"),
            ("the next day", "DATE", "2015-01-21"),
            ("about 3pm", "TIME", "2015-05-08T15:00"),
            ("May 8, 2015", "DATE", "2015-05-08"),
            ("about 9pm", "TIME", "2015-05-08T21:00"),
            ("that evening", "TIME", "2015-05-08TEV"),
            ("2015", "DATE", "2015"),
            ("the second half of the year", "DATE", "2015-H2"),
            ("2016", "DATE", "2016"),
            ("July last year", "DATE", "2016-07"),
            ("last month", "DATE", "2017-10"),
            ("at least two years", "DURATION", "P2Y"),
            ("15 months", "DURATION", "P15M"),
            ("12 months", "DURATION", "P12M"),
            ("two years", "DURATION", "P2Y"),
            ("weeks", "DURATION", "PXW"),
            ("two weeks", "DURATION", "P2W"),
            ("Dec 6", "DATE", "2017-12-06"),
            ("14 days", "DURATION", "P14D"),
            ("up to 10 years", "DURATION", "P10Y"),
            ("Tuesday", "DATE", "2017-11-21"),
            ("every two years", "SET", "P2Y"),
            ("early 2016", "DATE", "2016"),
        ],
    ),
    # Friday 2019-02-01 (ISO week 5), Malaysian daily's website, section label, headline ("begins
    # tonight"), byline, stamp "Friday, 01 Feb 2019" / "7:34 AM MYT" (DATE with its weekday and
    # TIME), "KUALA LUMPUR:" dateline. Chinese New Year 2019 fell on Tuesday 5 February (the text
    # gives the weekday; the calendar fixes the date, gold_blind79), with Tuesday and Wednesday (6
    # February) public holidays; "Monday, Chinese New Year's Eve" 2019-02-04 two DATEs (like
    # "tomorrow, Good Friday", gold_blind57); "Monday night" 2019-02-04TNI; "the Year of the Pig"
    # DATE 2019, the calendar year the lunar year begins in and mostly covers (gold_blind57).
    # "tonight" (headline and quote) 2019-02-01TNI; the quote's "the 11.45pm bus" that night
    # 2019-02-01T23:45. "tomorrow" and "on Saturday" 2019-02-02; "Sunday" 2019-02-03. "after 4pm
    # today ... until past midnight" -> "midnight" ending Friday, 2019-02-01T24:00 ("past" a signal
    # like "until"; gold_blind103). Travel plan: "between 10am and 2pm tomorrow" 2019-02-02T10:00
    # and T14:00; "after 9pm on Sunday" 2019-02-03T21:00. Lorry ban: "12.01am on Saturday"
    # 2019-02-02T00:01 "until 11.59pm on Monday" 2019-02-04T23:59; "12.01am next Saturday, Feb 9"
    # 2019-02-09T00:01 with one DATE span for "next Saturday, Feb 9" (eight days ahead, the date
    # confirms it, gold_blind79); "11.59pm the following day" 2019-02-10T23:59 and "the following
    # day" 2019-02-10. "the busiest day last year, Feb 14, two days before the festival" -> "last
    # year" 2018, "Feb 14" 2018-02-14 (under "last year", gold_blind22), "two days" P2D (an anchored
    # duration alone; Chinese New Year 2018 was Friday 16 February). "said yesterday" 2019-01-31;
    # "runs for 15 days from Jan 29" P15D and 2019-01-29; "the same operation last year" -> "last
    # year" 2018; "Saturday's 9.30pm departures" -> "Saturday" 2019-02-02 and "9.30pm" that day;
    # "sold out by Wednesday" 2019-01-30; "mid-December" 2018-12; "Every year" SET P1Y. Not
    # annotated: "The Chinese New Year exodus" and "CNY exodus" (a kind of travel named by the
    # holiday, not on it, like "Thanksgiving travel" in gold_blind57), "the festival" and "the
    # reunion dinner" (event-named), "office hours", "the return rush", "Ops Selamat 14" (an
    # operation's number), "Km 301", "1-800-88-2019" (a phone number ending in the year), "24-hour
    # line" (an adjective for a line staffed around the clock, like "A 24-hour control room" in
    # gold_blind31), "the north-east monsoon" (a season of no calendar unit, gold_blind22), "2.2
    # million vehicles", "1.9 million", "1,500 personnel", "16,400", "193", "RM45", "RM88", "29" (an
    # age).
    "cny-balik-kampung-highway-rush": (
        "2019-02-01",
        [
            ("tonight", "TIME", "2019-02-01TNI"),
            ("Friday, 01 Feb 2019", "DATE", "2019-02-01"),
            ("7:34 AM MYT", "TIME", "2019-02-01T07:34"),
            ("today", "DATE", "2019-02-01"),
            ("tomorrow", "DATE", "2019-02-02"),
            ("Sunday", "DATE", "2019-02-03"),
            ("Chinese New Year", "DATE", "2019-02-05"),
            ("Tuesday", "DATE", "2019-02-05"),
            ("the Year of the Pig", "DATE", "2019"),
            ("Tuesday", "DATE", "2019-02-05"),
            ("Wednesday", "DATE", "2019-02-06"),
            ("Monday", "DATE", "2019-02-04"),
            ("Chinese New Year's Eve", "DATE", "2019-02-04"),
            ("Monday night", "TIME", "2019-02-04TNI"),
            ("Saturday", "DATE", "2019-02-02"),
            ("last year", "DATE", "2018"),
            ("Feb 14", "DATE", "2018-02-14"),
            ("two days", "DURATION", "P2D"),
            ("4pm", "TIME", "2019-02-01T16:00"),
            ("today", "DATE", "2019-02-01"),
            ("midnight", "TIME", "2019-02-01T24:00"),
            ("yesterday", "DATE", "2019-01-31"),
            ("10am", "TIME", "2019-02-02T10:00"),
            ("2pm", "TIME", "2019-02-02T14:00"),
            ("tomorrow", "DATE", "2019-02-02"),
            ("9pm", "TIME", "2019-02-03T21:00"),
            ("Sunday", "DATE", "2019-02-03"),
            ("12.01am", "TIME", "2019-02-02T00:01"),
            ("Saturday", "DATE", "2019-02-02"),
            ("11.59pm", "TIME", "2019-02-04T23:59"),
            ("Monday", "DATE", "2019-02-04"),
            ("12.01am", "TIME", "2019-02-09T00:01"),
            ("next Saturday, Feb 9", "DATE", "2019-02-09"),
            ("11.59pm", "TIME", "2019-02-10T23:59"),
            ("the following day", "DATE", "2019-02-10"),
            ("15 days", "DURATION", "P15D"),
            ("Jan 29", "DATE", "2019-01-29"),
            ("last year", "DATE", "2018"),
            ("Saturday", "DATE", "2019-02-02"),
            ("9.30pm", "TIME", "2019-02-02T21:30"),
            ("Wednesday", "DATE", "2019-01-30"),
            ("mid-December", "DATE", "2018-12"),
            ("11.45pm", "TIME", "2019-02-01T23:45"),
            ("tonight", "TIME", "2019-02-01TNI"),
            ("Every year", "SET", "P1Y"),
        ],
    ),
    # Tuesday 2016-06-07 (ISO week 23), New Zealand news website, section label, headline ("next
    # Monday", "long weekend talks"), byline, stamp "Last updated 13:52, June 7 2016" (TIME and
    # DATE). Queen's Birthday was Monday 6 June 2016 (the first Monday of June), so "Queen's
    # Birthday weekend" and the headline's "long weekend" (the talks were held over it) are
    # 2016-W22-WE, the ISO week of its Saturday (gold_blind21, gold_blind102); "Sunday evening"
    # 2016-06-05TEV; "yesterday" 2016-06-06. "next Monday" (headline) in a Tuesday paper is the
    # nearest coming Monday, 2016-06-13, as the body's one-span "next Monday, June 13" confirms; the
    # box's "Monday, June 13" and the council's "on Monday" the same day. "from 4am next Monday,
    # June 13, until 4am the following day" -> 2016-06-13T04:00 and 2016-06-14T04:00, "the following
    # day" 2016-06-14. The fare refusal "between 7am and 9am from Wednesday, June 15, to Friday,
    # June 17" recurs on three mornings: the hours are XXXX-XX-XXT07:00 and T09:00 (gold_blind22,
    # gold_blind103), each date a DATE with its weekday; the box's "June 15-17" gives "June 15" and
    # the bare "17" 2016-06-17 (a range annotated at its ends, gold_blind17, gold_blind22) and
    # "7am-9am" the same hours. The overtime ban "will start on Thursday" / "From Thursday"
    # 2016-06-09. "a 24-hour shutdown" PT24H; "next week" (twice) 2016-W24; "since 2011" 2011; "this
    # morning" 2016-06-07TMO; "almost six hours" PT6H; "each of the next two years" -> "the next two
    # years" P2Y; "30 April" 2016-04-30; "since 2014"; "up to 11 hours" PT11H; "10am tomorrow"
    # 2016-06-08T10:00 and 2016-06-08; "since February" 2016-02; "March 2011" 2011-03; "three days"
    # P3D; "signed in 2013" 2013; "runs for nine years" P9Y; "July 9" 2016-07-09. Not annotated:
    # "until further notice" (gold_blind21), "late-evening trips" and "a typical weekday" (kinds),
    # "peak trains", "the school holidays" (gold_blind22), "routes 2, 14 and 91", "NCEA Level 2",
    # "0800 801 700", "harbourline.co.nz/2016-dispute" (a year in a web address), "310 members",
    # "26,000 people", "2.2 per cent".
    "port-tawhiri-bus-strike-notice": (
        "2016-06-07",
        [
            ("next Monday", "DATE", "2016-06-13"),
            ("long weekend", "DATE", "2016-W22-WE"),
            ("13:52", "TIME", "2016-06-07T13:52"),
            ("June 7 2016", "DATE", "2016-06-07"),
            ("24-hour", "DURATION", "PT24H"),
            ("next week", "DATE", "2016-W24"),
            ("2011", "DATE", "2011"),
            ("this morning", "TIME", "2016-06-07TMO"),
            ("4am", "TIME", "2016-06-13T04:00"),
            ("next Monday, June 13", "DATE", "2016-06-13"),
            ("4am", "TIME", "2016-06-14T04:00"),
            ("the following day", "DATE", "2016-06-14"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("Wednesday, June 15", "DATE", "2016-06-15"),
            ("Friday, June 17", "DATE", "2016-06-17"),
            ("Thursday", "DATE", "2016-06-09"),
            ("Queen's Birthday weekend", "DATE", "2016-W22-WE"),
            ("Sunday evening", "TIME", "2016-06-05TEV"),
            ("almost six hours", "DURATION", "PT6H"),
            ("the next two years", "DURATION", "P2Y"),
            ("30 April", "DATE", "2016-04-30"),
            ("2014", "DATE", "2014"),
            ("up to 11 hours", "DURATION", "PT11H"),
            ("yesterday", "DATE", "2016-06-06"),
            ("10am", "TIME", "2016-06-08T10:00"),
            ("tomorrow", "DATE", "2016-06-08"),
            ("February", "DATE", "2016-02"),
            ("Monday, June 13", "DATE", "2016-06-13"),
            ("June 15", "DATE", "2016-06-15"),
            ("17", "DATE", "2016-06-17"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("Thursday", "DATE", "2016-06-09"),
            ("Monday", "DATE", "2016-06-13"),
            ("March 2011", "DATE", "2011-03"),
            ("three days", "DURATION", "P3D"),
            ("2013", "DATE", "2013"),
            ("nine years", "DURATION", "P9Y"),
            ("next week", "DATE", "2016-W24"),
            ("July 9", "DATE", "2016-07-09"),
        ],
    ),
    # Saturday 2019-06-01 (ISO week 22), Indian daily's city page, section label, headline ("hottest
    # day in 21 years", "till Tuesday"), deck ("till June 30", "7am to 1pm from Monday"), byline "HT
    # Correspondent", stamp "Updated: Jun 01, 2019 07:48 IST" (DATE and TIME, the zone in the span
    # and not in the value, gold_blind49, gold_blind79), "SIKARWAL:" dateline. "hottest day in 21
    # years" -> "21 years" P21Y, the period of a superlative (gold_blind56, gold_blind103). Past:
    # "on Friday" 2019-05-31 (three times) with "11.30am" and "3.10pm" that day, "Friday evening"
    # 2019-05-31TEV; "Thursday night" (possessive) 2019-05-30TNI; "died on Thursday" and "10pm on
    # Thursday" 2019-05-30; "clashes on Wednesday night" 2019-05-29TNI; "last week" 2019-W21; "since
    # last Saturday" in a Saturday paper is the Saturday a week earlier, 2019-05-25 ("last" with the
    # paper's own weekday, like "last Sunday" in gold_blind102); "since May 20" 2019-05-20; "since
    # May 1998" 1998-05. Future: "till Tuesday" (headline and body) 2019-06-04, "till" a signal
    # (gold_blind22); "from Wednesday" 2019-06-05 (the same weekday, past and ahead, in one story);
    # "From Monday" 2019-06-03; "till June 30" 2019-06-30; "in August" 2019-08; "around June 7" DATE
    # 2019-06-07 (the approximator kept, like "around 5:50 a.m.", gold_blind7, and "around the
    # middle of November", gold_blind9); "before mid-July" 2019-07. The office hours "7am to 1pm"
    # (deck and body) and the labourers' break "from noon to 4pm every day" are hours of a recurring
    # arrangement, XXXX-XX-XXThh:mm, with the SET "every day" P1D (gold_blind22, gold_blind103).
    # "the warmest May night on record" -> "May" 2019-05, the May this night belongs to (like "its
    # driest December since 1982", gold_blind103). "a fifth straight day" DURATION P1D with
    # "straight" inside (gold_blind13, gold_blind23). "Last year ... both times in June" -> 2018 and
    # 2018-06 (gold_blind22). "the next four days" P4D; "a fortnight" P2W (gold_blind9); "the past
    # 72 hours" PT72H; "once every two days" SET P2D (the count in the span, like "at least once a
    # day", gold_blind103); "about an hour" PT1H; "each morning" SET XXXX-XX-XXTMO (gold_blind22);
    # "up to three hours" PT3H. Not annotated: "the summer vacation" (a school period,
    # gold_blind22), "until further orders" (like "until further notice", gold_blind21), "in the
    # same period" (anaphoric), "pre-monsoon", "the southwest monsoon" (gold_blind22), "Section
    # 144", "Ward 17", "The 108 ambulance helpline", "1,942 MW" (a reading that looks like a year),
    # "48.4°C", "48.4 degrees Celsius", "45°C", "33.2°C", "47 degrees", "47", "5.9 degrees", "41
    # patients", "20 beds", "230 heat-related calls", "twice", "both times".
    "sikarwal-heat-wave-red-alert": (
        "2019-06-01",
        [
            ("21 years", "DURATION", "P21Y"),
            ("Tuesday", "DATE", "2019-06-04"),
            ("June 30", "DATE", "2019-06-30"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("Monday", "DATE", "2019-06-03"),
            ("Jun 01, 2019", "DATE", "2019-06-01"),
            ("07:48 IST", "TIME", "2019-06-01T07:48"),
            ("Friday", "DATE", "2019-05-31"),
            ("May 1998", "DATE", "1998-05"),
            ("last week", "DATE", "2019-W21"),
            ("Tuesday", "DATE", "2019-06-04"),
            ("the next four days", "DURATION", "P4D"),
            ("Wednesday", "DATE", "2019-06-05"),
            ("11.30am", "TIME", "2019-05-31T11:30"),
            ("Friday", "DATE", "2019-05-31"),
            ("3.10pm", "TIME", "2019-05-31T15:10"),
            ("Thursday night", "TIME", "2019-05-30TNI"),
            ("May", "DATE", "2019-05"),
            ("a fifth straight day", "DURATION", "P1D"),
            ("Last year", "DATE", "2018"),
            ("June", "DATE", "2018-06"),
            ("Friday evening", "TIME", "2019-05-31TEV"),
            ("June 30", "DATE", "2019-06-30"),
            ("a fortnight", "DURATION", "P2W"),
            ("Monday", "DATE", "2019-06-03"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("every day", "SET", "P1D"),
            ("the past 72 hours", "DURATION", "PT72H"),
            ("Thursday", "DATE", "2019-05-30"),
            ("May 20", "DATE", "2019-05-20"),
            ("once every two days", "SET", "P2D"),
            ("last Saturday", "DATE", "2019-05-25"),
            ("about an hour", "DURATION", "PT1H"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("August", "DATE", "2019-08"),
            ("10pm", "TIME", "2019-05-30T22:00"),
            ("Thursday", "DATE", "2019-05-30"),
            ("up to three hours", "DURATION", "PT3H"),
            ("around June 7", "DATE", "2019-06-07"),
            ("mid-July", "DATE", "2019-07"),
            ("Wednesday night", "TIME", "2019-05-29TNI"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
