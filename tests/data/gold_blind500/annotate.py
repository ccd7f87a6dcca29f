"""Annotations of the five-hundredth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind500/annotate.py [--show]

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
    # Wednesday 2013-11-20 (ISO week 47), US financial site's online earnings story, section
    # label, headline, byline, stamp "Published: Nov. 20, 2013 7:41 a.m. ET" (DATE and TIME, the
    # zone in the span and not in the value, gold_blind38), "ASHBURY, Ohio -" dateline. The
    # retailer's fiscal year ends on the Saturday nearest Jan. 31: the year now running ends
    # Saturday 2014-02-01 ("the fourth quarter, which ends Feb. 1") and is FY2014, named by the
    # year it ends (gold_blind38, gold_blind63; the text never names it by number). "its fiscal
    # third quarter" = "the 13 weeks ended Nov. 2" (Saturday 2013-11-02): FY2014-Q3, "the 13
    # weeks" DURATION P13W plus "Nov. 2"; "a year earlier" after it FY2013-Q3 (the granularity
    # of what it is compared with); after "the first nine months" (P9M, no value of its own)
    # the fiscal year before, FY2013 (gold_blind38). "the holiday quarter", the headline's bare
    # "holiday quarter" and the analyst's "holiday-quarter" are the company's fourth quarter,
    # FY2014-Q4 (gold_blind63), as are "the fourth quarter" and "fourth-quarter"; "the full
    # year" FY2014. Thanksgiving 2013 is the fourth Thursday of November, 2013-11-28; "this
    # year's late Thanksgiving" -> "this year" 2013 and "Thanksgiving" (the adjective "late"
    # says when the holiday falls, not which part of it, and stays out; see README), the
    # headline's "late Thanksgiving" likewise. Black Friday is not named; "1 p.m. Friday"
    # 2013-11-29T13:00 and 2013-11-29; "Cyber Monday, Dec. 2" two DATEs 2013-12-02 (gold_blind38,
    # gold_blind57). "8 p.m. on Thanksgiving Day" 2013-11-28T20:00; "two hours earlier than a
    # year ago" -> "two hours" PT2H (the size of a shift, gold_blind38) and "a year ago" 2012 (the
    # unit's granularity); "for 26 hours straight" -> "26 hours" PT26H ("straight" left out).
    # "said Wednesday" the publication day; "Tuesday's close" 2013-11-19 (possessive without
    # the "'s"). "at 9 a.m. ET" the call on the publication day, 2013-11-20T09:00. "since the
    # spring" 2013-SP; "since Halloween" 2013-10-31; "the end of January" 2014-01 (ahead);
    # "early March" 2014-03; "Every year" and "every year" SET P1Y; "quarterly" (its quarterly
    # dividend) SET P3M (gold_blind63). Not annotated: "NYSE: MFN", "Hearthline 1200-watt",
    # "$24.99", "212 stores", "9,500 seasonal workers" ("seasonal" an adjective naming a kind),
    # "marloweandfinch.com/holiday2013" (a year inside a web address), "morning trading",
    # "Holiday shoppers", "comparable-store", "the latest possible date", "a compressed
    # calendar", "38 cents", "49 cents", "44 cents", "1.5%", "22%", "12.5 cents".
    "marlowe-finch-third-quarter-profit-falls": (
        "2013-11-20",
        [
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("holiday quarter", "DATE", "FY2014-Q4"),
            ("Nov. 20, 2013", "DATE", "2013-11-20"),
            ("7:41 a.m. ET", "TIME", "2013-11-20T07:41"),
            ("Wednesday", "DATE", "2013-11-20"),
            ("its fiscal third quarter", "DATE", "FY2014-Q3"),
            ("this year", "DATE", "2013"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("the holiday quarter", "DATE", "FY2014-Q4"),
            ("the 13 weeks", "DURATION", "P13W"),
            ("Nov. 2", "DATE", "2013-11-02"),
            ("a year earlier", "DATE", "FY2013-Q3"),
            ("at least a year", "DURATION", "P1Y"),
            ("August 2012", "DATE", "2012-08"),
            ("this year", "DATE", "2013"),
            ("Tuesday", "DATE", "2013-11-19"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("Nov. 28", "DATE", "2013-11-28"),
            ("9 a.m. ET", "TIME", "2013-11-20T09:00"),
            ("the spring", "DATE", "2013-SP"),
            ("Halloween", "DATE", "2013-10-31"),
            ("8 p.m.", "TIME", "2013-11-28T20:00"),
            ("Thanksgiving Day", "DATE", "2013-11-28"),
            ("two hours", "DURATION", "PT2H"),
            ("a year ago", "DATE", "2012"),
            ("26 hours", "DURATION", "PT26H"),
            ("1 p.m.", "TIME", "2013-11-29T13:00"),
            ("Friday", "DATE", "2013-11-29"),
            ("Cyber Monday", "DATE", "2013-12-02"),
            ("Dec. 2", "DATE", "2013-12-02"),
            ("the fourth quarter", "DATE", "FY2014-Q4"),
            ("Feb. 1", "DATE", "2014-02-01"),
            ("the full year", "DATE", "FY2014"),
            ("the first nine months", "DURATION", "P9M"),
            ("a year earlier", "DATE", "FY2013"),
            ("Every year", "SET", "P1Y"),
            ("every year", "SET", "P1Y"),
            ("holiday-quarter", "DATE", "FY2014-Q4"),
            ("2014", "DATE", "2014"),
            ("the end of January", "DATE", "2014-01"),
            ("1921", "DATE", "1921"),
            ("quarterly", "SET", "P3M"),
            ("Dec. 16", "DATE", "2013-12-16"),
            ("fourth-quarter", "DATE", "FY2014-Q4"),
            ("early March", "DATE", "2014-03"),
        ],
    ),
    # Friday 2012-11-23 (ISO week 47), Canadian regional daily's business page, masthead and section
    # label, date line "FRIDAY, NOVEMBER 23, 2012" (one DATE span with its weekday), headline, deck,
    # byline, "PORT ELLERY, Ont. -" dateline. US Thanksgiving 2012 is the fourth Thursday of
    # November, 2012-11-22; "Black Friday" the day after, 2012-11-23, the publication day (headline,
    # lead); "Cyber Monday" 2012-11-26 ahead (gold_blind38). "American Thanksgiving" and "Canadian
    # Thanksgiving" are one span each, the adjective choosing the holiday (see README): 2012-11-22
    # (the Thanksgiving this Black Friday follows, gold_blind98) and 2012-10-08 (the second Monday
    # of October), "Oct. 8" the same day. "overnight" (deck) is the night begun on Thursday evening,
    # 2012-11-22TNI (gold_blind21, gold_blind103). "around 3 a.m. today", "5:30 a.m.", "1 a.m.", "5
    # a.m." (a Michigan mall, the same zone), "9 a.m." and "6 a.m." are clock times of the
    # publication day. "on Thursday" 2012-11-22 (the loonie's close); future: "until Sunday night"
    # 2012-11-25TNI, "Saturday" 2012-11-24, "Sunday afternoon" 2012-11-25TAF, "through Sunday"
    # 2012-11-25. "Last year" 2011 (twice), "This year" 2012; "Last year's Black Friday" two DATEs,
    # the second the Black Friday of 2011, 2011-11-25 (gold_blind57, gold_blind98). "last week"
    # 2012-W46; "September" 2012-09 and "a year earlier" 2011-09. "the Victoria Day long weekend in
    # May" -> 2012-W20-WE (Saturday 19 to Monday 21 May, the ISO week of its Saturday, gold_blind17)
    # and "May" 2012-05. The mall's hours "every day from Dec. 1 until Christmas Eve": "8 a.m." and
    # "11 p.m." XXXX-XX-XXThh:mm, "every day" SET P1D, "Dec. 1" 2012-12-01, "Christmas Eve"
    # 2012-12-24 (gold_blind57). "Boxing Day, Dec. 26" two DATEs 2012-12-26. "48 hours" PT48H; "90
    # minutes" PT90M (deck and lead). Not annotated: "the busiest shopping day of the year" (any
    # year, gold_blind57), "a normal Friday" (no day, gold_blind98), "the U.S. holiday" (anaphoric),
    # "the Christmas shopping season" (no calendar bounds, gold_blind19), "ceding the day", "for the
    # first time", "100.6 cents U.S.", "55-inch", "$299", "54" (an age), "fourth in line", "4,100
    # vehicles", "twice", "519-555-2012" (a phone number ending in the story's year), "3.4 million",
    # "6.1 per cent", "48 stores", "up to 60 per cent".
    "ellery-bridge-black-friday-cross-border": (
        "2012-11-23",
        [
            ("FRIDAY, NOVEMBER 23, 2012", "DATE", "2012-11-23"),
            ("Black Friday", "DATE", "2012-11-23"),
            ("90 minutes", "DURATION", "PT90M"),
            ("overnight", "TIME", "2012-11-22TNI"),
            ("around 3 a.m.", "TIME", "2012-11-23T03:00"),
            ("today", "DATE", "2012-11-23"),
            ("5:30 a.m.", "TIME", "2012-11-23T05:30"),
            ("90 minutes", "DURATION", "PT90M"),
            ("Black Friday", "DATE", "2012-11-23"),
            ("American Thanksgiving", "DATE", "2012-11-22"),
            ("Thursday", "DATE", "2012-11-22"),
            ("1 a.m.", "TIME", "2012-11-23T01:00"),
            ("5 a.m.", "TIME", "2012-11-23T05:00"),
            ("every year", "SET", "P1Y"),
            ("Last year", "DATE", "2011"),
            ("This year", "DATE", "2012"),
            ("Sunday night", "TIME", "2012-11-25TNI"),
            ("48 hours", "DURATION", "PT48H"),
            ("June 1", "DATE", "2012-06-01"),
            ("9 a.m.", "TIME", "2012-11-23T09:00"),
            ("Saturday", "DATE", "2012-11-24"),
            ("Sunday afternoon", "TIME", "2012-11-25TAF"),
            ("last week", "DATE", "2012-W46"),
            ("September", "DATE", "2012-09"),
            ("a year earlier", "DATE", "2011-09"),
            ("6 a.m.", "TIME", "2012-11-23T06:00"),
            ("today", "DATE", "2012-11-23"),
            ("Sunday", "DATE", "2012-11-25"),
            ("1976", "DATE", "1976"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("every day", "SET", "P1D"),
            ("Dec. 1", "DATE", "2012-12-01"),
            ("Christmas Eve", "DATE", "2012-12-24"),
            ("Last year", "DATE", "2011"),
            ("Black Friday", "DATE", "2011-11-25"),
            ("Boxing Day", "DATE", "2012-12-26"),
            ("Dec. 26", "DATE", "2012-12-26"),
            ("Canadian Thanksgiving", "DATE", "2012-10-08"),
            ("Oct. 8", "DATE", "2012-10-08"),
            ("Cyber Monday", "DATE", "2012-11-26"),
            ("today", "DATE", "2012-11-23"),
            ("the Victoria Day long weekend", "DATE", "2012-W20-WE"),
            ("May", "DATE", "2012-05"),
        ],
    ),
    # Thursday 2014-01-09 (ISO week 2), agency wire on monthly same-store sales, "UPDATE 2-"
    # headline, three bullets, "(Adds ...)" line, byline, "NEW YORK, Jan 9 (Reuters) -" dateline
    # (the dateline's date the publication day, gold_blind38), closing "(Reporting by ...)"
    # line. The headline's "December sales", the body's "December gains", "in December" and
    # "its December retail sales figures" are December 2013 (a report's month as an adjective,
    # gold_blind33, gold_blind38); "January sales" (due on Feb. 6) 2014-01 and "this month" the
    # same month. "five weeks to Jan. 4" (bullet) and "the five weeks ended Jan. 4" -> P5W plus
    # Saturday 2014-01-04, split at the signal (gold_blind38, gold_blind98); "the seven days
    # ended Dec. 22" P7D plus 2013-12-22; "the five days after Christmas" P5D plus 2013-12-25.
    # "Super Saturday" (bullet) and "Super Saturday, Dec. 21" 2013-12-21, the last Saturday
    # before Christmas (gold_blind57), the second two DATEs. "the Thanksgiving weekend"
    # 2013-W48-WE (Thanksgiving 2013-11-28, the ISO week of its Saturday, gold_blind38).
    # Bellamy's "fiscal year ends Feb. 1" -> "Feb. 1" 2014-02-01, so its "full-year" (bullet
    # and body) is FY2014 and "fourth-quarter" FY2014-Q4 (gold_blind63); its "20-hour Black
    # Friday sale" -> "20-hour" PT20H and "Black Friday" 2013-11-29. "monthly" (report sales
    # monthly) SET P1M, like "issues a new outlook monthly" (gold_blind103); "every month" P1M,
    # "each quarter" P3M (gold_blind55). "best December gains in three years" -> "three years"
    # P3Y, the period of a superlative (gold_blind98). "on Thursday" the publication day; "On
    # Wednesday" 2014-01-08; "on Tuesday" 2014-01-14 ahead. "Dec. 15" 2013-12-15; "Jan. 2" and
    # "Jan. 3" 2014; "the end of April" 2014-04 and "late February" 2014-02 ahead; "March 2009",
    # "2009", "2006" as written; "recent years" PAST_REF; "now" twice PRESENT_REF. Not
    # annotated: "its 11th straight monthly decline" ("monthly" names the period of a figure,
    # like "its usual monthly total" in gold_blind103), "Vintage 1984" (a denim line), "UPDATE
    # 2", "3.1 pct", "11 chains", "the busiest days of the year", "early trading", "half price",
    # "50 percent off", "14.6 percent", "More than 70 chains", "$6.14", "88 cents to 92 cents".
    "december-same-store-sales-discounts": (
        "2014-01-09",
        [
            ("December", "DATE", "2013-12"),
            ("five weeks", "DURATION", "P5W"),
            ("Jan. 4", "DATE", "2014-01-04"),
            ("Super Saturday", "DATE", "2013-12-21"),
            ("full-year", "DATE", "FY2014"),
            ("Jan 9", "DATE", "2014-01-09"),
            ("monthly", "SET", "P1M"),
            ("December", "DATE", "2013-12"),
            ("three years", "DURATION", "P3Y"),
            ("Thursday", "DATE", "2014-01-09"),
            ("Dec. 15", "DATE", "2013-12-15"),
            ("at least a year", "DURATION", "P1Y"),
            ("the five weeks", "DURATION", "P5W"),
            ("Jan. 4", "DATE", "2014-01-04"),
            ("Super Saturday", "DATE", "2013-12-21"),
            ("Dec. 21", "DATE", "2013-12-21"),
            ("Jan. 2", "DATE", "2014-01-02"),
            ("Jan. 3", "DATE", "2014-01-03"),
            ("the Thanksgiving weekend", "DATE", "2013-W48-WE"),
            ("the five days", "DURATION", "P5D"),
            ("Christmas", "DATE", "2013-12-25"),
            ("January", "DATE", "2014-01"),
            ("this month", "DATE", "2014-01"),
            ("Feb. 6", "DATE", "2014-02-06"),
            ("Feb. 1", "DATE", "2014-02-01"),
            ("December", "DATE", "2013-12"),
            ("20-hour", "DURATION", "PT20H"),
            ("Black Friday", "DATE", "2013-11-29"),
            ("now", "DATE", "PRESENT_REF"),
            ("fourth-quarter", "DATE", "FY2014-Q4"),
            ("full-year", "DATE", "FY2014"),
            ("the end of April", "DATE", "2014-04"),
            ("late February", "DATE", "2014-02"),
            ("March 2009", "DATE", "2009-03"),
            ("Wednesday", "DATE", "2014-01-08"),
            ("the seven days", "DURATION", "P7D"),
            ("Dec. 22", "DATE", "2013-12-22"),
            ("2009", "DATE", "2009"),
            ("every month", "SET", "P1M"),
            ("2006", "DATE", "2006"),
            ("recent years", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("each quarter", "SET", "P3M"),
            ("December", "DATE", "2013-12"),
            ("Tuesday", "DATE", "2014-01-14"),
        ],
    ),
    # Monday 2014-10-06 (ISO week 41), US local daily's business page, section label, headline,
    # deck, byline, date line "Monday, October 6, 2014" (one span), "GRANBY FALLS -" dateline.
    # The store opens "Wednesday" (headline and lead) 2014-10-08 "at 7 a.m.", the ribbon cutting
    # "at 6:45 a.m." (deck and body) the same day; "Wednesday morning" 2014-10-08TMO; "starting
    # Sunday" 2014-10-12 ahead; "said today" the publication day. "More than two years after it
    # was first proposed" and "18 months after the bulldozers arrived" are anchored durations,
    # P2Y and P18M (gold_blind35); "the past 18 months" P18M. A narrative told in the past: "on
    # Jan. 14, 2013" (a Monday), "the next day" 2013-01-15 and "that evening" 2013-01-15TEV,
    # anchored on the last date of the story line (gold_blind14, gold_blind32); "February 2013";
    # "that April" 2013-04, a narrative anchor on the year just named, like "That winter"
    # (gold_blind103); "the summer of 2012" 2012-SU. Regular hours "7 a.m. to 11 p.m. Monday
    # through Saturday and 8 a.m. to 9 p.m. on Sundays": clock times XXXX-XX-XXThh:mm, the ends
    # of the weekday range SETs XXXX-WXX-1 and XXXX-WXX-6, "Sundays" XXXX-WXX-7 (gold_blind98);
    # "close at 9 p.m. every night" XXXX-XX-XXT21:00 and SET XXXX-XX-XXTNI (gold_blind103).
    # Thanksgiving 2014 is 2014-11-27: "at 6 p.m. on Thanksgiving Day, Nov. 27" 2014-11-27T18:00
    # and two DATEs; "until 11 p.m. on Black Friday" 2014-11-28T23:00 and 2014-11-28; "a 29-hour
    # stretch" -> "29-hour" PT29H. Crestmart's fiscal year ends on the Saturday nearest Jan. 31
    # (2015-01-31): "the end of its fiscal year" one DATE span FY2015, like "the end of the
    # current financial year" (gold_blind19), and "January" 2015-01; "its second quarter, which
    # ended Aug. 2" FY2015-Q2 plus Saturday 2014-08-02. "in July" 2014-07, "in November"
    # 2014-11 ahead; "1987", "1962", "1998" as written. Not annotated: "Route 9" (three times),
    # "186,000-square-foot", "5-2" (a vote), "$10", "500 customers", "300 residents", "240
    # jobs", "60 more", "seasonal workers", "crestmart.com/careers", "1-800-555-2014" (a phone
    # number ending in a year), "312 stores", "14 states", "22 more", "63", "67" (ages),
    # "Granby Falls Drive-In", "the bypass" (an event; its "1998" is annotated).
    "crestmart-granby-falls-supercenter-opens": (
        "2014-10-06",
        [
            ("Wednesday", "DATE", "2014-10-08"),
            ("6:45 a.m.", "TIME", "2014-10-08T06:45"),
            ("Monday, October 6, 2014", "DATE", "2014-10-06"),
            ("More than two years", "DURATION", "P2Y"),
            ("18 months", "DURATION", "P18M"),
            ("Wednesday", "DATE", "2014-10-08"),
            ("7 a.m.", "TIME", "2014-10-08T07:00"),
            ("today", "DATE", "2014-10-06"),
            ("6:45 a.m.", "TIME", "2014-10-08T06:45"),
            ("1987", "DATE", "1987"),
            ("the summer of 2012", "DATE", "2012-SU"),
            ("Jan. 14, 2013", "DATE", "2013-01-14"),
            ("the next day", "DATE", "2013-01-15"),
            ("that evening", "TIME", "2013-01-15TEV"),
            ("February 2013", "DATE", "2013-02"),
            ("that April", "DATE", "2013-04"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Saturday", "SET", "XXXX-WXX-6"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("July", "DATE", "2014-07"),
            ("November", "DATE", "2014-11"),
            ("6 p.m.", "TIME", "2014-11-27T18:00"),
            ("Thanksgiving Day", "DATE", "2014-11-27"),
            ("Nov. 27", "DATE", "2014-11-27"),
            ("11 p.m.", "TIME", "2014-11-28T23:00"),
            ("Black Friday", "DATE", "2014-11-28"),
            ("29-hour", "DURATION", "PT29H"),
            ("the end of its fiscal year", "DATE", "FY2015"),
            ("January", "DATE", "2015-01"),
            ("at least a year", "DURATION", "P1Y"),
            ("its second quarter", "DATE", "FY2015-Q2"),
            ("Aug. 2", "DATE", "2014-08-02"),
            ("1962", "DATE", "1962"),
            ("Sunday", "DATE", "2014-10-12"),
            ("1998", "DATE", "1998"),
            ("the past 18 months", "DURATION", "P18M"),
            ("Wednesday morning", "TIME", "2014-10-08TMO"),
        ],
    ),
    # Saturday 2015-01-10 (ISO week 2), US regional daily, masthead, date line "Saturday, January
    # 10, 2015" (one span), section label, headline, deck, byline, "NORTHGATE -" dateline and a
    # "CLOSING SALE AT A GLANCE" box. Past weekdays: "announced Thursday" (deck) and "said
    # Thursday" 2015-01-08, "Thursday morning" 2015-01-08TMO, "said Friday" 2015-01-09, "Friday
    # afternoon" 2015-01-09TAF. Future: the sale "starts Monday" (deck, box) 2015-01-12 at "10
    # a.m." 2015-01-12T10:00; "Sunday, April 12" one DATE span 2015-04-12 (gold_blind44).
    # "mid-April" (headline, lead) 2015-04; "late March" 2015-03; "the fall" 2015-FA ahead;
    # "the coming weeks" PXW. Hadley's fiscal year ends Saturday 2015-01-31 ("the fourth
    # quarter, which ends Jan. 31"): "the fourth quarter" FY2015-Q4, "the fiscal year" (its
    # results, reported in early March) FY2015 (gold_blind63); "the nine weeks ended Jan. 3"
    # P9W plus Saturday 2015-01-03; "a year ago" 2014 (the unit's granularity). "60 days'
    # notice" -> "60 days" P60D (gold_blind18, gold_blind94); "for 26 years" P26Y; "For 37
    # years" P37Y (1978-2015); "Now" PRESENT_REF and its "January" the month now running,
    # 2015-01. The box's hours recur: "10 a.m. to 9 p.m. Monday through Saturday; noon to 6
    # p.m. Sunday" -> XXXX-XX-XXThh:mm clock times (noon T12:00) and SETs XXXX-WXX-1, -6, -7
    # (gold_blind98); "until Feb. 15" 2015-02-15; "before Jan. 12" 2015-01-12 (the sale's first
    # day); "within 30 days" P30D; "March 31" 2015-03-31. "August 1978", "2009", "the spring of
    # 2012", "1966" as written. Not annotated: "the holiday season" (gold_blind19), "the last
    # day of business" (its date is annotated), "Since then" (anaphoric), "a Christmas gift" (a
    # kind of gift, like "Christmas jumper" in gold_blind98), "31 closings", "nine states", "88
    # employees", "$41 million", "60 percent", "20 to 40 percent", "19 stores", "71" (an age),
    # "1-888-555-1978" (a phone number ending in the mall's year) and "store No. 2015" (a store
    # number that is the story's year), "three anchors".
    "hadleys-northgate-mall-store-closing": (
        "2015-01-10",
        [
            ("Saturday, January 10, 2015", "DATE", "2015-01-10"),
            ("mid-April", "DATE", "2015-04"),
            ("Monday", "DATE", "2015-01-12"),
            ("Thursday", "DATE", "2015-01-08"),
            ("mid-April", "DATE", "2015-04"),
            ("Thursday", "DATE", "2015-01-08"),
            ("Thursday morning", "TIME", "2015-01-08TMO"),
            ("60 days", "DURATION", "P60D"),
            ("26 years", "DURATION", "P26Y"),
            ("Sunday, April 12", "DATE", "2015-04-12"),
            ("at least a year", "DURATION", "P1Y"),
            ("the nine weeks", "DURATION", "P9W"),
            ("Jan. 3", "DATE", "2015-01-03"),
            ("the fourth quarter", "DATE", "FY2015-Q4"),
            ("Jan. 31", "DATE", "2015-01-31"),
            ("the fiscal year", "DATE", "FY2015"),
            ("early March", "DATE", "2015-03"),
            ("a year ago", "DATE", "2014"),
            ("August 1978", "DATE", "1978-08"),
            ("2009", "DATE", "2009"),
            ("the spring of 2012", "DATE", "2012-SP"),
            ("Friday", "DATE", "2015-01-09"),
            ("the fall", "DATE", "2015-FA"),
            ("Friday afternoon", "TIME", "2015-01-09TAF"),
            ("1966", "DATE", "1966"),
            ("37 years", "DURATION", "P37Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("January", "DATE", "2015-01"),
            ("the coming weeks", "DURATION", "PXW"),
            ("late March", "DATE", "2015-03"),
            ("Monday", "DATE", "2015-01-12"),
            ("10 a.m.", "TIME", "2015-01-12T10:00"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Saturday", "SET", "XXXX-WXX-6"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("Sunday", "SET", "XXXX-WXX-7"),
            ("Feb. 15", "DATE", "2015-02-15"),
            ("Jan. 12", "DATE", "2015-01-12"),
            ("30 days", "DURATION", "P30D"),
            ("March 31", "DATE", "2015-03-31"),
        ],
    ),
    # Tuesday 2015-12-01 (ISO week 49), US business news site, section label, headline, byline
    # line "By ... | Dec. 1, 2015, 4:37 PM EST" (DATE and TIME). Thanksgiving 2015 is 2015-11-26,
    # Black Friday 2015-11-27, Cyber Monday 2015-11-30 (headline, lead, "the five-day stretch
    # from Thanksgiving through Cyber Monday" -> "five-day" P5D and the two ends, "its Cyber
    # Monday discounts" this year's). "last year's Cyber Monday" -> "last year" 2014 and "Cyber
    # Monday" 2014-12-01 (gold_blind57). Past weekdays: "on Monday" and "said Monday was"
    # 2015-11-30, "on Friday" (store traffic) 2015-11-27; "said Tuesday", "on Tuesday" the
    # publication day. Future: "through Wednesday" 2015-12-02, "through Friday" 2015-12-04 (the
    # same weekday both ways in one story). "between 9 p.m. and 10 p.m. Eastern time on Monday"
    # 2015-11-30T21:00 and T22:00; "Thanksgiving night" 2015-11-26TNI (gold_blind38); "The
    # parking lot at 5 a.m." a clock time of no particular day, XXXX-XX-XXT05:00, like "A store
    # that closes at 5.30pm" (gold_blind98). "a year ago" 2014; "This year", "this year" 2015;
    # "October", "November", "December" 2015; "since 2010"; "about a decade ago" 2005 (the
    # unit's granularity, year; gold_blind98's "a decade ago"). "Green Monday, Dec. 14" two
    # DATEs 2015-12-14, a shopping day named like a holiday (see README); "after Dec. 18";
    # "Christmas" 2015-12-25; "on Sundays ... until Dec. 20" SET XXXX-WXX-7 and 2015-12-20;
    # "early January" 2016-01. "Last year, they peaked on Dec. 26" -> "Last year" 2014 and
    # "Dec. 26" 2014-12-26 (the clause's year); the quote's "on Dec. 26" ahead, 2015-12-26.
    # Hollins & Pryce's "fiscal year ends Jan. 30" -> "Jan. 30" 2016-01-30, the end of the year
    # now running (gold_blind38). "its 88-year history" -> "88-year" P88Y and "free two-day
    # shipping" -> "two-day" P2D (adjectival durations); "the next three weeks" P3W. Not
    # annotated: "Cyber Monday has been the biggest online shopping day of the year since 2010"
    # (the yearly day as an institution, generic; its "2010" is annotated), "the day's sales"
    # and "One good day" (no day named), "a season", "the last day" (its date is annotated),
    # "Lumen X2015" (a product), "Vireo 7", "65-inch 4K", "$79", "$599", "$25", "$312 million",
    # "$2.74 billion", "$11.2 billion", "1,800", "40,000", "14%", "17%", "31%", "22%", "11%".
    "cyber-monday-online-sales-mobile-record": (
        "2015-12-01",
        [
            ("Cyber Monday", "DATE", "2015-11-30"),
            ("Dec. 1, 2015", "DATE", "2015-12-01"),
            ("4:37 PM EST", "TIME", "2015-12-01T16:37"),
            ("Cyber Monday", "DATE", "2015-11-30"),
            ("last year", "DATE", "2014"),
            ("Cyber Monday", "DATE", "2014-12-01"),
            ("9 p.m.", "TIME", "2015-11-30T21:00"),
            ("10 p.m. Eastern time", "TIME", "2015-11-30T22:00"),
            ("Monday", "DATE", "2015-11-30"),
            ("a year ago", "DATE", "2014"),
            ("five-day", "DURATION", "P5D"),
            ("Thanksgiving", "DATE", "2015-11-26"),
            ("Cyber Monday", "DATE", "2015-11-30"),
            ("Tuesday", "DATE", "2015-12-01"),
            ("Black Friday", "DATE", "2015-11-27"),
            ("Friday", "DATE", "2015-11-27"),
            ("This year", "DATE", "2015"),
            ("Black Friday", "DATE", "2015-11-27"),
            ("Thanksgiving night", "TIME", "2015-11-26TNI"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("Jan. 30", "DATE", "2016-01-30"),
            ("Monday", "DATE", "2015-11-30"),
            ("88-year", "DURATION", "P88Y"),
            ("Cyber Monday", "DATE", "2015-11-30"),
            ("Wednesday", "DATE", "2015-12-02"),
            ("Friday", "DATE", "2015-12-04"),
            ("two-day", "DURATION", "P2D"),
            ("October", "DATE", "2015-10"),
            ("November", "DATE", "2015-11"),
            ("December", "DATE", "2015-12"),
            ("this year", "DATE", "2015"),
            ("2010", "DATE", "2010"),
            ("about a decade ago", "DATE", "2005"),
            ("Green Monday", "DATE", "2015-12-14"),
            ("Dec. 14", "DATE", "2015-12-14"),
            ("Dec. 18", "DATE", "2015-12-18"),
            ("Christmas", "DATE", "2015-12-25"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Dec. 20", "DATE", "2015-12-20"),
            ("early January", "DATE", "2016-01"),
            ("Last year", "DATE", "2014"),
            ("Dec. 26", "DATE", "2014-12-26"),
            ("Tuesday", "DATE", "2015-12-01"),
            ("the next three weeks", "DURATION", "P3W"),
            ("Dec. 26", "DATE", "2015-12-26"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
