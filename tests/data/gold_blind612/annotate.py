"""Annotations of the six-hundred-and-twelfth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind612/annotate.py [--show]

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
    # Wednesday 1989-11-22 (ISO week 47), WSJ-style economy story on a revised GNP estimate,
    # section label, two-line headline ("For Third Quarter"), byline "Staff Reporter", date
    # line "Wednesday, November 22, 1989" (one DATE span with its weekday, gold_blind33,
    # gold_blind35), "WASHINGTON --" dateline. The department spoke "yesterday", Tuesday
    # 1989-11-21, and its release "at 8:30 a.m. EST" is that day's (a clock time on the day of
    # the event its sentence tells, gold_blind33). Calendar quarters for the national economy
    # (gold_blind51): "the third quarter", "the quarter" and the adjectival "third-quarter"
    # 1989-Q3; "the first three months of the year" one span 1989-Q1 (like "the final three
    # months of the year", gold_blind51); "the April-June period" 1989-Q2; "the year-earlier
    # period" after the quarter 1988-Q3 (gold_blind6). "for the second time in three months"
    # -> "three months" P3M (the period of an ordinal count, gold_blind33). "the 1981-82
    # recession" -> "1981" and "82" (1982), a range at its two ends (gold_blind43, gold_blind91,
    # gold_blind103). "now in its seventh year" -> "now" PRESENT_REF and "its seventh year"
    # DURATION P7Y (like "its fourth week" P4W, gold_blind35). "a week after the Federal
    # Reserve nudged" DURATION P1W (an anchored duration, gold_blind33); "early summer"
    # 1989-SU, the modifier kept in the span and not recorded; "mid-December" 1989-12; "the
    # end of the year" 1989; "issues GNP estimates monthly" SET P1M. "from 7.90% Monday" is
    # the Monday before, 1989-11-20; "tomorrow" and "Thanksgiving" 1989-11-23 (the fourth
    # Thursday of November); "early Friday" 1989-11-24 (future, modifier kept, gold_blind103).
    # Not annotated: "an annual rate" and "a seasonally adjusted annual rate" (rates scaled to
    # a period, gold_blind33, gold_blind51), "summer sales incentives" (an adjectival season
    # naming a kind, gold_blind103's "Summer programs"), "for the first time", "first
    # estimated", "first thought", "a third estimate" (an ordinal of estimates), "the 2.7%
    # growth rate", "3/8 point", "7.86%", "7.90%", "8.47 points", "2,652.53", "146.2 million
    # shares", "$5.24 trillion", "1.35 million units", "two-thirds".
    "gnp-third-quarter-revised-down": (
        "1989-11-22",
        [
            ("Third Quarter", "DATE", "1989-Q3"),
            ("Wednesday, November 22, 1989", "DATE", "1989-11-22"),
            ("the third quarter", "DATE", "1989-Q3"),
            ("yesterday", "DATE", "1989-11-21"),
            ("three months", "DURATION", "P3M"),
            ("8:30 a.m. EST", "TIME", "1989-11-21T08:30"),
            ("Oct. 26", "DATE", "1989-10-26"),
            ("September", "DATE", "1989-09"),
            ("the second quarter", "DATE", "1989-Q2"),
            ("the first three months of the year", "DATE", "1989-Q1"),
            ("the April-June period", "DATE", "1989-Q2"),
            ("the past 12 months", "DURATION", "P12M"),
            ("the quarter", "DATE", "1989-Q3"),
            ("the year-earlier period", "DATE", "1988-Q3"),
            ("the fourth quarter", "DATE", "1989-Q4"),
            ("the first half of 1990", "DATE", "1990-H1"),
            ("next year", "DATE", "1990"),
            ("1981", "DATE", "1981"),
            ("82", "DATE", "1982"),
            ("now", "DATE", "PRESENT_REF"),
            ("its seventh year", "DURATION", "P7Y"),
            ("the fourth quarter of 1987", "DATE", "1987-Q4"),
            ("August", "DATE", "1989-08"),
            ("a week", "DURATION", "P1W"),
            ("early summer", "DATE", "1989-SU"),
            ("mid-December", "DATE", "1989-12"),
            ("the end of the year", "DATE", "1989"),
            ("monthly", "SET", "P1M"),
            ("third-quarter", "DATE", "1989-Q3"),
            ("Dec. 21", "DATE", "1989-12-21"),
            ("yesterday", "DATE", "1989-11-21"),
            ("October", "DATE", "1989-10"),
            ("January 1983", "DATE", "1983-01"),
            ("Monday", "DATE", "1989-11-20"),
            ("tomorrow", "DATE", "1989-11-23"),
            ("Thanksgiving", "DATE", "1989-11-23"),
            ("early Friday", "DATE", "1989-11-24"),
        ],
    ),
    # Friday 1990-03-09 (ISO week 10), AP economics writer's jobs-report story as a news
    # archive saves it: header "The Associated Press / March 9, 1990, Friday, PM cycle" (the
    # date with its weekday one DATE span, like a date line; "PM cycle" is the wire's cycle
    # for afternoon papers, not a time of the day, and is not annotated), "SECTION", "LENGTH",
    # "HEADLINE", "BYLINE", "DATELINE" fields and the body's "WASHINGTON (AP) _" dateline.
    # "today" is the day of the wire. "Fourth Straight Month" (headline) and "a fourth
    # straight month" DURATION P1M (ordinal runs, gold_blind18, gold_blind51). "last month"
    # 1990-02; "since last April" in March is the April before, 1989-04 (like "last
    # December" in a November story, gold_blind51). "for weeks" -> "weeks" PXW. "the biggest
    # gain in more than three years" -> P3Y (period of a superlative). "work planned for the
    # spring" 1990-SP, ahead; the economist's "March and April" 1990-03 and 1990-04 (future).
    # "a year earlier" after February wages 1990-02 -> 1989-02. "out of work for more than six
    # months" DURATION P6M. "the week that included Feb. 12" -> "the week" 1990-W07 (the ISO
    # week of the Monday 12 February and of the survey week's Saturday, like "the week ended
    # Oct. 12" in gold_blind33) and "Feb. 12" 1990-02-12. "each month" SET P1M. "8:30 a.m.
    # EST" today; "until at least late March" -> "at least late March" 1990-03 (gold_blind35's
    # "at least March"); "since December" 1989-12; "Two months ago" 1990-01 (the unit's
    # granularity); "the first half of this year" 1990-H1; "Over the past year" -> "the past
    # year" P1Y. Future: producer prices "on Thursday" 1990-03-15, consumer prices "the next
    # day" 1990-03-16 (anchored on that Thursday, like "the following day", gold_blind16);
    # "The March employment report" -> "March" 1990-03; "April 6" 1990-04-06; "by midday"
    # -> "midday" 1990-03-09T12:00 (gold_blind11, gold_blind23). Not annotated: "PM cycle",
    # "LENGTH: 396 words", "5.3 Percent", "16 to 19 years old" (ages), "overnight loans" (a
    # kind of loan), "8.25 percent", "2,671.34", "12.36 points", "8.49 percent", counts of
    # jobs, households and businesses, "first reported", "on record".
    "jobless-rate-steady-february": (
        "1990-03-09",
        [
            ("March 9, 1990, Friday", "DATE", "1990-03-09"),
            ("Fourth Straight Month", "DURATION", "P1M"),
            ("February", "DATE", "1990-02"),
            ("a fourth straight month", "DURATION", "P1M"),
            ("today", "DATE", "1990-03-09"),
            ("last month", "DATE", "1990-02"),
            ("January", "DATE", "1990-01"),
            ("January", "DATE", "1990-01"),
            ("last April", "DATE", "1989-04"),
            ("February", "DATE", "1990-02"),
            ("October", "DATE", "1989-10"),
            ("weeks", "DURATION", "PXW"),
            ("January", "DATE", "1990-01"),
            ("more than three years", "DURATION", "P3Y"),
            ("January", "DATE", "1990-01"),
            ("February", "DATE", "1990-02"),
            ("the spring", "DATE", "1990-SP"),
            ("March", "DATE", "1990-03"),
            ("April", "DATE", "1990-04"),
            ("February", "DATE", "1990-02"),
            ("a year earlier", "DATE", "1989-02"),
            ("more than six months", "DURATION", "P6M"),
            ("the week", "DATE", "1990-W07"),
            ("Feb. 12", "DATE", "1990-02-12"),
            ("each month", "SET", "P1M"),
            ("8:30 a.m. EST", "TIME", "1990-03-09T08:30"),
            ("at least late March", "DATE", "1990-03"),
            ("December", "DATE", "1989-12"),
            ("Two months ago", "DATE", "1990-01"),
            ("the first half of this year", "DATE", "1990-H1"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past year", "DURATION", "P1Y"),
            ("1988", "DATE", "1988"),
            ("1984", "DATE", "1984"),
            ("February", "DATE", "1990-02"),
            ("Thursday", "DATE", "1990-03-15"),
            ("the next day", "DATE", "1990-03-16"),
            ("March", "DATE", "1990-03"),
            ("April 6", "DATE", "1990-04-06"),
            ("midday", "TIME", "1990-03-09T12:00"),
        ],
    ),
    # Tuesday 1990-06-12 (ISO week 24), Financial Times-style economics column (section
    # label, column title, headline, signature, date line "Tuesday June 12 1990" without
    # commas, one DATE span). "Yesterday" is Monday 1990-06-11 and "last night" its night,
    # 1990-06-11TNI (gold_blind35). Future weekdays: the RPI "on Friday" 1990-06-15, the
    # Bundesbank council "on Thursday" 1990-06-14; "Tomorrow" 1990-06-13. "the retail price
    # index for May" 1990-05 and "a year earlier" 1989-05; "the 12 months to April" ->
    # "the 12 months" P12M plus "April" 1990-04 ("to" a signal, gold_blind23, gold_blind51);
    # "since the summer of 1982" 1982-SU, "since the spring of 1988" 1988-SP; "the first
    # rise in almost four years" -> P4Y (a "first in"); "for eight months" P8M; "the end of
    # 1988" 1988; "the first half of next year" 1991-H1; "the late 1970s" 197; "higher in May
    # than a year before" -> 1990-05 and 1989-05 ("a year before" like "a year earlier");
    # "since last autumn" in June is the autumn of 1989, 1989-FA (like "last fall" in June,
    # gold_blind33); "the next 18 months" P18M; "mid-February" 1990-02; "by Christmas"
    # 1990-12-25; "each of the past four months" -> "the past four months" P4M; "twice a
    # year" SET P1Y; "due in November" 1990-11; "by the summer of 1992" 1992-SU; "before
    # August" 1990-08; "the third quarter" 1990-Q3; "a year from now" 1991 (the unit's
    # granularity, mirroring "a year ago", see README); "the end of 1991" 1991; "in 1987";
    # "every year" SET P1Y. Not annotated: "annual rate" (gold_blind51), "the Bank of
    # England's Quarterly Bulletin" (a name), "M0" (a money measure), "DM2.8450", "15 per
    # cent", "15.4 per cent", "9.9 per cent" and the other rates, "the City", "Three things",
    # "half a point", "the first is", "the next set", "target range".
    "uk-inflation-column-last-lap": (
        "1990-06-12",
        [
            ("Tuesday June 12 1990", "DATE", "1990-06-12"),
            ("Friday", "DATE", "1990-06-15"),
            ("May", "DATE", "1990-05"),
            ("a year earlier", "DATE", "1989-05"),
            ("the 12 months", "DURATION", "P12M"),
            ("April", "DATE", "1990-04"),
            ("the summer of 1982", "DATE", "1982-SU"),
            ("Yesterday", "DATE", "1990-06-11"),
            ("last month", "DATE", "1990-05"),
            ("the autumn", "DATE", "1990-FA"),
            ("Tomorrow", "DATE", "1990-06-13"),
            ("May", "DATE", "1990-05"),
            ("almost four years", "DURATION", "P4Y"),
            ("eight months", "DURATION", "P8M"),
            ("the spring of 1988", "DATE", "1988-SP"),
            ("April", "DATE", "1990-04"),
            ("the end of 1988", "DATE", "1988"),
            ("April", "DATE", "1990-04"),
            ("last month", "DATE", "1990-05"),
            ("the first half of next year", "DATE", "1991-H1"),
            ("the late 1970s", "DATE", "197"),
            ("May", "DATE", "1990-05"),
            ("a year before", "DATE", "1989-05"),
            ("Thursday", "DATE", "1990-06-14"),
            ("last autumn", "DATE", "1989-FA"),
            ("the next 18 months", "DURATION", "P18M"),
            ("mid-February", "DATE", "1990-02"),
            ("last night", "TIME", "1990-06-11TNI"),
            ("Christmas", "DATE", "1990-12-25"),
            ("the past four months", "DURATION", "P4M"),
            ("twice a year", "SET", "P1Y"),
            ("November", "DATE", "1990-11"),
            ("the summer of 1992", "DATE", "1992-SU"),
            ("August", "DATE", "1990-08"),
            ("the third quarter", "DATE", "1990-Q3"),
            ("a year from now", "DATE", "1991"),
            ("the end of 1991", "DATE", "1991"),
            ("1987", "DATE", "1987"),
            ("every year", "SET", "P1Y"),
        ],
    ),
    # Saturday 1991-06-08 (ISO week 23), Canadian paper's business page, section label,
    # headline and deck ("Highest since 1985", "recovery by fall" -> "fall" 1991-FA, ahead),
    # byline, date line "Saturday, June 8, 1991", "OTTAWA —" dateline. "yesterday" is Friday
    # 1991-06-07 and the release "at 7 a.m. EDT" that day's. "since October 1985"; "last
    # month" 1991-05; "the spring of 1990" 1990-SP; "nine of the past 12 months" -> "the past
    # 12 months" P12M (gold_blind33's "five of the past six months"); "monthly survey" SET P1M
    # (an adjectival frequency naming a recurrence, gold_blind35). "the week of May 12 to 18"
    # -> "the week" 1991-W20 (the ISO week of the survey week's Saturday, gold_blind33), "May
    # 12" 1991-05-12 and the bare "18" 1991-05-18 (gold_blind23's "Sept. 21-22"). "since the
    # fall of 1989" 1989-FA; "two years ago" 1989; "Victoria Day, May 20" -> two DATEs
    # 1991-05-20 (the Monday before 25 May). "the second half of the year" 1991-H2; "The
    # February budget" -> "February" 1991-02 (an adjectival month); the federal fiscal year
    # runs April-March and is named by the year it ends: "the 1991-92 fiscal year, which began
    # April 1" FY1992 plus 1991-04-01, "fiscal 1990-91" FY1991 (gold_blind77's "the 2012-13
    # financial year"). "until the end of the year" 1991; "the fourth quarter" 1991-Q4;
    # "through 1992"; "since early December" 1990-12. The bank rate "each Tuesday" SET
    # XXXX-WXX-2 and "the weekly auction" SET P1W; "this week" 1991-W23, "last week"
    # 1991-W22, "May 1990" 1990-05. Past "on Thursday" 1991-06-06; future "on Tuesday"
    # 1991-06-11 ("May housing starts" -> "May" 1991-05); "June survey" 1991-06; "July 5"
    # 1991-07-05; "before Canada Day" 1991-07-01. Not annotated: "10.4%" and the other
    # rates, "Youths aged 15 to 24" (ages), "summer jobs" (an adjectival season naming a
    # kind), "the TSE 300 composite index" (an index name), "11.28 points", "3,512.40", "87.19
    # cents (U.S.)", "86.95 cents", "a quarter point", "$30.5 billion", "$30.6 billion",
    # "62,000", "180,000", "290,000", "Bay Street", "the student job hunt".
    "canada-jobless-rate-may": (
        "1991-06-08",
        [
            ("1985", "DATE", "1985"),
            ("fall", "DATE", "1991-FA"),
            ("Saturday, June 8, 1991", "DATE", "1991-06-08"),
            ("May", "DATE", "1991-05"),
            ("April", "DATE", "1991-04"),
            ("October 1985", "DATE", "1985-10"),
            ("yesterday", "DATE", "1991-06-07"),
            ("last month", "DATE", "1991-05"),
            ("the spring of 1990", "DATE", "1990-SP"),
            ("the past 12 months", "DURATION", "P12M"),
            ("monthly", "SET", "P1M"),
            ("the week", "DATE", "1991-W20"),
            ("May 12", "DATE", "1991-05-12"),
            ("18", "DATE", "1991-05-18"),
            ("7 a.m. EDT", "TIME", "1991-06-07T07:00"),
            ("the fall of 1989", "DATE", "1989-FA"),
            ("two years ago", "DATE", "1989"),
            ("Victoria Day", "DATE", "1991-05-20"),
            ("May 20", "DATE", "1991-05-20"),
            ("the second half of the year", "DATE", "1991-H2"),
            ("February", "DATE", "1991-02"),
            ("the 1991-92 fiscal year", "DATE", "FY1992"),
            ("April 1", "DATE", "1991-04-01"),
            ("fiscal 1990-91", "DATE", "FY1991"),
            ("the end of the year", "DATE", "1991"),
            ("the fourth quarter", "DATE", "1991-Q4"),
            ("1992", "DATE", "1992"),
            ("early December", "DATE", "1990-12"),
            ("each Tuesday", "SET", "XXXX-WXX-2"),
            ("weekly", "SET", "P1W"),
            ("this week", "DATE", "1991-W23"),
            ("last week", "DATE", "1991-W22"),
            ("May 1990", "DATE", "1990-05"),
            ("yesterday", "DATE", "1991-06-07"),
            ("Thursday", "DATE", "1991-06-06"),
            ("May", "DATE", "1991-05"),
            ("Tuesday", "DATE", "1991-06-11"),
            ("June", "DATE", "1991-06"),
            ("July 5", "DATE", "1991-07-05"),
            ("Canada Day", "DATE", "1991-07-01"),
        ],
    ),
    # Thursday 1991-09-05 (ISO week 36), Australian paper's national-economy page, headline
    # and deck ("in June quarter", "by Christmas"), byline, date line "Thursday, September 5,
    # 1991", "CANBERRA:" dateline. "yesterday" is Wednesday 1991-09-04; the release "at
    # 11.30am", "late afternoon" (1991-09-04TAF), the Treasurer's "at 2pm" and "That evening"
    # (1991-09-04TEV, anchored on that day, gold_blind8, gold_blind26) all belong to it.
    # Quarters named by their last month take calendar values (gold_blind74, gold_blind100):
    # "June quarter", "the June quarter", "the quarter", "The June quarter" 1991-Q2; "the
    # September quarter of 1990" 1990-Q3; "the June quarter of 1990" 1990-Q2; "the March
    # quarter" 1991-Q1; "the March quarter of next year" one span 1992-Q1 (like "the first
    # half of next year"); "the September quarter" ahead 1991-Q3. The July-June financial
    # year written with two years is an FY value named by the year it ends (gold_blind74,
    # gold_blind77): "1990-91" FY1991, "1982-83" FY1983, "1991-92" FY1992. "since 1983";
    # "early June" 1991-06; "last month's Budget" -> "last month" 1991-08; "Christmas"
    # (deck, quote, body) 1991-12-25; "within a fortnight" -> "a fortnight" P2W; "the second
    # half of 1991" 1991-H2; "now" PRESENT_REF; "every quarter since mid-1989" -> SET P3M and
    # "mid-1989" 1989 (gold_blind51); "the third time in the past year" -> "the past year"
    # P1Y; "this spring" in an Australian September is the southern spring now beginning
    # (September-November 1991), valued in the year it falls in, 1991-SP (gold_blind68,
    # gold_blind88, gold_blind103's southern winter); "November and December" 1991-11,
    # 1991-12; "five times in the past 20 months" -> P20M; "the current account figures for
    # July" -> 1991-07, "due on Tuesday" 1991-09-10; "the lowest prices in 20 years" P20Y;
    # "before mid-1992" 1992; "said on Monday" 1991-09-02; "quarterly" SET P3M; "early
    # December" 1991-12; "the 1980s" 198; "late next year" 1992. Not annotated: "a financial
    # year" (indefinite), "Budget Paper No. 1" (a document's number), "US77.15c", "12.4
    # points", "1,632.7", "the All Ordinaries index", "10.0 per cent" and the other rates,
    # "the recession", "the bottom", "a better harvest" (no dates of its own beyond the
    # months), "the national accounts", "Parliament".
    "australia-june-quarter-gdp-falls": (
        "1991-09-05",
        [
            ("June quarter", "DATE", "1991-Q2"),
            ("Christmas", "DATE", "1991-12-25"),
            ("Thursday, September 5, 1991", "DATE", "1991-09-05"),
            ("the June quarter", "DATE", "1991-Q2"),
            ("yesterday", "DATE", "1991-09-04"),
            ("the September quarter of 1990", "DATE", "1990-Q3"),
            ("the June quarter of 1990", "DATE", "1990-Q2"),
            ("1983", "DATE", "1983"),
            ("the March quarter", "DATE", "1991-Q1"),
            ("early June", "DATE", "1991-06"),
            ("1990-91", "DATE", "FY1991"),
            ("1982-83", "DATE", "FY1983"),
            ("11.30am", "TIME", "1991-09-04T11:30"),
            ("late afternoon", "TIME", "1991-09-04TAF"),
            ("2pm", "TIME", "1991-09-04T14:00"),
            ("last month", "DATE", "1991-08"),
            ("1991-92", "DATE", "FY1992"),
            ("Christmas", "DATE", "1991-12-25"),
            ("That evening", "TIME", "1991-09-04TEV"),
            ("a fortnight", "DURATION", "P2W"),
            ("the second half of 1991", "DATE", "1991-H2"),
            ("now", "DATE", "PRESENT_REF"),
            ("the March quarter of next year", "DATE", "1992-Q1"),
            ("the quarter", "DATE", "1991-Q2"),
            ("every quarter", "SET", "P3M"),
            ("mid-1989", "DATE", "1989"),
            ("the past year", "DURATION", "P1Y"),
            ("The June quarter", "DATE", "1991-Q2"),
            ("this spring", "DATE", "1991-SP"),
            ("November", "DATE", "1991-11"),
            ("December", "DATE", "1991-12"),
            ("the past 20 months", "DURATION", "P20M"),
            ("Christmas", "DATE", "1991-12-25"),
            ("July", "DATE", "1991-07"),
            ("Tuesday", "DATE", "1991-09-10"),
            ("20 years", "DURATION", "P20Y"),
            ("mid-1992", "DATE", "1992"),
            ("Monday", "DATE", "1991-09-02"),
            ("quarterly", "SET", "P3M"),
            ("the September quarter", "DATE", "1991-Q3"),
            ("early December", "DATE", "1991-12"),
            ("the 1980s", "DATE", "198"),
            ("late next year", "DATE", "1992"),
        ],
    ),
    # Monday 1989-07-03 (ISO week 27), US regional paper's Monday business section ("BUSINESS
    # MONDAY", a section name holding a weekday, not annotated), headline ("Holiday week's
    # jobs report"), deck ("look to Friday"), byline, date line "Monday, July 3, 1989", no
    # dateline, and a "THE WEEK AHEAD" box whose weekdays are the days of this week
    # ("Monday" the publication day). "Holiday week" is this week, the week of the Fourth of
    # July, 1989-W27 (a week named by its holiday, like "Family Day weekend" in gold_blind103);
    # "This week" 1989-W27; "today" and "at 2 p.m." 1989-07-03; "tomorrow", "the Fourth of
    # July" and the box's "Independence Day" 1989-07-04 (a Tuesday). Future: the jobs report
    # "8:30 a.m. Friday" (deck, body and box) 1989-07-07; the Fed committee "meets Wednesday
    # and Thursday" 1989-07-05 and 1989-07-06; the local rates "on Thursday" 1989-07-06;
    # "before Labor Day" 1989-09-04 (the first Monday of September). Past: "Last week's
    # reports" 1989-W26; "On Friday" 1989-06-30 and "released Thursday" 1989-06-29 (the same
    # weekdays as ahead, the tense deciding); "last Tuesday" in a Monday paper the Tuesday of
    # last week, 1989-06-27; "since last October" 1988-10. "the government's June employment
    # figures" -> "June" 1989-06; "first-quarter" 1989-Q1; "the second half of the year"
    # 1989-H2; "a year earlier" after April 1989 -> 1988-04; "the 1988 drought" 1988 (an
    # adjectival year); "for most of the summer" -> "the summer" 1988-SU ("most of" left out,
    # gold_blind23); "every month since February" SET P1M and 1989-02. Box: "June", "May"
    # (report months), "10 a.m." 1989-07-03T10:00, "8:30 a.m." 1989-07-06T08:30 and
    # 1989-07-07T08:30, "2 p.m." 1989-07-06T14:00, "Weekly jobless claims" SET P1W
    # (gold_blind33). Not annotated: "BUSINESS MONDAY", "(All times EDT)" (a zone label, no
    # time), "overnight loans" (a kind of loan), "the federal funds rate", "9.25 percent",
    # "3.7 percent", "120,000", "101,000", "100,000", "4.8 percent", "6.1 percent", "beige
    # book", "trading days" (a count of sessions), "the port".
    "week-ahead-june-jobs-fed": (
        "1989-07-03",
        [
            ("Holiday week", "DATE", "1989-W27"),
            ("Friday", "DATE", "1989-07-07"),
            ("Monday, July 3, 1989", "DATE", "1989-07-03"),
            ("This week", "DATE", "1989-W27"),
            ("today", "DATE", "1989-07-03"),
            ("2 p.m.", "TIME", "1989-07-03T14:00"),
            ("tomorrow", "DATE", "1989-07-04"),
            ("the Fourth of July", "DATE", "1989-07-04"),
            ("June", "DATE", "1989-06"),
            ("8:30 a.m.", "TIME", "1989-07-07T08:30"),
            ("Friday", "DATE", "1989-07-07"),
            ("June", "DATE", "1989-06"),
            ("May", "DATE", "1989-05"),
            ("Wednesday", "DATE", "1989-07-05"),
            ("Thursday", "DATE", "1989-07-06"),
            ("Labor Day", "DATE", "1989-09-04"),
            ("Last week", "DATE", "1989-W26"),
            ("Friday", "DATE", "1989-06-30"),
            ("May", "DATE", "1989-05"),
            ("first-quarter", "DATE", "1989-Q1"),
            ("Thursday", "DATE", "1989-06-29"),
            ("the second half of the year", "DATE", "1989-H2"),
            ("last Tuesday", "DATE", "1989-06-27"),
            ("last October", "DATE", "1988-10"),
            ("May", "DATE", "1989-05"),
            ("Thursday", "DATE", "1989-07-06"),
            ("April", "DATE", "1989-04"),
            ("a year earlier", "DATE", "1988-04"),
            ("1988", "DATE", "1988"),
            ("the summer", "DATE", "1988-SU"),
            ("every month", "SET", "P1M"),
            ("February", "DATE", "1989-02"),
            ("Monday", "DATE", "1989-07-03"),
            ("June", "DATE", "1989-06"),
            ("10 a.m.", "TIME", "1989-07-03T10:00"),
            ("Tuesday", "DATE", "1989-07-04"),
            ("Independence Day", "DATE", "1989-07-04"),
            ("Thursday", "DATE", "1989-07-06"),
            ("Weekly", "SET", "P1W"),
            ("8:30 a.m.", "TIME", "1989-07-06T08:30"),
            ("2 p.m.", "TIME", "1989-07-06T14:00"),
            ("Friday", "DATE", "1989-07-07"),
            ("June", "DATE", "1989-06"),
            ("8:30 a.m.", "TIME", "1989-07-07T08:30"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
