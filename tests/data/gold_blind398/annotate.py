"""Annotations of blind gold set 398, chosen by hand before the tagger ran.

    python tests/data/gold_blind398/annotate.py [--show]

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
    # Friday 2013-12-27 (ISO week 52), Australian paper's website, section label, headline,
    # standfirst, byline, stamp "Published: December 27, 2013 - 6:42PM" (DATE and TIME,
    # gold_blind49, gold_blind103), no dateline. Boxing Day 2013 was Thursday 2013-12-26, the
    # day before publication: "yesterday", "at 4am on Thursday" (standfirst), "3.45am", "6am",
    # "9am" and "late afternoon" (2013-12-26TAF, the modifier kept in the span) are that day.
    # "Boxing Day" in the headline ("Boxing Day shoppers"), in "Boxing Day spending" and "its
    # Boxing Day sales" is this year's holiday (an attributive holiday naming what happens on
    # it, gold_blind57; "the Boxing Day sales", gold_blind67, gold_blind98); "Boxing Day last
    # year" one DATE span 2012-12-26, like "Easter last year" (gold_blind57). "more than two
    # hours" before the doors opened PT2H (anchored duration, gold_blind35). "the next
    # fortnight" P2W (gold_blind9). "the December quarter" is the calendar quarter 2013-Q4 (an
    # Australian quarter named by its last month, gold_blind74, gold_blind98), "a year
    # earlier" after it 2012-Q4 (the granularity of what it is compared with), "a flat
    # September quarter" -> the head "September quarter" 2013-Q3 (like "a wet winter",
    # gold_blind103); "the 2013-14 financial year" FY2014 (July-June, named by the year it ends,
    # gold_blind94, gold_blind98). "a quiet November" -> "November" 2013-11; "Black Friday,
    # November 29" two DATEs 2013-11-29 (the day after Thanksgiving, 28 November; a holiday and
    # its date, gold_blind57). "On Monday" (past perfect) 2013-12-23. "every year since 2009"
    # SET P1Y and 2009. "Christmas night" TIME 2013-12-25TNI (like "Thanksgiving night",
    # gold_blind38); "Three years ago" 2010 (the unit's granularity). Hours: "from 8am to 9pm
    # daily until Sunday" -> recurring hours XXXX-XX-XXThh:mm, SET P1D and "Sunday" 2013-12-29
    # (gold_blind67's "from 8am to 8pm daily until Wednesday"); "6pm on New Year's Eve"
    # 2013-12-31T18:00; "New Year's Day" 2014-01-01; "Thursday, January 2" one DATE span
    # 2014-01-02 (like "Monday, July 28", gold_blind57); "the weekend" 2013-W52-WE (28-29
    # December); "the end of January" 2014-01. Not annotated: "the biggest trading day on the
    # calendar", "This time" (an occasion, not a time), "for the first time", "on the day"
    # (anaphoric), "Normal hours", "$2.1b", "$2.1 billion", "$2 billion", "3.8 per cent", "up
    # to 70 per cent", "52" (an age), "2400-space", "61,000", "54,000", "34 degrees",
    # "65-inch", "$2999" and "$1499" (prices like years), "$3.12", "2.4 per cent", "21 per
    # cent", "about 2 per cent", "about 3 per cent", "carringtonplaza.com.au/boxingday2013" (a
    # URL holding 2013), "1300 555 261".
    "parramore-boxing-day-spending": (
        "2013-12-27",
        [
            ("Boxing Day", "DATE", "2013-12-26"),
            ("4am", "TIME", "2013-12-26T04:00"),
            ("Thursday", "DATE", "2013-12-26"),
            ("the next fortnight", "DURATION", "P2W"),
            ("the December quarter", "DATE", "2013-Q4"),
            ("December 27, 2013", "DATE", "2013-12-27"),
            ("6:42PM", "TIME", "2013-12-27T18:42"),
            ("Boxing Day", "DATE", "2013-12-26"),
            ("last year", "DATE", "2012"),
            ("this afternoon", "TIME", "2013-12-27TAF"),
            ("yesterday", "DATE", "2013-12-26"),
            ("3.45am", "TIME", "2013-12-26T03:45"),
            ("more than two hours", "DURATION", "PT2H"),
            ("6am", "TIME", "2013-12-26T06:00"),
            ("9am", "TIME", "2013-12-26T09:00"),
            ("late afternoon", "TIME", "2013-12-26TAF"),
            ("yesterday", "DATE", "2013-12-26"),
            ("Boxing Day last year", "DATE", "2012-12-26"),
            ("every year", "SET", "P1Y"),
            ("2009", "DATE", "2009"),
            ("November", "DATE", "2013-11"),
            ("Black Friday", "DATE", "2013-11-29"),
            ("November 29", "DATE", "2013-11-29"),
            ("the December quarter", "DATE", "2013-Q4"),
            ("a year earlier", "DATE", "2012-Q4"),
            ("September quarter", "DATE", "2013-Q3"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("Monday", "DATE", "2013-12-23"),
            ("Boxing Day", "DATE", "2013-12-26"),
            ("Boxing Day", "DATE", "2013-12-26"),
            ("today", "DATE", "2013-12-27"),
            ("Christmas night", "TIME", "2013-12-25TNI"),
            ("Three years ago", "DATE", "2010"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("daily", "SET", "P1D"),
            ("Sunday", "DATE", "2013-12-29"),
            ("6pm", "TIME", "2013-12-31T18:00"),
            ("New Year's Eve", "DATE", "2013-12-31"),
            ("New Year's Day", "DATE", "2014-01-01"),
            ("Thursday, January 2", "DATE", "2014-01-02"),
            ("the weekend", "DATE", "2013-W52-WE"),
            ("the end of January", "DATE", "2014-01"),
        ],
    ),
    # Tuesday 2014-10-14 (ISO week 42), British daily's online business page, section label,
    # headline, standfirst, byline, date line "Tuesday 14 October 2014 18.02 BST" (one DATE span
    # with its weekday, and the TIME with the zone in the span, gold_blind98). "tomorrow"
    # (standfirst and lead) 2014-10-15; "said on Tuesday" and "closed ... on Tuesday" the
    # publication day. Trading periods "the 12 weeks to 5 October" (standfirst and body) are
    # split into DURATION P12W and DATE 2014-10-05 (a Sunday), "the 26 weeks to 31 August"
    # P26W and 2014-08-31 (gold_blind67, gold_blind98); "a year earlier" after the 12 weeks
    # takes the year, 2013 (gold_blind67). "doubled their share in five years" P5Y (how long a
    # past change took, gold_blind35); "since the spring of 2009" 2009-SP; "every month" SET
    # P1M, "the past two years" P2Y; "three times a week" SET P1W (the count kept in the span,
    # like "eight times a year", gold_blind38); "now" PRESENT_REF. Penmore's financial year
    # "ends in late February": "late February" 2015-02 (the year now running, gold_blind38) and
    # "full-year" FY2015 (named by the year it ends, gold_blind98); "last month" 2014-09.
    # "interim results on Thursday" 2014-10-16 (no value shape for a fiscal half, so the
    # story says "interim"). "more than 11 years" P11Y (the period of a superlative,
    # gold_blind38). "Last week" 2014-W41; "before Christmas" 2014-12-25; "the end of the
    # year" 2014; "Wednesday 22 October" one DATE span 2014-10-22; "the autumn of 2013"
    # 2013-FA; "on Monday" (past) 2014-10-13; "next year" 2015. Hours "7am to 11pm, Monday to
    # Saturday" -> two TIMEs XXXX-XX-XXThh:mm and the ends of the weekday range SETs XXXX-WXX-1
    # and XXXX-WXX-6 (gold_blind98's reading of gold_blind76); "from next month" 2014-11; "six
    # hours on Sundays" DURATION PT6H and SET XXXX-WXX-7. "last Christmas" and "This
    # Christmas" are one span each, 2013-12-25 and 2014-12-25 (like "last Christmas",
    # gold_blind43). "at least the next two years" P2Y; "every four weeks" SET P4W. Not
    # annotated: "over the period" (anaphoric), "Sunday trading laws" (a kind of law,
    # gold_blind57), "third-largest", "1,000", "£200m", "4-pint", "£1.39", "£1", "9.1%",
    # "7.4%", "2.9%", "about a third", "4.1%", "181.6p", "£150m", "400 staples", "600th", "60",
    # "120 larger stores".
    "penmore-price-cuts-discounters-share": (
        "2014-10-14",
        [
            ("tomorrow", "DATE", "2014-10-15"),
            ("2008", "DATE", "2008"),
            ("the 12 weeks", "DURATION", "P12W"),
            ("5 October", "DATE", "2014-10-05"),
            ("Tuesday 14 October 2014", "DATE", "2014-10-14"),
            ("18.02 BST", "TIME", "2014-10-14T18:02"),
            ("tomorrow", "DATE", "2014-10-15"),
            ("Tuesday", "DATE", "2014-10-14"),
            ("the next 12 months", "DURATION", "P12M"),
            ("last Christmas", "DATE", "2013-12-25"),
            ("the 12 weeks", "DURATION", "P12W"),
            ("5 October", "DATE", "2014-10-05"),
            ("a year earlier", "DATE", "2013"),
            ("five years", "DURATION", "P5Y"),
            ("the spring of 2009", "DATE", "2009-SP"),
            ("every month", "SET", "P1M"),
            ("the past two years", "DURATION", "P2Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("three times a week", "SET", "P1W"),
            ("Thursday", "DATE", "2014-10-16"),
            ("the 26 weeks", "DURATION", "P26W"),
            ("31 August", "DATE", "2014-08-31"),
            ("late February", "DATE", "2015-02"),
            ("last month", "DATE", "2014-09"),
            ("full-year", "DATE", "FY2015"),
            ("Tuesday", "DATE", "2014-10-14"),
            ("more than 11 years", "DURATION", "P11Y"),
            ("Last week", "DATE", "2014-W41"),
            ("Christmas", "DATE", "2014-12-25"),
            ("the end of the year", "DATE", "2014"),
            ("Wednesday 22 October", "DATE", "2014-10-22"),
            ("the autumn of 2013", "DATE", "2013-FA"),
            ("Monday", "DATE", "2014-10-13"),
            ("next year", "DATE", "2015"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Saturday", "SET", "XXXX-WXX-6"),
            ("next month", "DATE", "2014-11"),
            ("six hours", "DURATION", "PT6H"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("at least the next two years", "DURATION", "P2Y"),
            ("This Christmas", "DATE", "2014-12-25"),
            ("every four weeks", "SET", "P4W"),
        ],
    ),
    # Saturday 2012-10-20 (ISO week 42), US local paper, masthead and date line "Saturday,
    # October 20, 2012" (one DATE span), section label, headline and deck, byline, "MILLBRIDGE,
    # Pa. -" dateline. The store opens "Wednesday" (headline and lead) 2012-10-24 "at 7 a.m."
    # 2012-10-24T07:00; the ribbon "at 6:45 a.m." that day; "come see us Wednesday morning"
    # 2012-10-24TMO. Past: "Friday afternoon" 2012-10-19TAF, "said Friday" 2012-10-19. Future:
    # the job fair "Monday" 2012-10-22 "from 10 a.m. to 4 p.m." that day. "this weekend" in a
    # Saturday paper is its own weekend, 2012-W42-WE (gold_blind62). Store hours "from 6 a.m.
    # to 11 p.m. Monday through Saturday and from 7 a.m. to 9 p.m. on Sundays": TIMEs
    # XXXX-XX-XXThh:mm, SETs XXXX-WXX-1, XXXX-WXX-6 and XXXX-WXX-7 (gold_blind98, gold_blind76).
    # "nearly three years" P3Y (anchored duration), "14-hour" PT14H (adjectival), "since Labor
    # Day" 2012-09-03 (first Monday of September); "January 2010"; "after 58 years in
    # business" P58Y; "March 2011"; "last fall" in October 2012 is the fall before the one now
    # running, 2011-FA (like "began last spring" in gold_blind98); "about 11 months" P11M.
    # "the end of next year" 2013. Harlan's fiscal year "ends in late January": "late January"
    # 2013-01 and "its second quarter" FY2013-Q2 (May-July 2012, gold_blind38); "at least a
    # year" P1Y (gold_blind38). "Oct. 6" 2012-10-06. Thanksgiving Day 2012 is 22 November:
    # "4 p.m." that day; "5 a.m. the next day" 2012-11-23T05:00 and "the next day" 2012-11-23
    # (gold_blind55), "Black Friday" 2012-11-23. "the Columbus Day weekend" (Columbus Day
    # Monday 8 October 2012) is the ISO weekend of its Saturday, 2012-W40-WE (gold_blind38,
    # gold_blind57), and "the same weekend last year" one span, the weekend of the same ISO
    # number a year back, 2011-W40-WE (8-9 October 2011, the Columbus Day weekend of 2011;
    # gold_blind62). "20 minutes" PT20M (a drive's length), "twice a week" SET P1W, "three
    # years" P3Y. "weekly ad" SET P1W (an adjective naming a recurrence, like "weekly strike
    # benefits" in gold_blind35), "each Thursday" SET XXXX-WXX-4. Not annotated: "Until then"
    # (anaphoric), "Other holiday hours", "Tri-County", "Route 422" (twice), "200", "$20",
    # "68,000-square-foot", "41", "three states", "the first of six", "3.1 percent", "140",
    # "900", "6 percent", "67" (an age), "1-800-555-2012" (a phone number ending in the year),
    # "tricountyfoods.com/jobs", "a long drive".
    "millbridge-tri-county-foods-opening": (
        "2012-10-20",
        [
            ("Saturday, October 20, 2012", "DATE", "2012-10-20"),
            ("Wednesday", "DATE", "2012-10-24"),
            ("Friday afternoon", "TIME", "2012-10-19TAF"),
            ("7 a.m.", "TIME", "2012-10-24T07:00"),
            ("Wednesday", "DATE", "2012-10-24"),
            ("nearly three years", "DURATION", "P3Y"),
            ("6:45 a.m.", "TIME", "2012-10-24T06:45"),
            ("14-hour", "DURATION", "PT14H"),
            ("Labor Day", "DATE", "2012-09-03"),
            ("Friday", "DATE", "2012-10-19"),
            ("this weekend", "DATE", "2012-W42-WE"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Saturday", "SET", "XXXX-WXX-6"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("January 2010", "DATE", "2010-01"),
            ("58 years", "DURATION", "P58Y"),
            ("March 2011", "DATE", "2011-03"),
            ("last fall", "DATE", "2011-FA"),
            ("about 11 months", "DURATION", "P11M"),
            ("the end of next year", "DATE", "2013"),
            ("late January", "DATE", "2013-01"),
            ("at least a year", "DURATION", "P1Y"),
            ("its second quarter", "DATE", "FY2013-Q2"),
            ("Oct. 6", "DATE", "2012-10-06"),
            ("10 a.m.", "TIME", "2012-10-22T10:00"),
            ("4 p.m.", "TIME", "2012-10-22T16:00"),
            ("Monday", "DATE", "2012-10-22"),
            ("4 p.m.", "TIME", "2012-11-22T16:00"),
            ("Thanksgiving Day", "DATE", "2012-11-22"),
            ("5 a.m.", "TIME", "2012-11-23T05:00"),
            ("the next day", "DATE", "2012-11-23"),
            ("Black Friday", "DATE", "2012-11-23"),
            ("the Columbus Day weekend", "DATE", "2012-W40-WE"),
            ("the same weekend last year", "DATE", "2011-W40-WE"),
            ("20 minutes", "DURATION", "PT20M"),
            ("twice a week", "SET", "P1W"),
            ("three years", "DURATION", "P3Y"),
            ("weekly", "SET", "P1W"),
            ("each Thursday", "SET", "XXXX-WXX-4"),
            ("Wednesday morning", "TIME", "2012-10-24TMO"),
        ],
    ),
    # Monday 2015-02-09 (ISO week 7), Canadian broadcaster's website, section label, headline,
    # stamps "Published Monday, February 9, 2015 4:12PM EST" and "Last Updated Monday, February
    # 9, 2015 6:30PM EST" (each a DATE span with its weekday and a TIME with the zone in the
    # span and not in the value), byline, no dateline. "on Monday recalled" the publication day.
    # "between September 2013 and January 2015" two DATEs; "since November" 2014-11; "Jan. 17"
    # 2015-01-17; "the night of Jan. 31" one TIME span 2015-01-31TNI (like "the night of July
    # 11, 1876", gold_blind5) and "11:40 p.m." that night 2015-01-31T23:40; "two days later"
    # anchored on the narrative's last date, 2015-02-02 (gold_blind63, gold_blind94). "this
    # afternoon" 2015-02-09TAF; "the next six months" P6M; "Dec. 22" 2014-12-22; "Jan. 5"
    # 2015-01-05; "about 200 hours" PT200H. "until June 30" 2015-06-30; "in April" 2015-04;
    # the line "from 8 a.m. to 8 p.m. ET, seven days a week" -> recurring hours XXXX-XX-XXThh:mm
    # and SET P1W (gold_blind94); "within two weeks" P2W. "this week" 2015-W07; the US recall
    # "on Friday" 2015-02-13 (future). "over the weekend" just past 2015-W06-WE (7-8 February);
    # "in December alone" 2014-12 ("alone" left out); "last winter" in February 2015 is the
    # winter of 2013-14, 2014-WI, and "this winter" 2015-WI (a winter takes the year of its
    # January, gold_blind10, gold_blind94, gold_blind103). "the past five years" P5Y; "every
    # year" SET P1Y. The quote "use them for hours every night" -> "hours" DURATION PTXH (vague)
    # and SET XXXX-XX-XXTNI; "stop tonight" 2015-02-09TNI. "for 90 days" P90D. Not annotated:
    # "Comfort 1500", "CH-1500", "CH-2014" (a model number holding 2014), the date codes "1314"
    # and "1415", "$49.99", "46,000", "19 reports", "two fires", "112 stores",
    # "1-866-555-0150", "northway.ca/recall/2015-02" (a URL holding the year and month),
    # "31,000", "3,100", "minus 30", "8,000", "40 per cent", "14 recalls", "about 300", "as
    # soon as", "a cold snap", "that pace".
    "northway-ceramic-heater-recall": (
        "2015-02-09",
        [
            ("Monday, February 9, 2015", "DATE", "2015-02-09"),
            ("4:12PM EST", "TIME", "2015-02-09T16:12"),
            ("Monday, February 9, 2015", "DATE", "2015-02-09"),
            ("6:30PM EST", "TIME", "2015-02-09T18:30"),
            ("Monday", "DATE", "2015-02-09"),
            ("September 2013", "DATE", "2013-09"),
            ("January 2015", "DATE", "2015-01"),
            ("November", "DATE", "2014-11"),
            ("Jan. 17", "DATE", "2015-01-17"),
            ("the night of Jan. 31", "TIME", "2015-01-31TNI"),
            ("11:40 p.m.", "TIME", "2015-01-31T23:40"),
            ("two days later", "DATE", "2015-02-02"),
            ("this afternoon", "TIME", "2015-02-09TAF"),
            ("the next six months", "DURATION", "P6M"),
            ("Dec. 22", "DATE", "2014-12-22"),
            ("Jan. 5", "DATE", "2015-01-05"),
            ("about 200 hours", "DURATION", "PT200H"),
            ("June 30", "DATE", "2015-06-30"),
            ("April", "DATE", "2015-04"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("8 p.m. ET", "TIME", "XXXX-XX-XXT20:00"),
            ("seven days a week", "SET", "P1W"),
            ("two weeks", "DURATION", "P2W"),
            ("this week", "DATE", "2015-W07"),
            ("Friday", "DATE", "2015-02-13"),
            ("the weekend", "DATE", "2015-W06-WE"),
            ("December", "DATE", "2014-12"),
            ("last winter", "DATE", "2014-WI"),
            ("this winter", "DATE", "2015-WI"),
            ("the past five years", "DURATION", "P5Y"),
            ("every year", "SET", "P1Y"),
            ("hours", "DURATION", "PTXH"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("tonight", "TIME", "2015-02-09TNI"),
            ("90 days", "DURATION", "P90D"),
        ],
    ),
    # Wednesday 2013-01-02 (ISO week 1), Irish daily's website, section label, headline,
    # standfirst, stamp "Wed, Jan 2, 2013, 01:00" (one DATE span with its abbreviated weekday,
    # like "Tue, Nov 25, 2014" in gold_blind98, and the TIME), byline. "yesterday" is New
    # Year's Day, Tuesday 2013-01-01, and "last night" its night, 2013-01-01TNI (gold_blind35);
    # "last year" 2012 (New Year's Day 2012 is in it). The headline's "January sales" and "The
    # January sales" -> "January" 2013-01, the month now running (gold_blind67: the sales are
    # named by the month); "enter second week" -> "second week" DURATION P1W, the length of the
    # one ordinal period of the sales (they began on 26 December), with the majority of the
    # earlier sets and the TIMEX3 guidelines as gold_blind36 settled it ("its fourth day" P1D).
    # "over the weekend" just past, 2012-W52-WE (29-30 December); "a lean spring" -> "spring"
    # 2013-SP (the head noun, like "a wet winter", gold_blind103). "the week to December 29th"
    # -> "the week" DURATION P1W and "December 29th" 2012-12-29 (a trading period split like
    # "the 12 weeks to 3 January", gold_blind98); "the five weeks to December 29th" P5W and the
    # date, "a year earlier" after it 2011 (gold_blind67). "every Monday" SET XXXX-WXX-1; "this
    # week's" -> "this week" 2013-W01; "a day late" -> "a day" P1D (the size of a delay,
    # gold_blind57). St Stephen's Day (Irish name of 26 December, gold_blind98) 2012-12-26, the
    # quote's "Stephen's Day" the same day; "from 5.30am" and "at 7am" that day; "two hours
    # earlier than in 2011" PT2H and 2011. "at 8am tomorrow" 2013-01-03T08:00 and 2013-01-03;
    # "Sunday, January 13th" one DATE span 2013-01-13; "Christmas Day" 2012-12-25; "a weak
    # December" 2012-12 and "their December sales" 2012-12 (a report's month as an adjective,
    # gold_blind38); "the past five years" P5Y; "next week" 2013-W02; "mid-January" 2013-01,
    # "February" 2013-02, "March" 2013-03 (ahead); "Last January" 2012-01. Hours "9am to 6pm,
    # from Monday" XXXX-XX-XXThh:mm and "Monday" 2013-01-07; "until 9pm on Thursdays" TIME
    # XXXX-XX-XXT21:00 and SET XXXX-WXX-4; "Ten years ago" 2003; "Now" PRESENT_REF. Not
    # annotated: "the holiday" (New Year's Day, anaphoric), "the sales", "late opening", "normal
    # hours", "once the discounts end", "4 per cent", "6 per cent", "40 shopping streets", "2.1
    # per cent", "20 per cent", "(34)" (an age), "€1,899", "€999", "Aria 2000" (a product),
    # "1.5 per cent", "9 per cent", "30 per cent", "50 per cent", "1890 555 201".
    "kilcarra-january-sales-footfall": (
        "2013-01-02",
        [
            ("January", "DATE", "2013-01"),
            ("second week", "DURATION", "P1W"),
            ("the weekend", "DATE", "2012-W52-WE"),
            ("spring", "DATE", "2013-SP"),
            ("Wed, Jan 2, 2013", "DATE", "2013-01-02"),
            ("01:00", "TIME", "2013-01-02T01:00"),
            ("yesterday", "DATE", "2013-01-01"),
            ("New Year's Day", "DATE", "2013-01-01"),
            ("last year", "DATE", "2012"),
            ("last night", "TIME", "2013-01-01TNI"),
            ("the week", "DURATION", "P1W"),
            ("December 29th", "DATE", "2012-12-29"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("this week", "DATE", "2013-W01"),
            ("a day", "DURATION", "P1D"),
            ("January", "DATE", "2013-01"),
            ("St Stephen's Day", "DATE", "2012-12-26"),
            ("5.30am", "TIME", "2012-12-26T05:30"),
            ("7am", "TIME", "2012-12-26T07:00"),
            ("two hours", "DURATION", "PT2H"),
            ("2011", "DATE", "2011"),
            ("8am", "TIME", "2013-01-03T08:00"),
            ("tomorrow", "DATE", "2013-01-03"),
            ("Sunday, January 13th", "DATE", "2013-01-13"),
            ("Christmas Day", "DATE", "2012-12-25"),
            ("Stephen's Day", "DATE", "2012-12-26"),
            ("December", "DATE", "2012-12"),
            ("the five weeks", "DURATION", "P5W"),
            ("December 29th", "DATE", "2012-12-29"),
            ("a year earlier", "DATE", "2011"),
            ("the past five years", "DURATION", "P5Y"),
            ("December", "DATE", "2012-12"),
            ("next week", "DATE", "2013-W02"),
            ("mid-January", "DATE", "2013-01"),
            ("February", "DATE", "2013-02"),
            ("March", "DATE", "2013-03"),
            ("Last January", "DATE", "2012-01"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("Monday", "DATE", "2013-01-07"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Ten years ago", "DATE", "2003"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Thursday 2015-07-16 (ISO week 29), agency wire, headline, byline, "NEW YORK, July 16
    # (Reuters) -" dateline (the date the publication day), closing "(Reporting by ...)" line.
    # "said on Thursday" the publication day; "this year" 2015, "last year" 2014 (twice), "in
    # 2014"; "early August" 2015-08; "this fall" 2015-FA; the survey "between July 1 and July 8"
    # two DATEs; "in 2012". The quote: "every year" SET P1Y; "Ten years ago" 2005 and "by the
    # end of July" in that year, 2005-07 (the month of the year the quote is about,
    # gold_blind94); "Now" PRESENT_REF. "a three-day tax-free weekend" -> "three-day" DURATION
    # P3D only ("tax-free weekend" names a kind of weekend, not one weekend); "within two weeks
    # of the first day of school" P2W (anchored; "the first day of school" is an event of no
    # fixed date); "right after the Fourth of July" 2015-07-04; "until August" 2015-08.
    # Keller & Dunn's fiscal year "ends in late January": "late January" 2016-01 (the year now
    # running, gold_blind38), "its second quarter, which ends Aug. 1" FY2016-Q2 and 2015-08-01
    # (a Saturday), "the holiday quarter" the fourth quarter of that year, November-January,
    # FY2016-Q4 (gold_blind63; gold_blind55 gave the calendar value only where the text said
    # "which ends in December"). "said on Wednesday" 2015-07-15 and "on a call Wednesday
    # afternoon" 2015-07-15TAF; "on Aug. 19"; "at 7 a.m., an hour early, on Saturdays from July
    # 25 through Aug. 22" -> TIME XXXX-XX-XXT07:00, "an hour" PT1H (the size of a shift,
    # gold_blind48), SET XXXX-WXX-6 and the two DATEs. "Labor Day" 2015-09-07; "than a year ago"
    # 2014 (the unit's granularity). "the past four quarters" P4Q (gold_blind55); "tracks sales
    # weekly" SET P1W; Cardwell's "the third quarter" 2015-Q3 and "the second half" 2015-H2
    # (calendar: no fiscal year described). "since mid-March" 2015-03; "annually since 2003"
    # SET P1Y and 2003; "on Sept. 29, a week earlier than last year" 2015-09-29, P1W (the size
    # of a shift) and 2014. Not annotated: "the back-to-school season", "the holidays", "a soft
    # holiday season" (gold_blind19, gold_blind38), "a late season", "Its holiday forecast",
    # "tax holidays", "sales-tax holidays", "in morning trading" (a trading session,
    # gold_blind36), "grades K-12", "$630.36", "$634.18", "$688.62", "6,800", "44 percent", "21
    # percent", "1 percent to 2 percent", "1.5 percent", "2.5 percent", "3,000 stores", "1.2
    # percent", "$41.30", "18 percent", "a third".
    "back-to-school-spending-survey-flat": (
        "2015-07-16",
        [
            ("July 16", "DATE", "2015-07-16"),
            ("this year", "DATE", "2015"),
            ("last year", "DATE", "2014"),
            ("Thursday", "DATE", "2015-07-16"),
            ("early August", "DATE", "2015-08"),
            ("this fall", "DATE", "2015-FA"),
            ("2014", "DATE", "2014"),
            ("July 1", "DATE", "2015-07-01"),
            ("July 8", "DATE", "2015-07-08"),
            ("2012", "DATE", "2012"),
            ("every year", "SET", "P1Y"),
            ("Ten years ago", "DATE", "2005"),
            ("the end of July", "DATE", "2005-07"),
            ("Now", "DATE", "PRESENT_REF"),
            ("three-day", "DURATION", "P3D"),
            ("two weeks", "DURATION", "P2W"),
            ("the Fourth of July", "DATE", "2015-07-04"),
            ("August", "DATE", "2015-08"),
            ("late January", "DATE", "2016-01"),
            ("Wednesday", "DATE", "2015-07-15"),
            ("its second quarter", "DATE", "FY2016-Q2"),
            ("Aug. 1", "DATE", "2015-08-01"),
            ("Aug. 19", "DATE", "2015-08-19"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("an hour", "DURATION", "PT1H"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("July 25", "DATE", "2015-07-25"),
            ("Aug. 22", "DATE", "2015-08-22"),
            ("Labor Day", "DATE", "2015-09-07"),
            ("Wednesday afternoon", "TIME", "2015-07-15TAF"),
            ("the holiday quarter", "DATE", "FY2016-Q4"),
            ("a year ago", "DATE", "2014"),
            ("the past four quarters", "DURATION", "P4Q"),
            ("weekly", "SET", "P1W"),
            ("the third quarter", "DATE", "2015-Q3"),
            ("the second half", "DATE", "2015-H2"),
            ("mid-March", "DATE", "2015-03"),
            ("annually", "SET", "P1Y"),
            ("2003", "DATE", "2003"),
            ("Sept. 29", "DATE", "2015-09-29"),
            ("a week", "DURATION", "P1W"),
            ("last year", "DATE", "2014"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
