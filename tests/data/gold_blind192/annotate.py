"""Annotations of the hundred-and-ninety-second blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind192/annotate.py [--show]

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
    # Tuesday 2013-03-12 (ISO week 11), US business paper's executive profile, headline and
    # deck ("Will Step Down Next Year After a Decade as Chief"), byline "Staff Reporter", date
    # line "Tuesday, March 12, 2013", "ELMHURST FALLS, Wis. --" dateline. "Yesterday" and
    # "yesterday" (the board's statement, composite trading) are Monday 2013-03-11. The deck's
    # "Next Year" is 2014, the year of "June 2014"; "a Decade" and "a decade after she took the
    # job" are durations anchored to an event, P10Y (gold_blind35). "the spring of 2003 ...
    # June 2004, a year later": "a year later" at the unit's granularity, 2004 (gold_blind26,
    # gold_blind60). Corven's fiscal year ends June 30 and is named by the year it ends:
    # "fiscal 2012, which ended June 30" FY2012 plus 2012-06-30; "the fiscal second quarter"
    # FY2013-Q2 (October-December 2012), "the three months ended Dec. 31" DURATION P3M plus
    # 2012-12-31 (gold_blind38), "a year earlier" FY2012-Q2, "third-quarter results"
    # FY2013-Q3, "early May" 2013-05. "last week" 2013-W10; "the next five years" (after
    # 2004, told in the past) P5Y; "last spring" in March is the spring of 2012 (the spring of
    # 2013 has not begun); "this weekend" 2013-W11-WE (16-17 March); "next month" 2013-04.
    # "by 6:30 a.m." is the hour of a habit, XXXX-XX-XXT06:30; "every Monday" XXXX-WXX-1;
    # "Twice a year" P1Y; "a week" P1W. Not annotated: the ages "61", "44", "at 34", "47" and
    # "most of her twenties" (an age, gold_blind73, gold_blind81), "At the time" (gold_blind29,
    # gold_blind81), "the company's 100th anniversary" (its year "2014" is annotated), "Model
    # 4400", "12%", "$6", "$1.9 billion", "$41.2 million", "88 cents", "$33.5 million", "45
    # cents", "$38.15", "31%", "After she leaves" (an event), "since last spring" keeps only
    # "last spring".
    "corven-pump-whitlock-profile": (
        "2013-03-12",
        [
            ("Next Year", "DATE", "2014"),
            ("a Decade", "DURATION", "P10Y"),
            ("Tuesday, March 12, 2013", "DATE", "2013-03-12"),
            ("Yesterday", "DATE", "2013-03-11"),
            ("June 2014", "DATE", "2014-06"),
            ("a decade", "DURATION", "P10Y"),
            ("two years", "DURATION", "P2Y"),
            ("1991", "DATE", "1991"),
            ("1997", "DATE", "1997"),
            ("2001", "DATE", "2001"),
            ("the spring of 2003", "DATE", "2003-SP"),
            ("June 2004", "DATE", "2004-06"),
            ("a year later", "DATE", "2004"),
            ("three straight years", "DURATION", "P3Y"),
            ("2004", "DATE", "2004"),
            ("fiscal 2012", "DATE", "FY2012"),
            ("June 30", "DATE", "2012-06-30"),
            ("the fiscal second quarter", "DATE", "FY2013-Q2"),
            ("the three months", "DURATION", "P3M"),
            ("Dec. 31", "DATE", "2012-12-31"),
            ("a year earlier", "DATE", "FY2012-Q2"),
            ("third-quarter", "DATE", "FY2013-Q3"),
            ("early May", "DATE", "2013-05"),
            ("last week", "DATE", "2013-W10"),
            ("the next five years", "DURATION", "P5Y"),
            ("last spring", "DATE", "2012-SP"),
            ("2014", "DATE", "2014"),
            ("2009", "DATE", "2009"),
            ("January 2011", "DATE", "2011-01"),
            ("6:30 a.m.", "TIME", "XXXX-XX-XXT06:30"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("Twice a year", "SET", "P1Y"),
            ("a week", "DURATION", "P1W"),
            ("this weekend", "DATE", "2013-W11-WE"),
            ("next month", "DATE", "2013-04"),
            ("yesterday", "DATE", "2013-03-11"),
            ("the past 12 months", "DURATION", "P12M"),
            ("a few months", "DURATION", "PXM"),
            ("30 years", "DURATION", "P30Y"),
        ],
    ),
    # Saturday 2014-09-20 (ISO week 38), British broadsheet website's Saturday interview with a
    # scientist, section label, headline, standfirst, byline, stamp "Saturday 20 September 2014
    # 00.05 BST" (a DATE with its weekday and a TIME, the zone in the span and not in the value,
    # gold_blind60, gold_blind103). "On Monday" (standfirst and body, the grant) is past,
    # 2014-09-15; "said no on Wednesday" 2014-09-17; "This week" 2014-W38; "the spring" in which
    # she was asked, in September, is the spring of 2014. "nearly three decades" P30Y (she
    # began in July 1986). "the winter of 2009" is the British winter of January-February 2009,
    # 2009-WI (gold_blind60's "the winter of 1963"). "over five years, starting in January":
    # "five years" P5Y and "January" 2015-01 (the next one). "under 40 minutes" PT40M with the
    # modifier in the span (gold_blind60's "under two hours"). "25 years after her first paper"
    # is an anchored duration, P25Y. "every summer" XXXX-SU; "twice a day" P1D; "at 7am every
    # morning" XXXX-XX-XXT07:00 and XXXX-XX-XXTMO. "The next few years" PXY. "3 October"
    # 2014-10-03 (future); "the end of 2015" 2015; "7.30pm on Thursday 25 September" two
    # TIMEX3. Not annotated: the ages "At 29", "22", "50" and "In her thirties", "a summer job"
    # (an adjective naming a kind, gold_blind56), "RB-001", "PV-17", "a Corra 9000", "more than
    # 3,000 times", "12 posts", "£4.2m" (twice), "£8", "01752 555 0142", "After that" (anaphoric),
    # "in all weathers", the lecture title "Counting the Invisible".
    "imogen-rathbone-plankton-interview": (
        "2014-09-20",
        [
            ("nearly three decades", "DURATION", "P30Y"),
            ("Monday", "DATE", "2014-09-15"),
            ("Saturday 20 September 2014", "DATE", "2014-09-20"),
            ("00.05 BST", "TIME", "2014-09-20T00:05"),
            ("July 1986", "DATE", "1986-07"),
            ("three years", "DURATION", "P3Y"),
            ("1990", "DATE", "1990"),
            ("14 months", "DURATION", "P14M"),
            ("1993", "DATE", "1993"),
            ("1996", "DATE", "1996"),
            ("1998", "DATE", "1998"),
            ("2005", "DATE", "2005"),
            ("the winter of 2009", "DATE", "2009-WI"),
            ("six months", "DURATION", "P6M"),
            ("Monday", "DATE", "2014-09-15"),
            ("five years", "DURATION", "P5Y"),
            ("January", "DATE", "2015-01"),
            ("under 40 minutes", "DURATION", "PT40M"),
            ("two days", "DURATION", "P2D"),
            ("every summer", "SET", "XXXX-SU"),
            ("a fortnight", "DURATION", "P2W"),
            ("twice a day", "SET", "P1D"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Last year", "DATE", "2013"),
            ("25 years", "DURATION", "P25Y"),
            ("This week", "DATE", "2014-W38"),
            ("the spring", "DATE", "2014-SP"),
            ("Wednesday", "DATE", "2014-09-17"),
            ("The next few years", "DURATION", "PXY"),
            ("3 October", "DATE", "2014-10-03"),
            ("six weeks", "DURATION", "P6W"),
            ("the end of 2015", "DATE", "2015"),
            ("2005", "DATE", "2005"),
            ("7.30pm", "TIME", "2014-09-25T19:30"),
            ("Thursday 25 September", "DATE", "2014-09-25"),
        ],
    ),
    # Sunday 2015-05-10 (ISO week 19), Australian paper's website arts profile, section label,
    # headline ("Forty years on the edge", a DURATION like "Two Weeks After Quake" in
    # gold_blind35), stamp "May 10, 2015 - 12:15AM" (DATE and TIME), byline. Past weekdays:
    # the show "opened" on Friday 2015-05-08, the interview "on Tuesday" 2015-05-05. "next
    # Saturday" in a Sunday paper is the coming Saturday, 2015-05-16 (gold_blind19,
    # gold_blind60), with "at 11am" that day. "this autumn" is the southern autumn under way
    # (March-May 2015), valued in the year it falls in, 2015-FA (gold_blind9, gold_blind60).
    # "most of the 1980s" -> "the 1980s" ("most of" left out, gold_blind36, gold_blind92);
    # "for three years from 1983" P3Y and 1983; "a year after her mother died" an anchored
    # duration P1Y; "last November" 2014-11; "August 16" 2015-08-16 (future). Habits: "every
    # day" P1D, "from 9am until about 2pm, six days a week" XXXX-XX-XXT09:00, XXXX-XX-XXT14:00
    # (modifier kept) and SET P1W, "every evening" XXXX-XX-XXTEV, the gallery "open daily from
    # 10am to 4pm" P1D with its hours (gold_blind103's "from 7 p.m. to 7 a.m. every night").
    # "her partner of 22 years" -> "22 years" ("of" left out, gold_blind60). "next year" 2016,
    # "next month" 2015-06, "another 20 years" P20Y. Not annotated: "a Sunday market" (a kind
    # of market, like "the Saturday Market" in gold_blind44), the show title "Salt and Iron:
    # Kemmer 1975-2015" (a title holding years, like the memoir "Newmarket, May 1967" in
    # gold_blind60), "the lost years" (a name the story gives a period, no value), the ages
    # "19", "In her forties", "60" and "at 80", "Swell No. 12", "$40", "$312,000", "roughly 600
    # canvases", "six rooms", "bellmoregallery.com.au/kemmer40", "(08) 9555 1975".
    "rosalind-kemmer-retrospective": (
        "2015-05-10",
        [
            ("Forty years", "DURATION", "P40Y"),
            ("May 10, 2015", "DATE", "2015-05-10"),
            ("12:15AM", "TIME", "2015-05-10T00:15"),
            ("1975", "DATE", "1975"),
            ("Friday", "DATE", "2015-05-08"),
            ("four decades", "DURATION", "P40Y"),
            ("August 16", "DATE", "2015-08-16"),
            ("Tuesday", "DATE", "2015-05-05"),
            ("2012", "DATE", "2012"),
            ("the late 1970s", "DATE", "197"),
            ("every day", "SET", "P1D"),
            ("this autumn", "DATE", "2015-FA"),
            ("the 1980s", "DATE", "198"),
            ("three years", "DURATION", "P3Y"),
            ("1983", "DATE", "1983"),
            ("1989", "DATE", "1989"),
            ("a year", "DURATION", "P1Y"),
            ("almost five years", "DURATION", "P5Y"),
            ("1999", "DATE", "1999"),
            ("the early 2000s", "DATE", "200"),
            ("last November", "DATE", "2014-11"),
            ("These days", "DATE", "PRESENT_REF"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("about 2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("six days a week", "SET", "P1W"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("22 years", "DURATION", "P22Y"),
            ("next year", "DATE", "2016"),
            ("next Saturday", "DATE", "2015-05-16"),
            ("11am", "TIME", "2015-05-16T11:00"),
            ("daily", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("next month", "DATE", "2015-06"),
            ("another 20 years", "DURATION", "P20Y"),
        ],
    ),
    # Wednesday 2012-10-17 (ISO week 42), US college news release, "NEWS RELEASE", "FOR
    # IMMEDIATE RELEASE" and date line "October 17, 2012", contact line, headline, "CALVERTON,
    # Ohio —" dateline; "today" is the day of the release. The trustees met "on Tuesday
    # afternoon", 2012-10-16TAF. "announced in April" 2012-04 (past); Hale retires "next
    # summer", 2013-SU, before Okafor takes office "on July 1, 2013". "two years after
    # finishing his doctorate" is an anchored duration, P2Y; "the college's first strategic
    # plan in two decades" the period of a "first in", P20Y (gold_blind35); "last spring" in
    # October is the spring of 2012 (gold_blind29, gold_blind60); "four-year", "five-month" and
    # "one-year" adjectival DURATIONs. "next week" 2012-W43. "every fall" XXXX-FA; "every Friday
    # since 2009" XXXX-WXX-5 and 2009; "at 7:30 a.m. on Fridays" XXXX-XX-XXT07:30 and
    # XXXX-WXX-5 (plural weekday, gold_blind7). "doubled in the past decade" a DURATION P10Y
    # ("in" + the time a past change took, gold_blind35). "the fall of 2014" 2014-FA; "Saturday,
    # April 20, 2013" one DATE. Not annotated: "its 14th president" / "the college's 14th
    # president", "the college's 150th commencement" (ordinals of an institution), "During her
    # tenure" (an event-named period, like "the life of the contract" in gold_blind35), "most
    # of his working life", the ages "56" and "at 17", "the Class of 1979" (gold_blind60),
    # "CHEM 210", "614-555-0188", "ralcott@calverton.edu", "18 percent", "2,140", "$310 million",
    # "first-year students" (a cohort, gold_blind101).
    "calverton-college-okafor-president": (
        "2012-10-17",
        [
            ("October 17, 2012", "DATE", "2012-10-17"),
            ("today", "DATE", "2012-10-17"),
            ("2008", "DATE", "2008"),
            ("23 years", "DURATION", "P23Y"),
            ("July 1, 2013", "DATE", "2013-07-01"),
            ("April", "DATE", "2012-04"),
            ("next summer", "DATE", "2013-SU"),
            ("11 years", "DURATION", "P11Y"),
            ("1989", "DATE", "1989"),
            ("two years", "DURATION", "P2Y"),
            ("1974", "DATE", "1974"),
            ("1998", "DATE", "1998"),
            ("2004", "DATE", "2004"),
            ("the fall of 2006", "DATE", "2006-FA"),
            ("two decades", "DURATION", "P20Y"),
            ("four-year", "DURATION", "P4Y"),
            ("last spring", "DATE", "2012-SP"),
            ("five-month", "DURATION", "P5M"),
            ("Tuesday afternoon", "TIME", "2012-10-16TAF"),
            ("the coming months", "DURATION", "PXM"),
            ("next week", "DATE", "2012-W43"),
            ("May 18, 2013", "DATE", "2013-05-18"),
            ("every fall", "SET", "XXXX-FA"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("2009", "DATE", "2009"),
            ("7:30 a.m.", "TIME", "XXXX-XX-XXT07:30"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("2002", "DATE", "2002"),
            ("the past decade", "DURATION", "P10Y"),
            ("the fall of 2014", "DATE", "2014-FA"),
            ("one-year", "DURATION", "P1Y"),
            ("Saturday, April 20, 2013", "DATE", "2013-04-20"),
        ],
    ),
    # Thursday 2015-01-29 (ISO week 5), news-agency wire, "UPDATE 1-" headline ("after 14
    # years"), stamp "Thu Jan 29, 2015 8:41am EST" (the abbreviated weekday checked by hand:
    # Thursday), bullets, "Jan 29 (Reuters) -" dateline. "on Thursday" (twice) is the day of
    # the wire. Future weekdays: Santhanam becomes COO "on Monday" 2015-02-02, the board "meets
    # on Tuesday" 2015-02-03. "June 30" (bullet and lead) 2015-06-30; "this month" 2015-01;
    # "October 2016"; "March 12" 2015-03-12; "last summer" 2014-SU; "at least 18 months" P18M.
    # Brannock's fiscal year ends Sept. 30 and is named by the year it ends (gold_blind20):
    # "whose fiscal year ends Sept. 30" -> "Sept. 30" 2015-09-30, the end of the current fiscal
    # year (gold_blind20's "The fiscal year ends Sept. 30"); the bullet's "Fiscal Q1" one span
    # (gold_blind38's "Fiscal Q3") and "its fiscal first quarter, which ended Dec. 27" FY2015-Q1
    # (October-December 2014, the determiner kept, gold_blind55) plus 2014-12-27; "a year
    # earlier" FY2014-Q1; "fiscal 2015" FY2015; "the next two quarters" P2Q (gold_blind40's
    # "the past five quarters"). "last year" (the shares fell) keeps the calendar value of its
    # wording, 2014 (gold_blind35). "most of the 1990s" -> "the 1990s"; "her first two years
    # there" P2Y (the determiner kept, gold_blind60's "his final years"); "its 87-year history"
    # an adjectival DURATION P87Y (gold_blind7's "11-year history"). "at 8 a.m. ET" the call
    # this morning, 2015-01-29T08:00. Not annotated: the ages "64" (bullet and body) and "46",
    # "in her twenties", "since Lindqvist became CEO" (an event; its year "2001" is annotated),
    # "4.1 pct" / "4.1 percent", "2 pct" / "2 percent", "9 percent", "$2.31 billion", "$3.10 to
    # $3.20", "$71.40", "40 from 115", "Fryday 360" (a product holding a time word and a
    # number), "UPDATE 1".
    "brannock-foods-ceo-succession": (
        "2015-01-29",
        [
            ("14 years", "DURATION", "P14Y"),
            ("Thu Jan 29, 2015", "DATE", "2015-01-29"),
            ("8:41am EST", "TIME", "2015-01-29T08:41"),
            ("June 30", "DATE", "2015-06-30"),
            ("Fiscal Q1", "DATE", "FY2015-Q1"),
            ("Jan 29", "DATE", "2015-01-29"),
            ("Thursday", "DATE", "2015-01-29"),
            ("June 30", "DATE", "2015-06-30"),
            ("14 years", "DURATION", "P14Y"),
            ("this month", "DATE", "2015-01"),
            ("1979", "DATE", "1979"),
            ("the 1990s", "DATE", "199"),
            ("2001", "DATE", "2001"),
            ("October 2016", "DATE", "2016-10"),
            ("2011", "DATE", "2011"),
            ("2007", "DATE", "2007"),
            ("her first two years", "DURATION", "P2Y"),
            ("Monday", "DATE", "2015-02-02"),
            ("last summer", "DATE", "2014-SU"),
            ("at least 18 months", "DURATION", "P18M"),
            ("Sept. 30", "DATE", "2015-09-30"),
            ("its fiscal first quarter", "DATE", "FY2015-Q1"),
            ("Dec. 27", "DATE", "2014-12-27"),
            ("a year earlier", "DATE", "FY2014-Q1"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("Thursday", "DATE", "2015-01-29"),
            ("last year", "DATE", "2014"),
            ("2012", "DATE", "2012"),
            ("8 a.m. ET", "TIME", "2015-01-29T08:00"),
            ("the next two quarters", "DURATION", "P2Q"),
            ("87-year", "DURATION", "P87Y"),
            ("March 12", "DATE", "2015-03-12"),
            ("Tuesday", "DATE", "2015-02-03"),
        ],
    ),
    # Monday 2013-11-04 (ISO week 45), Canadian national paper's website profile, headline
    # ("has played for 50 years ... every morning"), byline, "PORT CASSIAN, N.S." dateline and
    # stamp "Published Monday, Nov. 04 2013, 6:00 AM EST" (DATE with its weekday and TIME).
    # The festival ran "from Wednesday to Saturday", 2013-10-30 to 2013-11-02, "over four days"
    # P4D; "On Saturday night" 2013-11-02TNI, "said on Sunday" 2013-11-03; "its Friday evening
    # concert" names this year's concert, 2013-11-01TEV (a particular evening, not a kind).
    # "the winter of 1963" 1963-WI (the winter of January-February 1963, gold_blind60); "a few
    # weeks short of her 63rd birthday" an anchored vague duration PXW (gold_blind60's "a few
    # weeks after her 74th birthday"); "sold out two months ahead" an anchored duration P2M.
    # "for months" -> "months" PXM; "every Tuesday night" XXXX-WXX-2TNI; "grown every year
    # except 2009" P1Y and 2009. "for an hour each morning, starting at 6:30" PT1H,
    # XXXX-XX-XXTMO and the bare clock numeral XXXX-XX-XXT06:30 (gold_blind81); "on Thursdays"
    # XXXX-WXX-4. "last month" 2013-10; "Next year's gathering" -> "Next year" 2014; "from Oct.
    # 29 to Nov. 1, 2014" 2014-10-29 and 2014-11-01; "over the winter" ahead in November is the
    # winter of 2013-14, which takes the year of its January, 2014-WI (gold_blind10,
    # gold_blind103); "late January" 2014-01; "the 2014 gathering" 2014; "Dec. 1" 2013-12-01.
    # "Fifty years is a long time" P50Y. Not annotated: the ages "12", "In her twenties" and
    # "34", "her 63rd birthday" and "the 25th Cassian Fiddle Gathering" (ordinals), "for the
    # first time" (an idiom, gold_blind35), "since then" (anaphoric), "Before then"
    # (anaphoric), "$600", "11 fiddlers", "about 4,000 people", "by half", "three albums",
    # "cassianfiddle.ca", "902-555-0125".
    "maureen-devaux-fiddle-gathering": (
        "2013-11-04",
        [
            ("50 years", "DURATION", "P50Y"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Monday, Nov. 04 2013", "DATE", "2013-11-04"),
            ("6:00 AM EST", "TIME", "2013-11-04T06:00"),
            ("the winter of 1963", "DATE", "1963-WI"),
            ("Saturday night", "TIME", "2013-11-02TNI"),
            ("a few weeks", "DURATION", "PXW"),
            ("Sunday", "DATE", "2013-11-03"),
            ("1989", "DATE", "1989"),
            ("This year", "DATE", "2013"),
            ("four days", "DURATION", "P4D"),
            ("Wednesday", "DATE", "2013-10-30"),
            ("Saturday", "DATE", "2013-11-02"),
            ("Friday evening", "TIME", "2013-11-01TEV"),
            ("two months", "DURATION", "P2M"),
            ("1974", "DATE", "1974"),
            ("1975", "DATE", "1975"),
            ("the 1980s", "DATE", "198"),
            ("31 years", "DURATION", "P31Y"),
            ("June 2011", "DATE", "2011-06"),
            ("The 1990s", "DATE", "199"),
            ("1993", "DATE", "1993"),
            ("1997", "DATE", "1997"),
            ("months", "DURATION", "PXM"),
            ("every Tuesday night", "SET", "XXXX-WXX-2TNI"),
            ("1998", "DATE", "1998"),
            ("every year", "SET", "P1Y"),
            ("2009", "DATE", "2009"),
            ("an hour", "DURATION", "PT1H"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("6:30", "TIME", "XXXX-XX-XXT06:30"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("last month", "DATE", "2013-10"),
            ("Next year", "DATE", "2014"),
            ("Oct. 29", "DATE", "2014-10-29"),
            ("Nov. 1, 2014", "DATE", "2014-11-01"),
            ("1988", "DATE", "1988"),
            ("the winter", "DATE", "2014-WI"),
            ("late January", "DATE", "2014-01"),
            ("Fifty years", "DURATION", "P50Y"),
            ("2014", "DATE", "2014"),
            ("Dec. 1", "DATE", "2013-12-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
