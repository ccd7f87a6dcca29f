"""Annotations of the three-hundred-and-thirtieth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind330/annotate.py [--show]

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
    # Tuesday 2012-10-23 (ISO week 43), British national daily's website (Guardian style),
    # section label, headline, standfirst, byline, stamp "Tuesday 23 October 2012 07.30 BST"
    # (the weekday date one DATE, the clock time a TIME with the zone in the span and not in
    # the value, gold_blind63). The vote was "last night", Monday's night, 2012-10-22TNI
    # (gold_blind25, gold_blind35), at "10.02pm" 2012-10-22T22:02; "By 7pm yesterday" two
    # TIMEX3; "that evening" is the evening of that "yesterday", 2012-10-22TEV, anchored on the
    # narrative's last date (gold_blind14, gold_blind36); "on Monday afternoon" in a Tuesday
    # paper is yesterday's afternoon 2012-10-22TAF. Past: "the weekend" 2012-W42-WE (20-21
    # October), "on Friday" 2012-10-19. Future: "next Tuesday" in a Tuesday paper is a week
    # ahead, 2012-10-30 (gold_blind67); "tomorrow" 2012-10-24; "on Thursday" 2012-10-25; "4
    # December" 2012-12-04; "14 November" 2012-11-14; "Christmas" 2012-12-25 (standfirst and
    # body). The concession's hours are a rule on every day: "before 11am", "after 9.30am" and
    # "to 11am" are XXXX-XX-XXThh:mm, like "no trains after 19:00" (gold_blind56). "the
    # 2013-14 financial year" is one DATE span FY2014 (a UK public-sector year April-March,
    # named by the year it ends, gold_blind11, gold_blind21, gold_blind67's "for 2011-12").
    # "since the summer" in October 2012-SU (gold_blind36); "this year" 2012; "in August"
    # 2012-08; "The bill now goes to a public bill committee" -> "now" PRESENT_REF (like "now
    # goes to committee stage" in gold_blind25); "in the space of a fortnight" -> "a
    # fortnight" P2W; "twice a week" SET P1W; "about five weeks" P5W; "almost seven hours"
    # PT7H; "for 23 years", "For 40 years" DURATIONs. Not annotated: "17" (a majority), "38
    # Conservative MPs", "298 votes to 281",
    # "the 1922 Committee" (a name holding a year-like number, like "Local 1990" in
    # gold_blind35), "the 62 bus" (a route number), "78-year-old", "the morning bus" (a kind of
    # bus, like "Overnight lows" in gold_blind103), "off-peak", "prime minister's questions" (a
    # weekly Commons event named as an institution), "£118m", "14,200 responses", "four in
    # five", "more than 60", "the third", "the third time", "long before" (a signal).
    "commons-rural-bus-pass-rebellion": (
        "2012-10-23",
        [
            ("almost seven hours", "DURATION", "PT7H"),
            ("Christmas", "DATE", "2012-12-25"),
            ("Tuesday 23 October 2012", "DATE", "2012-10-23"),
            ("07.30 BST", "TIME", "2012-10-23T07:30"),
            ("last night", "TIME", "2012-10-22TNI"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("10.02pm", "TIME", "2012-10-22T22:02"),
            ("May 2010", "DATE", "2010-05"),
            ("this year", "DATE", "2012"),
            ("the weekend", "DATE", "2012-W42-WE"),
            ("Friday", "DATE", "2012-10-19"),
            ("7pm", "TIME", "2012-10-22T19:00"),
            ("yesterday", "DATE", "2012-10-22"),
            ("that evening", "TIME", "2012-10-22TEV"),
            ("Monday afternoon", "TIME", "2012-10-22TAF"),
            ("Christmas", "DATE", "2012-12-25"),
            ("now", "DATE", "PRESENT_REF"),
            ("twice a week", "SET", "P1W"),
            ("next Tuesday", "DATE", "2012-10-30"),
            ("about five weeks", "DURATION", "P5W"),
            ("4 December", "DATE", "2012-12-04"),
            ("April 2008", "DATE", "2008-04"),
            ("9.30am", "TIME", "XXXX-XX-XXT09:30"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("April 2013", "DATE", "2013-04"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("23 years", "DURATION", "P23Y"),
            ("40 years", "DURATION", "P40Y"),
            ("the summer", "DATE", "2012-SU"),
            ("a fortnight", "DURATION", "P2W"),
            ("August", "DATE", "2012-08"),
            ("12 weeks", "DURATION", "P12W"),
            ("14 November", "DATE", "2012-11-14"),
            ("tomorrow", "DATE", "2012-10-24"),
            ("Thursday", "DATE", "2012-10-25"),
            ("May 2015", "DATE", "2015-05"),
        ],
    ),
    # Monday 2012-12-10 (ISO week 50), Scottish national daily (Herald style), section label,
    # headline, standfirst, byline, date line "Monday 10 December 2012". "tonight" (standfirst)
    # and the forecast's "overnight" are the night beginning this evening, 2012-12-10TNI
    # (gold_blind21, gold_blind59); the amber warning "from 6pm today until 11am tomorrow" four
    # TIMEX3; "tomorrow morning" 2012-12-11TMO; "6am tomorrow" two TIMEX3. "the coldest night
    # of the winter so far" -> "the winter" 2013-WI, the winter of 2012-13 taking the year of
    # its January (gold_blind10, gold_blind97, gold_blind103), "so far" left out. Past: "on
    # Saturday" 2012-12-08 (twice, once with "4pm"), "on Friday" 2012-12-07, "since Friday
    # night" 2012-12-07TNI, "yesterday afternoon" 2012-12-09TAF, "last night" 2012-12-09TNI
    # (the night of yesterday, gold_blind103), "at the weekend" in a Monday paper the weekend
    # just gone, 2012-W49-WE (gold_blind11). Future: "midday on Wednesday" 2012-12-12T12:00 and
    # the DATE; "later this week" 2012-W50; "until at least the weekend" -> "at least the
    # weekend" 2012-W50-WE (15-16 December); the quote's "Tuesday" 2012-12-11 and "Wednesday
    # evening" 2012-12-12TEV; "the run-up to Christmas" -> "Christmas" 2012-12-25 ("the run-up"
    # not annotated, gold_blind67). "February 2010" and its apposition "the winter of 2009-10"
    # 2010-WI; "Last winter" in December 2012 is the winter of 2011-12, 2012-WI. "at the start
    # of the winter of 2010-11" one DATE span 2011-WI, "the start of" kept like "the end of
    # February" (gold_blind36); its "coldest December" 2010-12 and "for 100 years" P100Y (the
    # period of a superlative). The schools' daily decision "by 7.30am each day" and the phone
    # line's "between 8am and 8pm daily" are hours of a recurring event XXXX-XX-XXThh:mm with
    # their SETs (gold_blind28, gold_blind36, gold_blind56). Not annotated: "20cm", "5cm to
    # 10cm", "minus 12C", "minus 11.4C", "the A9", "the A96", "the A939", "64 schools",
    # "strathdearn.gov.uk/closures2012" (a year in a web address), "around the clock", "41,000
    # tonnes", "26,000", "60 passengers", "the Far North line", "1,400 homes", "NHS 24", "111",
    # "0800 555 2010" (a phone number holding 2010, after the annotated "February 2010"), "on
    # record", "so far", "amber", "yellow", "the first amber warning".
    "highlands-amber-snow-warning": (
        "2012-12-10",
        [
            ("tonight", "TIME", "2012-12-10TNI"),
            ("Monday 10 December 2012", "DATE", "2012-12-10"),
            ("6pm", "TIME", "2012-12-10T18:00"),
            ("today", "DATE", "2012-12-10"),
            ("11am", "TIME", "2012-12-11T11:00"),
            ("tomorrow", "DATE", "2012-12-11"),
            ("overnight", "TIME", "2012-12-10TNI"),
            ("the winter", "DATE", "2013-WI"),
            ("Saturday", "DATE", "2012-12-08"),
            ("tomorrow morning", "TIME", "2012-12-11TMO"),
            ("4pm", "TIME", "2012-12-08T16:00"),
            ("Saturday", "DATE", "2012-12-08"),
            ("midday", "TIME", "2012-12-12T12:00"),
            ("Wednesday", "DATE", "2012-12-12"),
            ("later this week", "DATE", "2012-W50"),
            ("at least the weekend", "DATE", "2012-W50-WE"),
            ("Tuesday", "DATE", "2012-12-11"),
            ("Wednesday evening", "TIME", "2012-12-12TEV"),
            ("Christmas", "DATE", "2012-12-25"),
            ("February 2010", "DATE", "2010-02"),
            ("the winter of 2009-10", "DATE", "2010-WI"),
            ("Last winter", "DATE", "2012-WI"),
            ("Friday", "DATE", "2012-12-07"),
            ("7.30am", "TIME", "XXXX-XX-XXT07:30"),
            ("each day", "SET", "P1D"),
            ("Friday night", "TIME", "2012-12-07TNI"),
            ("the start of the winter of 2010-11", "DATE", "2011-WI"),
            ("December", "DATE", "2010-12"),
            ("100 years", "DURATION", "P100Y"),
            ("yesterday afternoon", "TIME", "2012-12-09TAF"),
            ("6am", "TIME", "2012-12-11T06:00"),
            ("tomorrow", "DATE", "2012-12-11"),
            ("almost four hours", "DURATION", "PT4H"),
            ("last night", "TIME", "2012-12-09TNI"),
            ("up to 14 hours", "DURATION", "PT14H"),
            ("the weekend", "DATE", "2012-W49-WE"),
            ("the next 48 hours", "DURATION", "PT48H"),
            ("every day", "SET", "P1D"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Friday 2013-08-23 (ISO week 34), British national daily's website (Telegraph style),
    # section label, headline, standfirst, byline, stamp "6:00AM BST 23 Aug 2013" (a TIME with
    # its zone in the span and a DATE, gold_blind60). The August bank holiday in England and
    # Wales is the last Monday of August: 2013-08-26, and 2012-08-27 for "last year ... on the
    # August bank holiday". The headline's "bank holiday Monday" is one DATE span 2013-08-26
    # (see README); "the bank holiday weekend" is Saturday 24 to Monday 26 August, the ISO week
    # of its Saturday, 2013-W34-WE (gold_blind56, gold_blind103). "last night" 2013-08-22TNI;
    # "noon yesterday" two TIMEX3. The strike "from 00:01 on Monday for 24 hours" ->
    # 2013-08-26T00:01, the DATE and PT24H; "Saturday 7 September" one span; "next week"
    # (standfirst) 2013-W35; the overtime ban "on Tuesday" 2013-08-27 "until at least the end
    # of September" -> "at least the end of September" 2013-09. Past: "On Tuesday they told
    # us" 2013-08-20 (the same weekday in both directions); "since February" 2013-02. Future:
    # talks "for Wednesday" 2013-08-28; "Monday would normally be one of the network's busiest
    # days of the summer" -> "Monday" 2013-08-26 and "the summer" 2013-SU; tickets "for
    # Monday ... on Sunday or Tuesday" 2013-08-26, 2013-08-25, 2013-08-27. "none after 20:00"
    # on each strike day XXXX-XX-XXT20:00 (gold_blind56); "every two hours" SET PT2H; "every
    # Sunday in October" SET XXXX-WXX-7 and "October" 2013-10. "now" PRESENT_REF; "the past
    # six weeks" P6W; "the end of the year" 2013; "from January" 2014-01. Not annotated:
    # "almost three to one", "31 ticket offices", "412 votes to 147", "61%", "4%", "eight
    # times", "strike days" (twice, gold_blind56), "38,000 passengers", "a normal weekday's
    # total" (a kind of day), "Class 150" (a train class), "marchesrail.co.uk/strike2013",
    # "0345 555 2013" (in a 2013 story), "12 larger stations", "at any time", "Acas".
    "marches-rail-bank-holiday-strike": (
        "2013-08-23",
        [
            ("bank holiday Monday", "DATE", "2013-08-26"),
            ("24 hours", "DURATION", "PT24H"),
            ("26 August", "DATE", "2013-08-26"),
            ("7 September", "DATE", "2013-09-07"),
            ("next week", "DATE", "2013-W35"),
            ("6:00AM BST", "TIME", "2013-08-23T06:00"),
            ("23 Aug 2013", "DATE", "2013-08-23"),
            ("the bank holiday weekend", "DATE", "2013-W34-WE"),
            ("last night", "TIME", "2013-08-22TNI"),
            ("00:01", "TIME", "2013-08-26T00:01"),
            ("Monday", "DATE", "2013-08-26"),
            ("24 hours", "DURATION", "PT24H"),
            ("Saturday 7 September", "DATE", "2013-09-07"),
            ("Tuesday", "DATE", "2013-08-27"),
            ("at least the end of September", "DATE", "2013-09"),
            ("noon", "TIME", "2013-08-22T12:00"),
            ("yesterday", "DATE", "2013-08-22"),
            ("48 hours", "DURATION", "PT48H"),
            ("March 2010", "DATE", "2010-03"),
            ("April 2007", "DATE", "2007-04"),
            ("March 2014", "DATE", "2014-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("February", "DATE", "2013-02"),
            ("the past six weeks", "DURATION", "P6W"),
            ("Tuesday", "DATE", "2013-08-20"),
            ("every two hours", "SET", "PT2H"),
            ("20:00", "TIME", "XXXX-XX-XXT20:00"),
            ("Wednesday", "DATE", "2013-08-28"),
            ("Monday", "DATE", "2013-08-26"),
            ("the summer", "DATE", "2013-SU"),
            ("last year", "DATE", "2012"),
            ("the August bank holiday", "DATE", "2012-08-27"),
            ("Monday", "DATE", "2013-08-26"),
            ("Sunday", "DATE", "2013-08-25"),
            ("Tuesday", "DATE", "2013-08-27"),
            ("30 September", "DATE", "2013-09-30"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("October", "DATE", "2013-10"),
            ("5pm", "TIME", "2013-08-23T17:00"),
            ("today", "DATE", "2013-08-23"),
            ("March 2014", "DATE", "2014-03"),
            ("the end of the year", "DATE", "2013"),
            ("January", "DATE", "2014-01"),
        ],
    ),
    # Thursday 2015-03-19 (ISO week 12), British broadcaster's news page (BBC Wales style),
    # stamp "19 March 2015 Last updated at 06:28 GMT" (DATE and TIME, gold_blind36,
    # gold_blind103), headline, byline. The monthly figures were "published on Thursday", the
    # publication day itself (gold_blind36). "worst for four years" (headline) DURATION P4Y,
    # the period of a superlative; "the worst February performance since 2011" -> "February"
    # 2015-02, an adjectival month (gold_blind11's "the May numbers"), and "2011". "A year
    # earlier" after February 2015-02 is 2014-02, "a year earlier" after January 2014-01 (the
    # granularity of what it is compared with); "February last year" one span 2014-02
    # (gold_blind49's "August last year"). "an exceptionally hard winter" -> the head noun
    # "winter" 2015-WI and "this winter" 2015-WI, the winter of 2014-15 taking the year of its
    # January. "Since Christmas" 2014-12-25; "every weekend since November" SET XXXX-WXX-WE
    # and 2014-11; "at weekends" SET XXXX-WXX-WE; "every winter for a decade" SET XXXX-WI and
    # P10Y. "the 2015-16 financial year, which starts on 1 April" one DATE span FY2016 (the
    # Welsh Government's April-March year named by the year it ends) and 2015-04-01; "Figures
    # for March, the last month of the financial year" -> "March" 2015-03 and the apposition
    # one DATE span 2015-03 (see README); "23 April" 2015-04-23. "within four hours" (three
    # times, the first in the lead) PT4H; "12-hour" PT12H; "26 weeks" P26W;
    # "eight minutes" PT8M; "more than an hour" PT1H; "weekly reports" SET P1W (gold_blind35);
    # "the end of April", "the end of June" the month's value. Not annotated: "four in five",
    # "78.3%", "95%" (twice), "82.1%", "4,100", "2,950", "A&E", "61%", "340", "nights" (no
    # particular nights), "40 patients", "18 beds", "Ward 9", "87.6%", "48.5%", "65%", "1,870
    # occasions", "almost double", "92,400", "since records began" (event-named, gold_blind36),
    # "£40m", "£10m", "the same conversation".
    "wales-a-and-e-february-waits": (
        "2015-03-19",
        [
            ("19 March 2015", "DATE", "2015-03-19"),
            ("06:28 GMT", "TIME", "2015-03-19T06:28"),
            ("four years", "DURATION", "P4Y"),
            ("four hours", "DURATION", "PT4H"),
            ("last month", "DATE", "2015-02"),
            ("February", "DATE", "2015-02"),
            ("2011", "DATE", "2011"),
            ("Thursday", "DATE", "2015-03-19"),
            ("four hours", "DURATION", "PT4H"),
            ("February", "DATE", "2015-02"),
            ("A year earlier", "DATE", "2014-02"),
            ("12 hours", "DURATION", "PT12H"),
            ("February 2014", "DATE", "2014-02"),
            ("12-hour", "DURATION", "PT12H"),
            ("2009", "DATE", "2009"),
            ("four hours", "DURATION", "PT4H"),
            ("winter", "DATE", "2015-WI"),
            ("January", "DATE", "2015-01"),
            ("a year earlier", "DATE", "2014-01"),
            ("Christmas", "DATE", "2014-12-25"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("November", "DATE", "2014-11"),
            ("the end of April", "DATE", "2015-04"),
            ("Thursday", "DATE", "2015-03-19"),
            ("26 weeks", "DURATION", "P26W"),
            ("January", "DATE", "2015-01"),
            ("March 2010", "DATE", "2010-03"),
            ("eight minutes", "DURATION", "PT8M"),
            ("February", "DATE", "2015-02"),
            ("more than an hour", "DURATION", "PT1H"),
            ("February last year", "DATE", "2014-02"),
            ("this winter", "DATE", "2015-WI"),
            ("January", "DATE", "2015-01"),
            ("the 2015-16 financial year", "DATE", "FY2016"),
            ("1 April", "DATE", "2015-04-01"),
            ("December", "DATE", "2014-12"),
            ("weekly", "SET", "P1W"),
            ("the end of June", "DATE", "2015-06"),
            ("every winter", "SET", "XXXX-WI"),
            ("a decade", "DURATION", "P10Y"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("four years", "DURATION", "P4Y"),
            ("March", "DATE", "2015-03"),
            ("the last month of the financial year", "DATE", "2015-03"),
            ("23 April", "DATE", "2015-04-23"),
        ],
    ),
    # Wednesday 2013-11-27 (ISO week 48), Irish national daily's website (Irish Independent
    # style), section path, headline, standfirst, byline, stamp "PUBLISHED 27/11/2013 | 02:30":
    # a day-first numeric date, DATE 2013-11-27 (like "14/09/2011" in gold_blind49), and its
    # clock time, TIME 2013-11-27T02:30. The row was "yesterday", Tuesday 2013-11-26, and the
    # OPW's statement "last night" 2013-11-26TNI. "until 2015" (standfirst) and "early 2015"
    # 2015; "more than a year" P1Y; "in June" and "the June date" 2013-06 (the second an
    # adjectival month); "On 19 June" 2013-06-19 (a Wednesday); the Taoiseach's "the end of
    # this year" (said in June 2013) 2013. "three times in five years" -> "five years" P5Y (the
    # period of a count, gold_blind103's "the third time in two weeks"). The Irish October
    # bank holiday is the last Monday of October, 2013-10-28, so "the October bank holiday
    # weekend" is Saturday 26 to Monday 28 October, the ISO week of its Saturday, 2013-W43-WE.
    # "the night of 5 January 2012" one TIME span 2012-01-05TNI (gold_blind26, gold_blind49).
    # "two months ahead of schedule" -> "two months" P2M, the size of a gap (gold_blind36's
    # "19 days late"). "every winter since 2009" SET XXXX-WI and DATE 2009. The years of the
    # councillor's and the TD's lists are DATEs; "now" PRESENT_REF; "for more than a day" P1D.
    # "this evening" 2013-11-27TEV; "this week" 2013-W48; "at the weekend" ahead in a
    # Wednesday paper 2013-W48-WE (30 November-1 December); "8pm on Monday" 2013-12-02T20:00
    # and the DATE. "rises for Christmas" -> "Christmas" 2013-12-25 (gold_blind25's "close for
    # Christmas"), and the headline's "before Christmas" the same; "19 December" (twice)
    # 2013-12-19, "14 January" 2014-01-14 (the nearest future January). "Eleven years on"
    # (after 2002) DATE 2013, "N on" taking the unit's granularity (gold_blind10, gold_blind11).
    # Not annotated: "Leaders' Questions" and "Topical Issues" (Dáil business named as
    # institutions), "Standing Order 32", "€38m", "140 homes", "30 businesses", "three
    # times", "the last time" (the last of the three floods, dated by the span after it), "at
    # the time" (anaphoric), "holidays" (generic), "angry exchanges".
    "dail-carrigbeg-flood-scheme-row": (
        "2013-11-27",
        [
            ("2015", "DATE", "2015"),
            ("Christmas", "DATE", "2013-12-25"),
            ("27/11/2013", "DATE", "2013-11-27"),
            ("02:30", "TIME", "2013-11-27T02:30"),
            ("yesterday", "DATE", "2013-11-26"),
            ("early 2015", "DATE", "2015"),
            ("more than a year", "DURATION", "P1Y"),
            ("June", "DATE", "2013-06"),
            ("14 October", "DATE", "2013-10-14"),
            ("the first quarter of 2014", "DATE", "2014-Q1"),
            ("about 30 months", "DURATION", "P30M"),
            ("19 June", "DATE", "2013-06-19"),
            ("the end of this year", "DATE", "2013"),
            ("five years", "DURATION", "P5Y"),
            ("the October bank holiday weekend", "DATE", "2013-W43-WE"),
            ("the night of 5 January 2012", "TIME", "2012-01-05TNI"),
            ("almost two days", "DURATION", "P2D"),
            ("September", "DATE", "2013-09"),
            ("two months", "DURATION", "P2M"),
            ("last night", "TIME", "2013-11-26TNI"),
            ("early 2014", "DATE", "2014"),
            ("12-week", "DURATION", "P12W"),
            ("June", "DATE", "2013-06"),
            ("every winter", "SET", "XXXX-WI"),
            ("2009", "DATE", "2009"),
            ("2012", "DATE", "2012"),
            ("2013", "DATE", "2013"),
            ("now", "DATE", "PRESENT_REF"),
            ("2015", "DATE", "2015"),
            ("more than a day", "DURATION", "P1D"),
            ("this evening", "TIME", "2013-11-27TEV"),
            ("Christmas", "DATE", "2013-12-25"),
            ("19 December", "DATE", "2013-12-19"),
            ("this week", "DATE", "2013-W48"),
            ("8pm", "TIME", "2013-12-02T20:00"),
            ("Monday", "DATE", "2013-12-02"),
            ("the weekend", "DATE", "2013-W48-WE"),
            ("31 years", "DURATION", "P31Y"),
            ("2002", "DATE", "2002"),
            ("Eleven years on", "DATE", "2013"),
            ("19 December", "DATE", "2013-12-19"),
            ("14 January", "DATE", "2014-01-14"),
        ],
    ),
    # Saturday 2014-11-08 (ISO week 45), Northern Ireland daily's website (Belfast Telegraph
    # style), section path, headline, standfirst, byline, date line "Saturday, 8 November
    # 2014" (one span with its weekday). Sentencing was "yesterday", Friday 2014-11-07, "shortly
    # after 2pm" -> "2pm" 2014-11-07T14:00 ("shortly after" a signal, gold_blind28,
    # gold_blind39); "On Monday" in a Saturday paper 2014-11-03; "last month" 2014-10 and the
    # verdicts "on 16 October" 2014-10-16; the trial "opened on 15 September" 2014-09-15. The
    # chronology: "the evening of 4 January 2013" one TIME span 2013-01-04TEV (like "the
    # night of 5 January 2012" in this set); "23 withdrawals made in December" 2012-12 and
    # "Christmas Day" 2012-12-25 (the standfirst's "including on Christmas Day" is the same
    # day); "the next morning" 2013-01-05TMO and "that afternoon" 2013-01-05TAF, anchored on
    # the narrative's last date (gold_blind13's "the following morning", gold_blind14's "that
    # afternoon"); "at 6.40am on 9 January" 2013-01-09T06:40 and the DATE. "12 February" ahead
    # is 2015-02-12; "died in April" 2014-04; "August last year" one span 2013-08 (gold_blind49).
    # Sentences are DURATIONs: "six years" (headline and lead) P6Y, "three years in prison and
    # three on licence" -> "three years" P3Y (the elided second "three" not annotated, like the
    # elided "14" in gold_blind63). "every week" (standfirst and body) SET P1W; "every Sunday"
    # SET XXXX-WXX-7; "monthly audits" SET P1M (gold_blind35's "monthly leak surveys"); "at
    # least twice a year" SET P1Y (gold_blind103's "at least once a day"); "four-week" and
    # "two-year" adjectival DURATIONs; "the past two years" P2Y; "For seven years" P7Y; "over 19
    # days" -> "19 days" P19D. Not annotated: "£412,000", "£400,000", "(52)" and "(91)" (ages),
    # "17 counts", "34-bed", "23 withdrawals", "three of them", "Four of her 11 victims",
    # "£61,000", "42 witnesses", "the Proceeds of Crime Act 2002" (an act named with its year,
    # like "the Water Act 1977" in gold_blind48), "Antrim Crown Court", "Drumlegagh Road".
    "glenmore-house-care-fraud-sentence": (
        "2014-11-08",
        [
            ("six years", "DURATION", "P6Y"),
            ("every week", "SET", "P1W"),
            ("almost five years", "DURATION", "P5Y"),
            ("Christmas Day", "DATE", "2012-12-25"),
            ("Saturday, 8 November 2014", "DATE", "2014-11-08"),
            ("six years", "DURATION", "P6Y"),
            ("yesterday", "DATE", "2014-11-07"),
            ("last month", "DATE", "2014-10"),
            ("four-week", "DURATION", "P4W"),
            ("Monday", "DATE", "2014-11-03"),
            ("March 2008", "DATE", "2008-03"),
            ("January 2013", "DATE", "2013-01"),
            ("every week", "SET", "P1W"),
            ("June 2011", "DATE", "2011-06"),
            ("the evening of 4 January 2013", "TIME", "2013-01-04TEV"),
            ("December", "DATE", "2012-12"),
            ("Christmas Day", "DATE", "2012-12-25"),
            ("the next morning", "TIME", "2013-01-05TMO"),
            ("that afternoon", "TIME", "2013-01-05TAF"),
            ("6.40am", "TIME", "2013-01-09T06:40"),
            ("9 January", "DATE", "2013-01-09"),
            ("2pm", "TIME", "2014-11-07T14:00"),
            ("the past two years", "DURATION", "P2Y"),
            ("16 October", "DATE", "2014-10-16"),
            ("three years", "DURATION", "P3Y"),
            ("12 February", "DATE", "2015-02-12"),
            ("two-year", "DURATION", "P2Y"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("April", "DATE", "2014-04"),
            ("2006", "DATE", "2006"),
            ("seven years", "DURATION", "P7Y"),
            ("monthly", "SET", "P1M"),
            ("2013", "DATE", "2013"),
            ("August last year", "DATE", "2013-08"),
            ("at least twice a year", "SET", "P1Y"),
            ("15 September", "DATE", "2014-09-15"),
            ("19 days", "DURATION", "P19D"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
