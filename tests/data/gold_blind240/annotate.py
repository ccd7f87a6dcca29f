"""Annotations of the two-hundred-and-fortieth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind240/annotate.py [--show]

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
    # Saturday 2013-07-27 (ISO week 30), British broadsheet's cricket Test report written after
    # day three, headline, byline, date line "Saturday 27 July 2013". The Test began on
    # Wednesday 2013-07-24: day three was yesterday, Friday 2013-07-26, the fourth day is
    # today and the final (fifth) day tomorrow, Sunday 2013-07-28. "day three", "the fourth
    # day" and "the final day" are ordinal days of the match, DURATION P1D like "the third
    # day" (gold_blind66) and "the final day" (gold_blind24); their calendar days are carried
    # by "yesterday", "today" and "tomorrow" beside them. The headline's "two days" are the
    # two days left, P2D; "through the weekend" -> "the weekend" 2013-W30-WE (27-28 July).
    # "shortly after 2pm" -> "2pm" and "4.40pm" are yesterday's; "last night" yesterday's
    # night (gold_blind35). "his first Test hundred in almost three years" is the period of a
    # "first in", DURATION P3Y. The warning "from 6am to 6pm tomorrow" gives two TIMEs on
    # Sunday; "play on Sunday may begin half an hour early, at 10.30am" the DATE, PT30M and
    # the TIME. "fragile for a month" P1M; "the following eight months" P8M after "March
    # 2012"; "today's play" -> "today"; "sold out on Tuesday" 2013-07-23 (past); "at 9am
    # tomorrow". Not annotated: "stumps", "the morning session", "lunch" in "shortly after
    # lunch" and "at lunch on the fourth day" (intervals of play, gold_blind24), "the close",
    # "the last ball of the day" (anaphoric), "a day like this", "overnight" in "their
    # overnight 168 for three" (an adjective of a score), "the third Test", "the first Test",
    # "the sixth over", "19 overs", "128.3 overs", "three of their last four innings",
    # "58 for two", "168 for three", "58-2", "4-96", "5-120", "2-1", "11 of their 14 Tests",
    # ages "29", "2,000 returns", "harlowpark.co.uk/tickets2013", "yellow warning".
    "harlow-park-third-test-day-three": (
        "2013-07-27",
        [
            ("two days", "DURATION", "P2D"),
            ("Saturday 27 July 2013", "DATE", "2013-07-27"),
            ("411 minutes", "DURATION", "PT411M"),
            ("day three", "DURATION", "P1D"),
            ("yesterday", "DATE", "2013-07-26"),
            ("the weekend", "DATE", "2013-W30-WE"),
            ("2pm", "TIME", "2013-07-26T14:00"),
            ("almost three years", "DURATION", "P3Y"),
            ("4.40pm", "TIME", "2013-07-26T16:40"),
            ("last night", "TIME", "2013-07-26TNI"),
            ("the fourth day", "DURATION", "P1D"),
            ("this afternoon", "TIME", "2013-07-27TAF"),
            ("6am", "TIME", "2013-07-28T06:00"),
            ("6pm", "TIME", "2013-07-28T18:00"),
            ("tomorrow", "DATE", "2013-07-28"),
            ("the final day", "DURATION", "P1D"),
            ("today", "DATE", "2013-07-27"),
            ("11am", "TIME", "2013-07-27T11:00"),
            ("Sunday", "DATE", "2013-07-28"),
            ("half an hour", "DURATION", "PT30M"),
            ("10.30am", "TIME", "2013-07-28T10:30"),
            ("2009", "DATE", "2009"),
            ("2004", "DATE", "2004"),
            ("a month", "DURATION", "P1M"),
            ("March 2012", "DATE", "2012-03"),
            ("the following eight months", "DURATION", "P8M"),
            ("16 months", "DURATION", "P16M"),
            ("today", "DATE", "2013-07-27"),
            ("Tuesday", "DATE", "2013-07-23"),
            ("Sunday", "DATE", "2013-07-28"),
            ("9am", "TIME", "2013-07-28T09:00"),
            ("tomorrow", "DATE", "2013-07-28"),
            ("45 minutes", "DURATION", "PT45M"),
        ],
    ),
    # Monday 2012-11-12 (ISO week 46), Australian paper's website report of the last day of a
    # four-day domestic match, stamp "November 12, 2012 - 7:18PM" (DATE and TIME, gold_blind103),
    # byline, no dateline. The match began on Friday 2012-11-09; day two was Saturday 2012-11-10,
    # day three yesterday, Sunday 2012-11-11, and the final day today: "day two", "day three" and
    # "the final day" DURATION P1D (ordinal days of the match, see README), their calendar days
    # given by the weekday or "yesterday" beside them. "the final hour" PT1H (an ordinal period,
    # gold_blind24); "stumps were drawn at 6.02pm" today; Kestrel Coast "resumed on 4-131 this
    # morning" 2012-11-12TMO. The captain's decision "not to declare last night" is Sunday's night,
    # 2012-11-11TNI (a web story of Monday evening), the night between day three and the final day.
    # "more than a day" P1D; "almost two hours" PT2H; "74 minutes" PT74M; "last month" 2012-10;
    # "since February" 2012-02; "two weeks ago" two ISO weeks back, 2012-W44 (the unit's
    # granularity, gold_blind66). "Friday, November 23" one DATE span; "play from 2pm to 9.30pm each
    # day" the hours of every day of the next match, XXXX-XX-XXThh:mm, with the SET "each day" P1D
    # (gold_blind66). "four-day" and "three-day" (match lengths) DURATION; "over four days" P4D;
    # "name the ... squad ... on Wednesday" 2012-11-14 (future); "the season ends in March" 2013-03
    # ("the season" left out). "the financial year to June 30" -> "the financial year" FY2012
    # (July-June, named by the year it ends, gold_blind9) and "June 30" 2012-06-30; "its first loss
    # in a decade" P10Y. Not annotated: "7-143", "4-131", "5-41", "45.3 overs", "71 overs", "30 more
    # overs", "63 balls", "19 not out", "stumps", "lunch" (twice), "the first session", "day-night"
    # (a format), "the season", "by an innings", "21 points", "14 wickets in three matches", "the
    # next round", "first-class", ages "22-year-old" and "33", "6140", "$1.2 million", "1300 555
    # 143" (a phone number ending in the 143 of "7-143").
    "bellamy-oval-carrington-hold-on": (
        "2012-11-12",
        [
            ("November 12, 2012", "DATE", "2012-11-12"),
            ("7:18PM", "TIME", "2012-11-12T19:18"),
            ("the final hour", "DURATION", "PT1H"),
            ("today", "DATE", "2012-11-12"),
            ("1998", "DATE", "1998"),
            ("6.02pm", "TIME", "2012-11-12T18:02"),
            ("this morning", "TIME", "2012-11-12TMO"),
            ("2010", "DATE", "2010"),
            ("last night", "TIME", "2012-11-11TNI"),
            ("more than a day", "DURATION", "P1D"),
            ("four-day", "DURATION", "P4D"),
            ("Friday", "DATE", "2012-11-09"),
            ("day two", "DURATION", "P1D"),
            ("Saturday", "DATE", "2012-11-10"),
            ("day three", "DURATION", "P1D"),
            ("yesterday", "DATE", "2012-11-11"),
            ("the final day", "DURATION", "P1D"),
            ("25 minutes", "DURATION", "PT25M"),
            ("almost two hours", "DURATION", "PT2H"),
            ("last month", "DATE", "2012-10"),
            ("74 minutes", "DURATION", "PT74M"),
            ("February", "DATE", "2012-02"),
            ("two weeks ago", "DATE", "2012-W44"),
            ("Friday, November 23", "DATE", "2012-11-23"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("9.30pm", "TIME", "XXXX-XX-XXT21:30"),
            ("each day", "SET", "P1D"),
            ("three-day", "DURATION", "P3D"),
            ("Wednesday", "DATE", "2012-11-14"),
            ("March", "DATE", "2013-03"),
            ("four days", "DURATION", "P4D"),
            ("the financial year", "DATE", "FY2012"),
            ("June 30", "DATE", "2012-06-30"),
            ("a decade", "DURATION", "P10Y"),
        ],
    ),
    # Wednesday 2015-05-13 (ISO week 20), British racing paper's race-day preview, headline,
    # byline, date line "Wednesday, 13 May 2015". "the 2.30" (headline and lead) and "the
    # 3.40" are races named by their off times: "2.30" and "3.40" TIME on race day, afternoon
    # times as the card runs from "the 1.50pm maiden" to "the 5.10pm apprentice handicap"
    # (gold_blind24's "the 3.15"); the adjectival "1.50pm" and "5.10pm" and "off at 3.05pm"
    # likewise. The rain fell "on Monday" 2015-05-11; the going changed "at 7am yesterday"
    # (Tuesday 2015-05-12); the clerk walks the course "at 7.30am today". "dry for a
    # fortnight" P2W; "a 14-month absence" DURATION on the adjective; "returned ... in March"
    # 2015-03; "a year ago" 2014 (the unit's granularity); "has not run since October"
    # 2014-10; "another week between runs" P1W; "since the turn of the year" 2015
    # (gold_blind91). "Saturday's Kelbourne Cup" -> "Saturday" 2015-05-16; "48-hour
    # declarations" DURATION PT48H (the adjective measures how long before the race the
    # declaration is made, see README) that "close at 10am tomorrow", Thursday 2015-05-14.
    # "the first quarter" 2015-Q1 (calendar; no fiscal year described); "two hours before the
    # first race" an anchored duration, PT2H. Not annotated: "the going", "good to good to
    # soft, soft in places", "a reading of 6.8", "9mm", "10mm", "six-year-old", "11-4",
    # "9-2", "Class 2", "1m2f", "9st 7lb", "23 winners", "the first race", "second choice",
    # "fourth", "Listed", "hat-trick", "6 per cent", "9,000", "a field of nine", "seven-race",
    # "kelbourneraces.co.uk/card1305" (a URL holding 13/05), "0906 555 1230" (a phone number
    # holding a clock-like 1230).
    "kelbourne-harbour-light-two-thirty": (
        "2015-05-13",
        [
            ("2.30", "TIME", "2015-05-13T14:30"),
            ("Wednesday, 13 May 2015", "DATE", "2015-05-13"),
            ("2.30", "TIME", "2015-05-13T14:30"),
            ("this afternoon", "TIME", "2015-05-13TAF"),
            ("Monday", "DATE", "2015-05-11"),
            ("7am", "TIME", "2015-05-12T07:00"),
            ("yesterday", "DATE", "2015-05-12"),
            ("a fortnight", "DURATION", "P2W"),
            ("7.30am", "TIME", "2015-05-13T07:30"),
            ("today", "DATE", "2015-05-13"),
            ("14-month", "DURATION", "P14M"),
            ("March", "DATE", "2015-03"),
            ("a year ago", "DATE", "2014"),
            ("October", "DATE", "2014-10"),
            ("the past two months", "DURATION", "P2M"),
            ("the past four years", "DURATION", "P4Y"),
            ("another week", "DURATION", "P1W"),
            ("the turn of the year", "DATE", "2015"),
            ("3.40", "TIME", "2015-05-13T15:40"),
            ("1.50pm", "TIME", "2015-05-13T13:50"),
            ("5.10pm", "TIME", "2015-05-13T17:10"),
            ("3.05pm", "TIME", "2015-05-13T15:05"),
            ("1978", "DATE", "1978"),
            ("18 April", "DATE", "2015-04-18"),
            ("Saturday", "DATE", "2015-05-16"),
            ("48-hour", "DURATION", "PT48H"),
            ("10am", "TIME", "2015-05-14T10:00"),
            ("tomorrow", "DATE", "2015-05-14"),
            ("the first quarter", "DATE", "2015-Q1"),
            ("today", "DATE", "2015-05-13"),
            ("11.50am", "TIME", "2015-05-13T11:50"),
            ("two hours", "DURATION", "PT2H"),
        ],
    ),
    # Sunday 2014-03-09 (ISO week 10), British broadcaster's sport page, headline, stamp "9
    # March 2014 Last updated at 18:05 GMT" (DATE and TIME), byline. The four-day festival
    # runs from Tuesday 2014-03-11 to Friday 2014-03-14 (ISO week 11); the Gold Cup is on
    # Friday (headline, lead, quote, "off at 3.20pm on Friday", "tickets for Friday"). "Gold
    # Cup day, Friday" -> "Friday" only: "Gold Cup day" is a race day named by its event, not
    # a holiday, like "deadline day" and "race day" (gold_blind24, gold_blind91); "Ladies' Day"
    # likewise ("Wednesday is Ladies' Day" -> "Wednesday" 2014-03-12). The trainer spoke "on
    # Saturday" 2014-03-08 (past); "since Christmas" 2013-12-25; "since November" 2013-11;
    # "the first horse in 25 years" the period of a "first in", P25Y; "last year" 2013.
    # "Gates open at 10.30am each day" -> XXXX-XX-XXT10:30 and the SET "each day" P1D
    # (gold_blind66). The clerk spoke "this morning" (2014-03-09TMO) and would water "on
    # Monday" 2014-03-10; rain "for Wednesday night" 2014-03-12TNI; declarations "at 10am on
    # Wednesday". "after a week without rain" P1W; "over the four days" P4D; "three weeks
    # earlier than a year ago" -> the size of a shift P3W and "a year ago" 2013. "St
    # Patrick's Day falling on Monday 17 March" two DATEs 2014-03-17 (a holiday and its
    # date); "stay on for the weekend" 2014-W11-WE (15-16 March, between the festival and the
    # holiday). "every year since 1998" SET P1Y and DATE 1998; "our best chance in years" ->
    # "years" DURATION PXY (the period of a superlative, vague). Not annotated: "Gold Cup
    # day", "Ladies' Day", "the only day that matters" (anaphoric), "the festival", "11-year-old",
    # "seven-year-old", "3-1", "6-1", "3m2f", "the Old Course", "8mm", "a field of 12",
    # "235,000", "228,000", "40,000", "23 winners", "36", "kingsmoor.co.uk/festival2014".
    "kingsmoor-festival-gold-cup-preview": (
        "2014-03-09",
        [
            ("Friday", "DATE", "2014-03-14"),
            ("9 March 2014", "DATE", "2014-03-09"),
            ("18:05 GMT", "TIME", "2014-03-09T18:05"),
            ("25 years", "DURATION", "P25Y"),
            ("four-day", "DURATION", "P4D"),
            ("Friday", "DATE", "2014-03-14"),
            ("2011", "DATE", "2011"),
            ("2012", "DATE", "2012"),
            ("last year", "DATE", "2013"),
            ("Saturday", "DATE", "2014-03-08"),
            ("Christmas", "DATE", "2013-12-25"),
            ("Friday", "DATE", "2014-03-14"),
            ("November", "DATE", "2013-11"),
            ("Tuesday", "DATE", "2014-03-11"),
            ("1.30pm", "TIME", "2014-03-11T13:30"),
            ("10.30am", "TIME", "XXXX-XX-XXT10:30"),
            ("each day", "SET", "P1D"),
            ("1924", "DATE", "1924"),
            ("3.20pm", "TIME", "2014-03-14T15:20"),
            ("Friday", "DATE", "2014-03-14"),
            ("Wednesday", "DATE", "2014-03-12"),
            ("a week", "DURATION", "P1W"),
            ("this morning", "TIME", "2014-03-09TMO"),
            ("Monday", "DATE", "2014-03-10"),
            ("Wednesday night", "TIME", "2014-03-12TNI"),
            ("10am", "TIME", "2014-03-12T10:00"),
            ("Wednesday", "DATE", "2014-03-12"),
            ("the four days", "DURATION", "P4D"),
            ("2013", "DATE", "2013"),
            ("Friday", "DATE", "2014-03-14"),
            ("January", "DATE", "2014-01"),
            ("three weeks", "DURATION", "P3W"),
            ("a year ago", "DATE", "2013"),
            ("St Patrick's Day", "DATE", "2014-03-17"),
            ("Monday 17 March", "DATE", "2014-03-17"),
            ("the weekend", "DATE", "2014-W11-WE"),
            ("every year", "SET", "P1Y"),
            ("1998", "DATE", "1998"),
            ("years", "DURATION", "PXY"),
        ],
    ),
    # Friday 2012-12-07 (ISO week 49), Irish daily, headline, standfirst, byline, date line
    # "Friday 7 December 2012". The chase is on St Stephen's Day, Wednesday 2012-12-26
    # (headline, lead, and "from St Stephen's Day to 29 December"), "off at 2.45pm" that day.
    # Entries "closed at noon on Wednesday" 2012-12-05 (past); the owner spoke yesterday,
    # Thursday 2012-12-06. The forfeit stage "at noon on Tuesday 18 December", declarations
    # "by 10am on Friday 21 December" and "at 10am on Christmas Eve" (Monday 2012-12-24): each
    # clock time and its day two TIMEX3. "Five-day declarations" DURATION P5D on the adjective
    # (made five days before the race, see README); "four-day winter festival" P4D. "after
    # Christmas" 2012-12-25; "in February 2005"; "off for 19 months after breaking down in
    # March 2011" P19M; "returned ... in October" 2012-10; "at home on Monday morning"
    # 2012-12-10TMO (future); "last Sunday" in a Friday paper the most recent Sunday,
    # 2012-12-02 (gold_blind24). "last year's festival" -> "last year" 2011; "the third
    # quarter" 2012-Q3 and "a year earlier" after it 2011-Q3 (gold_blind35). "becomes a
    # 14-year-old on 1 January" 2013-01-01 (the next one); "Ask me in the spring" 2013-SP;
    # "until 20 December" 2012-12-20. Not annotated: "13" (headline age), "13-year-old",
    # "14-year-old", "seven-year-old", "the birthday of every thoroughbred", "nine seasons",
    # "this season", "one more season", "Kilcarran Christmas Chase" (a race's name: its
    # "Christmas" names the meeting, not a day), "winter festival" (an adjective naming a
    # kind, gold_blind103), "three-mile" (a distance), "Grade One", "€150,000", "€20", "14 of
    # his 46 starts", "31 entries", "11 of the entries", "the fourth on a seven-race card",
    # "61,200", "9%", "kilcarranraces.ie/stephens2012", "01 555 2612" (a phone number holding
    # 26/12), "a bumper".
    "kilcarran-christmas-chase-entries": (
        "2012-12-07",
        [
            ("St Stephen's Day", "DATE", "2012-12-26"),
            ("2008", "DATE", "2008"),
            ("2010", "DATE", "2010"),
            ("Friday 7 December 2012", "DATE", "2012-12-07"),
            ("St Stephen's Day", "DATE", "2012-12-26"),
            ("noon", "TIME", "2012-12-05T12:00"),
            ("Wednesday", "DATE", "2012-12-05"),
            ("yesterday", "DATE", "2012-12-06"),
            ("Christmas", "DATE", "2012-12-25"),
            ("2008", "DATE", "2008"),
            ("2010", "DATE", "2010"),
            ("February 2005", "DATE", "2005-02"),
            ("19 months", "DURATION", "P19M"),
            ("March 2011", "DATE", "2011-03"),
            ("October", "DATE", "2012-10"),
            ("Monday morning", "TIME", "2012-12-10TMO"),
            ("last Sunday", "DATE", "2012-12-02"),
            ("noon", "TIME", "2012-12-18T12:00"),
            ("Tuesday 18 December", "DATE", "2012-12-18"),
            ("Five-day", "DURATION", "P5D"),
            ("10am", "TIME", "2012-12-21T10:00"),
            ("Friday 21 December", "DATE", "2012-12-21"),
            ("10am", "TIME", "2012-12-24T10:00"),
            ("Christmas Eve", "DATE", "2012-12-24"),
            ("2.45pm", "TIME", "2012-12-26T14:45"),
            ("four-day", "DURATION", "P4D"),
            ("St Stephen's Day", "DATE", "2012-12-26"),
            ("29 December", "DATE", "2012-12-29"),
            ("last year", "DATE", "2011"),
            ("the third quarter", "DATE", "2012-Q3"),
            ("a year earlier", "DATE", "2011-Q3"),
            ("1 January", "DATE", "2013-01-01"),
            ("the spring", "DATE", "2013-SP"),
            ("20 December", "DATE", "2012-12-20"),
        ],
    ),
    # Thursday 2015-04-30 (ISO week 18), US paper's website carrying an AP racing story,
    # headline, stamp "Published 5:48 pm, Thursday, April 30, 2015" (TIME and one DATE span
    # with its weekday), byline "AP Racing Writer", "HARLAN PARK, Ky. (AP) —" dateline. The
    # post-position draw was Wednesday 2015-04-29; the Derby is Saturday 2015-05-02 (headline
    # "Saturday's", "5:46 p.m. EDT Saturday" two TIMEX3 with the zone in the span, the quoted
    # "Saturday is still the day I wait for", "8 a.m. Saturday"); the trainer spoke "Thursday
    # morning", the publication day (AP names the day of the wire by its weekday); the colt
    # worked "Sunday" 2015-04-26 (past). "beat him last month" 2015-03, the "March 28" race;
    # "since 1989" and "26 years of history" P26Y; "last August" 2014-08; "gallop every
    # morning this week" SET XXXX-XX-XXTMO and "this week" 2015-W18; "after 18 months away"
    # P18M; "doing this for 30 years" P30Y. "from Friday night into Saturday morning"
    # 2015-05-01TNI and 2015-05-02TMO; "the first race at 11:30 a.m." and "coverage begins at
    # 4 p.m." on race day. "within an hour of the race" PT1H (anchored); "June 6, five weeks
    # later" -> "June 6" and "five weeks later" 2015-W23, counted at the unit's granularity
    # from the race's week 18 (gold_blind24). Not annotated: odds "5-2" (headline and lead),
    # "7-2", "30-1", "20-1", "No. 7", "the rail", "1 1/8-mile", "3-year-olds", "yearling",
    # "five furlongs", "four of his five starts", "his 19th Derby", "Race 12", "13-race card",
    # "a full field of 14", "by a head", "$1 million", "$85,000", "58,611", "47",
    # "riverbenddowns.com/derby2015", "morning-line" (an adjective of the odds, not a morning).
    "ohio-valley-derby-post-draw": (
        "2015-04-30",
        [
            ("Saturday", "DATE", "2015-05-02"),
            ("5:48 pm", "TIME", "2015-04-30T17:48"),
            ("Thursday, April 30, 2015", "DATE", "2015-04-30"),
            ("Wednesday", "DATE", "2015-04-29"),
            ("last month", "DATE", "2015-03"),
            ("5:46 p.m. EDT", "TIME", "2015-05-02T17:46"),
            ("Saturday", "DATE", "2015-05-02"),
            ("March 28", "DATE", "2015-03-28"),
            ("1989", "DATE", "1989"),
            ("Thursday morning", "TIME", "2015-04-30TMO"),
            ("26 years", "DURATION", "P26Y"),
            ("September 2013", "DATE", "2013-09"),
            ("last August", "DATE", "2014-08"),
            ("Sunday", "DATE", "2015-04-26"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("this week", "DATE", "2015-W18"),
            ("2011", "DATE", "2011"),
            ("2013", "DATE", "2013"),
            ("18 months", "DURATION", "P18M"),
            ("30 years", "DURATION", "P30Y"),
            ("Saturday", "DATE", "2015-05-02"),
            ("Friday night", "TIME", "2015-05-01TNI"),
            ("Saturday morning", "TIME", "2015-05-02TMO"),
            ("11:30 a.m.", "TIME", "2015-05-02T11:30"),
            ("1924", "DATE", "1924"),
            ("last year", "DATE", "2014"),
            ("8 a.m.", "TIME", "2015-05-02T08:00"),
            ("Saturday", "DATE", "2015-05-02"),
            ("4 p.m.", "TIME", "2015-05-02T16:00"),
            ("an hour", "DURATION", "PT1H"),
            ("2009", "DATE", "2009"),
            ("June 6", "DATE", "2015-06-06"),
            ("five weeks later", "DATE", "2015-W23"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
