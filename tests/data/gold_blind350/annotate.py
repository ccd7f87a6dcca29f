"""Annotations of the three-hundred-and-fiftieth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind350/annotate.py [--show]

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
    # Thursday 2015-01-22 (ISO week 4), Indian business paper's website (Economic Times style),
    # section path, headline, byline with stamp "22 Jan, 2015, 11.42AM IST" (a DATE and a TIME,
    # the zone in the span, gold_blind74), "PUNE:" dateline without date. The April-March
    # financial year is named by the year it ends (gold_blind63, gold_blind74): "FY15", "the
    # current fiscal" and "this fiscal" (twice) FY2015, "FY16" FY2016. The quarter reported
    # (October-December 2014) is "Q3" (headline) and "the third quarter of FY15" (one span)
    # FY2015-Q3, while "the October-December quarter" keeps its calendar value 2014-Q4; "the
    # year-ago quarter" and "year-on-year" FY2014-Q3; "Quarter-on-quarter" the quarter before,
    # FY2015-Q2 (gold_blind63). "the first nine months" DURATION P9M (a fiscal stretch with no
    # value shape) and "a year earlier" after it the fiscal year before, FY2014 (gold_blind63).
    # Weekdays: the results, board meeting and close "on Wednesday" 2015-01-21 and "Wednesday
    # evening" 2015-01-21TEV; the analyst's note "on Thursday morning" 2015-01-22TMO (the stamp
    # is 11.42AM); markets shut "on Monday for Republic Day" 2015-01-26, two DATEs like "Monday
    # is Family Day" (gold_blind103). "beyond June" 2015-06 (ahead); "last week" 2015-W03;
    # "January last year" one span 2014-01; "since April" 2014-04 (the start of FY15); "the
    # second half of calendar 2016" one span 2016-H2 (gold_blind74); "the freight slowdown of
    # 2014" -> "2014" (written so, to avoid a calendar-or-fiscal "last year", gold_blind63);
    # "within 12 months" of a price target P12M (gold_blind100); "about a fortnight of stock"
    # P2W with the modifier kept and "a month" P1M, stock measured in days of sales; "52-week"
    # P52W. Not annotated: "the monsoon" (a season of no calendar unit, gold_blind49), "the
    # festive season" (like "the holiday season", gold_blind63), "after market hours", "on the
    # day" (anaphoric), "interim dividend", "the record date" (its date is annotated), "RSS-4",
    # "BSE 500194" (a stock code), "the BSE", "the NSE", "the Sensex", "two-phase", "twice",
    # "52" (an age), "8-10 per cent", "Rs 129 a kg" and the rupee and crore sums.
    "meghdoot-tyres-q3-fy15-results": (
        "2015-01-22",
        [
            ("Q3", "DATE", "FY2015-Q3"),
            ("Feb 9", "DATE", "2015-02-09"),
            ("22 Jan, 2015", "DATE", "2015-01-22"),
            ("11.42AM IST", "TIME", "2015-01-22T11:42"),
            ("Wednesday", "DATE", "2015-01-21"),
            ("the October-December quarter", "DATE", "2014-Q4"),
            ("the past two years", "DURATION", "P2Y"),
            ("the third quarter of FY15", "DATE", "FY2015-Q3"),
            ("the year-ago quarter", "DATE", "FY2014-Q3"),
            ("year-on-year", "DATE", "FY2014-Q3"),
            ("Quarter-on-quarter", "DATE", "FY2015-Q2"),
            ("the first nine months", "DURATION", "P9M"),
            ("the current fiscal", "DATE", "FY2015"),
            ("a year earlier", "DATE", "FY2014"),
            ("this fiscal", "DATE", "FY2015"),
            ("Wednesday evening", "TIME", "2015-01-21TEV"),
            ("June", "DATE", "2015-06"),
            ("last week", "DATE", "2015-W03"),
            ("January last year", "DATE", "2014-01"),
            ("April 2011", "DATE", "2011-04"),
            ("Wednesday", "DATE", "2015-01-21"),
            ("March 2017", "DATE", "2017-03"),
            ("the second half of calendar 2016", "DATE", "2016-H2"),
            ("this fiscal", "DATE", "FY2015"),
            ("January 31", "DATE", "2015-01-31"),
            ("February 20", "DATE", "2015-02-20"),
            ("February 9", "DATE", "2015-02-09"),
            ("more than five years", "DURATION", "P5Y"),
            ("Thursday morning", "TIME", "2015-01-22TMO"),
            ("the January-March quarter", "DATE", "2015-Q1"),
            ("2014", "DATE", "2014"),
            ("12 months", "DURATION", "P12M"),
            ("1994", "DATE", "1994"),
            ("FY16", "DATE", "FY2016"),
            ("April", "DATE", "2014-04"),
            ("February 1", "DATE", "2015-02-01"),
            ("about a fortnight", "DURATION", "P2W"),
            ("a month", "DURATION", "P1M"),
            ("Wednesday", "DATE", "2015-01-21"),
            ("the past 12 months", "DURATION", "P12M"),
            ("52-week", "DURATION", "P52W"),
            ("January 15", "DATE", "2015-01-15"),
            ("Monday", "DATE", "2015-01-26"),
            ("Republic Day", "DATE", "2015-01-26"),
        ],
    ),
    # Monday 2012-10-22 (ISO week 43), Singapore business daily (Business Times style), section
    # label, "Published October 22, 2012", headline, deck, byline, and a "KEY DATES" box. The
    # company's financial year ends on June 30 and is named by the year it ends: "FY2012"
    # (twice) FY2012, "FY2013" FY2013. Deck and body: the offer "opens tomorrow" and "at 9am
    # tomorrow" 2012-10-23 (09:00), "closes at noon on Thursday" 2012-10-25T12:00 and
    # 2012-10-25; "next Monday" in a Monday paper is the Monday of the next week, 2012-10-29
    # (gold_blind79's "next Saturday" on a Saturday), which the body's "Monday, Oct 29" (one
    # span with its date, gold_blind80) and the box confirm. "lodged ... on Friday" 2012-10-19
    # (past) beside "the Hari Raya Haji public holiday on Friday" 2012-10-26 (ahead): the same
    # weekday both ways; the text dates the Islamic holiday (gold_blind79), two DATEs. "a day
    # earlier than first planned" -> "a day" DURATION P1D, the size of a shift (gold_blind35).
    # "the three financial years to June 30, 2012" -> "the three financial years" DURATION P3Y
    # plus the date, like "the six months to 30 September" (gold_blind63). "last Thursday" in a
    # Monday paper the most recent Thursday, 2012-10-18. "in January" 2013-01 (ahead). "for six
    # months, and ... for a further six months" two DURATIONs P6M (the lock-up, anchored on the
    # listing). "a slow start to the year" -> "the year" 2012; "between January and June"
    # 2012-01 and 2012-06; "the same period last year" one span, the same half a year before,
    # 2011-H1 (gold_blind22, gold_blind63); "since July" 2012-07; "before Christmas" 2012-12-25.
    # The box: "Oct 19", "9am, Oct 23", "12 noon, Oct 25" ("12 noon" one TIME span T12:00),
    # "9am, Oct 29", each a DATE and its clock time a TIME. Not annotated: "compound annual
    # rate" (the period of a figure, like "annual loss"), "www.kranjicoldchain.com.sg/ipo2012"
    # (a year in a web address), "after the listing", "until the offer closes" (event-named),
    # "may be made" (the verb), "11.2 times", "13 to 15 times", "51" (an age), "41,000 pallet
    # positions", "120 refrigerated trucks", "80 cents", "$68 million" and the other sums.
    "kranji-cold-chain-mainboard-ipo": (
        "2012-10-22",
        [
            ("October 22, 2012", "DATE", "2012-10-22"),
            ("tomorrow", "DATE", "2012-10-23"),
            ("noon", "TIME", "2012-10-25T12:00"),
            ("Thursday", "DATE", "2012-10-25"),
            ("next Monday", "DATE", "2012-10-29"),
            ("this year", "DATE", "2012"),
            ("Friday", "DATE", "2012-10-19"),
            ("9am", "TIME", "2012-10-23T09:00"),
            ("tomorrow", "DATE", "2012-10-23"),
            ("noon", "TIME", "2012-10-25T12:00"),
            ("Thursday", "DATE", "2012-10-25"),
            ("a day", "DURATION", "P1D"),
            ("Hari Raya Haji", "DATE", "2012-10-26"),
            ("Friday", "DATE", "2012-10-26"),
            ("9am", "TIME", "2012-10-29T09:00"),
            ("Monday, Oct 29", "DATE", "2012-10-29"),
            ("1998", "DATE", "1998"),
            ("the three financial years", "DURATION", "P3Y"),
            ("June 30, 2012", "DATE", "2012-06-30"),
            ("FY2012", "DATE", "FY2012"),
            ("the second half of 2014", "DATE", "2014-H2"),
            ("about 18 months", "DURATION", "P18M"),
            ("January", "DATE", "2013-01"),
            ("last Thursday", "DATE", "2012-10-18"),
            ("every month", "SET", "P1M"),
            ("March 2010", "DATE", "2010-03"),
            ("FY2013", "DATE", "FY2013"),
            ("six months", "DURATION", "P6M"),
            ("a further six months", "DURATION", "P6M"),
            ("FY2012", "DATE", "FY2012"),
            ("now", "DATE", "PRESENT_REF"),
            ("the year", "DATE", "2012"),
            ("January", "DATE", "2012-01"),
            ("June", "DATE", "2012-06"),
            ("the same period last year", "DATE", "2011-H1"),
            ("July", "DATE", "2012-07"),
            ("Christmas", "DATE", "2012-12-25"),
            ("Oct 19", "DATE", "2012-10-19"),
            ("9am", "TIME", "2012-10-23T09:00"),
            ("Oct 23", "DATE", "2012-10-23"),
            ("12 noon", "TIME", "2012-10-25T12:00"),
            ("Oct 25", "DATE", "2012-10-25"),
            ("9am", "TIME", "2012-10-29T09:00"),
            ("Oct 29", "DATE", "2012-10-29"),
        ],
    ),
    # Saturday 2014-01-25 (ISO week 4), Hong Kong English daily's website (SCMP style), section
    # path, headline, byline, stamps "PUBLISHED : Saturday, 25 January, 2014, 12:00am" and
    # "UPDATED : ..., 3:41am" (each a DATE span with its weekday and a TIME; "12:00am" is the
    # start of the day, T00:00). Lunar New Year 2014 fell on Friday 2014-01-31 and its eve on
    # Thursday 2014-01-30 (gold_blind57, gold_blind79): "Lunar New Year" (headline and body)
    # 2014-01-31, "which falls on Friday" 2014-01-31 (ahead); "Lunar New Year's Eve" twice
    # 2014-01-30, once in apposition to "noon on Thursday" (2014-01-30T12:00, 2014-01-30).
    # Past weekdays: "late New York trade on Friday" and "yesterday" 2014-01-24, "Thursday
    # afternoon" (the price rise) 2014-01-23TAF, "on Wednesday" 2014-01-22, "released on
    # Tuesday" 2014-01-21; ahead: "From Monday" 2014-01-27, "from Thursday afternoon" (the
    # suspension) 2014-01-30TAF, "Tuesday, February 4" one span 2014-02-04: the same weekday
    # and part of day both ways. "a third straight week" DURATION P1W (an ordinal run, like "a
    # third straight month", gold_blind51); "on the week" and "this week" 2014-W04; "next week"
    # 2014-W05; "the start of the year" 2014 (gold_blind38); "more than a decade" P10Y (the
    # period of a "first in"); "a week earlier" after yesterday's closing price the day a week
    # before, 2014-01-17 (the granularity of what it is compared with); "the Year of the Horse"
    # 2014 (gold_blind57); "January last year" one span 2013-01; "last year" 2013; "December"
    # 2013-12 and "November" 2013-11 (past); "the first quarter" 2014-Q1; "the end of March"
    # 2014-03. The shop's hours "until midnight every night" -> "midnight" XXXX-XX-XXT24:00, the
    # end of each day (gold_blind75), and the SET XXXX-XX-XXTNI (gold_blind103's "from 7 p.m.
    # to 7 a.m. every night"); "three days" P3D. Not annotated: "third weekly gain" (an
    # adjective naming the period of a figure), "its first annual decline" (the same), "late New
    # York trade", "the holiday" (anaphoric), "once the holiday is over", "99 gold" (a
    # fineness), "24-carat", "a tael", "an ounce", "200 people", "94 tonnes", "73 tonnes",
    # "a third", the dollar prices and percentages, "may" (the verb).
    "gold-buyers-lunar-new-year-hong-kong": (
        "2014-01-25",
        [
            ("Lunar New Year", "DATE", "2014-01-31"),
            ("Saturday, 25 January, 2014", "DATE", "2014-01-25"),
            ("12:00am", "TIME", "2014-01-25T00:00"),
            ("Saturday, 25 January, 2014", "DATE", "2014-01-25"),
            ("3:41am", "TIME", "2014-01-25T03:41"),
            ("a third straight week", "DURATION", "P1W"),
            ("Lunar New Year", "DATE", "2014-01-31"),
            ("Friday", "DATE", "2014-01-31"),
            ("Friday", "DATE", "2014-01-24"),
            ("the week", "DATE", "2014-W04"),
            ("the start of the year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("more than a decade", "DURATION", "P10Y"),
            ("September 2011", "DATE", "2011-09"),
            ("yesterday", "DATE", "2014-01-24"),
            ("a week earlier", "DATE", "2014-01-17"),
            ("Thursday afternoon", "TIME", "2014-01-23TAF"),
            ("this week", "DATE", "2014-W04"),
            ("10.30am", "TIME", "2014-01-24T10:30"),
            ("yesterday", "DATE", "2014-01-24"),
            ("the Year of the Horse", "DATE", "2014"),
            ("Wednesday", "DATE", "2014-01-22"),
            ("this month", "DATE", "2014-01"),
            ("January last year", "DATE", "2013-01"),
            ("Monday", "DATE", "2014-01-27"),
            ("Lunar New Year's Eve", "DATE", "2014-01-30"),
            ("midnight", "TIME", "XXXX-XX-XXT24:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("three days", "DURATION", "P3D"),
            ("last year", "DATE", "2013"),
            ("Tuesday", "DATE", "2014-01-21"),
            ("December", "DATE", "2013-12"),
            ("November", "DATE", "2013-11"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("the end of March", "DATE", "2014-03"),
            ("next week", "DATE", "2014-W05"),
            ("noon", "TIME", "2014-01-30T12:00"),
            ("Thursday", "DATE", "2014-01-30"),
            ("Lunar New Year's Eve", "DATE", "2014-01-30"),
            ("Tuesday, February 4", "DATE", "2014-02-04"),
            ("Thursday afternoon", "TIME", "2014-01-30TAF"),
        ],
    ),
    # Tuesday 2013-09-03 (ISO week 36), South African business daily (Business Day style),
    # section labels, headline, standfirst, byline, stamp "SEPTEMBER 03 2013, 06:05" (a DATE
    # and a TIME). "yesterday" (three times) is Monday 2013-09-02; the walkout began "on August
    # 26" 2013-08-26, "a week" before it (DURATION P1W, anchored on the event, gold_blind35).
    # Headline "enters second week" -> "second week" DURATION P2W, an ordinal period of the
    # strike like "its fourth week" (gold_blind35). Past weekdays: talks broke down "at about
    # 7pm on Friday" 2013-08-30T19:00 and 2013-08-30, the interdict "on Thursday night"
    # 2013-08-29TNI, the chief executive "said on Sunday" 2013-09-01; ahead: "at least Friday"
    # 2013-09-06 (standfirst, the modifier kept, gold_blind103), the march "tomorrow" and talks
    # "at 10am on Wednesday" 2013-09-04, the mass meeting "on Thursday morning" 2013-09-05TMO,
    # "next week" 2013-W37, "Heritage Day on Tuesday, September 24" two DATEs 2013-09-24. "at
    # about 11.30am yesterday" and "since 5am" are clock times of Monday. "next year" and "early
    # next year" 2014. The company's financial year ends on September 30: "whose financial year
    # ends on September 30" -> "September 30" 2013-09-30, the end of the year now running; "the
    # six months to March 31" DURATION P6M plus 2013-03-31, and "a year earlier" after that
    # fiscal stretch the fiscal year before, FY2012 (gold_blind63). "third-quarter output" and
    # "the December quarter" are the economy's calendar quarters, 2013-Q3 and 2013-Q4.
    # "three-year" P3Y and "23-day" P23D adjectival durations; "backdated to July 1" ->
    # "July 1" (a signal outside, like "retroactive to", gold_blind35). Not annotated: "the
    # festive season" (gold_blind63), "so far", "the N3" (a road), "march" (the verb), "may"
    # (the verb), "47" (an age), "3,400 workers", "R42m", "R1,900", "R38.40", "8%", "11%",
    # "14%", "18%", "2.1%", "headline earnings per share".
    "drakensberg-packaging-strike-talks-collapse": (
        "2013-09-03",
        [
            ("second week", "DURATION", "P2W"),
            ("at least Friday", "DATE", "2013-09-06"),
            ("next year", "DATE", "2014"),
            ("SEPTEMBER 03 2013", "DATE", "2013-09-03"),
            ("06:05", "TIME", "2013-09-03T06:05"),
            ("yesterday", "DATE", "2013-09-02"),
            ("a week", "DURATION", "P1W"),
            ("about 7pm", "TIME", "2013-08-30T19:00"),
            ("Friday", "DATE", "2013-08-30"),
            ("more than nine hours", "DURATION", "PT9H"),
            ("three-year", "DURATION", "P3Y"),
            ("July 1", "DATE", "2013-07-01"),
            ("May", "DATE", "2013-05"),
            ("August 26", "DATE", "2013-08-26"),
            ("June 30", "DATE", "2013-06-30"),
            ("2007", "DATE", "2007"),
            ("23-day", "DURATION", "P23D"),
            ("about 11.30am", "TIME", "2013-09-02T11:30"),
            ("yesterday", "DATE", "2013-09-02"),
            ("5am", "TIME", "2013-09-02T05:00"),
            ("Thursday night", "TIME", "2013-08-29TNI"),
            ("September 12", "DATE", "2013-09-12"),
            ("Sunday", "DATE", "2013-09-01"),
            ("about 10 days", "DURATION", "P10D"),
            ("mid-September", "DATE", "2013-09"),
            ("early next year", "DATE", "2014"),
            ("tomorrow", "DATE", "2013-09-04"),
            ("Thursday morning", "TIME", "2013-09-05TMO"),
            ("next week", "DATE", "2013-W37"),
            ("10am", "TIME", "2013-09-04T10:00"),
            ("Wednesday", "DATE", "2013-09-04"),
            ("September 30", "DATE", "2013-09-30"),
            ("July", "DATE", "2013-07"),
            ("the six months", "DURATION", "P6M"),
            ("March 31", "DATE", "2013-03-31"),
            ("a year earlier", "DATE", "FY2012"),
            ("yesterday", "DATE", "2013-09-02"),
            ("this year", "DATE", "2013"),
            ("third-quarter", "DATE", "2013-Q3"),
            ("the December quarter", "DATE", "2013-Q4"),
            ("Heritage Day", "DATE", "2013-09-24"),
            ("Tuesday, September 24", "DATE", "2013-09-24"),
        ],
    ),
    # Wednesday 2013-07-24 (ISO week 30), Nigerian business daily (BusinessDay style), paper's
    # name, section and date line "Wednesday, 24 July 2013" (one DATE span), headline, byline
    # with "Abuja". "yesterday" (three times) is Tuesday 2013-07-23, the decision day; the
    # communique was read "at about 3.20pm" that day, "almost two hours later than scheduled"
    # (the size of a delay, DURATION PT2H); "a two-day meeting that began on Monday" P2D and
    # 2013-07-22; reserves "on Monday" 2013-07-22; the naira "on Friday" 2013-07-19. "its first
    # change in almost two years" DURATION P2Y (the period of a "first in"). "effective August
    # 1" -> "August 1" ("effective" a signal, gold_blind35). "last week" 2013-W29 and "a week
    # ago" 2013-W29 ("N ago" at the unit's granularity, gold_blind28); "next week" 2013-W31.
    # "five-year low" P5Y (like "4-year low", gold_blind80); "year-on-year" after June's food
    # inflation the month a year before, 2012-06; "the second half of the year" 2013-H2; "the
    # 2015 general elections" -> "2015" (an adjectival year); "the past 18 months" P18M;
    # "today's auction" -> "today" 2013-07-24; the bill tenors "91-day", "182-day", "364-day"
    # DURATIONs (gold_blind38's tenors); "within a week" P1W; "Eid-el-Fitr expected on August 8"
    # two DATEs 2013-08-08 (the text dates the festival, gold_blind79); "within weeks" ->
    # "weeks" PXW; "the end of the year" 2013; "every two months" SET P2M; "November" 2013-11
    # (the meeting ahead); "since January" 2013-01; "September 16-17" two DATEs, "September 16"
    # and the bare "17" (gold_blind51's "Sept. 21-22"). Not annotated: "overnight interbank
    # rate" (an adjective naming a kind of loan, like "Overnight lows", gold_blind103), "the
    # second monthly increase" (the period of a figure), "Vision 20:2020" (a plan's name holding
    # a year), "the corridor of 200 basis points", "50 basis points", "eight of the 12
    # members", "37,614.08", "N161.80", "N159.20", "$45.3bn", "$48.9bn", "N124bn", every
    # percentage.
    "cbn-raises-mpr-tightens-crr": (
        "2013-07-24",
        [
            ("Wednesday, 24 July 2013", "DATE", "2013-07-24"),
            ("yesterday", "DATE", "2013-07-23"),
            ("almost two years", "DURATION", "P2Y"),
            ("two-day", "DURATION", "P2D"),
            ("Monday", "DATE", "2013-07-22"),
            ("about 3.20pm", "TIME", "2013-07-23T15:20"),
            ("almost two hours", "DURATION", "PT2H"),
            ("August 1", "DATE", "2013-08-01"),
            ("June", "DATE", "2013-06"),
            ("May", "DATE", "2013-05"),
            ("last week", "DATE", "2013-W29"),
            ("five-year", "DURATION", "P5Y"),
            ("April", "DATE", "2013-04"),
            ("year-on-year", "DATE", "2012-06"),
            ("the second half of the year", "DATE", "2013-H2"),
            ("2015", "DATE", "2015"),
            ("the past 18 months", "DURATION", "P18M"),
            ("Monday", "DATE", "2013-07-22"),
            ("the end of May", "DATE", "2013-05"),
            ("June", "DATE", "2013-06"),
            ("yesterday", "DATE", "2013-07-23"),
            ("Friday", "DATE", "2013-07-19"),
            ("a week ago", "DATE", "2013-W29"),
            ("today", "DATE", "2013-07-24"),
            ("91-day", "DURATION", "P91D"),
            ("182-day", "DURATION", "P182D"),
            ("364-day", "DURATION", "P364D"),
            ("a week", "DURATION", "P1W"),
            ("Eid-el-Fitr", "DATE", "2013-08-08"),
            ("August 8", "DATE", "2013-08-08"),
            ("next week", "DATE", "2013-W31"),
            ("weeks", "DURATION", "PXW"),
            ("the end of the year", "DATE", "2013"),
            ("every two months", "SET", "P2M"),
            ("November", "DATE", "2013-11"),
            ("yesterday", "DATE", "2013-07-23"),
            ("January", "DATE", "2013-01"),
            ("September 16", "DATE", "2013-09-16"),
            ("17", "DATE", "2013-09-17"),
        ],
    ),
    # Friday 2014-06-27 (ISO week 26), Kenyan business daily's website (Business Daily style),
    # paper's name, section, headline, byline, stamp "Posted Friday, June 27 2014 at 18:32" (a
    # DATE span with its weekday and a TIME), "IN SUMMARY" bullets. Kenya's public financial
    # year runs July-June and is named by the year it ends: "the 2014/15 financial year" (one
    # span, like "the 2024/25 tax year") and the bare "2014/15" FY2015, "2013/14" FY2014,
    # "2015/16" FY2016 (like "2015-16", gold_blind63); "the financial year ending on Monday"
    # FY2014 plus 2014-06-30; "the first quarter of the new financial year" one span FY2015-Q1
    # (like "the first quarter of 2013-14", gold_blind49). "yesterday" is Thursday 2014-06-26,
    # with the vote "at 6.45pm" and the sitting "at 2.30pm" that day; the governor signs "by
    # Monday" 2014-06-30, the deadline "June 30" the same day, "four days" after the vote (the
    # size of a lead, DURATION P4D); the new charges take effect "on Tuesday" / "from July 1"
    # 2014-07-01 (headline, bullet, body). "Daily market fees" SET P1D and "monthly parking
    # stickers" SET P1M, adjectival frequencies naming a recurring payment like "weekly strike
    # benefits" (gold_blind35); "every quarter" SET P3M. "the six months to December" DURATION
    # P6M plus 2013-12; "March last year" one span 2013-03 ("dating back to" a signal, like
    # "dating to", gold_blind35); "since Madaraka Day" 2014-06-01 (the Kenyan holiday on 1 June);
    # "in November", "in October" 2014-11 and 2014-10, "August 4" and "August" 2014-08-04 and
    # 2014-08 (ahead); "in March", "April", "May" 2014 (past); "April 30 next year" one span
    # 2015-04-30. "week-long" P1W and "three-week" P3W adjectival durations; "more than four
    # hours" PT4H. Not annotated: "the Public Finance Management Act, 2012" (a year in an Act's
    # short title, gold_blind80), "Vision 2030" (a plan's name), "(C77)" (a road number),
    # "46km", "31-9" (a vote), "44" (an age), "two shillings", "Sh8.4bn" and the other sums,
    # "37 per cent" and the other percentages, "the June 30 deadline" beyond its date.
    "mwangaza-county-budget-2014-15": (
        "2014-06-27",
        [
            ("July 1", "DATE", "2014-07-01"),
            ("Friday, June 27 2014", "DATE", "2014-06-27"),
            ("18:32", "TIME", "2014-06-27T18:32"),
            ("Daily", "SET", "P1D"),
            ("Tuesday", "DATE", "2014-07-01"),
            ("yesterday", "DATE", "2014-06-26"),
            ("the 2014/15 financial year", "DATE", "FY2015"),
            ("June 30", "DATE", "2014-06-30"),
            ("four days", "DURATION", "P4D"),
            ("week-long", "DURATION", "P1W"),
            ("2013/14", "DATE", "FY2014"),
            ("6.45pm", "TIME", "2014-06-26T18:45"),
            ("2.30pm", "TIME", "2014-06-26T14:30"),
            ("more than four hours", "DURATION", "PT4H"),
            ("April 30", "DATE", "2014-04-30"),
            ("June 17", "DATE", "2014-06-17"),
            ("Monday", "DATE", "2014-06-30"),
            ("Tuesday", "DATE", "2014-07-01"),
            ("monthly", "SET", "P1M"),
            ("the six months", "DURATION", "P6M"),
            ("December", "DATE", "2013-12"),
            ("March last year", "DATE", "2013-03"),
            ("every quarter", "SET", "P3M"),
            ("November", "DATE", "2014-11"),
            ("Madaraka Day", "DATE", "2014-06-01"),
            ("the first quarter of the new financial year", "DATE", "FY2015-Q1"),
            ("three-week", "DURATION", "P3W"),
            ("March", "DATE", "2014-03"),
            ("August 4", "DATE", "2014-08-04"),
            ("April", "DATE", "2014-04"),
            ("May", "DATE", "2014-05"),
            ("2014/15", "DATE", "FY2015"),
            ("August", "DATE", "2014-08"),
            ("the financial year", "DATE", "FY2014"),
            ("Monday", "DATE", "2014-06-30"),
            ("2015/16", "DATE", "FY2016"),
            ("October", "DATE", "2014-10"),
            ("April 30 next year", "DATE", "2015-04-30"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
