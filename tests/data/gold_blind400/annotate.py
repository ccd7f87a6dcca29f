"""Annotations of the blind gold set 400, chosen by hand before the tagger ran.

    python tests/data/gold_blind400/annotate.py [--show]

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
    # Tuesday 2012-09-18 (ISO week 38), Canadian Press byelection result on a national site,
    # section label, headline ("lowest since 1997"), credit, stamps "Published Tuesday, Sep. 18
    # 2012, 6:05 AM EDT" and "Last updated ... 11:42 AM EDT" (the date with its weekday one
    # DATE, the clock time a TIME with the zone in the span, gold_blind21, gold_blind49),
    # "STEINFELD, Man. —" dateline. The vote was "Monday's byelection", Monday 2012-09-17; the
    # results "shortly after 10 p.m. CDT" and "8:30 p.m. local time" are that evening's
    # ("shortly after" a signal, gold_blind28), "about 40 minutes later" DURATION PT40M (an
    # anchored duration alone, gold_blind35), "shortly before midnight" the midnight ending
    # Monday, 2012-09-17T24:00 (gold_blind17, gold_blind103), the winner's quoted "tonight"
    # resolved from the time of speaking, 2012-09-17TNI (gold_blind17). Advance polls "Friday,
    # Sept. 7, Saturday, Sept. 8, and Monday, Sept. 10" three DATEs with their weekdays.
    # "eight years in the Commons" P8Y; "the 180 days the law allows" DURATION with the
    # determiner (gold_blind8's "the 48 hours"); "38-day" P38D; "last Thursday" in a Tuesday
    # paper the most recent Thursday, 2012-09-13 (gold_blind8, gold_blind49); "every weekend
    # since mid-August" a SET XXXX-WXX-WE and a DATE 2012-08 (gold_blind49, gold_blind70); "its
    # 2011 share" an adjectival year; "for a decade" P10Y; "the next two years" P2Y. The Commons
    # "resumed sitting on Monday" 2012-09-17 (past, the vote's day); "next week" 2012-W39;
    # "validates the results on Thursday" 2012-09-20; "Dec. 14" 2012-12-14; "1 p.m. today"
    # two TIMEX3; "this fall" 2012-FA; "early next year" 2013. Not annotated: "The fall sitting"
    # (a sitting of the House named by its season, like "the summer recess" in gold_blind25 and
    # "its summer break" here), "three in 10", "52", "11,482 votes", "54.8 per cent", "5,210",
    # "29.4 per cent", "61.2 per cent", "3,100 people", "2,903 votes", "the 308-seat House",
    # "1,200 hectares", "Highway 75", "since" in no phrase.
    "pembina-lakes-byelection-result": (
        "2012-09-18",
        [
            ("1997", "DATE", "1997"),
            ("Tuesday, Sep. 18 2012", "DATE", "2012-09-18"),
            ("6:05 AM EDT", "TIME", "2012-09-18T06:05"),
            ("Tuesday, Sep. 18 2012", "DATE", "2012-09-18"),
            ("11:42 AM EDT", "TIME", "2012-09-18T11:42"),
            ("Monday", "DATE", "2012-09-17"),
            ("1997", "DATE", "1997"),
            ("10 p.m. CDT", "TIME", "2012-09-17T22:00"),
            ("8:30 p.m. local time", "TIME", "2012-09-17T20:30"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("midnight", "TIME", "2012-09-17T24:00"),
            ("tonight", "TIME", "2012-09-17TNI"),
            ("May 2011", "DATE", "2011-05"),
            ("Friday, Sept. 7", "DATE", "2012-09-07"),
            ("Saturday, Sept. 8", "DATE", "2012-09-08"),
            ("Monday, Sept. 10", "DATE", "2012-09-10"),
            ("June 29", "DATE", "2012-06-29"),
            ("eight years", "DURATION", "P8Y"),
            ("2004", "DATE", "2004"),
            ("Aug. 10", "DATE", "2012-08-10"),
            ("the 180 days", "DURATION", "P180D"),
            ("38-day", "DURATION", "P38D"),
            ("Aug. 30", "DATE", "2012-08-30"),
            ("last Thursday", "DATE", "2012-09-13"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("mid-August", "DATE", "2012-08"),
            ("2011", "DATE", "2011"),
            ("a decade", "DURATION", "P10Y"),
            ("the next two years", "DURATION", "P2Y"),
            ("Monday", "DATE", "2012-09-17"),
            ("next week", "DATE", "2012-W39"),
            ("Thursday", "DATE", "2012-09-20"),
            ("Dec. 14", "DATE", "2012-12-14"),
            ("2008", "DATE", "2008"),
            ("1 p.m.", "TIME", "2012-09-18T13:00"),
            ("today", "DATE", "2012-09-18"),
            ("this fall", "DATE", "2012-FA"),
            ("early next year", "DATE", "2013"),
        ],
    ),
    # Wednesday 2013-03-27 (ISO week 13), Canadian national daily's website, federal budget
    # story, section label, headline, deck, byline, stamp "Published Wednesday, March 27, 2013
    # 9:14PM EDT", "OTTAWA —" dateline. The federal fiscal year runs April-March and is named
    # by the year it ends (gold_blind13, gold_blind35, gold_blind61): "the 2013-14 fiscal
    # year, which begins Monday" FY2014 plus 2013-04-01; "the current fiscal year, 2012-13,
    # which ends Sunday" FY2013 twice (a noun phrase and the year in apposition, two TIMEX3
    # like "the following day, Easter Sunday" in gold_blind36) plus 2013-03-31; "2012-13
    # levels" FY2013 and "2009-10" FY2010 (a two-year fiscal year written alone, one span, see
    # README); the headline's "2015-16" FY2016, and "two years later" after FY2014 the same
    # FY2016 (the granularity of what it is counted from, like "a year earlier",
    # gold_blind35). The quoted "by 2015" keeps its calendar wording (gold_blind35's "Last
    # year's budget"). "this afternoon" 2013-03-27TAF; "the economic update of Nov. 13"
    # 2012-11-13; "From April to December" the months just past, 2012-04 and 2012-12; the
    # lock-up "at 10:30 a.m." and the speech "at 4 p.m. ET" today; "almost six hours" PT6H;
    # "the next three fiscal years" DURATION P3Y; "10-year" P10Y; "three years" P3Y (deck and
    # body); "Jan. 1, 2014"; "that evening" 2013-03-27TEV; "January 2010"; "the 1995
    # playbook" and "the 1995 budget" adjectival years; "last month" 2013-02; "January's GDP"
    # 2013-01; "tomorrow" and "The House sits Thursday" 2013-03-28; "monthly" SET P1M,
    # "quarterly" SET P3M (gold_blind35); "45 minutes" PT45M; "two weeks over Easter" P2W and
    # Easter Sunday 2013-03-31 (the deck's "breaks for Easter" the same); "April 15"
    # 2013-04-15 and "the following week" 2013-W17 (the week after it, gold_blind29); "vote
    # weeks away" PXW. Not annotated: "question period" (a part of a sitting, like "question
    # time" in gold_blind21), "the budget lock-up", "capitalledger.ca/budget2013" (a URL),
    # "$16.9-billion", "4,800", "$800 million", "$21.3 billion", "$1.2 billion", "$14.9
    # billion", "400 journalists", "$47 billion", "$1.3-billion", "5 per cent", "58", "fourth",
    # "$55.6 billion", "a fifth".
    "ottawa-budget-lock-up-deficit": (
        "2013-03-27",
        [
            ("2015-16", "DATE", "FY2016"),
            ("three years", "DURATION", "P3Y"),
            ("Easter", "DATE", "2013-03-31"),
            ("weeks", "DURATION", "PXW"),
            ("Wednesday, March 27, 2013", "DATE", "2013-03-27"),
            ("9:14PM EDT", "TIME", "2013-03-27T21:14"),
            ("this afternoon", "TIME", "2013-03-27TAF"),
            ("the 2013-14 fiscal year", "DATE", "FY2014"),
            ("Monday", "DATE", "2013-04-01"),
            ("two years later", "DATE", "FY2016"),
            ("the current fiscal year", "DATE", "FY2013"),
            ("2012-13", "DATE", "FY2013"),
            ("Sunday", "DATE", "2013-03-31"),
            ("Nov. 13", "DATE", "2012-11-13"),
            ("April", "DATE", "2012-04"),
            ("December", "DATE", "2012-12"),
            ("10:30 a.m.", "TIME", "2013-03-27T10:30"),
            ("almost six hours", "DURATION", "PT6H"),
            ("4 p.m. ET", "TIME", "2013-03-27T16:00"),
            ("2012-13", "DATE", "FY2013"),
            ("2016", "DATE", "2016"),
            ("the next three fiscal years", "DURATION", "P3Y"),
            ("10-year", "DURATION", "P10Y"),
            ("2014", "DATE", "2014"),
            ("three years", "DURATION", "P3Y"),
            ("Jan. 1, 2014", "DATE", "2014-01-01"),
            ("2011", "DATE", "2011"),
            ("2015", "DATE", "2015"),
            ("that evening", "TIME", "2013-03-27TEV"),
            ("January 2010", "DATE", "2010-01"),
            ("2009-10", "DATE", "FY2010"),
            ("1995", "DATE", "1995"),
            ("1995", "DATE", "1995"),
            ("last month", "DATE", "2013-02"),
            ("January", "DATE", "2013-01"),
            ("tomorrow", "DATE", "2013-03-28"),
            ("monthly", "SET", "P1M"),
            ("quarterly", "SET", "P3M"),
            ("45 minutes", "DURATION", "PT45M"),
            ("Thursday", "DATE", "2013-03-28"),
            ("two weeks", "DURATION", "P2W"),
            ("Easter", "DATE", "2013-03-31"),
            ("April 15", "DATE", "2013-04-15"),
            ("the following week", "DATE", "2013-W17"),
        ],
    ),
    # Saturday 2015-06-20 (ISO week 25), Canadian paper's national royal-tour preview, section
    # label, headline, byline, "HALIFAX" and the date line "Saturday, June 20, 2015", a
    # programme box. The tour begins "Monday" / "on Monday afternoon" 2015-06-22 (the road
    # closures the same afternoon) and ends on "Canada Day", Wednesday 2015-07-01 (a holiday
    # on the day it falls on, gold_blind57); "10-day" P10D (headline and lead). The programme
    # was released "on Thursday" 2015-06-18; "almost eight months" P8M; "next weekend" in a
    # Saturday paper is the following week's, 2015-W26-WE (27-28 June, gold_blind4,
    # gold_blind24), as "Sunday, June 28" and the box confirm. "Tuesday morning" 2015-06-23TMO;
    # "Fête nationale" (Quebec's holiday, inside "Fête nationale celebrations" and in the box)
    # DATE 2015-06-24 like "Anzac Day" in "the Anzac Day service" (gold_blind49); "the evening
    # of Wednesday, June 24" one TIME span like "the night of July 19" (gold_blind21); "more
    # than 20 years" P20Y (the period of a "first in", gold_blind35); "Friday evening"
    # 2015-06-26TEV; "40-minute" PT40M. Canada Day: "the noon show" -> "noon" TIME
    # 2015-07-01T12:00 (a clock time as a modifier, like "a 5 p.m. ET news conference" in
    # gold_blind36), "every 20 minutes" SET PT20M "from 8 a.m." that day, "10 p.m.", "shortly
    # after midnight" the midnight ending Canada Day, T24:00 (gold_blind103). "July 1";
    # "two years before ... in 2017" DURATION P2Y (anchored) and DATE 2017. The box: each day
    # with its weekday one DATE, "4 p.m." on 2015-06-22, "Canada Day" again. "two hours before
    # each event" PT2H. Not annotated: "10th wedding anniversary" (an ordinal anniversary,
    # gold_blind8, gold_blind21), "Confederation's 150th anniversary" beyond "2017", "its
    # holiday", "the Fort Henry sunset ceremony" ("sunset" naming a ceremony, a kind of
    # event), "a 21-gun salute", "RCAF CC-150 Polaris" (a model number), "Highway 102",
    # "41", "44" (ages), "300,000", "four provinces", "1-866-555-2015" and "#Merrow2015" (a
    # phone number and a hashtag holding the year), "every stop".
    "merrow-royal-tour-program": (
        "2015-06-20",
        [
            ("10-day", "DURATION", "P10D"),
            ("Monday", "DATE", "2015-06-22"),
            ("Canada Day", "DATE", "2015-07-01"),
            ("Saturday, June 20, 2015", "DATE", "2015-06-20"),
            ("Monday afternoon", "TIME", "2015-06-22TAF"),
            ("10-day", "DURATION", "P10D"),
            ("Canada Day", "DATE", "2015-07-01"),
            ("September 2011", "DATE", "2011-09"),
            ("Thursday", "DATE", "2015-06-18"),
            ("almost eight months", "DURATION", "P8M"),
            ("next weekend", "DATE", "2015-W26-WE"),
            ("2005", "DATE", "2005"),
            ("Sunday, June 28", "DATE", "2015-06-28"),
            ("Tuesday morning", "TIME", "2015-06-23TMO"),
            ("Fête nationale", "DATE", "2015-06-24"),
            ("the evening of Wednesday, June 24", "TIME", "2015-06-24TEV"),
            ("more than 20 years", "DURATION", "P20Y"),
            ("Friday evening", "TIME", "2015-06-26TEV"),
            ("40-minute", "DURATION", "PT40M"),
            ("Monday afternoon", "TIME", "2015-06-22TAF"),
            ("Canada Day", "DATE", "2015-07-01"),
            ("noon", "TIME", "2015-07-01T12:00"),
            ("every 20 minutes", "SET", "PT20M"),
            ("8 a.m.", "TIME", "2015-07-01T08:00"),
            ("10 p.m.", "TIME", "2015-07-01T22:00"),
            ("midnight", "TIME", "2015-07-01T24:00"),
            ("July 1", "DATE", "2015-07-01"),
            ("two years", "DURATION", "P2Y"),
            ("2017", "DATE", "2017"),
            ("Monday, June 22", "DATE", "2015-06-22"),
            ("4 p.m.", "TIME", "2015-06-22T16:00"),
            ("Tuesday, June 23", "DATE", "2015-06-23"),
            ("Wednesday, June 24", "DATE", "2015-06-24"),
            ("Fête nationale", "DATE", "2015-06-24"),
            ("Thursday, June 25", "DATE", "2015-06-25"),
            ("Friday, June 26", "DATE", "2015-06-26"),
            ("Saturday, June 27", "DATE", "2015-06-27"),
            ("Sunday, June 28", "DATE", "2015-06-28"),
            ("Monday, June 29", "DATE", "2015-06-29"),
            ("Tuesday, June 30", "DATE", "2015-06-30"),
            ("Wednesday, July 1", "DATE", "2015-07-01"),
            ("Canada Day", "DATE", "2015-07-01"),
            ("two hours", "DURATION", "PT2H"),
        ],
    ),
    # Thursday 2014-08-07 (ISO week 32), AAP wire story on a portal, headline, credit, stamp
    # "7 August 2014, 4:08pm AEST" (DATE and TIME), no dateline; AAP names the publication day
    # by its weekday ("said on Thursday", "on Thursday" 2014-08-07). The night shift "began at
    # 7pm on Tuesday" 2014-08-05T19:00; the fall "at about 2.40am on Wednesday"
    # 2014-08-06T02:40 (the approximator kept); "the previous Saturday" is the Saturday before
    # the last date of the story line, Wednesday, so 2014-08-02 (anchored like "the previous
    # day", gold_blind28, gold_blind36; see README); "within 40 minutes" PT40M; "4.15am" on
    # Wednesday; "that morning" 2014-08-06TMO and "that evening" 2014-08-06TEV (the day of the
    # fall, gold_blind8, gold_blind36); "6am on Wednesday"; "the next day" 2014-08-07. "a
    # fortnight" (headline) and "less than a fortnight" P2W: the period of an ordinal count of
    # incidents (gold_blind103's "the third time in two weeks"); "at least a fortnight" P2W.
    # "12-hour" PT12H; "the 2013-14 financial year, which ended on 30 June" FY2014 (the
    # Australian July-June year named by the year it ends, gold_blind9, gold_blind49) and
    # 2014-06-30. "Two weeks ago" at the unit's granularity, 2014-W30 (gold_blind11,
    # gold_blind28), with "24 July" 2014-07-24 after it; "six hours" PT6H; "from daily to
    # weekly" two SETs P1D and P1W; "since March" 2014-03; "1998"; "more than a year" P1Y;
    # "2pm on Monday" 2014-08-11T14:00 and 2014-08-11. Not annotated: "the night shift" (a kind
    # of shift, gold_blind44), "Unit 14", "Panel 1208" (a panel number that reads like 12/08),
    # "380 metres", "34", "27", "51" (ages), "420 people", "2.1 million tonnes", "60 workers",
    # "1300 662 014", "may" (the verb), "second".
    "bindaree-north-mine-roof-fall": (
        "2014-08-07",
        [
            ("a fortnight", "DURATION", "P2W"),
            ("7 August 2014", "DATE", "2014-08-07"),
            ("4:08pm AEST", "TIME", "2014-08-07T16:08"),
            ("less than a fortnight", "DURATION", "P2W"),
            ("7pm", "TIME", "2014-08-05T19:00"),
            ("Tuesday", "DATE", "2014-08-05"),
            ("about 2.40am", "TIME", "2014-08-06T02:40"),
            ("Wednesday", "DATE", "2014-08-06"),
            ("the previous Saturday", "DATE", "2014-08-02"),
            ("Thursday", "DATE", "2014-08-07"),
            ("40 minutes", "DURATION", "PT40M"),
            ("4.15am", "TIME", "2014-08-06T04:15"),
            ("that morning", "TIME", "2014-08-06TMO"),
            ("Thursday", "DATE", "2014-08-07"),
            ("that evening", "TIME", "2014-08-06TEV"),
            ("6am", "TIME", "2014-08-06T06:00"),
            ("Wednesday", "DATE", "2014-08-06"),
            ("the next day", "DATE", "2014-08-07"),
            ("at least a fortnight", "DURATION", "P2W"),
            ("2006", "DATE", "2006"),
            ("12-hour", "DURATION", "PT12H"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("30 June", "DATE", "2014-06-30"),
            ("Two weeks ago", "DATE", "2014-W30"),
            ("24 July", "DATE", "2014-07-24"),
            ("six hours", "DURATION", "PT6H"),
            ("daily", "SET", "P1D"),
            ("weekly", "SET", "P1W"),
            ("March", "DATE", "2014-03"),
            ("1998", "DATE", "1998"),
            ("more than a year", "DURATION", "P1Y"),
            ("2pm", "TIME", "2014-08-11T14:00"),
            ("Monday", "DATE", "2014-08-11"),
        ],
    ),
    # Friday 2015-08-28 (ISO week 35), Australian national daily's inquiry story, section
    # label, headline, standfirst, byline, stamp "12:00AM August 28, 2015" (the print edition's
    # midnight posting: TIME 2015-08-28T00:00, written as a clock time, and the DATE). The fire
    # narrative: "Tuesday 13 January" 2015-01-13; "three days earlier" an anchored DATE,
    # 2015-01-10 (like "Two days earlier", gold_blind7); "about 10.40am the next day"
    # 2015-01-11T10:40 and 2015-01-11 (anchored on that Saturday); "almost 16 hours" PT16H
    # (standfirst and body);
    # "by that evening" 2015-01-11TEV; "1.20pm on 13 January"; "hours" PTXH twice ("within
    # hours", "still hours away", gold_blind6); "under three hours" PT3H; the quoted "at 4pm"
    # and "By five" on 13 January, "five" a spoken hour, 2015-01-13T17:00 (gold_blind30,
    # gold_blind48); "9am that Tuesday" 2015-01-13T09:00 and DATE 2015-01-13 (anaphoric "that
    # Tuesday", like "that Saturday" in gold_blind52). "since 2 January" 2015-01-02; "the
    # January blaze" 2015-01 (an adjectival month naming the month, gold_blind68). The inquiry:
    # "in May" 2015-05 (twice), "23 days" P23D, "between April and June" 2015-04 and 2015-06,
    # "on Monday" 2015-08-24, "yesterday" 2015-08-27, "two-week" P2W; "1944". Ahead: "this
    # December" 2015-12; "every Saturday in September and October" a SET XXXX-WXX-6 and two
    # DATEs 2015-09, 2015-10 (like "Saturdays in December", gold_blind17); "within 30 minutes"
    # PT30M; "within 90 days" P90D; "this financial year" FY2016 (July 2015-June 2016,
    # gold_blind9, gold_blind70); "mid-November" 2015-11; "a month earlier than last season"
    # DURATION P1M (the size of a shift, gold_blind28, gold_blind35). "Seven months on" at the
    # unit's granularity, 2015-08 (gold_blind12). Not annotated: "last season" and "The fire
    # danger period" (a fire season of no calendar unit, gold_blind49, gold_blind103), "Code
    # Red", "000" (the emergency number), "Cessna 337", "Recommendation 19", "212-page", "34
    # recommendations", "311 submissions", "44 degrees", "14 kilometres", "40 hectares", "61
    # homes", "12 Ridge Road", "71", "$4.3 million", "nine", "22 building permits", "sitting
    # day".
    "wirrina-ridge-fire-inquiry-report": (
        "2015-08-28",
        [
            ("almost 16 hours", "DURATION", "PT16H"),
            ("12:00AM", "TIME", "2015-08-28T00:00"),
            ("August 28, 2015", "DATE", "2015-08-28"),
            ("hours", "DURATION", "PTXH"),
            ("2 January", "DATE", "2015-01-02"),
            ("January", "DATE", "2015-01"),
            ("Tuesday 13 January", "DATE", "2015-01-13"),
            ("three days earlier", "DATE", "2015-01-10"),
            ("about 10.40am", "TIME", "2015-01-11T10:40"),
            ("the next day", "DATE", "2015-01-11"),
            ("almost 16 hours", "DURATION", "PT16H"),
            ("that evening", "TIME", "2015-01-11TEV"),
            ("1.20pm", "TIME", "2015-01-13T13:20"),
            ("13 January", "DATE", "2015-01-13"),
            ("hours", "DURATION", "PTXH"),
            ("under three hours", "DURATION", "PT3H"),
            ("4pm", "TIME", "2015-01-13T16:00"),
            ("five", "TIME", "2015-01-13T17:00"),
            ("May", "DATE", "2015-05"),
            ("23 days", "DURATION", "P23D"),
            ("April", "DATE", "2015-04"),
            ("June", "DATE", "2015-06"),
            ("Monday", "DATE", "2015-08-24"),
            ("yesterday", "DATE", "2015-08-27"),
            ("two-week", "DURATION", "P2W"),
            ("9am", "TIME", "2015-01-13T09:00"),
            ("that Tuesday", "DATE", "2015-01-13"),
            ("1944", "DATE", "1944"),
            ("this December", "DATE", "2015-12"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("September", "DATE", "2015-09"),
            ("October", "DATE", "2015-10"),
            ("30 minutes", "DURATION", "PT30M"),
            ("90 days", "DURATION", "P90D"),
            ("this financial year", "DATE", "FY2016"),
            ("mid-November", "DATE", "2015-11"),
            ("a month", "DURATION", "P1M"),
            ("Seven months on", "DATE", "2015-08"),
            ("May", "DATE", "2015-05"),
        ],
    ),
    # Monday 2012-04-09 (ISO week 15), Easter Monday, Sydney paper's website, section label,
    # headline, standfirst, stamp "Date: April 9, 2012 - 5:48PM", byline. Easter Sunday 2012 is
    # 8 April: "Easter" in the headline ("Easter road toll", a holiday inside a name, like
    # "the Anzac Day service", gold_blind49) and "over Easter" 2012-04-08 (gold_blind3); "Good
    # Friday" 2012-04-06; "Easter Sunday" 2012-04-08; "Easter last year" one span, Easter Sunday
    # 2011, 2011-04-24 (gold_blind57). "the long weekend" (Good Friday to Easter Monday) is the
    # ISO weekend of its Saturday, 2012-W14-WE (gold_blind9, gold_blind103). The operation
    # began "at 12.01am on Thursday" 2012-04-05T00:01; "since Thursday" the same day; "this
    # afternoon" and "this morning" today; "three days after ... on Friday" P3D (anchored) and
    # 2012-04-06; "about 1.30am on Good Friday"; "Saturday afternoon" 2012-04-07TAF, and "the
    # previous Saturday" the Saturday before that Saturday, 2012-03-31 (see README); "4.10pm on
    # Easter Sunday"; "overnight" (told on Monday) the night begun on Sunday evening,
    # 2012-04-08TNI (gold_blind21, gold_blind103); "11.20pm on Saturday" 2012-04-07T23:20.
    # Today: "11.59pm tonight" (standfirst), "until midnight tonight" 2012-04-09T24:00 and TNI,
    # "between 2pm and 8pm today", "from 10pm tonight until 5am tomorrow" (5am on 2012-04-10).
    # "every night this week" SET XXXX-XX-XXTNI and 2012-W15; "a year ago" 2011; "the Anzac
    # Day holiday, on Wednesday 25 April, from 12.01am to 11.59pm" two DATEs and two TIMEs;
    # "every two hours" SET PT2H; "updated daily" SET P1D. Not annotated: "The state's annual
    # road toll" (an adjective naming the period of a figure, gold_blind103's "its usual
    # monthly total"), "double demerits", "the police holiday operation", "2004 model Holden
    # Commodore" (a model year, gold_blind16), "52-year-old", "19-year-old", "P-plater", "84",
    # "81", "37-year-old", "9,412", "214", "61,300", "164km/h", "110km/h", "10 points", "112",
    # "119", "the M5 East tunnel", "roadtollwatch.org.au/2012/easter" (a URL with a year),
    # "Seven", "Four".
    "nsw-easter-road-toll-seven": (
        "2012-04-09",
        [
            ("Easter", "DATE", "2012-04-08"),
            ("11.59pm", "TIME", "2012-04-09T23:59"),
            ("tonight", "TIME", "2012-04-09TNI"),
            ("April 9, 2012", "DATE", "2012-04-09"),
            ("5:48PM", "TIME", "2012-04-09T17:48"),
            ("12.01am", "TIME", "2012-04-05T00:01"),
            ("Thursday", "DATE", "2012-04-05"),
            ("Easter", "DATE", "2012-04-08"),
            ("2008", "DATE", "2008"),
            ("this afternoon", "TIME", "2012-04-09TAF"),
            ("this morning", "TIME", "2012-04-09TMO"),
            ("three days", "DURATION", "P3D"),
            ("Friday", "DATE", "2012-04-06"),
            ("the long weekend", "DATE", "2012-W14-WE"),
            ("about 1.30am", "TIME", "2012-04-06T01:30"),
            ("Good Friday", "DATE", "2012-04-06"),
            ("Saturday afternoon", "TIME", "2012-04-07TAF"),
            ("the previous Saturday", "DATE", "2012-03-31"),
            ("4.10pm", "TIME", "2012-04-08T16:10"),
            ("Easter Sunday", "DATE", "2012-04-08"),
            ("overnight", "TIME", "2012-04-08TNI"),
            ("Thursday", "DATE", "2012-04-05"),
            ("11.20pm", "TIME", "2012-04-07T23:20"),
            ("Saturday", "DATE", "2012-04-07"),
            ("midnight", "TIME", "2012-04-09T24:00"),
            ("tonight", "TIME", "2012-04-09TNI"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("this week", "DATE", "2012-W15"),
            ("Easter last year", "DATE", "2011-04-24"),
            ("a year ago", "DATE", "2011"),
            ("2pm", "TIME", "2012-04-09T14:00"),
            ("8pm", "TIME", "2012-04-09T20:00"),
            ("today", "DATE", "2012-04-09"),
            ("10pm", "TIME", "2012-04-09T22:00"),
            ("tonight", "TIME", "2012-04-09TNI"),
            ("5am", "TIME", "2012-04-10T05:00"),
            ("tomorrow", "DATE", "2012-04-10"),
            ("Anzac Day", "DATE", "2012-04-25"),
            ("Wednesday 25 April", "DATE", "2012-04-25"),
            ("12.01am", "TIME", "2012-04-25T00:01"),
            ("11.59pm", "TIME", "2012-04-25T23:59"),
            ("every two hours", "SET", "PT2H"),
            ("daily", "SET", "P1D"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
