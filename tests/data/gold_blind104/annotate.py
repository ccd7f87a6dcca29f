"""Annotations of the hundred-and-fourth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind104/annotate.py [--show]

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
    # Tuesday 2013-11-05 (ISO week 45), US local paper's polling-day curtain-raiser, date line
    # "Tuesday, November 5, 2013", "CASTOR FALLS, Ohio —" dateline; "today" is polling day and the
    # clock times without a named day ("6:30 a.m." in the headline and body, "7:30 p.m." twice,
    # "about 11 p.m.") are on it. Past weekdays: early voting ended "at 2 p.m. Monday" 2013-11-04
    # (two TIMEX3), "Monday afternoon" and the postmark deadline "by Monday" the same day; the
    # debate "Thursday night" 2013-10-31TNI; "the weekend" just gone 2013-W44-WE (2-3 November).
    # Future: the mayor meets the winner "Wednesday" 2013-11-06. "for the first time in 16 years" is
    # the period of a "first in", P16Y; "for the third time in 18 months" a count of times in a
    # period, P18M (gold_blind103). "in all of 2009" -> "2009". "a fifth four-year term" DURATION on
    # the adjective, the ordinal left out. "by Nov. 26, and any recount would be held the following
    # week" -> "the following week" anchored on Nov. 26 (ISO week 48), 2013-W49 (gold_blind39,
    # gold_blind47). "through the end of 2017" -> "the end of 2017", the year's value
    # (gold_blind35). "last November" 2012-11 and "next fall" 2014-FA (said in November 2013, the
    # fall after the one now ending). "Four years ago" 2009, the unit's granularity. "Every four
    # years" SET P4Y; the quote's "this time" is an occasion, not a time, and is left out. "early
    # this morning" and "midafternoon" are parts of polling day (gold_blind39's "midafternoon"). The
    # quoted "the next eight weeks, not the next eight months" holds two DURATIONs; the negated one
    # is annotated too, as TimeML marks expressions whatever their polarity.
    # Not annotated: "Issue 4", "1.9-mill", "Ward 6", "64 precincts", "5,204 votes to 4,877", "a
    # fifth", "a third time", "740-555-1997" (beside the annotated "1997"), "castorvotes.org/2013",
    # "may" (the verb), "31 percent", "$2.4 million".
    "castor-falls-polls-open": (
        "2013-11-05",
        [
            ("6:30 a.m.", "TIME", "2013-11-05T06:30"),
            ("Tuesday, November 5, 2013", "DATE", "2013-11-05"),
            ("16 years", "DURATION", "P16Y"),
            ("today", "DATE", "2013-11-05"),
            ("18 months", "DURATION", "P18M"),
            ("6:30 a.m.", "TIME", "2013-11-05T06:30"),
            ("7:30 p.m.", "TIME", "2013-11-05T19:30"),
            ("7:30 p.m.", "TIME", "2013-11-05T19:30"),
            ("2 p.m.", "TIME", "2013-11-04T14:00"),
            ("Monday", "DATE", "2013-11-04"),
            ("Monday afternoon", "TIME", "2013-11-04TAF"),
            ("2009", "DATE", "2009"),
            ("Monday", "DATE", "2013-11-04"),
            ("Nov. 15", "DATE", "2013-11-15"),
            ("about 11 p.m.", "TIME", "2013-11-05T23:00"),
            ("Nov. 26", "DATE", "2013-11-26"),
            ("the following week", "DATE", "2013-W49"),
            ("1997", "DATE", "1997"),
            ("January", "DATE", "2013-01"),
            ("four-year", "DURATION", "P4Y"),
            ("Thursday night", "TIME", "2013-10-31TNI"),
            ("the weekend", "DATE", "2013-W44-WE"),
            ("recent years", "DATE", "PAST_REF"),
            ("Jan. 1", "DATE", "2014-01-01"),
            ("the end of 2017", "DATE", "2017"),
            ("five years", "DURATION", "P5Y"),
            ("May 2012", "DATE", "2012-05"),
            ("last November", "DATE", "2012-11"),
            ("next fall", "DATE", "2014-FA"),
            ("Four years ago", "DATE", "2009"),
            ("today", "DATE", "2013-11-05"),
            ("Every four years", "SET", "P4Y"),
            ("early this morning", "TIME", "2013-11-05TMO"),
            ("midafternoon", "TIME", "2013-11-05TAF"),
            ("tonight", "TIME", "2013-11-05TNI"),
            ("Wednesday", "DATE", "2013-11-06"),
            ("the next eight weeks", "DURATION", "P8W"),
            ("the next eight months", "DURATION", "P8M"),
        ],
    ),
    # Friday 2012-05-04 (ISO week 18), British regional daily's count-night story after the borough
    # elections of Thursday 2012-05-03, headline, standfirst, byline, date line "Friday 4 May 2012".
    # The paper is written after the count: "yesterday" and "last night" are Thursday (2012-05-03,
    # 2012-05-03TNI), "this morning" and "today" Friday. Clock times take the calendar day they fall
    # on: "10pm" (twice) and "shortly after 11pm" Thursday, "12.52am", "shortly after 3am", "3.48am"
    # and "almost 4am" Friday (gold_blind54, gold_blind75), the approximators kept in the span. "the
    # early hours of this morning" is one DATE span with the day's value, like "the early hours of
    # Sunday" (gold_blind7 and later). "checked overnight" is the night begun on Thursday evening,
    # 2012-05-03TNI (gold_blind21). "take the weekend" (future) is the coming one, 2012-W18-WE (5-6
    # May); the Radicals meet "on Tuesday" 2012-05-08 and the mayor-making meeting is "on
    # Wednesday 16 May" (future). "a fortnight" P2W, the twelve days to that meeting rounded by the
    # speaker. "in 2016, when the seats won last night come up again" -> "2016" and "last night"
    # again 2012-05-03TNI. "late afternoon" of the results day 2012-05-04TAF. "12 years" (standfirst
    # and lead) and "20 years" (headline and body) DURATIONs.
    # Not annotated: "nine seats", "27 of the council's 48", "a majority of six", "38 votes", "5,900
    # postal votes", "by thirds", "a third term", "the next contest", "Sue May" (a name) and "may
    # stand down" (the verb), "the 16th and last", "the A629", "41", percentages.
    "harrowfield-council-count": (
        "2012-05-04",
        [
            ("20 years", "DURATION", "P20Y"),
            ("12 years", "DURATION", "P12Y"),
            ("Friday 4 May 2012", "DATE", "2012-05-04"),
            ("the early hours of this morning", "DATE", "2012-05-04"),
            ("12 years", "DURATION", "P12Y"),
            ("almost 4am", "TIME", "2012-05-04T04:00"),
            ("10pm", "TIME", "2012-05-03T22:00"),
            ("last night", "TIME", "2012-05-03TNI"),
            ("shortly after 11pm", "TIME", "2012-05-03T23:00"),
            ("12.52am", "TIME", "2012-05-04T00:52"),
            ("3.48am", "TIME", "2012-05-04T03:48"),
            ("nearly 40 minutes", "DURATION", "PT40M"),
            ("2000", "DATE", "2000"),
            ("20 years", "DURATION", "P20Y"),
            ("shortly after 3am", "TIME", "2012-05-04T03:00"),
            ("the weekend", "DATE", "2012-W18-WE"),
            ("Wednesday 16 May", "DATE", "2012-05-16"),
            ("a fortnight", "DURATION", "P2W"),
            ("this morning", "TIME", "2012-05-04TMO"),
            ("2008", "DATE", "2008"),
            ("May 2010", "DATE", "2010-05"),
            ("yesterday", "DATE", "2012-05-03"),
            ("10pm", "TIME", "2012-05-03T22:00"),
            ("overnight", "TIME", "2012-05-03TNI"),
            ("Tuesday", "DATE", "2012-05-08"),
            ("2004", "DATE", "2004"),
            ("10am", "TIME", "2012-05-04T10:00"),
            ("today", "DATE", "2012-05-04"),
            ("late afternoon", "TIME", "2012-05-04TAF"),
            ("2006", "DATE", "2006"),
            ("1995", "DATE", "1995"),
            ("2016", "DATE", "2016"),
            ("last night", "TIME", "2012-05-03TNI"),
            ("21 June", "DATE", "2012-06-21"),
        ],
    ),
    # Wednesday 2014-09-10 (ISO week 37), Canadian paper's campaign-calendar explainer, headline,
    # stamp "First posted: Wednesday, September 10, 2014 06:05 AM EDT" (the date one DATE span with
    # its weekday, the clock time a TIME with the zone in the span), byline and "KESTREL LAKE —"
    # dateline. Future weekdays: nominations close "at 2 p.m. Friday" 2014-09-12 (lead and body),
    # certification "by 4 p.m. Monday" 2014-09-15; past: "by Tuesday afternoon" 2014-09-09TAF, "Last
    # week" 2014-W36. "this fall's municipal election" -> "this fall" 2014-FA, the possessive left
    # out; "by the weekend" 2014-W37-WE (13-14 September); "the next seven weeks" P7W (to 27
    # October). Each clock time takes the day its sentence names ("7 p.m. on Wednesday, Sept. 24",
    # "10 a.m. to 6 p.m. on Saturday, Oct. 4", "9 a.m. Oct. 20", "8 p.m. Oct. 27", "10 a.m. to 8
    # p.m." after "Monday, Oct. 27"). "that night" is the night of voting day, 2014-10-27TNI. "30
    # days before the vote" and "within 72 hours after polls close" are anchored durations, the
    # duration alone. "four-year term" DURATION on the adjective. "next month" 2014-10; "by late
    # October" 2014-10. "every Saturday until the vote" SET XXXX-WXX-6. The section labels "VOTING
    # DAY" and "THE TERM" are not annotated (an event-named day and an institutional period).
    # Not annotated: "Bylaw 2014-37", "kestrellake.ca/vote2014", "1-877-555-2003" (beside the
    # annotated "2003"), "Legion Branch 219", "CKLR 97.1 FM", "a fourth term", "around the clock",
    # "may not" (the verb), "$750", "14 candidates", "19", "38 per cent".
    "kestrel-lake-election-calendar": (
        "2014-09-10",
        [
            ("Oct. 27", "DATE", "2014-10-27"),
            ("Wednesday, September 10, 2014", "DATE", "2014-09-10"),
            ("06:05 AM EDT", "TIME", "2014-09-10T06:05"),
            ("Friday", "DATE", "2014-09-12"),
            ("this fall", "DATE", "2014-FA"),
            ("the weekend", "DATE", "2014-W37-WE"),
            ("the next seven weeks", "DURATION", "P7W"),
            ("2 p.m.", "TIME", "2014-09-12T14:00"),
            ("Friday", "DATE", "2014-09-12"),
            ("Last week", "DATE", "2014-W36"),
            ("Tuesday afternoon", "TIME", "2014-09-09TAF"),
            ("4 p.m.", "TIME", "2014-09-15T16:00"),
            ("Monday", "DATE", "2014-09-15"),
            ("Sept. 27", "DATE", "2014-09-27"),
            ("30 days", "DURATION", "P30D"),
            ("72 hours", "DURATION", "PT72H"),
            ("7 p.m.", "TIME", "2014-09-24T19:00"),
            ("Wednesday, Sept. 24", "DATE", "2014-09-24"),
            ("10 a.m.", "TIME", "2014-10-04T10:00"),
            ("6 p.m.", "TIME", "2014-10-04T18:00"),
            ("Saturday, Oct. 4", "DATE", "2014-10-04"),
            ("Saturday, Oct. 18", "DATE", "2014-10-18"),
            ("9 a.m.", "TIME", "2014-10-20T09:00"),
            ("Oct. 20", "DATE", "2014-10-20"),
            ("8 p.m.", "TIME", "2014-10-27T20:00"),
            ("Oct. 27", "DATE", "2014-10-27"),
            ("next month", "DATE", "2014-10"),
            ("Monday, Oct. 27", "DATE", "2014-10-27"),
            ("10 a.m.", "TIME", "2014-10-27T10:00"),
            ("8 p.m.", "TIME", "2014-10-27T20:00"),
            ("that night", "TIME", "2014-10-27TNI"),
            ("four-year", "DURATION", "P4Y"),
            ("Dec. 1", "DATE", "2014-12-01"),
            ("2010", "DATE", "2010"),
            ("1994", "DATE", "1994"),
            ("2003", "DATE", "2003"),
            ("late October", "DATE", "2014-10"),
            ("March 27, 2015", "DATE", "2015-03-27"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
        ],
    ),
    # Monday 2015-06-15 (ISO week 25), British wire's referendum result from an invented country,
    # headline, web stamp "Mon Jun 15, 2015 9:42am EDT" (the abbreviated date one DATE span, the
    # clock time a TIME with the zone in the span), byline and the wire's dateline "VELGRAD, June 15
    # (Reuters) -", which carries the date (gold_blind28). The vote was "on Sunday" 2015-06-14
    # (twice), the president spoke "on Sunday night" 2015-06-14TNI; results "showed on Monday", the
    # prime minister spoke "on Monday morning" and the currency moved "on Monday", the publication
    # day; the court challenge is due "by Friday" 2015-06-19 (future), while the growth data came
    # out "on Friday" 2015-06-12 (past), the same weekday in both directions (gold_blind103). "the
    # first quarter" that the data covered is the calendar quarter last reported, 2015-Q1
    # (gold_blind35). "by 6 a.m. (0300 GMT)" is one moment written twice, two TIMEX3 each with its
    # own clock value, the zone in the span and not in the value (gold_blind28, gold_blind40); "7
    # a.m." and "8 p.m." are polling Sunday's. "about two hours later" -> "about two hours", a
    # duration anchored to the close of polls. "the seven-year term" and "a seven-year term"
    # DURATION on the adjective, "five years" P5Y. "the 2011 parliamentary election" and "the 1994
    # constitution" adjectival years (gold_blind35); the article number "Article 97" beside the
    # latter is not. "the autumn of 2017" one span; "the mid-1990s" 199; "hot weather over the
    # weekend" the weekend of the vote, 2015-W24-WE; "the start of the summer" one DATE span with
    # the season's value, 2015-SU (see README). "six weeks" P6W after "April 30"; "a 10-day period"
    # DURATION on the adjective; "late July" 2015-07. "now" PRESENT_REF. Not annotated: "its summer
    # recess" (an institutional period named by a season, like "the summer recess" of gold_blind25,
    # dated here by "late July"), "early trading" (a trading session), "the next presidential
    # election", "Article 97", "3,206 polling stations", "112 polling stations", "68.2 percent",
    # "the 40 percent threshold", "0.4 percent".
    "lestovia-term-limit-referendum": (
        "2015-06-15",
        [
            ("1991", "DATE", "1991"),
            ("Mon Jun 15, 2015", "DATE", "2015-06-15"),
            ("9:42am EDT", "TIME", "2015-06-15T09:42"),
            ("June 15", "DATE", "2015-06-15"),
            ("seven-year", "DURATION", "P7Y"),
            ("five years", "DURATION", "P5Y"),
            ("Sunday", "DATE", "2015-06-14"),
            ("Monday", "DATE", "2015-06-15"),
            ("1991", "DATE", "1991"),
            ("6 a.m.", "TIME", "2015-06-15T06:00"),
            ("0300 GMT", "TIME", "2015-06-15T03:00"),
            ("2011", "DATE", "2011"),
            ("1994", "DATE", "1994"),
            ("1994", "DATE", "1994"),
            ("90 days", "DURATION", "P90D"),
            ("the autumn of 2017", "DATE", "2017-FA"),
            ("2010", "DATE", "2010"),
            ("seven-year", "DURATION", "P7Y"),
            ("2017", "DATE", "2017"),
            ("Sunday night", "TIME", "2015-06-14TNI"),
            ("now", "DATE", "PRESENT_REF"),
            ("Monday morning", "TIME", "2015-06-15TMO"),
            ("7 a.m.", "TIME", "2015-06-14T07:00"),
            ("Sunday", "DATE", "2015-06-14"),
            ("8 p.m.", "TIME", "2015-06-14T20:00"),
            ("about two hours", "DURATION", "PT2H"),
            ("the mid-1990s", "DATE", "199"),
            ("the weekend", "DATE", "2015-W24-WE"),
            ("the start of the summer", "DATE", "2015-SU"),
            ("six weeks", "DURATION", "P6W"),
            ("April 30", "DATE", "2015-04-30"),
            ("Friday", "DATE", "2015-06-19"),
            ("June 25", "DATE", "2015-06-25"),
            ("10-day", "DURATION", "P10D"),
            ("late July", "DATE", "2015-07"),
            ("Monday", "DATE", "2015-06-15"),
            ("Friday", "DATE", "2015-06-12"),
            ("the first quarter", "DATE", "2015-Q1"),
        ],
    ),
    # Thursday 2014-05-29 (ISO week 22), Irish daily's coalition-talks story ("pact" talks for a
    # county council's chair) six days after the local elections of Friday 2014-05-23, headline,
    # byline and web stamp "PUBLISHED 29/05/2014 | 02:30" (a day-first slash date, a DATE, and a
    # TIME). "last Friday's local elections" -> "last Friday" 2014-05-23, the possessive left out;
    # "days after" them a vague anchored duration, "days" PXD. "this weekend" (future) 2014-W22-WE,
    # "by Sunday" its Sunday 2014-06-01. Past: talks "on Tuesday night" 2014-05-27TNI and "yesterday
    # afternoon" 2014-05-28TAF; counting "at 9am on Saturday" 2014-05-24 until "shortly before
    # midnight on Sunday", the midnight that ends Sunday, 2014-05-25T24:00 (gold_blind25,
    # gold_blind47, gold_blind75). Future: the first meeting "on Friday 6 June at 11am", talks "at
    # 7pm tomorrow" 2014-05-30, the first district meeting "on 17 June". "for the first year" of the
    # council's term is an ordinal period of an event, DURATION P1Y (gold_blind35's "The first
    # week"); "rotating annually" SET P1Y; "a year before the 2019 elections" an anchored duration
    # P1Y beside the adjectival year. "the next five years" and the headline's "five years" P5Y.
    # "now the council's longest-serving member" PRESENT_REF. The quote "for days, not weeks" holds
    # two vague durations, PXD and PXW. "who recently stepped down" PAST_REF. "the council's budget
    # for 2015" DATE 2015; "by the end of November" 2014-11 (gold_blind35's "the end of the month").
    # Not annotated: "the Local Government Reform Act 2014" (the year of an Act's title,
    # gold_blind75, beside the annotated "this year"), "the quota of 2,019 votes", "the first count"
    # (a round of counting), "the then-largest party", "16-strong", "31 to 40 seats", "16 seats",
    # "may yet unravel" (the verb), percentages, "a row" (a quarrel).
    "carrowglen-council-pact-talks": (
        "2014-05-29",
        [
            ("five years", "DURATION", "P5Y"),
            ("29/05/2014", "DATE", "2014-05-29"),
            ("02:30", "TIME", "2014-05-29T02:30"),
            ("this weekend", "DATE", "2014-W22-WE"),
            ("the next five years", "DURATION", "P5Y"),
            ("days", "DURATION", "PXD"),
            ("last Friday", "DATE", "2014-05-23"),
            ("three hours", "DURATION", "PT3H"),
            ("Tuesday night", "TIME", "2014-05-27TNI"),
            ("yesterday afternoon", "TIME", "2014-05-28TAF"),
            ("Sunday", "DATE", "2014-06-01"),
            ("recently", "DATE", "PAST_REF"),
            ("the first year", "DURATION", "P1Y"),
            ("annually", "SET", "P1Y"),
            ("June 2018", "DATE", "2018-06"),
            ("a year", "DURATION", "P1Y"),
            ("2019", "DATE", "2019"),
            ("9am", "TIME", "2014-05-24T09:00"),
            ("Saturday", "DATE", "2014-05-24"),
            ("shortly before midnight", "TIME", "2014-05-25T24:00"),
            ("Sunday", "DATE", "2014-05-25"),
            ("this year", "DATE", "2014"),
            ("2009", "DATE", "2009"),
            ("Friday 6 June", "DATE", "2014-06-06"),
            ("11am", "TIME", "2014-06-06T11:00"),
            ("2009", "DATE", "2009"),
            ("18 months", "DURATION", "P18M"),
            ("1991", "DATE", "1991"),
            ("now", "DATE", "PRESENT_REF"),
            ("days", "DURATION", "PXD"),
            ("weeks", "DURATION", "PXW"),
            ("7pm", "TIME", "2014-05-30T19:00"),
            ("tomorrow", "DATE", "2014-05-30"),
            ("monthly", "SET", "P1M"),
            ("17 June", "DATE", "2014-06-17"),
            ("2015", "DATE", "2015"),
            ("the end of November", "DATE", "2014-11"),
        ],
    ),
    # Sunday 2015-11-08 (ISO week 45), Australian broadcaster's website, by-election campaign story,
    # headline ("opens tomorrow"), stamps "Posted 8 Nov 2015, 6:15am" and "Updated 8 Nov 2015,
    # 4:40pm" (each a DATE and a TIME), byline. "tomorrow" (headline and body, three times) is
    # Monday 2015-11-09. Past: nominations closed "at noon on Thursday" 2015-11-05, the candidate
    # spoke "on Friday" 2015-11-06, "this morning" the publication day's. Future: the deadlines "6pm
    # on Friday, November 20", "8pm on Thursday, November 19", "6pm on Wednesday, November 18"
    # (weekday and date one span, the clock time its own TIME), the forum "at 7pm on Tuesday"
    # 2015-11-10, and the debate "next Sunday morning" in a Sunday page, the coming Sunday a week
    # ahead, 2015-11-15TMO (gold_blind47's "next Sunday"). "polling day" is named by its event and
    # is not annotated (gold_blind25, gold_blind75); its date is "November 21", and the clock times
    # "from 8am to 6pm" after "On polling day" are on it, as is "a result on the night", "the night"
    # 2015-11-21TNI, the night of the count (gold_blind103 annotated "the night" in "through the
    # night"). "last November's state election" -> "last November" 2014-11; "last year" 2014. "held
    # it for 14 years" P14Y; "announced his retirement on September 28 and resigned two days later"
    # -> "two days later" one DATE span anchored on September 28, 2015-09-30; "just 10 months after"
    # an anchored duration P10M. "in the coming months" PXM. "the past three weeks", "the past
    # decade" DURATIONs; "for days" PXD; "since mid-October" 2015-10; "this month" 2015-11;
    # "November 2018" 2018-11.
    # Not annotated: "Early voting" (a kind of voting), "polling day" (twice), "the fourth time",
    # "Seven candidates", "the most", "$79", "2 per cent", "54.6 per cent", "3.1 per cent", "4,000
    # homes", the ballot positions "1." to "7.", "may not" (the verb), "the grain harvest" (a
    # farming period without a calendar value; "this month" beside it is).
    "mundarra-by-election-early-voting": (
        "2015-11-08",
        [
            ("tomorrow", "DATE", "2015-11-09"),
            ("8 Nov 2015", "DATE", "2015-11-08"),
            ("6:15am", "TIME", "2015-11-08T06:15"),
            ("8 Nov 2015", "DATE", "2015-11-08"),
            ("4:40pm", "TIME", "2015-11-08T16:40"),
            ("tomorrow", "DATE", "2015-11-09"),
            ("November 21", "DATE", "2015-11-21"),
            ("14 years", "DURATION", "P14Y"),
            ("September 28", "DATE", "2015-09-28"),
            ("two days later", "DATE", "2015-09-30"),
            ("10 months", "DURATION", "P10M"),
            ("last November", "DATE", "2014-11"),
            ("noon", "TIME", "2015-11-05T12:00"),
            ("Thursday", "DATE", "2015-11-05"),
            ("1992", "DATE", "1992"),
            ("tomorrow", "DATE", "2015-11-09"),
            ("6pm", "TIME", "2015-11-20T18:00"),
            ("Friday, November 20", "DATE", "2015-11-20"),
            ("8pm", "TIME", "2015-11-19T20:00"),
            ("Thursday, November 19", "DATE", "2015-11-19"),
            ("6pm", "TIME", "2015-11-18T18:00"),
            ("Wednesday, November 18", "DATE", "2015-11-18"),
            ("8am", "TIME", "2015-11-21T08:00"),
            ("6pm", "TIME", "2015-11-21T18:00"),
            ("the night", "TIME", "2015-11-21TNI"),
            ("days", "DURATION", "PXD"),
            ("March 2013", "DATE", "2013-03"),
            ("last year", "DATE", "2014"),
            ("the past three weeks", "DURATION", "P3W"),
            ("Friday", "DATE", "2015-11-06"),
            ("mid-October", "DATE", "2015-10"),
            ("this morning", "TIME", "2015-11-08TMO"),
            ("the coming months", "DURATION", "PXM"),
            ("7pm", "TIME", "2015-11-10T19:00"),
            ("Tuesday", "DATE", "2015-11-10"),
            ("next Sunday morning", "TIME", "2015-11-15TMO"),
            ("the past decade", "DURATION", "P10Y"),
            ("this month", "DATE", "2015-11"),
            ("November 2018", "DATE", "2018-11"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
