"""Annotations of the fifty-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind56/annotate.py [--show]

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
    # Monday 2012-12-17 (ISO week 51), British regional daily's transport story, headline,
    # standfirst, date line "Monday 17 December 2012" (one DATE span with its weekday,
    # gold_blind44), byline, no dateline. "yesterday" is Sunday 2012-12-16 and "last night" its
    # night, 2012-12-16TNI (gold_blind35, gold_blind53). Past: the pier was wrecked "on Saturday
    # night" 2012-12-15TNI, the gust "at 23:40 on Saturday" (two TIMEX3), the warning "on Friday
    # afternoon" 2012-12-14TAF raised "on Saturday morning" 2012-12-15TMO; the road closed at
    # high tide "on Friday evening" 2012-12-14TEV, crews worked "through the night" -> "the
    # night" that Friday night, 2012-12-14TNI, and it "reopened at 6am on Sunday" 2012-12-16
    # (two TIMEX3), "almost 36 hours" later. Future: "the first sailing was unlikely before
    # Friday" (reported from Sunday) 2012-12-21; "Christmas Eve" (standfirst and body)
    # 2012-12-24; gales "for Wednesday and Thursday" 2012-12-19, 2012-12-20; "by the weekend"
    # 2012-W51-WE (22-23 December). "earlier this month" 2012-12 and "this year" 2012 (the
    # period of publication); "a day" the length of a closure; "Every winter" SET XXXX-WI;
    # "four return crossings every day" SET P1D; "a 90-day review" DURATION on the adjective;
    # "within 10 days" -> "10 days"; "the second half of 2013" one span; "more than a decade"
    # P10Y. Traps: "until further notice" (no calendar value, gold_blind21, gold_blind36),
    # "Storm Force 10" (a warning level), "the A892", "83mph", "1,400", "61", "£1.2m", "the full
    # winter timetable" (a kind of timetable, like "a summer resort" in gold_blind10), "the
    # third time", "around the clock", "high tide".
    "kerran-ferry-gales-pier": (
        "2012-12-17",
        [
            ("Christmas Eve", "DATE", "2012-12-24"),
            ("Monday 17 December 2012", "DATE", "2012-12-17"),
            ("Saturday night", "TIME", "2012-12-15TNI"),
            ("yesterday", "DATE", "2012-12-16"),
            ("at least five days", "DURATION", "P5D"),
            ("Friday", "DATE", "2012-12-21"),
            ("every day", "SET", "P1D"),
            ("Christmas Eve", "DATE", "2012-12-24"),
            ("23:40", "TIME", "2012-12-15T23:40"),
            ("Saturday", "DATE", "2012-12-15"),
            ("January 2005", "DATE", "2005-01"),
            ("Friday afternoon", "TIME", "2012-12-14TAF"),
            ("Saturday morning", "TIME", "2012-12-15TMO"),
            ("last night", "TIME", "2012-12-16TNI"),
            ("three days", "DURATION", "P3D"),
            ("6am", "TIME", "2012-12-16T06:00"),
            ("Sunday", "DATE", "2012-12-16"),
            ("almost 36 hours", "DURATION", "PT36H"),
            ("Friday evening", "TIME", "2012-12-14TEV"),
            ("the night", "TIME", "2012-12-14TNI"),
            ("this year", "DATE", "2012"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Every winter", "SET", "XXXX-WI"),
            ("Now", "DATE", "PRESENT_REF"),
            ("1998", "DATE", "1998"),
            ("a day", "DURATION", "P1D"),
            ("earlier this month", "DATE", "2012-12"),
            ("the past five years", "DURATION", "P5Y"),
            ("the second half of 2013", "DATE", "2013-H2"),
            ("90-day", "DURATION", "P90D"),
            ("10 days", "DURATION", "P10D"),
            ("today", "DATE", "2012-12-17"),
            ("Wednesday", "DATE", "2012-12-19"),
            ("Thursday", "DATE", "2012-12-20"),
            ("the weekend", "DATE", "2012-W51-WE"),
        ],
    ),
    # Tuesday 2012-11-27 (ISO week 48), news-agency airport story, headline ("spill into
    # Tuesday"), "HALVERTON, Nov 27 (Reuters) -" dateline (the year is 2012), reporting line.
    # Thanksgiving was Thursday 2012-11-22, so "the long Thanksgiving weekend" is 2012-W47-WE
    # (24-25 November; gold_blind38's "the long Thanksgiving weekend"). "a day after an ice
    # storm grounded" is an anchored duration, P1D (gold_blind28). The storm day is Monday
    # 2012-11-26: freezing rain "shortly before 5 a.m. CST (1100 GMT) on Monday" (central
    # standard time is GMT-6; "shortly before" a signal, the zone in the span), "Monday
    # afternoon", "Monday's cancellations" -> "Monday", Flight 1730 "due to leave at 5:30 p.m.
    # on Monday", passengers told "at 11 p.m." that Monday, hotels full "by Monday evening";
    # the quote's "since last night" (said on Tuesday) is Monday night 2012-11-26TNI. "by early
    # afternoon" is Tuesday's, 2012-11-27TAF (gold_blind24). Future: "into Wednesday" and "on
    # Wednesday" 2012-11-28; "7:15 a.m. on Thursday" 2012-11-29 (two TIMEX3); "a wait of nearly
    # three days" P3D; "early next week" 2012-W49. Great Plains' fiscal year is not described,
    # so "third-quarter" is 2012-Q3 (reported "last month", October 2012), "a year earlier"
    # 2011-Q3 and "the fourth quarter", the one now running, 2012-Q4 (gold_blind35). "now" in
    # "federal rules now fine airlines" PRESENT_REF; "more than three hours" a generic duration.
    # Traps: "Flight 1730" (a flight number that reads like a clock time), "Runway 9L/27R",
    # "1,200", "1,500", "430", "780", "290", "60 percent", "up to half an inch", "the upper 30s
    # Fahrenheit", "34", "$41 million", "$12 million", "$15 million to $20 million", "$45
    # million", "(Reuters)".
    "halverton-airport-ice-storm": (
        "2012-11-27",
        [
            ("Tuesday", "DATE", "2012-11-27"),
            ("Nov 27", "DATE", "2012-11-27"),
            ("Tuesday", "DATE", "2012-11-27"),
            ("a day", "DURATION", "P1D"),
            ("the long Thanksgiving weekend", "DATE", "2012-W47-WE"),
            ("early afternoon", "TIME", "2012-11-27TAF"),
            ("Wednesday", "DATE", "2012-11-28"),
            ("5 a.m. CST", "TIME", "2012-11-26T05:00"),
            ("1100 GMT", "TIME", "2012-11-26T11:00"),
            ("Monday", "DATE", "2012-11-26"),
            ("more than six hours", "DURATION", "PT6H"),
            ("Monday afternoon", "TIME", "2012-11-26TAF"),
            ("Monday", "DATE", "2012-11-26"),
            ("February 2011", "DATE", "2011-02"),
            ("two days", "DURATION", "P2D"),
            ("Monday", "DATE", "2012-11-26"),
            ("Tuesday", "DATE", "2012-11-27"),
            ("5:30 p.m.", "TIME", "2012-11-26T17:30"),
            ("Monday", "DATE", "2012-11-26"),
            ("11 p.m.", "TIME", "2012-11-26T23:00"),
            ("7:15 a.m.", "TIME", "2012-11-29T07:15"),
            ("Thursday", "DATE", "2012-11-29"),
            ("nearly three days", "DURATION", "P3D"),
            ("last night", "TIME", "2012-11-26TNI"),
            ("every 30 minutes", "SET", "PT30M"),
            ("Monday evening", "TIME", "2012-11-26TEV"),
            ("third-quarter", "DATE", "2012-Q3"),
            ("last month", "DATE", "2012-10"),
            ("a year earlier", "DATE", "2011-Q3"),
            ("the fourth quarter", "DATE", "2012-Q4"),
            ("2009", "DATE", "2009"),
            ("recent years", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("more than three hours", "DURATION", "PT3H"),
            ("Wednesday", "DATE", "2012-11-28"),
            ("early next week", "DATE", "2012-W49"),
        ],
    ),
    # Wednesday 2013-09-18 (ISO week 38), local TV station's website, headline, stamps
    # "Posted: Sep 18, 2013 5:14 PM EDT" and "Updated: Sep 18, 2013 11:20 PM EDT" (a DATE and a
    # TIME each, the zone in the span, gold_blind21, gold_blind36), byline, "PORT LAVELLE, FL
    # (News 9) -" dateline. The story is as of the 11:20 p.m. update: "tonight" 2013-09-18TNI,
    # "this evening" 2013-09-18TEV, the upgrade "at 5 p.m.", the position "At 11 p.m." and the
    # shelters that "opened at 6 p.m." are all on the publication day, and "by mid-afternoon"
    # is that day's afternoon, 2013-09-18TAF (gold_blind39's "midafternoon"). Landfall "late
    # Thursday or early Friday" -> DATEs 2013-09-19 and 2013-09-20 (modifiers kept, not
    # recorded); "as early as Thursday morning" -> "Thursday morning" ("as early as" a signal,
    # gold_blind39); "5 a.m. Thursday" and "8 a.m. Thursday" two TIMEX3 each; schools closed
    # "Thursday and Friday"; "Friday night's ... games" -> "Friday night" 2013-09-20TNI, moved
    # "to Monday" 2013-09-23 (future); surge "on Friday morning" 2013-09-20TMO; rain "through
    # Saturday" 2013-09-21. Past: formed "Sunday" 2013-09-15, tropical storm "Monday night"
    # 2013-09-16TNI, strengthened "on Tuesday" 2013-09-17. "within 48 hours" and "within 36
    # hours" are the generic periods of a watch and a warning, DURATIONs PT48H and PT36H;
    # "every three hours" SET PT3H; "since 2005" -> "2005"; "built in the 1960s" 196; "the second
    # hurricane of 2013" -> "2013"; "through Nov. 30" 2013-11-30. Traps: "Category 1",
    # "Category 2", "Category 3", "80 mph", "310 miles", "9 mph", "40 mph", "8 to 12 inches", "6
    # to 9 feet", "State Road 44", "News 9" (three times), "24/7", "the second hurricane", "a
    # quiet season so far", "The Atlantic hurricane season" (its end date is annotated).
    "hurricane-ines-lavelle-watch": (
        "2013-09-18",
        [
            ("Sep 18, 2013", "DATE", "2013-09-18"),
            ("5:14 PM EDT", "TIME", "2013-09-18T17:14"),
            ("Sep 18, 2013", "DATE", "2013-09-18"),
            ("11:20 PM EDT", "TIME", "2013-09-18T23:20"),
            ("tonight", "TIME", "2013-09-18TNI"),
            ("now", "DATE", "PRESENT_REF"),
            ("late Thursday", "DATE", "2013-09-19"),
            ("early Friday", "DATE", "2013-09-20"),
            ("5 p.m.", "TIME", "2013-09-18T17:00"),
            ("48 hours", "DURATION", "PT48H"),
            ("Thursday morning", "TIME", "2013-09-19TMO"),
            ("36 hours", "DURATION", "PT36H"),
            ("11 p.m.", "TIME", "2013-09-18T23:00"),
            ("5 a.m.", "TIME", "2013-09-19T05:00"),
            ("Thursday", "DATE", "2013-09-19"),
            ("every three hours", "SET", "PT3H"),
            ("Sunday", "DATE", "2013-09-15"),
            ("Monday night", "TIME", "2013-09-16TNI"),
            ("Tuesday", "DATE", "2013-09-17"),
            ("8 a.m.", "TIME", "2013-09-19T08:00"),
            ("Thursday", "DATE", "2013-09-19"),
            ("Thursday afternoon", "TIME", "2013-09-19TAF"),
            ("6 p.m.", "TIME", "2013-09-18T18:00"),
            ("Thursday", "DATE", "2013-09-19"),
            ("Friday", "DATE", "2013-09-20"),
            ("Friday night", "TIME", "2013-09-20TNI"),
            ("Monday", "DATE", "2013-09-23"),
            ("2005", "DATE", "2005"),
            ("the 1960s", "DATE", "196"),
            ("Saturday", "DATE", "2013-09-21"),
            ("Friday morning", "TIME", "2013-09-20TMO"),
            ("this evening", "TIME", "2013-09-18TEV"),
            ("mid-afternoon", "TIME", "2013-09-18TAF"),
            ("2013", "DATE", "2013"),
            ("Nov. 30", "DATE", "2013-11-30"),
        ],
    ),
    # Thursday 2013-07-18 (ISO week 29), British public broadcaster's news page, headline
    # ("hottest day in seven years"), stamp "18 July 2013 Last updated at 17:26 BST" (a DATE and
    # a TIME), no dateline. "hottest day in seven years" gives the period of a superlative,
    # DURATION P7Y (gold_blind28), matching "since July 2006" -> "July 2006" in the body; "the
    # highest reading" and "hottest day" are not TIMEX3 themselves. "for a fifth straight day"
    # -> "a fifth straight day" DURATION P1D, an ordinal day of a run, like "fifth straight day"
    # in gold_blind13 and "its fourth day" in gold_blind36 (the length of the one day named).
    # Future: the hot spell lasts "until at least Monday" -> "at least Monday" 2013-07-22
    # (modifier kept, gold_blind14, gold_blind35); storms "on Saturday afternoon" 2013-07-20TAF;
    # the alert "until 09:00 on Saturday" (two TIMEX3); "Tonight" 2013-07-18TNI; "Next week"
    # 2013-W30; "into early August" -> "early August" 2013-08; "this weekend" 2013-W29-WE
    # (20-21 July). Past: delays "on Wednesday evening" 2013-07-17TEV; gritters "at 14:00 on
    # Wednesday" (two TIMEX3). "between 12:00 and 19:00 every day this week" gives the hours of a
    # recurring restriction, XXXX-XX-XXT12:00 and T19:00 (gold_blind28, gold_blind36), "every
    # day" SET P1D and "this week" 2013-W29 (like "every week in the summer of 1992" in
    # gold_blind28). "over the past week" -> "the past week" P1W; "at least once a day" one SET
    # span P1D (modifier kept, gold_blind21, gold_blind28); "demand last week" 2013-W28 (the ISO
    # week before the Thursday story's); "the summer of 1995" one span; "this
    # summer" 2013-SU and "Last summer" 2012-SU; "a year ago" 2012 (the unit's granularity);
    # "months of cold weather" -> "months" PXM; "as late as April" -> "April" 2013-04 ("as late
    # as" a signal, gold_blind39); "the wettest for a century" the period of a superlative,
    # P100Y; "recently" and "recent years" PAST_REF; "held annually since 1921" SET P1Y and DATE
    # 1921. Traps: "30C (86F)", "33.4C", "level 3" (an alert level), "the low 20s", "the M47",
    # "15%", "84%", "91%", "another uncomfortable night" (no night of its own beyond "Tonight").
    "ashcombe-heatwave-hottest-day": (
        "2013-07-18",
        [
            ("seven years", "DURATION", "P7Y"),
            ("18 July 2013", "DATE", "2013-07-18"),
            ("17:26 BST", "TIME", "2013-07-18T17:26"),
            ("a fifth straight day", "DURATION", "P1D"),
            ("Thursday", "DATE", "2013-07-18"),
            ("July 2006", "DATE", "2006-07"),
            ("at least Monday", "DATE", "2013-07-22"),
            ("Saturday afternoon", "TIME", "2013-07-20TAF"),
            ("09:00", "TIME", "2013-07-20T09:00"),
            ("Saturday", "DATE", "2013-07-20"),
            ("Tonight", "TIME", "2013-07-18TNI"),
            ("Next week", "DATE", "2013-W30"),
            ("early August", "DATE", "2013-08"),
            ("12:00", "TIME", "XXXX-XX-XXT12:00"),
            ("19:00", "TIME", "XXXX-XX-XXT19:00"),
            ("every day", "SET", "P1D"),
            ("this week", "DATE", "2013-W29"),
            ("up to 40 minutes", "DURATION", "PT40M"),
            ("Wednesday evening", "TIME", "2013-07-17TEV"),
            ("14:00", "TIME", "2013-07-17T14:00"),
            ("Wednesday", "DATE", "2013-07-17"),
            ("the past week", "DURATION", "P1W"),
            ("at least once a day", "SET", "P1D"),
            ("last week", "DATE", "2013-W28"),
            ("the summer of 1995", "DATE", "1995-SU"),
            ("this summer", "DATE", "2013-SU"),
            ("a year ago", "DATE", "2012"),
            ("months", "DURATION", "PXM"),
            ("April", "DATE", "2013-04"),
            ("Last summer", "DATE", "2012-SU"),
            ("a century", "DURATION", "P100Y"),
            ("recently", "DATE", "PAST_REF"),
            ("recent years", "DATE", "PAST_REF"),
            ("annually", "SET", "P1Y"),
            ("1921", "DATE", "1921"),
            ("this weekend", "DATE", "2013-W29-WE"),
        ],
    ),
    # Friday 2014-05-16 (ISO week 20), British daily's transport story, headline, standfirst,
    # byline, no dateline and no date line; "yesterday" is Thursday 2014-05-15 and "last night"
    # its night, 2014-05-15TNI. The strike: "for three days next week" (headline, P3D and
    # 2014-W21), "for 72 hours from next Tuesday" -> "next Tuesday" in a Friday paper, the
    # coming Tuesday 2014-05-20 (gold_blind37), "from 00:01 on Tuesday until 23:59 on Thursday"
    # four TIMEX3, 2014-05-20T00:01, 2014-05-20, 2014-05-22T23:59, 2014-05-22 (gold_blind36).
    # "no trains after 19:00" (standfirst and body) is the hour of a recurring service on each
    # strike day, XXXX-XX-XXT19:00 (gold_blind36's "from 8 a.m. to 8 p.m. daily"); "every
    # morning next week" a SET XXXX-XX-XXTMO and a DATE 2014-W21. "the worst disruption ...
    # for more than 20 years" the period of a superlative, P20Y. Past: "in January" 2014-01, the
    # ballot "closed on Wednesday" 2014-05-14, talks broke down "on 6 May", the offer rejected
    # "two days later", 2014-05-08 (anchored on the narrative's last date, gold_blind36);
    # "November 2011"; "last year" 2013 and "2012"; "late last year" 2013 (gold_blind36); "the
    # first half of 2013" one span. Future: driver-only trains "from December" 2014-12 (a month
    # ahead of the January announcement); "until Monday" 2014-05-19; "within a fortnight" P2W;
    # "the coming months" PXM; "every weekend in June, starting on 31 May" SET XXXX-WXX-WE, DATE
    # 2014-06 and 2014-05-31 (a Saturday); "The spring bank holiday on Monday 26 May" two DATEs
    # 2014-05-26, the holiday named like "the May Day bank holiday" in gold_blind27 (its
    # "spring" is part of the name, not a season); "every year for a decade" SET P1Y and
    # DURATION P10Y. Traps: "a Saturday service" (a kind of timetable run on other days, like
    # "evening and Sunday services" in gold_blind10), "strike days", "the M47", "488 to 102",
    # "one train in three", "61 million", "4%", "£2m", "40 more drivers".
    "harlow-rail-drivers-strike": (
        "2014-05-16",
        [
            ("three days", "DURATION", "P3D"),
            ("next week", "DATE", "2014-W21"),
            ("19:00", "TIME", "XXXX-XX-XXT19:00"),
            ("72 hours", "DURATION", "PT72H"),
            ("next Tuesday", "DATE", "2014-05-20"),
            ("yesterday", "DATE", "2014-05-15"),
            ("more than 20 years", "DURATION", "P20Y"),
            ("00:01", "TIME", "2014-05-20T00:01"),
            ("Tuesday", "DATE", "2014-05-20"),
            ("23:59", "TIME", "2014-05-22T23:59"),
            ("Thursday", "DATE", "2014-05-22"),
            ("one-day", "DURATION", "P1D"),
            ("November 2011", "DATE", "2011-11"),
            ("19:00", "TIME", "XXXX-XX-XXT19:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("next week", "DATE", "2014-W21"),
            ("January", "DATE", "2014-01"),
            ("December", "DATE", "2014-12"),
            ("Wednesday", "DATE", "2014-05-14"),
            ("6 May", "DATE", "2014-05-06"),
            ("nine hours", "DURATION", "PT9H"),
            ("two days later", "DATE", "2014-05-08"),
            ("last night", "TIME", "2014-05-15TNI"),
            ("four months", "DURATION", "P4M"),
            ("Monday", "DATE", "2014-05-19"),
            ("a fortnight", "DURATION", "P2W"),
            ("last year", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("late last year", "DATE", "2013"),
            ("the first half of 2013", "DATE", "2013-H1"),
            ("the coming months", "DURATION", "PXM"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("June", "DATE", "2014-06"),
            ("31 May", "DATE", "2014-05-31"),
            ("The spring bank holiday", "DATE", "2014-05-26"),
            ("Monday 26 May", "DATE", "2014-05-26"),
            ("every year", "SET", "P1Y"),
            ("a decade", "DURATION", "P10Y"),
        ],
    ),
    # Sunday 2014-02-16 (ISO week 7), US regional paper's Sunday weather story, headline, deck,
    # date line "Sunday, February 16, 2014" (one DATE span), byline, "CORVALE —" dateline.
    # "tonight" (twice) is Sunday night 2014-02-16TNI and "after midnight" (deck and body) the
    # midnight that ends it, 2014-02-16T24:00 (gold_blind19's "change to snow after midnight").
    # The weather service "said Saturday" 2014-02-15; "yesterday" is Saturday too, and "by
    # noon" in the quote about it 2014-02-15T12:00; "by 6 p.m. Saturday" two TIMEX3. Monday
    # 2014-02-17 is Presidents Day (the third Monday of February): "through Monday", "Monday
    # morning" 2014-02-17TMO, "Monday is Presidents Day" (two DATEs), "a Sunday schedule on
    # Monday", "140 of Monday's flights". Tuesday 2014-02-18: "Tuesday morning" (deck and body)
    # TMO, "10 p.m. tonight ... until 10 a.m. Tuesday" (four TIMEX3), "by 5 a.m. Tuesday", "by
    # Tuesday afternoon" TAF. "by Thursday" 2014-02-20; "by the weekend" 2014-W08-WE (22-23
    # February). "the most since 2010" (headline) -> "2010", "since February 2010" -> "February
    # 2010"; "over two days" -> "two days"; "12-hour shifts" DURATION PT12H; "this winter"
    # 2014-WI (the winter taking the year of its January, gold_blind42, gold_blind46); "since
    # early December" -> "early December" 2013-12; salt "bought ... on Thursday" 2014-02-13
    # (past; "last week" was avoided in a Sunday paper, see README); "Right now"
    # PRESENT_REF (gold_blind26, gold_blind39); "almost every week" one SET span P1W (modifier
    # kept, like "almost every day" in gold_blind35); "since New Year's Day" -> 2014-01-01.
    # Traps: "a Sunday schedule" (a kind of timetable run on Monday, like "a Saturday service" in
    # the rail story), "14 inches", "10 to 14 inches", "22 inches", "the 20s", "minus 5", "the
    # 40s", "45 mph", "42 plows", "80 percent", "2,000 more tons", "two storms", "Route 9", "the
    # length of the storm", "around the clock".
    "corvale-presidents-day-snowstorm": (
        "2014-02-16",
        [
            ("2010", "DATE", "2010"),
            ("midnight", "TIME", "2014-02-16T24:00"),
            ("Tuesday morning", "TIME", "2014-02-18TMO"),
            ("Sunday, February 16, 2014", "DATE", "2014-02-16"),
            ("tonight", "TIME", "2014-02-16TNI"),
            ("midnight", "TIME", "2014-02-16T24:00"),
            ("Monday", "DATE", "2014-02-17"),
            ("Tuesday morning", "TIME", "2014-02-18TMO"),
            ("Saturday", "DATE", "2014-02-15"),
            ("10 p.m.", "TIME", "2014-02-16T22:00"),
            ("tonight", "TIME", "2014-02-16TNI"),
            ("10 a.m.", "TIME", "2014-02-18T10:00"),
            ("Tuesday", "DATE", "2014-02-18"),
            ("February 2010", "DATE", "2010-02"),
            ("two days", "DURATION", "P2D"),
            ("Monday morning", "TIME", "2014-02-17TMO"),
            ("Monday", "DATE", "2014-02-17"),
            ("Presidents Day", "DATE", "2014-02-17"),
            ("5 a.m.", "TIME", "2014-02-18T05:00"),
            ("Tuesday", "DATE", "2014-02-18"),
            ("Monday", "DATE", "2014-02-17"),
            ("12-hour", "DURATION", "PT12H"),
            ("this winter", "DATE", "2014-WI"),
            ("early December", "DATE", "2013-12"),
            ("Thursday", "DATE", "2014-02-13"),
            ("Right now", "DATE", "PRESENT_REF"),
            ("almost every week", "SET", "P1W"),
            ("New Year's Day", "DATE", "2014-01-01"),
            ("yesterday", "DATE", "2014-02-15"),
            ("noon", "TIME", "2014-02-15T12:00"),
            ("Monday", "DATE", "2014-02-17"),
            ("6 p.m.", "TIME", "2014-02-15T18:00"),
            ("Saturday", "DATE", "2014-02-15"),
            ("Tuesday afternoon", "TIME", "2014-02-18TAF"),
            ("Thursday", "DATE", "2014-02-20"),
            ("the weekend", "DATE", "2014-W08-WE"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
