"""Annotations of blind gold set 302, chosen by hand before the tagger ran.

    python tests/data/gold_blind302/annotate.py [--show]

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
    # Saturday 2013-09-28 (ISO week 39), Chinese national English daily's website, section
    # label, headline, stamp "Updated: 2013-09-28 07:52" (a DATE and a TIME, gold_blind49),
    # byline with the invented paper's name, no dateline. The holiday is 1-7 October 2013
    # (Tuesday to Monday): "Golden Week" (headline and lead) names that week-long holiday, a
    # period with no value shape of its own, valued by the smallest calendar unit holding it,
    # 2013-10 (gold_blind79's rule for festivals named as periods; see README). "seven-day"
    # P7D. Future weekdays: "Tuesday" (five times) 2013-10-01, with "National Day" beside it
    # the same day (two TIMEX3, like "Wednesday, Republic Day", gold_blind78); "Sunday (Oct 6)"
    # two DATEs with one value (gold_blind87); "Sunday, Sept 29" and "Saturday, Oct 12" one
    # span each (the make-up working days); "by Monday" 2013-09-30; "Wednesday night"
    # 2013-10-02TNI; "the weekend" 2013-W40-WE (5-6 October). Past: "said on Friday"
    # 2013-09-27; tickets on sale "at 8 am on Sept 11" (20 days before 1 October) and "on Sept
    # 16", "gone by noon the next day" 2013-09-17 (the day after the narrative's last date).
    # "the same day last year" one span 2012-10-01 (like "the same month last year",
    # gold_blind63); "Oct 2 last year" one span 2012-10-02 (gold_blind15, gold_blind49).
    # "within minutes" -> "minutes" PTXM (vague, like "weeks" PXW); "20 days" (ahead of
    # travel) an anchored DURATION; "eight days" (in a row) P8D; "for 15 years" P15Y; "As every
    # year" SET P1Y; "0:00 on Tuesday" 2013-10-01T00:00; "midnight on Oct 7" 2013-10-07T24:00
    # (the end of that day, gold_blind75, gold_blind103); "the afternoon of Oct 7" one TIME
    # span (like "the evening of 20 December", gold_blind79); "until 11 pm every day of the
    # holiday" the hour of a recurring opening XXXX-XX-XXT23:00 with its SET P1D;
    # "mid-September" 2013-09; "the Spring Festival" 2014-01-31 (the festival day, gold_blind78)
    # with "Jan 31" and "next year" 2014. Not annotated: "the busiest day will be the first"
    # (an ordinal of the holiday, no value), "the holiday", "the break", "the days off",
    # "the holiday shift", "the moment they can", "at a time", "63.5 million", "9.1 million",
    # "8.7 percent", "46" (an age), "1,300 flights", "2,000 yuan", "180,000", "60,000", "6 to
    # 8 C", "seven or fewer seats", "huaxiarail.cn", "950-2013" (a phone number with a year).
    "golden-week-rail-rush": (
        "2013-09-28",
        [
            ("Golden Week", "DATE", "2013-10"),
            ("2013-09-28", "DATE", "2013-09-28"),
            ("07:52", "TIME", "2013-09-28T07:52"),
            ("Golden Week", "DATE", "2013-10"),
            ("seven-day", "DURATION", "P7D"),
            ("Tuesday", "DATE", "2013-10-01"),
            ("Friday", "DATE", "2013-09-27"),
            ("Tuesday", "DATE", "2013-10-01"),
            ("National Day", "DATE", "2013-10-01"),
            ("the same day last year", "DATE", "2012-10-01"),
            ("Tuesday", "DATE", "2013-10-01"),
            ("8 am", "TIME", "2013-09-11T08:00"),
            ("Sept 11", "DATE", "2013-09-11"),
            ("20 days", "DURATION", "P20D"),
            ("minutes", "DURATION", "PTXM"),
            ("Sunday", "DATE", "2013-10-06"),
            ("Oct 6", "DATE", "2013-10-06"),
            ("Sept 16", "DATE", "2013-09-16"),
            ("noon", "TIME", "2013-09-17T12:00"),
            ("the next day", "DATE", "2013-09-17"),
            ("every year", "SET", "P1Y"),
            ("Sunday, Sept 29", "DATE", "2013-09-29"),
            ("Saturday, Oct 12", "DATE", "2013-10-12"),
            ("eight days", "DURATION", "P8D"),
            ("Monday", "DATE", "2013-09-30"),
            ("15 years", "DURATION", "P15Y"),
            ("6 am", "TIME", "2013-10-01T06:00"),
            ("Tuesday", "DATE", "2013-10-01"),
            ("0:00", "TIME", "2013-10-01T00:00"),
            ("Tuesday", "DATE", "2013-10-01"),
            ("midnight", "TIME", "2013-10-07T24:00"),
            ("Oct 7", "DATE", "2013-10-07"),
            ("Tuesday morning", "TIME", "2013-10-01TMO"),
            ("the afternoon of Oct 7", "TIME", "2013-10-07TAF"),
            ("mid-September", "DATE", "2013-09"),
            ("11 pm", "TIME", "XXXX-XX-XXT23:00"),
            ("every day", "SET", "P1D"),
            ("Oct 2 last year", "DATE", "2012-10-02"),
            ("Wednesday night", "TIME", "2013-10-02TNI"),
            ("the weekend", "DATE", "2013-W40-WE"),
            ("the Spring Festival", "DATE", "2014-01-31"),
            ("Jan 31", "DATE", "2014-01-31"),
            ("next year", "DATE", "2014"),
        ],
    ),
    # Wednesday 2014-05-14 (ISO week 20), Japanese English-language daily's business page,
    # section label, headline, byline "STAFF WRITER", date line "MAY 14, 2014", no dateline.
    # April-March fiscal year, FY values named by the year they end (gold_blind63,
    # gold_blind74): "the fiscal year that ended March 31" -> "the fiscal year" FY2014 plus
    # "March 31" 2014-03-31 ("ended" a signal); "the fiscal year to March 2015" FY2015 plus
    # 2015-03; "fiscal 2013, which ended March 31" -> FY2014: the Japanese name counts the year
    # from the April it begins, and the relative clause fixes it as April 2013-March 2014 (see
    # README); "the current fiscal year" FY2015. Past weekdays: "said Tuesday", "3 p.m. JST
    # (0600 GMT) Tuesday" (a local time, its GMT equivalent and the day, three TIMEX3, the zone in
    # the span and not in the value), "Tuesday evening" 2014-05-13TEV; "Wednesday morning" the
    # publication day's, 2014-05-14TMO. Calendar quarters by name: "the January-March quarter"
    # 2014-Q1 with "a year earlier" 2013-Q1, "the April-June quarter" 2014-Q2. "Golden Week"
    # (from "the Golden Week holidays", the holiday word left out like "a February half-term",
    # gold_blind101) runs 26 April-6 May 2014 across two months, so 2014 (gold_blind79's rule),
    # and "a year earlier" after it 2013; after the fiscal year's revenue share "a year earlier"
    # FY2013. "the first increase in 17 years" -> "17 years" P17Y (the period of a "first in");
    # "October next year" one span 2015-10 (like "August last year", gold_blind49); "the
    # summer" 2014-SU, "the autumn" 2014-FA ahead; "late 2012", "late 2011" the years; "now"
    # PRESENT_REF; "in July" 2014-07; "three-year" P3Y; "March 2017"; "June 2012"; "the end of
    # 2015" 2015 (calendar, gold_blind63); "the six months to September" -> P6M plus 2014-09;
    # "two-day" P2D; "Wednesday, May 21" one span; "June 26". Not annotated: "38%", yen sums,
    # "8 percent", "5 percent", "¥100 to the dollar", "61" (an age), "Airia 2015" (a product
    # line; the annotated "the end of 2015" comes later and does not match it), "1,200 jobs",
    # "after the close of trading", "around the clock", "the next tax increase" beyond its
    # date, "the tax hike", "slowdown".
    "kisaragi-electric-fiscal-year-results": (
        "2014-05-14",
        [
            ("MAY 14, 2014", "DATE", "2014-05-14"),
            ("Tuesday", "DATE", "2014-05-13"),
            ("the fiscal year", "DATE", "FY2014"),
            ("March 31", "DATE", "2014-03-31"),
            ("April 1", "DATE", "2014-04-01"),
            ("17 years", "DURATION", "P17Y"),
            ("the fiscal year", "DATE", "FY2015"),
            ("March 2015", "DATE", "2015-03"),
            ("3 p.m. JST", "TIME", "2014-05-13T15:00"),
            ("0600 GMT", "TIME", "2014-05-13T06:00"),
            ("Tuesday", "DATE", "2014-05-13"),
            ("Wednesday morning", "TIME", "2014-05-14TMO"),
            ("January 2008", "DATE", "2008-01"),
            ("the past six months", "DURATION", "P6M"),
            ("the January-March quarter", "DATE", "2014-Q1"),
            ("a year earlier", "DATE", "2013-Q1"),
            ("the April-June quarter", "DATE", "2014-Q2"),
            ("Tuesday evening", "TIME", "2014-05-13TEV"),
            ("the summer", "DATE", "2014-SU"),
            ("the autumn", "DATE", "2014-FA"),
            ("October next year", "DATE", "2015-10"),
            ("Golden Week", "DATE", "2014"),
            ("April 26", "DATE", "2014-04-26"),
            ("May 6", "DATE", "2014-05-06"),
            ("a year earlier", "DATE", "2013"),
            ("late 2012", "DATE", "2012"),
            ("fiscal 2013", "DATE", "FY2014"),
            ("March 31", "DATE", "2014-03-31"),
            ("the current fiscal year", "DATE", "FY2015"),
            ("a year earlier", "DATE", "FY2013"),
            ("six weeks", "DURATION", "P6W"),
            ("late 2011", "DATE", "2011"),
            ("now", "DATE", "PRESENT_REF"),
            ("July", "DATE", "2014-07"),
            ("three-year", "DURATION", "P3Y"),
            ("March 2017", "DATE", "2017-03"),
            ("June 2012", "DATE", "2012-06"),
            ("the end of 2015", "DATE", "2015"),
            ("the six months", "DURATION", "P6M"),
            ("September", "DATE", "2014-09"),
            ("two-day", "DURATION", "P2D"),
            ("Wednesday, May 21", "DATE", "2014-05-21"),
            ("June 26", "DATE", "2014-06-26"),
        ],
    ),
    # Friday 2014-09-05 (ISO week 36), Korean English-language daily's website, section
    # label, headline, stamps "Published : 2014-09-05 17:42" and "Updated : 2014-09-05 20:15"
    # (a DATE and a TIME each), byline, no dateline. Chuseok 2014 is Monday 8 September; the
    # official holiday is 7-9 September, the substitute day off Wednesday 10 September, and with
    # Saturday the break runs five days. "five-day" (headline and lead) P5D; "Chuseok" in "the
    # five-day Chuseok break" is attributive and the break is not held on that day, so it is
    # left out (like "the Vaisakhi parade", gold_blind79); "Chuseok" alone the festival day
    # 2014-09-08 (three times: the subject of "falls on Monday this year", "Chuseok itself"
    # beside "Monday afternoon"), "the eve of Chuseok" one span 2014-09-07 (gold_blind79),
    # "Chuseok morning" TIME 2014-09-08TMO. Weekdays: "said Friday" and "Friday evening" the
    # publication day; "the afternoon" (cars began leaving) 2014-09-05TAF; ahead "Saturday"
    # 2014-09-06, "Sunday (Sept. 7)" two DATEs (gold_blind87), "Wednesday" 2014-09-10,
    # "Thursday" 2014-09-11, "Monday" 2014-09-08, "Sunday morning" TMO, "Monday afternoon" TAF,
    # "Tuesday" 2014-09-09, "5 a.m. Sunday" two TIMEX3, "Saturday night" TNI, "Monday night"
    # TNI with "6:38 p.m." that evening. "Saturday through Tuesday" 2014-09-06 and 2014-09-09.
    # "11 days earlier than last year" -> "11 days" P11D (the size of the shift) and "last year"
    # 2013; "Sept. 19" 2013-09-19. "up to 8 hours 40 minutes" PT520M and "4 hours 30 minutes"
    # PT270M, one DURATION span in the smaller unit (gold_blind24). "within two days" P2D;
    # "Aug. 26" 2014-08-26; police hours "from 7 a.m. to 7 p.m. daily" XXXX-XX-XXT07:00,
    # XXXX-XX-XXT19:00 and SET P1D; "now" PRESENT_REF; "this year" 2014, "a year earlier"
    # 2013, "last week" 2014-W35. Not annotated: "37 million", "For the first time", "a
    # substitute day off", "the three-day official holiday" beyond "three-day" (P3D), "the
    # harvest festival of the lunar calendar", "on a normal day", "around the clock",
    # "through the holiday", "Expressway No. 1", "1588-2504", "52" (an age), "1.1 million",
    # "236,000 won", "3.2 percent", "12,000".
    "chuseok-holiday-exodus": (
        "2014-09-05",
        [
            ("five-day", "DURATION", "P5D"),
            ("2014-09-05", "DATE", "2014-09-05"),
            ("17:42", "TIME", "2014-09-05T17:42"),
            ("2014-09-05", "DATE", "2014-09-05"),
            ("20:15", "TIME", "2014-09-05T20:15"),
            ("five-day", "DURATION", "P5D"),
            ("Saturday", "DATE", "2014-09-06"),
            ("Friday", "DATE", "2014-09-05"),
            ("the afternoon", "TIME", "2014-09-05TAF"),
            ("three-day", "DURATION", "P3D"),
            ("Sunday", "DATE", "2014-09-07"),
            ("Sept. 7", "DATE", "2014-09-07"),
            ("the eve of Chuseok", "DATE", "2014-09-07"),
            ("Wednesday", "DATE", "2014-09-10"),
            ("Thursday", "DATE", "2014-09-11"),
            ("Chuseok", "DATE", "2014-09-08"),
            ("Monday", "DATE", "2014-09-08"),
            ("this year", "DATE", "2014"),
            ("11 days", "DURATION", "P11D"),
            ("last year", "DATE", "2013"),
            ("Sept. 19", "DATE", "2013-09-19"),
            ("Sunday morning", "TIME", "2014-09-07TMO"),
            ("up to 8 hours 40 minutes", "DURATION", "PT520M"),
            ("4 hours 30 minutes", "DURATION", "PT270M"),
            ("Monday afternoon", "TIME", "2014-09-08TAF"),
            ("Chuseok", "DATE", "2014-09-08"),
            ("Tuesday", "DATE", "2014-09-09"),
            ("5 a.m.", "TIME", "2014-09-07T05:00"),
            ("Sunday", "DATE", "2014-09-07"),
            ("now", "DATE", "PRESENT_REF"),
            ("Friday evening", "TIME", "2014-09-05TEV"),
            ("Saturday", "DATE", "2014-09-06"),
            ("Tuesday", "DATE", "2014-09-09"),
            ("two days", "DURATION", "P2D"),
            ("Aug. 26", "DATE", "2014-08-26"),
            ("Saturday night", "TIME", "2014-09-06TNI"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("daily", "SET", "P1D"),
            ("Monday night", "TIME", "2014-09-08TNI"),
            ("6:38 p.m.", "TIME", "2014-09-08T18:38"),
            ("this year", "DATE", "2014"),
            ("a year earlier", "DATE", "2013"),
            ("last week", "DATE", "2014-W35"),
            ("Chuseok morning", "TIME", "2014-09-08TMO"),
        ],
    ),
    # Tuesday 2015-07-14 (ISO week 29), Gulf English-language daily's website, section label,
    # headline, stamp "Published: 16:20 July 14, 2015" (a TIME and a DATE), byline, "Dubai:"
    # dateline without date. Ramadan 1436 began Thursday 18 June 2015 (the text says so), so
    # Ramadan 29 is Thursday 16 July; Eid Al Fitr (Shawwal 1) is expected on Friday 17 July,
    # or Saturday 18 July if the crescent is not seen. Hijri dates are DATEs valued by the
    # Gregorian day the text gives beside them or that the text's own dates fix: "Ramadan 29"
    # (twice) 2015-07-16, "Shawwal 1" 2015-07-17 and "Shawwal 3, 1436" 2015-07-19 (on the
    # expected Eid, which the lead's holiday assumes), the bare "Shawwal 3" likewise,
    # "Shawwal 1, 1435" 2014-07-28 beside "Monday, July 28, 2014" (see README; like the Julian
    # Christmas valued by its Gregorian day, gold_blind79). "Eid Al Fitr" and "Eid" the
    # festival's first day, 2015-07-17 on the expected day, 2015-07-18 in the clause "If it is
    # not, ... Eid will fall on Saturday"; "the first day of Eid" one span 2015-07-17. "Ramadan"
    # and "the holy month" (18 June-16 July, across two months) 2015 (gold_blind79's rule).
    # "Thursday evening" and "that evening" 2015-07-16TEV; "9pm UAE time" 2015-07-16T21:00, the
    # zone in the span. Weekdays ahead: "Friday" 2015-07-17, "Sunday, July 19", "Monday"
    # 2015-07-20 (resume work), "Saturday" 2015-07-18, "Monday, July 20", "Thursday, July 16",
    # "Wednesday night" 2015-07-15TNI; past: "announced on Tuesday" the publication day,
    # "said on Monday" 2015-07-13 (Monday both ways in one story). "the weekend" is the Gulf
    # Friday-Saturday weekend of 17-18 July, 2015-W29-WE (see README). "30 days" P30D; "four
    # days" P4D; "two hours" PT2H (the cut); "the start of the month" 2015-07 (like "the end of
    # the month"); "5.58am" 2015-07-17T05:58; "Last year" 2014; "about 11 days" P11D; "early
    # July next year" one span 2016-07, "late June 2017" 2017-06. Not annotated: "after Maghrib
    # prayers" (a prayer, an event), "the exact day", "the holiday", "the whole holiday", "the
    # Hijri year", "the Gregorian one" (calendars), "the private sector holiday", "holiday
    # pay", "Eid page", "Article 65", "Dh3,400", "800 665", "holidays-uae.ae/eid1436" (a Hijri
    # year in an address, like "ramadan1434" in gold_blind79).
    "eid-al-fitr-holiday-announced": (
        "2015-07-14",
        [
            ("Eid Al Fitr", "DATE", "2015-07-17"),
            ("three days", "DURATION", "P3D"),
            ("16:20", "TIME", "2015-07-14T16:20"),
            ("July 14, 2015", "DATE", "2015-07-14"),
            ("three days", "DURATION", "P3D"),
            ("Eid Al Fitr", "DATE", "2015-07-17"),
            ("Shawwal 1", "DATE", "2015-07-17"),
            ("Shawwal 3, 1436", "DATE", "2015-07-19"),
            ("Tuesday", "DATE", "2015-07-14"),
            ("Eid", "DATE", "2015-07-17"),
            ("Friday, July 17", "DATE", "2015-07-17"),
            ("Thursday evening", "TIME", "2015-07-16TEV"),
            ("Ramadan 29", "DATE", "2015-07-16"),
            ("that evening", "TIME", "2015-07-16TEV"),
            ("9pm UAE time", "TIME", "2015-07-16T21:00"),
            ("Friday", "DATE", "2015-07-17"),
            ("Sunday, July 19", "DATE", "2015-07-19"),
            ("Monday", "DATE", "2015-07-20"),
            ("Ramadan", "DATE", "2015"),
            ("30 days", "DURATION", "P30D"),
            ("Eid", "DATE", "2015-07-18"),
            ("Saturday", "DATE", "2015-07-18"),
            ("Monday, July 20", "DATE", "2015-07-20"),
            ("Monday", "DATE", "2015-07-13"),
            ("Ramadan 29", "DATE", "2015-07-16"),
            ("Thursday, July 16", "DATE", "2015-07-16"),
            ("Shawwal 3", "DATE", "2015-07-19"),
            ("Monday, July 20", "DATE", "2015-07-20"),
            ("the weekend", "DATE", "2015-W29-WE"),
            ("four days", "DURATION", "P4D"),
            ("Wednesday night", "TIME", "2015-07-15TNI"),
            ("the start of the month", "DATE", "2015-07"),
            ("Ramadan", "DATE", "2015"),
            ("Thursday, June 18", "DATE", "2015-06-18"),
            ("two hours", "DURATION", "PT2H"),
            ("the holy month", "DATE", "2015"),
            ("5.58am", "TIME", "2015-07-17T05:58"),
            ("the first day of Eid", "DATE", "2015-07-17"),
            ("Last year", "DATE", "2014"),
            ("Eid Al Fitr", "DATE", "2014-07-28"),
            ("Monday, July 28, 2014", "DATE", "2014-07-28"),
            ("Shawwal 1, 1435", "DATE", "2014-07-28"),
            ("about 11 days", "DURATION", "P11D"),
            ("early July next year", "DATE", "2016-07"),
            ("late June 2017", "DATE", "2017-06"),
        ],
    ),
    # Monday 2012-08-27 (ISO week 35), Abu Dhabi English-language daily's website, section
    # label, headline, two-name byline, stamp "Aug 27, 2012 Updated: Aug 27, 2012 21:05" (two
    # DATEs and a TIME), "ABU DHABI //" dateline. "yesterday" Sunday 2012-08-26, "last night"
    # its night 2012-08-26TNI (gold_blind35). "a week later than planned" -> "a week" P1W (the
    # size of the shift; the headline's too). "the 2012-13 academic year" and "2013-14" are
    # split into their two years, "academic year" left out (gold_blind68, gold_blind101): "2012",
    # "13" 2013, "2013", "14" 2014. Future dates with weekdays one span each: "Sunday, September
    # 9", "Sunday, September 2", "Thursday, December 13", "Sunday, January 6", "Sunday, April
    # 7", "Thursday, June 27"; "June 9" 2013-06-09; "Sunday, August 19" past. The school week:
    # "from Sunday to Thursday" in a statement of recurring hours, a SET at each end
    # (XXXX-WXX-7, XXXX-WXX-4, gold_blind90, gold_blind102), "7.30am" and "2.10pm" the hours
    # XXXX-XX-XXT07:30 and XXXX-XX-XXT14:10, "Fridays" and "Saturdays" SETs, "every Thursday
    # afternoon" XXXX-WXX-4TAF. "Eid Al Fitr" 2012-08-19 (twice; the text dates it); "Eid" in
    # the mother's "Last year ... five days after Eid" is Eid Al Fitr 2011, Tuesday 2011-08-30
    # (the calendar gives the day, like "Last year's Diwali" in gold_blind79), "five days" an
    # anchored DURATION. "Ramadan" next year (about 9 July-7 August 2013) 2013, "the holy
    # month" 2013; "a Ramadan" this year (20 July-18 August 2012) 2012 (gold_blind79's rule);
    # "around July 9" 2013-07-09; "almost a fortnight earlier than this year" -> P2W and 2012.
    # "the weekend before classes start" -> "the weekend" 2012-W36-WE, the Gulf Friday-Saturday
    # weekend of 7-8 September (see README). "three weeks" (off) P3W; "at least 90 days"
    # P90D; "the spring" 2013-SP and "May" 2013-05 ahead. Not annotated: terms ("the first
    # term", "the second term", "The third term", gold_blind101), "the year begins" (a school
    # year, no calendar value), "KG1", "Grade 12" (twice), "128,000", "257", "38" (an age),
    # "45C", "6 per cent", "Education Strategy 2020", "calendar@eec.ae", "the later start".
    "abu-dhabi-school-year-start": (
        "2012-08-27",
        [
            ("a week", "DURATION", "P1W"),
            ("September 9", "DATE", "2012-09-09"),
            ("Aug 27, 2012", "DATE", "2012-08-27"),
            ("Aug 27, 2012", "DATE", "2012-08-27"),
            ("21:05", "TIME", "2012-08-27T21:05"),
            ("2012", "DATE", "2012"),
            ("13", "DATE", "2013"),
            ("Sunday, September 9", "DATE", "2012-09-09"),
            ("a week", "DURATION", "P1W"),
            ("Eid Al Fitr", "DATE", "2012-08-19"),
            ("yesterday", "DATE", "2012-08-26"),
            ("Sunday, September 2", "DATE", "2012-09-02"),
            ("Sunday", "SET", "XXXX-WXX-7"),
            ("Thursday", "SET", "XXXX-WXX-4"),
            ("7.30am", "TIME", "XXXX-XX-XXT07:30"),
            ("2.10pm", "TIME", "XXXX-XX-XXT14:10"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("every Thursday afternoon", "SET", "XXXX-WXX-4TAF"),
            ("last night", "TIME", "2012-08-26TNI"),
            ("Thursday, December 13", "DATE", "2012-12-13"),
            ("three weeks", "DURATION", "P3W"),
            ("Sunday, January 6", "DATE", "2013-01-06"),
            ("Sunday, April 7", "DATE", "2013-04-07"),
            ("Thursday, June 27", "DATE", "2013-06-27"),
            ("June 9", "DATE", "2013-06-09"),
            ("almost a fortnight", "DURATION", "P2W"),
            ("this year", "DATE", "2012"),
            ("Ramadan", "DATE", "2013"),
            ("next year", "DATE", "2013"),
            ("around July 9", "DATE", "2013-07-09"),
            ("the holy month", "DATE", "2013"),
            ("Last year", "DATE", "2011"),
            ("five days", "DURATION", "P5D"),
            ("Eid", "DATE", "2011-08-30"),
            ("Eid Al Fitr", "DATE", "2012-08-19"),
            ("Sunday, August 19", "DATE", "2012-08-19"),
            ("this year", "DATE", "2012"),
            ("Ramadan", "DATE", "2012"),
            ("the weekend", "DATE", "2012-W36-WE"),
            ("at least 90 days", "DURATION", "P90D"),
            ("the spring", "DATE", "2013-SP"),
            ("May", "DATE", "2013-05"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
        ],
    ),
    # Thursday 2013-01-17 (ISO week 3), Chinese state agency's English wire with an invented
    # agency name, headline, web stamp "2013-01-17 16:48:05" (a DATE and a TIME to the second),
    # "NANHE, Jan. 17 (Huaxin) --" dateline. "announced here Thursday" the publication day
    # ("here" out, gold_blind31); "said on Wednesday" 2013-01-16. The congress session runs
    # "on Jan. 26 ... for six days, closing on Jan. 31" (26-31 January); "the day before the
    # opening" and "Friday next week" both Friday 2013-01-25 ("Friday next week" one span, the
    # Friday of ISO week 4, like "Jan. 12 last year", gold_blind49; "the day before" anchored
    # on the opening day). "9 a.m. (0100 GMT)" on Jan. 26, two TIMEs (gold_blind78). "annual"
    # (headline "annual session", "its annual full session") is an adjective naming a
    # recurring event, SET P1Y (gold_blind63, gold_blind64; see README). "the Spring Festival"
    # 2013-02-10 with "Feb. 10" and "this year"; the offices "close for seven days from Feb. 9
    # to Feb. 15" -> P7D and the two dates; "Saturday, Feb. 16" and "Sunday, Feb. 17" one span
    # each. "The 40-day Spring Festival travel rush" -> "40-day" P40D only: the rush is not
    # held on the festival day (attributive, like "the Vaisakhi parade", gold_blind79). "the
    # 12th Five-Year Plan (2011-2015)" gives only its bracketed years (gold_blind31,
    # gold_blind78); "its remaining three years" one DURATION span with the possessive kept
    # (like "its fourth week", gold_blind35). "in November" 2012-11 (the congress held before
    # this January); "last year" 2012 (twice); "2013" (twice); "a five-year term" P5Y; "about
    # two hours" PT2H; "the past five years" P5Y; "Oct. 1, 2011"; "every two years" SET P2Y,
    # "every two months" SET P2M; "March" 2013-03 ahead. Not annotated: "The first session",
    # "the 12th Lanjiang Provincial People's Congress", "the 18th National Congress", "the 12th
    # Five-Year Plan", "the two sessions", "the opening", "the days off", "760 deputies", "4.2
    # million", "7.5 percent", "11.2 percent", "1.86 trillion yuan", "299 billion U.S.
    # dollars", "about 10 percent", "46 local regulations", "English.news.hx".
    "lanjiang-provincial-congress-session": (
        "2013-01-17",
        [
            ("annual", "SET", "P1Y"),
            ("Jan. 26", "DATE", "2013-01-26"),
            ("2013-01-17", "DATE", "2013-01-17"),
            ("16:48:05", "TIME", "2013-01-17T16:48:05"),
            ("Jan. 17", "DATE", "2013-01-17"),
            ("Jan. 26", "DATE", "2013-01-26"),
            ("six days", "DURATION", "P6D"),
            ("Jan. 31", "DATE", "2013-01-31"),
            ("Thursday", "DATE", "2013-01-17"),
            ("2013", "DATE", "2013"),
            ("five-year", "DURATION", "P5Y"),
            ("9 a.m.", "TIME", "2013-01-26T09:00"),
            ("0100 GMT", "TIME", "2013-01-26T01:00"),
            ("Jan. 26", "DATE", "2013-01-26"),
            ("about two hours", "DURATION", "PT2H"),
            ("Friday next week", "DATE", "2013-01-25"),
            ("the day before", "DATE", "2013-01-25"),
            ("Jan. 24", "DATE", "2013-01-24"),
            ("Jan. 30", "DATE", "2013-01-30"),
            ("Wednesday", "DATE", "2013-01-16"),
            ("the Spring Festival", "DATE", "2013-02-10"),
            ("Feb. 10", "DATE", "2013-02-10"),
            ("this year", "DATE", "2013"),
            ("seven days", "DURATION", "P7D"),
            ("Feb. 9", "DATE", "2013-02-09"),
            ("Feb. 15", "DATE", "2013-02-15"),
            ("Saturday, Feb. 16", "DATE", "2013-02-16"),
            ("Sunday, Feb. 17", "DATE", "2013-02-17"),
            ("40-day", "DURATION", "P40D"),
            ("Jan. 26", "DATE", "2013-01-26"),
            ("March 6", "DATE", "2013-03-06"),
            ("last year", "DATE", "2012"),
            ("November", "DATE", "2012-11"),
            ("2011", "DATE", "2011"),
            ("2015", "DATE", "2015"),
            ("its remaining three years", "DURATION", "P3Y"),
            ("last year", "DATE", "2012"),
            ("2013", "DATE", "2013"),
            ("the past five years", "DURATION", "P5Y"),
            ("Oct. 1, 2011", "DATE", "2011-10-01"),
            ("every two years", "SET", "P2Y"),
            ("every two months", "SET", "P2M"),
            ("annual", "SET", "P1Y"),
            ("March", "DATE", "2013-03"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
