"""Annotations of the hundred-and-sixty-second blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind162/annotate.py [--show]

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
    # Thursday 2013-08-08 (ISO week 32), US paper's sky column, headline, byline, date line
    # "Thursday, August 8, 2013". The Perseids peak "overnight Monday into Tuesday" (headline
    # and lead): "overnight" TIME 2013-08-12TNI (the night begun on Monday evening, dated by
    # its evening), "Monday" 2013-08-12 and "Tuesday" 2013-08-13, three TIMEX3 as in
    # gold_blind59. "after midnight" -> "midnight" 2013-08-12T24:00, the midnight ending the
    # watch night's day (gold_blind59, gold_blind96); "between 2 a.m. and dawn Tuesday" ->
    # "2 a.m." 2013-08-13T02:00, "dawn" 2013-08-13TMO (gold_blind59) and "Tuesday"; the watch
    # party "Monday night from 10 p.m. to 3 a.m." -> 2013-08-12TNI, 2013-08-12T22:00 and
    # 2013-08-13T03:00 (a clock time after midnight takes the new day). "the new moon on Aug.
    # 6" is two days past, 2013-08-06; "this weekend" 2013-W32-WE (10-11 August); "early next
    # week" 2013-W33; "around 10:30 p.m." on Monday evening; "Sunday night" 2013-08-11TNI
    # (future: it is Thursday), "Tuesday night" 2013-08-13TNI. "roughly every 133 years" SET
    # P133Y, "each summer" SET XXXX-SU, "every year" SET P1Y, "monthly" SET P1M (the club's
    # meetings), "every Thursday" SET XXXX-WXX-4. "mid-July" 2013-07, "about Aug. 24" with its
    # modifier, "Last year's display" -> "Last year" 2012, "later this month" 2013-08, "late
    # October" 2013-10. Not annotated: "the year's major showers" (generic), "this time" (on
    # this occasion), "37 miles per second" (a speed), "60 or more meteors", "Route 9", "Room
    # 12", "harlowvalleyastro.org/perseids2013", "555-0187", "Skywatch", "the peak rate".
    "perseids-peak-sky-column": (
        "2013-08-08",
        [
            ("overnight", "TIME", "2013-08-12TNI"),
            ("Monday", "DATE", "2013-08-12"),
            ("Tuesday", "DATE", "2013-08-13"),
            ("Thursday, August 8, 2013", "DATE", "2013-08-08"),
            ("early next week", "DATE", "2013-W33"),
            ("overnight", "TIME", "2013-08-12TNI"),
            ("Monday", "DATE", "2013-08-12"),
            ("Tuesday", "DATE", "2013-08-13"),
            ("Aug. 6", "DATE", "2013-08-06"),
            ("this weekend", "DATE", "2013-W32-WE"),
            ("Monday evening", "TIME", "2013-08-12TEV"),
            ("around 10:30 p.m.", "TIME", "2013-08-12T22:30"),
            ("midnight", "TIME", "2013-08-12T24:00"),
            ("2 a.m.", "TIME", "2013-08-13T02:00"),
            ("dawn", "TIME", "2013-08-13TMO"),
            ("Tuesday", "DATE", "2013-08-13"),
            ("roughly every 133 years", "SET", "P133Y"),
            ("each summer", "SET", "XXXX-SU"),
            ("mid-July", "DATE", "2013-07"),
            ("about Aug. 24", "DATE", "2013-08-24"),
            ("Last year", "DATE", "2012"),
            ("Monday night", "TIME", "2013-08-12TNI"),
            ("10 p.m.", "TIME", "2013-08-12T22:00"),
            ("3 a.m.", "TIME", "2013-08-13T03:00"),
            ("20 minutes", "DURATION", "PT20M"),
            ("10 minutes", "DURATION", "PT10M"),
            ("every year", "SET", "P1Y"),
            ("1994", "DATE", "1994"),
            ("2009", "DATE", "2009"),
            ("Sunday night", "TIME", "2013-08-11TNI"),
            ("Tuesday night", "TIME", "2013-08-13TNI"),
            ("later this month", "DATE", "2013-08"),
            ("Sept. 5", "DATE", "2013-09-05"),
            ("late October", "DATE", "2013-10"),
            ("monthly", "SET", "P1M"),
            ("Aug. 20", "DATE", "2013-08-20"),
            ("7:30 p.m.", "TIME", "2013-08-20T19:30"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
        ],
    ),
    # Wednesday 2015-03-18 (ISO week 12), British paper, headline, standfirst, byline, date
    # line "Wednesday 18 March 2015"; "yesterday" Tuesday 2015-03-17, "last night" its night
    # 2015-03-17TNI, "tomorrow" Thursday 2015-03-19 ("at 4pm tomorrow" two TIMEX3). The
    # eclipse is on Friday 2015-03-20: "Friday morning" (headline and lead) 2015-03-20TMO;
    # "8.24am", "9.31am" (the maximum), "10.41am", "between 9am and 10am" and "from 8am on
    # Friday" are clock times on that day; "the morning" (twice) is Friday's morning, the day
    # its sentence is about. "for almost 16 years" is the period of a superlative ("the
    # deepest ... for"), DURATION P16Y (gold_blind103); "since 1999" (standfirst) 1999; "11
    # August 1999" as written; "the next partial eclipse ... comes in 2026" 2026, "until 2090"
    # 2090. "the past fortnight" P2W (gold_blind4's "fortnight"); "a few minutes" PTXM; "about
    # two hours" PT2H. "since the autumn" in March is the autumn just past, 2014-FA; "June
    # 2012" as written; "this week" 2015-W12; "sold out on Monday" 2015-03-16. Not annotated:
    # "87%", "a degree or two", "Year 6" (a school year group), "11" (an age), "ISO 12312-2"
    # (a standard's number), "£2.50", "600 people", "01632 960 1999" (a phone number ending in
    # a year), "brackenfieldastro.org.uk/eclipse", "until the eclipse ends" (event-named), "as
    # normal", "even briefly", "the maximum".
    "partial-eclipse-friday-morning": (
        "2015-03-18",
        [
            ("Friday morning", "TIME", "2015-03-20TMO"),
            ("1999", "DATE", "1999"),
            ("Wednesday 18 March 2015", "DATE", "2015-03-18"),
            ("Friday morning", "TIME", "2015-03-20TMO"),
            ("almost 16 years", "DURATION", "P16Y"),
            ("8.24am", "TIME", "2015-03-20T08:24"),
            ("9.31am", "TIME", "2015-03-20T09:31"),
            ("10.41am", "TIME", "2015-03-20T10:41"),
            ("a few minutes", "DURATION", "PTXM"),
            ("11 August 1999", "DATE", "1999-08-11"),
            ("Friday", "DATE", "2015-03-20"),
            ("2026", "DATE", "2026"),
            ("2090", "DATE", "2090"),
            ("yesterday", "DATE", "2015-03-17"),
            ("Friday", "DATE", "2015-03-20"),
            ("the morning", "TIME", "2015-03-20TMO"),
            ("4pm", "TIME", "2015-03-19T16:00"),
            ("tomorrow", "DATE", "2015-03-19"),
            ("9am", "TIME", "2015-03-20T09:00"),
            ("10am", "TIME", "2015-03-20T10:00"),
            ("the past fortnight", "DURATION", "P2W"),
            ("1999", "DATE", "1999"),
            ("Monday", "DATE", "2015-03-16"),
            ("8am", "TIME", "2015-03-20T08:00"),
            ("Friday", "DATE", "2015-03-20"),
            ("last night", "TIME", "2015-03-17TNI"),
            ("the autumn", "DATE", "2014-FA"),
            ("June 2012", "DATE", "2012-06"),
            ("about two hours", "DURATION", "PT2H"),
            ("the morning", "TIME", "2015-03-20TMO"),
            ("this week", "DATE", "2015-W12"),
        ],
    ),
    # Monday 2014-06-02 (ISO week 23), US launch company's press release, "FOR IMMEDIATE
    # RELEASE" with the date "June 2, 2014", release number, contact line, capitalized headline,
    # "MARLIN KEY, Fla. --" dateline. The launch is on Friday 2014-06-06: the headline's
    # "FRIDAY" (capitals, weekday checked by hand), "Friday, June 6" one DATE span, "a launch
    # Friday"; the window "opens at 2:37 a.m. EDT (0637 GMT)" -> 2014-06-06T02:37 and
    # 2014-06-06T06:37, the GMT time on the same day (gold_blind59); "43 minutes" PT43M.
    # "daily through June 15" SET P1D and 2014-06-15; "each morning" SET XXXX-XX-XXTMO. "About
    # 90 minutes after liftoff" anchored, the duration alone PT90M; "about 13 months" P13M,
    # "arriving in July 2015" 2015-07, "six months" P6M, "the first 30 days" P30D; "three
    # years" P3Y; "Now" PRESENT_REF; "a 10-day mission" P10D (adjectival duration); "March"
    # past, 2014-03. Corbel's "fiscal 2013, which ended Sept. 30" is the fiscal year named by
    # the year it ends, FY2013, and 2013-09-30. The news conference "11 a.m. EDT Wednesday,
    # June 4" 2014-06-04T11:00 and the DATE; "noon Tuesday" 2014-06-03T12:00 and 2014-06-03;
    # "1:45 a.m. EDT on launch day" on the planned launch day, 2014-06-06T01:45 ("launch day"
    # event-named, left out). "more than 40 years in orbit combined" DURATION P40Y. Not
    # annotated: "Release 14-031", "321-555-0147", "Kestrel 5", "Pad 2B", "1,100-pound",
    # "2008 TR19" (an asteroid's designation holding a year), "Pika-2", "$212 million", "14
    # times", "31 percent", "four instruments", "corbelspace.com/live", "###", "launch day".
    "lantern-probe-launch-release": (
        "2014-06-02",
        [
            ("June 2, 2014", "DATE", "2014-06-02"),
            ("FRIDAY", "DATE", "2014-06-06"),
            ("Friday, June 6", "DATE", "2014-06-06"),
            ("2:37 a.m. EDT", "TIME", "2014-06-06T02:37"),
            ("0637 GMT", "TIME", "2014-06-06T06:37"),
            ("43 minutes", "DURATION", "PT43M"),
            ("Friday", "DATE", "2014-06-06"),
            ("daily", "SET", "P1D"),
            ("June 15", "DATE", "2014-06-15"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("About 90 minutes", "DURATION", "PT90M"),
            ("about 13 months", "DURATION", "P13M"),
            ("July 2015", "DATE", "2015-07"),
            ("six months", "DURATION", "P6M"),
            ("the first 30 days", "DURATION", "P30D"),
            ("three years", "DURATION", "P3Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("10-day", "DURATION", "P10D"),
            ("2011", "DATE", "2011"),
            ("March", "DATE", "2014-03"),
            ("2010", "DATE", "2010"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("11 a.m. EDT", "TIME", "2014-06-04T11:00"),
            ("Wednesday, June 4", "DATE", "2014-06-04"),
            ("noon", "TIME", "2014-06-03T12:00"),
            ("Tuesday", "DATE", "2014-06-03"),
            ("1:45 a.m. EDT", "TIME", "2014-06-06T01:45"),
            ("1998", "DATE", "1998"),
            ("more than 40 years", "DURATION", "P40Y"),
        ],
    ),
    # Friday 2012-06-29 (ISO week 26), Australian regional paper's website, What's On listing,
    # headline, stamp "29 Jun, 2012 10:00 AM" (DATE and TIME), byline. The school holidays
    # "start on Monday" 2012-07-02; "every day" SET P1D; "Saturday 7 July" and the listing's
    # "Sat 7 July" (abbreviated, checked by hand: a Saturday) 2012-07-07 with "6pm-10pm" two
    # TIMEs that day. "This winter" is the southern winter of 2012, 2012-WI, and "a wet
    # autumn" its head noun "autumn" 2012-FA, valued in the year they fall in (gold_blind9,
    # gold_blind103). "6 June" past, 2012-06-06; "until 2117" 2117; "Last year's" -> "Last
    # year" 2011; "every Friday night" SET XXXX-WXX-5TNI, "tonight" 2012-06-29TNI. The
    # listing's recurring hours are TIMEs on no particular day, XXXX-XX-XXThh:mm, with their
    # SETs ("daily at 10.30am, 12.30pm and 2.30pm"; "Tue, Thu and Sat at 11.30am" -> three
    # weekday SETs; "open Wednesday to Sunday, 10am to 4pm" -> the ends of the ranges, SETs
    # XXXX-WXX-3 and XXXX-WXX-7 and two TIMEs, gold_blind76); "from Monday 2 July to Sunday 15
    # July" two DATEs. "Sunday 1 July, the start of the new financial year": the Australian
    # financial year runs July-June and is named by the year it ends, so the year beginning
    # on 1 July 2012 is FY2013 (gold_blind9). "April" past, 2012-04; "every year" SET P1Y;
    # "2008"; "a two-year rebuild" P2Y; "5pm on Thursday 5 July" 2012-07-05T17:00 and the DATE.
    # "40 minutes" and "30 minutes" are the lengths of the shows. Not annotated: "the school
    # holidays" (twice, gold_blind22, gold_blind76), "Winter Sky Night" (three times, an
    # event's name), "no better season" (generic), "ages 5-10", "$14", "$9", "(2+2)", "$40",
    # "$5", "$380,000", "2,000", "1,400", "(02) 5550 2012" (a phone number ending in the
    # year), "carrickplanetarium.org.au", "every show since" ("since" alone), "Members free".
    "carrick-planetarium-holiday-shows": (
        "2012-06-29",
        [
            ("29 Jun, 2012", "DATE", "2012-06-29"),
            ("10:00 AM", "TIME", "2012-06-29T10:00"),
            ("every day", "SET", "P1D"),
            ("Monday", "DATE", "2012-07-02"),
            ("Saturday 7 July", "DATE", "2012-07-07"),
            ("This winter", "DATE", "2012-WI"),
            ("autumn", "DATE", "2012-FA"),
            ("6 June", "DATE", "2012-06-06"),
            ("2117", "DATE", "2117"),
            ("Last year", "DATE", "2011"),
            ("every Friday night", "SET", "XXXX-WXX-5TNI"),
            ("tonight", "TIME", "2012-06-29TNI"),
            ("40 minutes", "DURATION", "PT40M"),
            ("daily", "SET", "P1D"),
            ("10.30am", "TIME", "XXXX-XX-XXT10:30"),
            ("12.30pm", "TIME", "XXXX-XX-XXT12:30"),
            ("2.30pm", "TIME", "XXXX-XX-XXT14:30"),
            ("Monday 2 July", "DATE", "2012-07-02"),
            ("Sunday 15 July", "DATE", "2012-07-15"),
            ("30 minutes", "DURATION", "PT30M"),
            ("Tue", "SET", "XXXX-WXX-2"),
            ("Thu", "SET", "XXXX-WXX-4"),
            ("Sat", "SET", "XXXX-WXX-6"),
            ("11.30am", "TIME", "XXXX-XX-XXT11:30"),
            ("Sat 7 July", "DATE", "2012-07-07"),
            ("6pm", "TIME", "2012-07-07T18:00"),
            ("10pm", "TIME", "2012-07-07T22:00"),
            ("Sunday 1 July", "DATE", "2012-07-01"),
            ("the new financial year", "DATE", "FY2013"),
            ("Wednesday", "SET", "XXXX-WXX-3"),
            ("Sunday", "SET", "XXXX-WXX-7"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("April", "DATE", "2012-04"),
            ("every year", "SET", "P1Y"),
            ("2008", "DATE", "2008"),
            ("two-year", "DURATION", "P2Y"),
            ("5pm", "TIME", "2012-07-05T17:00"),
            ("Thursday 5 July", "DATE", "2012-07-05"),
        ],
    ),
    # Saturday 2014-10-25 (ISO week 43), Irish paper, headline ("Back after 76 years"),
    # standfirst, byline, date line "Saturday 25 October 2014". "76 years" (headline and lead)
    # DURATION P76Y, an anchored duration (the time since its last visit); "roughly every 76
    # years" SET P76Y; "its 76-year orbit" P76Y (adjectival). "early next month" 2014-11;
    # "closest approach to the sun on Tuesday" ahead, 2014-10-28; "3 November" 2014-11-03.
    # "the past fortnight" P2W; "the past 38 years" P38Y. "March 1862"; "its 1938 return"
    # 1938 (an adjectival year, gold_blind28); "the night of 14 February 1938" one TIME span
    # 1938-02-14TNI (gold_blind5, gold_blind96) and the quote's "that night" the same night, a
    # narrative anchor (like "That winter" in gold_blind103); "see it in 2014" 2014; "now"
    # PRESENT_REF. "Friday 31 October, Halloween" two DATEs 2014-10-31, "from 7pm" that day.
    # "every clear night" SET XXXX-XX-XXTNI with its modifier (like "almost every day",
    # gold_blind35), "since late September" 2014-09. "Monday morning" 2014-10-27TMO, "about
    # 6am" that morning. "the clocks go back an hour at 2am tomorrow" -> "an hour" PT1H (the
    # size of the shift, gold_blind44, gold_blind76), "2am" 2014-10-26T02:00, "tomorrow"
    # 2014-10-26 (Sunday); "an hour earlier ... than this week" -> "an hour" PT1H and "this
    # week" 2014-W43. "about three weeks" P3W; "mid-January" 2015-01; "until 2090" 2090. Not
    # annotated: "1938 II" (a catalogue name holding a year, after "1938" annotated), "Irish
    # Summer Time" (a name), "the day she died" (event-anchored), "once-in-a-lifetime",
    # "twice", "(71)" (an age), "80 million kilometres", "the N52", "GAA", "€5", "(0505) 55
    # 1938" (a phone number ending in a year), "castlemoyneastro.ie", "by the clock".
    "comet-keane-returns-76-years": (
        "2014-10-25",
        [
            ("76 years", "DURATION", "P76Y"),
            ("1938", "DATE", "1938"),
            ("early next month", "DATE", "2014-11"),
            ("Saturday 25 October 2014", "DATE", "2014-10-25"),
            ("1938", "DATE", "1938"),
            ("76 years", "DURATION", "P76Y"),
            ("early next month", "DATE", "2014-11"),
            ("Tuesday", "DATE", "2014-10-28"),
            ("3 November", "DATE", "2014-11-03"),
            ("the past fortnight", "DURATION", "P2W"),
            ("March 1862", "DATE", "1862-03"),
            ("roughly every 76 years", "SET", "P76Y"),
            ("1938", "DATE", "1938"),
            ("the night of 14 February 1938", "TIME", "1938-02-14TNI"),
            ("that night", "TIME", "1938-02-14TNI"),
            ("2014", "DATE", "2014"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past 38 years", "DURATION", "P38Y"),
            ("76-year", "DURATION", "P76Y"),
            ("Friday 31 October", "DATE", "2014-10-31"),
            ("Halloween", "DATE", "2014-10-31"),
            ("7pm", "TIME", "2014-10-31T19:00"),
            ("every clear night", "SET", "XXXX-XX-XXTNI"),
            ("late September", "DATE", "2014-09"),
            ("Monday morning", "TIME", "2014-10-27TMO"),
            ("about 6am", "TIME", "2014-10-27T06:00"),
            ("an hour", "DURATION", "PT1H"),
            ("2am", "TIME", "2014-10-26T02:00"),
            ("tomorrow", "DATE", "2014-10-26"),
            ("an hour", "DURATION", "PT1H"),
            ("this week", "DATE", "2014-W43"),
            ("about three weeks", "DURATION", "P3W"),
            ("mid-January", "DATE", "2015-01"),
            ("2090", "DATE", "2090"),
        ],
    ),
    # Tuesday 2015-06-30 (ISO week 27), US paper's website, headline, byline, stamp
    # "Published 5:30 a.m. ET June 30, 2015" (TIME and DATE). The leap second "At 23:59:60 UTC
    # on June 30 - 7:59:60 p.m. EDT tonight": the UTC reading to the second,
    # 2015-06-30T23:59:60 (the second-precision shape of gold_tools.py, gold_blind8), "June
    # 30" 2015-06-30, the EDT equivalent 2015-06-30T19:59:60 (a local time and its UTC
    # equivalent two TIMEX3, gold_blind96) and "tonight" 2015-06-30TNI; in Tokyo (UTC+9) the
    # same second is "8:59:60 a.m. Wednesday", 2015-07-01T08:59:60 and 2015-07-01, each clock
    # time on its own day (gold_blind96); "announced in January" 2015-01; the headline's
    # "Today" and "7:59:60 p.m. EDT" the same. "June 30, 2012" and "1972" as written; "roughly
    # every 18 months" SET P18M; "between 1999 and 2005" two DATEs; "the 2012 leap second"
    # 2012 (an adjectival year); "about two hours" PT2H. "said Monday" 2015-06-29; "the 20
    # hours around midnight UTC" -> "the 20 hours" PT20H and "midnight UTC" 2015-06-30T24:00
    # (the midnight that ends June 30 in UTC); the exchange closes "at 7:30 p.m., half an hour
    # early" 2015-06-30T19:30 and PT30M (the size of a shift), "reopen ... Wednesday"
    # 2015-07-01. "decades in advance" -> "decades" PXY; "more than 20 years" P20Y; "about six
    # months' notice" -> "about six months" P6M; "in November" ahead, 2015-11; "more than a
    # decade" P10Y; "before the end of 2016" 2016 (the end of a year takes its value). Not
    # annotated: "a leap second", "leap seconds", "The extra second" (the unit and the thing
    # added; no duration shape in seconds, gold_blind16), "leap years" (a kind of year), "This
    # time" (on this occasion), "over the long run", "all at once", "Until then" (anaphoric),
    # "your day", "the 26th", "414-555-0160", "dailyledger.com/2015/06/30/leap-second" (a URL
    # holding the date).
    "leap-second-tonight": (
        "2015-06-30",
        [
            ("Today", "DATE", "2015-06-30"),
            ("7:59:60 p.m. EDT", "TIME", "2015-06-30T19:59:60"),
            ("5:30 a.m. ET", "TIME", "2015-06-30T05:30"),
            ("June 30, 2015", "DATE", "2015-06-30"),
            ("23:59:60 UTC", "TIME", "2015-06-30T23:59:60"),
            ("June 30", "DATE", "2015-06-30"),
            ("7:59:60 p.m. EDT", "TIME", "2015-06-30T19:59:60"),
            ("tonight", "TIME", "2015-06-30TNI"),
            ("8:59:60 a.m.", "TIME", "2015-07-01T08:59:60"),
            ("Wednesday", "DATE", "2015-07-01"),
            ("January", "DATE", "2015-01"),
            ("June 30, 2012", "DATE", "2012-06-30"),
            ("1972", "DATE", "1972"),
            ("roughly every 18 months", "SET", "P18M"),
            ("1999", "DATE", "1999"),
            ("2005", "DATE", "2005"),
            ("2012", "DATE", "2012"),
            ("about two hours", "DURATION", "PT2H"),
            ("Monday", "DATE", "2015-06-29"),
            ("the 20 hours", "DURATION", "PT20H"),
            ("midnight UTC", "TIME", "2015-06-30T24:00"),
            ("7:30 p.m.", "TIME", "2015-06-30T19:30"),
            ("half an hour", "DURATION", "PT30M"),
            ("Wednesday", "DATE", "2015-07-01"),
            ("decades", "DURATION", "PXY"),
            ("more than 20 years", "DURATION", "P20Y"),
            ("about six months", "DURATION", "P6M"),
            ("November", "DATE", "2015-11"),
            ("more than a decade", "DURATION", "P10Y"),
            ("the end of 2016", "DATE", "2016"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
