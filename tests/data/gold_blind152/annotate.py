"""Annotations of the hundred-and-fifty-second blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind152/annotate.py [--show]

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
    # Wednesday 2013-11-20 (ISO week 47), US weekly's arts calendar, label, headline, subhead
    # ("this weekend" 2013-W47-WE, 23-24 November), byline, date line "The Corran Valley
    # Weekly | Wednesday, November 20, 2013". Listings in the present tense for the days
    # ahead: the quilt show "opens Saturday" 2013-11-23 and "runs through Jan. 5" 2014-01-05
    # (a Sunday, across the year boundary); the clock show "closes Sunday" 2013-11-24; the
    # reception "Friday, 6 to 8 p.m." 2013-11-22 with the bare "6" a clock time,
    # 2013-11-22T18:00 (gold_blind76's "9-5"); the concert "Sunday at 3 p.m." 2013-11-24 and
    # its repeat "Tuesday at 7:30 p.m." 2013-11-26; the film "Saturday at 8 p.m." 2013-11-23;
    # "Nov. 29 at 5:30 p.m." one day and its clock time. Recurring hours are SETs and TIMEs of
    # no particular day (gold_blind76, gold_blind90): "Tuesdays to Sundays, 10 a.m. to 5 p.m.,
    # and until 8 p.m. Thursdays", "Wednesday-Saturday, noon to 6 p.m." (the ends of a range
    # of weekdays SETs, the hyphen a signal), "Mondays at 1 p.m.", "weekends". "Thanksgiving
    # Day" 2013, the fourth Thursday of November, 2013-11-28. "free on the first Thursday of
    # every month" -> one SET span P1M (gold_blind86's "the second Tuesday of every month").
    # "shuts for the winter" in November is the coming winter of 2013-14, which takes the year
    # of its January, 2014-WI (gold_blind76's "closes for the winter"); "reopens in April"
    # 2014-04; "last spring" 2013-SP; "The 1790s farmhouse" -> "1790s" 179 (adjectival decade,
    # gold_blind76); "the 1936 flood" -> "1936" (a flood named by its year, gold_blind103);
    # "for the first time in a decade" -> "a decade" P10Y (the period of a "first in");
    # "five-month" and "two-week" adjectival DURATIONs. Not annotated: "Gallery 1950" (a
    # name), "Winter Lights on the Green" (an event's name), "Winter Journey" and "The Night
    # Ferry" (titles), "25th-anniversary season", "second-floor", "410 Mill St.", "22 Bell
    # Lane", "9 Water St.", "71 Front St.", "15 Church St.", "88 Front St.", "555-0148",
    # "corranvalleyart.org", "62 quilts", "$12", "$6", "$18-$30", "$10", "the holiday market"
    # (an event), "until Christmas Eve" keeps only "Christmas Eve" 2013-12-24.
    "corran-valley-weekly-arts-calendar": (
        "2013-11-20",
        [
            ("this weekend", "DATE", "2013-W47-WE"),
            ("Wednesday, November 20, 2013", "DATE", "2013-11-20"),
            ("Saturday", "DATE", "2013-11-23"),
            ("Jan. 5", "DATE", "2014-01-05"),
            ("1976", "DATE", "1976"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Thanksgiving Day", "DATE", "2013-11-28"),
            ("the first Thursday of every month", "SET", "P1M"),
            ("1780", "DATE", "1780"),
            ("1850", "DATE", "1850"),
            ("Sunday", "DATE", "2013-11-24"),
            ("five-month", "DURATION", "P5M"),
            ("1790s", "DATE", "179"),
            ("the winter", "DATE", "2014-WI"),
            ("April", "DATE", "2014-04"),
            ("1968", "DATE", "1968"),
            ("last spring", "DATE", "2013-SP"),
            ("Friday", "DATE", "2013-11-22"),
            ("6", "TIME", "2013-11-22T18:00"),
            ("8 p.m.", "TIME", "2013-11-22T20:00"),
            ("Dec. 14", "DATE", "2013-12-14"),
            ("Wednesday", "SET", "XXXX-WXX-3"),
            ("Saturday", "SET", "XXXX-WXX-6"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("1936", "DATE", "1936"),
            ("a decade", "DURATION", "P10Y"),
            ("Nov. 30", "DATE", "2013-11-30"),
            ("Sunday", "DATE", "2013-11-24"),
            ("3 p.m.", "TIME", "2013-11-24T15:00"),
            ("Tuesday", "DATE", "2013-11-26"),
            ("7:30 p.m.", "TIME", "2013-11-26T19:30"),
            ("1927", "DATE", "1927"),
            ("Saturday", "DATE", "2013-11-23"),
            ("8 p.m.", "TIME", "2013-11-23T20:00"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
            ("Dec. 2", "DATE", "2013-12-02"),
            ("two-week", "DURATION", "P2W"),
            ("Nov. 29", "DATE", "2013-11-29"),
            ("5:30 p.m.", "TIME", "2013-11-29T17:30"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("Christmas Eve", "DATE", "2013-12-24"),
        ],
    ),
    # Tuesday 2012-10-16 (ISO week 42), British national paper's exhibition review, headline,
    # standfirst, star rating, byline, date line "Tuesday 16 October 2012". The show "opened
    # on Saturday" 2012-10-13 and "closes on 12 January", the nearest 12 January ahead,
    # 2013-01-12 (gold_blind62's "29 March"), in the lead and in the box; "At the press view
    # yesterday" 2012-10-15. "his first British show in more than 40 years" -> "more than 40
    # years" DURATION P40Y (the period of a "first in"). "the winter of 1888" 1888-WI, the
    # winter taking the year of its January (gold_blind62's "the winter of 1809"); "124 years
    # on" counts from 1888 at its granularity, 2012 (gold_blind62's "Twenty-six years on");
    # "For the next decade" P10Y; "every winter" SET XXXX-WI. "this autumn" 2012-FA; "Last
    # year" 2011; "in February" ahead 2013-02; "the summer of 2013" one span. Box: "Open
    # daily 10am-5pm, Thursdays until 8pm" (gold_blind62): "daily" P1D, TIMEs of no particular
    # day, "Thursdays" SET; "closed 24-26 December" -> "24" 2012-12-24 (its month from the
    # date after it, gold_blind62's "from 19 to 23 February") and "26 December" 2012-12-26.
    # Not annotated: "Furnace at Night" and "Midwinter Market" (titles), "the northern
    # winter" and "the short northern day" (generic), "hung by year", "cat. 23", "74
    # paintings", "19 private collections", "£40m", "£1.9m", "£9", "£7", "★★★★☆",
    # "0113 555 0188", "fenwickgallery.org.uk/kjellmark1888" (a URL holding 1888), "until his
    # death" (event-named; "1921" annotated).
    "kjellmark-snow-and-iron-review": (
        "2012-10-16",
        [
            ("more than 40 years", "DURATION", "P40Y"),
            ("Tuesday 16 October 2012", "DATE", "2012-10-16"),
            ("1969", "DATE", "1969"),
            ("three weeks", "DURATION", "P3W"),
            ("Saturday", "DATE", "2012-10-13"),
            ("12 January", "DATE", "2013-01-12"),
            ("1857", "DATE", "1857"),
            ("the early 1880s", "DATE", "188"),
            ("the winter of 1888", "DATE", "1888-WI"),
            ("four months", "DURATION", "P4M"),
            ("124 years on", "DATE", "2012"),
            ("the next decade", "DURATION", "P10Y"),
            ("every winter", "SET", "XXXX-WI"),
            ("1904", "DATE", "1904"),
            ("1910", "DATE", "1910"),
            ("1921", "DATE", "1921"),
            ("1998", "DATE", "1998"),
            ("the past four years", "DURATION", "P4Y"),
            ("the 1930s", "DATE", "193"),
            ("yesterday", "DATE", "2012-10-15"),
            ("now", "DATE", "PRESENT_REF"),
            ("Last year", "DATE", "2011"),
            ("the 1890s", "DATE", "189"),
            ("this autumn", "DATE", "2012-FA"),
            ("February", "DATE", "2013-02"),
            ("the summer of 2013", "DATE", "2013-SU"),
            ("12 January", "DATE", "2013-01-12"),
            ("daily", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("24", "DATE", "2012-12-24"),
            ("26 December", "DATE", "2012-12-26"),
        ],
    ),
    # Monday 2014-08-11 (ISO week 33), Canadian regional paper's festival preview, headline
    # ("opens Friday with 10 days of music"), deck, byline, date line "Monday, August 11,
    # 2014", "PORT KESSOCK, N.S. —" dateline. The ten-day festival runs Friday 2014-08-15 to
    # Sunday 2014-08-24: "opens Friday" (headline, lead), "7 p.m. Friday", "Friday's opening
    # concert" (possessive left out) are 2014-08-15; "about 10:15 p.m." that night. "10 days"
    # (headline and "over 10 days" last year) P10D, "10-day" P10D. Past: "said Sunday"
    # 2014-08-10, "in January" 2014-01, "died in March" 2014-03. Future: "through Wednesday"
    # 2014-08-13, "by the weekend" 2014-W33-WE (16-17 August), "until midnight Thursday" ->
    # "midnight" 2014-08-14T24:00 (the midnight that ends Thursday, gold_blind103) and
    # "Thursday". "The final weekend" of the festival 2014-W34-WE (gold_blind62);
    # "Saturday, Aug. 23" one span; "the next day" after it 2014-08-24 with "11 a.m." and "4
    # p.m." that day. Recurring festival hours: "daily from noon to 6 p.m.", "every morning at
    # 10:30 a.m." (SET XXXX-XX-XXTMO), "nightly at 9:30 p.m." (SET XXXX-XX-XXTNI).
    # "For the first time in a decade" -> "a decade" P10Y; "its first 20 years" P20Y (ordinal
    # period, gold_blind35); "Last year" and "last year" 2013, "This year" 2014; "two days"
    # P2D; "started in 1984". Not annotated: "Day passes" (a kind of ticket), "18 per cent",
    # "42,000", "$38,000", "$12,000", "$95", "$120", "$30", "under 12", "88" (an age),
    # "902-555-1984" (a phone number holding 1984, beside "1984"), "harbourfrontfest.ca".
    "port-kessock-harbourfront-festival-preview": (
        "2014-08-11",
        [
            ("Friday", "DATE", "2014-08-15"),
            ("10 days", "DURATION", "P10D"),
            ("Monday, August 11, 2014", "DATE", "2014-08-11"),
            ("10-day", "DURATION", "P10D"),
            ("Friday", "DATE", "2014-08-15"),
            ("last year", "DATE", "2013"),
            ("January", "DATE", "2014-01"),
            ("Sunday", "DATE", "2014-08-10"),
            ("Now", "DATE", "PRESENT_REF"),
            ("7 p.m.", "TIME", "2014-08-15T19:00"),
            ("Friday", "DATE", "2014-08-15"),
            ("about 10:15 p.m.", "TIME", "2014-08-15T22:15"),
            ("daily", "SET", "P1D"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("10:30 a.m.", "TIME", "XXXX-XX-XXT10:30"),
            ("a decade", "DURATION", "P10Y"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("9:30 p.m.", "TIME", "XXXX-XX-XXT21:30"),
            ("The final weekend", "DATE", "2014-W34-WE"),
            ("Saturday, Aug. 23", "DATE", "2014-08-23"),
            ("the next day", "DATE", "2014-08-24"),
            ("11 a.m.", "TIME", "2014-08-24T11:00"),
            ("4 p.m.", "TIME", "2014-08-24T16:00"),
            ("Last year", "DATE", "2013"),
            ("10 days", "DURATION", "P10D"),
            ("two days", "DURATION", "P2D"),
            ("This year", "DATE", "2014"),
            ("Wednesday", "DATE", "2014-08-13"),
            ("the weekend", "DATE", "2014-W33-WE"),
            ("1984", "DATE", "1984"),
            ("its first 20 years", "DURATION", "P20Y"),
            ("March", "DATE", "2014-03"),
            ("Friday", "DATE", "2014-08-15"),
            ("midnight", "TIME", "2014-08-14T24:00"),
            ("Thursday", "DATE", "2014-08-14"),
        ],
    ),
    # Thursday 2014-03-13 (ISO week 11), British national paper's website, theatre-season
    # announcement, headline, standfirst, byline, stamp "Thursday 13 March 2014 14.20 GMT" (a
    # DATE and a TIME, the zone in the span). "announced on Thursday" is the publication day
    # itself. "2014-15 season" (headline and lead) -> "2014" and the bare "15" 2015, two DATEs
    # each, "season" (a theatre season) left out (gold_blind10, gold_blind68, gold_blind76).
    # "its first main-stage commission in five years" (standfirst and body) -> "five years"
    # P5Y. Months ahead: "September" 2014-09, "from 11 September to 4 October", "from 28
    # November until 10 January" 2014-11-28 and 2015-01-10 (across the year boundary);
    # "spring 2015" 2015-SP, "June 2015", "at least April 2015" one span with its modifier.
    # Past: "the spring of 2012" one span; "January last year" one span 2013-01 (gold_blind13's
    # "May last year"); "last year" 2013; "since the autumn" the autumn just gone, 2013-FA;
    # "Last week's settlement" -> "Last week" 2014-W10; "opened in 1962". "Monday 24 March"
    # 2014-03-24 and "7 April" 2014-04-07 ahead; "Thursdays and Saturdays at 2.30pm" SETs and
    # a TIME of no particular day. "90-minute" PT90M; "14 weeks" P14W; "the next three years"
    # P3Y; "the summer of 2016" 2016-SU; "now" PRESENT_REF. Not annotated: the play titles
    # "The Last Tuesday in May", "Seven Short Winters", "Twelfth Night" (a play, not the
    # holiday) and "Hobson's Choice"; "The festive show"; "The season" (a theatre season);
    # "34" (an age); "under-26s"; "9 per cent"; "£1.1m", "£12 to £24", "£8", "£6m";
    # "01632 555 1962" (beside "1962"); "lanterntheatre.co.uk/2014-15" (a URL).
    "wrexley-lantern-2014-15-season": (
        "2014-03-13",
        [
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("five years", "DURATION", "P5Y"),
            ("September", "DATE", "2014-09"),
            ("Thursday 13 March 2014", "DATE", "2014-03-13"),
            ("14.20 GMT", "TIME", "2014-03-13T14:20"),
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("September", "DATE", "2014-09"),
            ("Thursday", "DATE", "2014-03-13"),
            ("2011", "DATE", "2011"),
            ("the spring of 2012", "DATE", "2012-SP"),
            ("90-minute", "DURATION", "PT90M"),
            ("11 September", "DATE", "2014-09-11"),
            ("4 October", "DATE", "2014-10-04"),
            ("five years", "DURATION", "P5Y"),
            ("28 November", "DATE", "2014-11-28"),
            ("10 January", "DATE", "2015-01-10"),
            ("spring 2015", "DATE", "2015-SP"),
            ("June 2015", "DATE", "2015-06"),
            ("January last year", "DATE", "2013-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("last year", "DATE", "2013"),
            ("14 weeks", "DURATION", "P14W"),
            ("the autumn", "DATE", "2013-FA"),
            ("Last week", "DATE", "2014-W10"),
            ("the next three years", "DURATION", "P3Y"),
            ("at least April 2015", "DATE", "2015-04"),
            ("Monday 24 March", "DATE", "2014-03-24"),
            ("7 April", "DATE", "2014-04-07"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("2.30pm", "TIME", "XXXX-XX-XXT14:30"),
            ("1962", "DATE", "1962"),
            ("the summer of 2016", "DATE", "2016-SU"),
        ],
    ),
    # Saturday 2015-05-16 (ISO week 20), Irish national paper's website, festival notice,
    # headline ("returns next week" 2015-W21, the festival's week), stamp "Sat, May 16, 2015,
    # 01:00" (one DATE span with the abbreviated weekday, checked by hand: 16 May 2015 is a
    # Saturday; and a TIME), byline. The festival runs "from Thursday, May 21st, to Sunday,
    # May 24th" (Irish ordinal dates, one span each with the weekday). "7.30pm on Thursday"
    # 2015-05-21; "Saturday, May 23rd" with "11am" and "8pm" that day; "9pm on the Sunday" ->
    # "the Sunday" DATE 2015-05-24, the festival's Sunday, which the text fixes (gold_blind76's
    # "at 2pm on the Saturday"), not the nearest Sunday (17 May); "noon on Friday, May 22nd".
    # "this afternoon" 2015-05-16TAF; "last night" Friday night 2015-05-15TNI. "the 1913
    # Lockout" -> "1913" (an event named by its year, gold_blind103's "the 1947 flood"); "next
    # year" 2016. Recurring festival hours: "each morning" SET XXXX-XX-XXTMO "from 10am",
    # "at noon daily". "her first novel in nine years" P9Y; "its first eight years" P8Y;
    # "extended by a day" P1D (the size of a change); "six weeks" P6W; "over the summer" 2015-SU
    # and "from late June" 2015-06; "Last year" 2014, "this year's programme" and "This year's
    # writer" 2015 (possessives left out); "now" PRESENT_REF. Not annotated: "The 12th" (an
    # edition), "the centenary of the Easter Rising" (an anniversary and an event's name),
    # "The Year of the Long Frost" (a title), "60 events", "9,000", "a third", "€2,000", "€8",
    # "066 712 2004" (a phone number holding 2004), "ballinacreebookfest.ie".
    "ballinacree-book-festival-notice": (
        "2015-05-16",
        [
            ("next week", "DATE", "2015-W21"),
            ("Sat, May 16, 2015", "DATE", "2015-05-16"),
            ("01:00", "TIME", "2015-05-16T01:00"),
            ("Thursday, May 21st", "DATE", "2015-05-21"),
            ("Sunday, May 24th", "DATE", "2015-05-24"),
            ("7.30pm", "TIME", "2015-05-21T19:30"),
            ("Thursday", "DATE", "2015-05-21"),
            ("nine years", "DURATION", "P9Y"),
            ("this afternoon", "TIME", "2015-05-16TAF"),
            ("Saturday, May 23rd", "DATE", "2015-05-23"),
            ("1913", "DATE", "1913"),
            ("11am", "TIME", "2015-05-23T11:00"),
            ("8pm", "TIME", "2015-05-23T20:00"),
            ("next year", "DATE", "2016"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("daily", "SET", "P1D"),
            ("9pm", "TIME", "2015-05-24T21:00"),
            ("the Sunday", "DATE", "2015-05-24"),
            ("noon", "TIME", "2015-05-22T12:00"),
            ("Friday, May 22nd", "DATE", "2015-05-22"),
            ("2004", "DATE", "2004"),
            ("its first eight years", "DURATION", "P8Y"),
            ("Last year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("this year", "DATE", "2015"),
            ("a day", "DURATION", "P1D"),
            ("last night", "TIME", "2015-05-15TNI"),
            ("This year", "DATE", "2015"),
            ("six weeks", "DURATION", "P6W"),
            ("the summer", "DATE", "2015-SU"),
            ("late June", "DATE", "2015-06"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Friday 2015-06-05 (ISO week 23), Australian regional paper's website, centenary
    # feature, headline, stamp "June 5 2015 - 11:30AM" (a DATE and a TIME), byline. The
    # gallery opened "on Saturday 12 June 1915"; "Australian troops had been at Gallipoli for
    # seven weeks" P7W; "A century later" counts from 1915 at year granularity, 2015
    # (gold_blind98's "A century later"). "last financial year" is the Australian July-June
    # year before the current one, July 2013-June 2014, FY2014 (gold_blind9, named by the
    # year it ends); "a decade ago" 2005 (year granularity, gold_blind37, gold_blind50). Ahead:
    # "Friday 12 June" with "6pm", "Saturday 13 June" with "until 10pm", "tomorrow"
    # 2015-06-06, "until 30 August" 2015-08-30, "the spring of 2016" the southern spring
    # (September-November 2016), 2016-SP, valued in the year it falls in (gold_blind9);
    # "This winter" the southern winter of 2015 under way, 2015-WI (gold_blind92). Past:
    # "its first 30 years" P30Y; "on Saturday afternoons" SET XXXX-WXX-6TAF; "each winter"
    # SET XXXX-WI; "In 1946"; "the 1970s" 197; "May 1974"; "since 2009"; "the past decade"
    # P10Y and "the previous 50 years" P50Y; "the 1930s" 193; "every Tuesday" SET; "Last
    # month" 2015-05. Hours: "10am to 4pm Tuesday to Sunday" (TIMEs of no particular day, the
    # ends of the weekday range SETs, gold_blind76, gold_blind90), "every Sunday at 2pm". Not
    # annotated: "turns 100" (an age), "its centenary" and "The centenary exhibition" (an
    # anniversary), "One Hundred Summers" and "Country Light" (titles), "the school holidays"
    # (gold_blind76), "four lines", "40 watercolours", "4000 works", "38,000", "80 works",
    # "97" (an age), "20 works", "$400,000", "$1.2 million", "wirraburngallery.com.au/100",
    # "02 6555 1915" (a phone number holding 1915, beside "12 June 1915").
    "wirraburn-gallery-centenary": (
        "2015-06-05",
        [
            ("June 5 2015", "DATE", "2015-06-05"),
            ("11:30AM", "TIME", "2015-06-05T11:30"),
            ("Saturday 12 June 1915", "DATE", "1915-06-12"),
            ("seven weeks", "DURATION", "P7W"),
            ("A century later", "DATE", "2015"),
            ("last financial year", "DATE", "FY2014"),
            ("a decade ago", "DATE", "2005"),
            ("Friday 12 June", "DATE", "2015-06-12"),
            ("6pm", "TIME", "2015-06-12T18:00"),
            ("Saturday 13 June", "DATE", "2015-06-13"),
            ("10pm", "TIME", "2015-06-13T22:00"),
            ("tomorrow", "DATE", "2015-06-06"),
            ("30 August", "DATE", "2015-08-30"),
            ("its first 30 years", "DURATION", "P30Y"),
            ("Saturday afternoons", "SET", "XXXX-WXX-6TAF"),
            ("each winter", "SET", "XXXX-WI"),
            ("1946", "DATE", "1946"),
            ("the 1970s", "DATE", "197"),
            ("May 1974", "DATE", "1974-05"),
            ("2009", "DATE", "2009"),
            ("the past decade", "DURATION", "P10Y"),
            ("the previous 50 years", "DURATION", "P50Y"),
            ("the 1930s", "DATE", "193"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("Last month", "DATE", "2015-05"),
            ("the spring of 2016", "DATE", "2016-SP"),
            ("This winter", "DATE", "2015-WI"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("Tuesday", "SET", "XXXX-WXX-2"),
            ("Sunday", "SET", "XXXX-WXX-7"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
