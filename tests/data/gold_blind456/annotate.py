"""Annotations of blind gold set 456, chosen by hand before the tagger ran.

    python tests/data/gold_blind456/annotate.py [--show]

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
    # Saturday 2016-09-03 (ISO week 35), English edition of a Spanish daily, a Q&A explainer
    # after a failed investiture vote: section label, headline, standfirst, byline, stamp
    # "Madrid 3 SEP 2016 - 11:32 CEST" (DATE and TIME, the zone in the span and not in the
    # value, gold_blind36, gold_blind87). The second vote was "last night", Friday night
    # 2016-09-02TNI (the question heading and "last night's vote", possessive left out); the
    # first "On Wednesday" 2016-08-31 (past); the speaker "said on Friday" 2016-09-02 (past).
    # "within two months of the first one" -> "two months" P2M, an anchored duration
    # (gold_blind35), likewise the standfirst's "two months" and the box's "two months after
    # the first vote". "the 1978 Constitution" -> "1978", an adjectival year (gold_blind18's
    # "the 1991 constitution"). The election chain: "October 31st" 2016-10-31, "the next
    # day" 2016-11-01 (anchored on the narrative's last date, gold_blind32, gold_blind54), "54
    # days later" DATE 2016-12-25 (an "N later" on that anchor, at the unit's granularity,
    # gold_blind28, gold_blind75), "Sunday, December 25th" one span, "Christmas Day"
    # 2016-12-25 (also in the headline). "December 20th last year" one DATE span 2015-12-20
    # (like "14 June last year", gold_blind52); "June 26th" 2016-06-26; "more than 250 days"
    # P250D; "six months" P6M (the two elections fell within it). "early October" 2016-10;
    # "every Friday morning" SET XXXX-WXX-5TMO; "Spain's 2017 draft budget" and the box's "2017
    # budget plan" -> "2017" (adjectival years); "July" 2016-07 (past); "by 2018" -> "2018";
    # "last year" 2015. "early this morning" 2016-09-03TMO, the meeting "until about 2am" that
    # night, 2016-09-03T02:00 (a clock time after midnight takes the new day, gold_blind75).
    # KEY DATES labels are DATEs like the body's; "third general election in a year" -> "a
    # year" DURATION P1Y, the period of an "Nth in" (gold_blind75, gold_blind103). Not
    # annotated: "Article 99", "168 votes to 181", "one abstention", "176 of the 350
    # deputies", "137 seats", "85", "3% of GDP", "5.1%", "a third time" and "his second
    # investiture vote" (ordinals of events), "the first one" (anaphoric), "polling takes
    # place" (an event), "as many times as it takes", "the date".
    "spain-investiture-second-defeat-qa": (
        "2016-09-03",
        [
            ("Christmas Day", "DATE", "2016-12-25"),
            ("two months", "DURATION", "P2M"),
            ("3 SEP 2016", "DATE", "2016-09-03"),
            ("11:32 CEST", "TIME", "2016-09-03T11:32"),
            ("last night", "TIME", "2016-09-02TNI"),
            ("Wednesday", "DATE", "2016-08-31"),
            ("last night", "TIME", "2016-09-02TNI"),
            ("1978", "DATE", "1978"),
            ("two months", "DURATION", "P2M"),
            ("Wednesday", "DATE", "2016-08-31"),
            ("October 31st", "DATE", "2016-10-31"),
            ("October 31st", "DATE", "2016-10-31"),
            ("the next day", "DATE", "2016-11-01"),
            ("54 days later", "DATE", "2016-12-25"),
            ("Sunday, December 25th", "DATE", "2016-12-25"),
            ("Christmas Day", "DATE", "2016-12-25"),
            ("six months", "DURATION", "P6M"),
            ("December 20th last year", "DATE", "2015-12-20"),
            ("June 26th", "DATE", "2016-06-26"),
            ("more than 250 days", "DURATION", "P250D"),
            ("Friday", "DATE", "2016-09-02"),
            ("September 25th", "DATE", "2016-09-25"),
            ("early October", "DATE", "2016-10"),
            ("every Friday morning", "SET", "XXXX-WXX-5TMO"),
            ("2017", "DATE", "2017"),
            ("October 15th", "DATE", "2016-10-15"),
            ("July", "DATE", "2016-07"),
            ("2018", "DATE", "2018"),
            ("last year", "DATE", "2015"),
            ("early this morning", "TIME", "2016-09-03TMO"),
            ("about 2am", "TIME", "2016-09-03T02:00"),
            ("September 25th", "DATE", "2016-09-25"),
            ("October 15th", "DATE", "2016-10-15"),
            ("2017", "DATE", "2017"),
            ("October 31st", "DATE", "2016-10-31"),
            ("two months", "DURATION", "P2M"),
            ("December 25th", "DATE", "2016-12-25"),
            ("a year", "DURATION", "P1Y"),
        ],
    ),
    # Friday 2016-10-21 (ISO week 42), Reuters-style Brussels wire on an EU summit, headline,
    # "BRUSSELS, Oct 21 (Reuters) -" dateline (the publication day), credit line. Brussels
    # was on CEST (UTC+2) until 30 October: "about 4:40 a.m. (0240 GMT)" and "3 p.m. (1300
    # GMT)" are two TIMEs each, the zone in the span and not in the value (gold_blind28,
    # gold_blind54). "the early hours of Friday" one DATE span 2016-10-21 (gold_blind54,
    # gold_blind103); the dinner "began on Thursday evening" 2016-10-20TEV and "ran past
    # midnight" -> "midnight" the midnight ending Thursday, 2016-10-20T24:00 (gold_blind75,
    # gold_blind103; "past" a signal); "at 6 a.m." and "at 10:30 a.m." are clock times of the
    # wire's day; "at dawn" (the diplomat's) is Friday's dawn, TIME 2016-10-21TMO
    # (gold_blind26, gold_blind53, gold_blind77). "14-hour" (headline) and "two-day" are
    # adjectival DURATIONs; "almost 14 hours" PT14H. "within six weeks" -> "six weeks" P6W;
    # "every three months" SET P3M; "the end of June 2017" the month's value (gold_blind77).
    # "Last year" 2015 and "between July and November" 2015-07 and 2015-11 (the months of
    # that year); "September" 2016-09. "the bloc's 2014-2020 budget" -> "2014" and "2020", a
    # year range annotated at its two ends (gold_blind31, gold_blind103). "nearly three years"
    # P3Y. "until Dec 31" 2016-12-31, "on Jan 1" 2017-01-01, "the first half of 2017" 2017-H1,
    # "early February" 2017-02 (future). "Friday's session" -> "Friday" (the wire's day),
    # "by 1 p.m.", "mid-afternoon" TIME 2016-10-21TAF (gold_blind56, gold_blind57).
    # "in March" 2016-03 (past) and "for six months" P6M; the G20 meeting "on Saturday"
    # 2016-10-22; "Dec 15 and 16" -> "Dec 15" and "16", the bare day its own DATE (gold_blind77's
    # "11 and 12 October"). Not annotated: "the highest monthly figure" (the adjective names
    # the period of a figure, not a recurrence, like "its usual monthly total" in
    # gold_blind103), "regulation 1225/2009" (a regulation number, gold_blind88), "G20",
    # "2.4 billion euro", "27,384", "more than a million", "800 million euros", "two eastern
    # member states", "the closing session", "the rotating presidency" (an institutional
    # period, like a parliamentary session in gold_blind77; its dates are annotated).
    "eu-summit-migration-fund-14-hour-talks": (
        "2016-10-21",
        [
            ("14-hour", "DURATION", "PT14H"),
            ("December", "DATE", "2016-12"),
            ("Oct 21", "DATE", "2016-10-21"),
            ("the early hours of Friday", "DATE", "2016-10-21"),
            ("almost 14 hours", "DURATION", "PT14H"),
            ("December", "DATE", "2016-12"),
            ("about 4:40 a.m.", "TIME", "2016-10-21T04:40"),
            ("0240 GMT", "TIME", "2016-10-21T02:40"),
            ("Thursday evening", "TIME", "2016-10-20TEV"),
            ("midnight", "TIME", "2016-10-20T24:00"),
            ("6 a.m.", "TIME", "2016-10-21T06:00"),
            ("two-day", "DURATION", "P2D"),
            ("10:30 a.m.", "TIME", "2016-10-21T10:30"),
            ("six weeks", "DURATION", "P6W"),
            ("every three months", "SET", "P3M"),
            ("the end of June 2017", "DATE", "2017-06"),
            ("September", "DATE", "2016-09"),
            ("2015", "DATE", "2015"),
            ("Last year", "DATE", "2015"),
            ("July", "DATE", "2015-07"),
            ("November", "DATE", "2015-11"),
            ("2020", "DATE", "2020"),
            ("2014", "DATE", "2014"),
            ("2020", "DATE", "2020"),
            ("November 2013", "DATE", "2013-11"),
            ("nearly three years", "DURATION", "P3Y"),
            ("dawn", "TIME", "2016-10-21TMO"),
            ("Dec 31", "DATE", "2016-12-31"),
            ("Jan 1", "DATE", "2017-01-01"),
            ("the first half of 2017", "DATE", "2017-H1"),
            ("early February", "DATE", "2017-02"),
            ("Friday", "DATE", "2016-10-21"),
            ("1 p.m.", "TIME", "2016-10-21T13:00"),
            ("mid-afternoon", "TIME", "2016-10-21TAF"),
            ("March", "DATE", "2016-03"),
            ("six months", "DURATION", "P6M"),
            ("3 p.m.", "TIME", "2016-10-21T15:00"),
            ("1300 GMT", "TIME", "2016-10-21T13:00"),
            ("Saturday", "DATE", "2016-10-22"),
            ("Dec 15", "DATE", "2016-12-15"),
            ("16", "DATE", "2016-12-16"),
        ],
    ),
    # Thursday 2017-12-14 (ISO week 50), a Brussels morning politics newsletter on the day of
    # a European Council: masthead, tagline, date line "Thursday, December 14, 2017" (one
    # span with its weekday), byline, capitalised item labels, an agenda list, weather,
    # birthdays, sign-off. The day's clock times ("from 12:30 p.m.", "at 1 p.m.", "for 7:30
    # p.m.", "around 11:30 p.m." twice with the approximator, "from noon", the agenda's "10
    # a.m." and "11 a.m.") are 2017-12-14; "well past midnight" -> "midnight" the midnight
    # ending that day, 2017-12-14T24:00. The label "BREXIT ON FRIDAY", "Friday's euro summit"
    # and the agenda's "Friday:" are 2017-12-15, with "tomorrow morning" 2017-12-15TMO and
    # "10 a.m." and "11:45 a.m." that day. Past: "Tuesday night" 2017-12-12TNI, "since
    # Wednesday afternoon" 2017-12-13TAF, "at 6:30 a.m. last Friday" 2017-12-08T06:30 and
    # 2017-12-08. Future months from December: "January" 2018-01, "March" 2018-03, "June"
    # 2018-06; "October 2018"; "March 29, 2019"; "Dec. 6" 2017-12-06 (past). "mid-2019 at the
    # earliest" -> "mid-2019" the year's value (gold_blind59, gold_blind103). "their last
    # plenary of 2017" -> "2017". "Jan. 15, two days after the ... opening ceremony" -> "two
    # days" P2D, an anchored duration (gold_blind35). "on Jan. 1 for six months" 2018-01-01
    # and P6M; "since joining the EU in 2007" -> "2007". "every Wednesday" SET XXXX-WXX-3;
    # "next week's meeting" -> "next week" 2017-W51, "on Dec. 20" 2017-12-20; "close for
    # Christmas" 2017-12-25 (gold_blind77); "Jan. 8" 2018-01-08 twice; "from Dec. 22".
    # "mid-afternoon" TIME 2017-12-14TAF; "turns 40 on Saturday" -> "Saturday" 2017-12-16.
    # Not annotated: "Your morning briefing" (an adjective naming the kind of briefing, like
    # "Overnight lows" in gold_blind103), "GOOD MORNING" (a greeting, gold_blind75), "summit
    # day" (a day named by an event, gold_blind75), "phase two", "EU27", "4°C", the ages
    # "47", "61" and "40", "brusselsbreakfast.eu/2017/12/14" (numbers in a URL), "may slip"
    # (the verb), "the Bulgarian presidency" and "the Council presidency" (an institutional
    # period), "the usual exchange", "line by line".
    "brussels-breakfast-summit-day-newsletter": (
        "2017-12-14",
        [
            ("Thursday, December 14, 2017", "DATE", "2017-12-14"),
            ("12:30 p.m.", "TIME", "2017-12-14T12:30"),
            ("1 p.m.", "TIME", "2017-12-14T13:00"),
            ("7:30 p.m.", "TIME", "2017-12-14T19:30"),
            ("around 11:30 p.m.", "TIME", "2017-12-14T23:30"),
            ("midnight", "TIME", "2017-12-14T24:00"),
            ("FRIDAY", "DATE", "2017-12-15"),
            ("tomorrow morning", "TIME", "2017-12-15TMO"),
            ("Tuesday night", "TIME", "2017-12-12TNI"),
            ("Wednesday afternoon", "TIME", "2017-12-13TAF"),
            ("6:30 a.m.", "TIME", "2017-12-08T06:30"),
            ("last Friday", "DATE", "2017-12-08"),
            ("about two years", "DURATION", "P2Y"),
            ("January", "DATE", "2018-01"),
            ("March", "DATE", "2018-03"),
            ("October 2018", "DATE", "2018-10"),
            ("March 29, 2019", "DATE", "2019-03-29"),
            ("Friday", "DATE", "2017-12-15"),
            ("11:45 a.m.", "TIME", "2017-12-15T11:45"),
            ("Dec. 6", "DATE", "2017-12-06"),
            ("June", "DATE", "2018-06"),
            ("mid-2019", "DATE", "2019"),
            ("2017", "DATE", "2017"),
            ("today", "DATE", "2017-12-14"),
            ("noon", "TIME", "2017-12-14T12:00"),
            ("Jan. 15", "DATE", "2018-01-15"),
            ("two days", "DURATION", "P2D"),
            ("Jan. 1", "DATE", "2018-01-01"),
            ("six months", "DURATION", "P6M"),
            ("2007", "DATE", "2007"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("next week", "DATE", "2017-W51"),
            ("Dec. 20", "DATE", "2017-12-20"),
            ("Christmas", "DATE", "2017-12-25"),
            ("Jan. 8", "DATE", "2018-01-08"),
            ("10 a.m.", "TIME", "2017-12-14T10:00"),
            ("11 a.m.", "TIME", "2017-12-14T11:00"),
            ("around 11:30 p.m.", "TIME", "2017-12-14T23:30"),
            ("Friday", "DATE", "2017-12-15"),
            ("10 a.m.", "TIME", "2017-12-15T10:00"),
            ("11:45 a.m.", "TIME", "2017-12-15T11:45"),
            ("mid-afternoon", "TIME", "2017-12-14TAF"),
            ("Saturday", "DATE", "2017-12-16"),
            ("Dec. 22", "DATE", "2017-12-22"),
            ("Jan. 8", "DATE", "2018-01-08"),
        ],
    ),
    # Monday 2018-11-12 (ISO week 46), an English-language Swedish news site on government
    # formation: section label, headline, stamps "Published: 12 Nov 2018 08:14 CET" and
    # "Updated: 12 Nov 2018 15:40 CET" (DATE and TIME each), byline, an "UPDATE, 15.40:"
    # paragraph (a post stamp, TIME on the page's day, gold_blind75) and a fact box. The vote
    # is "for Wednesday" / "on Wednesday" / "Wednesday's vote" 2018-11-14 (future); "on Monday
    # morning" 2018-11-12TMO and "until 10am on Monday" (the page's day, past in "had given");
    # "over the weekend" -> "the weekend" 2018-W45-WE (10-11 November, just past); "Sunday
    # night" 2018-11-11TNI. "September 9th" 2018-09-09 to 12 November is 64 days, "64 days"
    # P64D (headline and quote). "for weeks" and "within weeks" PXW; "within three months"
    # P3M (text and box); "in 1975"; the budget "on Thursday" 2018-11-15 and the vote "on
    # December 12th" 2018-12-12; "in December 2014" 2014-12, "within weeks" after it. The
    # quote "In 2014 it was settled before Christmas" -> "2014" and "Christmas" 2014-12-25,
    # the Christmas of the year the sentence names; "two months" P2M; "into January" 2019-01;
    # "at Easter" 2019-04-21, the next Easter (Western, Sweden being Lutheran). "every Tuesday
    # evening" SET XXXX-WXX-2TEV ("since the election" left out, anaphoric); "tomorrow at
    # 6pm" 2018-11-13 and 2018-11-13T18:00. The update: "this afternoon" 2018-11-12TAF,
    # "earlier today" 2018-11-12 (gold_blind75). The box: "within four days" P4D, "four-year"
    # P4Y, "September 24th" 2018-09-24. Not annotated: "175 of the 349 members", "143
    # seats", "31" (twice), "47" (an age), "the eight party leaders", "up to three more
    # candidates", "four failed votes", "since the election" and "before the vote" (event-
    # named), "the current rules", "a new election" and "a snap election" (events), "Lund
    # University", "the current Riksdag" (an institution, its term's start is annotated).
    "sweden-speaker-calls-pm-vote": (
        "2018-11-12",
        [
            ("Wednesday", "DATE", "2018-11-14"),
            ("64 days", "DURATION", "P64D"),
            ("12 Nov 2018", "DATE", "2018-11-12"),
            ("08:14 CET", "TIME", "2018-11-12T08:14"),
            ("12 Nov 2018", "DATE", "2018-11-12"),
            ("15:40 CET", "TIME", "2018-11-12T15:40"),
            ("Monday morning", "TIME", "2018-11-12TMO"),
            ("Wednesday", "DATE", "2018-11-14"),
            ("September 9th", "DATE", "2018-09-09"),
            ("the weekend", "DATE", "2018-W45-WE"),
            ("Sunday night", "TIME", "2018-11-11TNI"),
            ("10am", "TIME", "2018-11-12T10:00"),
            ("Monday", "DATE", "2018-11-12"),
            ("8.30am", "TIME", "2018-11-12T08:30"),
            ("64 days", "DURATION", "P64D"),
            ("11am", "TIME", "2018-11-12T11:00"),
            ("weeks", "DURATION", "PXW"),
            ("Wednesday", "DATE", "2018-11-14"),
            ("three months", "DURATION", "P3M"),
            ("1975", "DATE", "1975"),
            ("Thursday", "DATE", "2018-11-15"),
            ("December 12th", "DATE", "2018-12-12"),
            ("December 2014", "DATE", "2014-12"),
            ("weeks", "DURATION", "PXW"),
            ("January", "DATE", "2019-01"),
            ("2014", "DATE", "2014"),
            ("Christmas", "DATE", "2014-12-25"),
            ("two months", "DURATION", "P2M"),
            ("Easter", "DATE", "2019-04-21"),
            ("every Tuesday evening", "SET", "XXXX-WXX-2TEV"),
            ("tomorrow", "DATE", "2018-11-13"),
            ("6pm", "TIME", "2018-11-13T18:00"),
            ("15.40", "TIME", "2018-11-12T15:40"),
            ("this afternoon", "TIME", "2018-11-12TAF"),
            ("Wednesday", "DATE", "2018-11-14"),
            ("earlier today", "DATE", "2018-11-12"),
            ("four days", "DURATION", "P4D"),
            ("three months", "DURATION", "P3M"),
            ("four-year", "DURATION", "P4Y"),
            ("September 24th", "DATE", "2018-09-24"),
        ],
    ),
    # Tuesday 2019-02-05 (ISO week 6), British daily's Westminster story: section label,
    # headline ("until end of February" -> "end of February" 2019-02, the headline without
    # its article), standfirst, byline, date line "Tuesday 5 February 2019". "tomorrow"
    # 2019-02-06; "the end of the month" 2019-02; "29 March" 2019-03-29 (twice); "Wednesday 27
    # February" one span (also the standfirst's "27 February"). "last night" is Monday night
    # 2019-02-04TNI and "by 9pm" that evening, 2019-02-04T21:00; "yesterday" 2019-02-04 with
    # "from 4pm" and "the 10pm division" that day. "31 months" P31M (June 2016 to February
    # 2019); "Fifty-two days" P52D (5 February to 29 March); "every day" SET P1D. "later this
    # week" 2019-W06 (gold_blind33, gold_blind53, gold_blind85), "probably on Thursday"
    # 2019-02-07. "at 11pm on 29 March" 2019-03-29T23:00 and the DATE. "on 15 January"
    # 2019-01-15 (past); "last week" 2019-W05; "three months" P3M, "the end of June" 2019-06,
    # "a year or more" -> "a year" P1Y; "21 months" P21M, "31 December 2020", "up to two
    # years" P2Y. "the 2019-20 financial year" FY2020, the UK government year (April-March)
    # named by the year it ends (gold_blind77, gold_blind88). "Wednesday evening" 2019-02-06TEV;
    # "on 14 February" 2019-02-14; "23 May" 2019-05-23; "past early July" -> "early July"
    # 2019-07; "since 2010", "in 2016"; "this week or in March" 2019-W06 and 2019-03. The
    # business list: "this week" 2019-W06, "Wednesday:" 2019-02-06 with "noon" T12:00,
    # "Thursday:" 2019-02-07 with "from 9.30am", "Monday 11 February" one span. Not
    # annotated: "exit day" (a day named by an event, like "polling day", gold_blind75),
    # "Article 50", "section 20 of the European Union (Withdrawal) Act 2018" (a statute's
    # section and short title, gold_blind88), "The 1922 Committee" (a name holding a
    # year-like number), "317 votes to 301", "23 Conservatives", "58" (an age), "£4.2bn",
    # "the half-term recess" (a parliamentary recess, gold_blind25, gold_blind77), "Prime
    # Minister's Questions", "Second reading" (stages, gold_blind77), "the moment" (an idiom),
    # "on time" and "the timetable".
    "commons-rebels-brexit-delay-amendment": (
        "2019-02-05",
        [
            ("end of February", "DATE", "2019-02"),
            ("27 February", "DATE", "2019-02-27"),
            ("Tuesday 5 February 2019", "DATE", "2019-02-05"),
            ("tomorrow", "DATE", "2019-02-06"),
            ("the end of the month", "DATE", "2019-02"),
            ("29 March", "DATE", "2019-03-29"),
            ("Wednesday 27 February", "DATE", "2019-02-27"),
            ("last night", "TIME", "2019-02-04TNI"),
            ("9pm", "TIME", "2019-02-04T21:00"),
            ("31 months", "DURATION", "P31M"),
            ("Fifty-two days", "DURATION", "P52D"),
            ("every day", "SET", "P1D"),
            ("yesterday", "DATE", "2019-02-04"),
            ("4pm", "TIME", "2019-02-04T16:00"),
            ("10pm", "TIME", "2019-02-04T22:00"),
            ("later this week", "DATE", "2019-W06"),
            ("Thursday", "DATE", "2019-02-07"),
            ("11pm", "TIME", "2019-03-29T23:00"),
            ("29 March", "DATE", "2019-03-29"),
            ("15 January", "DATE", "2019-01-15"),
            ("last week", "DATE", "2019-W05"),
            ("three months", "DURATION", "P3M"),
            ("the end of June", "DATE", "2019-06"),
            ("a year", "DURATION", "P1Y"),
            ("21 months", "DURATION", "P21M"),
            ("31 December 2020", "DATE", "2020-12-31"),
            ("up to two years", "DURATION", "P2Y"),
            ("the 2019-20 financial year", "DATE", "FY2020"),
            ("Wednesday evening", "TIME", "2019-02-06TEV"),
            ("14 February", "DATE", "2019-02-14"),
            ("23 May", "DATE", "2019-05-23"),
            ("early July", "DATE", "2019-07"),
            ("2010", "DATE", "2010"),
            ("2016", "DATE", "2016"),
            ("this week", "DATE", "2019-W06"),
            ("March", "DATE", "2019-03"),
            ("this week", "DATE", "2019-W06"),
            ("Wednesday", "DATE", "2019-02-06"),
            ("noon", "TIME", "2019-02-06T12:00"),
            ("Thursday", "DATE", "2019-02-07"),
            ("9.30am", "TIME", "2019-02-07T09:30"),
            ("Monday 11 February", "DATE", "2019-02-11"),
        ],
    ),
    # Sunday 2019-05-26 (ISO week 21), an Irish paper's live blog of the European election
    # count, newest post first: section label, headline, standfirst, stamp "Sun, May 26,
    # 2019, 21:58 Updated: Mon, May 27, 2019, 01:12" (two DATEs and two TIMEs), a "Key
    # points" box, post stamps "01:12" to "21:58". The DCT is the page's date line, Sunday
    # (gold_blind75): stamps below the first post's 21:58 have crossed midnight ("01:12",
    # "00:37" are Monday's) and their words are read from Monday, so "resumes at 9am"
    # 2019-05-27T09:00, "later this morning" 2019-05-27TMO, "around 11am" 2019-05-27T11:00,
    # "until Tuesday" 2019-05-28; "That's all from us for tonight" is the night begun on
    # Sunday evening, 2019-05-26TNI (gold_blind75), like the headline's "Sunday night" and the
    # standfirst's "through the night" -> "the night". Ireland is on Irish Standard Time
    # (UTC+1) and Brussels and Italy on CEST (UTC+2): "11.15pm local time (10.15pm Irish
    # time)" and "11pm CEST (10pm Irish time)" are two TIMEs each, the zone words in the span
    # and not in the value; the standfirst's "after 10pm" the same 2019-05-26T22:00. Past:
    # ballots "cast on Friday" 2019-05-24, voting "began on Thursday" 2019-05-23, boxes
    # "opened at 9am on Saturday" 2019-05-25T09:00 and 2019-05-25, "since Saturday morning"
    # 2019-05-25TMO, "12-hour shifts since Saturday" PT12H and 2019-05-25. "more than 36
    # hours" PT36H; "at least two days" P2D; "this weekend" 2019-W21-WE (25-26 May, with the
    # Thursday and Friday votes of the same election outside it); "five-year" P5Y; "every
    # five years" SET P5Y; "July 2nd" 2019-07-02; "October 31st" 2019-10-31; "in April"
    # 2019-04 (past); "February 2018"; "since ... 1979"; "in 2014"; "now" PRESENT_REF. Not
    # annotated: "@MNWcount2019" (a handle holding a year), "13 MEPs", "the 13th", "28
    # member states", "751 MEPs", "73 MEPs", "27 of the UK's seats", "the ninth count",
    # "49 per cent", "49.6 per cent", "51.2 per cent", "40%", "24.1%", "17.9%", "143,000",
    # "for the first time" (twice), "may" (the verb, twice), "Good evening" (a greeting),
    # "The Brexit extension", "the final Dublin count", "a full recount" (events).
    "european-election-count-ireland-live": (
        "2019-05-26",
        [
            ("Sunday night", "TIME", "2019-05-26TNI"),
            ("the night", "TIME", "2019-05-26TNI"),
            ("10pm", "TIME", "2019-05-26T22:00"),
            ("Sun, May 26, 2019", "DATE", "2019-05-26"),
            ("21:58", "TIME", "2019-05-26T21:58"),
            ("Mon, May 27, 2019", "DATE", "2019-05-27"),
            ("01:12", "TIME", "2019-05-27T01:12"),
            ("October 31st", "DATE", "2019-10-31"),
            ("every five years", "SET", "P5Y"),
            ("01:12", "TIME", "2019-05-27T01:12"),
            ("tonight", "TIME", "2019-05-26TNI"),
            ("9am", "TIME", "2019-05-27T09:00"),
            ("Tuesday", "DATE", "2019-05-28"),
            ("later this morning", "TIME", "2019-05-27TMO"),
            ("around 11am", "TIME", "2019-05-27T11:00"),
            ("00:37", "TIME", "2019-05-27T00:37"),
            ("2014", "DATE", "2014"),
            ("at least two days", "DURATION", "P2D"),
            ("12-hour", "DURATION", "PT12H"),
            ("Saturday", "DATE", "2019-05-25"),
            ("23:46", "TIME", "2019-05-26T23:46"),
            ("more than 36 hours", "DURATION", "PT36H"),
            ("9am", "TIME", "2019-05-25T09:00"),
            ("Saturday", "DATE", "2019-05-25"),
            ("23:05", "TIME", "2019-05-26T23:05"),
            ("11.15pm local time", "TIME", "2019-05-26T23:15"),
            ("10.15pm Irish time", "TIME", "2019-05-26T22:15"),
            ("1979", "DATE", "1979"),
            ("22:48", "TIME", "2019-05-26T22:48"),
            ("April", "DATE", "2019-04"),
            ("February 2018", "DATE", "2018-02"),
            ("22:31", "TIME", "2019-05-26T22:31"),
            ("22:00", "TIME", "2019-05-26T22:00"),
            ("now", "DATE", "PRESENT_REF"),
            ("Friday", "DATE", "2019-05-24"),
            ("Saturday morning", "TIME", "2019-05-25TMO"),
            ("21:58", "TIME", "2019-05-26T21:58"),
            ("Thursday", "DATE", "2019-05-23"),
            ("tonight", "TIME", "2019-05-26TNI"),
            ("11pm CEST", "TIME", "2019-05-26T23:00"),
            ("10pm Irish time", "TIME", "2019-05-26T22:00"),
            ("this weekend", "DATE", "2019-W21-WE"),
            ("five-year", "DURATION", "P5Y"),
            ("July 2nd", "DATE", "2019-07-02"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
