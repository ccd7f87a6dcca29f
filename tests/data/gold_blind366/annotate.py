"""Annotations of the three-hundred-and-sixty-sixth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind366/annotate.py [--show]

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
    # Monday 2012-07-09 (ISO week 28), Indian national daily's website (The Hindu style),
    # section label, headline, deck, byline, dateline "BHUBANESWAR, July 9, 2012" and stamp
    # "Updated: July 9, 2012 23:18 IST" (a DATE each, the clock time a TIME with the zone in
    # the span, gold_blind63). Indian English names the publication day "on Monday" (the
    # reshuffle, 2012-07-09) and "Monday evening" 2012-07-09TEV; "Monday last" (post-posed
    # "last", one span) in a Monday paper is the Monday of the week before, 2012-07-02
    # (gold_blind9), so the story holds two Mondays. Future: the swearing-in "at 11 a.m. on
    # Tuesday" (deck and body) 2012-07-10T11:00 and 2012-07-10, the session "begins on
    # Wednesday" 2012-07-11, "Wednesday morning" 2012-07-11TMO, portfolios "by Thursday"
    # 2012-07-12 (deck and body). Past: "on Saturday" 2012-07-07, "in February" 2012-02,
    # "February 20" to "March 30" of the previous session 2012-02-20 and 2012-03-30. "the
    # first major reshuffle ... in more than three years" DURATION P3Y (the period of a "first
    # in", gold_blind103); "two days before the monsoon session" P2D (an anchored duration);
    # "the past fortnight" P2W (gold_blind9); "three days" P3D. "in 2014 ... due that year":
    # "that year" DATE 2014, a narrative anchor on the year just named (like "That winter" in
    # gold_blind103); "five-year" P5Y; "May 2014" 2014-05; "the 1990s" 199. The Cabinet's
    # weekly meeting "every Wednesday at 4 p.m." -> SET XXXX-WXX-3 and TIME XXXX-XX-XXT16:00,
    # the House "at 10.30 a.m. daily" -> TIME XXXX-XX-XXT10:30 and SET P1D (hours of a
    # recurring sitting, gold_blind28, gold_blind54). "within a week" P1W; "a week too late and
    # three years too late" P1W and P3Y (the size of a delay, like "a year later than the
    # board proposed", gold_blind35); "Six months is enough time" P6M; "later this year" 2012.
    # Not annotated: "the monsoon session" and "the Budget session" (sessions named by a
    # season of no value shape and by an event; the session's days are annotated), "the
    # previous session", "while the Assembly is in session", "a second term", "first-time
    # MLA", "for the first time", "Odisha Vision 2025" (a Bill's name), "Rs.1,947 crore", "18
    # sittings", "103 seats", "147-member", the ages "67" and "34".
    "bhubaneswar-cabinet-reshuffle-monsoon-session": (
        "2012-07-09",
        [
            ("11 a.m.", "TIME", "2012-07-10T11:00"),
            ("Tuesday", "DATE", "2012-07-10"),
            ("Thursday", "DATE", "2012-07-12"),
            ("July 9, 2012", "DATE", "2012-07-09"),
            ("July 9, 2012", "DATE", "2012-07-09"),
            ("23:18 IST", "TIME", "2012-07-09T23:18"),
            ("Monday", "DATE", "2012-07-09"),
            ("more than three years", "DURATION", "P3Y"),
            ("two days", "DURATION", "P2D"),
            ("Wednesday", "DATE", "2012-07-11"),
            ("11 a.m.", "TIME", "2012-07-10T11:00"),
            ("Tuesday", "DATE", "2012-07-10"),
            ("Monday evening", "TIME", "2012-07-09TEV"),
            ("February", "DATE", "2012-02"),
            ("the past fortnight", "DURATION", "P2W"),
            ("Saturday", "DATE", "2012-07-07"),
            ("three days", "DURATION", "P3D"),
            ("May 2009", "DATE", "2009-05"),
            ("Monday last", "DATE", "2012-07-02"),
            ("Six months", "DURATION", "P6M"),
            ("2014", "DATE", "2014"),
            ("that year", "DATE", "2014"),
            ("five-year", "DURATION", "P5Y"),
            ("May 2014", "DATE", "2014-05"),
            ("the 1990s", "DATE", "199"),
            ("Thursday", "DATE", "2012-07-12"),
            ("Wednesday morning", "TIME", "2012-07-11TMO"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("August 3", "DATE", "2012-08-03"),
            ("10.30 a.m.", "TIME", "XXXX-XX-XXT10:30"),
            ("daily", "SET", "P1D"),
            ("February 20", "DATE", "2012-02-20"),
            ("March 30", "DATE", "2012-03-30"),
            ("a week", "DURATION", "P1W"),
            ("a week", "DURATION", "P1W"),
            ("three years", "DURATION", "P3Y"),
            ("later this year", "DATE", "2012"),
        ],
    ),
    # Tuesday 2015-06-16 (ISO week 25), British national daily's website (The Guardian style),
    # section label, headline ("until September" 2015-09), standfirst, byline and date line
    # "Tuesday 16 June 2015 19.42 BST" (a DATE with its weekday and a TIME, gold_blind63).
    # Invented party ("Common Ground"). The executive met "on Tuesday evening" 2015-06-16TEV
    # and the party spoke "on Tuesday"; the launch "on Monday night" 2015-06-15TNI; "tomorrow
    # morning" 2015-06-17TMO. The timetable: "at 9am on Thursday" 2015-06-18T09:00 and
    # 2015-06-18 (standfirst "on Thursday" too); "at noon on Monday 29 June" 2015-06-29T12:00
    # and the DATE; "until 5pm on Friday 17 July"; "by 8 July"; hustings "every Saturday from
    # 11 July to 22 August" -> SET XXXX-WXX-6 and two DATEs (a SET and the DATE after "from"
    # two TIMEX3, gold_blind54); "from 24 August"; "at noon on Thursday 10 September"; "two
    # days later, on Saturday 12 September" -> "two days later" 2015-09-12 anchored on the
    # narrative's last date (gold_blind103's "two days later"), then the DATE; "the end of
    # September" 2015-09; "next month" 2015-07. "on 7 May" 2015-05-07 and "the next day"
    # 2015-05-08 (gold_blind54); "the past five weeks" P5W; "almost three months" P3M; "We've
    # lost a month" P1M; "Every week ... is a week" SET P1W and DURATION P1W; "the last five
    # years" P5Y; "2010" and "less than a fortnight" P2W; "2005"; "last month" 2015-05; "within
    # 100 days of winning" P100D (an anchored duration); "7 May 2020"; "daily" SET P1D. Not
    # annotated: "its summer break" (a parliamentary holiday, like "the summer recess" in
    # gold_blind25; its end "7 September" is annotated), "polling day" (a day named by an
    # event, gold_blind75), "the same date" (anaphoric), "until the result is declared",
    # "Fixed-term", "commonground.org.uk/leader2015" (a web address holding a year), "first
    # elected", "20%", "£3", "11 seats", "12 regions", "4,000", "38,500", the age "44".
    "common-ground-leadership-timetable": (
        "2015-06-16",
        [
            ("September", "DATE", "2015-09"),
            ("Thursday", "DATE", "2015-06-18"),
            ("next month", "DATE", "2015-07"),
            ("12 September", "DATE", "2015-09-12"),
            ("Tuesday 16 June 2015", "DATE", "2015-06-16"),
            ("19.42 BST", "TIME", "2015-06-16T19:42"),
            ("almost three months", "DURATION", "P3M"),
            ("Tuesday evening", "TIME", "2015-06-16TEV"),
            ("7 May", "DATE", "2015-05-07"),
            ("the next day", "DATE", "2015-05-08"),
            ("the past five weeks", "DURATION", "P5W"),
            ("9am", "TIME", "2015-06-18T09:00"),
            ("Thursday", "DATE", "2015-06-18"),
            ("noon", "TIME", "2015-06-29T12:00"),
            ("Monday 29 June", "DATE", "2015-06-29"),
            ("5pm", "TIME", "2015-07-17T17:00"),
            ("Friday 17 July", "DATE", "2015-07-17"),
            ("8 July", "DATE", "2015-07-08"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("11 July", "DATE", "2015-07-11"),
            ("22 August", "DATE", "2015-08-22"),
            ("24 August", "DATE", "2015-08-24"),
            ("noon", "TIME", "2015-09-10T12:00"),
            ("Thursday 10 September", "DATE", "2015-09-10"),
            ("two days later", "DATE", "2015-09-12"),
            ("Saturday 12 September", "DATE", "2015-09-12"),
            ("the end of September", "DATE", "2015-09"),
            ("7 September", "DATE", "2015-09-07"),
            ("a month", "DURATION", "P1M"),
            ("Every week", "SET", "P1W"),
            ("a week", "DURATION", "P1W"),
            ("the last five years", "DURATION", "P5Y"),
            ("2010", "DATE", "2010"),
            ("less than a fortnight", "DURATION", "P2W"),
            ("Tuesday", "DATE", "2015-06-16"),
            ("2005", "DATE", "2005"),
            ("last month", "DATE", "2015-05"),
            ("Monday night", "TIME", "2015-06-15TNI"),
            ("100 days", "DURATION", "P100D"),
            ("tomorrow morning", "TIME", "2015-06-17TMO"),
            ("7 May 2020", "DATE", "2020-05-07"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Wednesday 2013-04-24 (ISO week 17), Canadian national daily's website (Globe and Mail
    # style), section label, headline, byline, "WINNIPEG — The Globe and Mail" dateline and
    # stamps "Published Wednesday, Apr. 24 2013, 6:02 PM EDT" and "Last updated Wednesday,
    # Apr. 24 2013, 9:41 PM EDT" (a DATE with its weekday and a TIME each, gold_blind41).
    # Invented parties and people. The vote "on Wednesday" 2013-04-24 "at 5:45 p.m."; the
    # House leader "said on Wednesday" the same day. Past: "Monday afternoon" 2013-04-22TAF,
    # "said Tuesday night" 2013-04-23TNI, "last October" 2012-10 (possessive left out), "since
    # Nov. 6" 2012-11-06, "last week" 2013-W16, "Over the weekend" 2013-W16-WE (20-21 April).
    # Future: "3 p.m. on Tuesday, April 30" 2013-04-30T15:00 and the DATE with its weekday (one
    # span, gold_blind35), "by May 14", "the evening of April 30" one TIME 2013-04-30TEV
    # (gold_blind28), "June 13", "into July" 2013-07, "10 a.m. Thursday" 2013-04-25T10:00 and
    # 2013-04-25. "until at least the fall" -> "at least the fall" 2013-FA (the modifier kept
    # like "at least March", gold_blind35); "over the summer" and "this summer" 2013-SU. The
    # Manitoba fiscal year runs April-March, named by the year it ends: "the 2013-14 fiscal
    # year" FY2014, "March 31, 2014" its own DATE (gold_blind49, gold_blind77). "since 1988"
    # and "elected in 1988" 1988; "about two years" P2Y; "less than three weeks" P3W; "six
    # days" P6D; "two years" P2Y; "11 years" P11Y; "six months" P6M. The weekly sittings "from
    # Monday to Thursday" -> the ends of the weekday range SETs XXXX-WXX-1 and XXXX-WXX-4, "at
    # 1:30 p.m. each day" TIME XXXX-XX-XXT13:30 and SET P1D (gold_blind76, gold_blind90). Not
    # annotated: "The spring sitting" (a sitting named by a season, like "the summer recess",
    # gold_blind25; its end "June 13" is annotated), "29 to 27", "two-page", "26 of the
    # legislature's 57 seats", "25", "38 per cent", "36 per cent", "Bill 20", "Highway 75", the
    # age "52", "since the election" (event-named).
    "winnipeg-minority-throne-speech-vote": (
        "2013-04-24",
        [
            ("Wednesday, Apr. 24 2013", "DATE", "2013-04-24"),
            ("6:02 PM EDT", "TIME", "2013-04-24T18:02"),
            ("Wednesday, Apr. 24 2013", "DATE", "2013-04-24"),
            ("9:41 PM EDT", "TIME", "2013-04-24T21:41"),
            ("1988", "DATE", "1988"),
            ("Wednesday", "DATE", "2013-04-24"),
            ("less than three weeks", "DURATION", "P3W"),
            ("5:45 p.m.", "TIME", "2013-04-24T17:45"),
            ("six days", "DURATION", "P6D"),
            ("Monday afternoon", "TIME", "2013-04-22TAF"),
            ("at least the fall", "DATE", "2013-FA"),
            ("two years", "DURATION", "P2Y"),
            ("the summer", "DATE", "2013-SU"),
            ("the 2013-14 fiscal year", "DATE", "FY2014"),
            ("March 31, 2014", "DATE", "2014-03-31"),
            ("3 p.m.", "TIME", "2013-04-30T15:00"),
            ("Tuesday, April 30", "DATE", "2013-04-30"),
            ("May 14", "DATE", "2013-05-14"),
            ("11 years", "DURATION", "P11Y"),
            ("last October", "DATE", "2012-10"),
            ("Tuesday night", "TIME", "2013-04-23TNI"),
            ("six months", "DURATION", "P6M"),
            ("Nov. 6", "DATE", "2012-11-06"),
            ("the evening of April 30", "TIME", "2013-04-30TEV"),
            ("1988", "DATE", "1988"),
            ("about two years", "DURATION", "P2Y"),
            ("last week", "DATE", "2013-W16"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Thursday", "SET", "XXXX-WXX-4"),
            ("1:30 p.m.", "TIME", "XXXX-XX-XXT13:30"),
            ("each day", "SET", "P1D"),
            ("June 13", "DATE", "2013-06-13"),
            ("Wednesday", "DATE", "2013-04-24"),
            ("July", "DATE", "2013-07"),
            ("10 a.m.", "TIME", "2013-04-25T10:00"),
            ("Thursday", "DATE", "2013-04-25"),
            ("the weekend", "DATE", "2013-W16-WE"),
            ("this summer", "DATE", "2013-SU"),
        ],
    ),
    # Thursday 2014-05-22 (ISO week 21), financial wire (Reuters style), "UPDATE 2-" headline,
    # stamp "Thu May 22, 2014 3:11am EDT" (a DATE and a TIME, the zone in the span), bullet
    # summary, byline, "WELLINGTON, May 22 (Reuters) -" dateline (the day of the wire, DATE)
    # and credit line. Invented minister, spokeswoman and figures. New Zealand's fiscal year
    # runs July-June and is named by the year it ends: "2014/15" (bullet) and "the 2014/15
    # fiscal year" FY2015, "2017/18" FY2018, "2015/16" FY2016 (one span each, gold_blind77),
    # "the current fiscal year, which ends on June 30" FY2014 plus 2014-06-30; "in the year to
    # June 2015" -> "the year" FY2015 (the fiscal year, as the text says it ends in June) and
    # "June 2015" 2015-06, split at "to" (gold_blind93). "a year early" (headline) and "a year
    # earlier than it had projected" DURATION P1Y (the size of a shift, gold_blind54); "in
    # December" 2013-12 (past). "on Thursday" and "Today" 2014-05-22; "at 2 p.m. (0200 GMT)"
    # two TIMEs 2014-05-22T14:00 and 2014-05-22T02:00 (the GMT clock kept, gold_blind54).
    # "now" PRESENT_REF; "Six years ago" 2008 (the unit's granularity); "a decade of deficits"
    # P10Y; "this year" 2014 (bullet and body); "since 2007" 2007 (twice); "in 2016"; "by 2020";
    # "over four years" P4Y; "from Oct. 1" 2014-10-01; "from July 1" 2014-07-01; "on April 1
    # next year" one span 2015-04-01 (a post-posed year, gold_blind49's "Jan. 12 last
    # year"); "every year since 2011" SET P1Y plus DATE 2011 (gold_blind54); "by Dec. 20"
    # 2014-12-20; "the coming weeks" PXW; "a three-year high" -> "three-year" P3Y (the period
    # of a superlative, adjectival); "since March" 2014-03; "June 12" and "June 19"; "last
    # week" 2014-W20; "the first quarter" 2014-Q1 (calendar quarter: GDP figures); "the three
    # months to December" -> "the three months" P3M and "December" 2013-12 (gold_blind74).
    # Not annotated: "an annual cost" (an adjective naming the period of a figure, like "its
    # usual monthly total", gold_blind103), "quarter-point" (a quarter of a percentage point),
    # "then" (anaphoric), "his sixth budget", "UPDATE 2", "NZ$640 mln", "3.6 pct", "86.20 U.S.
    # cents", "85.90 cents", "26.1 percent", "2.5 percent", "0.9 percent", the age "13".
    "new-zealand-budget-surplus-forecast": (
        "2014-05-22",
        [
            ("a year", "DURATION", "P1Y"),
            ("Thu May 22, 2014", "DATE", "2014-05-22"),
            ("3:11am EDT", "TIME", "2014-05-22T03:11"),
            ("2014/15", "DATE", "FY2015"),
            ("this year", "DATE", "2014"),
            ("2007", "DATE", "2007"),
            ("later this year", "DATE", "2014"),
            ("May 22", "DATE", "2014-05-22"),
            ("Thursday", "DATE", "2014-05-22"),
            ("the year", "DATE", "FY2015"),
            ("June 2015", "DATE", "2015-06"),
            ("a year", "DURATION", "P1Y"),
            ("December", "DATE", "2013-12"),
            ("2 p.m.", "TIME", "2014-05-22T14:00"),
            ("0200 GMT", "TIME", "2014-05-22T02:00"),
            ("the 2014/15 fiscal year", "DATE", "FY2015"),
            ("2017/18", "DATE", "FY2018"),
            ("the current fiscal year", "DATE", "FY2014"),
            ("June 30", "DATE", "2014-06-30"),
            ("now", "DATE", "PRESENT_REF"),
            ("Six years ago", "DATE", "2008"),
            ("a decade", "DURATION", "P10Y"),
            ("Today", "DATE", "2014-05-22"),
            ("this year", "DATE", "2014"),
            ("2007", "DATE", "2007"),
            ("2016", "DATE", "2016"),
            ("2015/16", "DATE", "FY2016"),
            ("2020", "DATE", "2020"),
            ("four years", "DURATION", "P4Y"),
            ("Oct. 1", "DATE", "2014-10-01"),
            ("July 1", "DATE", "2014-07-01"),
            ("April 1 next year", "DATE", "2015-04-01"),
            ("every year", "SET", "P1Y"),
            ("2011", "DATE", "2011"),
            ("Dec. 20", "DATE", "2014-12-20"),
            ("the coming weeks", "DURATION", "PXW"),
            ("three-year", "DURATION", "P3Y"),
            ("March", "DATE", "2014-03"),
            ("June 12", "DATE", "2014-06-12"),
            ("last week", "DATE", "2014-W20"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("June 19", "DATE", "2014-06-19"),
            ("the three months", "DURATION", "P3M"),
            ("December", "DATE", "2013-12"),
        ],
    ),
    # Friday 2012-09-28 (ISO week 39), Irish national daily's website, headline, standfirst,
    # byline and stamp "Fri, Sep 28, 2012, 17:05" (a DATE with its abbreviated weekday and a
    # TIME). Invented constituency, islands, people and paper; the Dáil and the Taoiseach
    # named as institutions only. Polling day is the publication day: "at 7am today",
    # "10pm", "by 4pm" 2012-09-28T07:00, T22:00, T16:00. The count "at 9am tomorrow"
    # (standfirst and body) 2012-09-29T09:00 and 2012-09-29; "late afternoon", "early
    # afternoon" and "early evening" are parts of that day, 2012-09-29TAF and TEV (the
    # modifiers kept); the shifts "from 8am to 4pm and from 4pm" are clock times of the count
    # day. "yesterday" 2012-09-27 and "last night" (twice) its night 2012-09-27TNI
    # (gold_blind103). Past weekdays: "on Monday and again on Wednesday" 2012-09-24 and
    # 2012-09-26, "Wednesday evening" 2012-09-26TEV, "since Sunday" 2012-09-23. Future: the
    # recount "on Sunday" 2012-09-30 and the Dáil "sits on Tuesday" 2012-10-02. "Wednesday 5
    # September" and "noon on Tuesday 11 September" (a weekday and date one span); "that
    # evening" after it 2012-09-11TEV (a narrative anchor, gold_blind8); "less than three
    # weeks" P3W; "in June" 2012-06, "in July" 2012-07, "in December" 2012-12 (ahead);
    # "14 years" P14Y; "since 1994" and "two days" P2D; "18 months" P18M; "every weekend" SET
    # XXXX-WXX-WE; "the past three weeks" P3W; "the past fortnight" P2W; "a week before" P1W
    # (an anchored duration); "the 2011 general election" 2011 (an adjectival year). Not
    # annotated: "polls", "the first count" (an ordinal count, not a time), "around the clock",
    # "until the count ends", "since the writ was moved" (event-named), "the Connacht Weekly"
    # (a paper), "094 903 1994" (a phone number holding 1994, beside the annotated "1994"),
    # "20 per cent", "27 per cent", "47 per cent", "31", "15,400", "20,000", the age "29".
    "kilbride-north-by-election-polling-day": (
        "2012-09-28",
        [
            ("9am", "TIME", "2012-09-29T09:00"),
            ("tomorrow", "DATE", "2012-09-29"),
            ("late afternoon", "TIME", "2012-09-29TAF"),
            ("Fri, Sep 28, 2012", "DATE", "2012-09-28"),
            ("17:05", "TIME", "2012-09-28T17:05"),
            ("7am", "TIME", "2012-09-28T07:00"),
            ("today", "DATE", "2012-09-28"),
            ("10pm", "TIME", "2012-09-28T22:00"),
            ("4pm", "TIME", "2012-09-28T16:00"),
            ("yesterday", "DATE", "2012-09-27"),
            ("last night", "TIME", "2012-09-27TNI"),
            ("9am", "TIME", "2012-09-29T09:00"),
            ("tomorrow", "DATE", "2012-09-29"),
            ("early afternoon", "TIME", "2012-09-29TAF"),
            ("early evening", "TIME", "2012-09-29TEV"),
            ("8am", "TIME", "2012-09-29T08:00"),
            ("4pm", "TIME", "2012-09-29T16:00"),
            ("4pm", "TIME", "2012-09-29T16:00"),
            ("June", "DATE", "2012-06"),
            ("14 years", "DURATION", "P14Y"),
            ("Wednesday 5 September", "DATE", "2012-09-05"),
            ("noon", "TIME", "2012-09-11T12:00"),
            ("Tuesday 11 September", "DATE", "2012-09-11"),
            ("that evening", "TIME", "2012-09-11TEV"),
            ("less than three weeks", "DURATION", "P3W"),
            ("1994", "DATE", "1994"),
            ("two days", "DURATION", "P2D"),
            ("18 months", "DURATION", "P18M"),
            ("July", "DATE", "2012-07"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("Monday", "DATE", "2012-09-24"),
            ("Wednesday", "DATE", "2012-09-26"),
            ("last night", "TIME", "2012-09-27TNI"),
            ("the past three weeks", "DURATION", "P3W"),
            ("Wednesday evening", "TIME", "2012-09-26TEV"),
            ("the past fortnight", "DURATION", "P2W"),
            ("Sunday", "DATE", "2012-09-23"),
            ("Sunday", "DATE", "2012-09-30"),
            ("Tuesday", "DATE", "2012-10-02"),
            ("a week", "DURATION", "P1W"),
            ("December", "DATE", "2012-12"),
            ("2011", "DATE", "2011"),
        ],
    ),
    # Saturday 2015-10-17 (ISO week 42), US wire (AP style), headline, byline, stamp "Oct. 17,
    # 2015 1:12 PM EDT" (a DATE and a TIME), "KOSTEL, Varenia (AP) —" dateline. Invented
    # country, parties and people. "signed ... Saturday" and "early Saturday" 2015-10-17
    # (the day of the wire, "early Friday" in gold_blind103 a DATE), "at 4:30 a.m." that day
    # 2015-10-17T04:30 after "Friday night" 2015-10-16TNI (gold_blind54's small hours after a
    # named night). Future: the vote "on Tuesday" 2015-10-20, sworn in "as early as Wednesday"
    # 2015-10-21 ("as early as" a signal like "as soon as", gold_blind41), hand over "on
    # Wednesday" 2015-10-21, "until Oct. 31" 2015-10-31, "January" 2016-01, "the end of
    # November" 2015-11. Past: "this week" 2015-W42; "On Thursday" 2015-10-15, "that evening"
    # 2015-10-15TEV and "The next day" 2015-10-16 anchored on it (gold_blind54); "an Aug. 20
    # election" 2015-08-20; "in June" 2015-06; "in September" 2015-09. "58 days" (headline and
    # lead) P58D; "four years, not four months" P4Y and P4M; "several hours" PTXH
    # (gold_blind39); "over 10 years starting in 2017" P10Y and 2017; "by 2019" and "a year
    # later" P1Y (the size of a delay, gold_blind35); "a 2016 budget" 2016 and "the 1993
    # constitution" 1993 (adjectival years); "every Monday at 9 a.m." SET XXXX-WXX-1 and TIME
    # XXXX-XX-XXT09:00; "after two years" P2Y; "the next two years" P2Y; "since 1991" and "71
    # days" P71D; "the second quarter from a year earlier" 2015-Q2 and 2014-Q2; "the past
    # decade" P10Y; "autumn 2019" 2019-FA. Not annotated: "Alliance 21" (a party's name),
    # "Article 88", "94-page", "90 percent", "63 to 65" (ages of retirement), "61 of
    # parliament's 150 seats", "38", "5 percent", "0.4 percent", "11.2 percent", "for the
    # first time", "caretaker", "since his resignation" (event-named), the age "47".
    "varenia-coalition-deal-signed": (
        "2015-10-17",
        [
            ("58 days", "DURATION", "P58D"),
            ("Oct. 17, 2015", "DATE", "2015-10-17"),
            ("1:12 PM EDT", "TIME", "2015-10-17T13:12"),
            ("Saturday", "DATE", "2015-10-17"),
            ("58 days", "DURATION", "P58D"),
            ("Aug. 20", "DATE", "2015-08-20"),
            ("4:30 a.m.", "TIME", "2015-10-17T04:30"),
            ("Friday night", "TIME", "2015-10-16TNI"),
            ("Tuesday", "DATE", "2015-10-20"),
            ("Wednesday", "DATE", "2015-10-21"),
            ("early Saturday", "DATE", "2015-10-17"),
            ("four years", "DURATION", "P4Y"),
            ("four months", "DURATION", "P4M"),
            ("this week", "DATE", "2015-W42"),
            ("Thursday", "DATE", "2015-10-15"),
            ("several hours", "DURATION", "PTXH"),
            ("that evening", "TIME", "2015-10-15TEV"),
            ("The next day", "DATE", "2015-10-16"),
            ("10 years", "DURATION", "P10Y"),
            ("2017", "DATE", "2017"),
            ("2019", "DATE", "2019"),
            ("a year", "DURATION", "P1Y"),
            ("2016", "DATE", "2016"),
            ("the end of November", "DATE", "2015-11"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("two years", "DURATION", "P2Y"),
            ("the next two years", "DURATION", "P2Y"),
            ("1993", "DATE", "1993"),
            ("June", "DATE", "2015-06"),
            ("Wednesday", "DATE", "2015-10-21"),
            ("Oct. 31", "DATE", "2015-10-31"),
            ("January", "DATE", "2016-01"),
            ("1991", "DATE", "1991"),
            ("71 days", "DURATION", "P71D"),
            ("the second quarter", "DATE", "2015-Q2"),
            ("a year earlier", "DATE", "2014-Q2"),
            ("September", "DATE", "2015-09"),
            ("the past decade", "DURATION", "P10Y"),
            ("autumn 2019", "DATE", "2019-FA"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
