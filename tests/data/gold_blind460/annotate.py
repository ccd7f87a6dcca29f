"""Annotations of the four-hundred-and-sixtieth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind460/annotate.py [--show]

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
    # Saturday 1990-10-06 (ISO week 40), AP wire copy with its file header "AP-NR-10-06-90
    # 2114EDT" (the date "10-06-90" a DATE, the filing time "2114EDT" a TIME with the zone in
    # the span and not in the value, like "1430 GMT" in gold_blind30) and slug lines; the
    # slug's "10-06" is the month and day of the wire, DATE 1990-10-06 (see README); "0598"
    # (a word count), "a0712" (a sequence number), "1stLd" and "CAPE7" (a photo number) are
    # not annotated. AP's "today" is the day of the wire, "tonight" its night. The headline's
    # "Second Time in Four Days" -> "Four Days" DURATION P4D, the period of an ordinal count
    # (gold_blind103's "the third time in two weeks"). Past: the first attempt "on Wednesday"
    # 1990-10-03. Future: "Monday morning" 1990-10-08TMO; "11 p.m. Sunday" 1990-10-07T23:00
    # and the DATE; "8:55 a.m. Monday" and "4:15 a.m. Monday" two TIMEX3 each; "by noon" after
    # "weather Monday" 1990-10-08T12:00; "past Tuesday" 1990-10-09; "Oct. 19" 1990-10-19.
    # "shortly after 6:30 a.m." -> "6:30 a.m." ("shortly after" a signal, gold_blind37);
    # "through the night" -> "the night" 1990-10-06TNI; "31 minutes before the planned
    # liftoff" and "about 30 hours after liftoff" anchored durations; "less than a minute"
    # PT1M (gold_blind59); "90-minute" and "eight-day" adjectival DURATIONs; "another week"
    # twice P1W; "the end of the month" 1990-10; "mid-November" 1990-11 and "December"
    # 1990-12 ahead; "the past two weeks" P2W. Not annotated: "the North Atlantic's winter
    # storm season" (an adjectival season naming a kind, gold_blind103), "Seascan 2", "Launch
    # Pad 39-A", "AM-Shuttle" (the wire's morning cycle), "70 percent", "$180 million",
    # "$500,000", "47" and "38" (ages), "fourth", "first flights", "on the clock".
    "shuttle-launch-scrubbed-second-time": (
        "1990-10-06",
        [
            ("10-06-90", "DATE", "1990-10-06"),
            ("2114EDT", "TIME", "1990-10-06T21:14"),
            ("10-06", "DATE", "1990-10-06"),
            ("Four Days", "DURATION", "P4D"),
            ("today", "DATE", "1990-10-06"),
            ("four days", "DURATION", "P4D"),
            ("Monday morning", "TIME", "1990-10-08TMO"),
            ("9:42 a.m. EDT", "TIME", "1990-10-06T09:42"),
            ("31 minutes", "DURATION", "PT31M"),
            ("6:30 a.m.", "TIME", "1990-10-06T06:30"),
            ("10:50 a.m.", "TIME", "1990-10-06T10:50"),
            ("this afternoon", "TIME", "1990-10-06TAF"),
            ("another week", "DURATION", "P1W"),
            ("another week", "DURATION", "P1W"),
            ("the night", "TIME", "1990-10-06TNI"),
            ("Sunday", "DATE", "1990-10-07"),
            ("11 p.m.", "TIME", "1990-10-07T23:00"),
            ("Sunday", "DATE", "1990-10-07"),
            ("8:55 a.m.", "TIME", "1990-10-08T08:55"),
            ("Monday", "DATE", "1990-10-08"),
            ("90-minute", "DURATION", "PT90M"),
            ("Wednesday", "DATE", "1990-10-03"),
            ("less than a minute", "DURATION", "PT1M"),
            ("Monday", "DATE", "1990-10-08"),
            ("noon", "TIME", "1990-10-08T12:00"),
            ("Tuesday", "DATE", "1990-10-09"),
            ("Oct. 19", "DATE", "1990-10-19"),
            ("eight-day", "DURATION", "P8D"),
            ("about 30 hours", "DURATION", "PT30H"),
            ("the end of the month", "DATE", "1990-10"),
            ("this year", "DATE", "1990"),
            ("1990", "DATE", "1990"),
            ("now", "DATE", "PRESENT_REF"),
            ("mid-November", "DATE", "1990-11"),
            ("December", "DATE", "1990-12"),
            ("1988", "DATE", "1988"),
            ("Sunday", "DATE", "1990-10-07"),
            ("4:15 a.m.", "TIME", "1990-10-08T04:15"),
            ("Monday", "DATE", "1990-10-08"),
            ("today", "DATE", "1990-10-06"),
            ("Sept. 12", "DATE", "1990-09-12"),
            ("6 p.m.", "TIME", "1990-10-06T18:00"),
            ("tonight", "TIME", "1990-10-06TNI"),
            ("the past two weeks", "DURATION", "P2W"),
        ],
    ),
    # Tuesday 1991-06-11 (ISO week 24), a member paper's page reprinting AP copy: nameplate
    # line with the date line "Tuesday, June 11, 1991" (one DATE span with its weekday,
    # gold_blind35) and page number "3A" (not annotated), section label, headline, AP byline,
    # "WASHINGTON (AP) _" dateline, a closing list of the court's other actions. AP names the
    # day before the paper by its weekday: the ruling "Monday" 1991-06-10 (three times, with
    # the list's "Also on Monday"). The 1987 search: "Feb. 20, 1987", "that evening"
    # 1987-02-20TEV (gold_blind8), "the next day" 1987-02-21, "three days after the search"
    # an anchored DURATION P3D. "the 1988 drug conviction" an adjectival year (gold_blind35);
    # "since 1984", "January 1989", "Dec. 2, 1988", "1989", "April 1990"; "last October"
    # 1990-10 (the most recent October); "Jan. 14" 1991-01-14 (past); "an hour" PT1H. Future:
    # "next week" 1991-W25; "September" 1991-09; the legislators "return in January" 1992-01;
    # "early July" 1991-07; "Thursday at 10 a.m." 1991-06-13 and 1991-06-13T10:00; the
    # execution "set for 12:01 a.m. Wednesday" 1991-06-12T00:01 and 1991-06-12; "the term
    # that begins in October" -> "October" 1991-10 ("the term" has no calendar value and is
    # left out). Quoted "for a week or for 10 years" two DURATIONs (P1W, P10Y); "12 years"
    # P12Y (a sentence), "25 days", "30 days", "14 months"; "the past decade" P10Y; "now"
    # PRESENT_REF. Not annotated: "No. 89-1544" (a docket number holding "89"), "6-3",
    # "Locker 114", "3 pounds", "41" (an age), "22,000", "84th", "Highway 26", "Section 1983"
    # (a statute, in a story with 1984 and 1986 annotated), "at any reasonable hour" and
    # "around the clock" (idioms), "its term", "3A".
    "supreme-court-storage-locker-warrant": (
        "1991-06-11",
        [
            ("Tuesday, June 11, 1991", "DATE", "1991-06-11"),
            ("Monday", "DATE", "1991-06-10"),
            ("1988", "DATE", "1988"),
            ("Feb. 20, 1987", "DATE", "1987-02-20"),
            ("1984", "DATE", "1984"),
            ("that evening", "TIME", "1987-02-20TEV"),
            ("the next day", "DATE", "1987-02-21"),
            ("three days", "DURATION", "P3D"),
            ("a week", "DURATION", "P1W"),
            ("10 years", "DURATION", "P10Y"),
            ("January 1989", "DATE", "1989-01"),
            ("12 years", "DURATION", "P12Y"),
            ("Dec. 2, 1988", "DATE", "1988-12-02"),
            ("Monday", "DATE", "1991-06-10"),
            ("next week", "DATE", "1991-W25"),
            ("25 days", "DURATION", "P25D"),
            ("30 days", "DURATION", "P30D"),
            ("September", "DATE", "1991-09"),
            ("January", "DATE", "1992-01"),
            ("1989", "DATE", "1989"),
            ("April 1990", "DATE", "1990-04"),
            ("last October", "DATE", "1990-10"),
            ("Jan. 14", "DATE", "1991-01-14"),
            ("an hour", "DURATION", "PT1H"),
            ("the past decade", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("early July", "DATE", "1991-07"),
            ("Thursday", "DATE", "1991-06-13"),
            ("10 a.m.", "TIME", "1991-06-13T10:00"),
            ("Monday", "DATE", "1991-06-10"),
            ("12:01 a.m.", "TIME", "1991-06-12T00:01"),
            ("Wednesday", "DATE", "1991-06-12"),
            ("October", "DATE", "1991-10"),
            ("1986", "DATE", "1986"),
            ("1979", "DATE", "1979"),
            ("14 months", "DURATION", "P14M"),
        ],
    ),
    # Thursday 1989-11-16 (ISO week 46), an archive record of AP copy for the morning cycle:
    # "November 16, 1989, Thursday, AM cycle" -> "November 16, 1989, Thursday" one DATE span
    # (date and weekday together, like the date lines of gold_blind35; "AM cycle" is the
    # wire's cycle and is not annotated), SECTION, LENGTH ("561 words", not annotated),
    # HEADLINE, BYLINE, DATELINE fields. AM-cycle copy names the day of the wire by its
    # weekday: "voted ... Thursday", "a committee aide said Thursday" and "Thursday afternoon"
    # are the publication day itself (gold_blind44, gold_blind103's "early Friday" in a
    # Friday page). Thanksgiving 1989 is the fourth Thursday of November, 1989-11-23
    # (headline and body); "by Tuesday" 1989-11-21 ahead; "Wednesday night" 1989-11-15TNI;
    # "midnight Friday" -> "midnight" 1989-11-17T24:00, the midnight ending Friday, and
    # "Friday" 1989-11-17 (gold_blind32, gold_blind41). The federal fiscal year runs
    # October-September and is named by the year it ends: "fiscal 1990" FY1990, which "began
    # Oct. 1" 1989-10-01; "fiscal 1991" FY1991 (gold_blind35). "two years after a crash"
    # anchored DURATION P2Y; "the following year" after "Oct. 14, 1987" 1988 (gold_blind28);
    # "within two minutes" PT2M; "60-day" adjectival DURATION; "every six months" SET P6M and
    # "once a year" SET P1Y; "every summer" SET XXXX-SU (a habit of the districts); "the fall
    # of 1992" 1992-FA; "next year" 1990, "Jan. 23" 1990-01-23; "last week" 1989-W45; "over
    # five years" P5Y. Not annotated: "AM cycle", "311-104", "H.R. 2950", "State Road 46",
    # "31 students", "nine children", "$30 million", "$1,500", "$40,000", "its second session"
    # (a session of Congress, no calendar value), "since" (anaphoric), "D-Ind.", "R-Texas".
    "house-school-bus-safety-bill": (
        "1989-11-16",
        [
            ("November 16, 1989, Thursday", "DATE", "1989-11-16"),
            ("Thanksgiving", "DATE", "1989-11-23"),
            ("Thursday", "DATE", "1989-11-16"),
            ("two years", "DURATION", "P2Y"),
            ("Thanksgiving", "DATE", "1989-11-23"),
            ("two years", "DURATION", "P2Y"),
            ("March 1988", "DATE", "1988-03"),
            ("Jan. 1, 1992", "DATE", "1992-01-01"),
            ("18 months", "DURATION", "P18M"),
            ("60-day", "DURATION", "P60D"),
            ("every six months", "SET", "P6M"),
            ("once a year", "SET", "P1Y"),
            ("about three hours", "DURATION", "PT3H"),
            ("Wednesday night", "TIME", "1989-11-15TNI"),
            ("Thursday afternoon", "TIME", "1989-11-16TAF"),
            ("4:40 p.m. EST", "TIME", "1989-11-16T16:40"),
            ("Oct. 14, 1987", "DATE", "1987-10-14"),
            ("the following year", "DATE", "1988"),
            ("two minutes", "DURATION", "PT2M"),
            ("1977", "DATE", "1977"),
            ("last week", "DATE", "1989-W45"),
            ("Thursday", "DATE", "1989-11-16"),
            ("next year", "DATE", "1990"),
            ("Jan. 23", "DATE", "1990-01-23"),
            ("Tuesday", "DATE", "1989-11-21"),
            ("midnight", "TIME", "1989-11-17T24:00"),
            ("Friday", "DATE", "1989-11-17"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("Oct. 1", "DATE", "1989-10-01"),
            ("five years", "DURATION", "P5Y"),
            ("fiscal 1991", "DATE", "FY1991"),
            ("every summer", "SET", "XXXX-SU"),
            ("the fall of 1992", "DATE", "1992-FA"),
            ("1987", "DATE", "1987"),
            ("the past two years", "DURATION", "P2Y"),
        ],
    ),
    # Monday 1991-05-20 (ISO week 21), AP broadcast wire, a regional NewsWatch of short
    # radio-style items with parenthetical datelines; header "Monday, May 20, 1991 -- 5:05
    # p.m. EDT" (one DATE span with its weekday and a TIME with the zone in the span), an
    # editors' note ("moves every hour" SET PT1H; "at 6:05 p.m. EDT" that day). Broadcast copy
    # uses "today", "tonight", "tomorrow" (1991-05-21) and "last night", Sunday night
    # 1991-05-19TNI (twice, once in the possessive "last night's tornado", the "'s" left
    # out). The tornado: the warning "at 9:31" 1991-05-19T21:31 and touchdown "at about 9:40
    # Sunday night" 1991-05-19T21:40 plus "Sunday night" 1991-05-19TNI (the clock time and its
    # part of day two TIMEX3, the approximator kept in the span, gold_blind103); "nine minutes
    # before" an anchored DURATION; "through the night" -> "the night" 1991-05-19TNI; "until
    # at least tomorrow morning" -> "at least tomorrow morning" 1991-05-21TMO, the modifier
    # kept (gold_blind35's "at least March"). Future weekdays: funerals "Wednesday and
    # Thursday" 1991-05-22/23, aid "by Wednesday", "Thursday night's graduation"
    # 1991-05-23TNI, "Sunday afternoon" 1991-05-26TAF, storms "tonight and Tuesday"
    # 1991-05-21; "Memorial Day" 1991-05-27 (the last Monday of May); the watch "until 11
    # p.m. Central time" 1991-05-20T23:00 (the zone in the span, gold_blind37). "this month"
    # 1991-05; "May 1990"; "since 1947", "since 1958". "up to a week" P1W; "about a minute"
    # PT1M and "an hour" PT1H (the quote); "about five days" P5D; "within 60 days" P60D.
    # Not annotated: "the 80s" (temperatures, not a decade), "Highs" (a kind of reading),
    # "(Top)", "NewsWatch", "Highway 9", "Seventy-two-year-old" (an age), "11", "seven",
    # "300 people", "12 miles", "118 tornadoes", "41", "the first victims".
    "oklahoma-tornado-broadcast-newswatch": (
        "1991-05-20",
        [
            ("Monday, May 20, 1991", "DATE", "1991-05-20"),
            ("5:05 p.m. EDT", "TIME", "1991-05-20T17:05"),
            ("every hour", "SET", "PT1H"),
            ("6:05 p.m. EDT", "TIME", "1991-05-20T18:05"),
            ("last night", "TIME", "1991-05-19TNI"),
            ("9:31", "TIME", "1991-05-19T21:31"),
            ("nine minutes", "DURATION", "PT9M"),
            ("about 9:40", "TIME", "1991-05-19T21:40"),
            ("Sunday night", "TIME", "1991-05-19TNI"),
            ("18 minutes", "DURATION", "PT18M"),
            ("the night", "TIME", "1991-05-19TNI"),
            ("at least tomorrow morning", "TIME", "1991-05-21TMO"),
            ("last night", "TIME", "1991-05-19TNI"),
            ("up to a week", "DURATION", "P1W"),
            ("1947", "DATE", "1947"),
            ("Wednesday", "DATE", "1991-05-22"),
            ("Thursday", "DATE", "1991-05-23"),
            ("about a minute", "DURATION", "PT1M"),
            ("an hour", "DURATION", "PT1H"),
            ("1958", "DATE", "1958"),
            ("this morning", "TIME", "1991-05-20TMO"),
            ("Wednesday", "DATE", "1991-05-22"),
            ("tomorrow", "DATE", "1991-05-21"),
            ("about five days", "DURATION", "P5D"),
            ("60 days", "DURATION", "P60D"),
            ("today", "DATE", "1991-05-20"),
            ("tomorrow", "DATE", "1991-05-21"),
            ("Thursday night", "TIME", "1991-05-23TNI"),
            ("Sunday afternoon", "TIME", "1991-05-26TAF"),
            ("Memorial Day", "DATE", "1991-05-27"),
            ("tonight", "TIME", "1991-05-20TNI"),
            ("Tuesday", "DATE", "1991-05-21"),
            ("11 p.m. Central time", "TIME", "1991-05-20T23:00"),
            ("this month", "DATE", "1991-05"),
            ("May 1990", "DATE", "1990-05"),
            ("tomorrow", "DATE", "1991-05-21"),
        ],
    ),
    # Sunday 1990-03-25 (ISO week 12), AP Newsfeatures advance: "For Release Sunday, March
    # 25, 1990, and Thereafter" -> the release day is the publication day, one DATE span;
    # the editors' note "Moved in advance Wednesday, March 21" 1990-03-21 (one span). The
    # filing deadline is "Monday, April 16" 1990-04-16 (one span) and "April 16" four more
    # times; "a day later than usual" is the size of a delay, DURATION P1D (gold_blind35's "a
    # year later than the board proposed"). "Three Weeks" (headline) and "three weeks left"
    # P3W; "as of March 16" 1990-03-16 ("as of" a signal, gold_blind30); "the same point last
    # year" -> "last year" 1989 ("the same point" anaphoric); "this year" 1990; "four-month"
    # P4M; "to Aug. 15" 1990-08-15; "Every spring" SET XXXX-SP; "the final two weeks" P2W;
    # "about six weeks", "about three weeks"; "since 1988"; "Forms 1040 and 1040A for 1989"
    # -> "1989" only (the form numbers are traps); "the mid-1980s" decade 198 (gold_blind103's
    # "the late 1990s"); "now" PRESENT_REF; "a decade ago" 1980 (gold_blind29); "until Jan. 31"
    # 1990-01-31; "for 1990" 1990; "June 15", "Sept. 17" 1990 and "Jan. 15, 1991"; "at least
    # three years" P3Y; "the night of April 16" one TIME span 1990-04-16TNI (gold_blind5) and
    # "until midnight" its end, 1990-04-16T24:00. The help-line box gives recurring hours:
    # "daily" SET P1D with "7:30 a.m." and "5:30 p.m. local time" XXXX-XX-XXThh:mm,
    # "Saturdays" SET XXXX-WXX-6 with "9 a.m." and "3 p.m." (gold_blind28, gold_blind103),
    # "from March 31 through April 14" two DATEs. Not annotated: "Form 4868", "Forms 1040 and
    # 1040A", "W-2", "1-800-555-1040", "1-800-555-8294", "140 topics", "52 million", "112
    # million", "6 percent", "38 percent", "one return in four", "the last minute" and "around
    # the clock" (idioms), "the rush" (event-named), "The first estimated tax payment"
    # (an ordinal of payments).
    "irs-filing-season-late-filers": (
        "1990-03-25",
        [
            ("Sunday, March 25, 1990", "DATE", "1990-03-25"),
            ("Wednesday, March 21", "DATE", "1990-03-21"),
            ("Three Weeks", "DURATION", "P3W"),
            ("three weeks", "DURATION", "P3W"),
            ("March 16", "DATE", "1990-03-16"),
            ("last year", "DATE", "1989"),
            ("this year", "DATE", "1990"),
            ("Monday, April 16", "DATE", "1990-04-16"),
            ("a day", "DURATION", "P1D"),
            ("four-month", "DURATION", "P4M"),
            ("Aug. 15", "DATE", "1990-08-15"),
            ("April 16", "DATE", "1990-04-16"),
            ("Every spring", "SET", "XXXX-SP"),
            ("Last year", "DATE", "1989"),
            ("the final two weeks", "DURATION", "P2W"),
            ("about six weeks", "DURATION", "P6W"),
            ("about three weeks", "DURATION", "P3W"),
            ("1988", "DATE", "1988"),
            ("1989", "DATE", "1989"),
            ("the mid-1980s", "DATE", "198"),
            ("now", "DATE", "PRESENT_REF"),
            ("a decade ago", "DATE", "1980"),
            ("Jan. 31", "DATE", "1990-01-31"),
            ("1990", "DATE", "1990"),
            ("April 16", "DATE", "1990-04-16"),
            ("June 15", "DATE", "1990-06-15"),
            ("Sept. 17", "DATE", "1990-09-17"),
            ("Jan. 15, 1991", "DATE", "1991-01-15"),
            ("at least three years", "DURATION", "P3Y"),
            ("the night of April 16", "TIME", "1990-04-16TNI"),
            ("midnight", "TIME", "1990-04-16T24:00"),
            ("daily", "SET", "P1D"),
            ("7:30 a.m.", "TIME", "XXXX-XX-XXT07:30"),
            ("5:30 p.m. local time", "TIME", "XXXX-XX-XXT17:30"),
            ("April 16", "DATE", "1990-04-16"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("March 31", "DATE", "1990-03-31"),
            ("April 14", "DATE", "1990-04-14"),
        ],
    ),
    # Wednesday 1989-08-09 (ISO week 32), AP writethru for the afternoon cycle: "URGENT",
    # slug "PM-Derailment, 3rd Ld-Writethru,a0611,0574" and an "Eds:" note (none annotated:
    # "PM" is the cycle, "0574" a word count, "3rd Ld" and "6th graf" ordinals of the copy),
    # headline, AP byline, "DELMONT, Ind. (AP) _" dateline, and the closing wire stamp
    # "AP-CHI-08-09-89 1547EDT" -> "08-09-89" DATE and "1547EDT" TIME, as in the shuttle
    # story's header. AP's "today" is Wednesday, "early this morning" its morning
    # 1989-08-09TMO, "last night" Tuesday night 1989-08-08TNI (twice). The derailment "at
    # 11:20 p.m. Monday" 1989-08-07T23:20 plus the DATE; the order "at 12:15 a.m. Tuesday"
    # 1989-08-08T00:15 plus the DATE, "less than an hour after" an anchored DURATION PT1H;
    # "about 30 hours after" PT30H; "Monday night" 1989-08-07TNI (twice, the second quoted);
    # "Tuesday" and "Tuesday afternoon" 1989-08-08TAF past; "until Friday" 1989-08-11, "9 a.m.
    # Thursday" 1989-08-10 ahead; "the weekend" 1989-W32-WE (12-13 August, twice); "at 10
    # a.m." today; "every two hours" SET PT2H; "every night for 31 years" -> SET
    # XXXX-XX-XXTNI and DURATION P31Y; "a week" P1W, "within 30 days" P30D, "more than a year"
    # P1Y; "July 28" and "March" 1989 past; "this year" 1989; "before 1980"; "Aug. 28"
    # ahead. Not annotated: "URGENT", "PM-Derailment", "a0611", "0574", "3rd", "6th", "42-car",
    # "6,100", "40 tons", "800 people", "the 1900 block of Elm Street" (a street number
    # reading like a year), "310", "265", "Twenty-one", "812-555-1989" (a phone number
    # holding 1989 in a 1989 story), "35 mph", "40 mph", "64" (an age), "the first time",
    # "second derailment".
    "delmont-chlorine-derailment-evacuation": (
        "1989-08-09",
        [
            ("last night", "TIME", "1989-08-08TNI"),
            ("today", "DATE", "1989-08-09"),
            ("the weekend", "DATE", "1989-W32-WE"),
            ("11:20 p.m.", "TIME", "1989-08-07T23:20"),
            ("Monday", "DATE", "1989-08-07"),
            ("12:15 a.m.", "TIME", "1989-08-08T00:15"),
            ("Tuesday", "DATE", "1989-08-08"),
            ("less than an hour", "DURATION", "PT1H"),
            ("early this morning", "TIME", "1989-08-09TMO"),
            ("about 30 hours", "DURATION", "PT30H"),
            ("Friday", "DATE", "1989-08-11"),
            ("10 a.m.", "TIME", "1989-08-09T10:00"),
            ("Monday night", "TIME", "1989-08-07TNI"),
            ("last night", "TIME", "1989-08-08TNI"),
            ("Tuesday", "DATE", "1989-08-08"),
            ("today", "DATE", "1989-08-09"),
            ("every two hours", "SET", "PT2H"),
            ("Tuesday afternoon", "TIME", "1989-08-08TAF"),
            ("a week", "DURATION", "P1W"),
            ("9 a.m.", "TIME", "1989-08-10T09:00"),
            ("Thursday", "DATE", "1989-08-10"),
            ("30 days", "DURATION", "P30D"),
            ("more than a year", "DURATION", "P1Y"),
            ("July 28", "DATE", "1989-07-28"),
            ("the weekend", "DATE", "1989-W32-WE"),
            ("this year", "DATE", "1989"),
            ("March", "DATE", "1989-03"),
            ("1980", "DATE", "1980"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("31 years", "DURATION", "P31Y"),
            ("Monday night", "TIME", "1989-08-07TNI"),
            ("Aug. 28", "DATE", "1989-08-28"),
            ("08-09-89", "DATE", "1989-08-09"),
            ("1547EDT", "TIME", "1989-08-09T15:47"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
