"""Annotations of blind gold set 516, chosen by hand before the tagger ran.

    python tests/data/gold_blind516/annotate.py [--show]

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
    # Wednesday 2013-11-06 (ISO week 45), US local daily's obituaries page (Ohio), page line
    # "The Ridgeport Daily Herald | Wednesday, November 6, 2013 | Page B5" (one DATE span with
    # its weekday), two paid obituaries with "TOWN —" datelines and a one-line death notice.
    # Past: "died Sunday, Nov. 3, 2013" (one span with its weekday), "died unexpectedly
    # Monday" 2013-11-04, "died Tuesday" 2013-11-05 (the notice). Future: "4 to 7 p.m. Friday"
    # -> the bare "4" TIME 2013-11-08T16:00 (the first end of a range whose second end carries
    # "p.m.", like the bare "9-5" of gold_blind76 and "starts at 7" of gold_blind64), "7 p.m."
    # and "Friday" 2013-11-08; "10 a.m. Saturday" 2013-11-09; "its Veterans Day ceremony at 11
    # a.m. Monday" -> "Veterans Day" 2013-11-11 (a holiday on its day; it names the day of this
    # ceremony), "11 a.m." and "Monday" 2013-11-11; "2 p.m. Saturday, Nov. 16" two TIMEX3.
    # "since August" 2013-08 (the most recent August); "last spring" in November 2013 is
    # 2013-SP (gold_blind60's "until last spring" in October). Habits: "the 8 a.m. Mass every
    # Sunday" -> "8 a.m." XXXX-XX-XXT08:00 and SET XXXX-WXX-7 (gold_blind79's "the 10am
    # Eucharist every Sunday"); "each winter" SET XXXX-WI (gold_blind44's "every autumn");
    # "twice a week" SET P1W; "every Thursday night" SET XXXX-WXX-4TNI. "from 1945 to 1947" two
    # DATEs; "the summer of 1963" 1963-SU; "38 years", "31 years" DURATIONs of a career; "for
    # more than 50 years" P50Y; "after 59 years of marriage" P59Y; "Friends may call one hour
    # before the service" -> "one hour" PT1H (an anchored duration alone, gold_blind35). Not
    # annotated: the ages "86", "72", "64"; "August" in "the late August and Clara Kessler" (a
    # name, after the annotated "since August"); "the Class of 1945" (beside the annotated
    # "1945"); "Machinists Local 1717"; "John Deere 4020" (a model number); "1931 W. Main St."
    # and "400 N. Fourth St."; "VFW Post 1863"; the URL
    # "brandtokafor.com/obits/2013/kessler"; the phone "330-555-1927" (holding the birth year);
    # "Page B5"; "third grade"; "summer reading program" (an adjective naming a kind, like
    # "Summer programs" in gold_blind103); "seven grandchildren", "11 great-grandchildren";
    # "a short illness", "In retirement", "pending".
    "ridgeport-herald-obituaries": (
        "2013-11-06",
        [
            ("Wednesday, November 6, 2013", "DATE", "2013-11-06"),
            ("Sunday, Nov. 3, 2013", "DATE", "2013-11-03"),
            ("August", "DATE", "2013-08"),
            ("Jan. 12, 1927", "DATE", "1927-01-12"),
            ("1945", "DATE", "1945"),
            ("1947", "DATE", "1947"),
            ("38 years", "DURATION", "P38Y"),
            ("1989", "DATE", "1989"),
            ("1952", "DATE", "1952"),
            ("more than 50 years", "DURATION", "P50Y"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("last spring", "DATE", "2013-SP"),
            ("each winter", "SET", "XXXX-WI"),
            ("June 18, 1949", "DATE", "1949-06-18"),
            ("2008", "DATE", "2008"),
            ("59 years", "DURATION", "P59Y"),
            ("4", "TIME", "2013-11-08T16:00"),
            ("7 p.m.", "TIME", "2013-11-08T19:00"),
            ("Friday", "DATE", "2013-11-08"),
            ("10 a.m.", "TIME", "2013-11-09T10:00"),
            ("Saturday", "DATE", "2013-11-09"),
            ("Veterans Day", "DATE", "2013-11-11"),
            ("11 a.m.", "TIME", "2013-11-11T11:00"),
            ("Monday", "DATE", "2013-11-11"),
            ("Monday", "DATE", "2013-11-04"),
            ("Aug. 30, 1941", "DATE", "1941-08-30"),
            ("the summer of 1963", "DATE", "1963-SU"),
            ("31 years", "DURATION", "P31Y"),
            ("1994", "DATE", "1994"),
            ("twice a week", "SET", "P1W"),
            ("2002", "DATE", "2002"),
            ("every Thursday night", "SET", "XXXX-WXX-4TNI"),
            ("2011", "DATE", "2011"),
            ("1998", "DATE", "1998"),
            ("2 p.m.", "TIME", "2013-11-16T14:00"),
            ("Saturday, Nov. 16", "DATE", "2013-11-16"),
            ("one hour", "DURATION", "PT1H"),
            ("Tuesday", "DATE", "2013-11-05"),
        ],
    ),
    # Thursday 2014-12-04 (ISO week 49), US weekly's community calendar (Wisconsin), page line
    # "... Pilot | Thursday, December 4, 2014 | Page A7", day headings "Friday, Dec. 5" to
    # "Wednesday, Dec. 10" (one DATE span each, with the weekday), "COMING UP" items headed by
    # bare dates and "ONGOING" items. A clock time under a day heading is on that day ("6 p.m."
    # and "about 8 p.m." 2014-12-05; "8 to 11 a.m." 2014-12-06, the bare "8" TIME T08:00 like
    # the obituaries' "4"; "7:55 a.m." and "3 p.m." 2014-12-07; "noon to 6 p.m." 2014-12-08;
    # "7 p.m." 2014-12-09; "4:30 to 6:30 p.m." 2014-12-14, "4:30" without "p.m." read by its
    # range; "at 4 and 10 p.m." on Christmas Eve, the bare "4" 16:00). Hours that recur on no
    # particular day are XXXX-XX-XXThh:mm with their SET (gold_blind44, gold_blind79): the
    # deadline "by noon each Monday" (SET XXXX-WXX-1), the market's "9 a.m. to noon every
    # Saturday" (XXXX-WXX-6), story time "10:30 a.m. Wednesdays" (XXXX-WXX-3), the shelter's
    # "from 8 p.m. to 7 a.m. nightly" (SET XXXX-XX-XXTNI). Ahead: "through March 28" 2015-03-28
    # (the next one), "expires Dec. 31" 2014-12-31, "the 2015 budget" 2015, "count down to
    # 2015" 2015, "through the end of February" -> "the end of February" 2015-02 (gold_blind44's
    # "the end of September"), "Dec. 24 and 25 and Jan. 1" -> 2014-12-24, the bare "25"
    # 2014-12-25 (a bare day in a range, gold_blind76) and 2015-01-01. "Dec. 24: Christmas Eve"
    # two DATEs. "73 years after the attack" -> "73 years" P73Y (an anchored duration alone);
    # "at noon, 11 hours early" -> "11 hours" PT11H (the size of a shift, gold_blind44's "a week
    # earlier than usual"). Not annotated: "Noon Year's Eve" (an event's name; the plain "noon"
    # after it is annotated), "American Legion Post 1941" (a post number, in a Pearl Harbor
    # item), "715-555-1225" (a phone number ending like Christmas Day), "212 Depot St.",
    # "W4418 County Road K", "ages 4-10", "ages 2-5", "$6", "$3", "About 20 vendors", "10
    # degrees", "holiday tree", "Holiday concert", "Winter farmers market" and "Library holiday
    # hours" (adjectives naming kinds, gold_blind103), "Page A7".
    "pine-hollow-pilot-community-calendar": (
        "2014-12-04",
        [
            ("Thursday, December 4, 2014", "DATE", "2014-12-04"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("each Monday", "SET", "XXXX-WXX-1"),
            ("Friday, Dec. 5", "DATE", "2014-12-05"),
            ("6 p.m.", "TIME", "2014-12-05T18:00"),
            ("about 8 p.m.", "TIME", "2014-12-05T20:00"),
            ("Saturday, Dec. 6", "DATE", "2014-12-06"),
            ("8", "TIME", "2014-12-06T08:00"),
            ("11 a.m.", "TIME", "2014-12-06T11:00"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("March 28", "DATE", "2015-03-28"),
            ("Sunday, Dec. 7", "DATE", "2014-12-07"),
            ("7:55 a.m.", "TIME", "2014-12-07T07:55"),
            ("73 years", "DURATION", "P73Y"),
            ("3 p.m.", "TIME", "2014-12-07T15:00"),
            ("Monday, Dec. 8", "DATE", "2014-12-08"),
            ("noon", "TIME", "2014-12-08T12:00"),
            ("6 p.m.", "TIME", "2014-12-08T18:00"),
            ("Tuesday, Dec. 9", "DATE", "2014-12-09"),
            ("7 p.m.", "TIME", "2014-12-09T19:00"),
            ("2015", "DATE", "2015"),
            ("Dec. 31", "DATE", "2014-12-31"),
            ("Wednesday, Dec. 10", "DATE", "2014-12-10"),
            ("10:30 a.m.", "TIME", "XXXX-XX-XXT10:30"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("Dec. 14", "DATE", "2014-12-14"),
            ("4:30", "TIME", "2014-12-14T16:30"),
            ("6:30 p.m.", "TIME", "2014-12-14T18:30"),
            ("Dec. 24", "DATE", "2014-12-24"),
            ("Christmas Eve", "DATE", "2014-12-24"),
            ("4", "TIME", "2014-12-24T16:00"),
            ("10 p.m.", "TIME", "2014-12-24T22:00"),
            ("Dec. 31", "DATE", "2014-12-31"),
            ("2015", "DATE", "2015"),
            ("noon", "TIME", "2014-12-31T12:00"),
            ("11 hours", "DURATION", "PT11H"),
            ("Dec. 24", "DATE", "2014-12-24"),
            ("25", "DATE", "2014-12-25"),
            ("Jan. 1", "DATE", "2015-01-01"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("the end of February", "DATE", "2015-02"),
        ],
    ),
    # Tuesday 2015-03-24 (ISO week 13), US local paper's website (Illinois), school-board
    # story, headline, byline, stamp "Posted: Tuesday, March 24, 2015 6:15 am | Updated: 11:02
    # am" (a DATE span with its weekday and two TIMEs on that day, gold_blind44), "HARMON GROVE
    # —" dateline. "the 2015-16 school year" (and the headline's "2015-16 school calendar") ->
    # "2015" and the bare "16" 2016, two DATEs each, "school year" left out (gold_blind44,
    # gold_blind68). "approved ... Monday night" 2015-03-23TNI. The new calendar: "Wednesday,
    # Aug. 19" 2015-08-19; "a day earlier than students started last August" -> "a day" P1D (the
    # size of a shift) and "last August" 2014-08; "from Dec. 21 through Jan. 1" 2015-12-21 and
    # 2016-01-01, "from March 21 through March 25, 2016" (the year written once, on the second
    # end) 2016-03-21 and 2016-03-25; "June 2, 2016"; "slide by up to five days" P5D. This
    # year: "this winter" 2015-WI (the winter of 2014-15, taking the year of its January,
    # gold_blind10); "in January and February" 2015-01, 2015-02; "from June 3 to June 10";
    # "mid-June" 2015-06; "an August start" -> "August" 2015-08 (gold_blind44's "an August
    # start"); "runs through Aug. 16" 2015-08-16. The district's fiscal year runs July-June and
    # is named by the year it ends (gold_blind13): "the fiscal year that begins July 1" ->
    # "the fiscal year" FY2016 and "July 1" 2015-07-01; "fiscal 2016" FY2016. "7 p.m. Tuesday,
    # April 28" two TIMEX3; "for 30 days before the vote" P30D; "since 2009"; "released Feb.
    # 27" 2015-02-27; "three-year contract" P3Y; "expires June 30, 2016"; "in the fall" 2015-FA.
    # Registration "from 8 a.m. to 4 p.m. April 13-17": hours on each of five days, so
    # XXXX-XX-XXT08:00 and T16:00, with "April 13" and the bare "17" 2015-04-17 (gold_blind76);
    # "turn 5 by Sept. 1" 2015-09-01; "2 p.m. Sunday, May 31"; "7 p.m. April 13" (a Monday).
    # Not annotated: "District 207", "5-2", "winter break", "spring break", "Five emergency days"
    # (like "snow days", gold_blind44), "the last day of classes", "$38.6 million", "1.8
    # percent", "1200 N. Lincoln Ave." (twice), "Policy 7:190" (a policy number shaped like a
    # clock time), "turn 5" (an age), "the Class of 2015" (in a 2015 story), "the smallest",
    # "We used every one of them".
    "harmon-grove-school-board-calendar-budget": (
        "2015-03-24",
        [
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("Tuesday, March 24, 2015", "DATE", "2015-03-24"),
            ("6:15 am", "TIME", "2015-03-24T06:15"),
            ("11:02 am", "TIME", "2015-03-24T11:02"),
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("Wednesday, Aug. 19", "DATE", "2015-08-19"),
            ("a day", "DURATION", "P1D"),
            ("last August", "DATE", "2014-08"),
            ("Monday night", "TIME", "2015-03-23TNI"),
            ("Dec. 21", "DATE", "2015-12-21"),
            ("Jan. 1", "DATE", "2016-01-01"),
            ("March 21", "DATE", "2016-03-21"),
            ("March 25, 2016", "DATE", "2016-03-25"),
            ("June 2, 2016", "DATE", "2016-06-02"),
            ("up to five days", "DURATION", "P5D"),
            ("this winter", "DATE", "2015-WI"),
            ("January", "DATE", "2015-01"),
            ("February", "DATE", "2015-02"),
            ("June 3", "DATE", "2015-06-03"),
            ("June 10", "DATE", "2015-06-10"),
            ("mid-June", "DATE", "2015-06"),
            ("August", "DATE", "2015-08"),
            ("Aug. 16", "DATE", "2015-08-16"),
            ("the fiscal year", "DATE", "FY2016"),
            ("July 1", "DATE", "2015-07-01"),
            ("7 p.m.", "TIME", "2015-04-28T19:00"),
            ("Tuesday, April 28", "DATE", "2015-04-28"),
            ("30 days", "DURATION", "P30D"),
            ("fiscal 2016", "DATE", "FY2016"),
            ("2009", "DATE", "2009"),
            ("Feb. 27", "DATE", "2015-02-27"),
            ("three-year", "DURATION", "P3Y"),
            ("June 30, 2016", "DATE", "2016-06-30"),
            ("the fall", "DATE", "2015-FA"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("April 13", "DATE", "2015-04-13"),
            ("17", "DATE", "2015-04-17"),
            ("Sept. 1", "DATE", "2015-09-01"),
            ("2 p.m.", "TIME", "2015-05-31T14:00"),
            ("Sunday, May 31", "DATE", "2015-05-31"),
            ("7 p.m.", "TIME", "2015-04-13T19:00"),
            ("April 13", "DATE", "2015-04-13"),
        ],
    ),
    # Monday 2012-03-05 (ISO week 10), Vermont daily's town-meeting preview, section label "TOWN
    # MEETING 2012" ("2012" DATE 2012: the year of the meeting, like an adjectival year, not an
    # identifier), headline, byline "Courier Staff", date line "Monday, March 5, 2012", "EAST
    # HARKNESS —" dateline. Town Meeting Day is the first Tuesday of March, 2012-03-06, a state
    # holiday: "Town Meeting Day" DATE 2012-03-06 (a holiday on its day, gold_blind41's
    # "Election Day"), "Tuesday" 2012-03-06 (three times), "at 10 a.m. Tuesday", "from 7 a.m.
    # to 7 p.m." (the polls, that day), "at noon during the recess", "from 9:30 a.m. until the
    # meeting ends" and "by about 9 p.m. Tuesday" all on 2012-03-06. Today: "until 5 p.m.
    # today", "at 7 p.m. tonight" (2012-03-05T19:00 and 2012-03-05TNI). "Thursday's paper" ->
    # "Thursday" 2012-03-08. The town's fiscal year runs July-June, named by the year it ends:
    # "the fiscal year that begins July 1" FY2013 and 2012-07-01; "the current fiscal year's"
    # -> "the current fiscal year" FY2012 (gold_blind13). "since Nov. 1" 2011-11-01; "all of
    # this winter" -> "this winter" 2012-WI; "in October" 2011-10 (the most recent one); "the
    # town's 221st annual Town Meeting" and "its annual pump test" -> "annual" SET P1Y
    # (gold_blind44's "its annual ... swing dance"). "over 10 years" P10Y, "for 27 years" P27Y,
    # "three-year term" P3Y, "both for two years" P2Y, "usually runs about four hours" PT4H (a
    # generic duration, gold_blind44). Article 9: "starting next year" 2013, "at 6:30 p.m.
    # instead of 10 a.m." -> XXXX-XX-XXT18:30 and XXXX-XX-XXT10:00 (the hour of a yearly
    # meeting on no particular day). "Last year" 2011; "since 1998", "since 2006", "in 2009",
    # "in 2010". Not annotated: "221st", "Town Meeting" (the event), "Article 6", "Article 9",
    # "Engine 2", "$2.4M", "$2.4 million", "$96,000", "$385,000", "$8", "3.1 percent", "212",
    # "1,340", "under 12", "Room 4", "Two seats", the URL "eastharknessvt.org/2012-results",
    # "Not this time", "until the meeting ends", "Australian-ballot".
    "east-harkness-town-meeting-preview": (
        "2012-03-05",
        [
            ("2012", "DATE", "2012"),
            ("Monday, March 5, 2012", "DATE", "2012-03-05"),
            ("10 a.m.", "TIME", "2012-03-06T10:00"),
            ("Tuesday", "DATE", "2012-03-06"),
            ("annual", "SET", "P1Y"),
            ("7 a.m.", "TIME", "2012-03-06T07:00"),
            ("7 p.m.", "TIME", "2012-03-06T19:00"),
            ("Town Meeting Day", "DATE", "2012-03-06"),
            ("Tuesday", "DATE", "2012-03-06"),
            ("5 p.m.", "TIME", "2012-03-05T17:00"),
            ("today", "DATE", "2012-03-05"),
            ("7 p.m.", "TIME", "2012-03-05T19:00"),
            ("tonight", "TIME", "2012-03-05TNI"),
            ("the fiscal year", "DATE", "FY2013"),
            ("July 1", "DATE", "2012-07-01"),
            ("the current fiscal year", "DATE", "FY2012"),
            ("Nov. 1", "DATE", "2011-11-01"),
            ("this winter", "DATE", "2012-WI"),
            ("10 years", "DURATION", "P10Y"),
            ("27 years", "DURATION", "P27Y"),
            ("annual", "SET", "P1Y"),
            ("October", "DATE", "2011-10"),
            ("2009", "DATE", "2009"),
            ("2010", "DATE", "2010"),
            ("next year", "DATE", "2013"),
            ("6:30 p.m.", "TIME", "XXXX-XX-XXT18:30"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("Last year", "DATE", "2011"),
            ("1998", "DATE", "1998"),
            ("2006", "DATE", "2006"),
            ("three-year", "DURATION", "P3Y"),
            ("two years", "DURATION", "P2Y"),
            ("about four hours", "DURATION", "PT4H"),
            ("noon", "TIME", "2012-03-06T12:00"),
            ("9:30 a.m.", "TIME", "2012-03-06T09:30"),
            ("about 9 p.m.", "TIME", "2012-03-06T21:00"),
            ("Tuesday", "DATE", "2012-03-06"),
            ("Thursday", "DATE", "2012-03-08"),
        ],
    ),
    # Saturday 2014-10-11 (ISO week 41), US local paper's weekend "Faith & Community Notes"
    # column (Indiana), paper's name and date line "Saturday, October 11, 2014", CHURCHES, CLUBS
    # and REMINDERS sections. Ahead: "2 p.m. Sunday" 2014-10-12; revival "nightly at 7 p.m.
    # Monday through Wednesday" -> SET XXXX-XX-XXTNI, "7 p.m." XXXX-XX-XXT19:00 (the hour of
    # each night's service), "Monday" 2014-10-13 and "Wednesday" 2014-10-15 (the ends of a
    # range of days, gold_blind76); "4:30 to 7 p.m. Saturday, Oct. 18"; "Reformation Sunday on
    # Oct. 26" and "All Saints Sunday, Nov. 2" (named Sundays, DATEs on their day like other
    # holidays, each with its date a second DATE); "10 a.m." 2014-10-26; "its usual 8 and 10:30
    # a.m. services" -> the bare "8" and "10:30 a.m." XXXX-XX-XXT08:00 and T10:30 (weekly
    # service hours); "5:30 to 7 p.m. on Halloween, Friday, Oct. 31" -> two TIMEs, "Halloween"
    # and "Friday, Oct. 31" two DATEs; "7 a.m. to noon Sunday, Oct. 19"; "will not meet Monday
    # because of Columbus Day" -> "Monday" and "Columbus Day" 2014-10-13 (the second Monday of
    # October); "its October meeting" -> "October" 2014-10 (an adjectival month naming this
    # October, like "an August start" in gold_blind44); "6:30 p.m. Oct. 20"; "2 a.m. Sunday,
    # Nov. 2" (US daylight saving time ends on the first Sunday of November); "Set clocks back
    # an hour" PT1H (the size of a shift, gold_blind44's "go back an hour"); "the night before"
    # 2014-11-01TNI (anchored on the last date named, gold_blind79). Past: "the Feast of St.
    # Francis, which fell on Oct. 4" -> a feast on its day 2014-10-04 (like "St Nicholas's Day",
    # gold_blind79) and "Oct. 4". "died in the past year" P1Y. Recurring: "Thursdays at 9:30
    # a.m.", "at noon Tuesdays", "every Friday night" SET XXXX-WXX-5TNI with "Sign-up starts at
    # 6:45" XXXX-XX-XXT18:45 (evening, read by "Friday night"), "by 5 p.m. Wednesdays" (the
    # deadline); "58th annual" -> "annual" SET P1Y. Not annotated: "Ruth 1:16" (a Bible verse
    # shaped like a clock time), "the Book of Ruth", "the Saturday edition" (an edition's name),
    # "Daylight saving time" (a clock regime, like "British Summer Time" in gold_blind44),
    # "Harvest Dinner", "trunk-or-treat", "58th", "VFW Post 1946", "4-H", "210 S. Walnut St.",
    # "$9", "$4", "$6", "children 5-12", "the Rev. Leon Pruitt".
    "carroll-mills-faith-and-club-notes": (
        "2014-10-11",
        [
            ("Saturday, October 11, 2014", "DATE", "2014-10-11"),
            ("the Feast of St. Francis", "DATE", "2014-10-04"),
            ("Oct. 4", "DATE", "2014-10-04"),
            ("2 p.m.", "TIME", "2014-10-12T14:00"),
            ("Sunday", "DATE", "2014-10-12"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("Monday", "DATE", "2014-10-13"),
            ("Wednesday", "DATE", "2014-10-15"),
            ("4:30", "TIME", "2014-10-18T16:30"),
            ("7 p.m.", "TIME", "2014-10-18T19:00"),
            ("Saturday, Oct. 18", "DATE", "2014-10-18"),
            ("Reformation Sunday", "DATE", "2014-10-26"),
            ("Oct. 26", "DATE", "2014-10-26"),
            ("10 a.m.", "TIME", "2014-10-26T10:00"),
            ("8", "TIME", "XXXX-XX-XXT08:00"),
            ("10:30 a.m.", "TIME", "XXXX-XX-XXT10:30"),
            ("All Saints Sunday", "DATE", "2014-11-02"),
            ("Nov. 2", "DATE", "2014-11-02"),
            ("the past year", "DURATION", "P1Y"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("9:30 a.m.", "TIME", "XXXX-XX-XXT09:30"),
            ("5:30", "TIME", "2014-10-31T17:30"),
            ("7 p.m.", "TIME", "2014-10-31T19:00"),
            ("Halloween", "DATE", "2014-10-31"),
            ("Friday, Oct. 31", "DATE", "2014-10-31"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("annual", "SET", "P1Y"),
            ("7 a.m.", "TIME", "2014-10-19T07:00"),
            ("noon", "TIME", "2014-10-19T12:00"),
            ("Sunday, Oct. 19", "DATE", "2014-10-19"),
            ("Monday", "DATE", "2014-10-13"),
            ("Columbus Day", "DATE", "2014-10-13"),
            ("October", "DATE", "2014-10"),
            ("6:30 p.m.", "TIME", "2014-10-20T18:30"),
            ("Oct. 20", "DATE", "2014-10-20"),
            ("every Friday night", "SET", "XXXX-WXX-5TNI"),
            ("6:45", "TIME", "XXXX-XX-XXT18:45"),
            ("2 a.m.", "TIME", "2014-11-02T02:00"),
            ("Sunday, Nov. 2", "DATE", "2014-11-02"),
            ("an hour", "DURATION", "PT1H"),
            ("the night before", "TIME", "2014-11-01TNI"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
        ],
    ),
    # Friday 2015-07-10 (ISO week 28), US local paper's website police log (Oregon), section
    # label, headline ("on the Fourth"), stamp "Posted Jul 10, 2015 at 12:01 AM" (DATE and
    # TIME), day headings "Friday, July 3" to "Thursday, July 9" (one DATE span each), entries
    # led by clock times on their heading's day. "the Fourth" (headline) is Independence Day of
    # this year, 2015-07-04 (a holiday on its day); "on the Fourth last year" one span 2014-07-04
    # (a holiday with a post-posed relative year, like "Easter last year", gold_blind57, and
    # "Diwali last month", gold_blind79). "the call log for July 3-9" -> "July 3" and the bare
    # "9" 2015-07-09 (gold_blind76). "The log runs every Friday" SET XXXX-WXX-5. "only until 11
    # p.m." (a standing rule of the city code) XXXX-XX-XXT23:00. Under Saturday, July 4:
    # "Between 9 p.m. and 1 a.m." -> 2015-07-04T21:00 and 2015-07-05T01:00 (a time after
    # midnight takes the new day, gold_blind84). "left open overnight" (reported at 10:30 a.m.
    # Sunday) 2015-07-04TNI, the night begun on Saturday evening (gold_blind44). "between 6
    # p.m. Friday and 7 a.m. Monday" (a Monday entry) -> 2015-07-03T18:00, "Friday"
    # 2015-07-03, 2015-07-06T07:00, "Monday" 2015-07-06. "about 20 minutes after a caller
    # reported" PT20M, "within two hours" PT2H, "after about 15 minutes" PT15M (durations
    # alone). "back taxes from 2012" 2012; "wanted ... since March" 2015-03; "over the holiday
    # weekend" -> "the holiday weekend" 2015-W27-WE (Friday's observed holiday and the Fourth;
    # the ISO week of its Saturday, gold_blind103's "the long weekend"); "so far this year" ->
    # "this year" 2015 ("so far" a signal, gold_blind19); "in all of 2014" 2014; "8 to 9:30 a.m.
    # Wednesday, July 15" -> the bare "8" 2015-07-15T08:00, "9:30 a.m.", the DATE. Not annotated:
    # "top 60", "63", "44", "2000 block", "1400 block", "16-year-old", "34-year-old",
    # "27-year-old", "Highway 26", "Milepost 19", "Trek 820" (a model number), "911 Industrial
    # Way", "Unit 24", "$1,500", "$2,400", "96 degrees", "11 arrests", "1,877", "3,390", "310
    # Main St.", "503-555-1776" (a phone number holding 1776), "Fred's Market", "at the scene".
    "alder-creek-police-log": (
        "2015-07-10",
        [
            ("the Fourth", "DATE", "2015-07-04"),
            ("Jul 10, 2015", "DATE", "2015-07-10"),
            ("12:01 AM", "TIME", "2015-07-10T00:01"),
            ("July 3", "DATE", "2015-07-03"),
            ("9", "DATE", "2015-07-09"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("Friday, July 3", "DATE", "2015-07-03"),
            ("9:14 p.m.", "TIME", "2015-07-03T21:14"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("Saturday, July 4", "DATE", "2015-07-04"),
            ("9 p.m.", "TIME", "2015-07-04T21:00"),
            ("1 a.m.", "TIME", "2015-07-05T01:00"),
            ("the Fourth last year", "DATE", "2014-07-04"),
            ("11:48 p.m.", "TIME", "2015-07-04T23:48"),
            ("Sunday, July 5", "DATE", "2015-07-05"),
            ("2:03 a.m.", "TIME", "2015-07-05T02:03"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("10:30 a.m.", "TIME", "2015-07-05T10:30"),
            ("overnight", "TIME", "2015-07-04TNI"),
            ("Monday, July 6", "DATE", "2015-07-06"),
            ("7:45 a.m.", "TIME", "2015-07-06T07:45"),
            ("6 p.m.", "TIME", "2015-07-03T18:00"),
            ("Friday", "DATE", "2015-07-03"),
            ("7 a.m.", "TIME", "2015-07-06T07:00"),
            ("Monday", "DATE", "2015-07-06"),
            ("Tuesday, July 7", "DATE", "2015-07-07"),
            ("1:12 p.m.", "TIME", "2015-07-07T13:12"),
            ("2012", "DATE", "2012"),
            ("two hours", "DURATION", "PT2H"),
            ("Wednesday, July 8", "DATE", "2015-07-08"),
            ("3:30 a.m.", "TIME", "2015-07-08T03:30"),
            ("March", "DATE", "2015-03"),
            ("Thursday, July 9", "DATE", "2015-07-09"),
            ("6:55 p.m.", "TIME", "2015-07-09T18:55"),
            ("about 15 minutes", "DURATION", "PT15M"),
            ("the holiday weekend", "DATE", "2015-W27-WE"),
            ("this year", "DATE", "2015"),
            ("2014", "DATE", "2014"),
            ("8", "TIME", "2015-07-15T08:00"),
            ("9:30 a.m.", "TIME", "2015-07-15T09:30"),
            ("Wednesday, July 15", "DATE", "2015-07-15"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
