"""Annotations of the two-hundred-and-sixty-eighth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind268/annotate.py [--show]

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
    # Wednesday 2014-01-15 (ISO week 3), US local paper's legal-notices page, date line
    # "Wednesday, January 15, 2014" (one span with its weekday, gold_blind35); a South Carolina
    # probate notice to creditors in its second run ("Published: Jan. 8, 15, 22, 2014": "Jan. 8"
    # 2014-01-08, the bare "15" 2014-01-15 and "22, 2014" 2014-01-22, three DATEs, the bare day
    # numbers their own spans like "Dec. 11-12" in gold_blind51; see README). Formal dates one
    # span with their determiner ("the 28th day of November, 2013", "the 8th day of May, 2014",
    # gold_blind69). "within four months after the date of the first publication of this
    # notice" -> "four months" P4M, "within one year after the date of death" -> "one year" P1Y
    # (anchored durations alone, gold_blind69); the date they give, "the 8th day of May, 2014",
    # is four months after Jan. 8. "the same day" after "December 30, 2013" is that day (an
    # anchored day, gold_blind52, gold_blind76). Claims "on Tuesdays and Thursdays from 9:00 a.m.
    # until 4:00 p.m." two SETs and two TIMEs XXXX-XX-XXThh:mm (gold_blind90). "Monday, January
    # 20, Martin Luther King Jr. Day" two DATEs 2014-01-20 (the third Monday of January, like
    # "Monday 1 June, the June bank holiday" in gold_blind69). The hearing "at 10:30 a.m. on
    # Thursday, February 6, 2014"; objections by "5 p.m. local time on the preceding day" ->
    # 2014-02-05T17:00 and "the preceding day" DATE 2014-02-05, anchored like "the day before"
    # (gold_blind8); "no more than an hour" PT1H (gold_blind12). Desk box: "every Wednesday" SET
    # XXXX-WXX-3, "noon each Friday" -> "noon" XXXX-XX-XXT12:00 and "each Friday" XXXX-WXX-5;
    # "Monday's holiday" -> "Monday" 2014-01-20 (future), "next week's edition" -> "next week"
    # 2014-W04, "10 a.m. Thursday" 2014-01-16T10:00 and 2014-01-16; "last Wednesday's edition"
    # -> "last Wednesday" 2014-01-08; "set by the court on Friday" 2014-01-10 (past); "since
    # 2012"; "within 10 days" P10D. Not annotated: "Case No. 2013-ES-40-0412", "Page 6B", "1987
    # Old Ferry Road", "aged 84", "SC 29901", "$500", "Suite 2011", "14.6-acre", "Tax Map No.
    # 112-00-01-2012", "Courtroom 2B", "SC Bar No. 70214", "(803) 555-2013",
    # "pellhamcourier.com/legals/2014", "$1.14", "803-555-0190", "the date of the first
    # publication of this notice", "the date of death", "the last run".
    "pellham-probate-crump-notice-to-creditors": (
        "2014-01-15",
        [
            ("Wednesday, January 15, 2014", "DATE", "2014-01-15"),
            ("the 28th day of November, 2013", "DATE", "2013-11-28"),
            ("more than 50 years", "DURATION", "P50Y"),
            ("December 30, 2013", "DATE", "2013-12-30"),
            ("August 3, 2009", "DATE", "2009-08-03"),
            ("the same day", "DATE", "2013-12-30"),
            ("four months", "DURATION", "P4M"),
            ("the 8th day of May, 2014", "DATE", "2014-05-08"),
            ("one year", "DURATION", "P1Y"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("9:00 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("4:00 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("Monday, January 20", "DATE", "2014-01-20"),
            ("Martin Luther King Jr. Day", "DATE", "2014-01-20"),
            ("10:30 a.m.", "TIME", "2014-02-06T10:30"),
            ("Thursday, February 6, 2014", "DATE", "2014-02-06"),
            ("5 p.m. local time", "TIME", "2014-02-05T17:00"),
            ("the preceding day", "DATE", "2014-02-05"),
            ("no more than an hour", "DURATION", "PT1H"),
            ("January 6, 2014", "DATE", "2014-01-06"),
            ("Jan. 8", "DATE", "2014-01-08"),
            ("15", "DATE", "2014-01-15"),
            ("22, 2014", "DATE", "2014-01-22"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("each Friday", "SET", "XXXX-WXX-5"),
            ("Monday", "DATE", "2014-01-20"),
            ("next week", "DATE", "2014-W04"),
            ("10 a.m.", "TIME", "2014-01-16T10:00"),
            ("Thursday", "DATE", "2014-01-16"),
            ("last Wednesday", "DATE", "2014-01-08"),
            ("Friday", "DATE", "2014-01-10"),
            ("2012", "DATE", "2012"),
            ("10 days", "DURATION", "P10D"),
        ],
    ),
    # Friday 2013-05-10 (ISO week 19), US local paper's legal notices, date line "Friday, May
    # 10, 2013"; a Pennsylvania sheriff's sale "on Monday, the 3rd day of June, 2013" (one span
    # with the weekday, like "Monday the 25th day of May 2015" in gold_blind69) "at 10:00 a.m.
    # prevailing time" (the zone phrase in the span, not in the value, like "10am local time",
    # gold_blind100) 2013-06-03T10:00. Deed "dated March 14, 1986, and recorded April 2, 1986";
    # judgment "the 19th day of November, 2012". Terms: "within 10 days after the sale" P10D,
    # "by 4:00 p.m. on Thursday, June 13, 2013"; "not later than 30 days after the sale" P30D;
    # "within 10 days thereafter" P10D. Signature line "May 6, 2013". Box: "the first Monday of
    # every month" one SET span P1M, like "the second Tuesday of every month" (gold_blind86),
    # "at 10 a.m." XXXX-XX-XXT10:00; "the June 3 sale" -> "June 3" 2013-06-03; "posted on
    # Tuesday" 2013-05-07 (past); "the sale held on Monday, May 6" 2013-05-06; "postponed for 60
    # days" P60D; "almost two hours" PT2H; "The next day" after that Monday 2013-05-07
    # (gold_blind55, gold_blind90); "since January 2009"; "recent years" PAST_REF; "2012",
    # "2008"; "this week" 2013-W19; "at 6 p.m. next Tuesday" 2013-05-14T18:00 and 2013-05-14;
    # office hours "from 8:30 a.m. to 4:30 p.m., Monday through Friday" two TIMEs and two SETs
    # (gold_blind76, gold_blind90); "Memorial Day, May 27" two DATEs 2013-05-27 (the last Monday
    # of May); "by 4 p.m. on Friday, May 31". Not annotated: "Civil Action No. 2012-CV-3318",
    # "Room 203", "400 Market Street", "two-story", "2214 Quarry Hill Road", "PA 17924", "0.61
    # acres", "Tax Parcel No. 14-2012-0088", "Deed Book 1959, Page 214" (a book number that
    # reads like a year, beside "1986"), "$148,212.36", "$21.09 per diem" (a rate), "ten
    # percent", "$2,500", "(570) 555-1986" (beside "1986"), "27 properties", "41", "12 sales",
    # "318", "196", "three bids", "the time of sale", "the closing date".
    "lenape-county-sheriffs-sale-kuntz": (
        "2013-05-10",
        [
            ("Friday, May 10, 2013", "DATE", "2013-05-10"),
            ("Monday, the 3rd day of June, 2013", "DATE", "2013-06-03"),
            ("10:00 a.m. prevailing time", "TIME", "2013-06-03T10:00"),
            ("March 14, 1986", "DATE", "1986-03-14"),
            ("April 2, 1986", "DATE", "1986-04-02"),
            ("the 19th day of November, 2012", "DATE", "2012-11-19"),
            ("10 days", "DURATION", "P10D"),
            ("4:00 p.m.", "TIME", "2013-06-13T16:00"),
            ("Thursday, June 13, 2013", "DATE", "2013-06-13"),
            ("30 days", "DURATION", "P30D"),
            ("10 days", "DURATION", "P10D"),
            ("May 6, 2013", "DATE", "2013-05-06"),
            ("the first Monday of every month", "SET", "P1M"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("June 3", "DATE", "2013-06-03"),
            ("Tuesday", "DATE", "2013-05-07"),
            ("Monday, May 6", "DATE", "2013-05-06"),
            ("60 days", "DURATION", "P60D"),
            ("almost two hours", "DURATION", "PT2H"),
            ("The next day", "DATE", "2013-05-07"),
            ("January 2009", "DATE", "2009-01"),
            ("recent years", "DATE", "PAST_REF"),
            ("2012", "DATE", "2012"),
            ("2008", "DATE", "2008"),
            ("this week", "DATE", "2013-W19"),
            ("6 p.m.", "TIME", "2013-05-14T18:00"),
            ("next Tuesday", "DATE", "2013-05-14"),
            ("8:30 a.m.", "TIME", "XXXX-XX-XXT08:30"),
            ("4:30 p.m.", "TIME", "XXXX-XX-XXT16:30"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("Memorial Day", "DATE", "2013-05-27"),
            ("May 27", "DATE", "2013-05-27"),
            ("4 p.m.", "TIME", "2013-05-31T16:00"),
            ("Friday, May 31", "DATE", "2013-05-31"),
        ],
    ),
    # Thursday 2012-09-20 (ISO week 38), English weekly's public notices, date line "Thursday
    # 20 September 2012"; a Licensing Act premises-licence notice and a planning notice, with
    # a reporter's note. Licensed hours recur: "10am to 11.30pm, Sundays to Thursdays; 10am to
    # 1am, Fridays and Saturdays" -> TIMEs XXXX-XX-XXThh:mm (the 1am is the small hours after
    # the evening, still a clock time of no particular day) and the ends of the weekday ranges
    # SETs ("Sundays" XXXX-WXX-7, "Thursdays", "Fridays", "Saturdays"; "Mondays to Saturdays" in
    # gold_blind90); "7pm to 11pm daily" two TIMEs and SET P1D. "On 31 December 2012 ... from
    # 10am until 2am the next day" -> 2012-12-31T10:00, 2013-01-01T02:00 and "the next day"
    # DATE 2013-01-01 (gold_blind90's "at 9am the next day"). Inspection "between 9am and 5pm,
    # Monday to Friday" (gold_blind90). Representations "no later than 12 October 2012, the end
    # of the period of 28 days beginning on the day after the application was given" -> the
    # date and "28 days" P28D (14 September + 28 days); the event-named "the day after the
    # application was given" and "the end of the period" are not annotated. "Date of notice: 20
    # September 2012". Planning: terrace "until 9pm daily" XXXX-XX-XXT21:00 and SET P1D; "within
    # 21 days of the date of this notice" P21D; the committee "on Tuesday 6 November 2012 at
    # 6.30pm". Note: "built in 1794"; "the spring of 2009" 2009-SP; "after 22 years" P22Y;
    # "March 2011"; "said on Tuesday" 2012-09-18 (past); "well before Christmas" -> "Christmas"
    # 2012-12-25; "at 7pm next Wednesday" 2012-09-26T19:00 and 2012-09-26; "For three years"
    # P3Y; "which sits fortnightly" SET P2W; "by the end of October" 2012-10 (gold_blind35's
    # "the end of the month"). Not annotated: "LICENSING ACT 2003", "TOWN AND COUNTRY PLANNING
    # ACT 1990", "Application No. 12/01987/FUL" (its "12" the year of the notice), "12 Wharf
    # Street", "HX2 4QJ", "Class B1", "Classes A3/A4", "Grade II", "£5,000", ages "41" and
    # "70", "30 staff", "at night" (generic), "the date of this notice".
    "hexley-old-granary-premises-licence": (
        "2012-09-20",
        [
            ("Thursday 20 September 2012", "DATE", "2012-09-20"),
            ("14 September 2012", "DATE", "2012-09-14"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("11.30pm", "TIME", "XXXX-XX-XXT23:30"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("1am", "TIME", "XXXX-XX-XXT01:00"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("daily", "SET", "P1D"),
            ("31 December 2012", "DATE", "2012-12-31"),
            ("10am", "TIME", "2012-12-31T10:00"),
            ("2am", "TIME", "2013-01-01T02:00"),
            ("the next day", "DATE", "2013-01-01"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("12 October 2012", "DATE", "2012-10-12"),
            ("28 days", "DURATION", "P28D"),
            ("20 September 2012", "DATE", "2012-09-20"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("daily", "SET", "P1D"),
            ("21 days", "DURATION", "P21D"),
            ("Tuesday 6 November 2012", "DATE", "2012-11-06"),
            ("6.30pm", "TIME", "2012-11-06T18:30"),
            ("1794", "DATE", "1794"),
            ("the spring of 2009", "DATE", "2009-SP"),
            ("22 years", "DURATION", "P22Y"),
            ("March 2011", "DATE", "2011-03"),
            ("Tuesday", "DATE", "2012-09-18"),
            ("Christmas", "DATE", "2012-12-25"),
            ("7pm", "TIME", "2012-09-26T19:00"),
            ("next Wednesday", "DATE", "2012-09-26"),
            ("three years", "DURATION", "P3Y"),
            ("fortnightly", "SET", "P2W"),
            ("the end of October", "DATE", "2012-10"),
        ],
    ),
    # Tuesday 2015-03-10 (ISO week 11), Ontario community paper's public notices, date line
    # "Tuesday, March 10, 2015"; a municipality's notice of complete application and public
    # meeting "on Tuesday, April 14, 2015, at 7:00 p.m."; "deemed complete on February 20,
    # 2015". "since 1978"; "more than a decade" P10Y; quiet hours "from 11 p.m. to 7 a.m.
    # nightly" two TIMEs XXXX-XX-XXThh:mm and SET XXXX-XX-XXTNI (gold_blind90); "more than 21
    # consecutive days" P21D, the modifier kept (a cardinal run, gold_blind103); "in May
    # 2016 at the earliest" -> "May 2016" (the post-posed "at the earliest" left out,
    # gold_blind52); "the first new campground ... in 15 years" P15Y (the period of a "first
    # in", gold_blind20); "filed in 2013 ... in the fall of that year" -> "2013" and "the fall
    # of that year" 2013-FA, one span with its anaphoric year like "the early hours of that
    # morning" (gold_blind69). Comments "by 4:30 p.m. on Wednesday, April 8, 2015"; council
    # meetings "on the second and fourth Tuesdays of each month at 6 p.m." -> one SET span P1M
    # (twice a month, the period kept like "twice a month" P1M; the ordinal-weekday SET of
    # gold_blind86, see README) and "6 p.m." XXXX-XX-XXT18:00; "before April 28, 2015" (the fourth
    # Tuesday of April); "last week" 2015-W10; office hours "between 8:30 a.m. and 4:30 p.m.,
    # Monday to Friday"; "Good Friday, April 3" and "Easter Monday, April 6" two DATEs each
    # (Easter Sunday 2015 is 5 April; gold_blind27, gold_blind89). "this 5th day of March,
    # 2015" one span with "this" (gold_blind69). Second notice: "the 2015 Budget" -> "2015"
    # (an adjectival year); "scheduled for this evening" 2015-03-10TEV; "Thursday, March 12,
    # 2015, at 6:00 p.m."; "posted ... on Friday" 2015-03-06 (past). Not annotated: "File No.
    # Z-03-2015", "1950 Township Road 6", "Zoning By-law 2004-61", "Section 34", "R.S.O. 1990",
    # "14.2 hectares", "3180 Lakeshore Road", "48-site", "seasonal" (an adjective naming a
    # kind), "705-555-1978" (beside "since 1978"), "ext. 2004", "Ontario Municipal Board".
    "north-ashby-campground-zoning-public-meeting": (
        "2015-03-10",
        [
            ("Tuesday, March 10, 2015", "DATE", "2015-03-10"),
            ("Tuesday, April 14, 2015", "DATE", "2015-04-14"),
            ("7:00 p.m.", "TIME", "2015-04-14T19:00"),
            ("February 20, 2015", "DATE", "2015-02-20"),
            ("1978", "DATE", "1978"),
            ("more than a decade", "DURATION", "P10Y"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("more than 21 consecutive days", "DURATION", "P21D"),
            ("May 2016", "DATE", "2016-05"),
            ("15 years", "DURATION", "P15Y"),
            ("2013", "DATE", "2013"),
            ("the fall of that year", "DATE", "2013-FA"),
            ("4:30 p.m.", "TIME", "2015-04-08T16:30"),
            ("Wednesday, April 8, 2015", "DATE", "2015-04-08"),
            ("the second and fourth Tuesdays of each month", "SET", "P1M"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("April 28, 2015", "DATE", "2015-04-28"),
            ("last week", "DATE", "2015-W10"),
            ("8:30 a.m.", "TIME", "XXXX-XX-XXT08:30"),
            ("4:30 p.m.", "TIME", "XXXX-XX-XXT16:30"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("April 3", "DATE", "2015-04-03"),
            ("Easter Monday", "DATE", "2015-04-06"),
            ("April 6", "DATE", "2015-04-06"),
            ("this 5th day of March, 2015", "DATE", "2015-03-05"),
            ("2015", "DATE", "2015"),
            ("this evening", "TIME", "2015-03-10TEV"),
            ("Thursday, March 12, 2015", "DATE", "2015-03-12"),
            ("6:00 p.m.", "TIME", "2015-03-12T18:00"),
            ("Friday", "DATE", "2015-03-06"),
        ],
    ),
    # Saturday 2015-04-04 (ISO week 14), Washington paper's legal notices, date line "Saturday,
    # April 4, 2015"; a superior court's summons by publication in its second weekly run. Filed
    # "on the 16th day of March, 2015"; married "June 19, 2004"; separated "on or about October
    # 1, 2013" -> "October 1, 2013" (the formula outside the span, gold_blind69); "more than 17
    # months" P17M; "the summer of 2014" 2014-SU. "within 60 days after the date of the first
    # publication of this summons (60 days after the 28th day of March, 2015)" -> "60 days"
    # P60D twice and the date. "every Friday at 1:30 p.m." SET XXXX-WXX-5 and XXXX-XX-XXT13:30;
    # the hearing "for 1:30 p.m. on Friday, May 29, 2015"; "at least 90 days" P90D. "Dated this
    # 20th day of March, A.D. 2015" -> one DATE span with "A.D." (see README). "Date of first
    # publication: March 28, 2015"; "Published: March 28, April 4, 11, 18, 25 and May 2, 2015"
    # -> six DATEs, the bare "11", "18" and "25" April's days (gold_blind51's bare "12"), the
    # year written once at the end. Box: "twice a week, on Wednesdays and Saturdays" SET P1W and
    # two SETs; "once a week for six consecutive weeks" SET P1W and DURATION P6W; "appears
    # today" 2015-04-04; "within five days" P5D; "Wednesday's edition" -> "Wednesday"
    # 2015-04-01 (past); "Monday, May 25, for Memorial Day" two DATEs 2015-05-25 (the last
    # Monday of May); "the May 30 edition" -> "May 30" 2015-05-30; "by noon on Tuesday, May
    # 26". Not annotated: "No. 15-3-00214-9", ages "9" and "6", "WSBA No. 41963", "1400 Front
    # Street", "Suite 2015" (in a 2015 notice), "WA 98362", "(360) 555-1904", "the date of the
    # first publication of this summons", "the last run", "the second run".
    "calloway-okafor-summons-by-publication": (
        "2015-04-04",
        [
            ("Saturday, April 4, 2015", "DATE", "2015-04-04"),
            ("the 16th day of March, 2015", "DATE", "2015-03-16"),
            ("June 19, 2004", "DATE", "2004-06-19"),
            ("October 1, 2013", "DATE", "2013-10-01"),
            ("more than 17 months", "DURATION", "P17M"),
            ("the summer of 2014", "DATE", "2014-SU"),
            ("60 days", "DURATION", "P60D"),
            ("60 days", "DURATION", "P60D"),
            ("the 28th day of March, 2015", "DATE", "2015-03-28"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("1:30 p.m.", "TIME", "XXXX-XX-XXT13:30"),
            ("1:30 p.m.", "TIME", "2015-05-29T13:30"),
            ("Friday, May 29, 2015", "DATE", "2015-05-29"),
            ("at least 90 days", "DURATION", "P90D"),
            ("this 20th day of March, A.D. 2015", "DATE", "2015-03-20"),
            ("March 28, 2015", "DATE", "2015-03-28"),
            ("March 28", "DATE", "2015-03-28"),
            ("April 4", "DATE", "2015-04-04"),
            ("11", "DATE", "2015-04-11"),
            ("18", "DATE", "2015-04-18"),
            ("25", "DATE", "2015-04-25"),
            ("May 2, 2015", "DATE", "2015-05-02"),
            ("twice a week", "SET", "P1W"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("once a week", "SET", "P1W"),
            ("six consecutive weeks", "DURATION", "P6W"),
            ("today", "DATE", "2015-04-04"),
            ("five days", "DURATION", "P5D"),
            ("Wednesday", "DATE", "2015-04-01"),
            ("Monday, May 25", "DATE", "2015-05-25"),
            ("Memorial Day", "DATE", "2015-05-25"),
            ("May 30", "DATE", "2015-05-30"),
            ("noon", "TIME", "2015-05-26T12:00"),
            ("Tuesday, May 26", "DATE", "2015-05-26"),
        ],
    ),
    # Monday 2014-02-10 (ISO week 7), West Australian regional paper's tenders column, date
    # line "Monday 10 February 2014"; a shire's request for tender. Australian July-June
    # financial year named by the year it ends: "the 2014-15 financial year" FY2015, "the
    # 2012-13 financial year" FY2013 (gold_blind69, gold_blind90). "24 months from 1 July
    # 2014" P24M and the DATE; "a further 12 months" P12M; "in the first year" (of the
    # contract) -> "the first year" DURATION P1Y, an ordinal period of an event (gold_blind17,
    # gold_blind44); "between 1 October 2014 and 31 March 2015" two DATEs. Work hours "6.30am to
    # 6pm, Monday to Saturday" two TIMEs and two SETs; "no work on Sundays" SET XXXX-WXX-7
    # ("public holidays" generic, not annotated). "from 9am on Tuesday 11 February 2014";
    # briefing "at 10.00am on Wednesday 19 February 2014", "about three hours" PT3H; questions
    # "no later than 4.00pm on Friday 28 February 2014"; "within 48 hours" PT48H. Close "at
    # 2.00pm AWST on Thursday 6 March 2014" (the zone in the span, not in the value), opened
    # "at 2.15pm the same day" 2014-03-06T14:15 and "the same day" DATE 2014-03-06 (the closing
    # day, gold_blind90's "the same afternoon"); "90 days after the closing date" P90D (the
    # event-named "the closing date" left out); "Monday 3 March 2014 for Labour Day" two DATEs
    # (WA Labour Day, the first Monday of March). "the past five years" P5Y; the meeting "on
    # Thursday 24 April 2014"; "Dated 7 February 2014". Correction: "published on Saturday"
    # 2014-02-08 (past); the wrong time "2.00pm on Friday 7 March" 2014-03-07T14:00 and
    # 2014-03-07 (a stated, if wrong, date is still a TIMEX3); "since 2009". Not annotated: "RFT
    # 03/2014", "10mm", "14mm", "42 kilometres", "38 kilometres",
    # "www.carrawong.wa.gov.au/tenders/rft-03-2014", "2 Hopkins Street", "$55", "(08) 9555
    # 2014" (in a 2014 notice), "two reseal contracts", "the closing date", "public holidays".
    "carrawong-shire-road-reseal-tender": (
        "2014-02-10",
        [
            ("Monday 10 February 2014", "DATE", "2014-02-10"),
            ("the 2014-15 financial year", "DATE", "FY2015"),
            ("24 months", "DURATION", "P24M"),
            ("1 July 2014", "DATE", "2014-07-01"),
            ("a further 12 months", "DURATION", "P12M"),
            ("the first year", "DURATION", "P1Y"),
            ("1 October 2014", "DATE", "2014-10-01"),
            ("31 March 2015", "DATE", "2015-03-31"),
            ("6.30am", "TIME", "XXXX-XX-XXT06:30"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Saturday", "SET", "XXXX-WXX-6"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("9am", "TIME", "2014-02-11T09:00"),
            ("Tuesday 11 February 2014", "DATE", "2014-02-11"),
            ("10.00am", "TIME", "2014-02-19T10:00"),
            ("Wednesday 19 February 2014", "DATE", "2014-02-19"),
            ("about three hours", "DURATION", "PT3H"),
            ("4.00pm", "TIME", "2014-02-28T16:00"),
            ("Friday 28 February 2014", "DATE", "2014-02-28"),
            ("48 hours", "DURATION", "PT48H"),
            ("2.00pm AWST", "TIME", "2014-03-06T14:00"),
            ("Thursday 6 March 2014", "DATE", "2014-03-06"),
            ("2.15pm", "TIME", "2014-03-06T14:15"),
            ("the same day", "DATE", "2014-03-06"),
            ("90 days", "DURATION", "P90D"),
            ("Monday 3 March 2014", "DATE", "2014-03-03"),
            ("Labour Day", "DATE", "2014-03-03"),
            ("the past five years", "DURATION", "P5Y"),
            ("Thursday 24 April 2014", "DATE", "2014-04-24"),
            ("7 February 2014", "DATE", "2014-02-07"),
            ("Saturday", "DATE", "2014-02-08"),
            ("2.00pm", "TIME", "2014-03-07T14:00"),
            ("Friday 7 March", "DATE", "2014-03-07"),
            ("the 2012-13 financial year", "DATE", "FY2013"),
            ("2009", "DATE", "2009"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
