"""Annotations of the 148th blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind148/annotate.py [--show]

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
    # Thursday 2013-03-14 (ISO week 11), British regional daily's court report, headline,
    # standfirst, byline, date line "Thursday 14 March 2013". Jailed "yesterday", Wednesday
    # 2013-03-13; "jailed for six years" (headline and lead) DURATION P6Y, the length of a
    # prison term (gold_blind52, gold_blind69). "between January 2010 and March 2012" two
    # DATEs. The plea "at a hearing in January" 2013-01 (past); "since his arrest on 2 April
    # 2012" the DATE only; "those 345 days" on remand (2 April 2012 to 13 March 2013) ->
    # "345 days" P345D; "freed in April 2015" (half of six years from the arrest) 2015-04.
    # "over five weeks in the summer of 2011" P5W and 2011-SU; "every Friday" XXXX-WXX-5;
    # "every night" XXXX-XX-XXTNI; "a 30-month sentence" P30M on the adjective; "less than a
    # year after the end of his licence" P1Y (anchored, the duration alone); "since last
    # April" in March 2013 is April 2012, 2012-04. Future: "a confiscation hearing for 26
    # April" 2013-04-26, "until the end of June" 2013-06, the session "on Tuesday 19 March"
    # 2013-03-19 "from 10am to 1pm", two TIMEs on that day. "the 18-month inquiry" P18M;
    # "last week" 2013-W10. Not annotated: "half of the sentence", "on licence" and "the end
    # of his licence" (legal periods named by their role, gold_blind69), "the rest of their
    # lives", "44", "87-year-old", "14", "11 counts", "eight payments", "£310,000", "£42,000",
    # "Operation Slate", "01632 960 2010" (a phone number holding 2010, beside "January
    # 2010"), "hexley.gov.uk/scams2013" (a URL holding 2013).
    "hexley-roofer-fraud-jailed": (
        "2013-03-14",
        [
            ("six years", "DURATION", "P6Y"),
            ("January 2010", "DATE", "2010-01"),
            ("March 2012", "DATE", "2012-03"),
            ("Thursday 14 March 2013", "DATE", "2013-03-14"),
            ("six years", "DURATION", "P6Y"),
            ("yesterday", "DATE", "2013-03-13"),
            ("January", "DATE", "2013-01"),
            ("2 April 2012", "DATE", "2012-04-02"),
            ("345 days", "DURATION", "P345D"),
            ("April 2015", "DATE", "2015-04"),
            ("five weeks", "DURATION", "P5W"),
            ("the summer of 2011", "DATE", "2011-SU"),
            ("February 2012", "DATE", "2012-02"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("two years", "DURATION", "P2Y"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("2004", "DATE", "2004"),
            ("30-month", "DURATION", "P30M"),
            ("less than a year", "DURATION", "P1Y"),
            ("more than two years", "DURATION", "P2Y"),
            ("last April", "DATE", "2012-04"),
            ("26 April", "DATE", "2013-04-26"),
            ("the end of June", "DATE", "2013-06"),
            ("ten years", "DURATION", "P10Y"),
            ("18-month", "DURATION", "P18M"),
            ("last week", "DATE", "2013-W10"),
            ("Tuesday 19 March", "DATE", "2013-03-19"),
            ("10am", "TIME", "2013-03-19T10:00"),
            ("1pm", "TIME", "2013-03-19T13:00"),
        ],
    ),
    # Tuesday 2014-10-07 (ISO week 41), US local paper's sentencing story, headline, deck,
    # byline, "Published: Tuesday, October 7, 2014 at 5:42 p.m." (DATE and TIME),
    # "MARLOW HEIGHTS —" dateline; "sentenced Tuesday" the publication day. "15 years to
    # life" -> "15 years" P15Y (headline and lead; "life" names no length, gold_blind52);
    # "the 2011 killing" adjectival year; "eligible for parole in 2026" (deck and body) DATE
    # 2026; "1,030 days of time served" (Dec. 12, 2011 to Oct. 7, 2014) P1030D, "time
    # served" itself not annotated. The shooting "at about 11:40 p.m. on Dec. 9, 2011" (a
    # Friday) TIME with "about" kept (gold_blind103) plus the DATE; "three days later" a
    # narrative anchor, DATE 2011-12-12 (gold_blind69's "Two days later"). "convicted ... in
    # August" 2014-08, "pleaded guilty in June" 2014-06 (past); "last spring" 2014-SP;
    # "said Monday" 2014-10-06; "set for Sept. 23" 2014-09-23, "postponed two weeks" the size
    # of a delay, P2W (gold_blind35); "to be sentenced Nov. 14" 2014-11-14; "up to 10 years"
    # P10Y; "within 30 days" P30D; "in early 2011" 2011 (gold_blind103's "mid-2012");
    # "less than a year before the shooting" P1Y anchored; "every two years" SET P2Y; "Every
    # Sunday" XXXX-WXX-7; "six days a week" SET P1W (gold_blind52); "since last year" 2013;
    # the vigil "at 7 p.m. Saturday" 2014-10-11T19:00 plus the DATE (future). Not annotated:
    # "life", "his 40s" (an age, beside "2006" and "2009"), "the night shift", "27-year-old",
    # "39", "52", "24", "Route 30" (twice), "20 percent", "$21,400", "their first hearing",
    # "555-312-2014" (a phone number holding 2014, in a 2014 story).
    "quill-store-clerk-murder-sentencing": (
        "2014-10-07",
        [
            ("15 years", "DURATION", "P15Y"),
            ("2011", "DATE", "2011"),
            ("2026", "DATE", "2026"),
            ("almost three years", "DURATION", "P3Y"),
            ("Tuesday, October 7, 2014", "DATE", "2014-10-07"),
            ("5:42 p.m.", "TIME", "2014-10-07T17:42"),
            ("Tuesday", "DATE", "2014-10-07"),
            ("15 years", "DURATION", "P15Y"),
            ("December 2011", "DATE", "2011-12"),
            ("August", "DATE", "2014-08"),
            ("two-week", "DURATION", "P2W"),
            ("1,030 days", "DURATION", "P1030D"),
            ("Dec. 12, 2011", "DATE", "2011-12-12"),
            ("2026", "DATE", "2026"),
            ("about 11:40 p.m.", "TIME", "2011-12-09T23:40"),
            ("Dec. 9, 2011", "DATE", "2011-12-09"),
            ("three days later", "DATE", "2011-12-12"),
            ("2012", "DATE", "2012"),
            ("Every Sunday", "SET", "XXXX-WXX-7"),
            ("almost three years", "DURATION", "P3Y"),
            ("today", "DATE", "2014-10-07"),
            ("40-minute", "DURATION", "PT40M"),
            ("18 years", "DURATION", "P18Y"),
            ("last spring", "DATE", "2014-SP"),
            ("Monday", "DATE", "2014-10-06"),
            ("30 days", "DURATION", "P30D"),
            ("2006", "DATE", "2006"),
            ("2009", "DATE", "2009"),
            ("early 2011", "DATE", "2011"),
            ("less than a year", "DURATION", "P1Y"),
            ("Sept. 23", "DATE", "2014-09-23"),
            ("two weeks", "DURATION", "P2W"),
            ("June", "DATE", "2014-06"),
            ("Nov. 14", "DATE", "2014-11-14"),
            ("up to 10 years", "DURATION", "P10Y"),
            ("every two years", "SET", "P2Y"),
            ("2013", "DATE", "2013"),
            ("1998", "DATE", "1998"),
            ("six days a week", "SET", "P1W"),
            ("more than a decade", "DURATION", "P10Y"),
            ("last year", "DATE", "2013"),
            ("7 p.m.", "TIME", "2014-10-11T19:00"),
            ("Saturday", "DATE", "2014-10-11"),
        ],
    ),
    # Wednesday 2013-11-20 (ISO week 47), Irish daily's district court story, headline,
    # standfirst, byline, date line "Wednesday 20 November 2013"; the hearing was "yesterday",
    # Tuesday 2013-11-19. "remanded in custody until 3 December" (headline and lead) and "to
    # appear again on Tuesday 3 December" 2013-12-03 ("until" a signal). "twice last month"
    # 2013-10. "in the early hours of Sunday 6 October" one DATE span 2013-10-06 (gold_blind52,
    # gold_blind69). "last week" 2013-W46; "within two weeks" P2W; bail "in July" 2013-07;
    # the curfew "from 10pm to 7am every night" two TIMEs XXXX-XX-XXThh:mm and the SET
    # XXXX-XX-XXTNI (gold_blind103); "three times a week" SET P1W; the breaches "at 11.45pm
    # on 9 October" and "at 1.20am on 27 October" a TIME and a DATE each; "the past four
    # years" P4Y; "in custody since Friday" 2013-11-15 (past); "due to give birth in January"
    # 2014-01 (future, across the year); "within a month of each other" P1M; the Circuit
    # Court sittings "open on 14 January" 2014-01-14; the theft "in August" 2013-08; "a
    # three-month sentence, suspended for 12 months" P3M and P12M; "40 hours of community
    # service" PT40H; "within six months" P6M; "sits every Tuesday" XXXX-WXX-2. Not
    # annotated: "all his life", "in his life", "not once, but twice", "a court date", "next
    # sittings" (an event; its date is annotated), "31-year-old", "aged 42", "father of
    # three", "19-year-old", "€640", "091 555 1920".
    "ballykeel-pub-assault-adjourned": (
        "2013-11-20",
        [
            ("3 December", "DATE", "2013-12-03"),
            ("last month", "DATE", "2013-10"),
            ("Wednesday 20 November 2013", "DATE", "2013-11-20"),
            ("3 December", "DATE", "2013-12-03"),
            ("yesterday", "DATE", "2013-11-19"),
            ("the early hours of Sunday 6 October", "DATE", "2013-10-06"),
            ("nine days", "DURATION", "P9D"),
            ("last week", "DATE", "2013-W46"),
            ("two weeks", "DURATION", "P2W"),
            ("July", "DATE", "2013-07"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("three times a week", "SET", "P1W"),
            ("11.45pm", "TIME", "2013-10-09T23:45"),
            ("9 October", "DATE", "2013-10-09"),
            ("1.20am", "TIME", "2013-10-27T01:20"),
            ("27 October", "DATE", "2013-10-27"),
            ("the past four years", "DURATION", "P4Y"),
            ("Friday", "DATE", "2013-11-15"),
            ("January", "DATE", "2014-01"),
            ("a month", "DURATION", "P1M"),
            ("Tuesday 3 December", "DATE", "2013-12-03"),
            ("14 January", "DATE", "2014-01-14"),
            ("August", "DATE", "2013-08"),
            ("three-month", "DURATION", "P3M"),
            ("12 months", "DURATION", "P12M"),
            ("40 hours", "DURATION", "PT40H"),
            ("six months", "DURATION", "P6M"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
        ],
    ),
    # Friday 2012-08-24 (ISO week 34), Australian regional paper's website, headline, stamp
    # "24 Aug, 2012 03:10 PM" (DATE and TIME, gold_blind103), byline. Sentenced "this
    # morning" 2012-08-24TMO. "at least six years" (headline and lead) DURATION P6Y with the
    # modifier kept; "nine years' jail" -> "nine years" P9Y without the apostrophe
    # (gold_blind69); "a non-parole period of six years" -> "six years" P6Y, "non-parole
    # period" and "His full term" (periods named by their legal role) not annotated.
    # "Australia Day last year" one DATE 2011-01-26 (gold_blind57's "Easter last year"), the
    # robbery "shortly after 10.30pm on 26 January 2011" TIME and DATE; "backdated to 14 May
    # 2011" the DATE ("backdated to" a signal, gold_blind88), its apposition "the day
    # Corrigan was taken into custody" left out; "eligible for parole on 13 May 2017"; "in
    # May 2020". "the 2010-11 financial year" July-June, FY2011 (gold_blind69). Past: the
    # sentence hearing "in July" 2012-07, the plea "in March" 2012-03, the bond "in June"
    # 2012-06, "said on Tuesday" 2012-08-21. "now" PRESENT_REF; "every evening" SET
    # XXXX-XX-XXTEV; "almost four months after the robbery" P4M (anchored); "the mid-1990s"
    # 199; "For a decade" P10Y; "every fortnight" SET P2W; "two-year", "eight-week" on the
    # adjectives; "28 days" P28D; "almost 18 months" P18M; "open again every day from 10am"
    # SET P1D and XXXX-XX-XXT10:00; the members' meeting "on Sunday 9 September" 2012-09-09.
    # Not annotated: "the public holiday" (anaphoric for Australia Day), "since" alone, "36",
    # "61-year-old", "22", "14 stitches", "$18,650", "about a tenth", "4955 2011" (a phone
    # number holding 2011, beside "2011" dates), "before dark" (no value of its own).
    "tarrawong-club-robbery-non-parole": (
        "2012-08-24",
        [
            ("at least six years", "DURATION", "P6Y"),
            ("24 Aug, 2012", "DATE", "2012-08-24"),
            ("03:10 PM", "TIME", "2012-08-24T15:10"),
            ("Australia Day last year", "DATE", "2011-01-26"),
            ("at least six years", "DURATION", "P6Y"),
            ("this morning", "TIME", "2012-08-24TMO"),
            ("nine years", "DURATION", "P9Y"),
            ("six years", "DURATION", "P6Y"),
            ("14 May 2011", "DATE", "2011-05-14"),
            ("13 May 2017", "DATE", "2017-05-13"),
            ("May 2020", "DATE", "2020-05"),
            ("10.30pm", "TIME", "2011-01-26T22:30"),
            ("26 January 2011", "DATE", "2011-01-26"),
            ("the 2010-11 financial year", "DATE", "FY2011"),
            ("July", "DATE", "2012-07"),
            ("now", "DATE", "PRESENT_REF"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("almost four months", "DURATION", "P4M"),
            ("the mid-1990s", "DATE", "199"),
            ("2003", "DATE", "2003"),
            ("2008", "DATE", "2008"),
            ("a decade", "DURATION", "P10Y"),
            ("March", "DATE", "2012-03"),
            ("every fortnight", "SET", "P2W"),
            ("two-year", "DURATION", "P2Y"),
            ("June", "DATE", "2012-06"),
            ("Tuesday", "DATE", "2012-08-21"),
            ("eight-week", "DURATION", "P8W"),
            ("28 days", "DURATION", "P28D"),
            ("almost 18 months", "DURATION", "P18M"),
            ("every day", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("Sunday 9 September", "DATE", "2012-09-09"),
        ],
    ),
    # Monday 2015-06-15 (ISO week 25), Canadian paper's website, headline, stamp "Published
    # on: June 15, 2015 | Last Updated: June 15, 2015 4:05 PM EDT" (two DATEs and a TIME,
    # gold_blind103), byline, "KINGSFORD, Ont. —" dateline. The hearing "on Thursday"
    # 2015-06-11, the decision "dated June 12" (a Friday), "released ... Monday" the
    # publication day; the mother spoke "Sunday" 2015-06-14. "a seven-year sentence" P7Y;
    # "nearly four years ago" 2011 (the unit's granularity); the crash "shortly after 1 a.m.
    # on Oct. 22, 2011" TIME and DATE; "sentenced in March 2013"; "day parole for six
    # months" P6M; "by 11 p.m. every night" the curfew hour XXXX-XX-XXT23:00 and the SET;
    # "once a week" P1W; "the past year" P1Y; "the spring of 2013"; eligible "in February"
    # 2015-02 (past) and "in August" 2015-08 (future); "statutory release, at two-thirds of
    # her sentence" -> only "2017" ("two-thirds of her sentence" left out like "half of that
    # term", gold_blind69); "almost four years" P4Y; "every day" P1D; "less than three
    # years" P3Y; "reviewed in December" 2015-12; "by July 1" 2015-07-01; "within the first
    # month" an ordinal period of the parole, DURATION P1M (gold_blind35's "The first week");
    # "in the fall" 2015-FA; "in 2014" twice; "within 90 days" P90D. Not annotated: "since
    # the crash" ("since" with an event), "at one time", "17-year-old", "34", "two-member",
    # "Highway 62" (twice), "60 per cent", "4,900", "more than twice the legal limit".
    "darrow-impaired-crash-day-parole": (
        "2015-06-15",
        [
            ("2011", "DATE", "2011"),
            ("June 15, 2015", "DATE", "2015-06-15"),
            ("June 15, 2015", "DATE", "2015-06-15"),
            ("4:05 PM EDT", "TIME", "2015-06-15T16:05"),
            ("seven-year", "DURATION", "P7Y"),
            ("nearly four years ago", "DATE", "2011"),
            ("Thursday", "DATE", "2015-06-11"),
            ("June 12", "DATE", "2015-06-12"),
            ("Monday", "DATE", "2015-06-15"),
            ("1 a.m.", "TIME", "2011-10-22T01:00"),
            ("Oct. 22, 2011", "DATE", "2011-10-22"),
            ("March 2013", "DATE", "2013-03"),
            ("six months", "DURATION", "P6M"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("once a week", "SET", "P1W"),
            ("the past year", "DURATION", "P1Y"),
            ("the spring of 2013", "DATE", "2013-SP"),
            ("February", "DATE", "2015-02"),
            ("August", "DATE", "2015-08"),
            ("2017", "DATE", "2017"),
            ("almost four years", "DURATION", "P4Y"),
            ("every day", "SET", "P1D"),
            ("less than three years", "DURATION", "P3Y"),
            ("Sunday", "DATE", "2015-06-14"),
            ("December", "DATE", "2015-12"),
            ("July 1", "DATE", "2015-07-01"),
            ("the first month", "DURATION", "P1M"),
            ("the fall", "DATE", "2015-FA"),
            ("2014", "DATE", "2014"),
            ("2014", "DATE", "2014"),
            ("90 days", "DURATION", "P90D"),
        ],
    ),
    # Saturday 2015-01-31 (ISO week 5), wire story on a website, headline, byline, stamp
    # "Jan. 31, 2015 2:48 PM EST" (DATE and TIME), "HOLLIS BEND, Texas (AP) —" dateline. He
    # walked out "Friday" 2015-01-30 "at about 9:15 a.m." (TIME with "about" kept); his
    # sister drove "through the night" -> "the night" before, 2015-01-29TNI; the interview
    # "Friday evening" 2015-01-30TEV; the son spoke "Saturday", the publication day.
    # "25 years" DURATION each time ("After 25 years", "spent 25 years", "changed in 25
    # years" how long a change took, gold_blind35); "the 1989 killing" adjectival year;
    # "after 15 years, in 2005" P15Y and 2005; hearings "in 2005, 2008 and 2011" three
    # DATEs; "in December" 2014-12; "the 1990s" 199; "since 2007"; "more than 20 years" P20Y;
    # "For the first year" an ordinal period of the parole, P1Y; the curfew "from 9 p.m. to
    # 6 a.m. every day" two TIMEs XXXX-XX-XXThh:mm and the SET P1D; "every two weeks" P2W;
    # the meeting "set for Tuesday" 2015-02-03 (future); "this weekend" 2015-W05-WE; "up to
    # six months" P6M; "within 90 days" P90D; "the late 1980s" 198; "Tonight" 2015-01-31TNI;
    # "Tomorrow" 2015-02-01 and its "10 o'clock" breakfast 2015-02-01T10:00; "once a month"
    # P1M; "the past 25 years" P25Y; "died in 2012"; "every week" P1W; "a few months before
    # her death" PXM (anchored, the duration alone). Not annotated: "the rest of his life",
    # "life in prison", "at the time", "The last time", "58", "44", "45" (ages), "$50", "1 in
    # 3", "a bus ticket".
    "grimsley-paroled-after-25-years": (
        "2015-01-31",
        [
            ("25 years", "DURATION", "P25Y"),
            ("Jan. 31, 2015", "DATE", "2015-01-31"),
            ("2:48 PM EST", "TIME", "2015-01-31T14:48"),
            ("Friday", "DATE", "2015-01-30"),
            ("25 years", "DURATION", "P25Y"),
            ("1989", "DATE", "1989"),
            ("about 9:15 a.m.", "TIME", "2015-01-30T09:15"),
            ("the night", "TIME", "2015-01-29TNI"),
            ("Friday evening", "TIME", "2015-01-30TEV"),
            ("25 years", "DURATION", "P25Y"),
            ("1990", "DATE", "1990"),
            ("15 years", "DURATION", "P15Y"),
            ("2005", "DATE", "2005"),
            ("2005", "DATE", "2005"),
            ("2008", "DATE", "2008"),
            ("2011", "DATE", "2011"),
            ("December", "DATE", "2014-12"),
            ("the 1990s", "DATE", "199"),
            ("2007", "DATE", "2007"),
            ("more than 20 years", "DURATION", "P20Y"),
            ("Saturday", "DATE", "2015-01-31"),
            ("the first year", "DURATION", "P1Y"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("every day", "SET", "P1D"),
            ("every two weeks", "SET", "P2W"),
            ("Tuesday", "DATE", "2015-02-03"),
            ("this weekend", "DATE", "2015-W05-WE"),
            ("up to six months", "DURATION", "P6M"),
            ("90 days", "DURATION", "P90D"),
            ("the late 1980s", "DATE", "198"),
            ("Tonight", "TIME", "2015-01-31TNI"),
            ("Tomorrow", "DATE", "2015-02-01"),
            ("10 o'clock", "TIME", "2015-02-01T10:00"),
            ("once a month", "SET", "P1M"),
            ("the past 25 years", "DURATION", "P25Y"),
            ("2012", "DATE", "2012"),
            ("every week", "SET", "P1W"),
            ("a few months", "DURATION", "PXM"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
