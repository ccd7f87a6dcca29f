"""Annotations of the eighty-first blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind81/annotate.py [--show]

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
    # Sunday 2013-08-04 (ISO week 31), British Sunday paper's first-person column, headline,
    # standfirst, byline, date line "Sunday 4 August 2013". The standfirst's "Thirty-four years
    # ago this week" is one span, the ISO week of the same number 34 years back, 1979-W31
    # (gold_blind30, gold_blind60); the launch it tells of, "the first Saturday of August"
    # 1979, is 1979-08-04, which falls in that week. The story's year is set once ("the summer
    # of 1979") and carried by the months and days after it: "that May" 1979-05, "Friday 20
    # July" 1979-07-20 (a Friday), "June" and "July" 1979 ("some time in" and "most of" left
    # out); "Every morning ... by nine" a past habit, SET XXXX-XX-XXTMO and TIME
    # XXXX-XX-XXT09:00, "every evening" SET XXXX-XX-XXTEV; "about ten in the morning" one TIME
    # span on the launch day (like "about 5 in the morning", gold_blind65); "Two days later"
    # from Saturday 4 August, 1979-08-06; "That August" 1979-08; "the night of the 18th" one
    # TIME span, 1979-08-18TNI, "11pm" that evening and "two in the morning" after midnight,
    # 1979-08-19T02:00 (gold_blind71's "By 2am"); "The following spring" 1980-SP. Back in
    # 2013: "these days" PRESENT_REF; "Last summer" in August 2013 is 2012-SU; "for the first
    # time in three decades" the period of a "first in", P30Y; "the late Nineties" DATE 199
    # (a decade in words, gold_blind43, gold_blind71); Tom "flew home ... on Thursday"
    # 2013-08-01 (past), "On Saturday we are going back" 2013-08-10 (future). Not annotated:
    # "Once upon a time", "by the time I was twelve", ages "11" and "13", the cassette "Goodbye
    # 1975", "the number 47 bus", "12 miles", "not for the last time", "the holidays".
    "lenn-raft-summer-1979-column": (
        "2013-08-04",
        [
            ("Thirty-four years ago this week", "DATE", "1979-W31"),
            ("Sunday 4 August 2013", "DATE", "2013-08-04"),
            ("the summer of 1979", "DATE", "1979-SU"),
            ("that May", "DATE", "1979-05"),
            ("Friday 20 July", "DATE", "1979-07-20"),
            ("June", "DATE", "1979-06"),
            ("July", "DATE", "1979-07"),
            ("Every morning", "SET", "XXXX-XX-XXTMO"),
            ("nine", "TIME", "XXXX-XX-XXT09:00"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("the first Saturday of August", "DATE", "1979-08-04"),
            ("about ten in the morning", "TIME", "1979-08-04T10:00"),
            ("40 minutes", "DURATION", "PT40M"),
            ("noon", "TIME", "1979-08-04T12:00"),
            ("Two days later", "DATE", "1979-08-06"),
            ("That August", "DATE", "1979-08"),
            ("a fortnight", "DURATION", "P2W"),
            ("the night of the 18th", "TIME", "1979-08-18TNI"),
            ("11pm", "TIME", "1979-08-18T23:00"),
            ("two in the morning", "TIME", "1979-08-19T02:00"),
            ("The following spring", "DATE", "1980-SP"),
            ("1984", "DATE", "1984"),
            ("more than two decades", "DURATION", "P20Y"),
            ("years", "DURATION", "PXY"),
            ("these days", "DATE", "PRESENT_REF"),
            ("Last summer", "DATE", "2012-SU"),
            ("three decades", "DURATION", "P30Y"),
            ("the late Nineties", "DATE", "199"),
            ("Thursday", "DATE", "2013-08-01"),
            ("Saturday", "DATE", "2013-08-10"),
        ],
    ),
    # Friday 2014-05-09 (ISO week 19), US magazine's first-person essay on a mother's last year,
    # section label, headline, standfirst, byline, date line "May 9, 2014". The mother was diagnosed
    # on Monday 2013-01-14 and died on Friday 2013-11-22, so "The last Christmas we had with her" is
    # Christmas 2012, 2012-12-25: "last" here means final, not the deictic "last Christmas"
    # (2013-12-25 from the publication day), and the modifier stays in the span (see README). The
    # standfirst's and the oncologist's "a year" are DURATION P1Y. The story's year 2013 is carried
    # by the months: "that March" 2013-03, "the 7th" of it 2013-03-07, "three weeks later" the ISO
    # week of 2013-03-28, 2013-W13 (unit granularity, gold_blind24, gold_blind28, gold_blind29;
    # gold_blind3 gave a day, so where the sets disagree the TIMEX3 rule of the counted unit is
    # followed, see README); "That summer", "July", "September", "October" 2013; "the following
    # Tuesday" after Friday, Nov. 22 is 2013-11-26; "3:40 a.m." on that Friday. The habits of that
    # year are SETs ("Thursdays" XXXX-WXX-4, "Wednesday mornings" XXXX-WXX-3TMO, "every afternoon",
    # "Every night", "every night", "twice a week" P1W, "daily" P1D, "every summer" XXXX-SU) with
    # their hours on no particular day ("noon", "4 o'clock" twice, "10 p.m."). "the Sixties" DATE
    # 196. In 2014: "almost six months" since the death P6M; "Last week" 2014-W18; "This spring"
    # 2014-SP; "On Sunday it is Mother's Day" - US Mother's Day is the second Sunday of May,
    # 2014-05-11, two TIMEX3 for the same day; the brother "flies in ... on Saturday" 2014-05-10
    # (future). "that Monday in January" and "that Friday in November" one DATE span each,
    # 2013-01-14 and 2013-11-22. Not annotated: "the last one", "lasts", "By then", "the first
    # without her", "more than once", the count "312", the age "74", "third grade", the song "Class
    # of '62", "Route 9", "200 miles", "when I was small".
    "mothers-last-year-essay": (
        "2014-05-09",
        [
            ("a year", "DURATION", "P1Y"),
            ("May 9, 2014", "DATE", "2014-05-09"),
            ("The last Christmas", "DATE", "2012-12-25"),
            ("10 minutes", "DURATION", "PT10M"),
            ("Monday, Jan. 14, 2013", "DATE", "2013-01-14"),
            ("a year", "DURATION", "P1Y"),
            ("31 years", "DURATION", "P31Y"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("that March", "DATE", "2013-03"),
            ("the 7th", "DATE", "2013-03-07"),
            ("three weeks later", "DATE", "2013-W13"),
            ("the Sixties", "DATE", "196"),
            ("Wednesday mornings", "SET", "XXXX-WXX-3TMO"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("4 o'clock", "TIME", "XXXX-XX-XXT16:00"),
            ("every afternoon", "SET", "XXXX-XX-XXTAF"),
            ("Every night", "SET", "XXXX-XX-XXTNI"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("That summer", "DATE", "2013-SU"),
            ("July", "DATE", "2013-07"),
            ("two weeks", "DURATION", "P2W"),
            ("every summer", "SET", "XXXX-SU"),
            ("five days", "DURATION", "P5D"),
            ("about a minute", "DURATION", "PT1M"),
            ("September", "DATE", "2013-09"),
            ("October", "DATE", "2013-10"),
            ("twice a week", "SET", "P1W"),
            ("daily", "SET", "P1D"),
            ("3:40 a.m.", "TIME", "2013-11-22T03:40"),
            ("Friday, Nov. 22", "DATE", "2013-11-22"),
            ("the following Tuesday", "DATE", "2013-11-26"),
            ("1998", "DATE", "1998"),
            ("almost six months", "DURATION", "P6M"),
            ("Last week", "DATE", "2014-W18"),
            ("This spring", "DATE", "2014-SP"),
            ("4 o'clock", "TIME", "XXXX-XX-XXT16:00"),
            ("Sunday", "DATE", "2014-05-11"),
            ("Mother's Day", "DATE", "2014-05-11"),
            ("Saturday", "DATE", "2014-05-10"),
            ("These days", "DATE", "PRESENT_REF"),
            ("that Monday in January", "DATE", "2013-01-14"),
            ("that Friday in November", "DATE", "2013-11-22"),
        ],
    ),
    # Tuesday 2014-10-14 (ISO week 42), US regional paper's narrative reconstruction of a sea
    # rescue a year on, headline, standfirst, byline "Staff Writer", "PORT ELLERY, Maine -"
    # dateline without date line; the publication day is fixed by "A year ago tonight" and the
    # bare weekdays. "A year ago tonight" is one TIME span, the night of the same day a year
    # back, 2013-10-14TNI (like "A year ago today", gold_blind48, at the part of day of
    # "tonight"). The night is then told hour by hour in the story's days, which carry 2013:
    # "that morning" before the apposed "Monday, Oct. 14, 2013" 2013-10-14TMO; "midnight" at
    # the end of that Monday, T24:00 (gold_blind28); "4:30 p.m." and "9 p.m." that Monday;
    # "2 a.m." ("Shortly after" left out), "2:17 a.m. EDT" (zone in the span, not the value),
    # "2:51 a.m.", "4:40" and "6:15 a.m." on Tuesday 2013-10-15; "that afternoon"
    # 2013-10-15TAF and the mother's drive "through the night" -> "the night" 2013-10-15TNI;
    # "The next morning, Wednesday" 2013-10-16TMO and 2013-10-16; "Two days later, on Friday"
    # 2013-10-18 twice. Ferreira's "that night" is the night of the sinking, 2013-10-14TNI.
    # "It felt like a week" and "for an hour" are durations. In 2014: "These days" and "now"
    # PRESENT_REF; "twice a month" SET P1M; "every day" P1D; "said last week" 2014-W41;
    # "90-day review" DURATION; "released in January" 2014-01; "On Saturday ... at 6:15 a.m."
    # 2014-10-18 (future) and its clock time; "every year" SET P1Y. Not annotated: "Back
    # then", "Since then", "IN THE DARK", the boat's name "Margaret Dawn" (twice),
    # "Channel 16", "Route 1", "25 knots", "50 knots", "62-foot", "38-foot", ages "then 51" and
    # "23", "a single life raft", "a second crew".
    "margaret-dawn-rescue-one-year-on": (
        "2014-10-14",
        [
            ("THREE HOURS", "DURATION", "PT3H"),
            ("A year ago tonight", "TIME", "2013-10-14TNI"),
            ("that morning", "TIME", "2013-10-14TMO"),
            ("Monday, Oct. 14, 2013", "DATE", "2013-10-14"),
            ("midnight", "TIME", "2013-10-14T24:00"),
            ("more than 30 years", "DURATION", "P30Y"),
            ("1979", "DATE", "1979"),
            ("4:30 p.m.", "TIME", "2013-10-14T16:30"),
            ("9 p.m.", "TIME", "2013-10-14T21:00"),
            ("2 a.m.", "TIME", "2013-10-15T02:00"),
            ("2:17 a.m. EDT", "TIME", "2013-10-15T02:17"),
            ("four minutes", "DURATION", "PT4M"),
            ("the next three hours", "DURATION", "PT3H"),
            ("a week", "DURATION", "P1W"),
            ("2:51 a.m.", "TIME", "2013-10-15T02:51"),
            ("4:40", "TIME", "2013-10-15T04:40"),
            ("6:15 a.m.", "TIME", "2013-10-15T06:15"),
            ("20 minutes", "DURATION", "PT20M"),
            ("that afternoon", "TIME", "2013-10-15TAF"),
            ("the night", "TIME", "2013-10-15TNI"),
            ("The next morning", "TIME", "2013-10-16TMO"),
            ("Wednesday", "DATE", "2013-10-16"),
            ("Two days later", "DATE", "2013-10-18"),
            ("Friday", "DATE", "2013-10-18"),
            ("an hour", "DURATION", "PT1H"),
            ("These days", "DATE", "PRESENT_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("twice a month", "SET", "P1M"),
            ("that night", "TIME", "2013-10-14TNI"),
            ("every day", "SET", "P1D"),
            ("last week", "DATE", "2014-W41"),
            ("90-day", "DURATION", "P90D"),
            ("January", "DATE", "2014-01"),
            ("Saturday", "DATE", "2014-10-18"),
            ("6:15 a.m.", "TIME", "2014-10-18T06:15"),
            ("every year", "SET", "P1Y"),
        ],
    ),
    # Saturday 2012-06-16 (ISO week 24), US local paper's weekend oral history of a drive-in,
    # section label, headline with the years "1956-1987" (two DATEs, a range split into its
    # ends as in gold_blind60 and gold_blind71), standfirst, byline, date line "Saturday, June
    # 16, 2012". The reporter's lines are anchored to the publication day: "in March" 2012-03
    # (past); the county board "on Tuesday" 2012-06-19 (future); "next month" 2012-07;
    # "Earlier this month" 2012-06; the closing note's "annually since 1988", "this year's
    # reunion" -> "this year" 2012, "June 30" 2012-06-30 (ahead), "10 a.m. that day" ->
    # "10 a.m." 2012-06-30T10:00 and "that day" 2012-06-30. The speakers' stories carry their
    # own years: "Friday, May 25, 1956" (a Friday) with "9:40 that night" -> 1956-05-25T21:40
    # and 1956-05-25TNI; "in 20 minutes" how long a past repair took, PT20M; "For 31 years"
    # (1956-1987) P31Y; "1961 to 1968"; the habits "at 7 every evening" (TIME
    # XXXX-XX-XXT19:00 and SET XXXX-XX-XXTEV), "Saturday nights" XXXX-WXX-6TNI, "every
    # weekend" XXXX-WXX-WE; "the early '60s" 196; "The summer of '72" 1972-SU (a clipped year,
    # gold_blind65); "the late 1970s" 197; "July 4, 1975" (a Friday) a date, not only a
    # holiday; "almost 37 years" of marriage to June 2012, P37Y; "Sunday, Sept. 6, 1987";
    # "that fall" 1987-FA; "more than a decade" P10Y; "It's in my garage now" PRESENT_REF. Not
    # annotated: "dusk" (no value, as "dawn" in the earlier sets), "Back then", "until the
    # end", the film title "Midnight on Route 30" (its year "1971" is annotated), "Route 30",
    # the ages "78" and "16-year-old", "a dollar", "900 hot dogs", "41 cars", "140 townhouses",
    # "the last reel", "the last show".
    "starlite-drive-in-oral-history": (
        "2012-06-16",
        [
            ("1956", "DATE", "1956"),
            ("1987", "DATE", "1987"),
            ("Saturday, June 16, 2012", "DATE", "2012-06-16"),
            ("March", "DATE", "2012-03"),
            ("Tuesday", "DATE", "2012-06-19"),
            ("next month", "DATE", "2012-07"),
            ("Earlier this month", "DATE", "2012-06"),
            ("Friday, May 25, 1956", "DATE", "1956-05-25"),
            ("9:40", "TIME", "1956-05-25T21:40"),
            ("that night", "TIME", "1956-05-25TNI"),
            ("20 minutes", "DURATION", "PT20M"),
            ("31 years", "DURATION", "P31Y"),
            ("1961", "DATE", "1961"),
            ("1968", "DATE", "1968"),
            ("7", "TIME", "XXXX-XX-XXT19:00"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("Saturday nights", "SET", "XXXX-WXX-6TNI"),
            ("the early '60s", "DATE", "196"),
            ("1969", "DATE", "1969"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("1971", "DATE", "1971"),
            ("three weeks", "DURATION", "P3W"),
            ("The summer of '72", "DATE", "1972-SU"),
            ("the late 1970s", "DATE", "197"),
            ("1981", "DATE", "1981"),
            ("1984", "DATE", "1984"),
            ("July 4, 1975", "DATE", "1975-07-04"),
            ("almost 37 years", "DURATION", "P37Y"),
            ("Sunday, Sept. 6, 1987", "DATE", "1987-09-06"),
            ("that fall", "DATE", "1987-FA"),
            ("more than a decade", "DURATION", "P10Y"),
            ("1994", "DATE", "1994"),
            ("2003", "DATE", "2003"),
            ("now", "DATE", "PRESENT_REF"),
            ("annually", "SET", "P1Y"),
            ("1988", "DATE", "1988"),
            ("this year", "DATE", "2012"),
            ("June 30", "DATE", "2012-06-30"),
            ("10 a.m.", "TIME", "2012-06-30T10:00"),
            ("that day", "DATE", "2012-06-30"),
        ],
    ),
    # Thursday 2015-03-12 (ISO week 11), British weekly magazine's profile, section label,
    # headline, standfirst, byline, date line "Thursday 12 March 2015". The standfirst's
    # "Fifty years after his last fight" is a duration anchored to an event, P50Y. The scene
    # "at 5.55am on Tuesday" is 2015-03-10 (past, two days before publication) and its clock
    # time; "The gym opens at 6am" the hour of a daily habit, XXXX-XX-XXT06:00; "every morning
    # since 1979" a SET and a DATE. "Now" and "now" and "These days" PRESENT_REF; "fought
    # Friday nights" a past habit, SET XXXX-WXX-5TNI. The past: "1941", "1962", "that autumn"
    # 1962-FA, "in 18 months" P18M, "Saturday 9 November 1963" (a Saturday), "1965", "For the
    # next decade" P10Y, "for two years" P2Y, "the end of the Seventies" DATE 197 (the end of a
    # period takes that period's value, like "the end of 1990", gold_blind35). In 2015: "last
    # year" 2014 and "a year earlier" after it 2013; "In recent years" PAST_REF; "late last
    # year" 2014; "within six weeks" P6W; "Since mid-2014" 2014; "Mondays" and "Thursdays"
    # SETs (the "evening sessions" themselves are not a time expression); "the coming months"
    # PXM; "the end of June" 2015-06 (ahead); "On Saturday" 2015-03-14 (future) "at 2pm";
    # "annually" P1Y; "for 20 years" P20Y; "next year" 2016. Not annotated: "In my day" and
    # "the fighters of the day" (an era, not a day), "at the time", "Then", "1963 Cross Lane"
    # (a house number equal to a year of the story), ages "74" (twice), "nine", "24", "in
    # their thirties" (an age), "twice", "14 fights", "the second round", "£20 a bout", "£300",
    # "12 members", "140", "93", "by half".
    "eddie-quarrie-boxing-gym-profile": (
        "2015-03-12",
        [
            ("Fifty years", "DURATION", "P50Y"),
            ("Thursday 12 March 2015", "DATE", "2015-03-12"),
            ("5.55am", "TIME", "2015-03-10T05:55"),
            ("Tuesday", "DATE", "2015-03-10"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("1979", "DATE", "1979"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Friday nights", "SET", "XXXX-WXX-5TNI"),
            ("These days", "DATE", "PRESENT_REF"),
            ("1941", "DATE", "1941"),
            ("1962", "DATE", "1962"),
            ("that autumn", "DATE", "1962-FA"),
            ("18 months", "DURATION", "P18M"),
            ("Saturday 9 November 1963", "DATE", "1963-11-09"),
            ("1965", "DATE", "1965"),
            ("the next decade", "DURATION", "P10Y"),
            ("two years", "DURATION", "P2Y"),
            ("the end of the Seventies", "DATE", "197"),
            ("now", "DATE", "PRESENT_REF"),
            ("last year", "DATE", "2014"),
            ("a year earlier", "DATE", "2013"),
            ("recent years", "DATE", "PAST_REF"),
            ("late last year", "DATE", "2014"),
            ("six weeks", "DURATION", "P6W"),
            ("mid-2014", "DATE", "2014"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("the coming months", "DURATION", "PXM"),
            ("the end of June", "DATE", "2015-06"),
            ("Saturday", "DATE", "2015-03-14"),
            ("2pm", "TIME", "2015-03-14T14:00"),
            ("annually", "SET", "P1Y"),
            ("20 years", "DURATION", "P20Y"),
            ("next year", "DATE", "2016"),
        ],
    ),
    # Wednesday 2012-10-03 (ISO week 40), Canadian paper's homes-section feature on a house
    # over a century, section label, headline ("A century on Wren Street", DURATION P100Y),
    # standfirst ("for the first time in 24 years", the period of a "first in", P24Y), byline,
    # date line "Wednesday, October 3, 2012", "TORONTO -" dateline. The house's century: "the
    # spring of 1912"; "the following year" after it 1913; "every spring" SET XXXX-SP; "the
    # 1920s" 192; "1926"; "the spring of 1947"; "for 41 years" (1947-1988) P41Y; "in 1987, and
    # again in 2004"; "By the late 1960s" 196; a store "opened at 6 a.m. every day" (a past
    # habit, TIME XXXX-XX-XXT06:00 and SET P1D); "1988"; "We came for a year and stayed 24
    # years" two DURATIONs. Now: "said last week" 2012-W39; "next spring" said in October
    # 2013-SP; "on Friday" (past) 2012-09-28; "the Thanksgiving weekend" is the Canadian
    # Thanksgiving (second Monday of October, 2012-10-08), whose weekend is Saturday-Sunday
    # 6-7 October, 2012-W40-WE (the US holiday of November is not meant in a Toronto paper);
    # "from 2 p.m. to 4 p.m. on Sunday" 2012-10-07 and its clock times; "a 60-day closing"
    # DURATION; "now" PRESENT_REF; "the first half of this year" one span 2012-H1; "nine days"
    # P9D; "the second quarter" 2012-Q2 and "a year earlier" after it 2011-Q2 (gold_blind35);
    # "Last month" 2012-09; "by Christmas" 2012-12-25. Not annotated: "1908 Wren St." (twice,
    # a house number), "the 506 streetcar", "the Depression", "after the war", "for long",
    # "$2,400", "$849,000", "11 per cent", "the fourth family", "the fifth", "three children".
    "wren-street-house-century": (
        "2012-10-03",
        [
            ("A century", "DURATION", "P100Y"),
            ("1912", "DATE", "1912"),
            ("24 years", "DURATION", "P24Y"),
            ("Wednesday, October 3, 2012", "DATE", "2012-10-03"),
            ("the spring of 1912", "DATE", "1912-SP"),
            ("the following year", "DATE", "1913"),
            ("every spring", "SET", "XXXX-SP"),
            ("the 1920s", "DATE", "192"),
            ("1926", "DATE", "1926"),
            ("the spring of 1947", "DATE", "1947-SP"),
            ("41 years", "DURATION", "P41Y"),
            ("1987", "DATE", "1987"),
            ("2004", "DATE", "2004"),
            ("the late 1960s", "DATE", "196"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("every day", "SET", "P1D"),
            ("1988", "DATE", "1988"),
            ("a year", "DURATION", "P1Y"),
            ("24 years", "DURATION", "P24Y"),
            ("last week", "DATE", "2012-W39"),
            ("next spring", "DATE", "2013-SP"),
            ("Friday", "DATE", "2012-09-28"),
            ("the Thanksgiving weekend", "DATE", "2012-W40-WE"),
            ("2 p.m.", "TIME", "2012-10-07T14:00"),
            ("4 p.m.", "TIME", "2012-10-07T16:00"),
            ("Sunday", "DATE", "2012-10-07"),
            ("60-day", "DURATION", "P60D"),
            ("now", "DATE", "PRESENT_REF"),
            ("the first half of this year", "DATE", "2012-H1"),
            ("nine days", "DURATION", "P9D"),
            ("the second quarter", "DATE", "2012-Q2"),
            ("a year earlier", "DATE", "2011-Q2"),
            ("Last month", "DATE", "2012-09"),
            ("Christmas", "DATE", "2012-12-25"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
