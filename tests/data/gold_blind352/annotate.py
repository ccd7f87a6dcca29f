"""Annotations of blind gold set 352, chosen by hand before the tagger ran.

    python tests/data/gold_blind352/annotate.py [--show]

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
    # Monday 2012-10-22 (ISO week 43), Australian newspaper website's tour announcement, label,
    # headline, stamp "October 22, 2012 - 11:52AM" (DATE and TIME, gold_blind49), byline, no
    # dateline. The tour is in 2013: headline "February" 2013-02, "next February" 2013-02 and
    # "March" 2013-03, "Tuesday, February 12" 2013-02-12 and "Sunday, March 3" 2013-03-03 (one
    # span each with the weekday, gold_blind97), and the TOUR DATES box, every date of 2013; a
    # bare day in a list its own DATE ("February 16 and 17" -> "17", "February 20, 22 and 23"
    # -> "22", "23", like "on 10 and 11 April" in gold_blind97). "19 days" DURATION P19D.
    # Past: "January 2009" 2009-01, "2010", "late last year" 2011, "August" 2012-08, "11 weeks"
    # P11W, "told the Herald on Friday" 2012-10-19, "the past three years" P3Y, "this year"
    # 2012, "last week" 2012-W42, "in three days" P3D (how long a past task took, gold_blind35).
    # "your summer" is the southern summer the February tour falls in, December 2012-February
    # 2013, 2013-SU (the summer taking the year of its January, gold_blind97's "this summer" in
    # a Melbourne December). Future: "at 10am tomorrow" 2012-10-23T10:00 and 2012-10-23, "48
    # hours" PT48H, "9am on Monday, October 29" 2012-10-29T09:00 and the DATE, "the February
    # dates" -> "February" 2013-02 (an attributive month, like "the January transfer window" in
    # gold_blind43), "Next January" 2013-01, "New Year's Eve" 2012-12-31, "next month"
    # 2012-11. The shows' hours recur: "every night" SET XXXX-XX-XXTNI, "Doors open at 7pm"
    # XXXX-XX-XXT19:00 and "8pm" XXXX-XX-XXT20:00 (gold_blind97's "Doors open at 7pm each
    # night"); "about two hours" PT2H. Not annotated: "10-date", "seven cities", "The
    # five-piece", "Twelve Summers" (an album title, three times), "Tuesday Girl" (a single,
    # beside the annotated "Tuesday, February 12"), "top 50", "No. 4", "34" (an age),
    # "southerlytouring.com.au", "1300 552 013" (a phone number holding 2013 in a story about a
    # 2013 tour), "$79.90", "18+", "30,000", "four nights" (a count of shows), "the outdoor
    # festivals", "wall-to-wall", "the road".
    "saltmarsh-radio-australian-tour": (
        "2012-10-22",
        [
            ("February", "DATE", "2013-02"),
            ("2009", "DATE", "2009"),
            ("October 22, 2012", "DATE", "2012-10-22"),
            ("11:52AM", "TIME", "2012-10-22T11:52"),
            ("next February", "DATE", "2013-02"),
            ("March", "DATE", "2013-03"),
            ("this morning", "TIME", "2012-10-22TMO"),
            ("Tuesday, February 12", "DATE", "2013-02-12"),
            ("Sunday, March 3", "DATE", "2013-03-03"),
            ("19 days", "DURATION", "P19D"),
            ("January 2009", "DATE", "2009-01"),
            ("2010", "DATE", "2010"),
            ("late last year", "DATE", "2011"),
            ("August", "DATE", "2012-08"),
            ("11 weeks", "DURATION", "P11W"),
            ("Friday", "DATE", "2012-10-19"),
            ("the past three years", "DURATION", "P3Y"),
            ("this year", "DATE", "2012"),
            ("your summer", "DATE", "2013-SU"),
            ("10am", "TIME", "2012-10-23T10:00"),
            ("tomorrow", "DATE", "2012-10-23"),
            ("48 hours", "DURATION", "PT48H"),
            ("9am", "TIME", "2012-10-29T09:00"),
            ("Monday, October 29", "DATE", "2012-10-29"),
            ("about two hours", "DURATION", "PT2H"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("last week", "DATE", "2012-W42"),
            ("three days", "DURATION", "P3D"),
            ("February", "DATE", "2013-02"),
            ("Next January", "DATE", "2013-01"),
            ("New Year's Eve", "DATE", "2012-12-31"),
            ("next month", "DATE", "2012-11"),
            ("February 12", "DATE", "2013-02-12"),
            ("February 14", "DATE", "2013-02-14"),
            ("February 16", "DATE", "2013-02-16"),
            ("17", "DATE", "2013-02-17"),
            ("February 20", "DATE", "2013-02-20"),
            ("22", "DATE", "2013-02-22"),
            ("23", "DATE", "2013-02-23"),
            ("February 26", "DATE", "2013-02-26"),
            ("March 1", "DATE", "2013-03-01"),
            ("March 3", "DATE", "2013-03-03"),
        ],
    ),
    # Wednesday 2013-01-16 (ISO week 3), Irish national paper's arts page, label, headline,
    # standfirst, byline, date line "Wednesday, January 16, 2013" (one DATE span). "yesterday"
    # is Tuesday 2013-01-15: the shortlists "at 11am yesterday" 2013-01-15T11:00, the director
    # "said yesterday evening" 2013-01-15TEV and had "been up since 5am" that day,
    # 2013-01-15T05:00. Future: the ceremony "on Saturday, February 9th" (standfirst "February
    # 9th") 2013-02-09 "from 9.30pm" 2013-02-09T21:30; voting closes "at 5pm on Friday,
    # February 1st" 2013-02-01T17:00 and the DATE; "this weekend" 2013-W03-WE (19-20 January,
    # gold_blind3); "at least a fortnight" DURATION P2W (the modifier kept, gold_blind12);
    # public voting "opens on Monday" 2013-01-21 and "runs for two weeks" P2W; "early 2014"
    # 2014; "the summer" ahead 2013-SU; "the coming months" PXM; "tonight" 2013-01-16TNI. Past:
    # the eligibility window "between January 1st and December 31st, 2012" -> 2012-01-01 and
    # 2012-12-31 (the year written once, at the end of the range); "July" 2012-07; "November
    # 2nd" 2012-11-02; "since 2008"; "last spring" in January 2013-SP of 2012, 2012-SP; "last
    # autumn" 2012-FA; "last year's Night Ferry" -> "last year" 2012; "Last year's ceremony,
    # the first held in February" -> "Last year" 2012 and "February" 2012-02, "a year earlier"
    # 2011 (the granularity of "Last year", gold_blind35); "founded in 2003". The film's own
    # time "one week in August 1969" P1W and 1969-08 (gold_blind84); "31 days" P31D (how long
    # the shoot took); "142 minutes" PT142M; "Sunday nights" SET XXXX-WXX-7TNI (gold_blind97's
    # "Monday nights"); "every year" SET P1Y; "six decades" P60Y; "the 1950s" 195; "now"
    # PRESENT_REF. Not annotated: "the 10th Liffey Awards" (an ordinal edition), "11" and
    # "eight" (nomination counts), "(81)" (an age), "RTÉ One", "1,400 members", "€1.3 million",
    # "40 screens", "410,000", "350,000", "second series", "third series", "Night Ferry" (a
    # title), "on the night" (the ceremony's night, event-named, gold_blind103's "until the
    # warning is lifted"), "the school run", "liffeyawards.ie/2013" (a URL with a year).
    "liffey-awards-nominations-stone-harbour": (
        "2013-01-16",
        [
            ("February 9th", "DATE", "2013-02-09"),
            ("Wednesday, January 16, 2013", "DATE", "2013-01-16"),
            ("11am", "TIME", "2013-01-15T11:00"),
            ("yesterday", "DATE", "2013-01-15"),
            ("Saturday, February 9th", "DATE", "2013-02-09"),
            ("9.30pm", "TIME", "2013-02-09T21:30"),
            ("5pm", "TIME", "2013-02-01T17:00"),
            ("Friday, February 1st", "DATE", "2013-02-01"),
            ("January 1st", "DATE", "2012-01-01"),
            ("December 31st, 2012", "DATE", "2012-12-31"),
            ("142 minutes", "DURATION", "PT142M"),
            ("July", "DATE", "2012-07"),
            ("November 2nd", "DATE", "2012-11-02"),
            ("2008", "DATE", "2008"),
            ("this weekend", "DATE", "2013-W03-WE"),
            ("at least a fortnight", "DURATION", "P2W"),
            ("one week", "DURATION", "P1W"),
            ("August 1969", "DATE", "1969-08"),
            ("31 days", "DURATION", "P31D"),
            ("last spring", "DATE", "2012-SP"),
            ("yesterday evening", "TIME", "2013-01-15TEV"),
            ("5am", "TIME", "2013-01-15T05:00"),
            ("Sunday nights", "SET", "XXXX-WXX-7TNI"),
            ("last autumn", "DATE", "2012-FA"),
            ("now", "DATE", "PRESENT_REF"),
            ("early 2014", "DATE", "2014"),
            ("six decades", "DURATION", "P60Y"),
            ("the 1950s", "DATE", "195"),
            ("last year", "DATE", "2012"),
            ("Monday", "DATE", "2013-01-21"),
            ("two weeks", "DURATION", "P2W"),
            ("2003", "DATE", "2003"),
            ("every year", "SET", "P1Y"),
            ("Last year", "DATE", "2012"),
            ("February", "DATE", "2012-02"),
            ("a year earlier", "DATE", "2011"),
            ("yesterday", "DATE", "2013-01-15"),
            ("the coming months", "DURATION", "PXM"),
            ("the summer", "DATE", "2013-SU"),
            ("tonight", "TIME", "2013-01-16TNI"),
        ],
    ),
    # Tuesday 2014-02-18 (ISO week 8), British national paper website's weekly box-office
    # column, label, headline, standfirst, byline, stamp "Tuesday 18 February 2014 12.40 GMT"
    # (one DATE span with its weekday and a TIME), section headings, a top-5 chart. The weekend
    # reported is Friday 14 to Sunday 16 February, 2014-W07-WE: the headline's "Valentine's
    # weekend" (a holiday weekend, like "Family Day weekend" in gold_blind103) and "its
    # opening weekend" (the film's first weekend, whose dates the text gives, gold_blind3,
    # gold_blind91). Valentine's Day "fell on Friday" 2014-02-14 (holiday and weekday both
    # annotated); "from Friday to Sunday" 2014-02-14 and 2014-02-16; "previews on Wednesday and
    # Thursday" 2014-02-12 and 2014-02-13; "Friday evening" 2014-02-14TEV; "yesterday" Monday
    # 2014-02-17, as is "on Monday alone"; "on Friday ... on Saturday" of the quote 2014-02-14
    # and 2014-02-15; "Sunday night" 2014-02-16TNI; "last Thursday" the most recent Thursday,
    # 2014-02-13 (gold_blind18). "this week" 2014-W08; "the previous weekend" 2014-W06-WE;
    # "This weekend" the coming one 2014-W08-WE, its "Friday" 2014-02-21; "7 March"
    # 2014-03-07; "at least the end of the month" 2014-02 (the modifier kept, the value of "the
    # end of the month", gold_blind84). "The same weekend last year" one span 2013-W07-WE
    # (gold_blind62), "when Valentine's Day fell on Thursday 14 February" -> 2013-02-14 twice
    # (the year from "last year"; 14 February 2013 was a Thursday). "January" 2014-01 and "a
    # year earlier" 2013-01; "2013" and "2012" as written; "this year" 2014; "since the summer
    # of 2011" 2011-SU. Durations: "one hour and 52 minutes" PT112M and "98 minutes" PT98M
    # (running times, gold_blind84); "10-day" P10D; "17 days" P17D; "24 days" P24D (how long the
    # shoot took); "a single week" P1W (the film's own time, with "July 1916" 1916-07); "last
    # spring" in February 2013-SP; "every half-hour" SET PT30M (like "every 30 minutes",
    # gold_blind103); "now" PRESENT_REF. The chart heading "14-16 February" -> "14" 2014-02-14
    # and "16 February" 2014-02-16, a range at its two ends (gold_blind62's "from 19 to 23
    # February"). Not annotated: "half-term" (a school holiday, gold_blind68, gold_blind76),
    # "late-night schedules" (an adjective naming a kind), "a date movie", "a girls' night out",
    # "This time round", the titles "The Last Train to Tuesday" (headline, body, chart),
    # "Fourteen Nights", "Larkhill 1916" (beside "July 1916", annotated), "Twenty-Two Minutes",
    # "Hollowmere 2", "The Quiet Sergeant", the certificates "(12A)", "(PG)", "(15)", "the
    # centenary", "first world war", "the top 10", "Top 5", the chart's "1." to "5.", "468
    # screens", "29 screens", money figures and percentages.
    "uk-box-office-last-train-to-tuesday": (
        "2014-02-18",
        [
            ("Valentine's weekend", "DATE", "2014-W07-WE"),
            ("its opening weekend", "DATE", "2014-W07-WE"),
            ("Tuesday 18 February 2014", "DATE", "2014-02-18"),
            ("12.40 GMT", "TIME", "2014-02-18T12:40"),
            ("Valentine's Day", "DATE", "2014-02-14"),
            ("Friday", "DATE", "2014-02-14"),
            ("this year", "DATE", "2014"),
            ("Friday", "DATE", "2014-02-14"),
            ("Sunday", "DATE", "2014-02-16"),
            ("Wednesday", "DATE", "2014-02-12"),
            ("Thursday", "DATE", "2014-02-13"),
            ("the summer of 2011", "DATE", "2011-SU"),
            ("every half-hour", "SET", "PT30M"),
            ("Friday evening", "TIME", "2014-02-14TEV"),
            ("yesterday", "DATE", "2014-02-17"),
            ("Friday", "DATE", "2014-02-14"),
            ("Saturday", "DATE", "2014-02-15"),
            ("one hour and 52 minutes", "DURATION", "PT112M"),
            ("this week", "DATE", "2014-W08"),
            ("the previous weekend", "DATE", "2014-W06-WE"),
            ("10-day", "DURATION", "P10D"),
            ("Monday", "DATE", "2014-02-17"),
            ("now", "DATE", "PRESENT_REF"),
            ("17 days", "DURATION", "P17D"),
            ("Sunday night", "TIME", "2014-02-16TNI"),
            ("24 days", "DURATION", "P24D"),
            ("last spring", "DATE", "2013-SP"),
            ("a single week", "DURATION", "P1W"),
            ("July 1916", "DATE", "1916-07"),
            ("98 minutes", "DURATION", "PT98M"),
            ("The same weekend last year", "DATE", "2013-W07-WE"),
            ("Valentine's Day", "DATE", "2013-02-14"),
            ("Thursday 14 February", "DATE", "2013-02-14"),
            ("January", "DATE", "2014-01"),
            ("a year earlier", "DATE", "2013-01"),
            ("last Thursday", "DATE", "2014-02-13"),
            ("2013", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("This weekend", "DATE", "2014-W08-WE"),
            ("Friday", "DATE", "2014-02-21"),
            ("7 March", "DATE", "2014-03-07"),
            ("at least the end of the month", "DATE", "2014-02"),
            ("14", "DATE", "2014-02-14"),
            ("16 February", "DATE", "2014-02-16"),
        ],
    ),
    # Friday 2014-08-15 (ISO week 33), US entertainment website's TV news story, label,
    # headline, byline and stamp "August 15, 2014 at 12:30 PM ET" (DATE and TIME, the zone in
    # the span and not in the value), no dateline. The network "announced Thursday" 2014-08-14.
    # The premiere "Sunday, Oct. 5" (headline and lead) 2014-10-05 "at 10/9c": "10" TIME
    # 2014-10-05T22:00 and "9c" TIME 2014-10-05T21:00, two TIMEX3 for one instant in two zones
    # (gold_blind84's "9/8c"); "Two-Hour" and "two-hour" PT2H; "its regular 10 p.m. slot" the
    # hour of a recurring slot XXXX-XX-XXT22:00 (gold_blind84) "the following week", the ISO
    # week after that of Sunday 5 October, 2014-W41 (gold_blind97). Future: "this fall"
    # 2014-FA, "Nov. 23" 2014-11-23, "late January" 2015-01, "early November" 2014-11, "6 a.m.
    # ET on Saturday, Oct. 4" 2014-10-04T06:00 and the DATE, "Labor Day" 2014-09-01 (the first
    # Monday of September), "the next day, Monday, Oct. 6" two DATEs 2014-10-06 (gold_blind62's
    # "Two days later, on Sunday, Aug. 2"), "mid-September" 2014-09, "next summer" 2015-SU.
    # Past: "this week" 2014-W33; "the winter" the writers spent arguing, the winter just past,
    # 2014-WI (taking the year of its January, gold_blind10), its "January" 2014-01 and "March"
    # 2014-03; "Dec. 15" 2013-12-15 (a Sunday, the show's night); "Sunday, Jan. 6, 2013"; "less
    # than a month" P1M; "May" 2014-05; "last month" 2014-07. The fiction's time "Set in 1987"
    # and "the spring of 1988" (gold_blind84's drama time), "six months" P6M (anchored on the
    # finale). "seven days of delayed viewing" P7D; "36-hour" PT36H; "a decade" P10Y; "the first
    # 20 minutes" PT20M (an ordinal period of an event, gold_blind43); "now" PRESENT_REF;
    # "Sundays" and "Tuesdays" SETs. Not annotated: "Season 3" (headline and lead), "Season 2"
    # (twice), "Season 1", "the Season 2 finale", "the finale", "a midseason finale", "the first
    # two seasons", "both seasons", "13-episode", "eight episodes", "the final five" (TV seasons
    # and episode counts, gold_blind84), "The Night Desk" (a title, four times), "the overnight
    # staff", "the overnight copy desk" (adjectives naming kinds), "a struggling Baltimore
    # daily" (a newspaper), "one shift", "TV-14", "Episode 301", "Thirty Inches by Midnight" (an
    # episode title), "3.4 million", "20%", "half the board", "Premiere Date" (a noun without
    # a value of its own), "once" (a conjunction), "eventually".
    "night-desk-season-3-premiere-date": (
        "2014-08-15",
        [
            ("Two-Hour", "DURATION", "PT2H"),
            ("Sunday, Oct. 5", "DATE", "2014-10-05"),
            ("August 15, 2014", "DATE", "2014-08-15"),
            ("12:30 PM ET", "TIME", "2014-08-15T12:30"),
            ("Thursday", "DATE", "2014-08-14"),
            ("Sunday, Oct. 5", "DATE", "2014-10-05"),
            ("10", "TIME", "2014-10-05T22:00"),
            ("9c", "TIME", "2014-10-05T21:00"),
            ("two-hour", "DURATION", "PT2H"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("the following week", "DATE", "2014-W41"),
            ("this fall", "DATE", "2014-FA"),
            ("Nov. 23", "DATE", "2014-11-23"),
            ("late January", "DATE", "2015-01"),
            ("1987", "DATE", "1987"),
            ("six months", "DURATION", "P6M"),
            ("this week", "DATE", "2014-W33"),
            ("the spring of 1988", "DATE", "1988-SP"),
            ("the winter", "DATE", "2014-WI"),
            ("January", "DATE", "2014-01"),
            ("March", "DATE", "2014-03"),
            ("Dec. 15", "DATE", "2013-12-15"),
            ("seven days", "DURATION", "P7D"),
            ("Sunday, Jan. 6, 2013", "DATE", "2013-01-06"),
            ("less than a month", "DURATION", "P1M"),
            ("May", "DATE", "2014-05"),
            ("early November", "DATE", "2014-11"),
            ("36-hour", "DURATION", "PT36H"),
            ("6 a.m. ET", "TIME", "2014-10-04T06:00"),
            ("Saturday, Oct. 4", "DATE", "2014-10-04"),
            ("Labor Day", "DATE", "2014-09-01"),
            ("the next day", "DATE", "2014-10-06"),
            ("Monday, Oct. 6", "DATE", "2014-10-06"),
            ("last month", "DATE", "2014-07"),
            ("mid-September", "DATE", "2014-09"),
            ("now", "DATE", "PRESENT_REF"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("next summer", "DATE", "2015-SU"),
            ("a decade", "DURATION", "P10Y"),
            ("the first 20 minutes", "DURATION", "PT20M"),
        ],
    ),
    # Thursday 2015-03-19 (ISO week 12), US trade paper's film news story, label, headline,
    # byline, stamp "March 19, 2015 | 04:15PM PT" (DATE and TIME), no dateline. "the studio said
    # Wednesday" 2015-03-18. Memorial Day 2015 is Monday 25 May; "Memorial Day Weekend"
    # (headline) and "Memorial Day weekend" the holiday weekend, the ISO week of its Saturday
    # (23 May), 2015-W21-WE (gold_blind21); "over Memorial Day weekend in 2012" the weekend of
    # Saturday 26 May 2012, 2012-W21-WE, and "2012". The film moves "up eight weeks" DURATION
    # P8W (the size of a shift, gold_blind76), "from July 17 to May 22" 2015-07-17 and
    # 2015-05-22 (a Friday); "a July corridor" -> "July" 2015-07 (an attributive month), "that
    # now holds" -> "now" PRESENT_REF. Past:
    # "October" 2014-10, "94 days" P94D, "since January" 2015-01, "Last summer" 2014-SU and "a
    # year earlier" 2013-SU (the granularity of what it is compared with, gold_blind35), "more
    # than a decade" P10Y (the period of a superlative), "a week after" DURATION P1W (anchored),
    # "since the fall" 2014-FA. Future: "Nov. 10, 2017" (headline "2017"), "the first quarter
    # of 2016" 2016-Q1 (a shoot, calendar quarter), "Dec. 18" 2015-12-18, "Christmas Day"
    # 2015-12-25, "Wednesday, Nov. 25" 2015-11-25 and "Thanksgiving" 2015-11-26 (the fourth
    # Thursday of November), "2015" as written, "this summer" 2015-SU, "Tuesday" 2015-03-24,
    # "Thursday night previews on May 21" -> "Thursday night" TIME 2015-05-21TNI and "May 21"
    # DATE (gold_blind43's "Thursday night previews"), "in April" 2015-04, "its first two
    # weeks" P2W (an ordinal period of a release, like "its first three days" in gold_blind62).
    # The parent's fiscal year runs April-March and is named by the year it ends (gold_blind63):
    # "the first quarter of its fiscal year, which begins April 1" FY2016-Q1 and 2015-04-01;
    # "the fiscal year ending March 31" FY2015 and 2015-03-31, reported "in May" 2015-05; "last
    # fiscal year" the one before the year now running, FY2014. "about two hours and 20
    # minutes" PT140M (gold_blind84); "four-day" P4D. "Every year" SET P1Y; "This year" 2015.
    # Not annotated: the titles "Iron Meridian", "Harbor Kings", "Snow Day Sally", "Pocket
    # Comets", "Stage 16" (a soundstage), "PG-13", "3D", "Imax", "$190 million", "$88.4
    # million", "15%", "18%", "five wide releases", "two titles", "a studio record at the time"
    # ("at the time" anaphoric), "the holiday" (anaphoric, the kind of weekend), "release date",
    # "the new date", "the date" (nouns without a value of their own), "blinked early" (ahead of
    # rivals, not a time), "untitled sequel".
    "crestline-iron-meridian-memorial-day-move": (
        "2015-03-19",
        [
            ("Memorial Day Weekend", "DATE", "2015-W21-WE"),
            ("2017", "DATE", "2017"),
            ("March 19, 2015", "DATE", "2015-03-19"),
            ("04:15PM PT", "TIME", "2015-03-19T16:15"),
            ("eight weeks", "DURATION", "P8W"),
            ("July 17", "DATE", "2015-07-17"),
            ("May 22", "DATE", "2015-05-22"),
            ("Memorial Day weekend", "DATE", "2015-W21-WE"),
            ("Wednesday", "DATE", "2015-03-18"),
            ("October", "DATE", "2014-10"),
            ("94 days", "DURATION", "P94D"),
            ("January", "DATE", "2015-01"),
            ("about two hours and 20 minutes", "DURATION", "PT140M"),
            ("July", "DATE", "2015-07"),
            ("now", "DATE", "PRESENT_REF"),
            ("Memorial Day weekend", "DATE", "2012-W21-WE"),
            ("2012", "DATE", "2012"),
            ("four-day", "DURATION", "P4D"),
            ("Nov. 10, 2017", "DATE", "2017-11-10"),
            ("the first quarter of 2016", "DATE", "2016-Q1"),
            ("Dec. 18", "DATE", "2015-12-18"),
            ("Christmas Day", "DATE", "2015-12-25"),
            ("Wednesday, Nov. 25", "DATE", "2015-11-25"),
            ("Thanksgiving", "DATE", "2015-11-26"),
            ("a week", "DURATION", "P1W"),
            ("2015", "DATE", "2015"),
            ("Last summer", "DATE", "2014-SU"),
            ("a year earlier", "DATE", "2013-SU"),
            ("more than a decade", "DURATION", "P10Y"),
            ("this summer", "DATE", "2015-SU"),
            ("the first quarter of its fiscal year", "DATE", "FY2016-Q1"),
            ("April 1", "DATE", "2015-04-01"),
            ("the fiscal year", "DATE", "FY2015"),
            ("March 31", "DATE", "2015-03-31"),
            ("May", "DATE", "2015-05"),
            ("last fiscal year", "DATE", "FY2014"),
            ("Tuesday", "DATE", "2015-03-24"),
            ("Thursday night", "TIME", "2015-05-21TNI"),
            ("May 21", "DATE", "2015-05-21"),
            ("April", "DATE", "2015-04"),
            ("its first two weeks", "DURATION", "P2W"),
            ("the fall", "DATE", "2014-FA"),
            ("Every year", "SET", "P1Y"),
            ("This year", "DATE", "2015"),
        ],
    ),
    # Saturday 2015-07-25 (ISO week 30), Canadian paper's entertainment page, label, headline,
    # standfirst, byline, date line "Sat., July 25, 2015" (one DATE span; the abbreviated
    # weekday checked by hand, gold_blind97), "KESSEL BAY, B.C. —" dateline. The festival runs
    # Thursday 17 to Sunday 27 September 2015: "Sept. 17 to 27" (standfirst and body) -> "Sept.
    # 17" and "27" 2015-09-27, a range at its two ends (gold_blind62); "Thursday, Sept. 17",
    # "Sunday, Sept. 27" one span each; "11-day" P11D. The announcement "Friday morning"
    # 2015-07-24TMO and "announced Friday" 2015-07-24. The gala "at 7 p.m. on Sept. 17"
    # 2015-09-17T19:00 and the DATE, "the next day at 1 p.m." 2015-09-18 and 2015-09-18T13:00.
    # Past: "last year" (twice) 2014; "last winter" in July the winter of 2014-15, 2015-WI
    # (taking the year of its January); "since 2006"; "more than a decade" P10Y (the period of a
    # "first"); "on April 14" 2015-04-14 and "that afternoon" 2015-04-14TAF (a narrative anchor,
    # gold_blind8); "1972" (an adjectival year); "1976"; "2012"; "the past three years" P3Y.
    # Future: "Aug. 24 at 10 a.m. PT" 2015-08-24 and 2015-08-24T10:00, "three days later"
    # 2015-08-27 (gold_blind43); "Sept. 8, the Tuesday after Labour Day" -> "Sept. 8" and "the
    # Tuesday after Labour Day" one span 2015-09-08 (Labour Day is Monday 7 September; like "the
    # Wednesday before Thanksgiving" in gold_blind84); "Aug. 18" 2015-08-18 and "the next
    # morning" 2015-08-19TMO (gold_blind3); "through Thanksgiving" -> Canadian Thanksgiving,
    # the second Monday of October, 2015-10-12. Recurring screenings: "Fridays" and "Saturdays"
    # SETs with "11:30 p.m." XXXX-XX-XXT23:30, "nightly" SET XXXX-XX-XXTNI with "9 p.m."
    # XXXX-XX-XXT21:00 (gold_blind62). "148 minutes" PT148M, "19 days" P19D, "12-minute" PT12M,
    # "two-day" P2D. Not annotated: "40th edition" (an ordinal edition, gold_blind62), "the
    # opening film", "212 features", "61 countries", "240", "the first 60 titles", "minus 45",
    # "16 mm", "61,000 admissions", "$16", the titles "Dawson, 1898" (a year inside a title,
    # gold_blind62's "Midwinter, 1944"), "Four Winters North", "North of Nowhere", "The Long
    # Thaw", "After Midnight" (a programme's name), "silent-era", "kbiff.ca/2015",
    # "604-555-1976" (a phone number holding 1976 beside the annotated "1976"), "after the
    # festival" (event-named).
    "kessel-bay-film-festival-lineup": (
        "2015-07-25",
        [
            ("Sept. 17", "DATE", "2015-09-17"),
            ("27", "DATE", "2015-09-27"),
            ("Sat., July 25, 2015", "DATE", "2015-07-25"),
            ("Thursday, Sept. 17", "DATE", "2015-09-17"),
            ("Friday morning", "TIME", "2015-07-24TMO"),
            ("11-day", "DURATION", "P11D"),
            ("Sept. 17", "DATE", "2015-09-17"),
            ("27", "DATE", "2015-09-27"),
            ("last year", "DATE", "2014"),
            ("148 minutes", "DURATION", "PT148M"),
            ("19 days", "DURATION", "P19D"),
            ("last winter", "DATE", "2015-WI"),
            ("2006", "DATE", "2006"),
            ("more than a decade", "DURATION", "P10Y"),
            ("April 14", "DATE", "2015-04-14"),
            ("that afternoon", "TIME", "2015-04-14TAF"),
            ("7 p.m.", "TIME", "2015-09-17T19:00"),
            ("Sept. 17", "DATE", "2015-09-17"),
            ("the next day", "DATE", "2015-09-18"),
            ("1 p.m.", "TIME", "2015-09-18T13:00"),
            ("Sunday, Sept. 27", "DATE", "2015-09-27"),
            ("1972", "DATE", "1972"),
            ("Friday", "DATE", "2015-07-24"),
            ("12-minute", "DURATION", "PT12M"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("11:30 p.m.", "TIME", "XXXX-XX-XXT23:30"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("1976", "DATE", "1976"),
            ("two-day", "DURATION", "P2D"),
            ("last year", "DATE", "2014"),
            ("2012", "DATE", "2012"),
            ("the past three years", "DURATION", "P3Y"),
            ("Aug. 24", "DATE", "2015-08-24"),
            ("10 a.m. PT", "TIME", "2015-08-24T10:00"),
            ("three days later", "DATE", "2015-08-27"),
            ("Sept. 8", "DATE", "2015-09-08"),
            ("the Tuesday after Labour Day", "DATE", "2015-09-08"),
            ("Aug. 18", "DATE", "2015-08-18"),
            ("the next morning", "TIME", "2015-08-19TMO"),
            ("Thanksgiving", "DATE", "2015-10-12"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
