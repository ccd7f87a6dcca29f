"""Annotations of the five-hundred-and-seventieth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind570/annotate.py [--show]

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
    # Saturday 2012-08-18 (ISO week 33), Pakistani English daily's website, headline, deck,
    # "By Our Staff Reporter", stamp "Updated August 18, 2012, 11:52 PM" (DATE and TIME, no
    # zone), "NAWABPUR:" dateline. The text fixes the festival: the moon was sighted "this
    # evening" and "Eid ul Fitr will be celebrated tomorrow (Sunday)", so "Eid ul Fitr" (headline
    # and lead), "Eid" of this year (the holidays "for Eid", "Eid prayers", gold_blind79's "this
    # year's Eid prayers") and "tomorrow" are 2012-08-19, "(Sunday)" a DATE of its own. "The
    # holy month of Ramazan" (one span, like "the winter of 2010-11") began on July 21 and ends
    # today: 21 July-18 August 2012 crosses a month end, so DATE 2012, the smallest calendar
    # unit holding the period (gold_blind79). "Chand Raat" (deck and body), the night of the
    # moon sighting before Eid, is a night named like a holiday: TIME 2012-08-18TNI (see
    # README). The bazaars' "till 3am" is after that night's midnight, 2012-08-19T03:00
    # (gold_blind57's "until 4 a.m." on New Year's Eve); the deck's "Eidgah prayers at 7am" is
    # tomorrow's, like the body's "7am tomorrow" and "7.30am". Tonight's clock times: "5pm",
    # "8.30pm", "10.05pm"; "sunset" TIME 2012-08-18TEV (gold_blind79), "early evening" TEV.
    # "about 40 minutes" and "more than an hour" DURATIONs (anchored, the size of a delay).
    # "Last year Eid was celebrated on August 31" -> "Last year" 2011, "Eid" and "August 31"
    # 2011-08-31 (a holiday and the date after it, two DATEs); "Eid ul Azha on October 27"
    # 2012-10-27 twice (the text gives the day, gold_blind79). Weekdays: the holidays "from
    # Sunday to Tuesday" 2012-08-19 and 2012-08-21, offices reopen "on Wednesday" 2012-08-22
    # (future); the notification "issued on Thursday" and terminals crowded "since Thursday"
    # 2012-08-16, trains "since Friday" 2012-08-17 (past); the forecast "for tomorrow and
    # Monday" 2012-08-20 and "Tuesday evening" 2012-08-21TEV. "three days" of holidays P3D;
    # "the past week" P1W; "a year ago" 2011 (the unit's granularity). Not annotated: "the
    # Shawwal crescent" (the moon of a lunar month), "29 fasts", "the holidays" (a holiday
    # period, gold_blind57), "around the clock", "Rescue 1122", "1,800 policemen", "30 per
    # cent", "46" (an age), "Rs 1,200", "Rs 3,500", "numbered 101 to 104" (trains), "38C",
    # "Eidgah" (a prayer ground; "Eid" inside a word), "Met office" / "Met department".
    "nawabpur-shawwal-moon-eid-ul-fitr": (
        "2012-08-18",
        [
            ("Eid ul Fitr", "DATE", "2012-08-19"),
            ("tomorrow", "DATE", "2012-08-19"),
            ("3am", "TIME", "2012-08-19T03:00"),
            ("Chand Raat", "TIME", "2012-08-18TNI"),
            ("7am", "TIME", "2012-08-19T07:00"),
            ("August 18, 2012", "DATE", "2012-08-18"),
            ("11:52 PM", "TIME", "2012-08-18T23:52"),
            ("this evening", "TIME", "2012-08-18TEV"),
            ("Eid ul Fitr", "DATE", "2012-08-19"),
            ("tomorrow", "DATE", "2012-08-19"),
            ("Sunday", "DATE", "2012-08-19"),
            ("10.05pm", "TIME", "2012-08-18T22:05"),
            ("5pm", "TIME", "2012-08-18T17:00"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("sunset", "TIME", "2012-08-18TEV"),
            ("8.30pm", "TIME", "2012-08-18T20:30"),
            ("more than an hour", "DURATION", "PT1H"),
            ("The holy month of Ramazan", "DATE", "2012"),
            ("July 21", "DATE", "2012-07-21"),
            ("Last year", "DATE", "2011"),
            ("Eid", "DATE", "2011-08-31"),
            ("August 31", "DATE", "2011-08-31"),
            ("Eid ul Azha", "DATE", "2012-10-27"),
            ("October 27", "DATE", "2012-10-27"),
            ("three days", "DURATION", "P3D"),
            ("Eid", "DATE", "2012-08-19"),
            ("Sunday", "DATE", "2012-08-19"),
            ("Tuesday", "DATE", "2012-08-21"),
            ("Wednesday", "DATE", "2012-08-22"),
            ("Thursday", "DATE", "2012-08-16"),
            ("Eid", "DATE", "2012-08-19"),
            ("7am", "TIME", "2012-08-19T07:00"),
            ("tomorrow", "DATE", "2012-08-19"),
            ("7.30am", "TIME", "2012-08-19T07:30"),
            ("Chand Raat", "TIME", "2012-08-18TNI"),
            ("early evening", "TIME", "2012-08-18TEV"),
            ("3am", "TIME", "2012-08-19T03:00"),
            ("the past week", "DURATION", "P1W"),
            ("a year ago", "DATE", "2011"),
            ("Thursday", "DATE", "2012-08-16"),
            ("Friday", "DATE", "2012-08-17"),
            ("August 26", "DATE", "2012-08-26"),
            ("tomorrow", "DATE", "2012-08-19"),
            ("Monday", "DATE", "2012-08-20"),
            ("Tuesday evening", "TIME", "2012-08-21TEV"),
        ],
    ),
    # Tuesday 2013-11-26 (ISO week 48), US paper's local-news page, section label, headline,
    # deck, date line "Tuesday, November 26, 2013", byline "Staff Writer", "BRAMBLE HILLS, Ohio
    # —" dateline. Hanukkah 2013 "begins at sundown Wednesday" 2013-11-27 and "runs through
    # Thursday, Dec. 5": 27 November-5 December crosses a month end, so "Hanukkah" (headline
    # and lead) is DATE 2013 (gold_blind79); last year's Hanukkah, begun "on Dec. 8" 2012, is
    # 2012-12 (8-16 December 2012). Thanksgiving 2013 is the fourth Thursday of November,
    # 2013-11-28 ("Thanksgiving dinner on Thursday" two DATEs, the dinner held that day, like
    # "Canada Day parade" in gold_blind57; "2 p.m. on Thanksgiving"). "Thanksgivukkah"
    # (headline and lead) is the name given to that Thursday on which Thanksgiving and the
    # first day of Hanukkah fall: DATE 2013-11-28 (see README). "Black Friday shoppers" ->
    # "Black Friday" 2013-11-29 (the shopping happens that day, gold_blind38, gold_blind57).
    # Weekdays: "Wednesday night" (headline) 2013-11-27TNI, "5:30 p.m. Wednesday"; "said
    # Monday" 2013-11-25 and "since Friday" 2013-11-22 (past); "6 a.m. Friday" 2013-11-29
    # (future: the same weekday both ways); "Sunday afternoon, Dec. 1" 2013-12-01TAF and the
    # DATE; "Thursday night" 2013-11-28TNI. "the end of the Thanksgiving weekend" one DATE span
    # 2013-W48-WE (30 November-1 December; the modifier not recorded, like "the middle of next
    # week" in gold_blind103). "in well over a century" is the period of a "not since" / "first
    # in", DURATION P100Y (gold_blind35); "the 19th century" 18 (gold_blind5); "each evening at
    # 5 p.m." SET XXXX-XX-XXTEV with XXXX-XX-XXT17:00 (gold_blind27); "eight-day" P8D; "the
    # next eight days" P8D; "weeks" PXW; "this week" 2013-W48; "earlier this month" 2013-11;
    # "recent weeks" PAST_REF; "the past decade" P10Y; "next year" 2014 and "Dec. 16"
    # 2014-12-16. Not annotated: "the Hebrew calendar", "the solar year" (a generic unit,
    # gold_blind57), "this holiday" and "The two holidays" (anaphoric), "the second candle",
    # "12-foot", "about 300 people", "58", "4 and 7" (ages), "400", "$2.50", "Route 18", "about
    # a third", "410 households", "Hebrew school", "The last time" (only the century).
    "bramble-hills-thanksgivukkah-menorah": (
        "2013-11-26",
        [
            ("Thanksgivukkah", "DATE", "2013-11-28"),
            ("Hanukkah", "DATE", "2013"),
            ("Wednesday night", "TIME", "2013-11-27TNI"),
            ("Tuesday, November 26, 2013", "DATE", "2013-11-26"),
            ("Hanukkah", "DATE", "2013"),
            ("sundown", "TIME", "2013-11-27TEV"),
            ("Wednesday", "DATE", "2013-11-27"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("Thursday", "DATE", "2013-11-28"),
            ("well over a century", "DURATION", "P100Y"),
            ("weeks", "DURATION", "PXW"),
            ("Thanksgivukkah", "DATE", "2013-11-28"),
            ("the 19th century", "DATE", "18"),
            ("1921", "DATE", "1921"),
            ("eight-day", "DURATION", "P8D"),
            ("Thursday, Dec. 5", "DATE", "2013-12-05"),
            ("Last year", "DATE", "2012"),
            ("Hanukkah", "DATE", "2012-12"),
            ("Dec. 8", "DATE", "2012-12-08"),
            ("next year", "DATE", "2014"),
            ("Dec. 16", "DATE", "2014-12-16"),
            ("5:30 p.m.", "TIME", "2013-11-27T17:30"),
            ("Wednesday", "DATE", "2013-11-27"),
            ("each evening", "SET", "XXXX-XX-XXTEV"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("Dec. 4", "DATE", "2013-12-04"),
            ("Monday", "DATE", "2013-11-25"),
            ("last year", "DATE", "2012"),
            ("Friday", "DATE", "2013-11-22"),
            ("Nov. 1", "DATE", "2013-11-01"),
            ("this year", "DATE", "2013"),
            ("2 p.m.", "TIME", "2013-11-28T14:00"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("6 a.m.", "TIME", "2013-11-29T06:00"),
            ("Friday", "DATE", "2013-11-29"),
            ("Black Friday", "DATE", "2013-11-29"),
            ("this week", "DATE", "2013-W48"),
            ("Sunday afternoon", "TIME", "2013-12-01TAF"),
            ("Dec. 1", "DATE", "2013-12-01"),
            ("the end of the Thanksgiving weekend", "DATE", "2013-W48-WE"),
            ("the past decade", "DURATION", "P10Y"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("earlier this month", "DATE", "2013-11"),
            ("Thursday night", "TIME", "2013-11-28TNI"),
            ("the next eight days", "DURATION", "P8D"),
        ],
    ),
    # Thursday 2014-10-16 (ISO week 42), Trinidad and Tobago daily, section label, headline,
    # deck, date line "Published: Thursday, October 16, 2014" (one DATE span with its
    # weekday), byline, no dateline. The text fixes the festival: "Divali ... falls on Thursday
    # October 23 this year" 2014-10-23 (a holiday and the date after it, two DATEs); the deck's
    # "Thursday's holiday" and the later bare "Thursday" (closures, "until Thursday") are that
    # day, the nearest future Thursday, not the publication day. "the eve of Divali" is one
    # DATE span, 2014-10-22, beside "Wednesday" (gold_blind79's "the eve of the Mid-Autumn
    # Festival"). "Last year Divali was observed on November 2" -> 2013 and 2013-11-02 twice.
    # "Divali night" TIME 2014-10-23TNI (like "Thanksgiving night", gold_blind57) with "6 pm"
    # that day; "2 pm on Divali" 2014-10-23T14:00; "the next day" after it 2014-10-24,
    # anchored on the narrative's last date. The grounds' hours recur: "5 pm daily", "11 pm",
    # "from 4 pm to 1 am each night" -> XXXX-XX-XXThh:mm with the SETs "daily" P1D and "each
    # night" XXXX-XX-XXTNI; on Wednesday they stay open "until 2 am", after that night's
    # midnight, 2014-10-23T02:00. "a week of music" P1W (tonight to Wednesday); "the next
    # seven days" P7D; "the weekend" 2014-W42-WE (18-19 October) and its "Saturday night"
    # 2014-10-18TNI; "since Monday" 2014-10-13; "yesterday" 2014-10-15; "in August" 2014-08;
    # "every weekend" SET XXXX-WXX-WE; "every year" SET P1Y; "the past fortnight" P2W
    # (gold_blind9); "October last year" one span 2013-10 (like "September last year",
    # gold_blind18); "Now" PRESENT_REF. Not annotated: "The Belle Rive Divali Mela" and "the
    # mela" (an event's name), "Divali mela" (headline), "the Hindu festival of lights",
    # "since then" (anaphoric), "the usual time", "the first time", "TT$20", "under 12", "67",
    # "81", "15" (ages), "60,000", "45,000", "14 calls", "nine", "the Route 7 band" (a taxi
    # route), "636-1991" (a phone number holding 1991, beside "first held in 1991").
    "belle-rive-divali-mela-opens": (
        "2014-10-16",
        [
            ("tonight", "TIME", "2014-10-16TNI"),
            ("Thursday", "DATE", "2014-10-23"),
            ("Thursday, October 16, 2014", "DATE", "2014-10-16"),
            ("tonight", "TIME", "2014-10-16TNI"),
            ("7.30 pm", "TIME", "2014-10-16T19:30"),
            ("a week", "DURATION", "P1W"),
            ("Wednesday", "DATE", "2014-10-22"),
            ("the eve of Divali", "DATE", "2014-10-22"),
            ("Divali", "DATE", "2014-10-23"),
            ("Thursday October 23", "DATE", "2014-10-23"),
            ("this year", "DATE", "2014"),
            ("Last year", "DATE", "2013"),
            ("Divali", "DATE", "2013-11-02"),
            ("November 2", "DATE", "2013-11-02"),
            ("yesterday", "DATE", "2014-10-15"),
            ("5 pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("11 pm", "TIME", "XXXX-XX-XXT23:00"),
            ("Wednesday", "DATE", "2014-10-22"),
            ("2 am", "TIME", "2014-10-23T02:00"),
            ("August", "DATE", "2014-08"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("1991", "DATE", "1991"),
            ("last year", "DATE", "2013"),
            ("the next seven days", "DURATION", "P7D"),
            ("the weekend", "DATE", "2014-W42-WE"),
            ("Saturday night", "TIME", "2014-10-18TNI"),
            ("Monday", "DATE", "2014-10-13"),
            ("4 pm", "TIME", "XXXX-XX-XXT16:00"),
            ("1 am", "TIME", "XXXX-XX-XXT01:00"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("Thursday", "DATE", "2014-10-23"),
            ("Thursday", "DATE", "2014-10-23"),
            ("Friday", "DATE", "2014-10-24"),
            ("2 pm", "TIME", "2014-10-23T14:00"),
            ("Divali", "DATE", "2014-10-23"),
            ("the next day", "DATE", "2014-10-24"),
            ("6 pm", "TIME", "2014-10-23T18:00"),
            ("Divali night", "TIME", "2014-10-23TNI"),
            ("every year", "SET", "P1Y"),
            ("1948", "DATE", "1948"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the past fortnight", "DURATION", "P2W"),
            ("October last year", "DATE", "2013-10"),
        ],
    ),
    # Wednesday 2015-12-23 (ISO week 52), Irish local paper's holiday page, section label,
    # headline, deck, date line "Wednesday 23 December 2015", byline, boxed lists "CHURCH
    # SERVICES", "COUNCIL AND BINS", "SHOPS AND BUSES", "GARDA ADVICE". Christmas 2015 is a
    # Friday: "Christmas" (headline) and "Christmas Day" 2015-12-25, "Christmas Eve" and
    # "tomorrow" 2015-12-24, "St Stephen's Day" 2015-12-26. Holidays in attributive position
    # are annotated when the thing named happens that day (gold_blind57, gold_blind79):
    # "Christmas Eve Vigil Mass", "Christmas Day Masses", "The Christmas Day swim". "Midnight
    # Mass" (deck, lead, list) is a service's name and is not annotated; its "10pm" is
    # 2015-12-24T22:00 each time ("tomorrow night" 2015-12-24TNI), and "two hours earlier than
    # last year" is the size of a shift, DURATION PT2H, with "last year" 2014 (gold_blind57).
    # Each list's clock time takes the day its line names ("6pm", "4pm" Christmas Eve; "9am",
    # "11.30am", "11am" Christmas Day; "1pm" and "5pm" tomorrow; "9.30am on Monday 4 January"
    # 2016-01-04T09:30; "9am on Sunday" 2015-12-27T09:00; "9pm tonight" 2015-12-23T21:00). The
    # recycling centre's "from 10am to 4pm on 29, 30 and 31 December" -> the hours of an
    # opening on several days XXXX-XX-XXThh:mm (no single day, gold_blind28, gold_blind57) and
    # the days "29", "30", "31 December" one DATE each (gold_blind10's "3, 5 and 7 March").
    # "last Sunday" in a Wednesday paper is the most recent Sunday, 2015-12-20 (gold_blind10).
    # "Nollaig na mBan" (Women's Christmas, the Feast of the Epiphany) is a holiday on the day
    # it falls on, 2016-01-06, beside "6 January". "every night" SET XXXX-XX-XXTNI; "since 1
    # December" 2015-12-01; "December last year" one span 2014-12 (gold_blind18); "since 1978";
    # "this year" 2015. Not annotated: "Midnight Mass" (three times), "Carols by candlelight",
    # "a Saturday timetable" (a kind of timetable), "a bank holiday" (a predicate noun), "The
    # Festival of Nine Lessons and Carols", "the sales", "€2,400", "€10", "14 drivers", "nine",
    # "(023) 884 2015" (a phone number ending in 2015).
    "kilcarraig-christmas-mass-times-closures": (
        "2015-12-23",
        [
            ("Christmas", "DATE", "2015-12-25"),
            ("10pm", "TIME", "2015-12-24T22:00"),
            ("4 January", "DATE", "2016-01-04"),
            ("Wednesday 23 December 2015", "DATE", "2015-12-23"),
            ("tomorrow night", "TIME", "2015-12-24TNI"),
            ("10pm", "TIME", "2015-12-24T22:00"),
            ("this year", "DATE", "2015"),
            ("two hours", "DURATION", "PT2H"),
            ("last year", "DATE", "2014"),
            ("last Sunday", "DATE", "2015-12-20"),
            ("Christmas Eve", "DATE", "2015-12-24"),
            ("6pm", "TIME", "2015-12-24T18:00"),
            ("10pm", "TIME", "2015-12-24T22:00"),
            ("Christmas Day", "DATE", "2015-12-25"),
            ("9am", "TIME", "2015-12-25T09:00"),
            ("11.30am", "TIME", "2015-12-25T11:30"),
            ("Christmas Eve", "DATE", "2015-12-24"),
            ("4pm", "TIME", "2015-12-24T16:00"),
            ("Christmas Day", "DATE", "2015-12-25"),
            ("1978", "DATE", "1978"),
            ("11am", "TIME", "2015-12-25T11:00"),
            ("1pm", "TIME", "2015-12-24T13:00"),
            ("tomorrow", "DATE", "2015-12-24"),
            ("9.30am", "TIME", "2016-01-04T09:30"),
            ("Monday 4 January", "DATE", "2016-01-04"),
            ("Monday 28 December", "DATE", "2015-12-28"),
            ("Tuesday 29 December", "DATE", "2015-12-29"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("29", "DATE", "2015-12-29"),
            ("30", "DATE", "2015-12-30"),
            ("31 December", "DATE", "2015-12-31"),
            ("9pm", "TIME", "2015-12-23T21:00"),
            ("tonight", "TIME", "2015-12-23TNI"),
            ("5pm", "TIME", "2015-12-24T17:00"),
            ("tomorrow", "DATE", "2015-12-24"),
            ("9am", "TIME", "2015-12-27T09:00"),
            ("Sunday", "DATE", "2015-12-27"),
            ("Christmas Eve", "DATE", "2015-12-24"),
            ("St Stephen's Day", "DATE", "2015-12-26"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("6 January", "DATE", "2016-01-06"),
            ("Nollaig na mBan", "DATE", "2016-01-06"),
            ("1 December", "DATE", "2015-12-01"),
            ("December last year", "DATE", "2014-12"),
        ],
    ),
    # Monday 2015-02-16 (ISO week 8), Singapore daily's website, section label, headline, stamp
    # "PUBLISHED FEB 16, 2015, 5:00 AM SGT" (DATE and TIME, the zone in the span), byline, no
    # dateline. Chinese New Year 2015 is Thursday 19 February (headline, lead; "Thursday and
    # Friday are public holidays" 2015-02-19 and 2015-02-20); "Chinese New Year's Eve"
    # 2015-02-18. "the Year of the Goat" DATE 2015 and last year's "Year of the Horse" DATE 2014
    # (lunar years valued by the calendar year they begin in, gold_blind57). "the early hours
    # of Thursday" one DATE span 2015-02-19 (gold_blind103); the last trains "at about
    # 1.30am" after "Wednesday night" belong to Thursday, 2015-02-19T01:30 (the headline says
    # so). "next Monday" said on a Monday is the Monday of the next week, 2015-02-23 (like
    # "next Saturday" on a Saturday, gold_blind79). "Saturday" is both ways: FairMart
    # "reopen on Saturday" 2015-02-21, crowds "on Saturday alone" (past, after "over the
    # weekend") 2015-02-14; "the weekend" just past in a Monday paper 2015-W07-WE. "Chap Goh
    # Mei on March 5" 2015-03-05 twice. "Last year, when the festival fell on Jan 31" -> 2014
    # and 2014-01-31; "booked only a few days ahead" PXD (anchored, gold_blind57). "the middle
    # of January" and "early January" 2015-01; "Jan 24" 2015-01-24; "6am yesterday"
    # 2015-02-15T06:00 and 2015-02-15; "a year ago" 2014; "about an hour" PT1H (the size of an
    # extension); "at least three days" P3D; "up to three hours" PT3H; "the past month" P1M;
    # "15-day" P15D; "every day" SET P1D; "Every year" SET P1Y. Not annotated: "the new year"
    # in the retailer's quote (the new year of any year, generic), "reunion dinner",
    # "goat-themed", "the festival" (anaphoric), "until then", "$8.88" (a price shaped like a
    # clock time), "$3.80", "$3.20", "88 stalls", "40 outlets", "about two-thirds", "63",
    # "80,000", "20 per cent", "since 2012" -> only "2012" annotated.
    "lorong-bunga-hawkers-chinese-new-year": (
        "2015-02-16",
        [
            ("Chinese New Year", "DATE", "2015-02-19"),
            ("about 1.30am", "TIME", "2015-02-19T01:30"),
            ("Thursday", "DATE", "2015-02-19"),
            ("FEB 16, 2015", "DATE", "2015-02-16"),
            ("5:00 AM SGT", "TIME", "2015-02-16T05:00"),
            ("Chinese New Year", "DATE", "2015-02-19"),
            ("Thursday", "DATE", "2015-02-19"),
            ("Wednesday afternoon", "TIME", "2015-02-18TAF"),
            ("next Monday", "DATE", "2015-02-23"),
            ("the Year of the Goat", "DATE", "2015"),
            ("Thursday", "DATE", "2015-02-19"),
            ("Friday", "DATE", "2015-02-20"),
            ("at least three days", "DURATION", "P3D"),
            ("every day", "SET", "P1D"),
            ("the middle of January", "DATE", "2015-01"),
            ("2pm", "TIME", "2015-02-18T14:00"),
            ("Chinese New Year's Eve", "DATE", "2015-02-18"),
            ("Saturday", "DATE", "2015-02-21"),
            ("noon", "TIME", "2015-02-18T12:00"),
            ("Wednesday", "DATE", "2015-02-18"),
            ("Wednesday night", "TIME", "2015-02-18TNI"),
            ("about an hour", "DURATION", "PT1H"),
            ("about 1.30am", "TIME", "2015-02-19T01:30"),
            ("Jan 24", "DATE", "2015-01-24"),
            ("the early hours of Thursday", "DATE", "2015-02-19"),
            ("Wednesday night", "TIME", "2015-02-18TNI"),
            ("early January", "DATE", "2015-01"),
            ("Last year", "DATE", "2014"),
            ("Jan 31", "DATE", "2014-01-31"),
            ("a few days", "DURATION", "PXD"),
            ("the past month", "DURATION", "P1M"),
            ("a year ago", "DATE", "2014"),
            ("6am", "TIME", "2015-02-15T06:00"),
            ("yesterday", "DATE", "2015-02-15"),
            ("up to three hours", "DURATION", "PT3H"),
            ("the weekend", "DATE", "2015-W07-WE"),
            ("2012", "DATE", "2012"),
            ("Saturday", "DATE", "2015-02-14"),
            ("15-day", "DURATION", "P15D"),
            ("Chap Goh Mei", "DATE", "2015-03-05"),
            ("March 5", "DATE", "2015-03-05"),
            ("last year", "DATE", "2014"),
            ("Year of the Horse", "DATE", "2014"),
            ("Every year", "SET", "P1Y"),
        ],
    ),
    # Friday 2014-04-11 (ISO week 15), Israeli news site's English edition, section label,
    # headline, deck, stamp "Published: 04.11.14, 14:20" (month.day.year as the site writes
    # it, DATE 2014-04-11, and a 24-hour TIME; see README), byline, no dateline. The text fixes
    # Passover: it "begins on Monday evening with the Seder" 2014-04-14TEV and "ends at
    # nightfall on Monday, April 21" 2014-04-21TNI (gold_blind79), so "Passover" (headline and
    # lead) is the period 14-21 April, DATE 2014-04; "Chol Hamoed, the intermediate days from
    # Wednesday to Sunday" 16-20 April likewise 2014-04 (see README), its "Sunday" the one after
    # its Wednesday, 2014-04-20. Easter (Western and Orthodox) is "April 20" 2014-04-20, so
    # "Good Friday processions" -> "Good Friday" 2014-04-18, held that day, and "8 a.m. next
    # Friday" the same day ("next Friday" in a Friday paper, the Friday of the next week,
    # gold_blind79). Other weekdays ahead: "Monday afternoon" (headline) 2014-04-14TAF, trains
    # on "Monday" "at about 2 p.m.", "6 a.m. on Wednesday" 2014-04-16T06:00, "11:50 a.m. on
    # Monday", stations open "on Sunday" 2014-04-13, "Thursday, April 17, at 9 a.m.". "2 p.m.
    # today" 2014-04-11T14:00; "every Friday" SET XXXX-WXX-5; "every 10 minutes" SET PT10M;
    # "that night" 2014-04-21TNI (the night of that nightfall); "seven-day" P7D, "eight days"
    # P8D, "the next ten days" P10D; "this year" 2014; "2011", "2017" (Easter fell and will
    # fall together); "this month" 2014-04; "April last year" one span 2013-04
    # (gold_blind18); "since 2000". Not annotated: "the Seder" (an event), "the festival"
    # (anaphoric), "the intermediate days" (an apposition restating Chol Hamoed), "Western
    # and Orthodox", "the busiest week we have had" (a superlative period, gold_blind19,
    # gold_blind57), "Holiday guide", "Route 1", "60 burning stations", "900,000",
    # "145,000", "120,000", "52" (an age), "pesach2014" in a URL, "*6050".
    "passover-easter-jerusalem-holiday-guide": (
        "2014-04-11",
        [
            ("Monday afternoon", "TIME", "2014-04-14TAF"),
            ("Passover", "DATE", "2014-04"),
            ("Easter", "DATE", "2014-04-20"),
            ("Monday evening", "TIME", "2014-04-14TEV"),
            ("04.11.14", "DATE", "2014-04-11"),
            ("14:20", "TIME", "2014-04-11T14:20"),
            ("Passover", "DATE", "2014-04"),
            ("Monday evening", "TIME", "2014-04-14TEV"),
            ("this year", "DATE", "2014"),
            ("Easter", "DATE", "2014-04-20"),
            ("the next ten days", "DURATION", "P10D"),
            ("Monday", "DATE", "2014-04-14"),
            ("about 2 p.m.", "TIME", "2014-04-14T14:00"),
            ("6 a.m.", "TIME", "2014-04-16T06:00"),
            ("Wednesday", "DATE", "2014-04-16"),
            ("11:50 a.m.", "TIME", "2014-04-14T11:50"),
            ("Monday", "DATE", "2014-04-14"),
            ("Sunday", "DATE", "2014-04-13"),
            ("2 p.m.", "TIME", "2014-04-11T14:00"),
            ("today", "DATE", "2014-04-11"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("seven-day", "DURATION", "P7D"),
            ("eight days", "DURATION", "P8D"),
            ("nightfall", "TIME", "2014-04-21TNI"),
            ("Monday, April 21", "DATE", "2014-04-21"),
            ("that night", "TIME", "2014-04-21TNI"),
            ("Chol Hamoed", "DATE", "2014-04"),
            ("Wednesday", "DATE", "2014-04-16"),
            ("Sunday", "DATE", "2014-04-20"),
            ("Thursday, April 17", "DATE", "2014-04-17"),
            ("9 a.m.", "TIME", "2014-04-17T09:00"),
            ("every 10 minutes", "SET", "PT10M"),
            ("Easter", "DATE", "2014-04-20"),
            ("April 20", "DATE", "2014-04-20"),
            ("this year", "DATE", "2014"),
            ("2011", "DATE", "2011"),
            ("2017", "DATE", "2017"),
            ("Good Friday", "DATE", "2014-04-18"),
            ("8 a.m.", "TIME", "2014-04-18T08:00"),
            ("next Friday", "DATE", "2014-04-18"),
            ("this month", "DATE", "2014-04"),
            ("April last year", "DATE", "2013-04"),
            ("2000", "DATE", "2000"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
