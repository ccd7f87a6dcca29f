"""Annotations of the two-hundred-and-seventieth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind270/annotate.py [--show]

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
    # Sunday 2014-12-14 (ISO week 50), US Catholic parish bulletin, header "Third Sunday of
    # Advent | December 14, 2014" (the bulletin's date; the liturgical name one DATE span, the
    # date the ordinal Sunday falls on, like "the first Monday in October" in gold_blind47).
    # Advent 2014 began on Sunday 30 November, so the Third Sunday is the publication day and
    # "the Fourth Sunday of Advent" 2014-12-21; "Gaudete Sunday" (the Third Sunday's name) and
    # "Today" 2014-12-14. The Mass schedule recurs: "Saturdays", "Sundays" SETs, the hours
    # XXXX-XX-XXThh:mm, the bare "7:30" and "9:30" before "11:30 a.m." and the bare "3:30" of
    # "3:30-4:45 p.m." (afternoon, by the range's end) annotated as clock times like "9-5" in
    # gold_blind76; the hyphen is a range mark. "Friday" (past) 2014-12-12, the day of "the
    # Feast of Our Lady of Guadalupe" (a feast fixed on 12 December; one DATE span like "St
    # Nicholas's Day", gold_blind79), "5 a.m." that day. "just 11 days" DURATION P11D (to
    # Christmas), "112 years" the period of a superlative P112Y. "CHRISTMAS MASSES" -> the
    # heading's "CHRISTMAS" 2014-12-25, an attributive holiday naming this year's Masses of the
    # feast (like "the Christmas Day Mass", gold_blind79). Christmas Eve Wednesday 2014-12-24
    # with 4:00, 6:30 and 11:30 p.m.; Christmas Day Thursday 2014-12-25 with the bare "8:00"
    # (morning, before "10:30 a.m.") and "(no 11:30 a.m. Mass)" 2014-12-25T11:30: a negated
    # time is still a time expression. "last year the 4:00 p.m. Mass" -> "last year" 2013 and
    # "4:00 p.m." 2013-12-24T16:00, last year's Christmas Eve children's Mass; "45 minutes"
    # PT45M. "NEW YEAR'S DAY" (heading), "Thursday, January 1" and "the Solemnity of Mary,
    # Mother of God" (a feast name, one span with its comma) are 2015-01-01, "9:00 a.m." that
    # day. "this weekend" in a Sunday bulletin is the weekend ending that day, 2014-W50-WE
    # (like "over the weekend" in a Sunday paper, gold_blind79); "next Sunday, December 21"
    # one span (like "next Saturday, 8 December", gold_blind79) and the later "next Sunday"
    # 2014-12-21, the coming Sunday a week on (gold_blind47); "last Sunday" 2014-12-07;
    # "December 6" past. Not annotated: "Midnight Mass" (a service's name; "11:30 p.m." is
    # annotated), "Vigil", "Holy Day of Obligation", "Advent wreath", "Las Mañanitas" (a
    # song), "Room 108", "(740) 555-2014", the readings "Isaiah 61:1-2a, 10-11", "1
    # Thessalonians 5:16-24", "John 1:6-8, 19-28", "600", "Eight priests", "$11,482.50",
    # "91", "Council 4261", "$6", "$3".
    "st-anselm-bulletin-third-sunday-advent": (
        "2014-12-14",
        [
            ("Third Sunday of Advent", "DATE", "2014-12-14"),
            ("December 14, 2014", "DATE", "2014-12-14"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("5:00 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("7:30", "TIME", "XXXX-XX-XXT07:30"),
            ("9:30", "TIME", "XXXX-XX-XXT09:30"),
            ("11:30 a.m.", "TIME", "XXXX-XX-XXT11:30"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("3:30", "TIME", "XXXX-XX-XXT15:30"),
            ("4:45 p.m.", "TIME", "XXXX-XX-XXT16:45"),
            ("Today", "DATE", "2014-12-14"),
            ("Gaudete Sunday", "DATE", "2014-12-14"),
            ("Christmas", "DATE", "2014-12-25"),
            ("just 11 days", "DURATION", "P11D"),
            ("Friday", "DATE", "2014-12-12"),
            ("the Feast of Our Lady of Guadalupe", "DATE", "2014-12-12"),
            ("5 a.m.", "TIME", "2014-12-12T05:00"),
            ("112 years", "DURATION", "P112Y"),
            ("Tuesday, December 16", "DATE", "2014-12-16"),
            ("7 p.m.", "TIME", "2014-12-16T19:00"),
            ("CHRISTMAS", "DATE", "2014-12-25"),
            ("Christmas Eve", "DATE", "2014-12-24"),
            ("Wednesday, December 24", "DATE", "2014-12-24"),
            ("4:00 p.m.", "TIME", "2014-12-24T16:00"),
            ("6:30 p.m.", "TIME", "2014-12-24T18:30"),
            ("11:30 p.m.", "TIME", "2014-12-24T23:30"),
            ("Christmas Day", "DATE", "2014-12-25"),
            ("Thursday, December 25", "DATE", "2014-12-25"),
            ("8:00", "TIME", "2014-12-25T08:00"),
            ("10:30 a.m.", "TIME", "2014-12-25T10:30"),
            ("11:30 a.m.", "TIME", "2014-12-25T11:30"),
            ("last year", "DATE", "2013"),
            ("4:00 p.m.", "TIME", "2013-12-24T16:00"),
            ("45 minutes", "DURATION", "PT45M"),
            ("NEW YEAR'S DAY", "DATE", "2015-01-01"),
            ("Thursday, January 1", "DATE", "2015-01-01"),
            ("the Solemnity of Mary, Mother of God", "DATE", "2015-01-01"),
            ("9:00 a.m.", "TIME", "2015-01-01T09:00"),
            ("this weekend", "DATE", "2014-W50-WE"),
            ("next Sunday, December 21", "DATE", "2014-12-21"),
            ("the Fourth Sunday of Advent", "DATE", "2014-12-21"),
            ("last Sunday", "DATE", "2014-12-07"),
            ("December 6", "DATE", "2014-12-06"),
            ("next Sunday", "DATE", "2014-12-21"),
        ],
    ),
    # Thursday 2013-09-19 (ISO week 38), Church of England parish e-newsletter, header "Weekly
    # e-News | Thursday 19 September 2013" (one DATE span with its weekday). Michaelmas, fixed
    # on 29 September, falls on "Sunday 29 September" 2013 (both annotated), "10am" that day;
    # "the 29th" at the end is the same day (a bare ordinal day of the current month, DATE
    # 2013-09-29). "from Saturday morning" 2013-09-28TMO; the supper "Saturday 28 September",
    # "7pm for 7.30pm" two TIMEs. "Last year" 2012, "a week before the supper" -> "a week"
    # P1W (an anchored duration, gold_blind35). "this Sunday, 22 September" one DATE span (like
    # "next Saturday, 8 December", gold_blind79), its "6pm"; "at 6pm every Sunday until
    # Advent": the hour XXXX-XX-XXT18:00, the SET, and "Advent", the season from Advent Sunday
    # (1 December 2013) to Christmas Eve, a period within one month, DATE 2013-12 (the
    # smallest calendar unit holding it, gold_blind79). "Sundays", "Wednesdays" SETs with
    # their hours; "(Book of Common Prayer, 1662)" -> "1662" DATE, the year of the book's
    # revision named as its edition, like "the Supreme Court's 1987 ruling" (gold_blind35).
    # "Tuesday 1 October" 2013-10-01, "Tuesday evenings" SET XXXX-WXX-2TEV, "ten weeks" P10W,
    # "7pm" recurring; "3 December" 2013-12-03 (the tenth Tuesday), "two days after Advent
    # Sunday" -> "two days" DURATION P2D and "Advent Sunday" 2013-12-01. "three-month" P3M,
    # "1 October"; "returns in the new year" -> "the new year" 2014. "All Souls' Day" (fixed on
    # 2 November) and "Saturday 2 November" 2013-11-02, "4pm"; "the past year" P1Y;
    # "Remembrance Sunday" (the second Sunday of November) and "10 November" 2013-11-10,
    # "10.50am", "two minutes" PT2M, "11am". "Since Easter" 2013-03-31 (past); "the spring"
    # ahead in September 2014-SP; "within six weeks" -> "six weeks" P6W. Not annotated: "the
    # nights are drawing in" (generic nights), "Harvest Festival", "Harvest Supper", "Harvest
    # Eucharist" (parish events with no calendar date of their own; Michaelmas is annotated),
    # "Choral Evensong", "Evensong" (a service), "on the day" (anaphoric), "the supper", "its
    # break", "Psalm 65", "Hymn 262", "£8", "£4", "£46,200", "£80,000", "01632 960 213",
    # "01632 960 877".
    "st-wystan-thorley-parish-enews-harvest": (
        "2013-09-19",
        [
            ("Thursday 19 September 2013", "DATE", "2013-09-19"),
            ("this year", "DATE", "2013"),
            ("Michaelmas", "DATE", "2013-09-29"),
            ("Sunday 29 September", "DATE", "2013-09-29"),
            ("10am", "TIME", "2013-09-29T10:00"),
            ("Saturday morning", "TIME", "2013-09-28TMO"),
            ("Saturday 28 September", "DATE", "2013-09-28"),
            ("7pm", "TIME", "2013-09-28T19:00"),
            ("7.30pm", "TIME", "2013-09-28T19:30"),
            ("Last year", "DATE", "2012"),
            ("a week", "DURATION", "P1W"),
            ("this Sunday, 22 September", "DATE", "2013-09-22"),
            ("6pm", "TIME", "2013-09-22T18:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("Advent", "DATE", "2013-12"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("1662", "DATE", "1662"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("10.30am", "TIME", "XXXX-XX-XXT10:30"),
            ("Tuesday 1 October", "DATE", "2013-10-01"),
            ("Tuesday evenings", "SET", "XXXX-WXX-2TEV"),
            ("ten weeks", "DURATION", "P10W"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("3 December", "DATE", "2013-12-03"),
            ("two days", "DURATION", "P2D"),
            ("Advent Sunday", "DATE", "2013-12-01"),
            ("three-month", "DURATION", "P3M"),
            ("1 October", "DATE", "2013-10-01"),
            ("the new year", "DATE", "2014"),
            ("All Souls' Day", "DATE", "2013-11-02"),
            ("Saturday 2 November", "DATE", "2013-11-02"),
            ("4pm", "TIME", "2013-11-02T16:00"),
            ("the past year", "DURATION", "P1Y"),
            ("Remembrance Sunday", "DATE", "2013-11-10"),
            ("10 November", "DATE", "2013-11-10"),
            ("10.50am", "TIME", "2013-11-10T10:50"),
            ("two minutes", "DURATION", "PT2M"),
            ("11am", "TIME", "2013-11-10T11:00"),
            ("Easter", "DATE", "2013-03-31"),
            ("the spring", "DATE", "2014-SP"),
            ("six weeks", "DURATION", "P6W"),
            ("the 29th", "DATE", "2013-09-29"),
        ],
    ),
    # Saturday 2012-03-31 (ISO week 13), US paper's religion-page roundup, section label,
    # headline, deck, byline, date line "Saturday, March 31, 2012", "LINTON -" dateline. Easter
    # 2012 (Western) is Sunday 8 April: Palm Sunday "tomorrow" 2012-04-01, Maundy Thursday
    # 2012-04-05, Good Friday 2012-04-06, "Easter", "Easter Sunday" and "Resurrection Sunday"
    # 2012-04-08, Ash Wednesday ("Feb. 22" in the text) 46 days before, Pentecost ("May 27" in
    # the text) 49 days after. "Holy Week" (headline and lead; Palm Sunday 1 April to Holy
    # Saturday 7 April) lies within April, DATE 2012-04; "Lent" (22 February-5 April) spans
    # months, DATE 2012; "the Triduum" (Thursday evening 5 April to Easter Sunday evening) lies
    # within ISO week 14 (Monday 2-Sunday 8 April), DATE 2012-W14: the smallest calendar unit
    # that holds each period (gold_blind79; see README). "Easter sunrise service" (lead,
    # Methodist list) -> "Easter" 2012-04-08, this year's service held that day (attributive
    # holiday, gold_blind79); "sunrise" names the kind of service and is not annotated, nor is
    # the deck's "sunrise service" or "last year's sunrise service" beyond "last year" 2011.
    # Bare weekdays in a Saturday paper listing Holy Week: "Thursday evening" 2012-04-05TEV,
    # "Friday" 2012-04-06 (twice), "Tuesday" 2012-04-03, "Saturday" (the Easter Vigil) the
    # coming Saturday 2012-04-07, not the publication day. "from 6 to 8 p.m. Tuesday": the bare
    # "6" is a clock time (gold_blind76), 18:00 by the range's end; "7:30, 9 and 11 a.m." the
    # same, the bare "9" 09:00. The Orthodox "Pascha" (Orthodox Easter 2012, 15 April) "falls
    # a week later" -> "a week later" at the unit's granularity, ISO week 2012-W15
    # (gold_blind79); "midnight on Saturday, April 14" the midnight ending that Saturday,
    # 2012-04-14T24:00 (gold_blind79). "each year" SET P1Y, "since 1984"; "almost three years"
    # P3Y; "50 days" P50D; "that day" (joint services on Pentecost) 2012-05-27, an anaphoric
    # day like "that night" in gold_blind79. Not annotated: "sunrise service" (deck and
    # pastor's quote), "Easter Vigil" (a service's name; its "8:30 p.m." and "Saturday" are
    # annotated), "The Easter season" (a liturgical season named by an event, like "the
    # festival season", gold_blind79; its length "50 days" is annotated), "the holiest days of
    # our year" (the liturgical year), "Walk of the Cross", "14 stations", "210 Court St.",
    # "55 Orchard Ave.", "1912 Carver Road" (an address holding a year-like number), "8 Hill
    # St.", "$5", "90-voice", "Psalm 118", "John 20", "about 350 people", "570-555-0148".
    "linton-valley-holy-week-easter-services": (
        "2012-03-31",
        [
            ("Holy Week", "DATE", "2012-04"),
            ("Saturday, March 31, 2012", "DATE", "2012-03-31"),
            ("tomorrow", "DATE", "2012-04-01"),
            ("Holy Week", "DATE", "2012-04"),
            ("Easter", "DATE", "2012-04-08"),
            ("2009", "DATE", "2009"),
            ("Lent", "DATE", "2012"),
            ("Feb. 22", "DATE", "2012-02-22"),
            ("Ash Wednesday", "DATE", "2012-02-22"),
            ("Thursday evening", "TIME", "2012-04-05TEV"),
            ("the Triduum", "DATE", "2012-W14"),
            ("each year", "SET", "P1Y"),
            ("1984", "DATE", "1984"),
            ("10 a.m.", "TIME", "2012-04-06T10:00"),
            ("Friday", "DATE", "2012-04-06"),
            ("Palm Sunday", "DATE", "2012-04-01"),
            ("8:30", "TIME", "2012-04-01T08:30"),
            ("11 a.m.", "TIME", "2012-04-01T11:00"),
            ("Maundy Thursday", "DATE", "2012-04-05"),
            ("7 p.m.", "TIME", "2012-04-05T19:00"),
            ("Easter", "DATE", "2012-04-08"),
            ("6:45 a.m.", "TIME", "2012-04-08T06:45"),
            ("6", "TIME", "2012-04-03T18:00"),
            ("8 p.m.", "TIME", "2012-04-03T20:00"),
            ("Tuesday", "DATE", "2012-04-03"),
            ("3 p.m.", "TIME", "2012-04-06T15:00"),
            ("Friday", "DATE", "2012-04-06"),
            ("8:30 p.m.", "TIME", "2012-04-07T20:30"),
            ("Saturday", "DATE", "2012-04-07"),
            ("Easter Sunday", "DATE", "2012-04-08"),
            ("7:30", "TIME", "2012-04-08T07:30"),
            ("9", "TIME", "2012-04-08T09:00"),
            ("11 a.m.", "TIME", "2012-04-08T11:00"),
            ("Resurrection Sunday", "DATE", "2012-04-08"),
            ("11 a.m.", "TIME", "2012-04-08T11:00"),
            ("Pascha", "DATE", "2012-04-15"),
            ("a week later", "DATE", "2012-W15"),
            ("midnight", "TIME", "2012-04-14T24:00"),
            ("Saturday, April 14", "DATE", "2012-04-14"),
            ("last year", "DATE", "2011"),
            ("almost three years", "DURATION", "P3Y"),
            ("50 days", "DURATION", "P50D"),
            ("Pentecost", "DATE", "2012-05-27"),
            ("May 27", "DATE", "2012-05-27"),
            ("that day", "DATE", "2012-05-27"),
        ],
    ),
    # Wednesday 2014-09-17 (ISO week 38), Canadian synagogue's weekly bulletin, header "THIS
    # WEEK AT BETH HILLEL" and date line "Wednesday, September 17, 2014". The text gives each
    # day with its weekday and date. A Jewish day runs from sundown to nightfall; a one-day
    # holy day is valued by the civil day of its daytime, like Eid and Vaisakhi in gold_blind79:
    # "THIS SHABBAT" (heading) is Saturday 2014-09-20 (its candle lighting "Friday, 7:07 p.m."
    # and Havdalah "Saturday, 8:09 p.m." are annotated on their own days), "Shabbat Shuvah"
    # (the Sabbath between Rosh Hashanah and Yom Kippur) 2014-09-27, "Yom Kippur" (heading and
    # list) 2014-10-04; "Erev Rosh Hashanah", the eve, is the day before, 2014-09-24, like
    # "Christmas Eve". "ROSH HASHANAH" (heading; sundown 24 September to nightfall 26
    # September) lies within ISO week 39, DATE 2014-W39, the smallest calendar unit holding it
    # (see README); "First day of Rosh Hashanah" one DATE span 2014-09-25 (like "the first day
    # of Ramadan", gold_blind57) and the list's elliptic "Second day" 2014-09-26; "Sukkot"
    # (sundown 8 October to 16 October) lies within October, 2014-10. "this week" 2014-W38;
    # "Saturday night, September 20" two TIMEX3, "11 p.m." that night; "about 10:45 a.m." and
    # "about 12:30 p.m." keep the approximator; "in the afternoon" -> "the afternoon"
    # 2014-09-25TAF; "after 7:53 p.m." -> "7:53 p.m."; "by 6:30" on Kol Nidre evening
    # 2014-10-03T18:30 (a bare clock time, evening by its list). "by Monday" the coming Monday
    # 2014-09-22; "Last year" 2013, "This year" 2014, "62 years after" -> "62 years" P62Y
    # (an anchored duration, gold_blind35); "25-hour" PT25H; "sundown" 2014-10-08TEV
    # (gold_blind79), "the next evening" 2014-10-09TEV; "last Sunday" 2014-09-14; "September
    # 28" 2014-09-28 (future). Not annotated: "THIS WEEK AT BETH HILLEL" (the standing title of
    # the weekly bulletin, a name like "the Western Sunday Herald", gold_blind103; the body's
    # "this week" is annotated), "Kol Nidre" (twice; the prayer and service that
    # opens Yom Kippur, a service's name like "Midnight Mass", gold_blind79), "Selichot",
    # "Havdalah", "Maariv", "Tashlich", "Yizkor", "Kiddush" (services and rites), "the 10th
    # yahrzeit" (an ordinal anniversary, gold_blind8), "the fast", "after the fast"
    # (anaphoric), "a good year" (a wish, no particular year), "Shanah tovah", "may" (the verb),
    # "Deuteronomy 29:9-31:30", "$12", "under 10", "$180", "905-555-0162", "480 seats", "rows
    # A to T", "84 students".
    "beth-hillel-riverton-high-holy-days-bulletin": (
        "2014-09-17",
        [
            ("Wednesday, September 17, 2014", "DATE", "2014-09-17"),
            ("THIS SHABBAT", "DATE", "2014-09-20"),
            ("Friday", "DATE", "2014-09-19"),
            ("7:07 p.m.", "TIME", "2014-09-19T19:07"),
            ("Saturday", "DATE", "2014-09-20"),
            ("8:09 p.m.", "TIME", "2014-09-20T20:09"),
            ("this week", "DATE", "2014-W38"),
            ("Saturday night", "TIME", "2014-09-20TNI"),
            ("September 20", "DATE", "2014-09-20"),
            ("11 p.m.", "TIME", "2014-09-20T23:00"),
            ("ROSH HASHANAH", "DATE", "2014-W39"),
            ("YOM KIPPUR", "DATE", "2014-10-04"),
            ("Erev Rosh Hashanah", "DATE", "2014-09-24"),
            ("Wednesday, September 24", "DATE", "2014-09-24"),
            ("6:56 p.m.", "TIME", "2014-09-24T18:56"),
            ("First day of Rosh Hashanah", "DATE", "2014-09-25"),
            ("Thursday, September 25", "DATE", "2014-09-25"),
            ("8:30 a.m.", "TIME", "2014-09-25T08:30"),
            ("about 10:45 a.m.", "TIME", "2014-09-25T10:45"),
            ("the afternoon", "TIME", "2014-09-25TAF"),
            ("7:53 p.m.", "TIME", "2014-09-25T19:53"),
            ("Second day", "DATE", "2014-09-26"),
            ("Friday, September 26", "DATE", "2014-09-26"),
            ("6:51 p.m.", "TIME", "2014-09-26T18:51"),
            ("Shabbat Shuvah", "DATE", "2014-09-27"),
            ("Friday, October 3", "DATE", "2014-10-03"),
            ("6:37 p.m.", "TIME", "2014-10-03T18:37"),
            ("6:45 p.m.", "TIME", "2014-10-03T18:45"),
            ("6:30", "TIME", "2014-10-03T18:30"),
            ("Yom Kippur", "DATE", "2014-10-04"),
            ("Saturday, October 4", "DATE", "2014-10-04"),
            ("9 a.m.", "TIME", "2014-10-04T09:00"),
            ("about 12:30 p.m.", "TIME", "2014-10-04T12:30"),
            ("7:33 p.m.", "TIME", "2014-10-04T19:33"),
            ("Monday", "DATE", "2014-09-22"),
            ("Last year", "DATE", "2013"),
            ("This year", "DATE", "2014"),
            ("62 years", "DURATION", "P62Y"),
            ("25-hour", "DURATION", "PT25H"),
            ("Sukkot", "DATE", "2014-10"),
            ("sundown", "TIME", "2014-10-08TEV"),
            ("Wednesday, October 8", "DATE", "2014-10-08"),
            ("the next evening", "TIME", "2014-10-09TEV"),
            ("last Sunday", "DATE", "2014-09-14"),
            ("September 28", "DATE", "2014-09-28"),
        ],
    ),
    # Monday 2015-06-15 (ISO week 25), Australian mosque's website notice, headline, stamp
    # "Posted Monday 15 June 2015, 9:40am" (date and clock time two TIMEX3). The text fixes
    # Ramadan 1436: "the first day of Ramadan" (one span, gold_blind57) "Thursday 18 June",
    # the first taraweeh "on Wednesday night" 2015-06-17TNI (the night before the first fast),
    # the fast "at dawn on Thursday" ("dawn" 2015-06-18TMO, gold_blind79); Eid "is expected on
    # Friday 17 July" (the 30th day after 18 June), "Saturday 18 July" if the month runs to 30
    # days. "Ramadan 2015" (headline) one DATE span, and "Ramadan" twice more for this year's
    # month (18 June-16 July 2015, spanning two months): DATE 2015, the smallest calendar unit
    # holding it (gold_blind79). "the middle of winter" is the southern winter of 2015, valued
    # in the year it falls in, 2015-WI (gold_blind103), the modifier not recorded; "the
    # shortest in more than 30 years" -> "more than 30 years" P30Y (the period of a
    # superlative). "On the first day" (of Ramadan) 2015-06-18, a day, with "5.28am" and
    # "4.54pm"; "under 12 hours" PT12H. The programme recurs: "4.45am" with "every day" P1D,
    # "sunset" XXXX-XX-XXTEV with "every evening", "Saturdays", "nightly" with "6.30pm";
    # "about 90 minutes" PT90M. "the last ten days" (of Ramadan) an ordinal period of an event,
    # DURATION P10D (like "The first few days", gold_blind79); "after Maghrib on Tuesday 7
    # July" -> "Tuesday 7 July" (Maghrib, the sunset prayer, is not annotated); "the 27th
    # night" (of Ramadan) TIME 2015-07-13TNI, one span, with "Monday 13 July" and "9pm" that
    # evening. "EID AL-FITR" (heading), "Eid" (expected) and "Eid prayers" -> "Eid"
    # 2015-07-17; the conditional "Eid will be on Saturday 18 July instead" -> "Eid"
    # 2015-07-18. "Thursday evening" 2015-07-16TEV; "30 days" P30D; "by Wednesday 15 July";
    # "Last year" 2014; "about 11 days earlier" the size of a shift, DURATION P11D, "each
    # year" SET P1Y. Not annotated: the generic "Ramadan moves ..." (the month of any year,
    # avoided as a value in gold_blind79), "suhoor", "iftar", "Iftar", "Fajr", "Isha",
    # "Maghrib", "taraweeh" (meals and prayers), "the prayer", "Surah 97 (Al-Qadr)", "Level
    # 2", "$10 a person", "1,400", "120 volunteers", the URL's "ramadan1436" (a Hijri year in
    # an address, gold_blind79), "(02) 5550 1436".
    "al-huda-granton-ramadan-notice": (
        "2015-06-15",
        [
            ("Ramadan 2015", "DATE", "2015"),
            ("Monday 15 June 2015", "DATE", "2015-06-15"),
            ("9:40am", "TIME", "2015-06-15T09:40"),
            ("Saturday", "DATE", "2015-06-13"),
            ("the first day of Ramadan", "DATE", "2015-06-18"),
            ("Thursday 18 June", "DATE", "2015-06-18"),
            ("Wednesday night", "TIME", "2015-06-17TNI"),
            ("dawn", "TIME", "2015-06-18TMO"),
            ("Thursday", "DATE", "2015-06-18"),
            ("Ramadan", "DATE", "2015"),
            ("the middle of winter", "DATE", "2015-WI"),
            ("this year", "DATE", "2015"),
            ("more than 30 years", "DURATION", "P30Y"),
            ("the first day", "DATE", "2015-06-18"),
            ("5.28am", "TIME", "2015-06-18T05:28"),
            ("4.54pm", "TIME", "2015-06-18T16:54"),
            ("under 12 hours", "DURATION", "PT12H"),
            ("4.45am", "TIME", "XXXX-XX-XXT04:45"),
            ("every day", "SET", "P1D"),
            ("sunset", "TIME", "XXXX-XX-XXTEV"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("6.30pm", "TIME", "XXXX-XX-XXT18:30"),
            ("about 90 minutes", "DURATION", "PT90M"),
            ("the last ten days", "DURATION", "P10D"),
            ("Tuesday 7 July", "DATE", "2015-07-07"),
            ("the 27th night", "TIME", "2015-07-13TNI"),
            ("Monday 13 July", "DATE", "2015-07-13"),
            ("9pm", "TIME", "2015-07-13T21:00"),
            ("EID AL-FITR", "DATE", "2015-07-17"),
            ("Eid", "DATE", "2015-07-17"),
            ("Friday 17 July", "DATE", "2015-07-17"),
            ("Thursday evening", "TIME", "2015-07-16TEV"),
            ("Ramadan", "DATE", "2015"),
            ("30 days", "DURATION", "P30D"),
            ("Eid", "DATE", "2015-07-18"),
            ("Saturday 18 July", "DATE", "2015-07-18"),
            ("Eid", "DATE", "2015-07-17"),
            ("7.30am", "TIME", "2015-07-17T07:30"),
            ("9am", "TIME", "2015-07-17T09:00"),
            ("Wednesday 15 July", "DATE", "2015-07-15"),
            ("Last year", "DATE", "2014"),
            ("about 11 days", "DURATION", "P11D"),
            ("each year", "SET", "P1Y"),
        ],
    ),
    # Friday 2015-05-08 (ISO week 19), New Zealand news website's story on a church's 150th
    # anniversary, headline ("marks 150 years" DURATION P150Y, like "150 years" in
    # gold_blind5), byline, stamp "Last updated 05:00, May 8 2015" (clock time and date two
    # TIMEX3). "the weekend of May 16-17" one DATE span 2015-W20-WE (like "the night of ..."
    # spans, gold_blind26, gold_blind47; the weekend of the following week, so the text names
    # its days instead of "next weekend"), with "Saturday 16 May" (6.30pm) and "Sunday 17 May"
    # (10am). "more than two years" P2Y (closed since 1 March 2013). "19 March 1865" (a
    # Sunday); "six weeks earlier" at the unit's granularity, the ISO week of 5 February 1865,
    # 1865-W05 (gold_blind28, gold_blind79); "1867", "1908"; "Easter 1912" one DATE span
    # (like "Christmas Eve 1978", gold_blind79), Easter Sunday 1912, 1912-04-07. "February
    # 2013", "1 March" 2013-03-01; "10am each Sunday" the hour and the SET. "on Monday" the
    # coming Monday 2015-05-11; "last Sunday" in a Friday paper 2015-05-03; "14 months" P14M;
    # "yesterday" 2015-05-07; "this year of all years" -> "this year" 2015, as is the next
    # "this year"; "the next two years" P2Y. "mid-2013" 2013 (gold_blind59); "in April" past
    # 2015-04; "in September" ahead 2015-09; "about 14 months" P14M; "Christmas 2016" one
    # span 2016-12-25. "62 years", "31 years" DURATIONs; "from 1952 to 1983" two DATEs; "in
    # 1965" (the centenary's year); "half a century" P50Y. "the Anzac Day dawn service" ->
    # "Anzac Day" 2015-04-25 (this year's service held that day; attributive holiday,
    # gold_blind79) and "25 April". Not annotated: "its 150th anniversary" (an ordinal
    # anniversary, gold_blind8, gold_blind29), "the centenary" (its year "1965" is
    # annotated), "the anniversary service", "dawn service" (the kind of service), "15 per
    # cent", "Psalm 100", "hymn 150" (beside the headline's "150 years"), "44", "21st
    # minister", "$1.9 million", "$1.35m", "$250,000", "81", "about 600 people", "most recent"
    # (an adjective), "all years" in "this year of all years" (an idiom).
    "tawhiri-bay-st-columba-150-years": (
        "2015-05-08",
        [
            ("150 years", "DURATION", "P150Y"),
            ("05:00", "TIME", "2015-05-08T05:00"),
            ("May 8 2015", "DATE", "2015-05-08"),
            ("the weekend of May 16-17", "DATE", "2015-W20-WE"),
            ("more than two years", "DURATION", "P2Y"),
            ("19 March 1865", "DATE", "1865-03-19"),
            ("six weeks earlier", "DATE", "1865-W05"),
            ("1867", "DATE", "1867"),
            ("1908", "DATE", "1908"),
            ("Easter 1912", "DATE", "1912-04-07"),
            ("February 2013", "DATE", "2013-02"),
            ("1 March", "DATE", "2013-03-01"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("each Sunday", "SET", "XXXX-WXX-7"),
            ("6.30pm", "TIME", "2015-05-16T18:30"),
            ("Saturday 16 May", "DATE", "2015-05-16"),
            ("10am", "TIME", "2015-05-17T10:00"),
            ("Sunday 17 May", "DATE", "2015-05-17"),
            ("Monday", "DATE", "2015-05-11"),
            ("last Sunday", "DATE", "2015-05-03"),
            ("14 months", "DURATION", "P14M"),
            ("this year", "DATE", "2015"),
            ("yesterday", "DATE", "2015-05-07"),
            ("this year", "DATE", "2015"),
            ("the next two years", "DURATION", "P2Y"),
            ("mid-2013", "DATE", "2013"),
            ("April", "DATE", "2015-04"),
            ("September", "DATE", "2015-09"),
            ("about 14 months", "DURATION", "P14M"),
            ("Christmas 2016", "DATE", "2016-12-25"),
            ("62 years", "DURATION", "P62Y"),
            ("31 years", "DURATION", "P31Y"),
            ("1952", "DATE", "1952"),
            ("1983", "DATE", "1983"),
            ("1965", "DATE", "1965"),
            ("half a century", "DURATION", "P50Y"),
            ("Anzac Day", "DATE", "2015-04-25"),
            ("25 April", "DATE", "2015-04-25"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
