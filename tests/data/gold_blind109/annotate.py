"""Annotations of the hundred-and-ninth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind109/annotate.py [--show]

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
    # Tuesday 2014-10-14 (ISO week 42), Australian paper's website, royal tour itinerary,
    # headline ("arrive tomorrow"), stamp "14 Oct, 2014 10:30 AM" (DATE and TIME, gold_blind49,
    # gold_blind103), byline, no dateline. The couple land "tomorrow afternoon", Wednesday
    # 2014-10-15TAF, "at 2.15pm" that day; "five-day" (headline and lead) DURATION P5D on the
    # adjective. The itinerary's day heads "Wednesday, October 15" to "Sunday, October 19" are
    # one DATE span each with their weekday (gold_blind26); the clock times under each head
    # take that day ("9am", "about 11.30am" with the modifier kept, "7pm" on Thursday; "5pm"
    # Friday; "1pm" Saturday; "10am", "4.30pm" Sunday), and "In the afternoon" -> "the
    # afternoon" Thursday 2014-10-16TAF, "in the morning" -> "the morning" Saturday
    # 2014-10-18TMO, "Saturday night" 2014-10-18TNI. "stay until Sunday" ahead 2014-10-19 and
    # the video message "released on Sunday" past 2014-10-12: the same weekday in both
    # directions (gold_blind103). "Police said yesterday ... from 10am to 2pm on Thursday" ->
    # two TIMEs and the DATE 2014-10-16. "their first to Australia since 2009" -> "2009"; "the
    # first tour ... in more than 20 years" DURATION P20Y (the period of a "first in",
    # gold_blind35); "a month after their wedding" -> "a month" P1M (an anchored duration);
    # "every Sunday since 1921" a SET XXXX-WXX-7 and a DATE (gold_blind52); "the 1880s" 188;
    # "recent years" PAST_REF; "for months" PXM; "Next year" 2015; "every day" SET P1D; "at
    # 2pm tomorrow" two TIMEX3. Not annotated: "VAF 1988" (a tail number, in a story with
    # "1988" annotated), "the Callister Spring Regatta" (a name holding a season, in a
    # southern October), "the first race", "$48 million", "400 guests", "15,000 people", the
    # ages "46", "41", "4", "2", "78", "govhouse.callister.gov.au/vestmark2014" (a URL).
    "vestmark-royal-tour-itinerary": (
        "2014-10-14",
        [
            ("tomorrow", "DATE", "2014-10-15"),
            ("five-day", "DURATION", "P5D"),
            ("14 Oct, 2014", "DATE", "2014-10-14"),
            ("10:30 AM", "TIME", "2014-10-14T10:30"),
            ("tomorrow afternoon", "TIME", "2014-10-15TAF"),
            ("five-day", "DURATION", "P5D"),
            ("2009", "DATE", "2009"),
            ("more than 20 years", "DURATION", "P20Y"),
            ("2.15pm", "TIME", "2014-10-15T14:15"),
            ("yesterday", "DATE", "2014-10-13"),
            ("Wednesday, October 15", "DATE", "2014-10-15"),
            ("Sunday", "DATE", "2014-10-19"),
            ("Thursday, October 16", "DATE", "2014-10-16"),
            ("9am", "TIME", "2014-10-16T09:00"),
            ("about 11.30am", "TIME", "2014-10-16T11:30"),
            ("the afternoon", "TIME", "2014-10-16TAF"),
            ("2012", "DATE", "2012"),
            ("7pm", "TIME", "2014-10-16T19:00"),
            ("Friday, October 17", "DATE", "2014-10-17"),
            ("two hours", "DURATION", "PT2H"),
            ("5pm", "TIME", "2014-10-17T17:00"),
            ("Saturday, October 18", "DATE", "2014-10-18"),
            ("1pm", "TIME", "2014-10-18T13:00"),
            ("the morning", "TIME", "2014-10-18TMO"),
            ("Saturday night", "TIME", "2014-10-18TNI"),
            ("Sunday, October 19", "DATE", "2014-10-19"),
            ("10am", "TIME", "2014-10-19T10:00"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("1921", "DATE", "1921"),
            ("4.30pm", "TIME", "2014-10-19T16:30"),
            ("yesterday", "DATE", "2014-10-13"),
            ("10am", "TIME", "2014-10-16T10:00"),
            ("2pm", "TIME", "2014-10-16T14:00"),
            ("Thursday", "DATE", "2014-10-16"),
            ("almost a year", "DURATION", "P1Y"),
            ("March 2009", "DATE", "2009-03"),
            ("a month", "DURATION", "P1M"),
            ("the 1880s", "DATE", "188"),
            ("1991", "DATE", "1991"),
            ("1988", "DATE", "1988"),
            ("2001", "DATE", "2001"),
            ("recent years", "DATE", "PAST_REF"),
            ("months", "DURATION", "PXM"),
            ("Sunday", "DATE", "2014-10-12"),
            ("Next year", "DATE", "2015"),
            ("every day", "SET", "P1D"),
            ("2pm", "TIME", "2014-10-15T14:00"),
            ("tomorrow", "DATE", "2014-10-15"),
        ],
    ),
    # Sunday 2015-11-15 (ISO week 46), British tabloid website, royal birth, headline,
    # standfirst, byline with title, stamp "PUBLISHED: 09:14 GMT, 15 November 2015 | UPDATED:
    # 13:02 GMT, 15 November 2015" (each a TIME and a DATE, the zone in the span). The boy was
    # born "at 4.24pm yesterday", Saturday 2015-11-14T16:24 (also the headline's "at 4.24pm");
    # the palace "announced last night" 2015-11-14TNI (the night of that "yesterday",
    # gold_blind35); admission "at 7.05am yesterday"; the statement "until 8.12pm"; "by
    # midnight" the midnight ending Saturday, 2015-11-14T24:00 (gold_blind26, gold_blind103).
    # "nine-hour labour" DURATION PT9H on the adjective; "arrives two weeks early" -> "two
    # weeks" DURATION P2W, the size of a shift (like "two weeks early" in gold_blind102 and "a
    # day later than usual" in gold_blind12). Past weekdays: "since Friday" 2015-11-13, "since
    # Thursday" 2015-11-12; future: "until Tuesday" 2015-11-17, "at noon on Monday"
    # 2015-11-16T12:00 and 2015-11-16; "tomorrow" 2015-11-16, "tonight" 2015-11-15TNI, "this
    # evening" 2015-11-15TEV, "this morning" 2015-11-15TMO. "almost four hours after the
    # birth", "four days" (after Lady Rose's birth) and "within minutes of the statement"
    # (PTXM, gold_blind26) are anchored durations, the duration alone. "in late November"
    # 2015-11; "last month" 2015-10; "in August" 2015-08; "more than 30 years" P30Y (the
    # period of a "first in"); "the 19th century" 18 (gold_blind5); "the spring of 2013"
    # 2013-SP; "six months' leave" -> "six months" (the apostrophe out, gold_blind69); "the
    # spring" ahead in November 2016-SP and its "May" 2016-05; "Christmas" 2015-12-25. Not
    # annotated: "7lb 3oz" (twice), "both 33", "turned two" (an age), "41-gun", "3-1", "5-1",
    # "#RoyalBaby2015" (a hashtag holding the year), "2,000", "the early stages of labour",
    # "the second child", "the first royal baby" beyond "more than 30 years".
    "carrisford-royal-baby-boy": (
        "2015-11-15",
        [
            ("4.24pm", "TIME", "2015-11-14T16:24"),
            ("nine-hour", "DURATION", "PT9H"),
            ("two weeks", "DURATION", "P2W"),
            ("09:14 GMT", "TIME", "2015-11-15T09:14"),
            ("15 November 2015", "DATE", "2015-11-15"),
            ("13:02 GMT", "TIME", "2015-11-15T13:02"),
            ("15 November 2015", "DATE", "2015-11-15"),
            ("4.24pm", "TIME", "2015-11-14T16:24"),
            ("yesterday", "DATE", "2015-11-14"),
            ("last night", "TIME", "2015-11-14TNI"),
            ("August", "DATE", "2015-08"),
            ("7.05am", "TIME", "2015-11-14T07:05"),
            ("yesterday", "DATE", "2015-11-14"),
            ("Friday", "DATE", "2015-11-13"),
            ("8.12pm", "TIME", "2015-11-14T20:12"),
            ("almost four hours", "DURATION", "PT4H"),
            ("Tuesday", "DATE", "2015-11-17"),
            ("tonight", "TIME", "2015-11-15TNI"),
            ("tomorrow", "DATE", "2015-11-16"),
            ("late November", "DATE", "2015-11"),
            ("last month", "DATE", "2015-10"),
            ("Thursday", "DATE", "2015-11-12"),
            ("two days", "DURATION", "P2D"),
            ("noon", "TIME", "2015-11-16T12:00"),
            ("Monday", "DATE", "2015-11-16"),
            ("three hours", "DURATION", "PT3H"),
            ("last night", "TIME", "2015-11-14TNI"),
            ("this evening", "TIME", "2015-11-15TEV"),
            ("the coming days", "DURATION", "PXD"),
            ("this morning", "TIME", "2015-11-15TMO"),
            ("minutes", "DURATION", "PTXM"),
            ("four days", "DURATION", "P4D"),
            ("more than 30 years", "DURATION", "P30Y"),
            ("the 19th century", "DATE", "18"),
            ("midnight", "TIME", "2015-11-14T24:00"),
            ("June 2011", "DATE", "2011-06"),
            ("the spring of 2013", "DATE", "2013-SP"),
            ("six months", "DURATION", "P6M"),
            ("the spring", "DATE", "2016-SP"),
            ("May", "DATE", "2016-05"),
            ("Christmas", "DATE", "2015-12-25"),
        ],
    ),
    # Monday 2013-06-10 (ISO week 24), US celebrity magazine's website, wedding report,
    # headline, byline, stamp "Posted on 06/10/2013 at 11:45 AM EDT" (a US numeric date,
    # month first, DATE 2013-06-10 like "08/18/2010" in gold_blind22, and a TIME with its zone
    # in the span). The wedding was "on Saturday" 2013-06-08, the vows "at 7:15 p.m." that
    # day; "until almost 2 a.m. Sunday" -> "almost 2 a.m." 2013-06-09T02:00 (modifier kept)
    # and "Sunday" 2013-06-09, two TIMEX3; guests "had arrived Friday" 2013-06-07; "Sunday
    # morning" 2013-06-09TMO. "May 28" 2013-05-28 (past); "four months" P4M; "40-minute"
    # PT40M and "two-week" P2W on the adjective; "weeklong" P1W (like "week-long",
    # gold_blind31); "the 1920s" 192; "the fall of 2010" 2010-FA and "the following spring"
    # after it 2011-SP (a narrative anchor, gold_blind60); "last August" 2012-08; "New Year's
    # Eve" the one just past, 2012-12-31; "At the time they planned to marry in January" ->
    # "January" 2013-01 (the January after that New Year's Eve; "At the time" anaphoric, left
    # out, gold_blind29) and "the spring" they moved to, 2013-SP; "nearly three years" P3Y;
    # "every day" SET P1D; "last month" 2013-05; "the past six weeks" P6W; "later this week"
    # 2013-W24; "in July" 2013-07; "Sept. 17" and "Aug. 6" ahead in 2013; "every five years"
    # SET P5Y; "now" PRESENT_REF; "a quiet summer" -> "summer" 2013-SU, the head noun naming
    # this summer (like "a wetter than average autumn", gold_blind103). Not annotated: the
    # song "Second Sunday in May", the film "Borrowed Summers", the album "1987" (titles),
    # "June Marlowe" (a name), "the second season", "the couple's first dance", "Harbor
    # Lights", the ages "31" and "34", "120 guests".
    "tessa-marlowe-dev-ashcombe-wedding": (
        "2013-06-10",
        [
            ("06/10/2013", "DATE", "2013-06-10"),
            ("11:45 AM EDT", "TIME", "2013-06-10T11:45"),
            ("Saturday", "DATE", "2013-06-08"),
            ("7:15 p.m.", "TIME", "2013-06-08T19:15"),
            ("almost 2 a.m.", "TIME", "2013-06-09T02:00"),
            ("Sunday", "DATE", "2013-06-09"),
            ("Friday", "DATE", "2013-06-07"),
            ("Sunday morning", "TIME", "2013-06-09TMO"),
            ("May 28", "DATE", "2013-05-28"),
            ("four months", "DURATION", "P4M"),
            ("40-minute", "DURATION", "PT40M"),
            ("2011", "DATE", "2011"),
            ("the 1920s", "DATE", "192"),
            ("the fall of 2010", "DATE", "2010-FA"),
            ("the following spring", "DATE", "2011-SP"),
            ("last August", "DATE", "2012-08"),
            ("weeklong", "DURATION", "P1W"),
            ("New Year's Eve", "DATE", "2012-12-31"),
            ("January", "DATE", "2013-01"),
            ("the spring", "DATE", "2013-SP"),
            ("nearly three years", "DURATION", "P3Y"),
            ("every day", "SET", "P1D"),
            ("last month", "DATE", "2013-05"),
            ("the past six weeks", "DURATION", "P6W"),
            ("later this week", "DATE", "2013-W24"),
            ("two-week", "DURATION", "P2W"),
            ("July", "DATE", "2013-07"),
            ("Sept. 17", "DATE", "2013-09-17"),
            ("Aug. 6", "DATE", "2013-08-06"),
            ("every five years", "SET", "P5Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("summer", "DATE", "2013-SU"),
        ],
    ),
    # Thursday 2015-01-15 (ISO week 3), AP-style entertainment wire, awards nominations,
    # headline, byline "AP Film Writer", "BEVERLY HILLS, Calif. (AP) —" dateline without date;
    # the nominations came "on Thursday", the publication day (AP copy names the day of the
    # wire by its weekday, gold_blind39), and "Producers said Thursday" the same day. The
    # ceremony "on Sunday, Feb. 22" one DATE span; "a five-week sprint" P5W on the adjective.
    # Clock times with zones, the zone in the span and not in the value: "5:30 a.m. PST"
    # 2015-01-15T05:30; the ballot deadline "5 p.m. PST on Feb. 10" 2015-02-10T17:00; the
    # broadcast "at 8 p.m. EST (5 p.m. PST)" on the ceremony day, two TIMEs with their own
    # hours like "3:30 p.m. local time (1330 GMT)" (gold_blind20), "6 p.m. EST" and "about 3
    # p.m. local time" (one span with modifier and zone words, gold_blind20, gold_blind66) the
    # same day. "the luncheon on Monday, Feb. 2" one span; "two days earlier, on Jan. 31" ->
    # "two days earlier" DATE 2015-01-31 anchored on Feb. 2, and the apposed "Jan. 31"
    # (gold_blind26). "set in the winter of 1944" 1944-WI (the winter that takes the year of
    # its January, gold_blind60). "on Christmas Day" 2014-12-25 and "last Friday" 2015-01-09
    # (past); "in three weeks" P3W and "unfolds over 24 hours" PT24H; the festival premiere
    # "in September" 2014-09; "50 years" P50Y; "this morning" 2015-01-15TMO; "the 1970s" 197;
    # "This year's nominations" and "this year's show" -> 2015; "a week later than usual" ->
    # "a week" P1W (size of a shift, gold_blind12); "moved the announcement from Jan. 8"
    # 2015-01-08; "last year" and "Last year's best picture" 2014; "almost four hours" PT4H;
    # "since 2000"; "annually since 1968" SET P1Y and DATE; "three hours" PT3H; "on Feb. 16"
    # 2015-02-16. Not annotated: "the 47th Lantern Awards" (an ordinal edition), the films
    # "Tuesday's Child" and "Snow in August" (titles), "morning shows" (a kind of programme),
    # "the first time", "twice", "11", "nine nominations", "$41 million", "6,400 members",
    # "31.2 million viewers", "seven Lanterns", "72", "lanterns.org/47th-nominees-2015".
    "lantern-awards-nominations": (
        "2015-01-15",
        [
            ("Thursday", "DATE", "2015-01-15"),
            ("five-week", "DURATION", "P5W"),
            ("Sunday, Feb. 22", "DATE", "2015-02-22"),
            ("5:30 a.m. PST", "TIME", "2015-01-15T05:30"),
            ("20 minutes", "DURATION", "PT20M"),
            ("the winter of 1944", "DATE", "1944-WI"),
            ("Christmas Day", "DATE", "2014-12-25"),
            ("last Friday", "DATE", "2015-01-09"),
            ("three weeks", "DURATION", "P3W"),
            ("24 hours", "DURATION", "PT24H"),
            ("September", "DATE", "2014-09"),
            ("50 years", "DURATION", "P50Y"),
            ("this morning", "TIME", "2015-01-15TMO"),
            ("the 1970s", "DATE", "197"),
            ("5 p.m. PST", "TIME", "2015-02-10T17:00"),
            ("Feb. 10", "DATE", "2015-02-10"),
            ("Monday, Feb. 2", "DATE", "2015-02-02"),
            ("two days earlier", "DATE", "2015-01-31"),
            ("Jan. 31", "DATE", "2015-01-31"),
            ("This year", "DATE", "2015"),
            ("a week", "DURATION", "P1W"),
            ("Jan. 8", "DATE", "2015-01-08"),
            ("8 p.m. EST", "TIME", "2015-02-22T20:00"),
            ("5 p.m. PST", "TIME", "2015-02-22T17:00"),
            ("6 p.m. EST", "TIME", "2015-02-22T18:00"),
            ("about 3 p.m. local time", "TIME", "2015-02-22T15:00"),
            ("last year", "DATE", "2014"),
            ("almost four hours", "DURATION", "PT4H"),
            ("2000", "DATE", "2000"),
            ("annually", "SET", "P1Y"),
            ("1968", "DATE", "1968"),
            ("Thursday", "DATE", "2015-01-15"),
            ("this year", "DATE", "2015"),
            ("three hours", "DURATION", "PT3H"),
            ("Feb. 16", "DATE", "2015-02-16"),
            ("Last year", "DATE", "2014"),
        ],
    ),
    # Friday 2014-02-07 (ISO week 6), British broadsheet website, celebrity court story,
    # headline, standfirst, byline, web stamp "4:41PM GMT 07 Feb 2014" (a TIME and a DATE,
    # gold_blind60). The plea "this morning" 2014-02-07TMO; arrival "shortly before 10am" ->
    # "10am" ("shortly before" a signal, gold_blind26); leaving "at 11.20am"; the statement
    # "this afternoon" 2014-02-07TAF. The crash "at about 11.50pm on Saturday 4 January":
    # "about 11.50pm" 2014-01-04T23:50 and the weekday date one DATE span; "the evening" at
    # the party 2014-01-04TEV; the breath test "at 12.35am" after midnight, the next day
    # 2014-01-05T00:35 (gold_blind26); the last bus "at 11.15pm" 2014-01-04T23:15; "since that
    # night" -> "that night" 2014-01-04TNI (a narrative anchor, gold_blind26). The ban of "20
    # months" (headline and body), "26 years", "20 weeks", "three weeks" and "the past month"
    # are DURATIONs (sentences and their reductions, gold_blind69); "twice a week" SET P1W;
    # "by 30 November" 2014-11-30 (ahead); "adjourned on 17 January" 2014-01-17; "the next few
    # weeks" PXW; "last autumn" 2013-FA; "on Sunday mornings" SET XXXX-WXX-7TMO (gold_blind86);
    # "March 2012"; "in December" the one just past 2013-12 and "a year earlier" after it
    # 2012-12 (gold_blind35); "in June" ahead 2014-06. Not annotated: "Sunday Feast" (a
    # programme's name, three times, in a story with "Sunday mornings" annotated), "a friend's
    # birthday party" and "40th birthday party", "a summer campaign" (an adjective naming a kind
    # of campaign, gold_blind103), "No 44" (a bus route, beside the age "44"), "twice the
    # legal limit", "62 microgrammes", "100 millilitres", "35", "£2,400", "£85", "£120", "the
    # Golden Whisk award", "214", "190", "his first restaurant".
    "rory-kindersley-drink-drive-ban": (
        "2014-02-07",
        [
            ("20 months", "DURATION", "P20M"),
            ("4:41PM GMT", "TIME", "2014-02-07T16:41"),
            ("07 Feb 2014", "DATE", "2014-02-07"),
            ("20 months", "DURATION", "P20M"),
            ("this morning", "TIME", "2014-02-07TMO"),
            ("about 11.50pm", "TIME", "2014-01-04T23:50"),
            ("Saturday 4 January", "DATE", "2014-01-04"),
            ("the evening", "TIME", "2014-01-04TEV"),
            ("12.35am", "TIME", "2014-01-05T00:35"),
            ("11.15pm", "TIME", "2014-01-04T23:15"),
            ("10am", "TIME", "2014-02-07T10:00"),
            ("that night", "TIME", "2014-01-04TNI"),
            ("twice a week", "SET", "P1W"),
            ("the past month", "DURATION", "P1M"),
            ("26 years", "DURATION", "P26Y"),
            ("20 weeks", "DURATION", "P20W"),
            ("30 November", "DATE", "2014-11-30"),
            ("17 January", "DATE", "2014-01-17"),
            ("three weeks", "DURATION", "P3W"),
            ("11.20am", "TIME", "2014-02-07T11:20"),
            ("this afternoon", "TIME", "2014-02-07TAF"),
            ("the next few weeks", "DURATION", "PXW"),
            ("last autumn", "DATE", "2013-FA"),
            ("Sunday mornings", "SET", "XXXX-WXX-7TMO"),
            ("2001", "DATE", "2001"),
            ("2009", "DATE", "2009"),
            ("2008", "DATE", "2008"),
            ("March 2012", "DATE", "2012-03"),
            ("December", "DATE", "2013-12"),
            ("a year earlier", "DATE", "2012-12"),
            ("June", "DATE", "2014-06"),
        ],
    ),
    # Saturday 2012-09-15 (ISO week 37), Canadian community paper, society-page anniversary
    # piece, headline ("60 years of marriage"), byline, date line "The Pellham Valley Courier
    # | Saturday, September 15, 2012" (one DATE span with its weekday), "PELLHAM FALLS, Ont. —"
    # dateline. The wedding "on Sept. 13, 1952"; "Sixty years later, on Thursday" -> "Sixty
    # years later" DATE 2012 at the unit's granularity (gold_blind60) and the apposed
    # "Thursday" 2012-09-13 (past, gold_blind26). The party "tomorrow afternoon" 2012-09-16TAF
    # "from 2 p.m. to 5 p.m." that day; "since the spring" 2012-SP; "until Wednesday" ahead
    # 2012-09-19. "60 years" (headline and Irene's "We never planned on 60 years") DURATION
    # P60Y; "three days", "four years", "two years", "38 years", "the past 30 years"
    # DURATIONs; "the summer of 1950" 1950-SU; "from 1958 to 1989" two DATEs; "born in July"
    # 2012-07; "on Sunday afternoons" SET XXXX-WXX-7TAF (gold_blind3), "Every Friday" SET
    # XXXX-WXX-5; "at 5:30 every morning" -> "5:30" the hour of a habit XXXX-XX-XXT05:30 and
    # "every morning" SET XXXX-XX-XXTMO (gold_blind26); "at least once a month" SET P1M;
    # "Now" PRESENT_REF; "recent years" PAST_REF; "this fall" 2012-FA (the autumn starting a
    # week after publication, gold_blind29). Not annotated: "diamond anniversary" and
    # "diamond anniversaries", "their 25th anniversary" (ordinal anniversaries, gold_blind60;
    # its year "1977" is annotated), "aiming for 65" (elliptic), "1952 King St." (an address
    # beside the annotated "Sept. 13, 1952"), "705-555-0913" (a phone number ending in the
    # wedding's month and day), "May" in "May they have many more" (the verb), "Concession 9",
    # "Grade 2", the ages "81" and "84", "$85", "90 relatives", "11", "two more".
    "dunmore-diamond-anniversary": (
        "2012-09-15",
        [
            ("60 years", "DURATION", "P60Y"),
            ("Saturday, September 15, 2012", "DATE", "2012-09-15"),
            ("Sept. 13, 1952", "DATE", "1952-09-13"),
            ("three days", "DURATION", "P3D"),
            ("Sixty years later", "DATE", "2012"),
            ("Thursday", "DATE", "2012-09-13"),
            ("tomorrow afternoon", "TIME", "2012-09-16TAF"),
            ("2 p.m.", "TIME", "2012-09-16T14:00"),
            ("5 p.m.", "TIME", "2012-09-16T17:00"),
            ("the spring", "DATE", "2012-SP"),
            ("60 years", "DURATION", "P60Y"),
            ("the summer of 1950", "DATE", "1950-SU"),
            ("1946", "DATE", "1946"),
            ("four years", "DURATION", "P4Y"),
            ("two years", "DURATION", "P2Y"),
            ("Sunday afternoons", "SET", "XXXX-WXX-7TAF"),
            ("38 years", "DURATION", "P38Y"),
            ("1990", "DATE", "1990"),
            ("1958", "DATE", "1958"),
            ("1989", "DATE", "1989"),
            ("1957", "DATE", "1957"),
            ("July", "DATE", "2012-07"),
            ("Every Friday", "SET", "XXXX-WXX-5"),
            ("the past 30 years", "DURATION", "P30Y"),
            ("February 2003", "DATE", "2003-02"),
            ("5:30", "TIME", "XXXX-XX-XXT05:30"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("at least once a month", "SET", "P1M"),
            ("1977", "DATE", "1977"),
            ("2002", "DATE", "2002"),
            ("Now", "DATE", "PRESENT_REF"),
            ("recent years", "DATE", "PAST_REF"),
            ("2008", "DATE", "2008"),
            ("this fall", "DATE", "2012-FA"),
            ("Wednesday", "DATE", "2012-09-19"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
