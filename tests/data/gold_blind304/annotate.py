"""Annotations of blind gold set 304, chosen by hand before the tagger ran.

    python tests/data/gold_blind304/annotate.py [--show]

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
    # Tuesday 2012-07-03 (ISO week 27), Irish daily's arts page, headline, standfirst, byline,
    # date line "Tuesday 3 July 2012". "last night" is Monday 2012-07-02TNI (the launch).
    # Future weekdays: public booking "on Monday" (headline and body) 2012-07-09 with "10am"
    # that day; friends' booking "from 9am on Friday" 2012-07-06. The festival runs "from
    # Thursday 23 August to Sunday 26 August"; "the Saturday" and "the Sunday" are the
    # festival's own days, 2012-08-25 and 2012-08-26 (definite days of an event whose dates the
    # text gives, like "at 2pm on the Saturday" in gold_blind76), not the nearest Saturday
    # and Sunday to the paper. The box office "from 10am to 5pm, Monday to Saturday, from 16
    # July": the hours XXXX-XX-XXT10:00 and T17:00, the ends of the weekday range SETs
    # XXXX-WXX-1 and XXXX-WXX-6 (gold_blind76's "Tue-Sun"), "16 July" 2012-07-16. "nightly"
    # SET XXXX-XX-XXTNI (gold_blind62); the walk "each morning at 10.30am" SET XXXX-XX-XXTMO
    # and TIME XXXX-XX-XXT10:30; the strand "each night at 10.30pm" SET XXXX-XX-XXTNI and
    # XXXX-XX-XXT22:30 (recurring within the festival, gold_blind27's "daily at 13:00").
    # "Four-day" and "four-day" P4D; "the past decade" P10Y (gold_blind35); "last year" 2011;
    # "This year" and "New this year" 2012; "the winter of 1965" 1965-WI, a winter taking the
    # year of its January (gold_blind62's "the winter of 1809"); "Nuala Dolan's 1966 novel"
    # DATE 1966 (adjectival year); "every two years" SET P2Y and "since 2001" 2001; "three
    # years ago" 2009 (the unit's granularity); "The 2013 dates" -> "2013"; "in January"
    # 2013-01 (ahead). Not annotated: "late-night strand" (twice, an adjective naming a kind),
    # "The 24th Kilmoran Literature Festival" (an ordinal edition, gold_blind31), "the
    # centenary" (an ordinal anniversary), "Summer's End" (a novel's title), "Early-bird",
    # "the end of the festival" and "the closing event" (event-named), "the school term",
    # "a first collection", "81" (age), "over-65s", "€12", "€8", "€85", "€110", "140
    # events", "11 venues", "31,000 tickets", "kilmoranfestival.ie", "091 555 1989" (ends in 1989,
    # after the annotated "founded in 1989").
    "kilmoran-literature-festival-booking": (
        "2012-07-03",
        [
            ("Monday", "DATE", "2012-07-09"),
            ("Four-day", "DURATION", "P4D"),
            ("August", "DATE", "2012-08"),
            ("Tuesday 3 July 2012", "DATE", "2012-07-03"),
            ("Thursday 23 August", "DATE", "2012-08-23"),
            ("Sunday 26 August", "DATE", "2012-08-26"),
            ("last night", "TIME", "2012-07-02TNI"),
            ("1966", "DATE", "1966"),
            ("four-day", "DURATION", "P4D"),
            ("1989", "DATE", "1989"),
            ("the past decade", "DURATION", "P10Y"),
            ("last year", "DATE", "2011"),
            ("This year", "DATE", "2012"),
            ("10am", "TIME", "2012-07-09T10:00"),
            ("Monday", "DATE", "2012-07-09"),
            ("9am", "TIME", "2012-07-06T09:00"),
            ("Friday", "DATE", "2012-07-06"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Saturday", "SET", "XXXX-WXX-6"),
            ("16 July", "DATE", "2012-07-16"),
            ("31 July", "DATE", "2012-07-31"),
            ("8pm", "TIME", "2012-08-23T20:00"),
            ("Thursday 23 August", "DATE", "2012-08-23"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("the Saturday", "DATE", "2012-08-25"),
            ("the winter of 1965", "DATE", "1965-WI"),
            ("2004", "DATE", "2004"),
            ("9 May 1912", "DATE", "1912-05-09"),
            ("3pm", "TIME", "2012-08-25T15:00"),
            ("Saturday 25 August", "DATE", "2012-08-25"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("10.30am", "TIME", "XXXX-XX-XXT10:30"),
            ("this year", "DATE", "2012"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("10.30pm", "TIME", "XXXX-XX-XXT22:30"),
            ("every two years", "SET", "P2Y"),
            ("2001", "DATE", "2001"),
            ("6pm", "TIME", "2012-08-26T18:00"),
            ("the Sunday", "DATE", "2012-08-26"),
            ("three years ago", "DATE", "2009"),
            ("2013", "DATE", "2013"),
            ("January", "DATE", "2013-01"),
        ],
    ),
    # Monday 2013-10-14 (ISO week 42), British regional daily's business page, section label,
    # headline, standfirst, byline, date line "Monday 14 October 2013", OPENING HOURS box.
    # "tomorrow" (standfirst, lead, keynote) is Tuesday 2013-10-15; the show "runs from Tuesday
    # to Thursday" 2013-10-15 and 2013-10-17, two DATEs for the ends of the range. Past:
    # "said on Friday" 2013-10-11, "since Saturday" 2013-10-12. Future: "Wednesday evening"
    # 2013-10-16TEV; breakdown "at 4pm on Thursday" 2013-10-17T16:00 and the DATE; "by noon
    # the next day" -> "noon" 2013-10-18T12:00 and "the next day" 2013-10-18 (anchored on the
    # Thursday just named, gold_blind32). "until 5pm today" 2013-10-14T17:00 and "today". The
    # conference "starts at 10am each day" -> TIME XXXX-XX-XXT10:00 and SET "each day" P1D (a
    # daily hour within the show, gold_blind66). The box gives each day as one DATE span with
    # its weekday and its hours as TIMEs on that day; the hyphen is a range mark. "next year"
    # (standfirst, body) 2014; the standfirst's "June" 2014-06; "10-12 June 2014" -> "10"
    # 2014-06-10 and "12 June 2014" (a bare day in a range its own DATE, gold_blind76).
    # "three-day" P3D; "18-month" P18M; "the 2012 show" -> "2012"; "last year" 2012; "For two
    # years" P2Y; "This autumn" 2013-FA; "recent years" PAST_REF; "now" PRESENT_REF;
    # "annually" SET P1Y and "since 1994" (lead and body) 1994. Not annotated: "PackTech
    # Midlands 2013" (an event name holding the year, like "Kickoff 2015" in gold_blind66),
    # "the 20th edition" (gold_blind31), "a fourth, trade-only day", "the centre's autumn
    # calendar" (an adjectival season naming a kind), "late opening", "Hall 4", "Halls 4 and
    # 5", "Hall 5", "stand 4C19", "610 exhibitors", "11,400", "9,800", "£41m", "£25", "58"
    # (age), "two staff", "six", "6%", "packtechmidlands.co.uk/2013", "01632 555 1994" (ends
    # in 1994, beside the annotated "since 1994"). The shuttle "every 15 minutes" is SET PT15M.
    "coldmere-packtech-show-preview": (
        "2013-10-14",
        [
            ("three-day", "DURATION", "P3D"),
            ("tomorrow", "DATE", "2013-10-15"),
            ("next year", "DATE", "2014"),
            ("June", "DATE", "2014-06"),
            ("Monday 14 October 2013", "DATE", "2013-10-14"),
            ("tomorrow", "DATE", "2013-10-15"),
            ("1994", "DATE", "1994"),
            ("Tuesday", "DATE", "2013-10-15"),
            ("Thursday", "DATE", "2013-10-17"),
            ("Friday", "DATE", "2013-10-11"),
            ("2012", "DATE", "2012"),
            ("Saturday", "DATE", "2013-10-12"),
            ("July", "DATE", "2013-07"),
            ("18-month", "DURATION", "P18M"),
            ("last year", "DATE", "2012"),
            ("two years", "DURATION", "P2Y"),
            ("This autumn", "DATE", "2013-FA"),
            ("5pm", "TIME", "2013-10-14T17:00"),
            ("today", "DATE", "2013-10-14"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("each day", "SET", "P1D"),
            ("11.15am", "TIME", "2013-10-15T11:15"),
            ("tomorrow", "DATE", "2013-10-15"),
            ("Wednesday evening", "TIME", "2013-10-16TEV"),
            ("recent years", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("annually", "SET", "P1Y"),
            ("1994", "DATE", "1994"),
            ("next year", "DATE", "2014"),
            ("10", "DATE", "2014-06-10"),
            ("12 June 2014", "DATE", "2014-06-12"),
            ("4pm", "TIME", "2013-10-17T16:00"),
            ("Thursday", "DATE", "2013-10-17"),
            ("noon", "TIME", "2013-10-18T12:00"),
            ("the next day", "DATE", "2013-10-18"),
            ("Tuesday 15 October", "DATE", "2013-10-15"),
            ("9.30am", "TIME", "2013-10-15T09:30"),
            ("6pm", "TIME", "2013-10-15T18:00"),
            ("Wednesday 16 October", "DATE", "2013-10-16"),
            ("9.30am", "TIME", "2013-10-16T09:30"),
            ("7.30pm", "TIME", "2013-10-16T19:30"),
            ("Thursday 17 October", "DATE", "2013-10-17"),
            ("9.30am", "TIME", "2013-10-17T09:30"),
            ("4pm", "TIME", "2013-10-17T16:00"),
            ("every 15 minutes", "SET", "PT15M"),
        ],
    ),
    # Wednesday 2014-06-04 (ISO week 23), US tech site, headline, standfirst, byline, stamp
    # "June 4, 2014 8:12 AM PDT" (DATE and TIME, the zone in the span), "SAN FRANCISCO --"
    # dateline. The conference runs "June 10-12" ("June 10" and the bare "12") and "Tuesday
    # through Thursday", 2014-06-10 and 2014-06-12. The keynote "at 9 a.m. PT (noon ET, 5
    # p.m. BST) next Tuesday": three TIMEs of one moment in three zones, each on 2014-06-10
    # (gold_blind27, gold_blind66), and "next Tuesday" 2014-06-10; the headline's "9 a.m. PT
    # Tuesday" the same. "the company said Tuesday" is past, 2014-06-03 (the same weekday in
    # both directions). The replay "at 8 p.m. PT Tuesday, which is 11 a.m. Wednesday in
    # Singapore and noon in Tokyo": "8 p.m. PT" 2014-06-10T20:00 and "Tuesday"; "11 a.m."
    # 2014-06-11T11:00 and "Wednesday" 2014-06-11, the day the conversion gives (not the
    # Wednesday of publication, see README); "noon" 2014-06-11T12:00 (Tokyo, an hour ahead of
    # Singapore). "the same evening" (standfirst) and "that evening" are the keynote day's
    # evening, 2014-06-10TEV. Breakouts "every 30 minutes from 10:30 a.m. to 5 p.m. PT each
    # day": SET PT30M, TIMEs XXXX-XX-XXT10:30 and T17:00, SET P1D. The hackathon "begins at 8
    # p.m. Monday" 2014-06-09T20:00 and 2014-06-09, "12-hour" PT12H, winners named "the next
    # day" 2014-06-10. "On the final day, Thursday" -> "the final day" DURATION P1D (an ordinal
    # day of an event, gold_blind66's "the fifth day, Tuesday") and "Thursday" 2014-06-12;
    # "3 p.m. PT" that day. Corvid's fiscal year is described: "fiscal 2015 began on Feb. 1"
    # (2014) -> FY2015 (named by the year it ends, gold_blind8, gold_blind9) and 2014-02-01;
    # "the first quarter of fiscal 2015, which ended April 30" FY2015-Q1 and 2014-04-30;
    # "tomorrow" 2014-06-05. "May 20", "March 31" past; "within 48 hours" PT48H; "each year"
    # SET P1Y and "since 2010"; "last year's conference" -> "last year" 2013; "last month"
    # 2014-05; "every six months" SET P6M; "from now on" -> "now" PRESENT_REF. Not annotated:
    # "CorvidCon 2014" and "Kestrel 2014" (names holding the year), "Corvid 7" (a version),
    # "#CorvidCon14" (a hashtag), "1-888-555-2014" (ends in 2014), "quarterly results" (an
    # adjective naming the period of a figure, like "its usual monthly total" in
    # gold_blind103), "early-bird", "the end of the keynote" (event-named), "on demand",
    # "afterward", "Halls B and D", "5,000", "3,100", "$1,595", "$1,195".
    "corvidcon-keynote-time-zones": (
        "2014-06-04",
        [
            ("9 a.m. PT", "TIME", "2014-06-10T09:00"),
            ("Tuesday", "DATE", "2014-06-10"),
            ("June 10", "DATE", "2014-06-10"),
            ("12", "DATE", "2014-06-12"),
            ("the same evening", "TIME", "2014-06-10TEV"),
            ("June 4, 2014", "DATE", "2014-06-04"),
            ("8:12 AM PDT", "TIME", "2014-06-04T08:12"),
            ("9 a.m. PT", "TIME", "2014-06-10T09:00"),
            ("noon ET", "TIME", "2014-06-10T12:00"),
            ("5 p.m. BST", "TIME", "2014-06-10T17:00"),
            ("next Tuesday", "DATE", "2014-06-10"),
            ("Tuesday", "DATE", "2014-06-03"),
            ("Tuesday", "DATE", "2014-06-10"),
            ("Thursday", "DATE", "2014-06-12"),
            ("last year", "DATE", "2013"),
            ("8 p.m. PT", "TIME", "2014-06-10T20:00"),
            ("Tuesday", "DATE", "2014-06-10"),
            ("11 a.m.", "TIME", "2014-06-11T11:00"),
            ("Wednesday", "DATE", "2014-06-11"),
            ("noon", "TIME", "2014-06-11T12:00"),
            ("that evening", "TIME", "2014-06-10TEV"),
            ("every 30 minutes", "SET", "PT30M"),
            ("10:30 a.m.", "TIME", "XXXX-XX-XXT10:30"),
            ("5 p.m. PT", "TIME", "XXXX-XX-XXT17:00"),
            ("each day", "SET", "P1D"),
            ("12-hour", "DURATION", "PT12H"),
            ("8 p.m.", "TIME", "2014-06-09T20:00"),
            ("Monday", "DATE", "2014-06-09"),
            ("the next day", "DATE", "2014-06-10"),
            ("the final day", "DURATION", "P1D"),
            ("Thursday", "DATE", "2014-06-12"),
            ("3 p.m. PT", "TIME", "2014-06-12T15:00"),
            ("May 20", "DATE", "2014-05-20"),
            ("March 31", "DATE", "2014-03-31"),
            ("48 hours", "DURATION", "PT48H"),
            ("each year", "SET", "P1Y"),
            ("2010", "DATE", "2010"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("Feb. 1", "DATE", "2014-02-01"),
            ("the first quarter of fiscal 2015", "DATE", "FY2015-Q1"),
            ("April 30", "DATE", "2014-04-30"),
            ("tomorrow", "DATE", "2014-06-05"),
            ("last month", "DATE", "2014-05"),
            ("every six months", "SET", "P6M"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Friday 2014-10-10 (ISO week 41), Canadian paper's website weekend listing, kicker,
    # headline, stamp "Published on: October 10, 2014 | Last Updated: October 10, 2014 6:00 AM
    # EDT" (two DATEs and a TIME), byline, day headings. Canadian Thanksgiving is the second
    # Monday of October, 2014-10-13: "this Thanksgiving weekend" (headline) and "The long
    # weekend" take the ISO week of the Saturday, 2014-W41-WE (gold_blind103's "Family Day
    # weekend"); the heading "Monday, Oct. 13 (Thanksgiving)" gives two DATEs. The headings
    # are one DATE span each with their weekday; items under a heading take its day for their
    # clock times ("tonight at 7:30 p.m." 2014-10-10TNI and T19:30; the concert "at 8 p.m."
    # 2014-10-11T20:00; the walk "from dusk, about 6:45 p.m., until 10 p.m." on Sunday
    # 2014-10-12, "dusk" TEV as in gold_blind76; the trot "at 9 a.m." 2014-10-13T09:00).
    # The fair "opened Thursday" (past, 2014-10-09) and "runs through Monday" 2014-10-13; its
    # hours "9 a.m. to 9 p.m. daily" XXXX-XX-XXT09:00, T21:00 and SET P1D. The market "Every
    # Saturday from 8 a.m. to 1 p.m." SET XXXX-WXX-6 and two recurring TIMEs; "until the end
    # of October" 2014-10 (gold_blind35's "the end of the month"); "for the winter" 2015-WI
    # (the coming winter, gold_blind76). "its 2014-15 season" -> "2014" and "15" 2015 (a
    # concert season split like gold_blind76's ski season). "every fall" SET XXXX-FA, "since
    # 1998"; "Thursdays to Sundays" two SETs; "until Halloween" 2014-10-31. "closed Monday"
    # and "Monday's garbage" 2014-10-13, "picked up Tuesday" 2014-10-14. "Next weekend"
    # 2014-W42-WE with "Saturday, Oct. 18" and its hours; "went on sale Wednesday" (past)
    # 2014-10-08; "within two days" P2D; "Nov. 2" (the clock change) 2014-11-02; "the 1939
    # classic" -> "1939". Not annotated: "Harvest Moon" (a film's title), "Holiday hours",
    # "day by day", "a Sunday schedule" (a weekday naming a kind of service, gold_blind76),
    # "the midway", "The 142nd fair", "the fifth Ravensport Beer Fest" (ordinal editions),
    # "5K", "Route 7", "6C", "ages 6 to 12", "the first 640 runners", "About 1,200", "$12",
    # "$6", "$25-$48", "$30", "613-555-1867" (a phone number holding 1867).
    "ravensport-thanksgiving-weekend-picks": (
        "2014-10-10",
        [
            ("this Thanksgiving weekend", "DATE", "2014-W41-WE"),
            ("October 10, 2014", "DATE", "2014-10-10"),
            ("October 10, 2014", "DATE", "2014-10-10"),
            ("6:00 AM EDT", "TIME", "2014-10-10T06:00"),
            ("The long weekend", "DATE", "2014-W41-WE"),
            ("Nov. 2", "DATE", "2014-11-02"),
            ("Friday, Oct. 10", "DATE", "2014-10-10"),
            ("1939", "DATE", "1939"),
            ("tonight", "TIME", "2014-10-10TNI"),
            ("7:30 p.m.", "TIME", "2014-10-10T19:30"),
            ("Saturday, Oct. 11", "DATE", "2014-10-11"),
            ("Thursday", "DATE", "2014-10-09"),
            ("Monday", "DATE", "2014-10-13"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("daily", "SET", "P1D"),
            ("Every Saturday", "SET", "XXXX-WXX-6"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
            ("the end of October", "DATE", "2014-10"),
            ("the winter", "DATE", "2015-WI"),
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("8 p.m.", "TIME", "2014-10-11T20:00"),
            ("Sunday, Oct. 12", "DATE", "2014-10-12"),
            ("dusk", "TIME", "2014-10-12TEV"),
            ("about 6:45 p.m.", "TIME", "2014-10-12T18:45"),
            ("10 p.m.", "TIME", "2014-10-12T22:00"),
            ("every fall", "SET", "XXXX-FA"),
            ("1998", "DATE", "1998"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Halloween", "DATE", "2014-10-31"),
            ("Monday, Oct. 13", "DATE", "2014-10-13"),
            ("Thanksgiving", "DATE", "2014-10-13"),
            ("9 a.m.", "TIME", "2014-10-13T09:00"),
            ("Monday", "DATE", "2014-10-13"),
            ("Monday", "DATE", "2014-10-13"),
            ("Tuesday", "DATE", "2014-10-14"),
            ("Next weekend", "DATE", "2014-W42-WE"),
            ("Saturday, Oct. 18", "DATE", "2014-10-18"),
            ("noon", "TIME", "2014-10-18T12:00"),
            ("6 p.m.", "TIME", "2014-10-18T18:00"),
            ("Wednesday", "DATE", "2014-10-08"),
            ("two days", "DURATION", "P2D"),
        ],
    ),
    # Saturday 2015-05-16 (ISO week 20), Australian paper's website fashion section, label,
    # headline, stamp "May 16, 2015 - 12:15AM" (DATE and TIME), byline. "tomorrow" (headline
    # and lead) is Sunday 2015-05-17, the opening "at 6pm". Future weekdays: "From Monday to
    # Wednesday" 2015-05-18 and 2015-05-20 (two DATEs), "on Thursday" and "Thursday's finale"
    # 2015-05-21, "Monday's highlight" 2015-05-18, "On Tuesday" 2015-05-19, "On Wednesday
    # evening" 2015-05-20TEV, tickets "from 9am on Monday" 2015-05-18T09:00. Past: the
    # schedule "released on Wednesday" 2015-05-13 (the same weekday in both directions), next
    # year's dates "confirmed on Thursday" 2015-05-14. "shows start at 9am each day and run
    # every hour until 8pm": TIMEs XXXX-XX-XXT09:00 and T20:00 (daily hours within the event,
    # gold_blind66), SETs "each day" P1D and "every hour" PT1H. Australian Mother's Day is the
    # second Sunday of May, 2015-05-10: "on Mother's Day, last Sunday" gives two DATEs (like
    # "Monday is Family Day", gold_blind103). "last night" in a Saturday paper is Friday
    # 2015-05-15TNI (gold_blind35). "a wet autumn" -> "autumn" 2015-FA, the southern autumn
    # of the year it falls in (gold_blind103's southern "winter"). "Saturday 23 and Sunday 24
    # May" -> "Saturday 23" 2015-05-23 (its month from the date after it, gold_blind76) and
    # "Sunday 24 May" 2015-05-24; "15 to 19 May 2016" -> "15" 2016-05-15 and "19 May 2016".
    # "over five days" P5D; "eight months" P8M; "this year" (twice) 2015; "Last year" 2014;
    # "Next year" 2016; "annually" SET P1Y and "since 1996"; "since 2009"; "in March" 2015-03;
    # "now" (twice) PRESENT_REF. Not annotated: "Harbourside Fashion Week" (twice) and "Fashion
    # Weekend" (event names holding time words), "its 25th anniversary", "its 20th", "this
    # time" (anaphoric to the event), "both days", "its May slot" (an adjectival month naming
    # a kind), "spring-summer collection" (a season naming a kind of collection), "Look 34",
    # "42-look", "Shed 14", "54 runway shows", "31" (age), "2,300", "2,600", "$45", "$110",
    # "the closing party", "the last show", "The finale", "harboursidefashionweek.com.au/2015".
    "harbourside-fashion-week-schedule": (
        "2015-05-16",
        [
            ("tomorrow", "DATE", "2015-05-17"),
            ("Thursday", "DATE", "2015-05-21"),
            ("May 16, 2015", "DATE", "2015-05-16"),
            ("12:15AM", "TIME", "2015-05-16T00:15"),
            ("tomorrow", "DATE", "2015-05-17"),
            ("6pm", "TIME", "2015-05-17T18:00"),
            ("five days", "DURATION", "P5D"),
            ("Wednesday", "DATE", "2015-05-13"),
            ("Monday", "DATE", "2015-05-18"),
            ("Wednesday", "DATE", "2015-05-20"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("each day", "SET", "P1D"),
            ("every hour", "SET", "PT1H"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("Thursday", "DATE", "2015-05-21"),
            ("7pm", "TIME", "2015-05-21T19:00"),
            ("Mother's Day", "DATE", "2015-05-10"),
            ("last Sunday", "DATE", "2015-05-10"),
            ("eight months", "DURATION", "P8M"),
            ("last night", "TIME", "2015-05-15TNI"),
            ("Monday", "DATE", "2015-05-18"),
            ("11am", "TIME", "2015-05-18T11:00"),
            ("Tuesday", "DATE", "2015-05-19"),
            ("1pm", "TIME", "2015-05-19T13:00"),
            ("2009", "DATE", "2009"),
            ("March", "DATE", "2015-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("Wednesday evening", "TIME", "2015-05-20TEV"),
            ("6.30pm", "TIME", "2015-05-20T18:30"),
            ("8pm", "TIME", "2015-05-20T20:00"),
            ("this year", "DATE", "2015"),
            ("annually", "SET", "P1Y"),
            ("1996", "DATE", "1996"),
            ("this year", "DATE", "2015"),
            ("Last year", "DATE", "2014"),
            ("autumn", "DATE", "2015-FA"),
            ("now", "DATE", "PRESENT_REF"),
            ("Saturday 23", "DATE", "2015-05-23"),
            ("Sunday 24 May", "DATE", "2015-05-24"),
            ("9am", "TIME", "2015-05-18T09:00"),
            ("Monday", "DATE", "2015-05-18"),
            ("Next year", "DATE", "2016"),
            ("15", "DATE", "2016-05-15"),
            ("19 May 2016", "DATE", "2016-05-19"),
            ("Thursday", "DATE", "2015-05-14"),
        ],
    ),
    # Thursday 2015-11-12 (ISO week 46), Reuters-style wire as its website showed it: headline
    # ("to February from next year"), stamp "Thu Nov 12, 2015 9:41am EST" (one DATE span with
    # its abbreviated weekday, and a TIME), bullets, update line, byline, "MUNICH, Nov 12
    # (Reuters) -" dateline (a DATE, gold_blind66). "said on Thursday" is the wire's own day.
    # "February" (headline, lead) 2016-02 and "next year" 2016; "the February fair" -> the
    # adjectival month 2016-02, a particular fair. "The 2016 fair will run from Feb. 24 to 27"
    # -> "2016", "Feb. 24" 2016-02-24 and the bare "27" 2016-02-27 (a Wednesday to a
    # Saturday); "the Friday" of that fair 2016-02-26 with "8 p.m." that day (a definite day
    # of an event whose dates the text gives, gold_blind76). The daily hours "from 9 a.m. to
    # 6 p.m. daily" XXXX-XX-XXT09:00, T18:00 and SET P1D. "at 11 a.m. local time (1000 GMT)":
    # two TIMEs of one moment on 2015-11-12 (Munich on CET, an hour ahead of GMT), the zone
    # words in the spans. "This year's edition, held July 15-18" -> "This year" 2015, "July
    # 15" and "18"; "flat on 2014"; "for years" -> "years" PXY; "since at least 2011" -> "at
    # least 2011" (the modifier kept, gold_blind35's "at least March"); "now" PRESENT_REF;
    # "every year" SET P1Y; "on Wednesday evening" 2015-11-11TEV; "about four hours" PT4H;
    # "every two years" SET P2Y and "since 2004"; "in 2016, Sept. 7-10" -> "2016", "Sept. 7"
    # 2016-09-07, "10" 2016-09-10; "on Monday" 2015-11-16; "until Dec. 31" 2015-12-31; "Jan.
    # 11" 2016-01-11 (ahead, across the year boundary); "about six weeks before the doors
    # open" P6W (an anchored duration); "in 1993". IsarMesse's fiscal year is described as
    # ending on 30 September: "the 2014/15 fiscal year, which ended on Sept. 30" one DATE span
    # FY2015 (a fiscal year written with two years, named by the year it ends, like "the
    # 2016/17 financial year" in gold_blind21) and 2015-09-30; the bullet's bare "2014/15" is
    # the same fiscal year, FY2015 (see README); "the current fiscal year, which began on Oct.
    # 1" FY2016 and 2015-10-01. Not annotated: "22-year-old fair" (the fair's age, like "at 30"
    # in gold_blind62), "winter dates", "winter orders", "winter ordering", "its usual summer
    # slot", "a summer fair" (adjectival seasons naming kinds), "a retailers' evening" (an
    # event), "fiscal year" in the update line (generic), "UPDATE 1", "4 pct", "4 percent",
    # "12 percent", "212 million euros", "38,500", "52" (age), "11 halls", "2,140 exhibitors",
    # "Kammweg Bike", "the doors open" (event-named), "the news conference".
    "kammweg-outdoor-fair-moves-to-february": (
        "2015-11-12",
        [
            ("February", "DATE", "2016-02"),
            ("next year", "DATE", "2016"),
            ("Thu Nov 12, 2015", "DATE", "2015-11-12"),
            ("9:41am EST", "TIME", "2015-11-12T09:41"),
            ("2014/15", "DATE", "FY2015"),
            ("Nov 12", "DATE", "2015-11-12"),
            ("February", "DATE", "2016-02"),
            ("next year", "DATE", "2016"),
            ("Thursday", "DATE", "2015-11-12"),
            ("2016", "DATE", "2016"),
            ("Feb. 24", "DATE", "2016-02-24"),
            ("27", "DATE", "2016-02-27"),
            ("11 a.m. local time", "TIME", "2015-11-12T11:00"),
            ("1000 GMT", "TIME", "2015-11-12T10:00"),
            ("This year", "DATE", "2015"),
            ("July 15", "DATE", "2015-07-15"),
            ("18", "DATE", "2015-07-18"),
            ("2014", "DATE", "2014"),
            ("years", "DURATION", "PXY"),
            ("at least 2011", "DATE", "2011"),
            ("now", "DATE", "PRESENT_REF"),
            ("every year", "SET", "P1Y"),
            ("Wednesday evening", "TIME", "2015-11-11TEV"),
            ("about four hours", "DURATION", "PT4H"),
            ("Next year", "DATE", "2016"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("daily", "SET", "P1D"),
            ("8 p.m.", "TIME", "2016-02-26T20:00"),
            ("the Friday", "DATE", "2016-02-26"),
            ("every two years", "SET", "P2Y"),
            ("2004", "DATE", "2004"),
            ("2016", "DATE", "2016"),
            ("Sept. 7", "DATE", "2016-09-07"),
            ("10", "DATE", "2016-09-10"),
            ("Monday", "DATE", "2015-11-16"),
            ("Dec. 31", "DATE", "2015-12-31"),
            ("Jan. 11", "DATE", "2016-01-11"),
            ("about six weeks", "DURATION", "P6W"),
            ("1993", "DATE", "1993"),
            ("the 2014/15 fiscal year", "DATE", "FY2015"),
            ("Sept. 30", "DATE", "2015-09-30"),
            ("February", "DATE", "2016-02"),
            ("the current fiscal year", "DATE", "FY2016"),
            ("Oct. 1", "DATE", "2015-10-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
