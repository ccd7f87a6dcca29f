"""Annotations of the two-hundredth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind200/annotate.py [--show]

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
    # Saturday 2013-09-21 (ISO week 38), agency wire (AFP style), headline, stamp "Sat, Sep 21,
    # 2013, 15:47 GMT" (abbreviated weekday checked by hand: 21 September 2013 was a Saturday;
    # date and clock time two TIMEX3, the zone in the span), "PORT ALESSA, Corvania (AFP) -"
    # dateline; "on Saturday" is the wire's own day. Port Alessa is three hours ahead of GMT:
    # qualifying "at 2 p.m. local time (1100 GMT)" today, the race "at 3 p.m. local time (1200
    # GMT) on Sunday" 2013-09-22, each pair two TIMEX3 on the same day (gold_blind66). Past:
    # "Friday" 2013-09-20 (quote, "Friday morning" TMO, "Friday afternoon" TAF), "overnight"
    # the night begun on Friday evening 2013-09-20TNI (gold_blind103), "said on Thursday"
    # 2013-09-19, "in the spring" 2013-SP, "in July", "since May". Future: "Sunday afternoon",
    # "after 4 p.m." and the parade "at 1:15 p.m." and "2:30 p.m." on race day. "the first time
    # this year" and "every Friday this year" -> "this year" 2013; "every Friday" SET
    # XXXX-WXX-5. "less than a minute of the session left" DURATION PT1M (the modifier kept);
    # "almost half an hour" PT30M (fraction converted); "24 hours" PT24H; "the 2013
    # championship" -> "2013" (adjectival year); "Last year's race" -> "Last year" 2012;
    # "between 1996 and 1998" two DATEs; "a 12-year absence" DURATION; "runs through 2020";
    # "the end of 2015" the year's value; "October 6" 2013-10-06 (a Sunday). Not annotated:
    # "Q2" (headline) and "Q3" (qualifying sessions, not quarters; see README), the lap times
    # "1:32.441", "1:32.655", "1:33.018" (minutes, seconds and thousandths, not clock times;
    # no value shape), "the number 5 Halcyon", "14th", "sixth pole", "21st", "the season",
    # "31" (age), "51C", "38C", "38 points", "six races left", "58-lap", "sixth on the grid",
    # "three races", "the top four", "for the first time", "tr/ob".
    "corvanian-gp-reyes-pole-varga-q2": (
        "2013-09-21",
        [
            ("Sat, Sep 21, 2013", "DATE", "2013-09-21"),
            ("15:47 GMT", "TIME", "2013-09-21T15:47"),
            ("Saturday", "DATE", "2013-09-21"),
            ("Sunday", "DATE", "2013-09-22"),
            ("this year", "DATE", "2013"),
            ("less than a minute", "DURATION", "PT1M"),
            ("Friday", "DATE", "2013-09-20"),
            ("overnight", "TIME", "2013-09-20TNI"),
            ("2010", "DATE", "2010"),
            ("almost half an hour", "DURATION", "PT30M"),
            ("Friday morning", "TIME", "2013-09-20TMO"),
            ("this morning", "TIME", "2013-09-21TMO"),
            ("2 p.m. local time", "TIME", "2013-09-21T14:00"),
            ("1100 GMT", "TIME", "2013-09-21T11:00"),
            ("24 hours", "DURATION", "PT24H"),
            ("2013", "DATE", "2013"),
            ("October 6", "DATE", "2013-10-06"),
            ("3 p.m. local time", "TIME", "2013-09-22T15:00"),
            ("1200 GMT", "TIME", "2013-09-22T12:00"),
            ("Sunday", "DATE", "2013-09-22"),
            ("Sunday afternoon", "TIME", "2013-09-22TAF"),
            ("4 p.m.", "TIME", "2013-09-22T16:00"),
            ("Last year", "DATE", "2012"),
            ("1996", "DATE", "1996"),
            ("1998", "DATE", "1998"),
            ("2011", "DATE", "2011"),
            ("12-year", "DURATION", "P12Y"),
            ("2020", "DATE", "2020"),
            ("the end of 2015", "DATE", "2015"),
            ("Thursday", "DATE", "2013-09-19"),
            ("the spring", "DATE", "2013-SP"),
            ("two-year", "DURATION", "P2Y"),
            ("July", "DATE", "2013-07"),
            ("May", "DATE", "2013-05"),
            ("Friday afternoon", "TIME", "2013-09-20TAF"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("this year", "DATE", "2013"),
            ("1:15 p.m.", "TIME", "2013-09-22T13:15"),
            ("2:30 p.m.", "TIME", "2013-09-22T14:30"),
        ],
    ),
    # Monday 2015-05-18 (ISO week 21), wire-service (AP style) stage report, headline, byline,
    # web stamp "Published 6:05 pm, Monday, May 18, 2015" (TIME and DATE), "SAN LEONE, Castrava
    # (AP) —" dateline; AP names the day of the story by its weekday ("on Monday", "said
    # Monday" 2015-05-18). The race began Saturday 2015-05-09: stage 4 "last Tuesday"
    # 2015-05-12 (six days back), the crash "on Friday" 2015-05-15 (past); ahead: "Tuesday's
    # rest day" -> "Tuesday" 2015-05-19, "Tuesday evening" 2015-05-19TEV, the mountains
    # "Wednesday" 2015-05-20 and "Wednesday afternoon" TAF, "Stage 14 on Saturday"
    # 2015-05-23, "the final stage on Sunday, May 31" one DATE span with its weekday. The time
    # trial's clock times are today's ("4:42 p.m.", "12:10 p.m."); "every minute" SET PT1M and
    # "every two minutes" SET PT2M. "The final week" (of a three-week race) is an ordinal
    # period of the event, DURATION P1W (gold_blind8, gold_blind36, gold_blind53). "nearly two
    # minutes" PT2M; "a year ago" 2014 (the unit's granularity); "a three-year contract" P3Y;
    # "in January" 2015-01; "the past 12 months" P12M; "every year since 1998" SET P1Y and
    # DATE 1998. Not annotated: the results "48:37", "0:14", "0:31", "38:04:12", "1:52" and
    # "3:09" (race times and gaps to the second, not clock times; no value shape, gold_blind43),
    # "rest day" without its weekday, "the 10th stage", "the fourth stage", "Stage 14",
    # "Stage 10", "No. 1", "38-kilometer", "201-kilometer", "2,400-meter", "112-mile", "46.9
    # kph", "27-year-old", "five stitches", "four stage races", "the top 20".
    "tour-of-castrava-time-trial-rest-day": (
        "2015-05-18",
        [
            ("6:05 pm", "TIME", "2015-05-18T18:05"),
            ("Monday, May 18, 2015", "DATE", "2015-05-18"),
            ("Monday", "DATE", "2015-05-18"),
            ("Tuesday", "DATE", "2015-05-19"),
            ("nearly two minutes", "DURATION", "PT2M"),
            ("4:42 p.m.", "TIME", "2015-05-18T16:42"),
            ("today", "DATE", "2015-05-18"),
            ("last Tuesday", "DATE", "2015-05-12"),
            ("The final week", "DURATION", "P1W"),
            ("every minute", "SET", "PT1M"),
            ("12:10 p.m.", "TIME", "2015-05-18T12:10"),
            ("every two minutes", "SET", "PT2M"),
            ("2013", "DATE", "2013"),
            ("a year ago", "DATE", "2014"),
            ("three-year", "DURATION", "P3Y"),
            ("January", "DATE", "2015-01"),
            ("Friday", "DATE", "2015-05-15"),
            ("Wednesday", "DATE", "2015-05-20"),
            ("Wednesday afternoon", "TIME", "2015-05-20TAF"),
            ("Monday", "DATE", "2015-05-18"),
            ("Tuesday evening", "TIME", "2015-05-19TEV"),
            ("Saturday", "DATE", "2015-05-23"),
            ("2012", "DATE", "2012"),
            ("Sunday, May 31", "DATE", "2015-05-31"),
            ("the past 12 months", "DURATION", "P12M"),
            ("1909", "DATE", "1909"),
            ("every year", "SET", "P1Y"),
            ("1998", "DATE", "1998"),
        ],
    ),
    # Tuesday 2012-09-11 (ISO week 37), British regional daily, headline ("on Thursday"),
    # standfirst ("from 6am"), byline, date line "Tuesday 11 September 2012". The stage comes
    # through on Thursday 2012-09-13: "10.15am", "12.40pm", "1.20pm", "6am", "3pm", "about
    # 2.30pm", "noon" (the school) and "7am" (the quote) are clock times of that day.
    # "yesterday" and "Yesterday's second stage" 2012-09-10, "today's third stage" 2012-09-11.
    # "began in Carrow on Sunday" 2012-09-09 (past) and "finishes in Dunmere on Sunday"
    # 2012-09-16 (future): the same weekday in both directions. "up to four hours" PT4H; "about
    # 20 minutes before the leaders arrive" and "about an hour ahead of the riders" are
    # anchored durations, the duration alone (gold_blind35, gold_blind66). "This year's race"
    # -> "This year" 2012; "three years ago" 2009 (the unit's granularity; the stage finish
    # "since 2009" of the text); "held annually since 2004" SET P1Y and DATE 2004; "a
    # five-year deal" P5Y; "last year" 2011; "every evening" SET XXXX-XX-XXTEV; "in October"
    # 2012-10. Not annotated: "stage 5" and "the fifth stage", "the second stage", "third
    # stage", "eight stages", the stage time "4hr 12min 5sec" (a duration to the second; no
    # value shape, see README), "20,000", "190km", "221km", "the A4190", "the number 19 bus",
    # "wessmoorcouncil.gov.uk/tour2012", "01632 962012" (a phone number ending in 2012),
    # "ever since", "for the first time".
    "tour-of-wessmoor-harlow-cross-road-closures": (
        "2012-09-11",
        [
            ("Thursday", "DATE", "2012-09-13"),
            ("6am", "TIME", "2012-09-13T06:00"),
            ("Tuesday 11 September 2012", "DATE", "2012-09-11"),
            ("up to four hours", "DURATION", "PT4H"),
            ("Thursday", "DATE", "2012-09-13"),
            ("10.15am", "TIME", "2012-09-13T10:15"),
            ("12.40pm", "TIME", "2012-09-13T12:40"),
            ("1.20pm", "TIME", "2012-09-13T13:20"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("about an hour", "DURATION", "PT1H"),
            ("yesterday", "DATE", "2012-09-10"),
            ("6am", "TIME", "2012-09-13T06:00"),
            ("Thursday", "DATE", "2012-09-13"),
            ("3pm", "TIME", "2012-09-13T15:00"),
            ("about 2.30pm", "TIME", "2012-09-13T14:30"),
            ("noon", "TIME", "2012-09-13T12:00"),
            ("2009", "DATE", "2009"),
            ("This year", "DATE", "2012"),
            ("Sunday", "DATE", "2012-09-09"),
            ("Sunday", "DATE", "2012-09-16"),
            ("Yesterday", "DATE", "2012-09-10"),
            ("today", "DATE", "2012-09-11"),
            ("annually", "SET", "P1Y"),
            ("2004", "DATE", "2004"),
            ("five-year", "DURATION", "P5Y"),
            ("last year", "DATE", "2011"),
            ("three years ago", "DATE", "2009"),
            ("7am", "TIME", "2012-09-13T07:00"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("October", "DATE", "2012-10"),
        ],
    ),
    # Wednesday 2014-11-26 (ISO week 48), British motorsport website, headline ("for 2015 and
    # 2016"), standfirst ("weeks of speculation", "option for 2017"), byline, date line
    # "Wednesday 26 November 2014, 11:32 GMT" (DATE with its weekday, TIME). "the season
    # finale in Kessan on Sunday" -> "Sunday" 2014-11-30; "said on Monday" 2014-11-24; the
    # test "next Tuesday and Wednesday" 2014-12-02 and 2014-12-03 (the Tuesday of next week,
    # also the nearest one ahead). "this year's 18 races" and "introduced this year" -> "this
    # year" 2014; "last year" 2013; "this morning" 2014-11-26TMO; "31 December" 2014-12-31;
    # "within a fortnight" -> "a fortnight" P2W; "the summer" (past) 2014-SU; "a month ago"
    # 2014-10; "the past six weeks" P6W; "two-day" P2D; "1 February" 2015-02-01 and "15 March"
    # 2015-03-15 ahead, across the year boundary; "late January" 2015-01; "Meridian's 2015
    # car" and "the 2013 championship" adjectival years. The parent company's year runs
    # April-March: "the financial year to March 2014" is two TIMEX3, "the financial year"
    # FY2014 and "March 2014" (gold_blind28, gold_blind100). "Two years is enough time"
    # DURATION P2Y; "five years with Meridian" P5Y. Not annotated: "the season finale",
    # "this season", "Pre-season testing", "one race left", "the number 27" (a car number),
    # "18 races", "eight" (twice: races, an age), "24-year-old", "32", "tenth", "£21.4m",
    # "€4m", "the junior series title".
    "meridian-signs-lindqvist-two-year-deal": (
        "2014-11-26",
        [
            ("2015", "DATE", "2015"),
            ("2016", "DATE", "2016"),
            ("weeks", "DURATION", "PXW"),
            ("2017", "DATE", "2017"),
            ("Wednesday 26 November 2014", "DATE", "2014-11-26"),
            ("11:32 GMT", "TIME", "2014-11-26T11:32"),
            ("two-year", "DURATION", "P2Y"),
            ("weeks", "DURATION", "PXW"),
            ("2012", "DATE", "2012"),
            ("last year", "DATE", "2013"),
            ("this year", "DATE", "2014"),
            ("this morning", "TIME", "2014-11-26TMO"),
            ("2017", "DATE", "2017"),
            ("five years", "DURATION", "P5Y"),
            ("31 December", "DATE", "2014-12-31"),
            ("a fortnight", "DURATION", "P2W"),
            ("Sunday", "DATE", "2014-11-30"),
            ("the summer", "DATE", "2014-SU"),
            ("a month ago", "DATE", "2014-10"),
            ("the past six weeks", "DURATION", "P6W"),
            ("Monday", "DATE", "2014-11-24"),
            ("two-day", "DURATION", "P2D"),
            ("next Tuesday", "DATE", "2014-12-02"),
            ("Wednesday", "DATE", "2014-12-03"),
            ("this year", "DATE", "2014"),
            ("1 February", "DATE", "2015-02-01"),
            ("2015", "DATE", "2015"),
            ("late January", "DATE", "2015-01"),
            ("2015", "DATE", "2015"),
            ("15 March", "DATE", "2015-03-15"),
            ("the financial year", "DATE", "FY2014"),
            ("March 2014", "DATE", "2014-03"),
            ("July", "DATE", "2014-07"),
            ("2016", "DATE", "2016"),
            ("Two years", "DURATION", "P2Y"),
            ("2013", "DATE", "2013"),
        ],
    ),
    # Friday 2013-05-24 (ISO week 21), US paper's website, headline, stamp "Posted: Friday, May
    # 24, 2013 6:10 am | Updated: 11:42 am, Fri May 24, 2013" (abbreviated weekday checked by
    # hand), byline "Staff Writer", "FALLON —" dateline. Memorial Day 2013 is the last Monday
    # of May, 2013-05-27; "Memorial Day weekend" (quote) and "The holiday weekend" are the
    # Saturday-Monday weekend, the ISO week of its Saturday, 2013-W21-WE (gold_blind103's
    # "Family Day weekend"); "Monday, Memorial Day" two DATEs (gold_blind36, gold_blind78).
    # Race weekend: practice and qualifying today ("11:30 a.m.", "4:40 p.m. EDT"), "Saturday"
    # 2013-05-25 with "9 a.m." and "12:30 p.m.", the race "Sunday" 2013-05-26 at "6:18 p.m.
    # EDT", "past 10 p.m.", "after 3 p.m. Sunday", "2 p.m. Sunday", "4 p.m." (the concert that
    # day), "from 9 p.m. Sunday until 2 a.m. Monday" (clock time and day two TIMEX3 each);
    # "by Sunday night" and "Saturday night" TNI. Past: "since Wednesday" 2013-05-22, "said
    # Thursday" 2013-05-23, "on Thursday night" 2013-05-23TNI. "Last year's race took 4 hours,
    # 21 minutes" -> "Last year" 2012 and one DURATION PT261M, converted to the smaller unit
    # (gold_blind24, gold_blind66); "almost an hour" PT1H; "every year" SET P1Y (the quote's
    # habit); "through 2016"; "in March" 2013-03; "the past three years" P3Y (gold_blind34);
    # "next week" 2013-W22. Not annotated: "Harmon 600" (a race named by its distance), "Six
    # hundred miles", "400 laps", "1.5-mile", "the No. 48 Dalton", "11 races this season",
    # "36", "90,000", "2,000 seats", "40 percent", "Route 13", "Interstate 69", "14 motels",
    # "fallonspeedway.com/harmon600", "800-555-0600", "the first driver", "three straight".
    "fallon-speedway-harmon-600-memorial-day": (
        "2013-05-24",
        [
            ("Friday, May 24, 2013", "DATE", "2013-05-24"),
            ("6:10 am", "TIME", "2013-05-24T06:10"),
            ("11:42 am", "TIME", "2013-05-24T11:42"),
            ("Fri May 24, 2013", "DATE", "2013-05-24"),
            ("Wednesday", "DATE", "2013-05-22"),
            ("Sunday night", "TIME", "2013-05-26TNI"),
            ("Sunday", "DATE", "2013-05-26"),
            ("11:30 a.m.", "TIME", "2013-05-24T11:30"),
            ("today", "DATE", "2013-05-24"),
            ("4:40 p.m. EDT", "TIME", "2013-05-24T16:40"),
            ("Saturday", "DATE", "2013-05-25"),
            ("9 a.m.", "TIME", "2013-05-25T09:00"),
            ("12:30 p.m.", "TIME", "2013-05-25T12:30"),
            ("6:18 p.m. EDT", "TIME", "2013-05-26T18:18"),
            ("Sunday", "DATE", "2013-05-26"),
            ("10 p.m.", "TIME", "2013-05-26T22:00"),
            ("Last year", "DATE", "2012"),
            ("4 hours, 21 minutes", "DURATION", "PT261M"),
            ("almost an hour", "DURATION", "PT1H"),
            ("2011", "DATE", "2011"),
            ("2012", "DATE", "2012"),
            ("2016", "DATE", "2016"),
            ("March", "DATE", "2013-03"),
            ("every year", "SET", "P1Y"),
            ("Thursday", "DATE", "2013-05-23"),
            ("Memorial Day weekend", "DATE", "2013-W21-WE"),
            ("Saturday night", "TIME", "2013-05-25TNI"),
            ("3 p.m.", "TIME", "2013-05-26T15:00"),
            ("Sunday", "DATE", "2013-05-26"),
            ("2 p.m.", "TIME", "2013-05-26T14:00"),
            ("Sunday", "DATE", "2013-05-26"),
            ("4 p.m.", "TIME", "2013-05-26T16:00"),
            ("1961", "DATE", "1961"),
            ("2005", "DATE", "2005"),
            ("the past three years", "DURATION", "P3Y"),
            ("Thursday night", "TIME", "2013-05-23TNI"),
            ("10 a.m.", "TIME", "2013-05-27T10:00"),
            ("Monday", "DATE", "2013-05-27"),
            ("Memorial Day", "DATE", "2013-05-27"),
            ("9 p.m.", "TIME", "2013-05-26T21:00"),
            ("Sunday", "DATE", "2013-05-26"),
            ("2 a.m.", "TIME", "2013-05-27T02:00"),
            ("Monday", "DATE", "2013-05-27"),
            ("The holiday weekend", "DATE", "2013-W21-WE"),
            ("Monday", "DATE", "2013-05-27"),
            ("Sunday", "DATE", "2013-05-26"),
            ("next week", "DATE", "2013-W22"),
        ],
    ),
    # Thursday 2014-09-11 (ISO week 37), Australian regional paper's website, headline, stamp
    # "Thursday, September 11, 2014 - 5:40PM" (DATE with weekday, TIME), byline. The rally
    # runs Friday 2014-09-12 ("6.30pm tomorrow" TIME and DATE, "7.05pm", "Friday night" TNI)
    # to Sunday 2014-09-14 ("12.40pm", "2.30pm AEST", the zone in the span); "Saturday's leg"
    # 2014-09-13 with "7.15am" and the closures "from 6am to 5pm on Saturday"; "the longest of
    # the weekend" 2014-W37-WE. Reconnaissance "yesterday and today" 2014-09-10 and
    # 2014-09-11; "this morning" 2014-09-11TMO. "this year" 2014 and "since 2008"; "for five
    # years after bushfires in January 2009" P5Y and 2009-01; "over the winter" the southern
    # winter just ended, valued in the year it falls in, 2014-WI (gold_blind103). "Last year's
    # winner" -> "Last year" 2013; "on 18 and 19 October" two DATEs, the bare "18" its own
    # (gold_blind24's "July 30 and 31"); "90 minutes before the first car" and "at least an
    # hour" anchored durations; "a three-year deal" P3Y, "signed in 2012", "until 2015". Not
    # annotated: the time "3hr 41min 22.6sec" (to a tenth of a second; no value shape, see
    # README), "18 special stages", "2.1km", "eight stages", "SS18" (a stage number), "car
    # 1", "23 points", "two rounds left", "the season", "22" (an age), "1300 555 914" (a
    # phone number opening like a 24-hour clock time), "marrabeerally.com.au/2014".
    "marrabee-rally-special-stages-preview": (
        "2014-09-11",
        [
            ("Thursday, September 11, 2014", "DATE", "2014-09-11"),
            ("5:40PM", "TIME", "2014-09-11T17:40"),
            ("6.30pm", "TIME", "2014-09-12T18:30"),
            ("tomorrow", "DATE", "2014-09-12"),
            ("7.05pm", "TIME", "2014-09-12T19:05"),
            ("Friday night", "TIME", "2014-09-12TNI"),
            ("Saturday", "DATE", "2014-09-13"),
            ("the weekend", "DATE", "2014-W37-WE"),
            ("7.15am", "TIME", "2014-09-13T07:15"),
            ("Sunday", "DATE", "2014-09-14"),
            ("12.40pm", "TIME", "2014-09-14T12:40"),
            ("2.30pm AEST", "TIME", "2014-09-14T14:30"),
            ("this year", "DATE", "2014"),
            ("2008", "DATE", "2008"),
            ("five years", "DURATION", "P5Y"),
            ("January 2009", "DATE", "2009-01"),
            ("the winter", "DATE", "2014-WI"),
            ("yesterday", "DATE", "2014-09-10"),
            ("today", "DATE", "2014-09-11"),
            ("this morning", "TIME", "2014-09-11TMO"),
            ("Last year", "DATE", "2013"),
            ("18", "DATE", "2014-10-18"),
            ("19 October", "DATE", "2014-10-19"),
            ("2010", "DATE", "2010"),
            ("2006", "DATE", "2006"),
            ("6am", "TIME", "2014-09-13T06:00"),
            ("5pm", "TIME", "2014-09-13T17:00"),
            ("Saturday", "DATE", "2014-09-13"),
            ("90 minutes", "DURATION", "PT90M"),
            ("at least an hour", "DURATION", "PT1H"),
            ("2001", "DATE", "2001"),
            ("three-year", "DURATION", "P3Y"),
            ("2012", "DATE", "2012"),
            ("2015", "DATE", "2015"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
