"""Annotations of the two-hundred-and-sixteenth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind216/annotate.py [--show]

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
    # Tuesday 2012-05-22 (ISO week 21), British regional daily, headline, standfirst, byline,
    # date line "Tuesday 22 May 2012". The postponed show is "Saturday's" (standfirst and
    # lead), the coming Saturday 2012-05-26 (a show called off before it happens, so ahead);
    # "yesterday afternoon" 2012-05-21TAF; "last Thursday" 2012-05-17. "the end of June"
    # 2012-06; "5pm on Friday 1 June" TIME and DATE; "July" 2012-07 ahead; "every Saturday"
    # SET XXXX-WXX-6; "the summer" (twice) 2012-SU; "earlier this month" 2012-05 and its
    # "9 May", "11 May", "12 May"; "late October" 2012-10; "next week" 2012-W22; "the second
    # time in two years" -> "two years" P2Y (the period of an ordinal count, gold_blind103);
    # "nearly a month" P1M; "since Christmas" past, 2011-12-25; "the coming weeks" PXW; the
    # box office's hours "daily from 10am to 4pm" -> SET P1D and two XXXX-XX-XXThh:mm TIMEs;
    # "Doors on 14 September will open at 7pm ... on stage at 8.45pm" on that day. Not
    # annotated: "VHR 2012" (a catalogue number holding the year), "No. 14", "£18.50",
    # "1,100", "27" (age), "four-piece", "the A17", "01632 555 1904", "Seven Bells", "the
    # rescheduled show", "the new date", "the first date they could give us" beyond its date.
    "dunmere-homecoming-show-postponed": (
        "2012-05-22",
        [
            ("Saturday", "DATE", "2012-05-26"),
            ("September", "DATE", "2012-09"),
            ("Tuesday 22 May 2012", "DATE", "2012-05-22"),
            ("Saturday", "DATE", "2012-05-26"),
            ("at least six weeks", "DURATION", "P6W"),
            ("2004", "DATE", "2004"),
            ("yesterday afternoon", "TIME", "2012-05-21TAF"),
            ("last Thursday", "DATE", "2012-05-17"),
            ("the end of June", "DATE", "2012-06"),
            ("Friday 14 September", "DATE", "2012-09-14"),
            ("5pm", "TIME", "2012-06-01T17:00"),
            ("Friday 1 June", "DATE", "2012-06-01"),
            ("July", "DATE", "2012-07"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("the summer", "DATE", "2012-SU"),
            ("Friday 14 September", "DATE", "2012-09-14"),
            ("earlier this month", "DATE", "2012-05"),
            ("9 May", "DATE", "2012-05-09"),
            ("11 May", "DATE", "2012-05-11"),
            ("12 May", "DATE", "2012-05-12"),
            ("late October", "DATE", "2012-10"),
            ("next week", "DATE", "2012-W22"),
            ("two years", "DURATION", "P2Y"),
            ("2010", "DATE", "2010"),
            ("nearly a month", "DURATION", "P1M"),
            ("Christmas", "DATE", "2011-12-25"),
            ("the summer", "DATE", "2012-SU"),
            ("September", "DATE", "2012-09"),
            ("2 April", "DATE", "2012-04-02"),
            ("the coming weeks", "DURATION", "PXW"),
            ("daily", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("14 September", "DATE", "2012-09-14"),
            ("7pm", "TIME", "2012-09-14T19:00"),
            ("8.45pm", "TIME", "2012-09-14T20:45"),
        ],
    ),
    # Wednesday 2013-10-16 (ISO week 42), Irish newspaper website, headline, standfirst,
    # byline, stamp "Wed, Oct 16, 2013, 01:00" (abbreviated weekday checked by hand: 16 October
    # 2013 was a Wednesday; one DATE span plus the TIME, gold_blind97). "2014 Irish tour"
    # (headline) is an adjectival year, DATE 2014 ("The 2015 UK tour", gold_blind97); "March"
    # (headline) 2014-03. The pre-sale "at 9am on Friday" 2013-10-18 (standfirst and body, TIME
    # and DATE each time), general sale "on Monday" 2013-10-21. "their first Irish tour in four
    # years" -> "four years" P4Y (the period of a "first in"); "next spring" 2014-SP;
    # "Monday, March 3rd" 2014-03-03 and "Thursday, March 6th" 2014-03-06, one span each with
    # the weekday; "on March 28th and 29th" -> "29th" its own DATE (gold_blind62, gold_blind97).
    # "runs for 48 hours" PT48H; "June" and "the summer" past, 2013-06 and 2013-SU; "the
    # spring" ahead 2014-SP (the tour's spring); "within hours" -> "hours" PTXH; "Last
    # December" 2012-12; "in 11 minutes" PT11M (how long the sell-out took); "Five years ago"
    # 2008 (the unit's granularity); "Doors open at 7.30pm each night ... at 9pm" the hours of a
    # recurring show, XXXX-XX-XXThh:mm with the SET XXXX-XX-XXTNI; "November" 2013-11;
    # "December 20th" 2013-12-20; "last Christmas" 2012-12-25. Not annotated: "14-date",
    # "€32.50", "four per customer", "1,800-capacity", "lanternfield.ie/tour2014" (a URL
    # holding the year), "the Sunday Drivers" (a duo's name), "Clear Water Road", "one-off",
    # "The last time", "two nights" (a count of shows, not a period).
    "lanternfield-irish-tour-2014": (
        "2013-10-16",
        [
            ("2014", "DATE", "2014"),
            ("March", "DATE", "2014-03"),
            ("9am", "TIME", "2013-10-18T09:00"),
            ("Friday", "DATE", "2013-10-18"),
            ("Monday", "DATE", "2013-10-21"),
            ("Wed, Oct 16, 2013", "DATE", "2013-10-16"),
            ("01:00", "TIME", "2013-10-16T01:00"),
            ("four years", "DURATION", "P4Y"),
            ("next spring", "DATE", "2014-SP"),
            ("Monday, March 3rd", "DATE", "2014-03-03"),
            ("yesterday", "DATE", "2013-10-15"),
            ("March 28th", "DATE", "2014-03-28"),
            ("29th", "DATE", "2014-03-29"),
            ("9am", "TIME", "2013-10-18T09:00"),
            ("Friday", "DATE", "2013-10-18"),
            ("48 hours", "DURATION", "PT48H"),
            ("9am", "TIME", "2013-10-21T09:00"),
            ("Monday", "DATE", "2013-10-21"),
            ("June", "DATE", "2013-06"),
            ("the summer", "DATE", "2013-SU"),
            ("18 months", "DURATION", "P18M"),
            ("2010", "DATE", "2010"),
            ("the spring", "DATE", "2014-SP"),
            ("Thursday, March 6th", "DATE", "2014-03-06"),
            ("hours", "DURATION", "PTXH"),
            ("Last December", "DATE", "2012-12"),
            ("11 minutes", "DURATION", "PT11M"),
            ("recent years", "DATE", "PAST_REF"),
            ("Five years ago", "DATE", "2008"),
            ("Now", "DATE", "PRESENT_REF"),
            ("7.30pm", "TIME", "XXXX-XX-XXT19:30"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("November", "DATE", "2013-11"),
            ("December 20th", "DATE", "2013-12-20"),
            ("last Christmas", "DATE", "2012-12-25"),
        ],
    ),
    # Monday 2014-01-27 (ISO week 5), US music website, headline, byline, stamp "January 27,
    # 2014 11:04 AM ET" (DATE and TIME, the zone in the span only). The presale "Begins
    # Tuesday" (headline and body) 2014-01-28 "at 10 a.m. local time" (the clock value only,
    # the zone being each city's) and "ends Thursday at 10 p.m." 2014-01-30; the general
    # on-sale "Saturday at 10 a.m." 2014-02-01. Past: the fan-club presale "on Friday" and
    # "Friday's presale" 2014-01-24, the radio interview "Thursday" 2014-01-23 (in "last week"
    # 2014-W04). "2014 North American tour" adjectival year; "Saturday, July 19" and "Friday,
    # July 18" one span each; "June 6", "Aug. 23", "Feb. 4" ahead in 2014. "this year" 2014;
    # "after a year on the road in 2013" -> "a year" P1Y and "2013". "The tour marks 15 years
    # since the band's debut" -> "15 years" P15Y; "the spring of 1999" 1999-SP and "two years
    # later" 2001 (the unit's granularity from the narrative's last date, gold_blind97); "the
    # fall of 2012" 2012-FA; "postponed for a week" P1W; "the spring" ahead 2014-SP; "early
    # May" 2014-05; "about two weeks before the concert" P2W (anchored duration); "each night"
    # XXXX-XX-XXTNI; "every Monday" XXXX-WXX-1. Not annotated: "TWR-1999" (catalogue number
    # beside "1999"), "Quarter to Eleven" (a title with a clock phrase), "Second" (headline),
    # "9,450-capacity", "32-city", "41 shows", "$29.50", "$89.50", "$14.2 million", "eight per
    # household", "41" (age), "three months off, minimum" beyond "three months", "that run".
    "moss-harbor-denver-presale": (
        "2014-01-27",
        [
            ("Tuesday", "DATE", "2014-01-28"),
            ("January 27, 2014", "DATE", "2014-01-27"),
            ("11:04 AM ET", "TIME", "2014-01-27T11:04"),
            ("2014", "DATE", "2014"),
            ("Friday", "DATE", "2014-01-24"),
            ("Saturday, July 19", "DATE", "2014-07-19"),
            ("Friday, July 18", "DATE", "2014-07-18"),
            ("June 6", "DATE", "2014-06-06"),
            ("Aug. 23", "DATE", "2014-08-23"),
            ("Tuesday", "DATE", "2014-01-28"),
            ("10 a.m.", "TIME", "2014-01-28T10:00"),
            ("Thursday", "DATE", "2014-01-30"),
            ("10 p.m.", "TIME", "2014-01-30T22:00"),
            ("Saturday", "DATE", "2014-02-01"),
            ("10 a.m.", "TIME", "2014-02-01T10:00"),
            ("last week", "DATE", "2014-W04"),
            ("this year", "DATE", "2014"),
            ("a year", "DURATION", "P1Y"),
            ("2013", "DATE", "2013"),
            ("three months", "DURATION", "P3M"),
            ("Thursday", "DATE", "2014-01-23"),
            ("about three weeks", "DURATION", "P3W"),
            ("15 years", "DURATION", "P15Y"),
            ("the spring of 1999", "DATE", "1999-SP"),
            ("two years later", "DATE", "2001"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("the fall of 2012", "DATE", "2012-FA"),
            ("a week", "DURATION", "P1W"),
            ("Feb. 4", "DATE", "2014-02-04"),
            ("the spring", "DATE", "2014-SP"),
            ("early May", "DATE", "2014-05"),
            ("Friday", "DATE", "2014-01-24"),
            ("about two weeks", "DURATION", "P2W"),
            ("every Monday", "SET", "XXXX-WXX-1"),
        ],
    ),
    # Thursday 2014-07-10 (ISO week 28), Canadian daily, headline, byline, date line
    # "Thursday, July 10, 2014", "PORT ARDEN, N.S. —" dateline. The concert moves from Saturday
    # 2014-07-12 ("Saturday's", the rain "on Saturday", "Tickets for Saturday", "closed on
    # Saturday") to Sunday 2014-07-13 (headline, lead, "Sunday, July 13", "6 a.m. Sunday", "2
    # p.m. Sunday"); the storm arrives "late Friday night" 2014-07-11TNI (modifier kept); the
    # call was made "at 11 a.m. Wednesday" 2014-07-09; refunds "until 5 p.m. Friday"
    # 2014-07-11. Sunday's clock times ("4 p.m.", "5:30 p.m.", "8:15 p.m.", "by 11 p.m.") are
    # on 2014-07-13. "two hours earlier than planned" PT2H (the size of a shift, gold_blind35);
    # "in 40 minutes" PT40M; "March 8" 2014-03-08 past; "for 14 months" P14M; "up to two
    # weeks" P2W; "now" PRESENT_REF; "every summer" XXXX-SU; "August 2011" 2011-08; "30
    # minutes before the headliner" PT30M (anchored duration); "June 27" past, "July 26" ahead;
    # "His 2008 album" adjectival year; "every 15 minutes" PT15M, "hourly" PT1H; "the weekend"
    # 2014-W28-WE (12-13 July). Not annotated: "Highway 104" (an album title that is also a
    # road name), "902-555-2014" (a phone number holding the year), "90 km/h", "60
    # millimetres", "12,000", "$79.50", "38" (age), "20-date", "once before", "the new date",
    # "kestrelbaylive.ca", "Environment Canada" (named as an institution).
    "kestrel-bay-concert-moved-storm": (
        "2014-07-10",
        [
            ("Sunday", "DATE", "2014-07-13"),
            ("Thursday, July 10, 2014", "DATE", "2014-07-10"),
            ("Saturday", "DATE", "2014-07-12"),
            ("Sunday", "DATE", "2014-07-13"),
            ("late Friday night", "TIME", "2014-07-11TNI"),
            ("11 a.m.", "TIME", "2014-07-09T11:00"),
            ("Wednesday", "DATE", "2014-07-09"),
            ("Saturday", "DATE", "2014-07-12"),
            ("Saturday", "DATE", "2014-07-12"),
            ("Sunday, July 13", "DATE", "2014-07-13"),
            ("4 p.m.", "TIME", "2014-07-13T16:00"),
            ("two hours", "DURATION", "PT2H"),
            ("5:30 p.m.", "TIME", "2014-07-13T17:30"),
            ("8:15 p.m.", "TIME", "2014-07-13T20:15"),
            ("11 p.m.", "TIME", "2014-07-13T23:00"),
            ("40 minutes", "DURATION", "PT40M"),
            ("March 8", "DATE", "2014-03-08"),
            ("14 months", "DURATION", "P14M"),
            ("Saturday", "DATE", "2014-07-12"),
            ("6 a.m.", "TIME", "2014-07-13T06:00"),
            ("Sunday", "DATE", "2014-07-13"),
            ("5 p.m.", "TIME", "2014-07-11T17:00"),
            ("Friday", "DATE", "2014-07-11"),
            ("up to two weeks", "DURATION", "P2W"),
            ("2009", "DATE", "2009"),
            ("now", "DATE", "PRESENT_REF"),
            ("every summer", "SET", "XXXX-SU"),
            ("August 2011", "DATE", "2011-08"),
            ("30 minutes", "DURATION", "PT30M"),
            ("June 27", "DATE", "2014-06-27"),
            ("July 26", "DATE", "2014-07-26"),
            ("2008", "DATE", "2008"),
            ("every 15 minutes", "SET", "PT15M"),
            ("2 p.m.", "TIME", "2014-07-13T14:00"),
            ("Sunday", "DATE", "2014-07-13"),
            ("hourly", "SET", "PT1H"),
            ("the weekend", "DATE", "2014-W28-WE"),
        ],
    ),
    # Friday 2015-02-13 (ISO week 7), wire story, headline, byline, stamp "Feb. 13, 2015 4:12
    # PM EST", "NASHVILLE, Tenn. (AP) —" dateline; the wire names its own day "Friday" ("the
    # band said Friday", "added Friday morning" 2015-02-13TMO). "20 years on" (headline) is
    # DATE 2015, the unit's granularity counted from the 1995 album (gold_blind97's "40 years
    # on"); "20 years after its release" is an anchored duration, P20Y (gold_blind35). "this
    # summer" 2015-SU; "June 12", "Aug. 1", "Feb. 20", "May 19", "June 13" ahead in 2015.
    # "New Year's Eve 2001" one DATE span 2001-12-31; "the end of 2001" the year's value;
    # "last fall" 2014-FA; "the first time in 13 years" -> P13Y; the quoted "Next year is 20
    # years", said last fall, is 2015 (next year from the time of speaking, which is also the
    # publication year) and "20 years" P20Y; "By Christmas" past, 2014-12-25. Presale
    # "starting Tuesday" 2015-02-17; Renner spoke "Thursday" 2015-02-12; the announcement
    # "Wednesday night" 2015-02-11TNI. "the original 1994 sessions" adjectival year; "its first
    # year" DURATION P1Y (an ordinal period of an event, gold_blind35); "early 1996" 1996;
    # "the past decade" P10Y; "three days a week" SET P1W; "six weeks" P6W and "the spring"
    # 2015-SP; "Two-hour" PT2H; "every night" XXXX-XX-XXTNI; "within minutes" -> "minutes"
    # PTXM. Not annotated: "GH-2095" (a catalogue number), "Ten Past Two" (a song title with a
    # clock phrase), "No. 23", "18-city", "44" (age), "11 unreleased songs", "40,000",
    # "600,000", "five members", "has since passed", "for the first time" beyond "13 years".
    "cinder-choir-paper-lanterns-reunion": (
        "2015-02-13",
        [
            ("20 years on", "DATE", "2015"),
            ("Feb. 13, 2015", "DATE", "2015-02-13"),
            ("4:12 PM EST", "TIME", "2015-02-13T16:12"),
            ("this summer", "DATE", "2015-SU"),
            ("1995", "DATE", "1995"),
            ("20 years", "DURATION", "P20Y"),
            ("June 12", "DATE", "2015-06-12"),
            ("Aug. 1", "DATE", "2015-08-01"),
            ("Friday", "DATE", "2015-02-13"),
            ("New Year's Eve 2001", "DATE", "2001-12-31"),
            ("the end of 2001", "DATE", "2001"),
            ("almost five years", "DURATION", "P5Y"),
            ("last fall", "DATE", "2014-FA"),
            ("13 years", "DURATION", "P13Y"),
            ("Next year", "DATE", "2015"),
            ("20 years", "DURATION", "P20Y"),
            ("Christmas", "DATE", "2014-12-25"),
            ("Feb. 20", "DATE", "2015-02-20"),
            ("10 a.m.", "TIME", "2015-02-20T10:00"),
            ("Tuesday", "DATE", "2015-02-17"),
            ("1994", "DATE", "1994"),
            ("May 19", "DATE", "2015-05-19"),
            ("its first year", "DURATION", "P1Y"),
            ("early 1996", "DATE", "1996"),
            ("the past decade", "DURATION", "P10Y"),
            ("three days a week", "SET", "P1W"),
            ("six weeks", "DURATION", "P6W"),
            ("the spring", "DATE", "2015-SP"),
            ("Two-hour", "DURATION", "PT2H"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Thursday", "DATE", "2015-02-12"),
            ("minutes", "DURATION", "PTXM"),
            ("Wednesday night", "TIME", "2015-02-11TNI"),
            ("June 13", "DATE", "2015-06-13"),
            ("Friday morning", "TIME", "2015-02-13TMO"),
        ],
    ),
    # Saturday 2015-10-24 (ISO week 43), Australian regional paper's website, headline, stamp
    # "October 24 2015 - 9:30AM" (DATE and TIME), byline. The festival is Saturday 21 and
    # Sunday 22 November 2015 ("next month's two-day event" -> "next month" 2015-11 and
    # "two-day" P2D); "11pm" (headline and body), "11am", "8.50pm", "10pm" on 2015-11-21;
    # "the Saturday" and "the Sunday" are the festival's days (gold_blind97), with "noon" and
    # "9.30pm" on the Sunday. "this week" 2015-W43; "a month" P1M; "Last year" and "last year's
    # event" 2014; "a fortnight before" P2W (anchored duration); "this summer" in a southern
    # October is the coming summer of 2015-16, 2016-SU (a summer taking the year of its
    # January, gold_blind97); "an hour earlier than in 2014" PT1H (the size of a shift) and
    # "2014". "A Friday night sideshow" names the original night, Friday 2015-11-20TNI (the
    # festival's eve); "first announced in August" 2015-08; "Thursday 19 November" one span;
    # "2007" and "one-day" P1D; "this year" 2015; "over the weekend" 2015-W47-WE; "yesterday"
    # 2015-10-23; "every 20 minutes" PT20M with the daily hours "between 10.30am and midnight
    # on both days" XXXX-XX-XXT10:30 and XXXX-XX-XXT24:00 (midnight at the end of its day);
    # "until at least 2018" -> "at least 2018"; "agreed on Tuesday" 2015-10-20; "three-year"
    # P3Y. Not annotated: "set times", "six acts", "day tickets" (a kind of ticket) beside
    # "Weekend passes" (a kind of pass), "$189", "$109", "800", "14,000", "2,000", "38
    # degrees", "1300 555 211", "saltbushfestival.com.au", "the original date", "both days",
    # "capital-city dates".
    "saltbush-festival-set-times": (
        "2015-10-24",
        [
            ("11pm", "TIME", "2015-11-21T23:00"),
            ("October 24 2015", "DATE", "2015-10-24"),
            ("9:30AM", "TIME", "2015-10-24T09:30"),
            ("next month", "DATE", "2015-11"),
            ("two-day", "DURATION", "P2D"),
            ("11am", "TIME", "2015-11-21T11:00"),
            ("Saturday 21 November", "DATE", "2015-11-21"),
            ("11pm", "TIME", "2015-11-21T23:00"),
            ("this week", "DATE", "2015-W43"),
            ("a month", "DURATION", "P1M"),
            ("Last year", "DATE", "2014"),
            ("a fortnight", "DURATION", "P2W"),
            ("8.50pm", "TIME", "2015-11-21T20:50"),
            ("10pm", "TIME", "2015-11-21T22:00"),
            ("the Saturday", "DATE", "2015-11-21"),
            ("this summer", "DATE", "2016-SU"),
            ("the Sunday", "DATE", "2015-11-22"),
            ("noon", "TIME", "2015-11-22T12:00"),
            ("9.30pm", "TIME", "2015-11-22T21:30"),
            ("an hour", "DURATION", "PT1H"),
            ("2014", "DATE", "2014"),
            ("Friday night", "TIME", "2015-11-20TNI"),
            ("August", "DATE", "2015-08"),
            ("Thursday 19 November", "DATE", "2015-11-19"),
            ("2007", "DATE", "2007"),
            ("one-day", "DURATION", "P1D"),
            ("this year", "DATE", "2015"),
            ("the weekend", "DATE", "2015-W47-WE"),
            ("yesterday", "DATE", "2015-10-23"),
            ("every 20 minutes", "SET", "PT20M"),
            ("10.30am", "TIME", "XXXX-XX-XXT10:30"),
            ("midnight", "TIME", "XXXX-XX-XXT24:00"),
            ("at least 2018", "DATE", "2018"),
            ("Tuesday", "DATE", "2015-10-20"),
            ("three-year", "DURATION", "P3Y"),
            ("last year", "DATE", "2014"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
