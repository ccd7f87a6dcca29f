"""Annotations of the two-hundred-and-thirty-second blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind232/annotate.py [--show]

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
    # Sunday 2012-09-16 (ISO week 37), Reuters-style golf wire, headline "GOLF-...", dateline
    # "PORTO SERRANO, Portugal, Sept 16 (Reuters) -" (the wire's own day, gold_blind66). The
    # final round, due on Sunday, was suspended and resumes Monday 2012-09-17 (week 38): the
    # headline's and the lead's "Monday finish" -> "Monday" 2012-09-17, an adjectival weekday
    # naming the day the finish falls on, like "Saturday semifinal" (gold_blind24). Portugal is
    # on summer time, one hour ahead of GMT: "2.48 p.m. local time (1348 GMT)" and "0730 local
    # (0630 GMT)" are two TIMEX3 each on the same day, the zone or "local" in the span and not
    # in the value (gold_blind66). "the tournament's 24-year history" -> "24-year" DURATION
    # P24Y, the period of a "first time in" (gold_blind66: "the first time in 22 years"); first
    # played in 1988. "almost four hours" PT4H; "another day" P1D; "14 years" P14Y (1998 to
    # 2012). "Saturday" (the third round's 63, "led by one after Saturday") 2012-09-15. "moved
    # the tee times forward by two hours" -> the size of a shift, PT2H (gold_blind66: "by an
    # hour"); "Sunday morning" TMO and "the afternoon" of that Sunday TAF. "Monday afternoon",
    # "5 p.m. on Monday" future. "delayed ... by a day in May" -> "a day" P1D and "May" 2012-05
    # (the nearest May in the past); "an extra day" P1D. "Sept 28" 2012-09-28. "He had been
    # booked on a flight to Atlanta on Tuesday and will now leave on Wednesday": the past
    # perfect tells a plan for the coming Tuesday, 2012-09-18 (the flight has not happened);
    # "Wednesday" 2012-09-19. "a date in June next year" -> "June next year" 2013-06, one span
    # like "May next year" (gold_blind91). Not annotated: "12 under par", "-12", "-10" (scores),
    # "the world number 48", "the top 50", "top-two", "the eighth and 10th", "seven holes", "six
    # holes", "29 players", "31-year-old", "a course-record 63", "the final round", "the third
    # round", "the final round's tee times", "the turn", "the 54-hole result" (rounds and holes
    # of an event, gold_blind24, gold_blind66), "for the first time" beside "24-year".
    "porto-serrano-masters-monday-finish": (
        "2012-09-16",
        [
            ("Monday", "DATE", "2012-09-17"),
            ("Sept 16", "DATE", "2012-09-16"),
            ("Sunday", "DATE", "2012-09-16"),
            ("Monday", "DATE", "2012-09-17"),
            ("24-year", "DURATION", "P24Y"),
            ("2.48 p.m. local time", "TIME", "2012-09-16T14:48"),
            ("1348 GMT", "TIME", "2012-09-16T13:48"),
            ("almost four hours", "DURATION", "PT4H"),
            ("Sunday", "DATE", "2012-09-16"),
            ("6.40 p.m.", "TIME", "2012-09-16T18:40"),
            ("0730 local", "TIME", "2012-09-17T07:30"),
            ("0630 GMT", "TIME", "2012-09-17T06:30"),
            ("Monday", "DATE", "2012-09-17"),
            ("about 11 a.m.", "TIME", "2012-09-17T11:00"),
            ("1998", "DATE", "1998"),
            ("14 years", "DURATION", "P14Y"),
            ("another day", "DURATION", "P1D"),
            ("2009", "DATE", "2009"),
            ("Saturday", "DATE", "2012-09-15"),
            ("two hours", "DURATION", "PT2H"),
            ("Sunday morning", "TIME", "2012-09-16TMO"),
            ("the afternoon", "TIME", "2012-09-16TAF"),
            ("Monday afternoon", "TIME", "2012-09-17TAF"),
            ("5 p.m.", "TIME", "2012-09-17T17:00"),
            ("Monday", "DATE", "2012-09-17"),
            ("Saturday", "DATE", "2012-09-15"),
            ("a day", "DURATION", "P1D"),
            ("May", "DATE", "2012-05"),
            ("an extra day", "DURATION", "P1D"),
            ("Sept 28", "DATE", "2012-09-28"),
            ("Tuesday", "DATE", "2012-09-18"),
            ("Wednesday", "DATE", "2012-09-19"),
            ("1988", "DATE", "1988"),
            ("June next year", "DATE", "2013-06"),
        ],
    ),
    # Thursday 2013-06-27 (ISO week 26), British daily's tennis report, headline, standfirst,
    # byline, date line "Thursday 27 June 2013" (one span with its weekday). The week-long
    # grass event began on Monday 2013-06-24 (Day 1); Day 2 was Tuesday, "Day 3" was
    # "yesterday", Wednesday 2013-06-26. "Day 3" (headline and body) is the tournament's own
    # count of its days, a period of the competition named by its number like "Week 9"
    # (gold_blind66), and is not annotated; "yesterday" carries the date. The quarter-finals
    # move "from tomorrow to Saturday" 2013-06-29 (headline "to Saturday" the same); the final
    # "at 2pm on Sunday" 2013-06-30, the women's final "at noon" that Sunday; "on Monday" and
    # the standfirst's "slip to Monday" 2013-07-01 (week 27). "Tuesday evening" 2013-06-25TEV
    # with "9.15pm" that evening; "12.25pm" and "7.10pm" are yesterday's. "an hour early" ->
    # "an hour" PT1H (size of a shift, gold_blind24); "11am", "not before 1pm" (-> "1pm",
    # gold_blind12) and Grange's "at 11am" are today's; "tomorrow afternoon" 2013-06-28TAF.
    # "Two matches in a day" -> "a day" DURATION P1D, the period of a count (gold_blind103: "the
    # third time in two weeks" P2W). "for five years" P5Y. "next week" 2013-W27. "until early
    # this afternoon" -> "early this afternoon" 2013-06-27TAF (gold_blind103), "from about
    # 4pm" -> "about 4pm" today. "since January" 2013-01. "fewer than 60 minutes" DURATION
    # PT60M, the modifier kept like "no more than 45 minutes" (gold_blind12). "That last
    # happened in 1997" -> "1997". Not annotated: "Day 3" (twice), "the top seed", "first-round",
    # "second-round", "third-round", "the quarter-finals", "the semi-finals", "the order of
    # play", "6-4 7-6(5)", "ranked 131st", "the top 10", "world No 4", "No 8 seed", "world No
    # 112", "Court 2", "Centre Court", "61 places", "24 singles matches", "27" and "23" (ages),
    # "Jan Kowal" (a player; "Jan" is no month here), "That" (anaphoric).
    "ashmere-championships-day-three-washout": (
        "2013-06-27",
        [
            ("Saturday", "DATE", "2013-06-29"),
            ("38 minutes", "DURATION", "PT38M"),
            ("Monday", "DATE", "2013-07-01"),
            ("Thursday 27 June 2013", "DATE", "2013-06-27"),
            ("38 minutes", "DURATION", "PT38M"),
            ("yesterday", "DATE", "2013-06-26"),
            ("Tuesday evening", "TIME", "2013-06-25TEV"),
            ("9.15pm", "TIME", "2013-06-25T21:15"),
            ("12.25pm", "TIME", "2013-06-26T12:25"),
            ("7.10pm", "TIME", "2013-06-26T19:10"),
            ("2007", "DATE", "2007"),
            ("today", "DATE", "2013-06-27"),
            ("tomorrow", "DATE", "2013-06-28"),
            ("an hour", "DURATION", "PT1H"),
            ("11am", "TIME", "2013-06-27T11:00"),
            ("1pm", "TIME", "2013-06-27T13:00"),
            ("tomorrow afternoon", "TIME", "2013-06-28TAF"),
            ("tomorrow", "DATE", "2013-06-28"),
            ("Saturday", "DATE", "2013-06-29"),
            ("a day", "DURATION", "P1D"),
            ("five years", "DURATION", "P5Y"),
            ("2011", "DATE", "2011"),
            ("next week", "DATE", "2013-W27"),
            ("early this afternoon", "TIME", "2013-06-27TAF"),
            ("about 4pm", "TIME", "2013-06-27T16:00"),
            ("Saturday", "DATE", "2013-06-29"),
            ("January", "DATE", "2013-01"),
            ("11am", "TIME", "2013-06-27T11:00"),
            ("yesterday", "DATE", "2013-06-26"),
            ("fewer than 60 minutes", "DURATION", "PT60M"),
            ("2010", "DATE", "2010"),
            ("2pm", "TIME", "2013-06-30T14:00"),
            ("Sunday", "DATE", "2013-06-30"),
            ("noon", "TIME", "2013-06-30T12:00"),
            ("Monday", "DATE", "2013-07-01"),
            ("1997", "DATE", "1997"),
        ],
    ),
    # Wednesday 2014-07-16 (ISO week 29), US paper's golf preview, headline, byline "Staff
    # Writer", date line "Wednesday, July 16, 2014", "KILBRANNAN, Scotland —" dateline. The
    # championship runs Thursday 2014-07-17 to Sunday 2014-07-20. Scotland is on BST, five
    # hours ahead of EDT: "7:41 a.m." Thursday and "2:41 a.m. EDT back home" the same day,
    # "2:26 p.m. (9:26 a.m. EDT) Friday" and "about 2:40 p.m. (9:40 a.m. EDT)" on Sunday, two
    # TIMEX3 each, the zone in the span and not in the value (gold_blind66). Headline "16 years
    # a pro" and the quote's "16 years" DURATION P16Y (1998 to 2014). "spent most of the next
    # ten years" -> "the next ten years" P10Y, "most of" left out (gold_blind24). "July 1"
    # 2014-07-01. "Tuesday morning" 2014-07-15TMO and "said Tuesday" 2014-07-15 past; "Friday
    # afternoon" 2014-07-18TAF; "heavy rain overnight into Saturday" -> "overnight" the night
    # that begins on Friday evening, 2014-07-18TNI (gold_blind103), and "Saturday" 2014-07-19;
    # "Saturday's third-round tee times" -> "Saturday"; "as much as three hours" PT3H, the
    # modifier kept (gold_blind13's "as much as 40 minutes"); "finish the championship Monday"
    # 2014-07-21 (week 30); "last extended by a day in 1988" -> "a day" P1D and "1988". "Last
    # year's winner" -> "Last year" 2013. "the cut, which comes after 36 holes on Friday" ->
    # "Friday". "Live television coverage starts at 1:30 a.m. EDT each day": the hour of a
    # recurring start XXXX-XX-XXT01:30 with the SET "each day" P1D (gold_blind66). "at 2 a.m.
    # Thursday" two TIMEX3. "next week" 2014-W30. Not annotated: "38" and "17" (ages), "the
    # first round", "the first two rounds", "third-round", "the final round", "the 10th tee",
    # "the back nine", "36 holes", "the top 70", "78 and 81" (scores), "-12", "ranked 212th",
    # "30 mph", "exactly one major championship", "Dale Winters" (a name).
    "kilbrannan-links-ferrell-tee-times": (
        "2014-07-16",
        [
            ("16 years", "DURATION", "P16Y"),
            ("Wednesday, July 16, 2014", "DATE", "2014-07-16"),
            ("1998", "DATE", "1998"),
            ("the next ten years", "DURATION", "P10Y"),
            ("Thursday", "DATE", "2014-07-17"),
            ("7:41 a.m.", "TIME", "2014-07-17T07:41"),
            ("2:41 a.m. EDT", "TIME", "2014-07-17T02:41"),
            ("July 1", "DATE", "2014-07-01"),
            ("2:26 p.m.", "TIME", "2014-07-18T14:26"),
            ("9:26 a.m. EDT", "TIME", "2014-07-18T09:26"),
            ("Friday", "DATE", "2014-07-18"),
            ("16 years", "DURATION", "P16Y"),
            ("Tuesday morning", "TIME", "2014-07-15TMO"),
            ("Friday afternoon", "TIME", "2014-07-18TAF"),
            ("overnight", "TIME", "2014-07-18TNI"),
            ("Saturday", "DATE", "2014-07-19"),
            ("Tuesday", "DATE", "2014-07-15"),
            ("Saturday", "DATE", "2014-07-19"),
            ("as much as three hours", "DURATION", "PT3H"),
            ("Monday", "DATE", "2014-07-21"),
            ("a day", "DURATION", "P1D"),
            ("1988", "DATE", "1988"),
            ("2006", "DATE", "2006"),
            ("2003", "DATE", "2003"),
            ("2011", "DATE", "2011"),
            ("Last year", "DATE", "2013"),
            ("Friday", "DATE", "2014-07-18"),
            ("Sunday", "DATE", "2014-07-20"),
            ("about 2:40 p.m.", "TIME", "2014-07-20T14:40"),
            ("9:40 a.m. EDT", "TIME", "2014-07-20T09:40"),
            ("1:30 a.m. EDT", "TIME", "XXXX-XX-XXT01:30"),
            ("each day", "SET", "P1D"),
            ("2 a.m.", "TIME", "2014-07-17T02:00"),
            ("Thursday", "DATE", "2014-07-17"),
            ("next week", "DATE", "2014-W30"),
        ],
    ),
    # Tuesday 2015-01-20 (ISO week 4), Australian news site's tennis story, headline, stamp
    # "Updated Tue 20 Jan 2015, 11:48pm AEDT" ("Tue" checked by hand: 2015-01-20 is a Tuesday;
    # date and clock time two TIMEX3, gold_blind21), byline, no dateline. The two-week event
    # began on Monday 2015-01-19 (Day 1); "Day 2" (headline and body) is today and "Day 3"
    # tomorrow, not annotated (see gold_blind232 README). "tonight" 2015-01-20TNI; "8:40pm",
    # "about 10:35pm", "11:21pm" and "shortly after 7pm" (-> "7pm") tonight's; "more than two
    # hours" PT2H; "after 2 hours 41 minutes" one DURATION in the smaller unit, PT161M
    # (gold_blind24). Headline "17-year" and "Seventeen years" P17Y (1998 to 2015). "from 2004
    # to 2008" two DATEs (gold_blind91). "since last February" -> "last February" 2014-02 (in
    # January, the February of the year before, like "last October" in April, gold_blind24).
    # "every year since 1999" SET P1Y and DATE 1999. "flew in ... on Sunday" 2015-01-18;
    # "qualifying last week" 2015-W03. Future: "plays again on Thursday" 2015-01-22,
    # "tomorrow's match" -> "tomorrow" 2015-01-21, "tomorrow from 11am", "Gates will open at
    # 9am" (tomorrow). Ohio (EST, 16 hours behind AEDT): "the match began at 4:40am on
    # Tuesday" 2015-01-20T04:40 (8:40pm AEDT); "at 11am on Thursday" 2015-01-22T11:00 in Port
    # Kellow "will be on at 7pm on Wednesday there" 2015-01-21T19:00, the other zone on the day
    # before. "Saturday, January 31" and "Sunday, February 1" one span each; "March" 2015-03.
    # Not annotated: "Day 2" (twice), "Day 3", "the last match of her career", "career-high",
    # "No 9", "the top 20", "the top 100", "world No 46", "the 28th seed", "the first round",
    # "the day session" (a kind of session), "the third set", "third on Arena One",
    # "qualifying", "16 first-round matches", "second-round", "the order of play", "7-5 6-7(3)
    # 6-2", "19-year-old", "34", "5,000", "the rest of the event".
    "port-kellow-corrigan-farewell": (
        "2015-01-20",
        [
            ("17-year", "DURATION", "P17Y"),
            ("Tue 20 Jan 2015", "DATE", "2015-01-20"),
            ("11:48pm AEDT", "TIME", "2015-01-20T23:48"),
            ("tonight", "TIME", "2015-01-20TNI"),
            ("8:40pm", "TIME", "2015-01-20T20:40"),
            ("more than two hours", "DURATION", "PT2H"),
            ("11:21pm", "TIME", "2015-01-20T23:21"),
            ("2 hours 41 minutes", "DURATION", "PT161M"),
            ("1998", "DATE", "1998"),
            ("2006", "DATE", "2006"),
            ("2004", "DATE", "2004"),
            ("2008", "DATE", "2008"),
            ("last February", "DATE", "2014-02"),
            ("every year", "SET", "P1Y"),
            ("1999", "DATE", "1999"),
            ("Seventeen years", "DURATION", "P17Y"),
            ("Sunday", "DATE", "2015-01-18"),
            ("about 10:35pm", "TIME", "2015-01-20T22:35"),
            ("last week", "DATE", "2015-W03"),
            ("Thursday", "DATE", "2015-01-22"),
            ("tomorrow", "DATE", "2015-01-21"),
            ("tomorrow", "DATE", "2015-01-21"),
            ("11am", "TIME", "2015-01-21T11:00"),
            ("7pm", "TIME", "2015-01-20T19:00"),
            ("9am", "TIME", "2015-01-21T09:00"),
            ("4:40am", "TIME", "2015-01-20T04:40"),
            ("Tuesday", "DATE", "2015-01-20"),
            ("11am", "TIME", "2015-01-22T11:00"),
            ("Thursday", "DATE", "2015-01-22"),
            ("7pm", "TIME", "2015-01-21T19:00"),
            ("Wednesday", "DATE", "2015-01-21"),
            ("Saturday, January 31", "DATE", "2015-01-31"),
            ("Sunday, February 1", "DATE", "2015-02-01"),
            ("March", "DATE", "2015-03"),
        ],
    ),
    # Friday 2013-08-23 (ISO week 34), US paper's website tennis story, headline, stamp
    # "Posted: Friday, August 23, 2013 6:05 p.m." (a DATE with its weekday and a TIME), byline,
    # "PORT AVERY —" dateline. "officials said Friday" is the publication day. "Labor Day" (the
    # first Monday of September) 2013-09-02, headline and body (gold_blind3, gold_blind17).
    # "two years ago" 2011 (the unit's granularity); "last year" and "Last year" 2012; "last
    # week" 2013-W33; "said Thursday" 2013-08-22. "next week" (twice) 2013-W35; "every morning"
    # SET XXXX-XX-XXTMO (gold_blind24). "Qualifying begins next week, on Wednesday" 2013-08-28;
    # "at noon Tuesday" 2013-08-27T12:00 and the DATE; "at 2 p.m. Saturday, Aug. 31" a TIME and
    # a DATE span with its weekday. "Day sessions start at 11 a.m. and night sessions at 7
    # p.m. each day": the hours of a recurring schedule XXXX-XX-XXThh:mm and the SET "each day"
    # P1D (gold_blind66). "Saturday, Sept. 7" and "Sunday, Sept. 8" one span each; "1 p.m."
    # 2013-09-08T13:00 and "7 p.m. CEST" the same moment in Central European summer time,
    # 2013-09-08T19:00, the zone in the span. "Monday, Sept. 10" 2012-09-10 (a Monday, checked).
    # "the event's 31-year history" -> "31-year" P31Y, the period of a "first in". "from 1986
    # to 1995" two DATEs; "in June" 2013-06 (past). Not annotated: "weekday" in "the first
    # weekday final" (an adjective naming a kind of day, like "midweek", gold_blind91), "No. 5
    # seed", "ranked 22nd", "140th", "world No. 3", "the quarterfinals" (twice), "the second
    # round", "the semifinals", "the main draw", "64 players", "16 places", "two more courts",
    # "24" and "12" (ages), "since" (an adverb), "portaveryopen.com", "216-555-0908" (a phone
    # number whose last digits look like a month and day), "8%", "$1.2 million", "the early
    # rounds".
    "port-avery-open-nolan-seeded-fifth": (
        "2013-08-23",
        [
            ("Labor Day", "DATE", "2013-09-02"),
            ("Friday, August 23, 2013", "DATE", "2013-08-23"),
            ("6:05 p.m.", "TIME", "2013-08-23T18:05"),
            ("Friday", "DATE", "2013-08-23"),
            ("Labor Day", "DATE", "2013-09-02"),
            ("two years ago", "DATE", "2011"),
            ("last year", "DATE", "2012"),
            ("last week", "DATE", "2013-W33"),
            ("Thursday", "DATE", "2013-08-22"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("next week", "DATE", "2013-W35"),
            ("2010", "DATE", "2010"),
            ("2012", "DATE", "2012"),
            ("2009", "DATE", "2009"),
            ("next week", "DATE", "2013-W35"),
            ("Wednesday", "DATE", "2013-08-28"),
            ("noon", "TIME", "2013-08-27T12:00"),
            ("Tuesday", "DATE", "2013-08-27"),
            ("2 p.m.", "TIME", "2013-08-31T14:00"),
            ("Saturday, Aug. 31", "DATE", "2013-08-31"),
            ("11 a.m.", "TIME", "XXXX-XX-XXT11:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("each day", "SET", "P1D"),
            ("Saturday, Sept. 7", "DATE", "2013-09-07"),
            ("1 p.m.", "TIME", "2013-09-08T13:00"),
            ("Sunday, Sept. 8", "DATE", "2013-09-08"),
            ("7 p.m. CEST", "TIME", "2013-09-08T19:00"),
            ("Last year", "DATE", "2012"),
            ("Monday, Sept. 10", "DATE", "2012-09-10"),
            ("31-year", "DURATION", "P31Y"),
            ("1986", "DATE", "1986"),
            ("1995", "DATE", "1995"),
            ("June", "DATE", "2013-06"),
        ],
    ),
    # Saturday 2015-03-21 (ISO week 12), Indian paper's website golf story, headline, byline
    # line with stamp "Updated: Mar 21, 2015, 11.05 PM IST" (a DATE and a TIME, the zone in the
    # span), "SIROLI:" dateline. The event runs Thursday 2015-03-19 to Sunday 2015-03-22; "Day
    # 3" is Saturday, the publication day, and is not annotated ("on Saturday" carries the
    # date). "halted play for 95 minutes" PT95M (2.10 pm to 3.45 pm); "the afternoon"
    # 2015-03-21TAF; "6.32 pm" today. Sunday 2015-03-22: headline and body "Sunday morning"
    # TMO, "from 7 am on Sunday", "9.30 am", "11.40 am", "6 am on Sunday", "9 am IST" and "3.30
    # am GMT" (IST is five and a half hours ahead of GMT; Britain was still on GMT), "clear
    # skies for Sunday"; the quote's "Tomorrow" (spoken on Saturday) the same Sunday. "two
    # hours later than planned" -> "two hours" PT2H, the size of a delay. "since turning
    # professional in 2006"; "since November 2013" 2013-11; "It's been 16 months" P16M
    # (November 2013 to March 2015). "this week" 2015-W12. "shot 65 on Friday" and "missed the
    # cut on Friday" 2015-03-20. "The 2013 winner" -> "2013", an adjectival year (gold_blind65).
    # "Fog wiped out two days of the event in December 2013" -> "two days" P2D and "December
    # 2013"; "moved it to March this year" -> "March this year" one DATE span 2015-03, like
    # "May next year" (gold_blind91). "first held in 2008"; "next week" 2015-W13. Not annotated:
    # "Day 3", "the final round" (three times), "third rounds", "their rounds", "-12", "-10",
    # "-8", "a bogey-free 66", "12-under 204", "65", "a two-shot lead", "four shots", "thirds and
    # fourths" (placings), "the overnight leader" (an adjective naming a standing, like
    # "Overnight lows", gold_blind103), "14 holes", "four holes", "ranked 284th", "eight times",
    # "the cut", "31 degrees Celsius", "Rs 1.5 crore", "29" and "19" (ages), "qualifying
    # school".
    "siroli-masters-gill-leads-hailstorm": (
        "2015-03-21",
        [
            ("Sunday morning", "TIME", "2015-03-22TMO"),
            ("Mar 21, 2015", "DATE", "2015-03-21"),
            ("11.05 PM IST", "TIME", "2015-03-21T23:05"),
            ("Saturday", "DATE", "2015-03-21"),
            ("95 minutes", "DURATION", "PT95M"),
            ("the afternoon", "TIME", "2015-03-21TAF"),
            ("2.10 pm", "TIME", "2015-03-21T14:10"),
            ("3.45 pm", "TIME", "2015-03-21T15:45"),
            ("6.32 pm", "TIME", "2015-03-21T18:32"),
            ("7 am", "TIME", "2015-03-22T07:00"),
            ("Sunday", "DATE", "2015-03-22"),
            ("9.30 am", "TIME", "2015-03-22T09:30"),
            ("two hours", "DURATION", "PT2H"),
            ("11.40 am", "TIME", "2015-03-22T11:40"),
            ("2006", "DATE", "2006"),
            ("November 2013", "DATE", "2013-11"),
            ("16 months", "DURATION", "P16M"),
            ("this week", "DATE", "2015-W12"),
            ("Tomorrow", "DATE", "2015-03-22"),
            ("Friday", "DATE", "2015-03-20"),
            ("Sunday morning", "TIME", "2015-03-22TMO"),
            ("6 am", "TIME", "2015-03-22T06:00"),
            ("Sunday", "DATE", "2015-03-22"),
            ("9 am IST", "TIME", "2015-03-22T09:00"),
            ("3.30 am GMT", "TIME", "2015-03-22T03:30"),
            ("Sunday", "DATE", "2015-03-22"),
            ("2013", "DATE", "2013"),
            ("Friday", "DATE", "2015-03-20"),
            ("two days", "DURATION", "P2D"),
            ("December 2013", "DATE", "2013-12"),
            ("March this year", "DATE", "2015-03"),
            ("2008", "DATE", "2008"),
            ("next week", "DATE", "2015-W13"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
