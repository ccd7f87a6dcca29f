"""Annotations of the four-hundred-and-thirty-second blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind432/annotate.py [--show]

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
    # Monday 2012-10-22 (ISO week 43), community wiki news site, election results abroad
    # (invented country), headline, date line "Monday, October 22, 2012" (one DATE span,
    # gold_blind35), sections "Background", "Related news" and "Sources". The vote was
    # "yesterday", Sunday 2012-10-21: "7 a.m. local time (0500 UTC) on Sunday" -> two TIMEs
    # with the zone in the span and not in the value, and "Sunday" (gold_blind54); "9 p.m."
    # and "10:40 p.m." that Sunday; "through the night" -> "the night" 2012-10-21TNI; "by
    # 4:30 a.m." the Monday, 2012-10-22T04:30; "that evening" after the concession
    # 2012-10-21TEV (gold_blind8); "shortly after midnight" -> "midnight" (the signal left
    # out, gold_blind12, gold_blind14), the midnight that ends Sunday, 2012-10-21T24:00
    # (gold_blind54, gold_blind103). "an hour later than at the last election" is the size
    # of a shift, DURATION PT1H (gold_blind35). "three years ago" 2009 (the unit's
    # granularity). Future weekdays: "talks ... Wednesday" (headline and body) 2012-10-24,
    # "tomorrow" 2012-10-23, "on Thursday" 2012-10-25, "on Friday" 2012-10-26 and "the next
    # day" after it 2012-10-27 (anchored on the narrative's last date, gold_blind54).
    # "Christmas" 2012-12-25; "July" 2012-07; "by 2020" -> "2020"; "every four years" SET P4Y;
    # "the spring of 2013" one span 2013-SP; "November 5" 2012-11-05; "the 2013 budget" ->
    # "2013" (an adjectival year); "within six weeks" -> "six weeks"; "100-day" DURATION P100D;
    # "last week" 2012-W42; "every month" SET P1M. The Related news item "calls October
    # election" -> "October" 2012-10, an adjectival month like "Before April Vote"
    # (gold_blind35); the Sources' dates are DATEs (like the embed lines of gold_blind82), and
    # the quoted source title "Turnout highest since 2001" gives "2001". Not annotated: "71
    # of the 160 seats", "58.3 per cent", "51.6 per cent", "3,041", "3,120", "44 seats", "63"
    # (seats, and the ages "from 63 to 65" of the pension plan), "47" (an age), "Article 88",
    # "Orlen-4", "31 million lev", "US$19.6 million", "0800 3120 2009" (a phone number ending
    # in 2009, beside the annotated "June 2009"), "the first time", "until a new cabinet is
    # sworn in", "the worst of the crisis", "at once" (inside a quote, not a time).
    "marvesia-election-unity-bloc-leads": (
        "2012-10-22",
        [
            ("Wednesday", "DATE", "2012-10-24"),
            ("Monday, October 22, 2012", "DATE", "2012-10-22"),
            ("yesterday", "DATE", "2012-10-21"),
            ("1994", "DATE", "1994"),
            ("early this morning", "TIME", "2012-10-22TMO"),
            ("7 a.m. local time", "TIME", "2012-10-21T07:00"),
            ("0500 UTC", "TIME", "2012-10-21T05:00"),
            ("Sunday", "DATE", "2012-10-21"),
            ("9 p.m.", "TIME", "2012-10-21T21:00"),
            ("an hour", "DURATION", "PT1H"),
            ("June 2009", "DATE", "2009-06"),
            ("three years ago", "DATE", "2009"),
            ("the night", "TIME", "2012-10-21TNI"),
            ("4:30 a.m.", "TIME", "2012-10-22T04:30"),
            ("10:40 p.m.", "TIME", "2012-10-21T22:40"),
            ("Sunday", "DATE", "2012-10-21"),
            ("three years", "DURATION", "P3Y"),
            ("that evening", "TIME", "2012-10-21TEV"),
            ("Christmas", "DATE", "2012-12-25"),
            ("midnight", "TIME", "2012-10-21T24:00"),
            ("Wednesday", "DATE", "2012-10-24"),
            ("14 days", "DURATION", "P14D"),
            ("up to 30 days", "DURATION", "P30D"),
            ("tomorrow", "DATE", "2012-10-23"),
            ("Thursday", "DATE", "2012-10-25"),
            ("Friday", "DATE", "2012-10-26"),
            ("the next day", "DATE", "2012-10-27"),
            ("July", "DATE", "2012-07"),
            ("2020", "DATE", "2020"),
            ("every four years", "SET", "P4Y"),
            ("the spring of 2013", "DATE", "2013-SP"),
            ("November 5", "DATE", "2012-11-05"),
            ("2013", "DATE", "2013"),
            ("six weeks", "DURATION", "P6W"),
            ("100-day", "DURATION", "P100D"),
            ("last week", "DATE", "2012-W42"),
            ("every month", "SET", "P1M"),
            ("6 p.m.", "TIME", "2012-10-22T18:00"),
            ("today", "DATE", "2012-10-22"),
            ("October", "DATE", "2012-10"),
            ("July 26, 2012", "DATE", "2012-07-26"),
            ("October 22, 2012", "DATE", "2012-10-22"),
            ("2001", "DATE", "2001"),
            ("October 21, 2012", "DATE", "2012-10-21"),
            ("October 21, 2012", "DATE", "2012-10-21"),
        ],
    ),
    # Tuesday 2015-03-10 (ISO week 11), community wiki news site, science announcement,
    # section label "Science and technology", headline ("in 2028"), date line "Tuesday 10
    # March 2015" (one DATE span), sections "Orbit", "The observers", "Sister links",
    # "Sources", footer "This page was last edited on 10 March 2015, at 17:05 (UTC)." (DATE
    # and TIME; the span "17:05" stops before the bracketed zone). The centre confirmed "on
    # Monday" 2015-03-09, the same day as the two "yesterday"s; the find was made "on the night
    # of 2 March", one TIME span 2015-03-02TNI (gold_blind8's "the night of ..."), "the next
    # night" 2015-03-03TNI (anchored on it); "10:20 UTC on Wednesday" 2015-03-04T10:20 and
    # 2015-03-04; "By Friday evening" 2015-03-06TEV. The asteroid's approach: "October 2028",
    # "14 October 2028 at about 21:00 UTC" (DATE and TIME), "the autumn of 2028" 2028-FA;
    # "the next 100 years" P100Y; "about two weeks" P2W; "once every 41 months" SET P41M (an
    # orbital period said as a frequency, the count kept in the span like "twice a week",
    # gold_blind35); "the spring of 1962" 1962-SP; "late 2017" 2017 (like "late last year",
    # gold_blind103); "every night" and "each morning" SETs XXXX-XX-XXTNI / XXXX-XX-XXTMO
    # (gold_blind43); "Since January 2013" -> 2013-01; "four years" P4Y; "a single hour" PT1H;
    # "last year" 2014; "the fiscal year 2016" one span FY2016 (like "the financial year
    # 2014-15", gold_blind49; the state's fiscal year is the calendar year and is named by the
    # year it ends); "now designated" -> "now" PRESENT_REF. The open night "on Saturday from
    # 8 p.m. to midnight": Saturday 2015-03-14, 2015-03-14T20:00 and the midnight that ends
    # it, 2015-03-14T24:00 (gold_blind103). Not annotated: "2015 EK11" (three times, a
    # provisional designation holding the year), "MPEC 2015-E42" (a circular's number),
    # "serradovento.pt/diario/2015/03/ek11" (a URL with a year and month), "400 metres", "1.9
    # million kilometres", "0.6-metre", "100 metres", "magnitude 19", "€18,500", "€2 million",
    # "27", "1,472", "61" and "34" (ages), "around that date" (anaphoric), "when the sky is
    # clear", "five times the distance of the Moon".
    "serra-do-vento-asteroid-2028-flyby": (
        "2015-03-10",
        [
            ("2028", "DATE", "2028"),
            ("Tuesday 10 March 2015", "DATE", "2015-03-10"),
            ("October 2028", "DATE", "2028-10"),
            ("Monday", "DATE", "2015-03-09"),
            ("now", "DATE", "PRESENT_REF"),
            ("the night of 2 March", "TIME", "2015-03-02TNI"),
            ("the next night", "TIME", "2015-03-03TNI"),
            ("10:20 UTC", "TIME", "2015-03-04T10:20"),
            ("Wednesday", "DATE", "2015-03-04"),
            ("Friday evening", "TIME", "2015-03-06TEV"),
            ("more than 48 hours", "DURATION", "PT48H"),
            ("yesterday", "DATE", "2015-03-09"),
            ("14 October 2028", "DATE", "2028-10-14"),
            ("about 21:00 UTC", "TIME", "2028-10-14T21:00"),
            ("the next 100 years", "DURATION", "P100Y"),
            ("about two weeks", "DURATION", "P2W"),
            ("once every 41 months", "SET", "P41M"),
            ("the spring of 1962", "DATE", "1962-SP"),
            ("late 2017", "DATE", "2017"),
            ("2009", "DATE", "2009"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("January 2013", "DATE", "2013-01"),
            ("four years", "DURATION", "P4Y"),
            ("yesterday", "DATE", "2015-03-09"),
            ("a single hour", "DURATION", "PT1H"),
            ("last year", "DATE", "2014"),
            ("this afternoon", "TIME", "2015-03-10TAF"),
            ("the fiscal year 2016", "DATE", "FY2016"),
            ("Saturday", "DATE", "2015-03-14"),
            ("8 p.m.", "TIME", "2015-03-14T20:00"),
            ("midnight", "TIME", "2015-03-14T24:00"),
            ("the autumn of 2028", "DATE", "2028-FA"),
            ("9 March 2015", "DATE", "2015-03-09"),
            ("9 March 2015", "DATE", "2015-03-09"),
            ("10 March 2015", "DATE", "2015-03-10"),
            ("10 March 2015", "DATE", "2015-03-10"),
            ("17:05", "TIME", "2015-03-10T17:05"),
        ],
    ),
    # Wednesday 2015-05-20 (ISO week 21), community wiki news site, sports result (a European
    # club football final in Warsaw), section label "Sports", headline ("since 1988"), date
    # line "Wednesday, May 20, 2015", an infobox ("Date: 20 May 2015", "Kick-off: 20:45 CEST
    # (18:45 UTC)" -> a DATE and two TIMEs with the zones in the spans), sections "Match",
    # "Reaction", "Road to the final", "Sources". The final is "this evening" 2015-05-20TEV;
    # "23:01 local time" that evening; "more than two hours after kick-off" PT2H (a duration
    # anchored to an event, gold_blind35). "their first final ... in 27 years" P27Y (the
    # period of a "first in", gold_blind103), "Twenty-seven years" (quote) and the source
    # title's "27-year wait" P27Y (an adjectival duration). Past weekdays: the Ukrainian cup
    # "on Saturday" 2015-05-16, the extension "on Monday" 2015-05-18; future: the parade "on
    # Saturday afternoon" 2015-05-23TAF "starting at 4 p.m." 2015-05-23T16:00 (the same
    # weekday in both directions). "Tonight" 2015-05-20TNI; "tomorrow" 2015-05-21 and
    # "tomorrow morning" 2015-05-21TMO; "since February" 2015-02; "January 2014" 2014-01;
    # "two-year" P2Y; "11 matches in 34 days" -> "34 days" P34D (the period of a count,
    # gold_blind103's "the third time in two weeks"); "11 August" 2015-08-11; the Road to the
    # final's leg dates "26 February", "5 March", "16 April", "7 May" 2015 (past, this
    # competition's own season); "until 2017" -> "2017". Not annotated: the scores "2-1",
    # "3-1", "2-2", "4-3", "the 12th minute", "the 77th", "the 108th minute" (match minutes,
    # gold_blind43), "extra time", "a.e.t.", "every season" and "next season's group stage"
    # (sports seasons, gold_blind43), "Round of 16", "Attendance: 51,200", "19-year-old", "58"
    # (an age), "11 matches", "the final whistle", "kick-off" (event words).
    "almadena-win-continental-shield-final": (
        "2015-05-20",
        [
            ("1988", "DATE", "1988"),
            ("Wednesday, May 20, 2015", "DATE", "2015-05-20"),
            ("this evening", "TIME", "2015-05-20TEV"),
            ("20 May 2015", "DATE", "2015-05-20"),
            ("20:45 CEST", "TIME", "2015-05-20T20:45"),
            ("18:45 UTC", "TIME", "2015-05-20T18:45"),
            ("23:01 local time", "TIME", "2015-05-20T23:01"),
            ("more than two hours", "DURATION", "PT2H"),
            ("1988", "DATE", "1988"),
            ("27 years", "DURATION", "P27Y"),
            ("1971", "DATE", "1971"),
            ("February", "DATE", "2015-02"),
            ("Saturday", "DATE", "2015-05-16"),
            ("Twenty-seven years", "DURATION", "P27Y"),
            ("January 2014", "DATE", "2014-01"),
            ("two-year", "DURATION", "P2Y"),
            ("Monday", "DATE", "2015-05-18"),
            ("Tonight", "TIME", "2015-05-20TNI"),
            ("tomorrow", "DATE", "2015-05-21"),
            ("34 days", "DURATION", "P34D"),
            ("tomorrow morning", "TIME", "2015-05-21TMO"),
            ("Saturday afternoon", "TIME", "2015-05-23TAF"),
            ("4 p.m.", "TIME", "2015-05-23T16:00"),
            ("11 August", "DATE", "2015-08-11"),
            ("26 February", "DATE", "2015-02-26"),
            ("5 March", "DATE", "2015-03-05"),
            ("16 April", "DATE", "2015-04-16"),
            ("7 May", "DATE", "2015-05-07"),
            ("27-year", "DURATION", "P27Y"),
            ("May 20, 2015", "DATE", "2015-05-20"),
            ("2017", "DATE", "2017"),
            ("May 18, 2015", "DATE", "2015-05-18"),
            ("May 19, 2015", "DATE", "2015-05-19"),
        ],
    ),
    # Saturday 2013-11-09 (ISO week 45), community wiki news site, disaster (an earthquake in
    # an invented country, local time UTC+4), section label "Disasters and accidents",
    # headline, header "Published: 2013-11-09 · Last edited: 2013-11-09 14:52 UTC" (ISO dates
    # as DATEs, the clock time a TIME with the zone in the span; labels outside, gold_blind82),
    # sections "Rescue", "Response", "Background", "Sources" with ISO dates in brackets. The
    # quake struck "at 11:47 p.m. local time on Thursday (19:47 UTC)" -> 2013-11-07T23:47,
    # "Thursday" 2013-11-07, "19:47 UTC" 2013-11-07T19:47 (the UTC time the same day);
    # "yesterday" is Friday 2013-11-08 ("noon yesterday" two TIMEX3, "yesterday afternoon"
    # one TIME), the aftershock "at 6:12 a.m. on Friday" 2013-11-08T06:12, "through Friday
    # night" and "last night" 2013-11-08TNI; "about 3:30 p.m." that Friday. Future: "at least
    # Monday" 2013-11-11, snow "for Sunday and Monday", mourning "from tomorrow" 2013-11-10.
    # "before next winter" said in November 2013 -> "next winter" 2015-WI, the winter after
    # the one about to begin (2014-15), taking the year of its January (gold_blind10,
    # gold_blind103's "Last winter" in November). "the next 24 hours" PT24H; "nearly 16
    # hours" PT16H (a duration anchored to the quake); "after 72 hours" -> "72 hours";
    # "three days" P3D; "30-day" P30D; "8:05 a.m. today" two TIMEX3; "the 1970s" 197; "March
    # 1931" 1931-03; "A 2008 building code" -> "2008"; "last year" 2012; "twice a year" SET
    # P1Y; "since 2010" -> "2010"; the hotline "every day from 8 a.m. to 10 p.m." -> SET P1D
    # and two TIMEs XXXX-XX-XXThh:mm (the hours of a recurring service, gold_blind103). Not
    # annotated: "magnitude 6.4", "magnitude 5.1", "magnitude 7.0", "M6.4", "112", "900",
    # "14 km", "10 km", "40,000", "38 aftershocks", "61 people", "nine-year-old", "minus 8C",
    # "6,000", "2.4 million Swiss francs", "4,000", "one in five", "0 800 1931 11" (a phone
    # number holding 1931, beside "March 1931"), "after the quake", "as families slept".
    "kelmar-earthquake-western-daravia": (
        "2013-11-09",
        [
            ("2013-11-09", "DATE", "2013-11-09"),
            ("2013-11-09", "DATE", "2013-11-09"),
            ("14:52 UTC", "TIME", "2013-11-09T14:52"),
            ("11:47 p.m. local time", "TIME", "2013-11-07T23:47"),
            ("Thursday", "DATE", "2013-11-07"),
            ("19:47 UTC", "TIME", "2013-11-07T19:47"),
            ("this morning", "TIME", "2013-11-09TMO"),
            ("the next 24 hours", "DURATION", "PT24H"),
            ("6:12 a.m.", "TIME", "2013-11-08T06:12"),
            ("Friday", "DATE", "2013-11-08"),
            ("the 1970s", "DATE", "197"),
            ("Friday night", "TIME", "2013-11-08TNI"),
            ("noon", "TIME", "2013-11-08T12:00"),
            ("yesterday", "DATE", "2013-11-08"),
            ("about 3:30 p.m.", "TIME", "2013-11-08T15:30"),
            ("nearly 16 hours", "DURATION", "PT16H"),
            ("at least Monday", "DATE", "2013-11-11"),
            ("72 hours", "DURATION", "PT72H"),
            ("last night", "TIME", "2013-11-08TNI"),
            ("Sunday", "DATE", "2013-11-10"),
            ("Monday", "DATE", "2013-11-11"),
            ("three days", "DURATION", "P3D"),
            ("tomorrow", "DATE", "2013-11-10"),
            ("30-day", "DURATION", "P30D"),
            ("yesterday afternoon", "TIME", "2013-11-08TAF"),
            ("next winter", "DATE", "2015-WI"),
            ("Friday", "DATE", "2013-11-08"),
            ("8:05 a.m.", "TIME", "2013-11-09T08:05"),
            ("today", "DATE", "2013-11-09"),
            ("March 1931", "DATE", "1931-03"),
            ("2008", "DATE", "2008"),
            ("last year", "DATE", "2012"),
            ("twice a year", "SET", "P1Y"),
            ("2010", "DATE", "2010"),
            ("every day", "SET", "P1D"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("2013-11-09", "DATE", "2013-11-09"),
            ("2013-11-08", "DATE", "2013-11-08"),
            ("2013-11-07", "DATE", "2013-11-07"),
        ],
    ),
    # Friday 2014-05-30 (ISO week 22), community wiki news site, disaster (a rockfall at a
    # Western Australian gold mine), section label "Disasters and accidents", headline, date
    # line "Friday, May 30, 2014", a bracketed first-hand-reporting box, sections "Briefing",
    # "Background", "Original reporting notes", "Sources" with day-first dates. The fall was
    # "at about 10:15 a.m. on Wednesday" 2014-05-28T10:15 and 2014-05-28; "by 1 p.m. that day"
    # 2014-05-28T13:00 and DATE 2014-05-28; "at 9:40 p.m. that night" 2014-05-28T21:40 and
    # 2014-05-28TNI (gold_blind26, gold_blind69); "at 3 a.m. on Thursday" 2014-05-29T03:00;
    # the men reached "at 2:55 a.m. today" 2014-05-30T02:55 and "today"; "more than 40 hours"
    # PT40H (a duration anchored to the fall). The briefing "at 11 a.m." and "the 11 a.m.
    # briefing" (an adjectival clock time annotated alone, gold_blind43) 2014-05-30T11:00.
    # "the weekend" 2014-W22-WE (31 May-1 June); "at least the middle of June" 2014-06, the
    # modifier not recorded (like "the middle of next week", gold_blind103). The Australian
    # financial year runs July-June and is named by the year it ends: "the current financial
    # year, which ends on 30 June" FY2014 plus 2014-06-30, "last financial year" FY2013
    # (gold_blind21, gold_blind49). "on Wednesday afternoon" 2014-05-28TAF; trading resumes
    # "on Monday" 2014-06-02, and the silence "at 11 a.m. on Monday" 2014-06-02T11:00 and the
    # DATE; "twice in the past 12 months" -> "the past 12 months" P12M (the period of a count);
    # "in March" 2014-03; "August 2012" 2012-08; "a minute's silence" -> "a minute" PT1M
    # (gold_blind54); "12-hour" PT12H, "four-hour" PT4H; "The next 24 hours" PT24H; "7 p.m.
    # tonight" two TIMEX3; "In February" 2014-02; "in 2011". Not annotated: "day and night"
    # and "around the clock" (idioms, gold_blind103), "the mine's 31 Level", "a DR-2014" (a
    # drill model holding 2014), "620 metres", "90 km", "150 mm", "52-year-old", "29 and 41"
    # (ages), "86 other workers", "Teams of six", "95,000 ounces", "118,000 ounces", "A$1.42",
    # "1800 555 620", "the Goldfields", "most recently".
    "marlee-hill-mine-rockfall-rescue": (
        "2014-05-30",
        [
            ("Friday, May 30, 2014", "DATE", "2014-05-30"),
            ("early this morning", "TIME", "2014-05-30TMO"),
            ("more than 40 hours", "DURATION", "PT40H"),
            ("about 10:15 a.m.", "TIME", "2014-05-28T10:15"),
            ("Wednesday", "DATE", "2014-05-28"),
            ("12-hour", "DURATION", "PT12H"),
            ("1 p.m.", "TIME", "2014-05-28T13:00"),
            ("that day", "DATE", "2014-05-28"),
            ("9:40 p.m.", "TIME", "2014-05-28T21:40"),
            ("that night", "TIME", "2014-05-28TNI"),
            ("3 a.m.", "TIME", "2014-05-29T03:00"),
            ("Thursday", "DATE", "2014-05-29"),
            ("2:55 a.m.", "TIME", "2014-05-30T02:55"),
            ("today", "DATE", "2014-05-30"),
            ("this afternoon", "TIME", "2014-05-30TAF"),
            ("11 a.m.", "TIME", "2014-05-30T11:00"),
            ("The next 24 hours", "DURATION", "PT24H"),
            ("four-hour", "DURATION", "PT4H"),
            ("the weekend", "DATE", "2014-W22-WE"),
            ("at least the middle of June", "DATE", "2014-06"),
            ("2011", "DATE", "2011"),
            ("February", "DATE", "2014-02"),
            ("the current financial year", "DATE", "FY2014"),
            ("30 June", "DATE", "2014-06-30"),
            ("last financial year", "DATE", "FY2013"),
            ("Wednesday afternoon", "TIME", "2014-05-28TAF"),
            ("Monday", "DATE", "2014-06-02"),
            ("the past 12 months", "DURATION", "P12M"),
            ("March", "DATE", "2014-03"),
            ("August 2012", "DATE", "2012-08"),
            ("a minute", "DURATION", "PT1M"),
            ("11 a.m.", "TIME", "2014-06-02T11:00"),
            ("Monday", "DATE", "2014-06-02"),
            ("7 p.m.", "TIME", "2014-05-30T19:00"),
            ("tonight", "TIME", "2014-05-30TNI"),
            ("11 a.m.", "TIME", "2014-05-30T11:00"),
            ("30 May 2014", "DATE", "2014-05-30"),
            ("29 May 2014", "DATE", "2014-05-29"),
            ("28 May 2014", "DATE", "2014-05-28"),
        ],
    ),
    # Sunday 2014-04-13 (ISO week 15), community wiki news site, sports result (a city
    # marathon in the Netherlands, published the day of the race), section label "Sports",
    # headline, date line "Sunday, April 13, 2014", a results list, "External links",
    # "Sources". "this morning" 2014-04-13TMO, the start "at 9:30 a.m.", "Today" (quote) and
    # the close "at 3:30 p.m." that day; "taking almost a minute off the course record" PT1M
    # and "won by almost two minutes" PT2M (sizes of a change or margin, gold_blind43); "held
    # a week earlier than usual" P1W (the size of a shift, gold_blind35); "Easter" 2014-04-20
    # and "Easter Monday" 2014-04-21 (holidays on the days they fall on); "just over 63
    # minutes" PT63M (halfway split); "four months" P4M; "twice a day" SET P1D and "six days a
    # week" SET P1W (frequencies keep only the period, gold_blind35); "Last year" 2013; "until
    # June" -> "June" 2014-06; "the autumn" ahead 2014-FA; "six months" P6M; "last October"
    # 2013-10; "six hours after the start" PT6H; "yesterday" 2014-04-12; "annually" SET P1Y;
    # "1983", "2001"; "12 April 2015"; "1 October" 2014-10-01 "at 10 a.m." 2014-10-01T10:00;
    # "7 p.m. tonight" two TIMEX3; "next weekend" in a Sunday story the following week's,
    # 2014-W16-WE (gold_blind18, gold_blind43). The second source, dated 12 April 2014, titled
    # "Record field expected for Sunday's race" -> "Sunday" 2014-04-13 (the possessive
    # dropped), the race day. Not annotated: the race times "2:06:48", "2:24:10", "2:07:15",
    # "2:08:02", "2:26:01", "2:29:47" (times to the second, no value shape, gold_blind43),
    # "31st", "32nd edition", "9C", "35-kilometre", "7 km", "30 km", "€40,000", "€15,000",
    # "13,700", "15,212", "26" and "23" (ages), "eight", "fourth", "CR",
    # "hoornveldmarathon.nl/uitslagen/2014" (a URL holding the year).
    "hoornveld-marathon-kiptoo-course-record": (
        "2014-04-13",
        [
            ("Sunday, April 13, 2014", "DATE", "2014-04-13"),
            ("this morning", "TIME", "2014-04-13TMO"),
            ("almost a minute", "DURATION", "PT1M"),
            ("2011", "DATE", "2011"),
            ("a week", "DURATION", "P1W"),
            ("Easter", "DATE", "2014-04-20"),
            ("9:30 a.m.", "TIME", "2014-04-13T09:30"),
            ("just over 63 minutes", "DURATION", "PT63M"),
            ("four months", "DURATION", "P4M"),
            ("twice a day", "SET", "P1D"),
            ("six days a week", "SET", "P1W"),
            ("Last year", "DATE", "2013"),
            ("Today", "DATE", "2014-04-13"),
            ("June", "DATE", "2014-06"),
            ("the autumn", "DATE", "2014-FA"),
            ("six months", "DURATION", "P6M"),
            ("last October", "DATE", "2013-10"),
            ("almost two minutes", "DURATION", "PT2M"),
            ("3:30 p.m.", "TIME", "2014-04-13T15:30"),
            ("six hours", "DURATION", "PT6H"),
            ("yesterday", "DATE", "2014-04-12"),
            ("annually", "SET", "P1Y"),
            ("1983", "DATE", "1983"),
            ("2001", "DATE", "2001"),
            ("12 April 2015", "DATE", "2015-04-12"),
            ("1 October", "DATE", "2014-10-01"),
            ("10 a.m.", "TIME", "2014-10-01T10:00"),
            ("7 p.m.", "TIME", "2014-04-13T19:00"),
            ("tonight", "TIME", "2014-04-13TNI"),
            ("next weekend", "DATE", "2014-W16-WE"),
            ("Easter Monday", "DATE", "2014-04-21"),
            ("13 April 2014", "DATE", "2014-04-13"),
            ("Sunday", "DATE", "2014-04-13"),
            ("12 April 2014", "DATE", "2014-04-12"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
