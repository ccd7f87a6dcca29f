"""Annotations of the eighty-third blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind83/annotate.py [--show]

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
    # Saturday 2013-03-02 (ISO week 9), British national paper's Saturday gardening column of
    # jobs for the month, headline, standfirst, byline, date line "Saturday 2 March 2013".
    # Advice for this March is about this year's calendar: "mid-March" (standfirst and body)
    # 2013-03, "the end of the month" and "this month" 2013-03, "early April", "the middle of
    # April" (one span like "the end of June") and "April" 2013-04, "early May" 2013-05, "the
    # end of June" 2013-06, "July" 2013-07, "next month" 2013-04. "If Sunday stays dry" is the
    # coming Sunday 2013-03-03; "this weekend" 2013-W09-WE (2-3 March); the seed swap "on
    # Thursday" (past) 2013-02-28; the show "Saturday 23 March" with "10am" and "4pm" on that
    # day. "last year's endless rain" -> "last year" 2012. "late summer" 2013-SU (chillies sown
    # now); "cut it back in autumn and you will lose next spring's flowers" -> the coming
    # autumn 2013-FA and "next spring" 2014-SP. "in the north about a fortnight later" (the
    # last frost compared with the south's) is the size of a shift, DURATION P2W, like "a
    # fortnight early" (gold_blind76) and "six months later than planned" (gold_blind28).
    # "usually within three weeks" -> "three weeks" P3W ("within" a signal); "it takes about
    # ten weeks to make a head" P10W. "its first cut of the year" -> "the year" DATE 2013,
    # the current year (gold_blind64). Sets: "every fortnight" P2W, "every four weeks" P4W,
    # "every week" P1W. The closing "Next week:" is the coming ISO week 2013-W10. Not
    # annotated: "'May Queen'" and "'Early Nantes 2'" (varieties), "Spring onions", "its
    # spring show" (an event named by a season), "The days" (generic), "a long season", "the
    # last frost", "the frosts", "A night of -5C" (a generic night; "-5C" a reading), "20C",
    # "page 24", "more than 300 people", "the Corn Exchange".
    "march-jobs-garden-column": (
        "2013-03-02",
        [
            ("mid-March", "DATE", "2013-03"),
            ("Saturday 2 March 2013", "DATE", "2013-03-02"),
            ("last year", "DATE", "2012"),
            ("Sunday", "DATE", "2013-03-03"),
            ("a fortnight", "DURATION", "P2W"),
            ("this weekend", "DATE", "2013-W09-WE"),
            ("now", "DATE", "PRESENT_REF"),
            ("late summer", "DATE", "2013-SU"),
            ("three weeks", "DURATION", "P3W"),
            ("now", "DATE", "PRESENT_REF"),
            ("about ten weeks", "DURATION", "P10W"),
            ("mid-March", "DATE", "2013-03"),
            ("every fortnight", "SET", "P2W"),
            ("the end of June", "DATE", "2013-06"),
            ("the end of the month", "DATE", "2013-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("early April", "DATE", "2013-04"),
            ("early May", "DATE", "2013-05"),
            ("about a fortnight", "DURATION", "P2W"),
            ("the middle of April", "DATE", "2013-04"),
            ("this month", "DATE", "2013-03"),
            ("every four weeks", "SET", "P4W"),
            ("April", "DATE", "2013-04"),
            ("July", "DATE", "2013-07"),
            ("next month", "DATE", "2013-04"),
            ("autumn", "DATE", "2013-FA"),
            ("next spring", "DATE", "2014-SP"),
            ("the year", "DATE", "2013"),
            ("April", "DATE", "2013-04"),
            ("every week", "SET", "P1W"),
            ("Thursday", "DATE", "2013-02-28"),
            ("2004", "DATE", "2004"),
            ("Saturday 23 March", "DATE", "2013-03-23"),
            ("10am", "TIME", "2013-03-23T10:00"),
            ("4pm", "TIME", "2013-03-23T16:00"),
            ("Next week", "DATE", "2013-W10"),
        ],
    ),
    # Tuesday 2012-04-24 (ISO week 17), Irish paper's allotment diary, headline, standfirst,
    # byline, date line "Tuesday 24 April 2012", then dated entries. Each entry heading is a
    # DATE with its weekday ("Wednesday 11 April", ...), and relative expressions inside an
    # entry are anchored to the entry's day, as entries of a live blog were to their
    # timestamps (gold_blind9): "today" in the Saturday 14 April entry is 2012-04-14; the
    # forecast "for Friday" in the Wednesday 11 April entry is the coming Friday 2012-04-13,
    # and "Friday turned out dry" on the 14th the same day; "Frost overnight" in the Sunday 15
    # April entry is the night just ended, Saturday's night 2012-04-14TNI (like "burst their
    # banks overnight" in gold_blind48), and "7am" that Sunday; "Two days later" after Sunday
    # 15 April is Tuesday 2012-04-17 (gold_blind76, gold_blind79), the day of the committee's
    # "Tuesday night" meeting (2012-04-17TNI, told in the Thursday entry); "This evening" in
    # the Monday 23 April entry 2012-04-23TEV and its "this weekend" 2012-W17-WE (28-29 April,
    # also the weekend of the paper's week). "Easter Monday, 9 April" is two DATEs (a holiday
    # and its date, like "Good Friday, 3 April" in gold_blind76); Easter Sunday 2012 was 8
    # April. "9am" and "10.30am" are that day's. "since November" 2011-11 (past); "next
    # March" after April 2012 is 2013-03; "Last year I planted on St Patrick's Day" -> 2011
    # and 2011-03-17, "this year" 2012; "late last year" 2011 (gold_blind76). "this month"
    # 2012-04; "the first fortnight" since the reopening is an ordinal period, DURATION P2W
    # (gold_blind4); "every three weeks" SET P3W; "from now" PRESENT_REF; "until August"
    # 2012-08; "recent years" PAST_REF (gold_blind28). Not annotated: "Plot 14", "its winter
    # closure" (a kind of closure, gold_blind76), "the hungry gap" (a gardeners' name for a
    # lean period, no calendar value), "the first earlies", "the maincrop", the varieties
    # "'Purple Sprouting'", "'Duke of York'" and "'May Queen'", "-3C", "€60", "41 names", "a
    # late frost", "two rows".
    "ballyrue-allotment-diary": (
        "2012-04-24",
        [
            ("Tuesday 24 April 2012", "DATE", "2012-04-24"),
            ("the 1970s", "DATE", "197"),
            ("more than a decade", "DURATION", "P10Y"),
            ("this month", "DATE", "2012-04"),
            ("the first fortnight", "DURATION", "P2W"),
            ("Easter Monday", "DATE", "2012-04-09"),
            ("9 April", "DATE", "2012-04-09"),
            ("9am", "TIME", "2012-04-09T09:00"),
            ("10.30am", "TIME", "2012-04-09T10:30"),
            ("November", "DATE", "2011-11"),
            ("next March", "DATE", "2013-03"),
            ("Wednesday 11 April", "DATE", "2012-04-11"),
            ("Friday", "DATE", "2012-04-13"),
            ("Saturday 14 April", "DATE", "2012-04-14"),
            ("Friday", "DATE", "2012-04-13"),
            ("today", "DATE", "2012-04-14"),
            ("Last year", "DATE", "2011"),
            ("St Patrick's Day", "DATE", "2011-03-17"),
            ("this year", "DATE", "2012"),
            ("Sunday 15 April", "DATE", "2012-04-15"),
            ("overnight", "TIME", "2012-04-14TNI"),
            ("7am", "TIME", "2012-04-15T07:00"),
            ("Two days later", "DATE", "2012-04-17"),
            ("every three weeks", "SET", "P3W"),
            ("now", "DATE", "PRESENT_REF"),
            ("August", "DATE", "2012-08"),
            ("Thursday 19 April", "DATE", "2012-04-19"),
            ("Tuesday night", "TIME", "2012-04-17TNI"),
            ("2008", "DATE", "2008"),
            ("late last year", "DATE", "2011"),
            ("recent years", "DATE", "PAST_REF"),
            ("three years", "DURATION", "P3Y"),
            ("Monday 23 April", "DATE", "2012-04-23"),
            ("This evening", "TIME", "2012-04-23TEV"),
            ("this weekend", "DATE", "2012-W17-WE"),
            ("Tuesday 8 May", "DATE", "2012-05-08"),
        ],
    ),
    # Wednesday 2013-12-18 (ISO week 51), US paper's food-section recipe column, section label,
    # headline, deck, byline "Staff Writer", date line "Wednesday, December 18, 2013". Christmas
    # Day 2013 is Wednesday 2013-12-25 ("Christmas" in the headline, "Christmas Day" in the
    # deck and the timetable); Christmas Eve Tuesday 2013-12-24. The deck's "Salt it Monday"
    # and the heading "Monday morning" are the coming Monday 2013-12-23 (2013-12-23TMO). The
    # timetable's clock headings "10 a.m.", "Noon", "About 3:30 p.m." (the modifier kept, like
    # "about 8:15 p.m." in gold_blind76) and "4 p.m." are times of Christmas Day; "about 3½
    # hours" from noon is PT210M and "2½ hours" PT150M (fractions to a smaller unit,
    # gold_blind24, gold_blind76). "leave it in the refrigerator overnight" under the heading
    # "Christmas Eve" is the night of Christmas Eve, 2013-12-24TNI (like "overnight Tuesday"
    # as Tuesday's night in earlier sets). "salted two days ahead" -> "two days" P2D; "up to
    # two days" P2D and "up to three days" P3D with the modifier in the span (gold_blind28);
    # "a plan that starts days before the meal" -> "days" PXD. "Every year" SET P1Y; "since
    # the 1990s" 199; "Last year" 2012; "since 1987"; "a 21-day dry-aged roast" DURATION
    # P21D (adjectival). "order by Friday" is the coming Friday 2013-12-20; the butcher's "2
    # p.m. on Christmas Eve" two TIMEX3. The chat "at noon ET Thursday" is "noon ET" TIME
    # 2013-12-19T12:00 (the zone in the span, not in the value, gold_blind28) and "Thursday"
    # 2013-12-19. Not annotated: oven temperatures "250F" (twice), "120F", "500F"; "$120",
    # "3 tablespoons", "four-rib", "serves 8", "about 9 pounds", "8 to 10", "zone 7", the web
    # address "chat1219", "a second time", "at the end", "the meal", "medium-rare".
    "prime-rib-christmas-plan": (
        "2013-12-18",
        [
            ("Christmas", "DATE", "2013-12-25"),
            ("Monday", "DATE", "2013-12-23"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("Wednesday, December 18, 2013", "DATE", "2013-12-18"),
            ("Every year", "SET", "P1Y"),
            ("the 1990s", "DATE", "199"),
            ("days", "DURATION", "PXD"),
            ("Last year", "DATE", "2012"),
            ("three weeks", "DURATION", "P3W"),
            ("two days", "DURATION", "P2D"),
            ("Monday morning", "TIME", "2013-12-23TMO"),
            ("up to two days", "DURATION", "P2D"),
            ("Christmas Eve", "DATE", "2013-12-24"),
            ("up to three days", "DURATION", "P3D"),
            ("overnight", "TIME", "2013-12-24TNI"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("10 a.m.", "TIME", "2013-12-25T10:00"),
            ("two hours", "DURATION", "PT2H"),
            ("Noon", "TIME", "2013-12-25T12:00"),
            ("about 3½ hours", "DURATION", "PT210M"),
            ("2½ hours", "DURATION", "PT150M"),
            ("About 3:30 p.m.", "TIME", "2013-12-25T15:30"),
            ("30 minutes", "DURATION", "PT30M"),
            ("4 p.m.", "TIME", "2013-12-25T16:00"),
            ("10 minutes", "DURATION", "PT10M"),
            ("1987", "DATE", "1987"),
            ("21-day", "DURATION", "P21D"),
            ("Friday", "DATE", "2013-12-20"),
            ("2 p.m.", "TIME", "2013-12-24T14:00"),
            ("Christmas Eve", "DATE", "2013-12-24"),
            ("four days", "DURATION", "P4D"),
            ("noon ET", "TIME", "2013-12-19T12:00"),
            ("Thursday", "DATE", "2013-12-19"),
        ],
    ),
    # Friday 2014-04-25 (ISO week 17), British paper's seasonal food piece, headline,
    # standfirst, byline, date line "Friday 25 April 2014". St George's Day 2014 was Wednesday
    # 2014-04-23, the day of the first cut "at 6am on Wednesday" and "by 11am" (two TIMEX3
    # with the day). "the first Jersey Royals of the year" -> "the year" DATE 2014
    # (gold_blind64). "This year" 2014. "Last year, after a frozen March" -> 2013 and 2013-03;
    # "cutting began three weeks late" is the size of a delay, DURATION P3W (gold_blind28);
    # "a year earlier" after "Last year" is 2012 (gold_blind35) and its "by June" 2012-06 (the
    # June of that year, the clause's frame). "This spring" 2014-SP; "a mild March" 2014-03;
    # "a warm Easter weekend" -> "Easter weekend" the ISO weekend of Easter Sunday 20 April,
    # 2014-W16-WE (gold_blind76, gold_blind57). "Cutting will stop on 21 June" 2014-06-21;
    # "next year" 2015; "since late March" 2014-03; "last week" 2014-W16; "peaks in May"
    # 2014-05; "the end of July" 2014-07; "by September" 2014-09. "Next Friday:" in a Friday
    # paper is the Friday of next week, 2014-05-02 (like "next Saturday" on a Saturday,
    # gold_blind79). Sets: "daily" P1D, "twice a day" P1D. Recipe timings are DURATIONs ("four
    # minutes", "12 minutes", "about 15 minutes"); "within two days of buying" -> "two days";
    # "a spear can grow 10cm in 24 hours" -> "24 hours" PT24H, how long a growth takes (like
    # "had tripled in three years", gold_blind35). Not annotated: "the English season" and
    # "in season" (a trade season, gold_blind76), "the start of the English season", "the
    # very day tradition sets" (its day is Wednesday, annotated), "May I make one plea?" (the
    # verb), "Their season", "200C/gas mark 6", "10cm", "£3 a kilo", "500g", "serves 4",
    # "côtils", "Jersey Royals", "Ravensmere Farm".
    "asparagus-jersey-royals-season": (
        "2014-04-25",
        [
            ("St George's Day", "DATE", "2014-04-23"),
            ("the year", "DATE", "2014"),
            ("Friday 25 April 2014", "DATE", "2014-04-25"),
            ("6am", "TIME", "2014-04-23T06:00"),
            ("Wednesday", "DATE", "2014-04-23"),
            ("11am", "TIME", "2014-04-23T11:00"),
            ("This year", "DATE", "2014"),
            ("Last year", "DATE", "2013"),
            ("March", "DATE", "2013-03"),
            ("three weeks", "DURATION", "P3W"),
            ("a year earlier", "DATE", "2012"),
            ("June", "DATE", "2012-06"),
            ("This spring", "DATE", "2014-SP"),
            ("March", "DATE", "2014-03"),
            ("Easter weekend", "DATE", "2014-W16-WE"),
            ("the 1990s", "DATE", "199"),
            ("1962", "DATE", "1962"),
            ("21 June", "DATE", "2014-06-21"),
            ("about eight weeks", "DURATION", "P8W"),
            ("next year", "DATE", "2015"),
            ("daily", "SET", "P1D"),
            ("twice a day", "SET", "P1D"),
            ("24 hours", "DURATION", "PT24H"),
            ("late March", "DATE", "2014-03"),
            ("last week", "DATE", "2014-W16"),
            ("May", "DATE", "2014-05"),
            ("the end of July", "DATE", "2014-07"),
            ("about six weeks", "DURATION", "P6W"),
            ("now", "DATE", "PRESENT_REF"),
            ("four minutes", "DURATION", "PT4M"),
            ("12 minutes", "DURATION", "PT12M"),
            ("two days", "DURATION", "P2D"),
            ("about 15 minutes", "DURATION", "PT15M"),
            ("September", "DATE", "2014-09"),
            ("Next Friday", "DATE", "2014-05-02"),
        ],
    ),
    # Thursday 2015-10-01 (ISO week 40), Australian paper's spring garden column, headline,
    # byline, date line "Thursday 1 October 2015". Southern-hemisphere seasons follow
    # gold_blind9 and gold_blind17: a season value names the season the text means, in the
    # year it falls in. Spring is September-November, so the headline's and the lead's
    # "Spring" and "through spring" are 2015-SP; the winter just gone (June-August) lies in
    # one calendar year, "over winter" 2015-WI; a southern summer spans the year boundary and
    # takes the year of its January and February: the coming summer ("through spring and
    # summer", "until they finish in late summer") 2016-SU, and "Last summer's heatwave in
    # January" 2015-SU with "January" 2015-01. "Daylight saving starts at 2am AEST on Sunday"
    # -> "2am AEST" TIME 2015-10-04T02:00 (the zone in the span) and "Sunday" 2015-10-04, the
    # first Sunday of October; "go forward an hour" PT1H (the size of the shift,
    # gold_blind76). Melbourne Cup Day is the first Tuesday of November, 2015-11-03, which the
    # apposition "3 November this year" confirms (three TIMEX3). "this week" 2015-W40;
    # "mid-October" 2015-10; "December" 2015-12; "Christmas" 2015-12-25; "mid-2014" 2014
    # (gold_blind76); "said on Tuesday" 2015-09-29 (past); "the first half of 2015" one span
    # 2015-H1 (gold_blind35); "the droughts of recent years" -> "recent years" PAST_REF; the
    # open day "Saturday 17 October" with "10am" and "4pm" of that day; "Next month:" 2015-11.
    # "will save you hours" -> "hours" PTXH. Not annotated: "the warm-season crops" and "its
    # spring open day" (kinds named by a season), "the light after work", "then" (anaphoric),
    # the varieties "'Grosse Lisse'" and "'Tommy Toe'", "zone 9", "7cm", "18 per cent", "$10",
    # "under 12", the phone number "1300 555 017".
    "kurrawong-spring-planting": (
        "2015-10-01",
        [
            ("Spring", "DATE", "2015-SP"),
            ("October", "DATE", "2015-10"),
            ("Thursday 1 October 2015", "DATE", "2015-10-01"),
            ("Spring", "DATE", "2015-SP"),
            ("three months", "DURATION", "P3M"),
            ("winter", "DATE", "2015-WI"),
            ("this week", "DATE", "2015-W40"),
            ("2am AEST", "TIME", "2015-10-04T02:00"),
            ("Sunday", "DATE", "2015-10-04"),
            ("an hour", "DURATION", "PT1H"),
            ("Melbourne Cup Day", "DATE", "2015-11-03"),
            ("3 November", "DATE", "2015-11-03"),
            ("this year", "DATE", "2015"),
            ("mid-October", "DATE", "2015-10"),
            ("now", "DATE", "PRESENT_REF"),
            ("about six weeks", "DURATION", "P6W"),
            ("now", "DATE", "PRESENT_REF"),
            ("about eight weeks", "DURATION", "P8W"),
            ("Christmas", "DATE", "2015-12-25"),
            ("every six weeks", "SET", "P6W"),
            ("spring", "DATE", "2015-SP"),
            ("summer", "DATE", "2016-SU"),
            ("twice a week", "SET", "P1W"),
            ("Last summer", "DATE", "2015-SU"),
            ("January", "DATE", "2015-01"),
            ("late summer", "DATE", "2016-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("December", "DATE", "2015-12"),
            ("hours", "DURATION", "PTXH"),
            ("mid-2014", "DATE", "2014"),
            ("Tuesday", "DATE", "2015-09-29"),
            ("the first half of 2015", "DATE", "2015-H1"),
            ("recent years", "DATE", "PAST_REF"),
            ("Saturday 17 October", "DATE", "2015-10-17"),
            ("10am", "TIME", "2015-10-17T10:00"),
            ("4pm", "TIME", "2015-10-17T16:00"),
            ("Next month", "DATE", "2015-11"),
        ],
    ),
    # Sunday 2014-10-19 (ISO week 42), Irish Sunday paper's preserves column, headline,
    # standfirst, byline, date line "Sunday 19 October 2014". The frost came "on Tuesday
    # night", 2014-10-14TNI; the reader wrote "on Thursday" 2014-10-16; the drinks council
    # spoke "on Friday" 2014-10-17. "the one job to do this weekend" in a Sunday paper is the
    # weekend of its own ISO week, 2014-W42-WE (gold_blind79's "over the weekend" in a Sunday
    # paper); "Start today" 2014-10-19. "ready by Christmas" (headline and body) 2014-12-25;
    # "about nine weeks" P9W; "mid-December" 2014-12. "after a warm summer" -> "summer"
    # 2014-SU, the summer just past (like "the driest autumn" -> "autumn", gold_blind9);
    # "July" 2014-07; "earlier this month" 2014-10 (gold_blind14). "I picked my last on
    # Michaelmas, 29 September" -> two DATEs 2014-09-29 (a fixed feast and its date), and
    # "two days later" on the narrative's line 2014-10-01. "leave the fruit to drip through a
    # jelly bag overnight" is a recipe step on no particular night: TIME XXXX-XX-XXTNI, a part
    # of day without a date, like "dusk" XXXX-XX-XXTEV in gold_blind76 (see README). "freezing
    # the fruit for a day" P1D; "every day for the first week, then once a week" -> SET P1D,
    # "the first week" an ordinal period DURATION P1W (gold_blind35), SET P1W; "keeps for up
    # to a year" P1Y; "improves for years" PXY. "every autumn from the 1960s on" -> SET
    # XXXX-FA (gold_blind76) and "the 1960s" 196. "the 2012 vintage" -> "2012" (an adjectival
    # year); "This year's vintage" -> "This year" 2014; "5 September" 2014-09-05; "next
    # spring" 2015-SP. "the third quarter" (sales told in October) is the calendar quarter
    # just ended, 2014-Q3 (gold_blind35). "Next Sunday:" 2014-10-26. Not annotated: "The
    # Sunday Larder" (a book title), "the traditional signal", "a frost", "The first frost",
    # "500g", "250g", "70cl", "140C/gas mark 1", "1kg", "2 tbsp", "€16.99", "a fifth".
    "sloe-gin-bramble-jelly": (
        "2014-10-19",
        [
            ("now", "DATE", "PRESENT_REF"),
            ("Christmas", "DATE", "2014-12-25"),
            ("summer", "DATE", "2014-SU"),
            ("this weekend", "DATE", "2014-W42-WE"),
            ("Sunday 19 October 2014", "DATE", "2014-10-19"),
            ("Tuesday night", "TIME", "2014-10-14TNI"),
            ("earlier this month", "DATE", "2014-10"),
            ("a day", "DURATION", "P1D"),
            ("This year", "DATE", "2014"),
            ("July", "DATE", "2014-07"),
            ("Thursday", "DATE", "2014-10-16"),
            ("every day", "SET", "P1D"),
            ("the first week", "DURATION", "P1W"),
            ("once a week", "SET", "P1W"),
            ("today", "DATE", "2014-10-19"),
            ("Christmas", "DATE", "2014-12-25"),
            ("about nine weeks", "DURATION", "P9W"),
            ("mid-December", "DATE", "2014-12"),
            ("up to a year", "DURATION", "P1Y"),
            ("years", "DURATION", "PXY"),
            ("15 minutes", "DURATION", "PT15M"),
            ("now", "DATE", "PRESENT_REF"),
            ("Michaelmas", "DATE", "2014-09-29"),
            ("29 September", "DATE", "2014-09-29"),
            ("two days later", "DATE", "2014-10-01"),
            ("overnight", "TIME", "XXXX-XX-XXTNI"),
            ("8 minutes", "DURATION", "PT8M"),
            ("every autumn", "SET", "XXXX-FA"),
            ("the 1960s", "DATE", "196"),
            ("2012", "DATE", "2012"),
            ("now", "DATE", "PRESENT_REF"),
            ("This year", "DATE", "2014"),
            ("5 September", "DATE", "2014-09-05"),
            ("next spring", "DATE", "2015-SP"),
            ("the third quarter", "DATE", "2014-Q3"),
            ("Friday", "DATE", "2014-10-17"),
            ("recent years", "DATE", "PAST_REF"),
            ("Next Sunday", "DATE", "2014-10-26"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
