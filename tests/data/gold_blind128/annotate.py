"""Annotations of the hundred-and-twenty-eighth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind128/annotate.py [--show]

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
    # Sunday 2014-02-23 (ISO week 8), British Sunday paper's football match report, score line,
    # headline, byline "at Bramley Road", date line "Sunday 23 February 2014". The match was
    # yesterday, Saturday 2014-02-22, "The 3pm kick-off" 2014-02-22T15:00 (the clock time of
    # an event's name annotated alone, gold_blind24), "delayed by 15 minutes" the size of a
    # delay. Real lengths of time inside a match are DURATIONs ("twice in six minutes" PT6M,
    # "with 12 minutes left" PT12M, "five minutes of stoppage time" PT5M, gold_blind75, while
    # "stoppage time" itself is not annotated). The managers' quotes were spoken after the match
    # on Saturday and resolve from then (gold_blind7, gold_blind40): Thorne's "Ten days ago"
    # 2014-02-12 (the day's granularity) and "until March" 2014-03; Burke's "10am tomorrow" is
    # Sunday 2014-02-23, the publication day. "last April" 2013-04; "the January transfer
    # window" -> "January" 2014-01; "two-year" DURATION; "every afternoon this week" a SET and
    # the ISO week that ends on the publication day, 2014-W08. Future: "Tuesday night"
    # 2014-02-25TNI, "next Saturday's derby" -> "next Saturday" 2014-03-01 (the coming Saturday
    # in a Sunday paper, gold_blind19) with its "12.45pm" kick-off, tickets "at 9am on Monday"
    # 2014-02-24 and "on Wednesday" 2014-02-26; "until May" 2014-05. Past: "since October"
    # 2013-10, "met in September" 2013-09. "the end of the 2012-13 season" -> "2012" and the bare
    # "13" 2013, "the end of" and "season" left out (gold_blind43, gold_blind91). "for an hour"
    # PT1H; "more than 90 minutes" PT90M (the length of a game, the modifier kept); "these days"
    # PRESENT_REF. Not annotated: "2" and "1" (score line), "half-time", "the second half",
    # "the 89th minute", "stoppage time" (twice), "the play-off places", "fifth", "25-yard",
    # "six yards", "ten men", "14,206", "31", "the number 19 shirt", "3-0", "four of their last
    # five matches", "£25", "hexleyunited.co.uk/derby2014", "0844 555 1987" (a phone number
    # holding 1987, after the annotated "since 1987"), "afterwards", "season-ticket".
    "hexley-united-marrowby-town-report": (
        "2014-02-23",
        [
            ("Sunday 23 February 2014", "DATE", "2014-02-23"),
            ("New Year's Day", "DATE", "2014-01-01"),
            ("Yesterday", "DATE", "2014-02-22"),
            ("six minutes", "DURATION", "PT6M"),
            ("3pm", "TIME", "2014-02-22T15:00"),
            ("15 minutes", "DURATION", "PT15M"),
            ("October", "DATE", "2013-10"),
            ("12 minutes", "DURATION", "PT12M"),
            ("five minutes", "DURATION", "PT5M"),
            ("Seven weeks", "DURATION", "P7W"),
            ("last April", "DATE", "2013-04"),
            ("January", "DATE", "2014-01"),
            ("two-year", "DURATION", "P2Y"),
            ("every afternoon", "SET", "XXXX-XX-XXTAF"),
            ("this week", "DATE", "2014-W08"),
            ("Ten days ago", "DATE", "2014-02-12"),
            ("March", "DATE", "2014-03"),
            ("Tuesday night", "TIME", "2014-02-25TNI"),
            ("next Saturday", "DATE", "2014-03-01"),
            ("12.45pm", "TIME", "2014-03-01T12:45"),
            ("1987", "DATE", "1987"),
            ("2012", "DATE", "2012"),
            ("13", "DATE", "2013"),
            ("September", "DATE", "2013-09"),
            ("May", "DATE", "2014-05"),
            ("an hour", "DURATION", "PT1H"),
            ("more than 90 minutes", "DURATION", "PT90M"),
            ("these days", "DATE", "PRESENT_REF"),
            ("10am", "TIME", "2014-02-23T10:00"),
            ("tomorrow", "DATE", "2014-02-23"),
            ("9am", "TIME", "2014-02-24T09:00"),
            ("Monday", "DATE", "2014-02-24"),
            ("Wednesday", "DATE", "2014-02-26"),
        ],
    ),
    # Wednesday 2012-05-16 (ISO week 20), US paper's baseball game story, headline, byline
    # "Staff Writer", date line "Wednesday, May 16, 2012", "RIDGEPORT —" dateline and a "NEXT
    # UP" box. The game was "Tuesday night" 2012-05-15TNI; it lasted "3 hours 52 minutes", one
    # DURATION in the smaller unit, PT232M (gold_blind24); it "started 47 minutes late" (the
    # size of a delay) and ended "at 11:44 p.m." that Tuesday. "last August" 2011-08; "two
    # weeks" P2W; "the past month" P1M; "at 3 p.m. every day since Saturday" -> the hour of a
    # routine XXXX-XX-XXT15:00, the SET P1D and the past Saturday 2012-05-12 (gold_blind66);
    # "on Monday" 2012-05-14; "April 20", "April 14", "May 1" and "late April" 2012; "tonight"
    # (twice) and the box's "Tonight" 2012-05-16TNI with "7:05" and "7:05 p.m." that evening;
    # "the next 10 days" P10D; "missed six weeks last season" -> "six weeks" only; "this
    # month" and "their best May since 2009" 2012-05 and 2009; "down 6 percent from a year ago"
    # 2011 (the unit's granularity); "installed over the winter" -> "the winter" 2012-WI (the
    # winter of 2011-12 takes the year of its January, gold_blind10); "through 2013"; "since
    # 1998". Future: "off Thursday" 2012-05-17, "on Friday" 2012-05-18 (and the box's "8:40
    # p.m." that Friday), "on Memorial Day, May 28" two DATEs in apposition (the last Monday
    # of May 2012, gold_blind36's "the following day, Easter Sunday"). Not annotated: "the
    # 11th inning" and "11th" (headline), "the ninth", "5-4", "4-4", "two-out", "first", "a
    # 3-1 count", ".198", "31 pitches", "31,408", "26", "34", "player of the week", "nine
    # straight save chances", "last season", "Triple-A", "a four-game series", "10 games",
    # "6 percent", "a Mirex 2012 model" (a model number holding the year of the story), "two
    # games behind", "first-place", "4-2, 3.41 ERA", "the series finale", "a 10-game road
    # trip", "a doubleheader", "rain-delayed", "(555) 310-2012", "Channel 8", "1330 AM".
    "ridgeport-herons-eleventh-inning-walk-off": (
        "2012-05-16",
        [
            ("Wednesday, May 16, 2012", "DATE", "2012-05-16"),
            ("3 hours 52 minutes", "DURATION", "PT232M"),
            ("Tuesday night", "TIME", "2012-05-15TNI"),
            ("last August", "DATE", "2011-08"),
            ("47 minutes", "DURATION", "PT47M"),
            ("11:44 p.m.", "TIME", "2012-05-15T23:44"),
            ("two weeks", "DURATION", "P2W"),
            ("the past month", "DURATION", "P1M"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("every day", "SET", "P1D"),
            ("Saturday", "DATE", "2012-05-12"),
            ("Monday", "DATE", "2012-05-14"),
            ("April 20", "DATE", "2012-04-20"),
            ("tonight", "TIME", "2012-05-16TNI"),
            ("the next 10 days", "DURATION", "P10D"),
            ("May 1", "DATE", "2012-05-01"),
            ("six weeks", "DURATION", "P6W"),
            ("late April", "DATE", "2012-04"),
            ("this month", "DATE", "2012-05"),
            ("May", "DATE", "2012-05"),
            ("2009", "DATE", "2009"),
            ("a year ago", "DATE", "2011"),
            ("the winter", "DATE", "2012-WI"),
            ("2013", "DATE", "2013"),
            ("1998", "DATE", "1998"),
            ("April 14", "DATE", "2012-04-14"),
            ("7:05", "TIME", "2012-05-16T19:05"),
            ("tonight", "TIME", "2012-05-16TNI"),
            ("Thursday", "DATE", "2012-05-17"),
            ("Friday", "DATE", "2012-05-18"),
            ("Memorial Day", "DATE", "2012-05-28"),
            ("May 28", "DATE", "2012-05-28"),
            ("Tonight", "TIME", "2012-05-16TNI"),
            ("7:05 p.m.", "TIME", "2012-05-16T19:05"),
            ("Thursday", "DATE", "2012-05-17"),
            ("Friday", "DATE", "2012-05-18"),
            ("8:40 p.m.", "TIME", "2012-05-18T20:40"),
        ],
    ),
    # Saturday 2013-06-22 (ISO week 25), British paper's county cricket day's-play report,
    # competition label, headline, byline "at Kingsfield", date line "Saturday 22 June 2013".
    # A four-day match that began on Wednesday 2013-06-19 ("the opening day"), day two Thursday
    # 2013-06-20, "day three" yesterday, Friday 2013-06-21, and the final day today. "final
    # day" (headline), "day three" and "the opening day" are ordinal days of a match, DURATION
    # P1D (gold_blind24's "the final day", gold_blind66's "the third day" and "the first day");
    # the calendar day is carried by "today", "yesterday" and "Wednesday" beside them.
    # "declared 20 minutes before stumps" -> "20 minutes" (anchored duration); "until 2.10pm
    # yesterday" 2013-06-21T14:10; "a little over three hours" PT3H with the modifier kept;
    # "in 40 minutes" how long a collapse took (gold_blind35); "at 10.30am today, half an hour
    # earlier than usual" a TIME and the size of a shift, PT30M; the forecast's "the morning"
    # 2013-06-22TMO and "after 4pm" 2013-06-22T16:00 (gold_blind24's "the afternoon" of a
    # final-day forecast); "287 in a day" DURATION P1D (how long a task takes); "August
    # 2011"; "the end of June" 2013-06; "Monday 1 July", "Friday 28 June" and "Tuesday night"
    # 2013-06-25TNI ahead; "his debut in April" 2013-04; "ends in September" 2013-09; "for
    # at least two more years" -> "at least two more years" P2Y; "from 9.30am" today. Not
    # annotated: "stumps", "the afternoon session" (a period of play, like "the final session"
    # in gold_blind66 and "the evening sessions" in gold_blind81), "tea", "lunch" (twice), "by
    # the close", "eight overs", "96 overs", "the second new ball", "this season", "Twenty20"
    # (a format holding a number), "287" (twice), "88", "341", "270", "19 without loss",
    # "301", "three down", "19-year-old", "33", "£10", "ashmoorcricket.co.uk/scores/2013",
    # "then" (anaphoric), "Before then", "in poor light".
    "ashmoor-dunsley-championship-day-three": (
        "2013-06-22",
        [
            ("final day", "DURATION", "P1D"),
            ("Saturday 22 June 2013", "DATE", "2013-06-22"),
            ("today", "DATE", "2013-06-22"),
            ("20 minutes", "DURATION", "PT20M"),
            ("day three", "DURATION", "P1D"),
            ("2.10pm", "TIME", "2013-06-21T14:10"),
            ("yesterday", "DATE", "2013-06-21"),
            ("a little over three hours", "DURATION", "PT3H"),
            ("Wednesday", "DATE", "2013-06-19"),
            ("the opening day", "DURATION", "P1D"),
            ("April", "DATE", "2013-04"),
            ("Thursday", "DATE", "2013-06-20"),
            ("40 minutes", "DURATION", "PT40M"),
            ("10.30am", "TIME", "2013-06-22T10:30"),
            ("today", "DATE", "2013-06-22"),
            ("half an hour", "DURATION", "PT30M"),
            ("yesterday", "DATE", "2013-06-21"),
            ("the morning", "TIME", "2013-06-22TMO"),
            ("4pm", "TIME", "2013-06-22T16:00"),
            ("a day", "DURATION", "P1D"),
            ("August 2011", "DATE", "2011-08"),
            ("2009", "DATE", "2009"),
            ("today", "DATE", "2013-06-22"),
            ("the end of June", "DATE", "2013-06"),
            ("Monday 1 July", "DATE", "2013-07-01"),
            ("Tuesday night", "TIME", "2013-06-25TNI"),
            ("Friday 28 June", "DATE", "2013-06-28"),
            ("1998", "DATE", "1998"),
            ("September", "DATE", "2013-09"),
            ("at least two more years", "DURATION", "P2Y"),
            ("today", "DATE", "2013-06-22"),
            ("9.30am", "TIME", "2013-06-22T09:30"),
        ],
    ),
    # Monday 2013-10-07 (ISO week 41), British regional paper's marathon report, headline,
    # byline, date line "Monday 7 October 2013" and a results box. The race was yesterday,
    # Sunday 2013-10-06: "the start at 9am" and "shortly before 11am" ("shortly before" a
    # signal, like "shortly after" in gold_blind24), roads "closed from 6am until 4pm", all
    # that Sunday; "last night" 2013-10-06TNI; "by midday today" 2013-10-07T12:00 and today.
    # Finishing times to the second ("2:08:44", "2:27:16" and the six times of the results
    # box) are not annotated: seconds have no value shape (gold_blind43's "2:04:38"); a time in
    # hours and minutes is one DURATION in the smaller unit, "6 hours 58 minutes" PT418M
    # (gold_blind24). "almost a minute", "less than a minute", "more than six minutes" and "two
    # minutes inside the seven-hour limit" are sizes of gaps, PT1M, PT1M, PT6M, PT2M, and
    # "seven-hour" an adjectival duration; "halfway in a little over 64 minutes" PT64M (how
    # long a stretch took). "a record that had stood for five years" P5Y (2008-2013); "last
    # year" (quote) and "Last year's winner" 2012; "in 2012"; "in March" 2013-03 and "in June"
    # 2013-06 (past), "again in February" 2014-02 (ahead); "for four months" P4M. "trains at
    # 5.30am each day" -> the hour of a habit XXXX-XX-XXT05:30 and the SET P1D; "every autumn
    # since 1994" SET XXXX-FA and 1994. "next year's race, on Sunday 5 October 2014" -> "next
    # year" 2014 and the date; entries "at 10am on 1 November" 2013-11-01. Not annotated:
    # "2:08:44" (twice), "2:27:16" (twice), "2:09:31", "2:11:02", "2:33:40", "2:35:05", "the
    # last 10 miles", "about 16 miles", "halfway", "30mph", "third", "This time" (an occasion,
    # gold_blind5, gold_blind12), "her first attempt", "27-year-old", "34", "81-year-old",
    # "9,412", "9,108", "43 runners", "kelsboroughmarathon.co.uk", "Kelsborough AC", "the
    # defending champion".
    "kelsborough-marathon-course-record": (
        "2013-10-07",
        [
            ("Monday 7 October 2013", "DATE", "2013-10-07"),
            ("yesterday", "DATE", "2013-10-06"),
            ("almost a minute", "DURATION", "PT1M"),
            ("2008", "DATE", "2008"),
            ("five years", "DURATION", "P5Y"),
            ("a little over 64 minutes", "DURATION", "PT64M"),
            ("last year", "DATE", "2012"),
            ("2012", "DATE", "2012"),
            ("March", "DATE", "2013-03"),
            ("four months", "DURATION", "P4M"),
            ("February", "DATE", "2014-02"),
            ("9am", "TIME", "2013-10-06T09:00"),
            ("11am", "TIME", "2013-10-06T11:00"),
            ("Last year", "DATE", "2012"),
            ("less than a minute", "DURATION", "PT1M"),
            ("more than six minutes", "DURATION", "PT6M"),
            ("5.30am", "TIME", "XXXX-XX-XXT05:30"),
            ("each day", "SET", "P1D"),
            ("June", "DATE", "2013-06"),
            ("6 hours 58 minutes", "DURATION", "PT418M"),
            ("two minutes", "DURATION", "PT2M"),
            ("seven-hour", "DURATION", "PT7H"),
            ("1982", "DATE", "1982"),
            ("every autumn", "SET", "XXXX-FA"),
            ("1994", "DATE", "1994"),
            ("6am", "TIME", "2013-10-06T06:00"),
            ("4pm", "TIME", "2013-10-06T16:00"),
            ("last night", "TIME", "2013-10-06TNI"),
            ("midday", "TIME", "2013-10-07T12:00"),
            ("today", "DATE", "2013-10-07"),
            ("next year", "DATE", "2014"),
            ("Sunday 5 October 2014", "DATE", "2014-10-05"),
            ("10am", "TIME", "2013-11-01T10:00"),
            ("1 November", "DATE", "2013-11-01"),
        ],
    ),
    # Tuesday 2015-01-27 (ISO week 5), Australian paper's website tennis report, headline,
    # stamp "January 27, 2015 - 1:12AM" (a DATE and a TIME), byline. The fourth-round match
    # was played on Monday 2015-01-26, Australia Day (the public holiday, a DATE), from
    # "8.21pm" to "12.19am", the clock time after midnight taking the new day, 2015-01-27T00:19
    # (gold_blind24, gold_blind75); "last night" and Kovac's quoted "Tonight", spoken just
    # after midnight, are both the night that began on Monday evening, 2015-01-26TNI (a night
    # takes the date of the evening it begins on, gold_blind75). "3 hours 58 minutes" PT238M
    # and "5 hours 3 minutes" PT303M (gold_blind24); headline "four-hour" and "four hours"
    # PT4H. "the longest women's match of the fortnight" -> "the fortnight" DURATION P2W, the
    # two-week period of the event (see README). "the first week" of the event P1W
    # (gold_blind35); "the past decade" P10Y (the period of a superlative). "moved it from
    # the afternoon" 2015-01-26TAF and "at 3pm" that Monday; "11 minutes" the size of a delay.
    # "in October" and "Three months ago" 2014-10 (the month's granularity); "in December"
    # 2014-12; "since April" 2014-04; "2008", "2010", "the 2012 final", "February 2013", "the
    # 2013 men's final". Future: "Wednesday night" 2015-01-28TNI with "not before 7pm" -> "7pm"
    # (gold_blind12); "next Monday" 2015-02-02 (the coming Monday, gold_blind18); "two weeks"
    # P2W; "mid-February" 2015-02; "the championships end on Sunday" 2015-02-01. Past: "sold
    # out within an hour on Sunday" 2015-01-25 (the same weekday in both directions), "said
    # yesterday" 2015-01-26 (the stamp's day is Tuesday). Not annotated: "6-4, 3-6, 7-6
    # (10-8)", "5-4", "five match points", "four match points", "the final set", "the second
    # set", "three-setters", "her first three rounds", "the fourth-round match", "the
    # quarter-finals" (twice), "No. 9", "No. 31", "14,800", "22", "27", "41 degrees", "a Talon
    # 98 racket" (a model number), "the heat policy", "Tennis writer".
    "carrington-open-kovac-harlow-fourth-round": (
        "2015-01-27",
        [
            ("four-hour", "DURATION", "PT4H"),
            ("January 27, 2015", "DATE", "2015-01-27"),
            ("1:12AM", "TIME", "2015-01-27T01:12"),
            ("3 hours 58 minutes", "DURATION", "PT238M"),
            ("last night", "TIME", "2015-01-26TNI"),
            ("the fortnight", "DURATION", "P2W"),
            ("Australia Day", "DATE", "2015-01-26"),
            ("2008", "DATE", "2008"),
            ("8.21pm", "TIME", "2015-01-26T20:21"),
            ("12.19am", "TIME", "2015-01-27T00:19"),
            ("the afternoon", "TIME", "2015-01-26TAF"),
            ("3pm", "TIME", "2015-01-26T15:00"),
            ("11 minutes", "DURATION", "PT11M"),
            ("more than nine hours", "DURATION", "PT9H"),
            ("the first week", "DURATION", "P1W"),
            ("October", "DATE", "2014-10"),
            ("Three months ago", "DATE", "2014-10"),
            ("Tonight", "TIME", "2015-01-26TNI"),
            ("four hours", "DURATION", "PT4H"),
            ("December", "DATE", "2014-12"),
            ("Wednesday night", "TIME", "2015-01-28TNI"),
            ("7pm", "TIME", "2015-01-28T19:00"),
            ("2012", "DATE", "2012"),
            ("February 2013", "DATE", "2013-02"),
            ("the past decade", "DURATION", "P10Y"),
            ("2013", "DATE", "2013"),
            ("5 hours 3 minutes", "DURATION", "PT303M"),
            ("2010", "DATE", "2010"),
            ("April", "DATE", "2014-04"),
            ("next Monday", "DATE", "2015-02-02"),
            ("two weeks", "DURATION", "P2W"),
            ("mid-February", "DATE", "2015-02"),
            ("an hour", "DURATION", "PT1H"),
            ("Sunday", "DATE", "2015-01-25"),
            ("yesterday", "DATE", "2015-01-26"),
            ("Sunday", "DATE", "2015-02-01"),
        ],
    ),
    # Thursday 2015-06-11 (ISO week 24), British paper's rugby tour preview, headline, byline
    # "Rugby Correspondent", date line "Thursday 11 June 2015". The squad flies "tomorrow",
    # Friday 2015-06-12, and lands "at 2.15pm on Friday their time, which is 10.15pm at home"
    # (Vancouver is on PDT, UTC-7, eight hours behind BST): two TIMEs on 2015-06-12 and the
    # DATE. Kick-off times in two zones, each on its own day (gold_blind28, gold_blind66):
    # Saturday 2015-06-13 "7pm local time" is "3am BST on Sunday" 2015-06-14T03:00; Friday 19
    # June "a 7.30pm local time kick-off" (Toronto on EDT, five hours behind BST) -> "7.30pm
    # local time" alone (gold_blind24's "a 3pm kick-off") and "12.30am BST on Saturday 20 June"
    # 2015-06-20T00:30 with its date; the recording "at 10am BST on Sunday" 2015-06-14. "train
    # at 6am local time each day for the first three days" -> the hour of a routine
    # XXXX-XX-XXT06:00, the SET P1D and the ordinal period of the tour P3D (gold_blind66).
    # "the next four years" P4Y; "almost 10 hours" PT10H; "four-year" and "three-week"
    # adjectival DURATIONs; "in April" 2015-04, "last month" 2015-05, "on 23 May" 2015-05-23
    # (past); "until October" 2015-10 (ahead); "the 2015-16 season" -> "2015" and the bare
    # "16" 2016, "season" left out (gold_blind43, gold_blind91), its opening "Saturday 5
    # September" 2015-09-05; "a year ago" 2014; "For 80 minutes on Saturday" PT80M and
    # 2015-06-13; "twice a day" SET P1D; "this week" 2015-W24; "the summer of 2011" 2011-SU;
    # "Founded in 1906". Not annotated: "eight uncapped players", "a 30-man squad", "a
    # two-match tour", "The first match", "The second", "the semi-final", "a first-team
    # game", "29", "C$25", "tamsfordrugby.co.uk/tour2015", "0330 555 1906" (a phone number
    # holding 1906, after the annotated "1906"), "The time difference", "at home" (a place).
    "tamsford-canada-tour-preview": (
        "2015-06-11",
        [
            ("Thursday 11 June 2015", "DATE", "2015-06-11"),
            ("tomorrow", "DATE", "2015-06-12"),
            ("the next four years", "DURATION", "P4Y"),
            ("Saturday", "DATE", "2015-06-13"),
            ("7pm local time", "TIME", "2015-06-13T19:00"),
            ("3am BST", "TIME", "2015-06-14T03:00"),
            ("Sunday", "DATE", "2015-06-14"),
            ("Friday 19 June", "DATE", "2015-06-19"),
            ("7.30pm local time", "TIME", "2015-06-19T19:30"),
            ("12.30am BST", "TIME", "2015-06-20T00:30"),
            ("Saturday 20 June", "DATE", "2015-06-20"),
            ("10am BST", "TIME", "2015-06-14T10:00"),
            ("Sunday", "DATE", "2015-06-14"),
            ("6am local time", "TIME", "XXXX-XX-XXT06:00"),
            ("each day", "SET", "P1D"),
            ("the first three days", "DURATION", "P3D"),
            ("2.15pm", "TIME", "2015-06-12T14:15"),
            ("Friday", "DATE", "2015-06-12"),
            ("10.15pm", "TIME", "2015-06-12T22:15"),
            ("almost 10 hours", "DURATION", "PT10H"),
            ("four-year", "DURATION", "P4Y"),
            ("April", "DATE", "2015-04"),
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("Saturday 5 September", "DATE", "2015-09-05"),
            ("a year ago", "DATE", "2014"),
            ("80 minutes", "DURATION", "PT80M"),
            ("Saturday", "DATE", "2015-06-13"),
            ("twice a day", "SET", "P1D"),
            ("this week", "DATE", "2015-W24"),
            ("last month", "DATE", "2015-05"),
            ("October", "DATE", "2015-10"),
            ("three-week", "DURATION", "P3W"),
            ("23 May", "DATE", "2015-05-23"),
            ("the summer of 2011", "DATE", "2011-SU"),
            ("1906", "DATE", "1906"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
