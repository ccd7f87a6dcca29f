"""Annotations of blind gold set 234, chosen by hand before the tagger ran.

    python tests/data/gold_blind234/annotate.py [--show]

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
    # Tuesday 2014-02-18 (ISO week 8), British regional daily, headline ("12-week
    # consultation"), standfirst, byline, date line "Tuesday 18 February 2014" (one span with
    # its weekday). The proposals were published "yesterday", Monday 2014-02-17; the
    # consultation "opened at 9am today" (TIME and DATE) and "runs until noon on Tuesday 13
    # May" (twelve weeks later; "noon" 2014-05-13T12:00 and the DATE, two TIMEX3, in the
    # standfirst and the body). "by the end of the year" -> "the end of the year" 2014;
    # "the summer" ahead 2014-SU, "September" 2014-09; "the next three years" P3Y; "the
    # 2014-15 financial year" of an English council (April-March) FY2015, named by the year
    # it ends (gold_blind90). The branches "would also close on Wednesdays and at 1pm on
    # Saturdays": plural weekdays are SETs, the hour of a recurring closing XXXX-XX-XXT13:00
    # (gold_blind25, gold_blind90). "since 2010", "next year" 2015, "opened in 1938", "last
    # year" 2013, "2008". The organiser heard "on Friday", past, 2014-02-14; "every Saturday
    # morning until May" a SET XXXX-WXX-6TMO and a DATE 2014-05 (ahead). "in March" ahead
    # 2014-03; "from 6pm to 8pm on Thursday 27 February" two TIMEs on that day and the DATE.
    # "in 2011", "a six-week consultation" DURATION on the adjective; "six months from the
    # decision" the duration alone P6M; "since the spring of 2012" one span 2012-SP. The phone
    # line's hours "between 9am and 5pm, Monday to Friday": TIMEs XXXX-XX-XXThh:mm and the
    # ends of the weekday range SETs XXXX-WXX-1 and XXXX-WXX-5 (gold_blind90). Not annotated:
    # "carrowfield.gov.uk/libraries2014" (a URL holding the year), "01632 960 1938" (a phone
    # number holding 1938, beside the annotated "opened in 1938"), "eleven libraries",
    # "£21.6m", "£1.4m", "41,200", "63,000", "2,300 signatures", "67" (an age), "900
    # responses", "almost a third", "full council", "cabinet member".
    "carrowfield-library-closures-consultation": (
        "2014-02-18",
        [
            ("12-week", "DURATION", "P12W"),
            ("noon", "TIME", "2014-05-13T12:00"),
            ("Tuesday 13 May", "DATE", "2014-05-13"),
            ("Tuesday 18 February 2014", "DATE", "2014-02-18"),
            ("the end of the year", "DATE", "2014"),
            ("yesterday", "DATE", "2014-02-17"),
            ("12-week", "DURATION", "P12W"),
            ("9am", "TIME", "2014-02-18T09:00"),
            ("today", "DATE", "2014-02-18"),
            ("noon", "TIME", "2014-05-13T12:00"),
            ("Tuesday 13 May", "DATE", "2014-05-13"),
            ("the summer", "DATE", "2014-SU"),
            ("September", "DATE", "2014-09"),
            ("the next three years", "DURATION", "P3Y"),
            ("the 2014-15 financial year", "DATE", "FY2015"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("2010", "DATE", "2010"),
            ("next year", "DATE", "2015"),
            ("1938", "DATE", "1938"),
            ("last year", "DATE", "2013"),
            ("2008", "DATE", "2008"),
            ("Friday", "DATE", "2014-02-14"),
            ("every Saturday morning", "SET", "XXXX-WXX-6TMO"),
            ("May", "DATE", "2014-05"),
            ("March", "DATE", "2014-03"),
            ("6pm", "TIME", "2014-02-27T18:00"),
            ("8pm", "TIME", "2014-02-27T20:00"),
            ("Thursday 27 February", "DATE", "2014-02-27"),
            ("2011", "DATE", "2011"),
            ("six-week", "DURATION", "P6W"),
            ("six months", "DURATION", "P6M"),
            ("the spring of 2012", "DATE", "2012-SP"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
        ],
    ),
    # Thursday 2012-09-20 (ISO week 38), US local newspaper website, headline, deck, byline,
    # stamp "Posted: Thursday, September 20, 2012 6:15 am | Updated: 11:42 am, Thu Sep 20,
    # 2012." (two DATEs and two TIMEs; "Thu Sep 20, 2012" checked by hand: a Thursday),
    # "SADLERVILLE —" dateline. The agency agreed "Wednesday" 2012-09-19 (past); the hearing
    # is "6:30 p.m. Tuesday" 2012-09-25 (future; the deck's "Tuesday" the same day). "an extra
    # 30 days" one DURATION with its determiner and modifier, like "30 more years"
    # (gold_blind25); "The 45-day comment period" DURATION on the adjective; it "opened Sept.
    # 4" and "was to close at 5 p.m. Oct. 19" (45 days later) and "will now run until 5 p.m.
    # Nov. 19" (deck and body): clock time and day two TIMEX3 each. "extend the landfill's
    # life by about 22 years" the size of an extension P22Y (gold_blind85); "late 2014" 2014
    # (modifier kept, not recorded); "a Sept. 11 meeting" an adjectival date 2012-09-11;
    # "last week" 2012-W37; "Forty-five days" P45D; "for 31 years" P31Y; "since the 1980s"
    # 198; "the longest we've granted in at least a decade" -> "at least a decade" P10Y (the
    # period of a superlative, gold_blind35); "60 days" P60D; "before early 2013" -> "early
    # 2013" 2013; "issued in 2003"; "expires June 30, 2013". The landfill's hours "from 7 a.m.
    # to 4 p.m. daily except Sundays": TIMEs XXXX-XX-XXThh:mm, "daily" SET P1D, "Sundays" SET
    # XXXX-WXX-7. "has doubled in five years" DURATION P5Y (how long a past change took,
    # gold_blind35); "a county count taken in May" past 2012-05; "their Oct. 3 meeting"
    # 2012-10-03. Not annotated: "Docket No. SW-2012-0419" (holds 2012 and a month-day-like
    # 0419), "P.O. Box 1988", "541-555-2013", "Cell 12", "Route 26", "140-acre", "38-acre",
    # "600-page", "600 pages", "58" (an age), "At current rates", "Once the comment period
    # closes" (event-named).
    "kettle-ridge-landfill-comment-period": (
        "2012-09-20",
        [
            ("Tuesday", "DATE", "2012-09-25"),
            ("Nov. 19", "DATE", "2012-11-19"),
            ("Thursday, September 20, 2012", "DATE", "2012-09-20"),
            ("6:15 am", "TIME", "2012-09-20T06:15"),
            ("11:42 am", "TIME", "2012-09-20T11:42"),
            ("Thu Sep 20, 2012", "DATE", "2012-09-20"),
            ("an extra 30 days", "DURATION", "P30D"),
            ("Wednesday", "DATE", "2012-09-19"),
            ("45-day", "DURATION", "P45D"),
            ("Sept. 4", "DATE", "2012-09-04"),
            ("5 p.m.", "TIME", "2012-10-19T17:00"),
            ("Oct. 19", "DATE", "2012-10-19"),
            ("5 p.m.", "TIME", "2012-11-19T17:00"),
            ("Nov. 19", "DATE", "2012-11-19"),
            ("6:30 p.m.", "TIME", "2012-09-25T18:30"),
            ("Tuesday", "DATE", "2012-09-25"),
            ("1979", "DATE", "1979"),
            ("about 22 years", "DURATION", "P22Y"),
            ("late 2014", "DATE", "2014"),
            ("Sept. 11", "DATE", "2012-09-11"),
            ("last week", "DATE", "2012-W37"),
            ("Forty-five days", "DURATION", "P45D"),
            ("31 years", "DURATION", "P31Y"),
            ("the 1980s", "DATE", "198"),
            ("at least a decade", "DURATION", "P10Y"),
            ("60 days", "DURATION", "P60D"),
            ("early 2013", "DATE", "2013"),
            ("2003", "DATE", "2003"),
            ("June 30, 2013", "DATE", "2013-06-30"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("daily", "SET", "P1D"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("five years", "DURATION", "P5Y"),
            ("May", "DATE", "2012-05"),
            ("Oct. 3", "DATE", "2012-10-03"),
        ],
    ),
    # Wednesday 2013-07-17 (ISO week 29), Australian regional paper's website, headline
    # ("pushed back two weeks", the size of the extension, DURATION P2W like "extended by one
    # year" in gold_blind85), stamp "17 Jul, 2013 10:30 AM" (DATE and TIME), byline, no
    # dateline. The new close is "4pm on Friday, August 2" (TIME and DATE); the exhibition
    # opened "on Friday, June 21, for 28 days" and "was due to close this Friday", 2013-07-19
    # (June 21 plus 28 days); the vote was at "Tuesday night's meeting" -> "Tuesday night"
    # 2013-07-16TNI (possessive left out); "the first three weeks" of the exhibition P3W (an
    # ordinal period of an event, gold_blind35); "the extra fortnight" one DURATION P2W with
    # determiner and modifier; "last Thursday" 2013-07-11, the Thursday of the week before.
    # "lodged ... in March 2011"; "over about 20 years" P20Y; "since 1987"; "the September 24
    # ordinary meeting" an adjectival date 2013-09-24; "early next year" 2014; "since May"
    # past 2013-05; "Twenty-eight days" P28D; "in the middle of winter" -> "the middle of
    # winter", the southern winter of 2013 in which the exhibition ran, 2013-WI (the modifier
    # not recorded, like "the middle of next week" in gold_blind103; southern winter valued in
    # its own year, gold_blind103; see README). The session "from 10am to 1pm on Saturday"
    # 2013-07-20 (future). "for at least 28 days" (the statutory minimum) P28D; "adopted in
    # 2009"; "six weeks" P6W; "more than two years" P2Y; "since 2011"; "another two weeks"
    # P2W; "between the 2006 and 2011 censuses" two adjectival years; "in 2008". Not
    # annotated: "the school holidays" (a school holiday, gold_blind25), "1100 homes" (a
    # count that looks like a clock time), "(02) 6555 2013", "Lot 7 DP 751987", "240
    # hectares", "400 submissions", "180-page", "9.4 per cent", "85 submissions", "Mayor"
    # (holds "May"), "coolabin.nsw.gov.au/haveyoursay".
    "mirrabook-flat-rezoning-submissions": (
        "2013-07-17",
        [
            ("two weeks", "DURATION", "P2W"),
            ("17 Jul, 2013", "DATE", "2013-07-17"),
            ("10:30 AM", "TIME", "2013-07-17T10:30"),
            ("4pm", "TIME", "2013-08-02T16:00"),
            ("Friday, August 2", "DATE", "2013-08-02"),
            ("two weeks", "DURATION", "P2W"),
            ("Friday, June 21", "DATE", "2013-06-21"),
            ("28 days", "DURATION", "P28D"),
            ("this Friday", "DATE", "2013-07-19"),
            ("Tuesday night", "TIME", "2013-07-16TNI"),
            ("the first three weeks", "DURATION", "P3W"),
            ("the extra fortnight", "DURATION", "P2W"),
            ("last Thursday", "DATE", "2013-07-11"),
            ("March 2011", "DATE", "2011-03"),
            ("about 20 years", "DURATION", "P20Y"),
            ("1987", "DATE", "1987"),
            ("September 24", "DATE", "2013-09-24"),
            ("early next year", "DATE", "2014"),
            ("May", "DATE", "2013-05"),
            ("Twenty-eight days", "DURATION", "P28D"),
            ("the middle of winter", "DATE", "2013-WI"),
            ("10am", "TIME", "2013-07-20T10:00"),
            ("1pm", "TIME", "2013-07-20T13:00"),
            ("Saturday", "DATE", "2013-07-20"),
            ("at least 28 days", "DURATION", "P28D"),
            ("2009", "DATE", "2009"),
            ("six weeks", "DURATION", "P6W"),
            ("more than two years", "DURATION", "P2Y"),
            ("2011", "DATE", "2011"),
            ("another two weeks", "DURATION", "P2W"),
            ("2006", "DATE", "2006"),
            ("2011", "DATE", "2011"),
            ("2008", "DATE", "2008"),
        ],
    ),
    # Sunday 2015-03-08 (ISO week 10), British Sunday paper, headline, deck ("tomorrow ...
    # on 26 March"), byline, date line "Sunday 8 March 2015". "tomorrow" is Monday 2015-03-09
    # (deck and "at 10am tomorrow", TIME and DATE), "yesterday" Saturday 2015-03-07. "in less
    # than three weeks" P3W; "later this month" 2015-03; full council "at 7pm on Thursday 26
    # March". "opened in July 1936"; "since last September" 2014-09; "by summer 2016"
    # 2016-SU (like "spring 2019", gold_blind25). "launched on 16 February" 2015-02-16, "five
    # days after the cabinet backed the plan" the duration alone P5D; "every summer since I
    # was six" SET XXXX-SU ("since I was six" is an age, not annotated); "the first two days"
    # of the petition P2D (an ordinal period of an event). The online petition "closes at
    # midnight on 31 March": "midnight" ending that day 2015-03-31T24:00 (gold_blind25) and
    # the DATE. "every year since 2004" a SET P1Y and a DATE (gold_blind69); "for eight weeks
    # from 1 April" P8W and 2015-04-01; "in June" ahead 2015-06; "within 28 days of the
    # debate" -> "28 days"; "last autumn" 2014-FA; "by Easter" -> Easter Sunday 2015,
    # 2015-04-05 (gold_blind25); "founded in 1998", "from 2005 until 2013", "next year" 2016.
    # Not annotated: "#SaveLido1936" (a hashtag holding 1936, beside "July 1936"), "the
    # Kelvedge Sunday Swimmers" (a club's name, in a Sunday paper), "The pool's 80th
    # anniversary" (an ordinal of an event; its year is "next year", annotated), "full
    # council", "5,000", "1,500", "1,000", "1,200", "£1.9m" (twice), "30,000", "34" (an age),
    # "thousands of times", "six" (an age).
    "kelvedge-lido-petition-debate": (
        "2015-03-08",
        [
            ("tomorrow", "DATE", "2015-03-09"),
            ("26 March", "DATE", "2015-03-26"),
            ("Sunday 8 March 2015", "DATE", "2015-03-08"),
            ("less than three weeks", "DURATION", "P3W"),
            ("later this month", "DATE", "2015-03"),
            ("10am", "TIME", "2015-03-09T10:00"),
            ("tomorrow", "DATE", "2015-03-09"),
            ("7pm", "TIME", "2015-03-26T19:00"),
            ("Thursday 26 March", "DATE", "2015-03-26"),
            ("July 1936", "DATE", "1936-07"),
            ("last September", "DATE", "2014-09"),
            ("summer 2016", "DATE", "2016-SU"),
            ("16 February", "DATE", "2015-02-16"),
            ("five days", "DURATION", "P5D"),
            ("every summer", "SET", "XXXX-SU"),
            ("the first two days", "DURATION", "P2D"),
            ("yesterday", "DATE", "2015-03-07"),
            ("midnight", "TIME", "2015-03-31T24:00"),
            ("31 March", "DATE", "2015-03-31"),
            ("every year", "SET", "P1Y"),
            ("2004", "DATE", "2004"),
            ("eight weeks", "DURATION", "P8W"),
            ("1 April", "DATE", "2015-04-01"),
            ("June", "DATE", "2015-06"),
            ("28 days", "DURATION", "P28D"),
            ("last autumn", "DATE", "2014-FA"),
            ("Easter", "DATE", "2015-04-05"),
            ("1998", "DATE", "1998"),
            ("2005", "DATE", "2005"),
            ("2013", "DATE", "2013"),
            ("next year", "DATE", "2016"),
        ],
    ),
    # Monday 2013-04-29 (ISO week 18), Irish national daily, headline ("Friday deadline", an
    # adjectival weekday, the coming Friday 2013-05-03), deck ("4pm on May 3 ... this year"),
    # byline, date line "Monday 29 April 2013". Applications close "until 4pm on Friday"
    # 2013-05-03 (TIME and DATE); "last year's scheme" -> "last year" 2012; "opened ... on
    # March 4" 2013-03-04; the officer "said on Friday", past, 2013-04-26 (the same weekday
    # in both directions). "pushed back twice, by a week each time" -> "a week" P1W (the size
    # of a delay, gold_blind35); "2012 applications" an adjectival year; "in December" past
    # 2012-12; "more than eight months" P8M; "now" PRESENT_REF; "This year's budget" -> "This
    # year" 2013; "in 2011"; "against 390 last year" 2012; "dated within the past six months"
    # -> "the past six months" P6M (a window that moves with each application, like "the
    # previous 13 weeks" in gold_blind25). Office hours "from 9.30am to 4pm" recur:
    # XXXX-XX-XXThh:mm. "by Wednesday" 2013-05-01 (future); "close at 1pm on Friday" and the
    # drop box "until 4pm": 2013-05-03T13:00, the DATE and 2013-05-03T16:00 (a clock time
    # without a named day on the day of its sentence, gold_blind103). "on Tuesday 7 May";
    # "after the bank holiday weekend" -> "the bank holiday weekend" 2013-W18-WE, the weekend
    # of Saturday 4 May with the May bank holiday on Monday 6 May, the ISO week of its
    # Saturday (gold_blind80, gold_blind103). "within 12 weeks" P12W; "the autumn" ahead
    # 2013-FA; "within 12 months" P12M; "Every year" SET P1Y; "promised in 2011"; "in June"
    # ahead 2013-06. Not annotated: "the closing date", "the final day", "the last day" (days
    # named by an event, gold_blind25), "so far", "Gerry Winter" / "Mr Winter" (a name),
    # "(094) 902 1990", "kilmorna.ie/grants2013", "€30,000", "€1.6 million", "€2.1 million",
    # "212 applications", "390", "twice" (a count).
    "kilmorna-housing-grant-deadline": (
        "2013-04-29",
        [
            ("Friday", "DATE", "2013-05-03"),
            ("4pm", "TIME", "2013-05-03T16:00"),
            ("May 3", "DATE", "2013-05-03"),
            ("this year", "DATE", "2013"),
            ("Monday 29 April 2013", "DATE", "2013-04-29"),
            ("4pm", "TIME", "2013-05-03T16:00"),
            ("Friday", "DATE", "2013-05-03"),
            ("last year", "DATE", "2012"),
            ("March 4", "DATE", "2013-03-04"),
            ("Friday", "DATE", "2013-04-26"),
            ("Last year", "DATE", "2012"),
            ("a week", "DURATION", "P1W"),
            ("2012", "DATE", "2012"),
            ("December", "DATE", "2012-12"),
            ("more than eight months", "DURATION", "P8M"),
            ("now", "DATE", "PRESENT_REF"),
            ("This year", "DATE", "2013"),
            ("2011", "DATE", "2011"),
            ("last year", "DATE", "2012"),
            ("the past six months", "DURATION", "P6M"),
            ("9.30am", "TIME", "XXXX-XX-XXT09:30"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("Wednesday", "DATE", "2013-05-01"),
            ("1pm", "TIME", "2013-05-03T13:00"),
            ("Friday", "DATE", "2013-05-03"),
            ("4pm", "TIME", "2013-05-03T16:00"),
            ("Tuesday 7 May", "DATE", "2013-05-07"),
            ("the bank holiday weekend", "DATE", "2013-W18-WE"),
            ("12 weeks", "DURATION", "P12W"),
            ("the autumn", "DATE", "2013-FA"),
            ("12 months", "DURATION", "P12M"),
            ("Every year", "SET", "P1Y"),
            ("2011", "DATE", "2011"),
            ("June", "DATE", "2013-06"),
        ],
    ),
    # Friday 2014-10-24 (ISO week 43), Canadian paper's website, headline ("Jan. 12 ... Dec.
    # 5"), byline, stamp "Published on: October 24, 2014 | Last Updated: October 24, 2014 6:04
    # PM EDT" (two DATEs and a TIME, the zone in the span), "TRESHAM HARBOUR —" dateline.
    # "six weeks" (lead) from the publication day to Dec. 5, P6W; the notice was "issued
    # Thursday" 2014-10-23, the president spoke "Wednesday" 2014-10-22, the results came
    # "Tuesday" 2014-10-21 (all past). "until 4:30 p.m. on Dec. 5" TIME and DATE; "by Nov. 7";
    # "begin Jan. 12" 2015-01-12 (future, across the year boundary); "about two weeks" P2W;
    # "by the end of March" 2015-03; "take effect April 1" 2015-04-01; "filed ... Sept. 30"
    # 2014-09-30; "next year" 2015 and "in 2016" (calendar wording, gold_blind35's "Last
    # year's budget"); "in 2012". The utility's fiscal year runs April-March and is named by
    # the year it ends: "fiscal 2016, which runs from April 2015 to March 2016" FY2016 plus
    # the two months; "the three months ended Sept. 30, its fiscal second quarter" -> "the
    # three months" P3M, "Sept. 30" and "its fiscal second quarter" FY2015-Q2 (the possessive
    # kept, like "its fiscal third quarter" in gold_blind38), "a year earlier" after it
    # FY2014-Q2. "six weeks", "eight weeks" P8W, "at least 30 days" P30D (the statutory
    # minimum); "at 7 p.m. on Jan. 14 ... and Jan. 15" TIME 2015-01-14T19:00 and two DATEs
    # (the shared clock time annotated once, where it is written); "the 1960s" 196; "last
    # winter" in October 2014 is the winter of 2013-14, 2014-WI, taking the year of its
    # January (gold_blind70, gold_blind103); "in March 2012", "ran for 11 days" P11D; "within
    # a week of being received" -> "a week" P1W. Not annotated: "the average monthly
    # residential bill" (an adjective naming the period of a figure, like "its usual monthly
    # total" in gold_blind103), "two evening sessions" (a kind of session), "EB-2014-0219"
    # (a file number holding 2014 and 0219), "1-888-555-2015", "purb.ca", "7.9 per cent"
    # (twice), "4.5 per cent", "3.1 per cent", "11 per cent", "$9.40", "$48-million",
    # "1,400 pages", "Crown utility".
    "northshore-hydro-rate-hearing-notice": (
        "2014-10-24",
        [
            ("Jan. 12", "DATE", "2015-01-12"),
            ("Dec. 5", "DATE", "2014-12-05"),
            ("October 24, 2014", "DATE", "2014-10-24"),
            ("October 24, 2014", "DATE", "2014-10-24"),
            ("6:04 PM EDT", "TIME", "2014-10-24T18:04"),
            ("six weeks", "DURATION", "P6W"),
            ("Thursday", "DATE", "2014-10-23"),
            ("4:30 p.m.", "TIME", "2014-12-05T16:30"),
            ("Dec. 5", "DATE", "2014-12-05"),
            ("Nov. 7", "DATE", "2014-11-07"),
            ("Jan. 12", "DATE", "2015-01-12"),
            ("about two weeks", "DURATION", "P2W"),
            ("the end of March", "DATE", "2015-03"),
            ("April 1", "DATE", "2015-04-01"),
            ("Sept. 30", "DATE", "2014-09-30"),
            ("next year", "DATE", "2015"),
            ("2016", "DATE", "2016"),
            ("2012", "DATE", "2012"),
            ("fiscal 2016", "DATE", "FY2016"),
            ("April 2015", "DATE", "2015-04"),
            ("March 2016", "DATE", "2016-03"),
            ("six weeks", "DURATION", "P6W"),
            ("eight weeks", "DURATION", "P8W"),
            ("2012", "DATE", "2012"),
            ("at least 30 days", "DURATION", "P30D"),
            ("7 p.m.", "TIME", "2015-01-14T19:00"),
            ("Jan. 14", "DATE", "2015-01-14"),
            ("Jan. 15", "DATE", "2015-01-15"),
            ("Wednesday", "DATE", "2014-10-22"),
            ("the 1960s", "DATE", "196"),
            ("last winter", "DATE", "2014-WI"),
            ("Tuesday", "DATE", "2014-10-21"),
            ("the three months", "DURATION", "P3M"),
            ("Sept. 30", "DATE", "2014-09-30"),
            ("its fiscal second quarter", "DATE", "FY2015-Q2"),
            ("a year earlier", "DATE", "FY2014-Q2"),
            ("March 2012", "DATE", "2012-03"),
            ("11 days", "DURATION", "P11D"),
            ("a week", "DURATION", "P1W"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
