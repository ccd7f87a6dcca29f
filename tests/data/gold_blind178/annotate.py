"""Annotations of the hundred-and-seventy-eighth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind178/annotate.py [--show]

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
    # Wednesday 2012-04-18 (ISO week 16), British regional daily's Olympic countdown story,
    # headline, standfirst, byline, date line "Wednesday 18 April 2012". "100 days to go"
    # (headline and lead) is the time left before the opening ceremony, DURATION P100D, like
    # "With eight days to go" (gold_blind101) and "A Week to Go" (gold_blind67); 18 April to
    # 27 July is exactly 100 days. Standfirst: "next month" 2012-05 (the torch, 24 May); "in
    # less than a month" -> "less than a month" DURATION P1M (the swimmers, 14 May). The
    # ceremony "at 9pm on Friday 27 July" 2012-07-27T21:00 and the DATE, the square's gates "at
    # 6pm" the same day. "seven years" P7Y; "now" PRESENT_REF. The relay "begins ... on 19 May"
    # 2012-05-19 and spends "about ten weeks" P10W; it reaches the town "on Thursday 24 May",
    # whose clock times (7.15am, about 11.40am, 6am, 2pm) take that day (the day of their
    # narrative, gold_blind103). "the council said yesterday" 2012-04-17. "reopened last year"
    # and "last year's ticket ballot" 2011; the squads "from Monday 14 May until 20 July, a week
    # before the ceremony" -> "a week" P1W (anchored to an event, the duration alone);
    # "nearly ten weeks" P10W; "every Tuesday evening" SET XXXX-WXX-2TEV; the batch "on Friday"
    # 2012-04-13 (past). "Sunday 12 August", "29 August", "9 September", "4 August" 2012;
    # "every weekend" SET XXXX-WXX-WE; "since January" 2012-01; "every Saturday morning" SET
    # XXXX-WXX-6TMO; "the last few months" DURATION PXM; "1948" as written; "the summer's
    # events" -> "the summer" 2012-SU (possessive left out); "in March" 2012-03. Not annotated:
    # "£20.12" (a price), "harbridge.gov.uk/games2012" (a web address holding 2012), "01632 960
    # 727", "£8.3m", "£145,000", "4,000", "one in three", "28 local torchbearers", "nine-mile",
    # "50-metre", "67" (an age), "300 volunteers", "for the last time", "three figures",
    # "Caribbean nations", "the opening ceremony" and "the ceremony" (events).
    "harbridge-olympic-100-days": (
        "2012-04-18",
        [
            ("100 days", "DURATION", "P100D"),
            ("next month", "DATE", "2012-05"),
            ("less than a month", "DURATION", "P1M"),
            ("Wednesday 18 April 2012", "DATE", "2012-04-18"),
            ("this morning", "TIME", "2012-04-18TMO"),
            ("100 days", "DURATION", "P100D"),
            ("9pm", "TIME", "2012-07-27T21:00"),
            ("Friday 27 July", "DATE", "2012-07-27"),
            ("6pm", "TIME", "2012-07-27T18:00"),
            ("seven years", "DURATION", "P7Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("19 May", "DATE", "2012-05-19"),
            ("about ten weeks", "DURATION", "P10W"),
            ("Thursday 24 May", "DATE", "2012-05-24"),
            ("7.15am", "TIME", "2012-05-24T07:15"),
            ("about 11.40am", "TIME", "2012-05-24T11:40"),
            ("6am", "TIME", "2012-05-24T06:00"),
            ("2pm", "TIME", "2012-05-24T14:00"),
            ("yesterday", "DATE", "2012-04-17"),
            ("last year", "DATE", "2011"),
            ("Monday 14 May", "DATE", "2012-05-14"),
            ("20 July", "DATE", "2012-07-20"),
            ("a week", "DURATION", "P1W"),
            ("nearly ten weeks", "DURATION", "P10W"),
            ("every Tuesday evening", "SET", "XXXX-WXX-2TEV"),
            ("last year", "DATE", "2011"),
            ("Friday", "DATE", "2012-04-13"),
            ("Sunday 12 August", "DATE", "2012-08-12"),
            ("29 August", "DATE", "2012-08-29"),
            ("9 September", "DATE", "2012-09-09"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("4 August", "DATE", "2012-08-04"),
            ("January", "DATE", "2012-01"),
            ("every Saturday morning", "SET", "XXXX-WXX-6TMO"),
            ("the last few months", "DURATION", "PXM"),
            ("1948", "DATE", "1948"),
            ("the summer", "DATE", "2012-SU"),
            ("March", "DATE", "2012-03"),
        ],
    ),
    # Monday 2014-01-27 (ISO week 5), US metro paper's website, headline, stamp "Updated Jan 27,
    # 2014 at 6:12 AM" (DATE and TIME), byline, "PORT ELLERY —" dateline. "After four years of
    # planning" P4Y; "the Super Bowl is six days away" -> "six days" DURATION P6D, the time left
    # (like "100 days to go"). Past: the teams "flew in Sunday night" 2014-01-26TNI; hotels "as
    # of Thursday" 2014-01-23; the resale price "on Friday" 2014-01-24 and "a week earlier"
    # after it 2014-01-17 (the granularity of what it is compared with, gold_blind35, here a
    # day). Future: media day "Tuesday" 2014-01-28 with "10 a.m.", "11 a.m." and "11:30 a.m."
    # that day; kickoff "6:30 p.m. ET Sunday" 2014-02-02T18:30 (zone in the span, not in the
    # value) and the DATE; practice "Wednesday through Friday" 2014-01-29 and 2014-01-31; the
    # commissioner "Friday" 2014-01-31; "the awards show is Saturday night" 2014-02-01TNI; the
    # festival "opens Wednesday at noon" 2014-01-29T12:00 and "runs daily from 10 a.m. to 10
    # p.m. through Saturday": the hours of a recurring opening XXXX-XX-XXThh:mm with the SET
    # "daily" P1D (gold_blind28, gold_blind94), "Saturday" 2014-02-01; "over the week" ->
    # "the week" 2014-W05 (the Monday-Sunday week of the game); the gates "at 2 p.m." on game
    # day 2014-02-02T14:00; the security zone "at 6 a.m. Saturday" 2014-02-01T06:00 "until noon
    # Monday" 2014-02-03T12:00; "tonight" 2014-01-27TNI. "his annual news conference" SET P1Y
    # (an adjectival frequency naming a recurrence, gold_blind101). "a year ago" 2013 (the
    # unit's granularity); "the last 48 hours before kickoff" PT48H and "at least three hours
    # before kickoff" PT3H (anchored to an event, the duration alone); "every 10 minutes" SET
    # PT10M; "May 2010" 2010-05; "1987"; "waited 27 years" P27Y; "The next seven days" P7D. Not
    # annotated: "Super Bowl XLVIII" (a Roman numeral, a name), "by the fourth quarter" (a
    # period of the game, like "half-time" and "the first half", gold_blind7, gold_blind18),
    # "the halftime show", "24/7", "201-555-0148", "Route 17", "82,500-seat", "$1,950",
    # "$2,600", "92 percent", "61 percent", "38 degrees", "20 percent", "95,000", "140 buses",
    # "3 square miles", "41,000", "58" (an age), "AFC", "NFC".
    "port-ellery-super-bowl-week": (
        "2014-01-27",
        [
            ("Jan 27, 2014", "DATE", "2014-01-27"),
            ("6:12 AM", "TIME", "2014-01-27T06:12"),
            ("four years", "DURATION", "P4Y"),
            ("six days", "DURATION", "P6D"),
            ("Sunday night", "TIME", "2014-01-26TNI"),
            ("this morning", "TIME", "2014-01-27TMO"),
            ("Tuesday", "DATE", "2014-01-28"),
            ("10 a.m.", "TIME", "2014-01-28T10:00"),
            ("11 a.m.", "TIME", "2014-01-28T11:00"),
            ("11:30 a.m.", "TIME", "2014-01-28T11:30"),
            ("6:30 p.m. ET", "TIME", "2014-02-02T18:30"),
            ("Sunday", "DATE", "2014-02-02"),
            ("Wednesday", "DATE", "2014-01-29"),
            ("Friday", "DATE", "2014-01-31"),
            ("annual", "SET", "P1Y"),
            ("Friday", "DATE", "2014-01-31"),
            ("Saturday night", "TIME", "2014-02-01TNI"),
            ("Wednesday", "DATE", "2014-01-29"),
            ("noon", "TIME", "2014-01-29T12:00"),
            ("daily", "SET", "P1D"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("Saturday", "DATE", "2014-02-01"),
            ("the week", "DATE", "2014-W05"),
            ("Thursday", "DATE", "2014-01-23"),
            ("a year ago", "DATE", "2013"),
            ("Friday", "DATE", "2014-01-24"),
            ("a week earlier", "DATE", "2014-01-17"),
            ("the last 48 hours", "DURATION", "PT48H"),
            ("at least three hours", "DURATION", "PT3H"),
            ("2 p.m.", "TIME", "2014-02-02T14:00"),
            ("every 10 minutes", "SET", "PT10M"),
            ("6 a.m.", "TIME", "2014-02-01T06:00"),
            ("Saturday", "DATE", "2014-02-01"),
            ("noon", "TIME", "2014-02-03T12:00"),
            ("Monday", "DATE", "2014-02-03"),
            ("May 2010", "DATE", "2010-05"),
            ("1987", "DATE", "1987"),
            ("27 years", "DURATION", "P27Y"),
            ("The next seven days", "DURATION", "P7D"),
            ("tonight", "TIME", "2014-01-27TNI"),
        ],
    ),
    # Thursday 2013-10-17 (ISO week 42), Scottish daily's ticketing story, headline, standfirst,
    # byline, date line "Thursday 17 October 2013". The second window opens "at 9am on Monday"
    # (headline and lead) 2013-10-21T09:00 and the DATE; open sales "at 9am on Wednesday 23
    # October"; "a 48-hour head start" PT48H and "48 hours" PT48H; "the end of the year" 2013
    # (the year's value, gold_blind35). "next summer's Commonwealth Games" -> "next summer"
    # 2014-SU; "organisers said yesterday" 2013-10-16. "six weeks, from 19 August to 29
    # September" P6W and two DATEs; "last week" 2013-W41; "between 7 and 11 October" -> the
    # bare "7" its own DATE 2013-10-07 (gold_blind27) and "11 October". The Games: "Wednesday
    # 23 July" 2014-07-23, "Sunday 3 August" 2014-08-03, "The 11 days of competition" ->
    # "The 11 days" DURATION P11D, "the evening of Monday 28 July" one TIME span 2014-07-28TEV
    # (like "the morning of 9 May 1945", gold_blind10), the relay's arrival "on 22 July"
    # 2014-07-22. "A year ago" 2012; "Now" PRESENT_REF; "in recent years" PAST_REF. "The relay
    # set off last Wednesday" in a Thursday paper whose "yesterday" is Wednesday 16 October is
    # the Wednesday of the week before, 2013-10-09 (gold_blind18); "over 40 weeks" P40W. The
    # UK financial year runs April-March and is named by the year it ends: "the 2013-14
    # financial year, which ends on 31 March" FY2014 (gold_blind49, gold_blind94) and
    # 2014-03-31; "forecast in the spring" 2013-SP (past); "publish sales figures quarterly"
    # SET P3M. The helpline "from 8am to 8pm, seven days a week": XXXX-XX-XXT08:00,
    # XXXX-XX-XXT20:00 and SET P1W (gold_blind94); the queue "from Sunday night" 2013-10-20TNI.
    # Not annotated: "0300 555 2014" (a phone number holding 2014), "inverlaig2014.com", "£15",
    # "£7.50", "£250", "£31m", "£24m", "1.2 million", "400,000", "800,000", "61 per cent", "14
    # applications", "Under-16s", "over-60s", "the 100m finals" (a distance), "70 nations",
    # "first come, first served", "the first round", "a second window".
    "inverlaig-commonwealth-games-tickets": (
        "2013-10-17",
        [
            ("Monday", "DATE", "2013-10-21"),
            ("48-hour", "DURATION", "PT48H"),
            ("Thursday 17 October 2013", "DATE", "2013-10-17"),
            ("next summer", "DATE", "2014-SU"),
            ("yesterday", "DATE", "2013-10-16"),
            ("9am", "TIME", "2013-10-21T09:00"),
            ("Monday", "DATE", "2013-10-21"),
            ("48 hours", "DURATION", "PT48H"),
            ("9am", "TIME", "2013-10-23T09:00"),
            ("Wednesday 23 October", "DATE", "2013-10-23"),
            ("the end of the year", "DATE", "2013"),
            ("six weeks", "DURATION", "P6W"),
            ("19 August", "DATE", "2013-08-19"),
            ("29 September", "DATE", "2013-09-29"),
            ("last week", "DATE", "2013-W41"),
            ("7", "DATE", "2013-10-07"),
            ("11 October", "DATE", "2013-10-11"),
            ("Wednesday 23 July", "DATE", "2014-07-23"),
            ("The 11 days", "DURATION", "P11D"),
            ("Sunday 3 August", "DATE", "2014-08-03"),
            ("the evening of Monday 28 July", "TIME", "2014-07-28TEV"),
            ("A year ago", "DATE", "2012"),
            ("Now", "DATE", "PRESENT_REF"),
            ("recent years", "DATE", "PAST_REF"),
            ("last Wednesday", "DATE", "2013-10-09"),
            ("40 weeks", "DURATION", "P40W"),
            ("22 July", "DATE", "2014-07-22"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("31 March", "DATE", "2014-03-31"),
            ("the spring", "DATE", "2013-SP"),
            ("quarterly", "SET", "P3M"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("seven days a week", "SET", "P1W"),
            ("Sunday night", "TIME", "2013-10-20TNI"),
        ],
    ),
    # Friday 2014-05-09 (ISO week 19), wire-service host-city readiness report, slug headline,
    # byline, "PORTO SERENO, Brazil, May 9 (Global Sports Wire) -" dateline (the date a DATE).
    # The stadium was handed over "on Thursday" 2014-05-08, "three months late" (headline and
    # lead) DURATION P3M, the size of a delay (gold_blind28, gold_blind89); it "had been due
    # ... at the end of January" -> "the end of January" 2014-01; "the early hours of
    # Thursday" one DATE span 2014-05-08 (gold_blind103); "24-hour shifts" PT24H; "since March"
    # 2014-03; "on Friday morning" the morning of the wire's own day, 2014-05-09TMO. "34 days"
    # (lead and quote) the time left before the kick-off "on June 12", P34D. Future: the test
    # match "on Saturday" 2014-05-10; the first game "on June 16 at 1 p.m. local time (1600
    # GMT)": two TIMEs for one moment in two zones (gold_blind27), zones in the span; "July 13"
    # 2014-07-13; the inspectors "on Tuesday" 2014-05-13 for "a two-day visit" P2D; the march
    # "for June 12". Past: "told reporters on Thursday" 2014-05-08; "In 2007"; "promised for
    # 2013"; "last week" 2014-W18; "April 28" 2014-04-28; "in January" 2014-01; "since
    # mid-April" 2014-04; "since February" 2014-02; "a year ago" 2013. "its 2010 plan" -> "2010",
    # an adjectival year (gold_blind27). "every five minutes" SET PT5M; "from four hours before
    # kickoff" -> "four hours" PT4H (anchored); "every Sunday" SET XXXX-WXX-7; "twice a week"
    # SET P1W; "Now" PRESENT_REF. Not annotated: "Group D", "BR-101" (a highway), "46,000-seat",
    # "40 percent", "85 percent", "62 percent", "78 percent", "95 percent", "1.3 billion reais",
    # "$590 million", "300 buses", "2,500 volunteers", "two upper sections", "four matches",
    # "SOCCER-", "until after the tournament" (event-named), "the final" (an event).
    "porto-sereno-world-cup-readiness": (
        "2014-05-09",
        [
            ("three months", "DURATION", "P3M"),
            ("May 9", "DATE", "2014-05-09"),
            ("Thursday", "DATE", "2014-05-08"),
            ("three months", "DURATION", "P3M"),
            ("34 days", "DURATION", "P34D"),
            ("June 12", "DATE", "2014-06-12"),
            ("the end of January", "DATE", "2014-01"),
            ("the early hours of Thursday", "DATE", "2014-05-08"),
            ("24-hour", "DURATION", "PT24H"),
            ("March", "DATE", "2014-03"),
            ("Friday morning", "TIME", "2014-05-09TMO"),
            ("Saturday", "DATE", "2014-05-10"),
            ("June 16", "DATE", "2014-06-16"),
            ("1 p.m. local time", "TIME", "2014-06-16T13:00"),
            ("1600 GMT", "TIME", "2014-06-16T16:00"),
            ("July 13", "DATE", "2014-07-13"),
            ("34 days", "DURATION", "P34D"),
            ("Thursday", "DATE", "2014-05-08"),
            ("2007", "DATE", "2007"),
            ("Now", "DATE", "PRESENT_REF"),
            ("2013", "DATE", "2013"),
            ("last week", "DATE", "2014-W18"),
            ("every five minutes", "SET", "PT5M"),
            ("four hours", "DURATION", "PT4H"),
            ("Tuesday", "DATE", "2014-05-13"),
            ("two-day", "DURATION", "P2D"),
            ("April 28", "DATE", "2014-04-28"),
            ("2010", "DATE", "2010"),
            ("January", "DATE", "2014-01"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("mid-April", "DATE", "2014-04"),
            ("June 12", "DATE", "2014-06-12"),
            ("twice a week", "SET", "P1W"),
            ("February", "DATE", "2014-02"),
            ("a year ago", "DATE", "2013"),
        ],
    ),
    # Saturday 2015-01-31 (ISO week 5), Australian paper's website, headline, stamp "Date:
    # January 31, 2015 - 12:05AM" (DATE and TIME 2015-01-31T00:05, the stamp's own day), byline.
    # "tonight" (headline, lead, quote "Tonight", "tonight's final") 2015-01-31TNI; "Sunday's
    # final" and "on Sunday" 2015-02-01, which is "tomorrow"/"Tomorrow". Today's clock times:
    # "7.30pm" (lead and "no earlier than 7.30pm", "no earlier than" a signal like "no later
    # than") 2015-01-31T19:30, "3pm today" 2015-01-31T15:00. Tomorrow's: "2pm", "7pm", "7.30pm",
    # "about 3pm" on 2015-02-01. "two singles finals in 24 hours" -> "24 hours" PT24H (the period
    # of a count, gold_blind103). "released yesterday", "by noon yesterday" and "at 9am
    # yesterday" 2015-01-30 with their TIMEs. The semi-final "on Thursday night" 2015-01-29TNI
    # "finished at 1.14am": a clock time after midnight takes the new day, 2015-01-30T01:14
    # (gold_blind19). "in just under three hours" PT3H (how long the match took); "about five
    # hours" PT5H; "less than nine hours" PT9H; "the past fortnight" P2W; "his fifth final in
    # nine years" -> "nine years" P9Y (the period of an ordinal count); "Men's finals here have
    # started at 7.30pm since 2008" -> "7.30pm" XXXX-XX-XXT19:30 (a recurring clock time) and
    # "2008"; "sold out in October" 2014-10; "within 40 minutes" PT40M; "the first 12 days"
    # DURATION P12D (an ordinal period of an event, gold_blind35); "won here in 2012"; "the
    # 2016 tournament" -> "2016" (an adjectival year). Not annotated: "the night session"
    # (twice; "night" names a kind of session, like "Overnight lows", gold_blind103; its
    # start "at 7pm" is annotated), "the start of the night session", "39 degrees", "40
    # degrees", "31", "No. 7 seed", "6-4 3-6 7-5" (scores), "world No. 14", "24" (an age),
    # "$45", "612,400", "$3.1 million", "courtsideherald.com.au/open/2015-02-01" (a web address
    # holding a date), "a third roofed court", "first grand slam final", "the practice court".
    "australian-open-finals-weekend-heat": (
        "2015-01-31",
        [
            ("tonight", "TIME", "2015-01-31TNI"),
            ("Sunday", "DATE", "2015-02-01"),
            ("January 31, 2015", "DATE", "2015-01-31"),
            ("12:05AM", "TIME", "2015-01-31T00:05"),
            ("7.30pm", "TIME", "2015-01-31T19:30"),
            ("tonight", "TIME", "2015-01-31TNI"),
            ("24 hours", "DURATION", "PT24H"),
            ("tomorrow", "DATE", "2015-02-01"),
            ("Sunday", "DATE", "2015-02-01"),
            ("yesterday", "DATE", "2015-01-30"),
            ("3pm", "TIME", "2015-01-31T15:00"),
            ("today", "DATE", "2015-01-31"),
            ("7.30pm", "TIME", "2015-01-31T19:30"),
            ("Tomorrow", "DATE", "2015-02-01"),
            ("2pm", "TIME", "2015-02-01T14:00"),
            ("7pm", "TIME", "2015-02-01T19:00"),
            ("7.30pm", "TIME", "2015-02-01T19:30"),
            ("about 3pm", "TIME", "2015-02-01T15:00"),
            ("tomorrow", "DATE", "2015-02-01"),
            ("Thursday night", "TIME", "2015-01-29TNI"),
            ("just under three hours", "DURATION", "PT3H"),
            ("1.14am", "TIME", "2015-01-30T01:14"),
            ("noon", "TIME", "2015-01-30T12:00"),
            ("yesterday", "DATE", "2015-01-30"),
            ("about five hours", "DURATION", "PT5H"),
            ("Tonight", "TIME", "2015-01-31TNI"),
            ("2012", "DATE", "2012"),
            ("less than nine hours", "DURATION", "PT9H"),
            ("the past fortnight", "DURATION", "P2W"),
            ("nine years", "DURATION", "P9Y"),
            ("7.30pm", "TIME", "XXXX-XX-XXT19:30"),
            ("2008", "DATE", "2008"),
            ("tonight", "TIME", "2015-01-31TNI"),
            ("October", "DATE", "2014-10"),
            ("tomorrow", "DATE", "2015-02-01"),
            ("9am", "TIME", "2015-01-30T09:00"),
            ("yesterday", "DATE", "2015-01-30"),
            ("40 minutes", "DURATION", "PT40M"),
            ("the first 12 days", "DURATION", "P12D"),
            ("2016", "DATE", "2016"),
        ],
    ),
    # Tuesday 2015-10-13 (ISO week 42), US local paper's website traffic alert, headline, stamp
    # "Published 11:48 a.m. ET Oct. 13, 2015" (TIME and DATE), byline, "BROOKFIELD —" dateline.
    # The race is Sunday 2015-10-18: headline "early Sunday" one DATE span (like "early Friday",
    # gold_blind103), "Sunday's 39th" -> "Sunday", "mid-afternoon Sunday" one TIME span
    # 2015-10-18TAF (the modifier kept, like "late tonight"), "late Saturday night" one TIME
    # span 2015-10-17TNI; "city officials said Monday" 2015-10-12 (past). Sunday's clock times:
    # "7 a.m.", "7:30 a.m.", "3 p.m.", "4 a.m. to 2 p.m. Sunday", "6:30 a.m. to about noon",
    # "from 5 a.m."; "follows 30 minutes later, at 7:30 a.m." -> "30 minutes later" an anchored
    # TIME 2015-10-18T07:30 after the exact "7 a.m." (like "An hour later" in gold_blind19), and
    # "7:30 a.m." the same. Saturday 2015-10-17: "10 p.m. Saturday", "on Saturday night"
    # 2015-10-17TNI, "after 9 p.m. Saturday", "5 p.m. Saturday", the expo "Friday and Saturday"
    # 2015-10-16 and 2015-10-17. "stays open for six hours" PT6H; "every 15 minutes" SET
    # PT15M; "45 minutes longer than usual" -> "45 minutes" PT45M (the size of a change,
    # gold_blind101); "since early September" 2015-09; "Last year" 2014, "this year's field" ->
    # "this year" 2015; "began in 1977"; "sold out in July" 2015-07, "two months earlier than in
    # 2014" -> "two months" P2M (the size of a shift) and "2014"; "Once a year" SET P1Y; "updated
    # daily through Sunday" SET P1D and 2015-10-18. Not annotated: "39th", "13,000", "11,400",
    # "Route 9", "routes 4, 11 and 26", "mile 13", "26.2-mile", "614-555-2015" (a phone number
    # ending in the year), "brookfieldcourier.com/marathon2015", "Fifth Street", "race-day" (an
    # adjective naming a kind of pickup), "until the course is cleared" and "once the lead pack
    # has passed" (event-named), "the last runners".
    "brookfield-marathon-road-closures": (
        "2015-10-13",
        [
            ("early Sunday", "DATE", "2015-10-18"),
            ("11:48 a.m. ET", "TIME", "2015-10-13T11:48"),
            ("Oct. 13, 2015", "DATE", "2015-10-13"),
            ("Sunday", "DATE", "2015-10-18"),
            ("late Saturday night", "TIME", "2015-10-17TNI"),
            ("mid-afternoon Sunday", "TIME", "2015-10-18TAF"),
            ("Monday", "DATE", "2015-10-12"),
            ("7 a.m.", "TIME", "2015-10-18T07:00"),
            ("Sunday", "DATE", "2015-10-18"),
            ("30 minutes later", "TIME", "2015-10-18T07:30"),
            ("7:30 a.m.", "TIME", "2015-10-18T07:30"),
            ("six hours", "DURATION", "PT6H"),
            ("3 p.m.", "TIME", "2015-10-18T15:00"),
            ("10 p.m.", "TIME", "2015-10-17T22:00"),
            ("Saturday", "DATE", "2015-10-17"),
            ("4 a.m.", "TIME", "2015-10-18T04:00"),
            ("2 p.m.", "TIME", "2015-10-18T14:00"),
            ("Sunday", "DATE", "2015-10-18"),
            ("6:30 a.m.", "TIME", "2015-10-18T06:30"),
            ("about noon", "TIME", "2015-10-18T12:00"),
            ("every 15 minutes", "SET", "PT15M"),
            ("5 a.m.", "TIME", "2015-10-18T05:00"),
            ("Saturday night", "TIME", "2015-10-17TNI"),
            ("9 p.m.", "TIME", "2015-10-17T21:00"),
            ("Saturday", "DATE", "2015-10-17"),
            ("45 minutes", "DURATION", "PT45M"),
            ("Friday", "DATE", "2015-10-16"),
            ("Saturday", "DATE", "2015-10-17"),
            ("5 p.m.", "TIME", "2015-10-17T17:00"),
            ("Saturday", "DATE", "2015-10-17"),
            ("early September", "DATE", "2015-09"),
            ("Last year", "DATE", "2014"),
            ("this year", "DATE", "2015"),
            ("1977", "DATE", "1977"),
            ("July", "DATE", "2015-07"),
            ("two months", "DURATION", "P2M"),
            ("2014", "DATE", "2014"),
            ("Once a year", "SET", "P1Y"),
            ("daily", "SET", "P1D"),
            ("Sunday", "DATE", "2015-10-18"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
