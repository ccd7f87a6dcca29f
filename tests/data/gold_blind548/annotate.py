"""Annotations of blind gold set 548, chosen by hand before the tagger ran.

    python tests/data/gold_blind548/annotate.py [--show]

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
    # Monday 1989-03-13 (ISO week 11), Reuters-style international wire, headline,
    # "ANKARA, March 13 (Reuter) -" dateline (the publication day, gold_blind59, gold_blind78),
    # "REUTER" sign-off. The quake struck "in the early hours of Monday" -> one DATE span
    # 1989-03-13 (gold_blind103's "the early hours of Thursday"), "at 4.12 a.m. local time
    # (0212 GMT)" two TIMEs (the local time kept in the span, gold_blind28), Turkey on UTC+2 in
    # March. Weekdays: "by Monday afternoon" 1989-03-13TAF, "on Monday morning" TMO, "on Monday
    # evening" TEV, "said on Monday" the publication day; "on Saturday night" 1989-03-11TNI and
    # "that night" the same night (a narrative anchor, like "That winter" in gold_blind103),
    # "only on Sunday" 1989-03-12; ahead: "on Tuesday" 1989-03-14, "starting on Wednesday"
    # 1989-03-15, "Tuesday night" 1989-03-14TNI, "will stay closed until Monday" the next Monday
    # 1989-03-20 (the same weekday in both directions). "overnight" (temperatures "fell", told
    # on Monday) is the night begun on Sunday evening, 1989-03-12TNI (gold_blind21,
    # gold_blind59); "tonight's frost" -> "tonight" 1989-03-13TNI. "the first 10 hours" is an
    # ordinal period of the event, DURATION PT10H (gold_blind35's "The first week"); "less than
    # a minute" PT1M; "more than 12 hours" PT12H; "three days of national mourning" P3D;
    # "within 48 hours" -> "48 hours" PT48H; "about two years" P2Y; "several weeks" PXW; "daily
    # relief flights" an adjectival recurrence, SET P1D (gold_blind35); "the spring" ahead in
    # March 1989-SP; "this year" 1989; "about noon" 1989-03-13T12:00. Not annotated: "5.9 on
    # the Richter scale", "6.1", "70 km (45 miles)", "minus 14 Celsius", "46", "60
    # aftershocks", "19 people", "3,000 tents", "10,000 blankets", "80 patients", "54" and
    # "31" (ages), "two sons", "the third damaging quake" beyond "this year", "REUTER".
    "karaoren-earthquake-eastern-turkey": (
        "1989-03-13",
        [
            ("March 13", "DATE", "1989-03-13"),
            ("the early hours of Monday", "DATE", "1989-03-13"),
            ("4.12 a.m. local time", "TIME", "1989-03-13T04:12"),
            ("0212 GMT", "TIME", "1989-03-13T02:12"),
            ("Monday afternoon", "TIME", "1989-03-13TAF"),
            ("the first 10 hours", "DURATION", "PT10H"),
            ("9.35 a.m.", "TIME", "1989-03-13T09:35"),
            ("less than a minute", "DURATION", "PT1M"),
            ("overnight", "TIME", "1989-03-12TNI"),
            ("more than 12 hours", "DURATION", "PT12H"),
            ("tonight", "TIME", "1989-03-13TNI"),
            ("Saturday night", "TIME", "1989-03-11TNI"),
            ("that night", "TIME", "1989-03-11TNI"),
            ("Sunday", "DATE", "1989-03-12"),
            ("Monday morning", "TIME", "1989-03-13TMO"),
            ("about noon", "TIME", "1989-03-13T12:00"),
            ("Tuesday", "DATE", "1989-03-14"),
            ("daily", "SET", "P1D"),
            ("six hours", "DURATION", "PT6H"),
            ("1971", "DATE", "1971"),
            ("Monday evening", "TIME", "1989-03-13TEV"),
            ("three days", "DURATION", "P3D"),
            ("Wednesday", "DATE", "1989-03-15"),
            ("Monday", "DATE", "1989-03-20"),
            ("several weeks", "DURATION", "PXW"),
            ("Tuesday night", "TIME", "1989-03-14TNI"),
            ("Wednesday", "DATE", "1989-03-15"),
            ("Monday", "DATE", "1989-03-13"),
            ("48 hours", "DURATION", "PT48H"),
            ("the spring", "DATE", "1989-SP"),
            ("about two years", "DURATION", "P2Y"),
            ("this year", "DATE", "1989"),
        ],
    ),
    # Tuesday 1989-12-19 (ISO week 51), British regional morning paper, masthead date line
    # "Tuesday December 19 1989" (one span with its weekday), headline, standfirst, byline.
    # "yesterday" is Monday 1989-12-18, "last night" its night, 1989-12-18TNI (gold_blind35);
    # "tomorrow" (standfirst "tomorrow's high tide" and body) 1989-12-20, "tomorrow afternoon"
    # 1989-12-20TAF, the tide "at 11.42am tomorrow" and the peak "between 11am and 2pm" clock
    # times on that day. Past weekdays: "between Saturday evening and Sunday night"
    # 1989-12-16TEV and 1989-12-17TNI, "since 3am on Monday" 1989-12-18T03:00 plus the DATE.
    # Ahead: "on Thursday" 1989-12-21, "until Friday" 1989-12-22, "until at least Boxing Day"
    # -> "at least Boxing Day" 1989-12-26 (gold_blind103's "at least Wednesday"); "Christmas
    # Day" 1989-12-25, "Christmas Eve" 1989-12-24. "the weekend's storms" is the weekend just
    # past, 1989-W50-WE (16-17 December), "the outlook for the weekend" the next one,
    # 1989-W51-WE (23-24 December). "for the second time in a week" -> "a week" DURATION P1W
    # (the period of an ordinal count, gold_blind103's "two weeks"); "1.8 metres in 12 hours"
    # -> "12 hours" PT12H (the time a past change took, gold_blind35); "by midday" 12:00 of
    # yesterday; "through the night" -> "the night" tonight's, 1989-12-19TNI; "every two
    # hours" SET PT2H; "the second this month" -> "this month" 1989-12, "December" (the month
    # so far) 1989-12; "for 40 years" P40Y; "Now" PRESENT_REF (in a quote), "now" likewise;
    # "brought forward by a year" -> "a year" DURATION P1Y (the size of a shift,
    # gold_blind35, gold_blind59). Not annotated: "its monthly average" (the period of a figure,
    # gold_blind103), "5.6 metres", "1.8 metres", "64mm", "142mm", "a metre", "300 homes",
    # "six shops", "71" (an age), "£20m", "£4.5m", "(0568) 21989" (a phone number ending in
    # 1989), "the third serious flood" beyond "1979", "the worst", "a spring tide" (a kind of
    # tide, not a season), "high tide".
    "wenford-river-wenlow-floods": (
        "1989-12-19",
        [
            ("Tuesday December 19 1989", "DATE", "1989-12-19"),
            ("tomorrow", "DATE", "1989-12-20"),
            ("yesterday", "DATE", "1989-12-18"),
            ("a week", "DURATION", "P1W"),
            ("last night", "TIME", "1989-12-18TNI"),
            ("12 hours", "DURATION", "PT12H"),
            ("Saturday evening", "TIME", "1989-12-16TEV"),
            ("Sunday night", "TIME", "1989-12-17TNI"),
            ("about 6.15am", "TIME", "1989-12-18T06:15"),
            ("yesterday", "DATE", "1989-12-18"),
            ("midday", "TIME", "1989-12-18T12:00"),
            ("tonight", "TIME", "1989-12-19TNI"),
            ("tomorrow afternoon", "TIME", "1989-12-20TAF"),
            ("11.42am", "TIME", "1989-12-20T11:42"),
            ("tomorrow", "DATE", "1989-12-20"),
            ("11am", "TIME", "1989-12-20T11:00"),
            ("2pm", "TIME", "1989-12-20T14:00"),
            ("March 1981", "DATE", "1981-03"),
            ("The next 48 hours", "DURATION", "PT48H"),
            ("every two hours", "SET", "PT2H"),
            ("the night", "TIME", "1989-12-19TNI"),
            ("1979", "DATE", "1979"),
            ("this month", "DATE", "1989-12"),
            ("December 11", "DATE", "1989-12-11"),
            ("last night", "TIME", "1989-12-18TNI"),
            ("40 years", "DURATION", "P40Y"),
            ("Christmas Day", "DATE", "1989-12-25"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Christmas Eve", "DATE", "1989-12-24"),
            ("3am", "TIME", "1989-12-18T03:00"),
            ("Monday", "DATE", "1989-12-18"),
            ("at least Boxing Day", "DATE", "1989-12-26"),
            ("1823", "DATE", "1823"),
            ("Thursday", "DATE", "1989-12-21"),
            ("Friday", "DATE", "1989-12-22"),
            ("the weekend", "DATE", "1989-W50-WE"),
            ("December", "DATE", "1989-12"),
            ("the weekend", "DATE", "1989-W51-WE"),
            ("1991", "DATE", "1991"),
            ("now", "DATE", "PRESENT_REF"),
            ("a year", "DURATION", "P1Y"),
        ],
    ),
    # Sunday 1990-05-27 (ISO week 21), Indian English daily, masthead date line "LUCKNOW,
    # SUNDAY, MAY 27, 1990" -> "SUNDAY, MAY 27, 1990" one DATE span; the correspondent's
    # dateline "LUCKNOW, May 26." is the day of filing, the day before the paper, as such papers
    # date their copy -> DATE 1990-05-26 (see README). The text names its days by weekday and
    # uses no "today"/"yesterday", so no word depends on which of the two days is the anchor:
    # "on Saturday" (twice) 1990-05-26, "on Friday" 1990-05-25, "Friday night" 1990-05-25TNI,
    # "Friday afternoon" 1990-05-25TAF; ahead "till Wednesday" (and the headline's "before
    # Wednesday") 1990-05-30, "from Thursday" 1990-05-31, "from Monday next" -> "Monday next"
    # 1990-05-28 (post-posed "next", gold_blind22, gold_blind49). "around June 1" the
    # approximator kept, 1990-06-01; "by mid-June" 1990-06; "since May 18"; "July 1", "July
    # 9", "June 30" of 1990. The office hours ("from 7.30 a.m. to 1.30 p.m.", "the usual 10
    # a.m. to 5 p.m."), the power cuts ("from 2 p.m. to 6 p.m. every day"), the advice to stay
    # indoors ("between 11 a.m. and 4 p.m.") and the water supply ("at 5 a.m. and 6 p.m.") are
    # hours of a recurring service, XXXX-XX-XXThh:mm (gold_blind28, gold_blind59); "every day"
    # and "twice a day" SET P1D. "the past 24 hours" PT24H, "the last three days" P3D. "Last
    # year" 1989 and its "between April and June" 1989-04 and 1989-06; "May 1958" 1958-05. Not
    # annotated: "this season" (a hot season of no calendar unit, gold_blind103), "the
    # monsoon" (gold_blind49), "the summer vacation" (an event-named period; its end "July 1"
    # is annotated), "until the level of the Gomti improves", "47.6 degrees Celsius", "44
    # degrees", "31.2 degrees", "48.9 degrees", "five to six degrees", "2,940 MW", "1,990 MW"
    # (a year-like figure in a 1990 story), "63", "140 patients", "112", "96", "Rs. 10,000",
    # "58" (an age), "U.P.", "Day temperatures" (an adjective naming a kind of reading,
    # gold_blind103's "daytime highs").
    "lucknow-heat-wave-toll": (
        "1990-05-27",
        [
            ("SUNDAY, MAY 27, 1990", "DATE", "1990-05-27"),
            ("Wednesday", "DATE", "1990-05-30"),
            ("May 26", "DATE", "1990-05-26"),
            ("Saturday", "DATE", "1990-05-26"),
            ("the past 24 hours", "DURATION", "PT24H"),
            ("Wednesday", "DATE", "1990-05-30"),
            ("Thursday", "DATE", "1990-05-31"),
            ("around June 1", "DATE", "1990-06-01"),
            ("mid-June", "DATE", "1990-06"),
            ("May 18", "DATE", "1990-05-18"),
            ("Friday night", "TIME", "1990-05-25TNI"),
            ("Saturday", "DATE", "1990-05-26"),
            ("July 1", "DATE", "1990-07-01"),
            ("July 9", "DATE", "1990-07-09"),
            ("7.30 a.m.", "TIME", "XXXX-XX-XXT07:30"),
            ("1.30 p.m.", "TIME", "XXXX-XX-XXT13:30"),
            ("June 30", "DATE", "1990-06-30"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("2 p.m.", "TIME", "XXXX-XX-XXT14:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("every day", "SET", "P1D"),
            ("Monday next", "DATE", "1990-05-28"),
            ("Friday", "DATE", "1990-05-25"),
            ("11 a.m.", "TIME", "XXXX-XX-XXT11:00"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("the last three days", "DURATION", "P3D"),
            ("twice a day", "SET", "P1D"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("Friday afternoon", "TIME", "1990-05-25TAF"),
            ("Last year", "DATE", "1989"),
            ("April", "DATE", "1989-04"),
            ("June", "DATE", "1989-06"),
            ("1988", "DATE", "1988"),
            ("May 1958", "DATE", "1958-05"),
        ],
    ),
    # Friday 1990-09-07 (ISO week 36), AP wire copy as transmitted: the file line
    # "AP-NR-09-07-90 0614EDT" gives the wire's date and time -> "09-07-90" DATE 1990-09-07
    # (US month-day-year) and "0614EDT" TIME 1990-09-07T06:14 (the zone in the span, not in the
    # value), see README; the slug "BC-Hurricane Lorena, 3rd Ld-Writethru,a0472,0588" and the
    # editor's note ("5 a.m. EDT advisory" a TIME of today), "PORT CALLOWAY, Texas (AP) _"
    # dateline without date; "today", "early today", "this morning" the day of the wire
    # (gold_blind35). Landfall "shortly before midnight Thursday": "midnight" the midnight ending
    # Thursday, 1990-09-06T24:00 ("shortly before" a signal, gold_blind59), and "Thursday"
    # 1990-09-06; "11:40 p.m. CDT Thursday" two TIMEX3; "about 20 minutes earlier" -> "about 20
    # minutes" DURATION PT20M (the size of a shift, gold_blind59's "about three weeks
    # earlier"); "About 2 in the morning" one TIME span after midnight, 1990-09-07T02:00
    # (gold_blind81's "about ten in the morning"). Past: "late Thursday night" 1990-09-06TNI,
    # "Thursday night" the same, "since Wednesday afternoon" 1990-09-05TAF, "Wednesday night"
    # 1990-09-05TNI, "Thursday morning" 1990-09-06TMO, "6 p.m. CDT Wednesday" 1990-09-05T18:00
    # plus the DATE, "on Sunday" 1990-09-02, "became a hurricane Tuesday" 1990-09-04. Ahead:
    # "through Saturday" and "until 7 p.m. Saturday" 1990-09-08, "by Monday" 1990-09-10, "through
    # Tuesday" 1990-09-11, "Sept. 15", "until October" 1990-10, "at noon today", "at 11 a.m.
    # EDT" 1990-09-07T11:00, "Nov. 30" 1990-11-30 (the end of the season, gold_blind56); "the
    # weekend" 1990-W36-WE (8-9 September). The curfew "from 9 p.m. to 6 a.m. nightly" -> two
    # TIMEs XXXX-XX-XXThh:mm and the SET XXXX-XX-XXTNI (gold_blind79's "nightly"). "for three
    # hours" PT3H; "in 20 years" P20Y (the period of a "first", gold_blind35); "two weeks" P2W;
    # "since 1983". Not annotated: "AP-NR", "3rd Ld-Writethru", "a0472", "0588" (a word count
    # that reads like a clock time), "8th graf", "105 mph", "118 mph", "5 to 10 inches", "14
    # counties", "Category 2", "Farm-to-Market Road 1990" (a road number, in a 1990 story), "62"
    # (an age), "80,000", "60,000", "$150 million", "the season" in "The Atlantic hurricane
    # season" (its end annotated).
    "hurricane-lorena-texas-landfall": (
        "1990-09-07",
        [
            ("09-07-90", "DATE", "1990-09-07"),
            ("0614EDT", "TIME", "1990-09-07T06:14"),
            ("5 a.m. EDT", "TIME", "1990-09-07T05:00"),
            ("midnight", "TIME", "1990-09-06T24:00"),
            ("Thursday", "DATE", "1990-09-06"),
            ("early today", "DATE", "1990-09-07"),
            ("5 a.m. EDT", "TIME", "1990-09-07T05:00"),
            ("Saturday", "DATE", "1990-09-08"),
            ("7 p.m.", "TIME", "1990-09-08T19:00"),
            ("Saturday", "DATE", "1990-09-08"),
            ("11:40 p.m. CDT", "TIME", "1990-09-06T23:40"),
            ("Thursday", "DATE", "1990-09-06"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("three hours", "DURATION", "PT3H"),
            ("About 2 in the morning", "TIME", "1990-09-07T02:00"),
            ("late Thursday night", "TIME", "1990-09-06TNI"),
            ("this morning", "TIME", "1990-09-07TMO"),
            ("Wednesday afternoon", "TIME", "1990-09-05TAF"),
            ("Wednesday night", "TIME", "1990-09-05TNI"),
            ("Thursday morning", "TIME", "1990-09-06TMO"),
            ("6 p.m. CDT", "TIME", "1990-09-05T18:00"),
            ("Wednesday", "DATE", "1990-09-05"),
            ("Thursday night", "TIME", "1990-09-06TNI"),
            ("Sunday", "DATE", "1990-09-02"),
            ("Tuesday", "DATE", "1990-09-04"),
            ("20 years", "DURATION", "P20Y"),
            ("Monday", "DATE", "1990-09-10"),
            ("two weeks", "DURATION", "P2W"),
            ("today", "DATE", "1990-09-07"),
            ("Tuesday", "DATE", "1990-09-11"),
            ("Sept. 15", "DATE", "1990-09-15"),
            ("October", "DATE", "1990-10"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("the weekend", "DATE", "1990-W36-WE"),
            ("noon", "TIME", "1990-09-07T12:00"),
            ("today", "DATE", "1990-09-07"),
            ("1983", "DATE", "1983"),
            ("11 a.m. EDT", "TIME", "1990-09-07T11:00"),
            ("Nov. 30", "DATE", "1990-11-30"),
        ],
    ),
    # Thursday 1991-01-10 (ISO week 2), Canadian prairie daily, masthead date line "Thursday,
    # January 10, 1991" (one span), headline ("more snow due Friday"), byline, "SANDHILL -"
    # dateline. Past: "Wednesday" (three times) 1991-01-09 with "4:30 a.m.", "11 a.m." and
    # "from 2 p.m." (the last without a named day, on the narrative's Wednesday), "Wednesday
    # night" 1991-01-09TNI and "until 2 a.m." after it, 1991-01-10T02:00; "Tuesday night"
    # 1991-01-08TNI, "since Tuesday evening" 1991-01-08TEV, "missing since Tuesday" 1991-01-08,
    # "yesterday morning" 1991-01-09TMO; "overnight" in a Thursday paper the night begun on
    # Wednesday evening, 1991-01-09TNI (gold_blind21, gold_blind59). Ahead: "late Friday"
    # 1991-01-11 (gold_blind56), "by Sunday" 1991-01-13, "until Saturday" 1991-01-12, "until
    # Monday" 1991-01-14, "the weekend" 1991-W02-WE (12-13 January), "next week" 1991-W03,
    # "Jan. 21" 1991-01-21, "noon today". "The worst blizzard in a decade" -> "a decade" P10Y
    # (the period of a superlative, gold_blind56); "under a minute" PT1M (the generic period of
    # a definition, like "within 48 hours" in gold_blind56); "the second straight day" DURATION
    # P1D (an ordinal day of a run, gold_blind13, gold_blind56); "16-hour" PT16H; "all of
    # December" -> "December" 1990-12; the parking ban "from 11 p.m. to 6 a.m. each night" two
    # TIMEs XXXX-XX-XXThh:mm and the SET XXXX-XX-XXTNI (gold_blind103); "twice a day" SET P1D;
    # "every hour" SET PT1H. Not annotated: "a January storm" (an adjectival month naming a
    # kind of storm, like "Summer programs" in gold_blind103), "until further notice", "at the
    # earliest", "around the clock", "2,100 watts per square metre" (a wind chill), "minus 36",
    # "90 km/h", "15 to 20 centimetres", "41 centimetres", "48 centimetres", "Highway 16",
    # "Highway 4", "Highway 14", "Grade 12", "200", "40 motorists", "3,500", "60 head", "71" and
    # "66" (ages), "1-800-555-1991" (a phone number holding 1991).
    "sandhill-blizzard-highway-16": (
        "1991-01-10",
        [
            ("Thursday, January 10, 1991", "DATE", "1991-01-10"),
            ("Friday", "DATE", "1991-01-11"),
            ("a decade", "DURATION", "P10Y"),
            ("Wednesday", "DATE", "1991-01-09"),
            ("Monday", "DATE", "1991-01-14"),
            ("4:30 a.m.", "TIME", "1991-01-09T04:30"),
            ("Wednesday", "DATE", "1991-01-09"),
            ("this morning", "TIME", "1991-01-10TMO"),
            ("this afternoon", "TIME", "1991-01-10TAF"),
            ("late Friday", "DATE", "1991-01-11"),
            ("Sunday", "DATE", "1991-01-13"),
            ("overnight", "TIME", "1991-01-09TNI"),
            ("under a minute", "DURATION", "PT1M"),
            ("11 a.m.", "TIME", "1991-01-09T11:00"),
            ("Wednesday", "DATE", "1991-01-09"),
            ("2 p.m.", "TIME", "1991-01-09T14:00"),
            ("noon", "TIME", "1991-01-10T12:00"),
            ("today", "DATE", "1991-01-10"),
            ("Wednesday night", "TIME", "1991-01-09TNI"),
            ("2 a.m.", "TIME", "1991-01-10T02:00"),
            ("19 hours", "DURATION", "PT19H"),
            ("the second straight day", "DURATION", "P1D"),
            ("today", "DATE", "1991-01-10"),
            ("Jan. 21", "DATE", "1991-01-21"),
            ("Tuesday night", "TIME", "1991-01-08TNI"),
            ("16-hour", "DURATION", "PT16H"),
            ("the weekend", "DATE", "1991-W02-WE"),
            ("Tuesday evening", "TIME", "1991-01-08TEV"),
            ("December", "DATE", "1990-12"),
            ("1967", "DATE", "1967"),
            ("Saturday", "DATE", "1991-01-12"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("yesterday morning", "TIME", "1991-01-09TMO"),
            ("Tuesday", "DATE", "1991-01-08"),
            ("twice a day", "SET", "P1D"),
            ("1978", "DATE", "1978"),
            ("three days", "DURATION", "P3D"),
            ("next week", "DATE", "1991-W03"),
            ("every hour", "SET", "PT1H"),
        ],
    ),
    # Saturday 1991-02-16 (ISO week 7), Australian regional daily, masthead date line
    # "Saturday, February 16, 1991" (one span), headline, standfirst ("landfall tonight"),
    # byline. "last night" and "yesterday" are Friday 1991-02-15 (its night and its day); "At
    # 10pm yesterday" 1991-02-15T22:00, "by 9pm yesterday" 1991-02-15T21:00, "early yesterday"
    # DATE 1991-02-15 (gold_blind56's "early Friday"); "The next warning was due at 1am" after
    # the 10pm warning -> 1991-02-16T01:00. Ahead on the publication day: "late tonight",
    # "tonight" (standfirst and quote) and "through the night" -> "the night" 1991-02-16TNI,
    # "around midnight tonight" -> "around midnight" the midnight ending Saturday,
    # 1991-02-16T24:00 (the approximator kept, gold_blind59, gold_blind103), "this morning"
    # TMO, "this afternoon" TAF, "by 6pm", "at 7am today", "from 8pm"; "early tomorrow" DATE
    # 1991-02-17; "this weekend" 1991-W07-WE (16-17 February, gold_blind59); "on Monday"
    # 1991-02-18, "by Monday night" 1991-02-18TNI. Past weekdays: "on Tuesday" 1991-02-12,
    # "on Thursday" 1991-02-14. "tracked for four days" P4D, "about 18 hours" PT18H, "in the
    # 24 hours after the cyclone crosses" -> "the 24 hours" PT24H (a duration anchored to an
    # event, gold_blind35), "for up to three days" P3D, "in 14 years" P14Y (the period of a
    # "first", gold_blind35), "for six hours" PT6H; "January 1977"; "the first since Christmas"
    # 1990-12-25; "every three hours" SET PT3H, "every 30 minutes" SET PT30M. Not annotated:
    # "category four", "warning number 23", "290 kilometres", "14 km/h", "230 km/h", "300 to
    # 400mm", "1,200 people", "40 homes", "74" (an age), "the season" (a cyclone season of no
    # calendar unit, gold_blind103), "the third cyclone", "(077) 72 1991" (a phone number
    # holding 1991), "this time" (an occasion, not a time), "high tide".
    "cyclone-jerrah-mandalee-warning": (
        "1991-02-16",
        [
            ("Saturday, February 16, 1991", "DATE", "1991-02-16"),
            ("tonight", "TIME", "1991-02-16TNI"),
            ("last night", "TIME", "1991-02-15TNI"),
            ("late tonight", "TIME", "1991-02-16TNI"),
            ("early tomorrow", "DATE", "1991-02-17"),
            ("10pm", "TIME", "1991-02-15T22:00"),
            ("yesterday", "DATE", "1991-02-15"),
            ("1am", "TIME", "1991-02-16T01:00"),
            ("around midnight", "TIME", "1991-02-16T24:00"),
            ("tonight", "TIME", "1991-02-16TNI"),
            ("this morning", "TIME", "1991-02-16TMO"),
            ("6pm", "TIME", "1991-02-16T18:00"),
            ("Tuesday", "DATE", "1991-02-12"),
            ("four days", "DURATION", "P4D"),
            ("about 18 hours", "DURATION", "PT18H"),
            ("Thursday", "DATE", "1991-02-14"),
            ("early yesterday", "DATE", "1991-02-15"),
            ("9pm", "TIME", "1991-02-15T21:00"),
            ("yesterday", "DATE", "1991-02-15"),
            ("7am", "TIME", "1991-02-16T07:00"),
            ("today", "DATE", "1991-02-16"),
            ("this weekend", "DATE", "1991-W07-WE"),
            ("8pm", "TIME", "1991-02-16T20:00"),
            ("Monday", "DATE", "1991-02-18"),
            ("the 24 hours", "DURATION", "PT24H"),
            ("up to three days", "DURATION", "P3D"),
            ("Monday night", "TIME", "1991-02-18TNI"),
            ("14 years", "DURATION", "P14Y"),
            ("January 1977", "DATE", "1977-01"),
            ("six hours", "DURATION", "PT6H"),
            ("this afternoon", "TIME", "1991-02-16TAF"),
            ("Christmas", "DATE", "1990-12-25"),
            ("every three hours", "SET", "PT3H"),
            ("every 30 minutes", "SET", "PT30M"),
            ("the night", "TIME", "1991-02-16TNI"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
