"""Annotations of the eighty-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind86/annotate.py [--show]

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
    # Monday 2012-08-13 (ISO week 33), tech-site outage post-mortem story, byline and date line
    # "August 13, 2012 9:12 AM PDT" (a DATE and a TIME, gold_blind38, gold_blind55), "SAN
    # JOSE, Calif. --" dateline. The outage was "on Saturday" 2012-08-11 (lead, timeline and
    # quote; past), in the weekend just gone, so the headline's adjectival "weekend" is DATE
    # 2012-W32-WE (the bare headline "weekend" of earlier sets); the company "said on Monday",
    # the publication day; the post-mortem went up "late Sunday" 2012-08-12; the webinar is "at
    # 10 a.m. Pacific time on Thursday" 2012-08-16 (future, two TIMEX3). "from 14:05 to 16:40
    # UTC on Saturday" is three TIMEX3: the first clock time takes the zone and the day of the
    # second (2012-08-11T14:05), the zone stays in the span and out of the value (gold_blind3,
    # gold_blind8); "14:03 UTC", "15:20 UTC" and the second "16:40 UTC" are clock times of the
    # outage day without a named day (gold_blind55). "about two and a half hours" is converted
    # to whole minutes, PT150M (gold_blind24, gold_blind43; 14:05-16:40 is 155 minutes).
    # "Within two minutes" -> "two minutes", "after five minutes" and "75 minutes after the
    # failure began" anchored durations; "this summer" 2012-SU; "The previous outage, in June"
    # -> "June" 2012-06 (past, the nearest June); "late last year" 2011; "now" twice
    # PRESENT_REF; "only on Sunday mornings" SET XXXX-WXX-7TMO (like "every Tuesday night" in
    # gold_blind7); "at least 48 hours" PT48H; "by the end of September" -> 2012-09; "within 30
    # days" -> "30 days". Not annotated: the URL "status.cloudwell.net/2012/08/11" (a date in
    # a URL), "10.40.0.0/16", "error 503", "port 8443", "24/7", "500TB", "1.2 million", "10
    # percent", "40,000", the age "37", "a worse moment", "after the failure began".
    "cloudwell-router-outage-postmortem": (
        "2012-08-13",
        [
            ("weekend", "DATE", "2012-W32-WE"),
            ("August 13, 2012", "DATE", "2012-08-13"),
            ("9:12 AM PDT", "TIME", "2012-08-13T09:12"),
            ("Saturday", "DATE", "2012-08-11"),
            ("Monday", "DATE", "2012-08-13"),
            ("late Sunday", "DATE", "2012-08-12"),
            ("14:05", "TIME", "2012-08-11T14:05"),
            ("16:40 UTC", "TIME", "2012-08-11T16:40"),
            ("Saturday", "DATE", "2012-08-11"),
            ("about two and a half hours", "DURATION", "PT150M"),
            ("Saturday night", "TIME", "2012-08-11TNI"),
            ("14:03 UTC", "TIME", "2012-08-11T14:03"),
            ("two minutes", "DURATION", "PT2M"),
            ("five minutes", "DURATION", "PT5M"),
            ("15:20 UTC", "TIME", "2012-08-11T15:20"),
            ("75 minutes", "DURATION", "PT75M"),
            ("16:40 UTC", "TIME", "2012-08-11T16:40"),
            ("Saturday", "DATE", "2012-08-11"),
            ("this summer", "DATE", "2012-SU"),
            ("June", "DATE", "2012-06"),
            ("50 minutes", "DURATION", "PT50M"),
            ("late last year", "DATE", "2011"),
            ("nearly three days", "DURATION", "P3D"),
            ("now", "DATE", "PRESENT_REF"),
            ("Sunday mornings", "SET", "XXXX-WXX-7TMO"),
            ("at least 48 hours", "DURATION", "PT48H"),
            ("the end of September", "DATE", "2012-09"),
            ("30 days", "DURATION", "P30D"),
            ("10 a.m. Pacific time", "TIME", "2012-08-16T10:00"),
            ("Thursday", "DATE", "2012-08-16"),
            ("2004", "DATE", "2004"),
            ("recent years", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("more than two hours", "DURATION", "PT2H"),
        ],
    ),
    # Thursday 2013-03-14 (ISO week 11), British online-paper story of a service shutting down,
    # headline, standfirst, byline and date line "Thursday 14 March 2013 10.32 GMT" (a DATE with
    # its weekday, one span, and a TIME). Day-month dates "1 July" (headline and body)
    # 2013-07-01, "30 June" (standfirst and body) 2013-06-30, "15 May" 2013-05-15; the closure
    # was announced "on Wednesday evening", TIME 2013-03-13TEV; "overnight" is the adverb with
    # its night fixed, the night that began that Wednesday evening, 2013-03-13TNI (gold_blind8
    # and later sets); "by this morning" -> "this morning" 2013-03-14TMO; "less than 24
    # hours after the announcement" and "the 12 hours after the announcement" anchored
    # durations (PT24H, PT12H); "a 90-day grace period" P90D on the adjective, "until the end
    # of September" -> 2013-09 (1 July + 90 days is 29 September); "more than six weeks before
    # the website shuts" P6W (15 May-1 July is 47 days); "before the weekend" the coming one,
    # 16-17 March, 2013-W11-WE; "at 5pm UK time on Friday" 2013-03-15T17:00 and 2013-03-15
    # (future); "next week" 2013-W12; "earlier this month" 2013-03; "in May" 2013-05 (future);
    # "the mid-2000s" the decade, 200 (like "the early 1980s" 198); "late 2011" 2011; "the 30
    # days it promised" P30D with its determiner (like "the 12 hours"). Not annotated: the ages
    # of the service and the start-up ("eight-year-old", "two-year-old", gold_blind28), "A
    # spring clean" and "spring cleaning" (a company's slogan, no season meant), "Colin March"
    # (a surname), "the Sunday Packet" (a paper's name), "after the announcement", "80,000",
    # "100,000", "70 products", "about half".
    "corvid-lantern-reader-closure": (
        "2013-03-14",
        [
            ("1 July", "DATE", "2013-07-01"),
            ("30 June", "DATE", "2013-06-30"),
            ("Thursday 14 March 2013", "DATE", "2013-03-14"),
            ("10.32 GMT", "TIME", "2013-03-14T10:32"),
            ("1 July", "DATE", "2013-07-01"),
            ("Wednesday evening", "TIME", "2013-03-13TEV"),
            ("30 June", "DATE", "2013-06-30"),
            ("90-day", "DURATION", "P90D"),
            ("the end of September", "DATE", "2013-09"),
            ("15 May", "DATE", "2013-05-15"),
            ("more than six weeks", "DURATION", "P6W"),
            ("October 2004", "DATE", "2004-10"),
            ("2010", "DATE", "2010"),
            ("the past year", "DURATION", "P1Y"),
            ("the last two years", "DURATION", "P2Y"),
            ("this morning", "TIME", "2013-03-14TMO"),
            ("less than 24 hours", "DURATION", "PT24H"),
            ("overnight", "TIME", "2013-03-13TNI"),
            ("every day", "SET", "P1D"),
            ("seven years", "DURATION", "P7Y"),
            ("the 12 hours", "DURATION", "PT12H"),
            ("the weekend", "DATE", "2013-W11-WE"),
            ("the past six months", "DURATION", "P6M"),
            ("2011", "DATE", "2011"),
            ("earlier this month", "DATE", "2013-03"),
            ("May", "DATE", "2013-05"),
            ("the mid-2000s", "DATE", "200"),
            ("late 2011", "DATE", "2011"),
            ("5pm UK time", "TIME", "2013-03-15T17:00"),
            ("Friday", "DATE", "2013-03-15"),
            ("next week", "DATE", "2013-W12"),
            ("the 30 days", "DURATION", "P30D"),
            ("2011", "DATE", "2011"),
        ],
    ),
    # Saturday 2013-06-15 (ISO week 24), newspaper weekly software round-up column, headline,
    # byline, date line "Saturday, June 15, 2013" (one DATE span with its weekday). "This
    # week" 2013-W24; "last Tuesday" in a Saturday paper is the most recent Tuesday,
    # 2013-06-11 (gold_blind14; only in a Tuesday paper would it be the week before), and "two
    # days later" is anchored on it, 2013-06-13 (gold_blind28, gold_blind55); "nine months
    # after version 4.0 shipped last September" -> "nine months" P9M (anchored) and "last
    # September" 2012-09 (unambiguous in June); "arrived Thursday" 2013-06-13, "reached
    # developers on Monday" 2013-06-10 and "arrived on Wednesday" 2013-06-12 are past, while
    # Quarry 9.3 "due Monday" (headline) and "due on Monday" is 2013-06-17 (future), so the
    # story holds Monday in both directions. "had a beta in the spring" (past, in June)
    # 2013-SP; "the stable build is due in the third quarter" 2013-Q3 (no fiscal year given);
    # "the fall" ahead 2013-FA; "in September" ahead 2013-09; "since December" 2012-12; "the
    # end of July" and "late July" 2013-07; "since early May" 2013-05; "this summer" 2013-SU;
    # "this weekend" in a Saturday paper the weekend now under way, 2013-W24-WE; "next week"
    # 2013-W25; "before mid-2014" -> "mid-2014" 2014; "the 1990s" 199; "nightly builds" SET
    # XXXX-XX-XXTNI (gold_blind sets' "nightly"); "every quarter" SET P3M; "every six weeks" SET
    # P6W; "the six-week cycle" DURATION P6W on the adjective; "for at least the next two
    # years" P2Y; "Nineteen years" (1994-2013) P19Y. Not annotated (version numbers that look
    # like dates or years): "Fernbrook 4.2", "4.0", "4.2.1", "version 5", "Brightline Mail
    # 2013.2", "2013.1", "2013.3", "Office 2010 Connector" (a product name), "Quarry 9.3",
    # "9.2", "8.4" (twice), "version 10", "Lumen OS 7.1", "build 9600", "Version 27", "version
    # 28"; "the coming months" is annotated (PXM), "a good run" is not.
    "software-roundup-fernbrook-quarry": (
        "2013-06-15",
        [
            ("Monday", "DATE", "2013-06-17"),
            ("Saturday, June 15, 2013", "DATE", "2013-06-15"),
            ("This week", "DATE", "2013-W24"),
            ("last Tuesday", "DATE", "2013-06-11"),
            ("nine months", "DURATION", "P9M"),
            ("last September", "DATE", "2012-09"),
            ("two days later", "DATE", "2013-06-13"),
            ("the 1990s", "DATE", "199"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("this weekend", "DATE", "2013-W24-WE"),
            ("the spring", "DATE", "2013-SP"),
            ("the third quarter", "DATE", "2013-Q3"),
            ("Thursday", "DATE", "2013-06-13"),
            ("every quarter", "SET", "P3M"),
            ("March", "DATE", "2013-03"),
            ("September", "DATE", "2013-09"),
            ("the end of the year", "DATE", "2013"),
            ("Monday", "DATE", "2013-06-17"),
            ("December", "DATE", "2012-12"),
            ("five years", "DURATION", "P5Y"),
            ("2009", "DATE", "2009"),
            ("the end of July", "DATE", "2013-07"),
            ("this summer", "DATE", "2013-SU"),
            ("next week", "DATE", "2013-W25"),
            ("mid-2014", "DATE", "2014"),
            ("Monday", "DATE", "2013-06-10"),
            ("the fall", "DATE", "2013-FA"),
            ("early May", "DATE", "2013-05"),
            ("2011", "DATE", "2011"),
            ("now", "DATE", "PRESENT_REF"),
            ("every six weeks", "SET", "P6W"),
            ("Wednesday", "DATE", "2013-06-12"),
            ("late July", "DATE", "2013-07"),
            ("earlier this month", "DATE", "2013-06"),
            ("six-week", "DURATION", "P6W"),
            ("at least the next two years", "DURATION", "P2Y"),
            ("1994", "DATE", "1994"),
            ("the coming months", "DURATION", "PXM"),
            ("Nineteen years", "DURATION", "P19Y"),
        ],
    ),
    # Friday 2014-01-10 (ISO week 2), AP-style technology story, byline "AP Technology
    # Writer", "BRANDT FALLS, Wash. (AP) --" dateline without date (the publication day only
    # here): Halden "said Friday", the publication day (also the shares "in morning trading
    # Friday"); the bank "said Thursday" 2014-01-09 (past); the webcast is "Wednesday"
    # 2014-01-15 (future, "will hold"). Support ends "on April 8" 2014-04-08 (lead; the
    # headline's "in April" 2014-04), quoted in the notice as "April 8, 2014" and again as
    # "Tuesday, April 8" (one span with its weekday, gold_blind28); "more than 12 years" of
    # updates (October 2001-April 2014) P12Y; "this week" 2014-W02; "From March 8, a month
    # before the cutoff" -> "March 8" 2014-03-08 and "a month" P1M (anchored); "every day" SET
    # P1D; "regular monthly update" SET P1M (an adjectival frequency naming a recurrence);
    # "the late 1990s" 199; "in mid-2012" 2012 (gold_blind42); "for another 12 months" P12M
    # (gold_blind40's "another three months"); "until January 2020" and "until July 2015" ->
    # 2020-01, 2015-07; "in December" 2013-12 (past) and "a year earlier" after it 2012-12;
    # "the past year" P1Y; "before the summer" -> "the summer" 2014-SU (ahead); "through the end
    # of the year" -> 2014; "for months" -> "months" PXM, "within weeks" -> "weeks" PXW; "Jan.
    # 23" 2014-01-23. Not annotated: "Caspian 2001" (the product, many times, including the
    # headline), "Caspian 7", "Halden Office 2010", "SP3", "build number, 2600", the phone
    # number "1-800-555-2001", "quarterly results" (the period of a figure, gold_blind28), "the
    # deadline", "the cutoff", "one in four", prices and percentages.
    "halden-caspian-2001-support-ends": (
        "2014-01-10",
        [
            ("April", "DATE", "2014-04"),
            ("Friday", "DATE", "2014-01-10"),
            ("April 8", "DATE", "2014-04-08"),
            ("more than 12 years", "DURATION", "P12Y"),
            ("April 8, 2014", "DATE", "2014-04-08"),
            ("this week", "DATE", "2014-W02"),
            ("March 8", "DATE", "2014-03-08"),
            ("a month", "DURATION", "P1M"),
            ("every day", "SET", "P1D"),
            ("monthly", "SET", "P1M"),
            ("Tuesday, April 8", "DATE", "2014-04-08"),
            ("October 2001", "DATE", "2001-10"),
            ("the late 1990s", "DATE", "199"),
            ("2009", "DATE", "2009"),
            ("April 2013", "DATE", "2013-04"),
            ("mid-2012", "DATE", "2012"),
            ("another 12 months", "DURATION", "P12M"),
            ("2009", "DATE", "2009"),
            ("January 2020", "DATE", "2020-01"),
            ("July 2015", "DATE", "2015-07"),
            ("December", "DATE", "2013-12"),
            ("a year earlier", "DATE", "2012-12"),
            ("the past year", "DURATION", "P1Y"),
            ("the summer", "DATE", "2014-SU"),
            ("Thursday", "DATE", "2014-01-09"),
            ("the end of the year", "DATE", "2014"),
            ("months", "DURATION", "PXM"),
            ("weeks", "DURATION", "PXW"),
            ("Wednesday", "DATE", "2014-01-15"),
            ("Jan. 23", "DATE", "2014-01-23"),
            ("Friday", "DATE", "2014-01-10"),
            ("2008", "DATE", "2008"),
        ],
    ),
    # Wednesday 2014-06-11 (ISO week 24), tech-site monthly security-update story, byline and
    # date line "June 11, 2014 5:30 AM ET" (a DATE and a TIME). June 2014 begins on a Sunday,
    # so its second Tuesday, this month's release day, is 2014-06-10: "released fixes ... on
    # Tuesday", "Tuesday night" (TIME 2014-06-10TNI) and "late Tuesday" are that day (past);
    # "since Monday" 2014-06-09. "this month's Patch Tuesday" -> "this month" 2014-06 and
    # "Patch Tuesday" DATE 2014-06-10, a named day valued on the date it falls on, like "last
    # year's Black Friday" -> "last year" and "Black Friday" (see README); "the second Tuesday
    # of every month" is one SET span, value P1M (see README). "since March" in the headline
    # and the lead 2014-03 (past), "in late March" 2014-03; "since October 2013" -> 2013-10;
    # "within 48 hours" -> "48 hours" PT48H; "in recent weeks" -> PAST_REF; "April 2"
    # 2014-04-02; "more than two months" P2M; "in May" 2014-05 (past); "For almost three
    # months" P3M (late March to June 10); "for a week" P1W; "almost every week" SET P1W with
    # the modifier kept (gold_blind35); "every month this year" SET P1M and "this year" 2014;
    # "the first 24 hours" (of the release) PT24H; "Starting in the second half of the year"
    # -> 2014-H2; "three days before each monthly release" -> "three days" P3D (anchored) and
    # "monthly" SET P1M; "due July 8" 2014-07-08 (July 2014's second Tuesday); "July 14, 2015"
    # (July 2015's second Tuesday). Not annotated: "May I suggest" (the verb, capitalized),
    # "KSA-2014-031" (an advisory number holding a year), "Skylark 11", "build 9600",
    # "versions 9 through 11", "185.12.0.0", "error 80073712", "96MB", "Harbor Server 2003" (a
    # product name, after "2003" annotated), "the calendar", "the regular cycle", counts.
    "kestrel-skylark-patch-tuesday": (
        "2014-06-11",
        [
            ("March", "DATE", "2014-03"),
            ("June 11, 2014", "DATE", "2014-06-11"),
            ("5:30 AM ET", "TIME", "2014-06-11T05:30"),
            ("Tuesday", "DATE", "2014-06-10"),
            ("March", "DATE", "2014-03"),
            ("48 hours", "DURATION", "PT48H"),
            ("this month", "DATE", "2014-06"),
            ("Patch Tuesday", "DATE", "2014-06-10"),
            ("the second Tuesday of every month", "SET", "P1M"),
            ("October 2013", "DATE", "2013-10"),
            ("late March", "DATE", "2014-03"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("April 2", "DATE", "2014-04-02"),
            ("more than two months", "DURATION", "P2M"),
            ("May", "DATE", "2014-05"),
            ("almost three months", "DURATION", "P3M"),
            ("a week", "DURATION", "P1W"),
            ("Monday", "DATE", "2014-06-09"),
            ("Tuesday night", "TIME", "2014-06-10TNI"),
            ("late Tuesday", "DATE", "2014-06-10"),
            ("2003", "DATE", "2003"),
            ("almost every week", "SET", "P1W"),
            ("every month", "SET", "P1M"),
            ("this year", "DATE", "2014"),
            ("the first 24 hours", "DURATION", "PT24H"),
            ("the second half of the year", "DATE", "2014-H2"),
            ("three days", "DURATION", "P3D"),
            ("monthly", "SET", "P1M"),
            ("July 8", "DATE", "2014-07-08"),
            ("July 14, 2015", "DATE", "2015-07-14"),
        ],
    ),
    # Tuesday 2015-09-08 (ISO week 37), Reuters-style launch wire, "UPDATE 1-" headline,
    # "SAN FRANCISCO, Sept 8 (Reuters) -" dateline (the publication day). The phones were
    # unveiled "on Tuesday", the publication day (also the watch update and the shares);
    # pre-orders open "Friday" (headline and lead) 2015-09-11 "at 12:01 a.m. PT" (two TIMEX3,
    # 2015-09-11T00:01, the zone in the span); they ship "on Sept. 18" and are in stores "at 8
    # a.m. local time on Sept. 18"; the older models get VelaOS 9 "on Wednesday, Sept. 16" (one
    # span). "on Oct. 2, two weeks after the U.S. launch" -> "Oct. 2" and "two weeks" P2W
    # (anchored). "last year's models" -> "last year" 2014; "Last year" 2014; "the first 24
    # hours" of pre-orders PT24H; "about an hour" PT1H. Tarrow's fiscal year is not described,
    # so its quarters are calendar quarters (gold_blind55): "the April-June quarter" 2015-Q2
    # and "a year earlier" after it 2014-Q2; "the fourth quarter" and the analyst's "the
    # December quarter" 2015-Q4. "every fall since 2009" SET XXXX-FA and "2009"; "in June"
    # 2015-06 and "last week" 2015-W36 (past); "in March", "in April" 2015 (past); "monthly
    # installment plans" SET P1M and "every year" SET P1Y (recurrences); "a two-year contract"
    # and "the two-year contracts" DURATION P2Y on the adjective; "more than a decade" P10Y;
    # "almost two hours" PT2H. Not annotated: "UPDATE 1", "Vela 6", "Vela 6 Max", "Vela 5",
    # "Vela 5s", "VelaOS 9", "4G LTE", "128GB", "since then" (anaphoric), "the U.S. launch",
    # "the holiday season" (no calendar value, gold_blind55), the age "54", prices, counts and
    # percentages.
    "tarrow-vela-6-preorders": (
        "2015-09-08",
        [
            ("Friday", "DATE", "2015-09-11"),
            ("Sept 8", "DATE", "2015-09-08"),
            ("Tuesday", "DATE", "2015-09-08"),
            ("Friday", "DATE", "2015-09-11"),
            ("12:01 a.m. PT", "TIME", "2015-09-11T00:01"),
            ("Sept. 18", "DATE", "2015-09-18"),
            ("two-year", "DURATION", "P2Y"),
            ("last year", "DATE", "2014"),
            ("8 a.m. local time", "TIME", "2015-09-18T08:00"),
            ("Sept. 18", "DATE", "2015-09-18"),
            ("Oct. 2", "DATE", "2015-10-02"),
            ("two weeks", "DURATION", "P2W"),
            ("Last year", "DATE", "2014"),
            ("the first 24 hours", "DURATION", "PT24H"),
            ("about an hour", "DURATION", "PT1H"),
            ("the April-June quarter", "DATE", "2015-Q2"),
            ("a year earlier", "DATE", "2014-Q2"),
            ("the fourth quarter", "DATE", "2015-Q4"),
            ("2012", "DATE", "2012"),
            ("almost two hours", "DURATION", "PT2H"),
            ("every fall", "SET", "XXXX-FA"),
            ("2009", "DATE", "2009"),
            ("Wednesday, Sept. 16", "DATE", "2015-09-16"),
            ("June", "DATE", "2015-06"),
            ("last week", "DATE", "2015-W36"),
            ("monthly", "SET", "P1M"),
            ("every year", "SET", "P1Y"),
            ("two-year", "DURATION", "P2Y"),
            ("more than a decade", "DURATION", "P10Y"),
            ("March", "DATE", "2015-03"),
            ("April", "DATE", "2015-04"),
            ("Tuesday", "DATE", "2015-09-08"),
            ("Tuesday", "DATE", "2015-09-08"),
            ("the December quarter", "DATE", "2015-Q4"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
