"""Annotations of the seventy-ninth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind79/annotate.py [--show]

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
    # Tuesday 2013-07-09 (ISO week 28), British regional daily's community story, headline,
    # date line "Tuesday 9 July 2013", byline, no dateline. The text fixes the festival days:
    # "the first day of Ramadan" (one DATE span, gold_blind57) is "Wednesday 10 July", i.e.
    # "tomorrow" (headline, lead and "tomorrow's fast"), with its fast from 2.51am to 9.21pm
    # that day; "Eid al-Fitr ... is expected on Thursday 8 August" 2013-08-08, so the month of
    # fasting runs 10 July-7 August 2013. "Ramadan" (headline) and "the holy month" (twice)
    # name that period, which no TIMEX3 value shape fits: DATE with the smallest calendar unit
    # that holds the whole period, here the year 2013 (see README). "the evening before" Eid
    # is 2013-08-07TEV (anchored on the narrative's last date); "this year's Eid prayers" ->
    # "this year" 2013 and "Eid" 2013-08-08 (the prayers are held on the day, like "Canada Day
    # parade" in gold_blind57), "8am" that morning. "last night" is Monday night
    # 2013-07-08TNI; the buses "said yesterday" 2013-07-08; "on Friday" (worshippers expected)
    # the coming Friday 2013-07-12. "Last year the fast began on 20 July" 2012-07-20; "next
    # year ... in late June" 2014-06; "late last year" 2012; "two weeks ago" at the unit's
    # granularity, 2013-W26. The timetable recurs on no particular day: "1.15pm every Friday",
    # "nightly at 10.45pm", "until 1.30am" XXXX-XX-XXThh:mm; "at sunset" TIME XXXX-XX-XXTEV,
    # like "at dusk" in gold_blind54 (TimeML counts sunset among times of day; the earlier sets
    # disagree on such words, most avoiding them, gold_blind26, gold_blind53 and gold_blind54
    # annotating dawn TMO and dusk TEV; the TimeML reading is followed). "The first few days"
    # of the fast is an ordinal period of an event, DURATION PXD (like "The first week" P1W in
    # gold_blind35); "After a week" -> "a week" P1W. Not annotated: "Eid Street" (a street),
    # "the fast", "Iftar", "the new moon", "May Allah accept" (the verb), "the Sunday Times" (a
    # paper), "full time", "No. 42" (a bus), "£400,000", "1,500", "6,000", "54", "one in three",
    # the URL's "ramadan1434" (a Hijri year in an address) and "01632 960 455".
    "ashworth-mosques-ramadan-timetable": (
        "2013-07-09",
        [
            ("Ramadan", "DATE", "2013"),
            ("tomorrow", "DATE", "2013-07-10"),
            ("Tuesday 9 July 2013", "DATE", "2013-07-09"),
            ("the holy month", "DATE", "2013"),
            ("tomorrow", "DATE", "2013-07-10"),
            ("last night", "TIME", "2013-07-08TNI"),
            ("the first day of Ramadan", "DATE", "2013-07-10"),
            ("Wednesday 10 July", "DATE", "2013-07-10"),
            ("tomorrow", "DATE", "2013-07-10"),
            ("2.51am", "TIME", "2013-07-10T02:51"),
            ("9.21pm", "TIME", "2013-07-10T21:21"),
            ("more than 18 hours", "DURATION", "PT18H"),
            ("Last year", "DATE", "2012"),
            ("20 July", "DATE", "2012-07-20"),
            ("next year", "DATE", "2014"),
            ("late June", "DATE", "2014-06"),
            ("1.15pm", "TIME", "XXXX-XX-XXT13:15"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("10.45pm", "TIME", "XXXX-XX-XXT22:45"),
            ("sunset", "TIME", "XXXX-XX-XXTEV"),
            ("The first few days", "DURATION", "PXD"),
            ("a week", "DURATION", "P1W"),
            ("recently", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("late last year", "DATE", "2012"),
            ("Friday", "DATE", "2013-07-12"),
            ("yesterday", "DATE", "2013-07-08"),
            ("1.30am", "TIME", "XXXX-XX-XXT01:30"),
            ("the holy month", "DATE", "2013"),
            ("Eid al-Fitr", "DATE", "2013-08-08"),
            ("Thursday 8 August", "DATE", "2013-08-08"),
            ("the evening before", "TIME", "2013-08-07TEV"),
            ("this year", "DATE", "2013"),
            ("Eid", "DATE", "2013-08-08"),
            ("8am", "TIME", "2013-08-08T08:00"),
            ("last year", "DATE", "2012"),
            ("two weeks ago", "DATE", "2013-W26"),
        ],
    ),
    # Monday 2015-03-30 (ISO week 14), US paper's faith story, headline, date line "Monday,
    # March 30, 2015", byline, "MAPLE HOLLOW, N.J. —" dateline. Easter 2015 (Western) is
    # Sunday 5 April, so Palm Sunday is "yesterday" 2015-03-29, Good Friday 2015-04-03 (the
    # headline's and the lead's) and "Easter Sunday" 2015-04-05; Ash Wednesday, which the text
    # dates "Feb. 18", is 46 days before Easter. The text fixes Passover: it "begins at sundown
    # Friday" 2015-04-03 and "ends at nightfall on April 11", so "Passover" (twice) is the
    # period 3-11 April 2015, DATE 2015-04 (the smallest calendar unit holding it, see README);
    # "Holy Week" (Palm Sunday to Holy Saturday, 29 March-4 April) and "Lent" (from 18 February)
    # span two or more months, DATE 2015. "the evening Passover begins" -> "the evening" TIME
    # 2015-04-03TEV; "sundown" TEV and "nightfall" TNI on their days (sundown begins the
    # evening like dusk in gold_blind54, nightfall the night; see README). "this week"
    # (headline) 2015-W14; "Friday night" (in the quote, future) 2015-04-03TNI and "Sunday
    # morning" 2015-04-05TMO, while the rabbi "said Friday", the past Friday 2015-03-27: the
    # same weekday in both directions. "the fourth century" DATE 03 (like "the eighth century"
    # 07 in an earlier set); "since 2012" the last coincidence (Good Friday 2012 was 6 April,
    # the first Seder that night). The Orthodox "Easter a week later, on April 12" -> "Easter"
    # 2015-04-12, "a week later" at the unit's granularity, the ISO week 2015-W15 (gold_blind28's
    # "two weeks later"), and "April 12". "the eight-day holiday" -> "eight-day" DURATION;
    # "every Friday" SET; "annually" SET P1Y; "the late 1990s" 199; "Tuesday" the coming
    # Tuesday 2015-03-31 with "7:30 a.m."; "three weeks ago" 2015-W11. Not annotated: "the
    # Jewish holiday" and "the feast" (anaphoric), "the Hebrew calendar", "the Julian
    # calendar", "Route 9", "St. Patrick's Cathedral", "Psalm 23", "Passover seder plate" (a
    # kind of object), "$39", "47", "the first Seder" (an event), "For the first time".
    "maple-hollow-good-friday-first-seder": (
        "2015-03-30",
        [
            ("Good Friday", "DATE", "2015-04-03"),
            ("this week", "DATE", "2015-W14"),
            ("Monday, March 30, 2015", "DATE", "2015-03-30"),
            ("2012", "DATE", "2012"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("the evening", "TIME", "2015-04-03TEV"),
            ("Passover", "DATE", "2015-04"),
            ("yesterday", "DATE", "2015-03-29"),
            ("Palm Sunday", "DATE", "2015-03-29"),
            ("Holy Week", "DATE", "2015"),
            ("6:30 a.m.", "TIME", "2015-04-05T06:30"),
            ("Easter Sunday", "DATE", "2015-04-05"),
            ("Passover", "DATE", "2015-04"),
            ("sundown", "TIME", "2015-04-03TEV"),
            ("Friday", "DATE", "2015-04-03"),
            ("Saturday, April 4", "DATE", "2015-04-04"),
            ("6 p.m.", "TIME", "2015-04-04T18:00"),
            ("eight-day", "DURATION", "P8D"),
            ("nightfall", "TIME", "2015-04-11TNI"),
            ("April 11", "DATE", "2015-04-11"),
            ("Friday night", "TIME", "2015-04-03TNI"),
            ("Sunday morning", "TIME", "2015-04-05TMO"),
            ("Friday", "DATE", "2015-03-27"),
            ("the fourth century", "DATE", "03"),
            ("Lent", "DATE", "2015"),
            ("Ash Wednesday", "DATE", "2015-02-18"),
            ("Feb. 18", "DATE", "2015-02-18"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("recent years", "DATE", "PAST_REF"),
            ("Easter", "DATE", "2015-04-12"),
            ("a week later", "DATE", "2015-W15"),
            ("April 12", "DATE", "2015-04-12"),
            ("annually", "SET", "P1Y"),
            ("the late 1990s", "DATE", "199"),
            ("Tuesday", "DATE", "2015-03-31"),
            ("7:30 a.m.", "TIME", "2015-03-31T07:30"),
            ("three weeks ago", "DATE", "2015-W11"),
        ],
    ),
    # Sunday 2015-11-08 (ISO week 45), Indian daily's city story, headline, agency stamp "TNN |
    # Nov 8, 2015, 04.12 AM IST" (the stamp's date and clock time are the publication day; the
    # zone stays in the span), "INDRAPUR:" dateline. The text fixes this year's days through
    # weekdays: Diwali "on Wednesday" 2015-11-11 (the headline's "Diwali night" and "that
    # night" 2015-11-11TNI, crackers "between 8pm and 10pm", the road closed "from 4pm to
    # midnight on Wednesday", midnight at the end of the day T24:00); "Dhanteras tomorrow"
    # 2015-11-09; "Bhai Dooj on Friday" 2015-11-13; the order "issued on Saturday" 2015-11-07
    # (past); the sale "runs until Thursday" 2015-11-12 (future). "Dussehra on October 22"
    # 2015-10-22. "Last year's Diwali" -> "last year" 2014 and "Diwali" 2014-10-23: the text
    # does not give that day; following TimeML the value is the date the expression denotes,
    # taken from the calendar like a Thanksgiving, and Diwali 2014 fell on Thursday 23 October
    # (the year comes from the possessive, as in "last year's Black Friday", gold_blind57).
    # "over the weekend" (past, in a Sunday paper) -> "the weekend" just ending, 2015-W45-WE;
    # "a year earlier" after this year's festive sales 2014; "the October-December quarter"
    # 2015-Q4; "every hour" SET PT1H; "two hours" (headline), "two-hour" and "five-day"
    # DURATION. Not annotated: "the festival season", "annual business" (a period of a figure,
    # not a recurrence), "The Great Diwali Sale" (a sale's name; it runs from 30 October, not
    # on Diwali), "at all hours" (an idiom), "festive sales", the URL's "aqi2015", "routes 12
    # and 14A", "101", "Rs 50,000", "15%", "40%", "100 metres", "61".
    "indrapur-diwali-crackers-window": (
        "2015-11-08",
        [
            ("Diwali night", "TIME", "2015-11-11TNI"),
            ("two hours", "DURATION", "PT2H"),
            ("Nov 8, 2015", "DATE", "2015-11-08"),
            ("04.12 AM IST", "TIME", "2015-11-08T04:12"),
            ("Diwali", "DATE", "2015-11-11"),
            ("Wednesday", "DATE", "2015-11-11"),
            ("8pm", "TIME", "2015-11-11T20:00"),
            ("10pm", "TIME", "2015-11-11T22:00"),
            ("that night", "TIME", "2015-11-11TNI"),
            ("Saturday", "DATE", "2015-11-07"),
            ("November 15", "DATE", "2015-11-15"),
            ("two-hour", "DURATION", "PT2H"),
            ("2013", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("five-day", "DURATION", "P5D"),
            ("Dhanteras", "DATE", "2015-11-09"),
            ("tomorrow", "DATE", "2015-11-09"),
            ("Bhai Dooj", "DATE", "2015-11-13"),
            ("Friday", "DATE", "2015-11-13"),
            ("Last year", "DATE", "2014"),
            ("Diwali", "DATE", "2014-10-23"),
            ("three days", "DURATION", "P3D"),
            ("every hour", "SET", "PT1H"),
            ("Dussehra", "DATE", "2015-10-22"),
            ("October 22", "DATE", "2015-10-22"),
            ("the weekend", "DATE", "2015-W45-WE"),
            ("a year earlier", "DATE", "2014"),
            ("October 30", "DATE", "2015-10-30"),
            ("Thursday", "DATE", "2015-11-12"),
            ("the October-December quarter", "DATE", "2015-Q4"),
            ("2011", "DATE", "2011"),
            ("4pm", "TIME", "2015-11-11T16:00"),
            ("midnight", "TIME", "2015-11-11T24:00"),
            ("Wednesday", "DATE", "2015-11-11"),
            ("recent years", "DATE", "PAST_REF"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Friday 2014-09-05 (ISO week 36), Malaysian daily's community story, headline, stamp
    # "Friday, 5 September 2014 | 7:30 AM MYT" (date and clock time of publication, the zone in
    # the span), byline, "BUKIT SEROJA:" dateline. The text fixes the festival: the walk is "on
    # Sunday night" 2014-09-07TNI, "the eve of the Mid-Autumn Festival, which falls on Monday"
    # -> the anchored day one DATE span 2014-09-07 (like "the Wednesday before Thanksgiving",
    # gold_blind57) and "Monday" 2014-09-08. The walk starts "at 7.30pm" and ends "about two
    # hours later", TIME at the unit's granularity 2014-09-07T21:30; the bus runs "until
    # midnight" that night, T24:00. "Last year it was on Sept 19" 2013-09-19 and "Next year ...
    # Sept 27" 2015-09-27 (the baker's own dates; both agree with the calendar). "Chinese New
    # Year's Eve in January": the text gives the month, not the day; the value is the day the
    # expression denotes, Chinese New Year 2014 having fallen on 31 January, its eve Thursday
    # 2014-01-30, and "January" 2014-01. "next month" 2014-10 with "Hari Raya Haji on Oct 5"
    # and "Deepavali on Oct 22" as Malaysia observed them that year (the text's dates); "the
    # Sunday after Deepavali" one DATE span 2014-10-26; "the first half of next year" 2015-H1.
    # "mid-July" 2014-07 and "August" 2014-08 (past); "this year" 2014 (twice), "last year"
    # 2013 (twice, once from "last year's festival"); "every day", "every year", "twice a week"
    # SETs. Not annotated: "the lunar calendar", "The festival season", "Christmas Island" (a
    # place), "the Mid-Autumn Festival" apart from its eve (inside the span), "later" (an
    # adverb), "for the first time", "route 302", "RM88", "RM80", "3,000", "14 calls", "68",
    # "52".
    "bukit-seroja-mid-autumn-lantern-walk": (
        "2014-09-05",
        [
            ("Sunday", "DATE", "2014-09-07"),
            ("Friday, 5 September 2014", "DATE", "2014-09-05"),
            ("7:30 AM MYT", "TIME", "2014-09-05T07:30"),
            ("Sunday night", "TIME", "2014-09-07TNI"),
            ("the eve of the Mid-Autumn Festival", "DATE", "2014-09-07"),
            ("Monday", "DATE", "2014-09-08"),
            ("1995", "DATE", "1995"),
            ("7.30pm", "TIME", "2014-09-07T19:30"),
            ("about two hours later", "TIME", "2014-09-07T21:30"),
            ("midnight", "TIME", "2014-09-07T24:00"),
            ("every day", "SET", "P1D"),
            ("mid-July", "DATE", "2014-07"),
            ("this year", "DATE", "2014"),
            ("last year", "DATE", "2013"),
            ("every year", "SET", "P1Y"),
            ("Last year", "DATE", "2013"),
            ("Sept 19", "DATE", "2013-09-19"),
            ("Next year", "DATE", "2015"),
            ("Sept 27", "DATE", "2015-09-27"),
            ("Chinese New Year's Eve", "DATE", "2014-01-30"),
            ("January", "DATE", "2014-01"),
            ("twice a week", "SET", "P1W"),
            ("August", "DATE", "2014-08"),
            ("this year", "DATE", "2014"),
            ("recent years", "DATE", "PAST_REF"),
            ("Now", "DATE", "PRESENT_REF"),
            ("last year", "DATE", "2013"),
            ("next month", "DATE", "2014-10"),
            ("Hari Raya Haji", "DATE", "2014-10-05"),
            ("Oct 5", "DATE", "2014-10-05"),
            ("Deepavali", "DATE", "2014-10-22"),
            ("Oct 22", "DATE", "2014-10-22"),
            ("the Sunday after Deepavali", "DATE", "2014-10-26"),
            ("the first half of next year", "DATE", "2015-H1"),
        ],
    ),
    # Thursday 2015-04-16 (ISO week 16), Canadian paper's community story, headline, date line
    # "Thursday, April 16, 2015", byline, "FRASERVIEW, B.C. —" dateline. The text fixes
    # Vaisakhi: it "fell on Tuesday, April 14, the date the temple observes each year", so
    # "Vaisakhi" 2015-04-14 and next year's "two days after Vaisakhi" 2016-04-14 ("two days"
    # an anchored DURATION, gold_blind35). The parade is "on Saturday" 2015-04-18 (headline,
    # lead and forecast) with its hours; "the city's Vaisakhi parade" and "Last year's parade"
    # are not annotated as Vaisakhi: the parade is held four days after the holiday, so the
    # compound names a kind of event, like "The Christmas market" in gold_blind57 ("Last year"
    # 2014 is annotated). The reading "began on Sunday" 2015-04-12 (past) and "ended at dawn on
    # Tuesday": "dawn" TIME 2015-04-14TMO (gold_blind26, gold_blind53); "48-hour" and
    # "one-day" adjectival DURATIONs. The corporal "said Wednesday" 2015-04-15; "Earlier this
    # month" 2015-04; "more than a century" P100Y; "the 1970s" 197; "mid-2012" 2012; "every
    # Monday evening" SET XXXX-WXX-1TEV, "weekly" SET P1W, "since January" 2015-01; "Next year"
    # 2016 and "Saturday, April 16, 2016". Not annotated: "Vaisakhi parade" (twice), "the
    # harvest", "March stewards" (the noun), "128 Street" (twice), "72 Avenue", "80 Avenue",
    # "route 321", "14 C", "$85,000", "150,000", "130,000", "58", "about 200 officers".
    "fraserview-vaisakhi-parade": (
        "2015-04-16",
        [
            ("Saturday", "DATE", "2015-04-18"),
            ("Thursday, April 16, 2015", "DATE", "2015-04-16"),
            ("Saturday", "DATE", "2015-04-18"),
            ("9 a.m.", "TIME", "2015-04-18T09:00"),
            ("5 p.m.", "TIME", "2015-04-18T17:00"),
            ("Vaisakhi", "DATE", "2015-04-14"),
            ("Tuesday, April 14", "DATE", "2015-04-14"),
            ("each year", "SET", "P1Y"),
            ("1699", "DATE", "1699"),
            ("Sunday", "DATE", "2015-04-12"),
            ("48-hour", "DURATION", "PT48H"),
            ("dawn", "TIME", "2015-04-14TMO"),
            ("Tuesday", "DATE", "2015-04-14"),
            ("Last year", "DATE", "2014"),
            ("every year", "SET", "P1Y"),
            ("1998", "DATE", "1998"),
            ("Now", "DATE", "PRESENT_REF"),
            ("one-day", "DURATION", "P1D"),
            ("8 a.m.", "TIME", "2015-04-18T08:00"),
            ("6 a.m.", "TIME", "2015-04-18T06:00"),
            ("7 p.m.", "TIME", "2015-04-18T19:00"),
            ("Wednesday", "DATE", "2015-04-15"),
            ("Earlier this month", "DATE", "2015-04"),
            ("more than a century", "DURATION", "P100Y"),
            ("the 1970s", "DATE", "197"),
            ("mid-2012", "DATE", "2012"),
            ("every Monday evening", "SET", "XXXX-WXX-1TEV"),
            ("weekly", "SET", "P1W"),
            ("January", "DATE", "2015-01"),
            ("Next year", "DATE", "2016"),
            ("Saturday, April 16, 2016", "DATE", "2016-04-16"),
            ("two days", "DURATION", "P2D"),
            ("Vaisakhi", "DATE", "2016-04-14"),
            ("Saturday", "DATE", "2015-04-18"),
        ],
    ),
    # Saturday 2012-12-01 (ISO week 48), British local weekly's faith diary, headline, date
    # line "Saturday 1 December 2012", byline, no dateline. Advent Sunday, the fourth Sunday
    # before Christmas (Tuesday 25 December 2012), is "tomorrow" 2012-12-02 (headline and
    # body); St Nicholas's Day, fixed on 6 December, is "on Thursday" 2012-12-06. The text fixes
    # Hanukkah: the first candle "at sundown next Saturday, 8 December" (one DATE span with its
    # date, the next Saturday after the publication day; "sundown" 2012-12-08TEV, see README)
    # and "The eight-day festival ends on Sunday 16 December", so the headline's "Hanukkah" is
    # the period 8-16 December 2012, DATE 2012-12 (the smallest calendar unit holding it), and
    # "last year Hanukkah began ... on the evening of 20 December" -> "Hanukkah" 2011-12 (20-28
    # December 2011), "the evening of 20 December" TIME 2011-12-20TEV (one span, gold_blind28),
    # "almost two weeks" the size of the shift, DURATION P2W (like "about 11 days earlier" in
    # gold_blind57). "two days later" after 8 December is 2012-12-10 (anchored on the
    # narrative's last date), "at 4.30pm" that day. "Diwali last month" is one span like
    # "Easter last year" (gold_blind57): the text gives the month, the calendar the day, Diwali
    # 2012 having fallen on Tuesday 13 November. The Orthodox parishes keep the Julian
    # calendar, whose 25 December is the Gregorian 7 January: "Christmas" 2013-01-07 with
    # "Monday 7 January", "the night before" 2013-01-06TNI. "the Christmas Day Mass" ->
    # "Christmas Day" (the Mass is held that day). "the winter" 2013-WI (December 2012 to
    # February 2013, named by the year of its January, gold_blind57). The weekly events recur:
    # "10am" XXXX-XX-XXT10:00 with "every Sunday", "every Tuesday at 7pm", "every Thursday
    # evening" XXXX-WXX-4TEV, "every Saturday". Not annotated: "Midnight Mass" (the name of a
    # service, which here begins at 11.30pm), "Advent candles", "the first Hanukkah candle"
    # (kinds of object), "the Sunday school", "hymn 24", "the Julian calendar", "the event",
    # "2,000 visitors", "01632 960 718".
    "kelstone-faith-diary-advent-hanukkah": (
        "2012-12-01",
        [
            ("Advent Sunday", "DATE", "2012-12-02"),
            ("tomorrow", "DATE", "2012-12-02"),
            ("Hanukkah", "DATE", "2012-12"),
            ("next Saturday", "DATE", "2012-12-08"),
            ("Saturday 1 December 2012", "DATE", "2012-12-01"),
            ("Advent Sunday", "DATE", "2012-12-02"),
            ("tomorrow", "DATE", "2012-12-02"),
            ("6.30pm", "TIME", "2012-12-02T18:30"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("Christmas", "DATE", "2012-12-25"),
            ("St Nicholas's Day", "DATE", "2012-12-06"),
            ("Thursday", "DATE", "2012-12-06"),
            ("16 December", "DATE", "2012-12-16"),
            ("sundown", "TIME", "2012-12-08TEV"),
            ("next Saturday, 8 December", "DATE", "2012-12-08"),
            ("two days later", "DATE", "2012-12-10"),
            ("4.30pm", "TIME", "2012-12-10T16:30"),
            ("eight-day", "DURATION", "P8D"),
            ("Sunday 16 December", "DATE", "2012-12-16"),
            ("last year", "DATE", "2011"),
            ("Hanukkah", "DATE", "2011-12"),
            ("almost two weeks", "DURATION", "P2W"),
            ("the evening of 20 December", "TIME", "2011-12-20TEV"),
            ("11.30pm", "TIME", "2012-12-24T23:30"),
            ("Christmas Eve", "DATE", "2012-12-24"),
            ("Christmas Day", "DATE", "2012-12-25"),
            ("10am", "TIME", "2012-12-25T10:00"),
            ("Diwali last month", "DATE", "2012-11-13"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("Christmas", "DATE", "2013-01-07"),
            ("Monday 7 January", "DATE", "2013-01-07"),
            ("the night before", "TIME", "2013-01-06TNI"),
            ("every Thursday evening", "SET", "XXXX-WXX-4TEV"),
            ("the winter", "DATE", "2013-WI"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
