"""Annotations of the blind gold set 514, chosen by hand before the tagger ran.

    python tests/data/gold_blind514/annotate.py [--show]

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
    # Monday 2012-10-15 (ISO week 42), AFP-style election-count wire, headline ("16-year
    # rule"), "VARNICA, Oct 15 (AFP) -" dateline (the publication day), AFP slug line. Polling
    # day was Sunday 2012-10-14 ("Sunday's ... election", "late Sunday" DATE like gold_blind45,
    # the opening "7:00 am (0400 GMT) on Sunday" 2012-10-14T07:00 and T04:00, Belastra at UTC+3,
    # two TIMEX3 with the zone in the span and not in the value, the closing "9:00 pm" that day,
    # the claim "at 11:40 pm on Sunday", the hotline's calls "on Sunday"); "Saturday" (the
    # campaign silence) 2012-10-13. "showed on Monday", "Today" (quote said "on Monday
    # morning", 2012-10-15TMO) and "by Monday afternoon" 2012-10-15TAF are the publication day;
    # "by 1100 GMT" 2012-10-15T11:00. Future: "Wednesday" 2012-10-17, "3:00 pm on Tuesday"
    # 2012-10-16T15:00, "October 29" 2012-10-29. "We counted through the night" -> "the night"
    # Sunday's, 2012-10-14TNI, "through tonight" 2012-10-15TNI. "16-year" and "16 years" P16Y;
    # "within two weeks" P2W; "the end of the year" 2012; "four years ago" 2008 (the unit's
    # granularity, gold_blind45) and "in 2008"; "an hour later than in 2008" -> "an hour" PT1H,
    # the size of a shift (gold_blind35, gold_blind45); "the spring of 2013" 2013-SP; "last
    # winter" said in October 2012 is the winter of 2011-12, 2012-WI (a winter takes the year of
    # its January, gold_blind10, gold_blind103); "every Sunday" SET XXXX-WXX-7 and "three
    # months" P3M; "one-day" P1D; "March 2009"; "the 2013 budget" -> "2013" (an adjectival
    # year, gold_blind54); "September 3" 2012-09-03; "the end of the first quarter" -> 2013-Q1,
    # the next first quarter (the modifier not recorded, like "the end of the month");
    # "within 30 days" P30D; "five years" P5Y; "the 1990s" 199; "every hour" SET PT1H. Not
    # annotated: "www.cec-belastra.org/2012/results" (a URL), the hotline "1996" (beside the
    # annotated "1996"), "the day of the campaign silence" (beyond "Saturday"), "140-seat",
    # "1.4-billion-euro", "82 percent" and the other percentages, ages "51", "68", "4,000".
    "belastra-opposition-leads-count": (
        "2012-10-15",
        [
            ("16-year", "DURATION", "P16Y"),
            ("Oct 15", "DATE", "2012-10-15"),
            ("Sunday", "DATE", "2012-10-14"),
            ("Monday", "DATE", "2012-10-15"),
            ("16 years", "DURATION", "P16Y"),
            ("1100 GMT", "TIME", "2012-10-15T11:00"),
            ("Wednesday", "DATE", "2012-10-17"),
            ("October 29", "DATE", "2012-10-29"),
            ("the night", "TIME", "2012-10-14TNI"),
            ("tonight", "TIME", "2012-10-15TNI"),
            ("11:40 pm", "TIME", "2012-10-14T23:40"),
            ("Sunday", "DATE", "2012-10-14"),
            ("Today", "DATE", "2012-10-15"),
            ("Monday morning", "TIME", "2012-10-15TMO"),
            ("two weeks", "DURATION", "P2W"),
            ("the end of the year", "DATE", "2012"),
            ("1996", "DATE", "1996"),
            ("Monday afternoon", "TIME", "2012-10-15TAF"),
            ("late Sunday", "DATE", "2012-10-14"),
            ("Saturday", "DATE", "2012-10-13"),
            ("four years ago", "DATE", "2008"),
            ("7:00 am", "TIME", "2012-10-14T07:00"),
            ("0400 GMT", "TIME", "2012-10-14T04:00"),
            ("Sunday", "DATE", "2012-10-14"),
            ("9:00 pm", "TIME", "2012-10-14T21:00"),
            ("an hour", "DURATION", "PT1H"),
            ("2008", "DATE", "2008"),
            ("3:00 pm", "TIME", "2012-10-16T15:00"),
            ("Tuesday", "DATE", "2012-10-16"),
            ("the spring of 2013", "DATE", "2013-SP"),
            ("last winter", "DATE", "2012-WI"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("three months", "DURATION", "P3M"),
            ("Monday", "DATE", "2012-10-15"),
            ("one-day", "DURATION", "P1D"),
            ("March 2009", "DATE", "2009-03"),
            ("2013", "DATE", "2013"),
            ("September 3", "DATE", "2012-09-03"),
            ("the end of the first quarter", "DATE", "2013-Q1"),
            ("30 days", "DURATION", "P30D"),
            ("2001", "DATE", "2001"),
            ("five years", "DURATION", "P5Y"),
            ("the 1990s", "DATE", "199"),
            ("every hour", "SET", "PT1H"),
            ("Sunday", "DATE", "2012-10-14"),
        ],
    ),
    # Saturday 2013-09-28 (ISO week 39), AFP-style disaster update ("UPDATE 2" and an
    # "(Updates toll, ...)" line, neither annotated), byline, "SHIRABAD, Sept 28 (AFP) -"
    # dateline. The quake struck on Thursday 2013-09-26 "at 4:52 pm local time (1152 GMT)",
    # Qalvar at UTC+5: 2013-09-26T16:52 and T11:52, the zones in the spans. "more than 40
    # hours" PT40H (how long the search has run); "the next 24 hours" PT24H after the quake;
    # the aftershock "at 3:10 am on Friday" 2013-09-27T03:10; "The first 72 hours" an ordinal
    # period of an event, DURATION PT72H (like "The first week" P1W in gold_blind35); "until
    # Sunday morning" 2013-09-29TMO (future); "late Friday" DATE 2013-09-27; "twice a day" SET
    # P1D ("since the quake" is event-named and left out). "Friday afternoon" 2013-09-27TAF and
    # "that evening" the evening of that Friday, 2013-09-27TEV (a narrative anchor, like "that
    # night" in gold_blind47); "three days" of mourning P3D "from Saturday" 2013-09-28; "before
    # the winter" the winter ahead, 2013-14, 2014-WI (gold_blind103's "The winter ahead");
    # "mid-November" 2013-11; "At dawn on Saturday" -> "dawn" TIME 2013-09-28TMO (gold_blind26,
    # gold_blind53, gold_blind54) and "Saturday"; "61 hours" PT61H (anchored on the quake);
    # "built in 1978"; "next year" 2014; "a 2011 programme" -> "2011"; "at noon on Friday"
    # 2013-09-27T12:00; "since Thursday evening" 2013-09-26TEV; "up to 14 hours" PT14H; the UN
    # team "on Sunday" 2013-09-29 (future), the fund "on Friday" (past). "August 21, 1997" and
    # "the next day" anchored on it, 1997-08-22 (gold_blind54); "about every 30 years" SET P30Y
    # (the modifier kept, like "almost every day" in gold_blind35); "for years" -> "years"
    # PXY; "before the 1990s" -> "the 1990s" 199. Not annotated: "UPDATE 2", the hotline
    # "1997" (beside the annotated "August 21, 1997", like "hotline, 1916" in gold_blind28),
    # magnitudes "6.9", "5.4", "6.1", "14 kilometres (nine miles)", "600 kilometres (370
    # miles)", "Highway 7", "seven-year-old", "$2 million", the tolls "212", "158", "1,870",
    # "9,000", "More than 40 aftershocks", "30 villages", "1,000", "After that" (anaphoric).
    "qalvar-quake-toll-update": (
        "2013-09-28",
        [
            ("Sept 28", "DATE", "2013-09-28"),
            ("Thursday", "DATE", "2013-09-26"),
            ("Saturday", "DATE", "2013-09-28"),
            ("more than 40 hours", "DURATION", "PT40H"),
            ("4:52 pm local time", "TIME", "2013-09-26T16:52"),
            ("1152 GMT", "TIME", "2013-09-26T11:52"),
            ("Thursday", "DATE", "2013-09-26"),
            ("the next 24 hours", "DURATION", "PT24H"),
            ("3:10 am", "TIME", "2013-09-27T03:10"),
            ("Friday", "DATE", "2013-09-27"),
            ("The first 72 hours", "DURATION", "PT72H"),
            ("Sunday morning", "TIME", "2013-09-29TMO"),
            ("late Friday", "DATE", "2013-09-27"),
            ("twice a day", "SET", "P1D"),
            ("Friday afternoon", "TIME", "2013-09-27TAF"),
            ("that evening", "TIME", "2013-09-27TEV"),
            ("three days", "DURATION", "P3D"),
            ("Saturday", "DATE", "2013-09-28"),
            ("the winter", "DATE", "2014-WI"),
            ("mid-November", "DATE", "2013-11"),
            ("dawn", "TIME", "2013-09-28TMO"),
            ("Saturday", "DATE", "2013-09-28"),
            ("61 hours", "DURATION", "PT61H"),
            ("1978", "DATE", "1978"),
            ("next year", "DATE", "2014"),
            ("2011", "DATE", "2011"),
            ("noon", "TIME", "2013-09-27T12:00"),
            ("Friday", "DATE", "2013-09-27"),
            ("Thursday evening", "TIME", "2013-09-26TEV"),
            ("up to 14 hours", "DURATION", "PT14H"),
            ("Sunday", "DATE", "2013-09-29"),
            ("Friday", "DATE", "2013-09-27"),
            ("August 21, 1997", "DATE", "1997-08-21"),
            ("the next day", "DATE", "1997-08-22"),
            ("about every 30 years", "SET", "P30Y"),
            ("years", "DURATION", "PXY"),
            ("the 1990s", "DATE", "199"),
        ],
    ),
    # Tuesday 2014-05-13 (ISO week 20), AFP-style diplomacy wire, headline ("in June"),
    # "GENEVA, May 13 (AFP) -" dateline. "agreed on Tuesday" the publication day; "next month"
    # and the headline's "June" 2014-06; "two days" P2D; "the 2009 war" -> "2009". "almost nine
    # hours on Monday" PT9H and 2014-05-12; "another five hours on Tuesday" PT5H (like "another
    # year" P1Y in gold_blind54); "at 6:30 pm (1630 GMT)", Geneva at UTC+2 in May,
    # 2014-05-13T18:30 and T16:30. "June 10" 2014-06-10 and "up to a week" P1W; "the end of the
    # month" 2014-05; "every Monday at 9:00 am" -> SET XXXX-WXX-1 and TIME XXXX-XX-XXT09:00 (the
    # hour of a recurring test on no particular day, gold_blind45, gold_blind54); "a week ago"
    # the ISO week before, 2014-W19 (gold_blind16, gold_blind32); "Sunday evening" 2014-05-11TEV
    # (past); "within days" -> "days" PXD; "March 4, 2010"; "in January" 2014-01 and "three
    # days" P3D; "April 27" 2014-04-27; "twice a week" SET P1W; "seven-week" P7W; "the summer
    # of 2009" 2009-SU; "a 1921 treaty" -> "1921" (an adjectival year); "on Thursday"
    # 2014-05-15 (future, "is due to"); "June 30" 2014-06-30; "the 2014/15 financial year" of a
    # UN mission, July-June, named by the year it ends, FY2015 (gold_blind21, gold_blind72), and
    # "July 1" 2014-07-01; "for weeks" -> "weeks" PXW; "last Friday" 2014-05-09 (gold_blind54);
    # "before the winter" the winter ahead, 2014-15, 2015-WI; "in the autumn" 2014-FA. Not
    # annotated: "Hill 1921" (a hill named by its height, before the annotated "1921"), "four
    # times", "48 detainees", "more than 200 times", "3,400", "two soldiers", the slug line.
    "selvania-mirovia-geneva-talks": (
        "2014-05-13",
        [
            ("June", "DATE", "2014-06"),
            ("May 13", "DATE", "2014-05-13"),
            ("Tuesday", "DATE", "2014-05-13"),
            ("next month", "DATE", "2014-06"),
            ("two days", "DURATION", "P2D"),
            ("2009", "DATE", "2009"),
            ("almost nine hours", "DURATION", "PT9H"),
            ("Monday", "DATE", "2014-05-12"),
            ("another five hours", "DURATION", "PT5H"),
            ("Tuesday", "DATE", "2014-05-13"),
            ("6:30 pm", "TIME", "2014-05-13T18:30"),
            ("1630 GMT", "TIME", "2014-05-13T16:30"),
            ("June 10", "DATE", "2014-06-10"),
            ("up to a week", "DURATION", "P1W"),
            ("the end of the month", "DATE", "2014-05"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("9:00 am", "TIME", "XXXX-XX-XXT09:00"),
            ("a week ago", "DATE", "2014-W19"),
            ("Sunday evening", "TIME", "2014-05-11TEV"),
            ("days", "DURATION", "PXD"),
            ("March 4, 2010", "DATE", "2010-03-04"),
            ("January", "DATE", "2014-01"),
            ("three days", "DURATION", "P3D"),
            ("April 27", "DATE", "2014-04-27"),
            ("twice a week", "SET", "P1W"),
            ("seven-week", "DURATION", "P7W"),
            ("the summer of 2009", "DATE", "2009-SU"),
            ("1921", "DATE", "1921"),
            ("Thursday", "DATE", "2014-05-15"),
            ("June 30", "DATE", "2014-06-30"),
            ("the 2014/15 financial year", "DATE", "FY2015"),
            ("July 1", "DATE", "2014-07-01"),
            ("weeks", "DURATION", "PXW"),
            ("last Friday", "DATE", "2014-05-09"),
            ("the winter", "DATE", "2015-WI"),
            ("the autumn", "DATE", "2014-FA"),
        ],
    ),
    # Friday 2015-03-27 (ISO week 13), AFP-style summit wire, headline ("2018 free-trade
    # target"), "AMBOLA, March 27 (AFP) -" dateline. "agreed on Friday" the publication day;
    # "January 2018"; "two-day" P2D; "twice a year" and "annually" SET P1Y (frequencies keep
    # the period, gold_blind54's "every two years ... rather than annually"); "2:15 pm (1215
    # GMT)", Naruvia at UTC+2, 2015-03-27T14:15 and T12:15; "until almost 3:00 am" -> the small
    # hours of Friday after Thursday's talks, 2015-03-27T03:00, the modifier in the span; "the
    # end of June" 2015-06; "For 21 years" P21Y (the bloc was founded in 1994); "Now"
    # PRESENT_REF; "Thursday morning" 2015-03-26TMO and "a day late" -> "a day" P1D, the size
    # of a delay (gold_blind45's "two weeks late"); "Wednesday night" 2015-03-25TNI; "Friday
    # morning" 2015-03-27TMO; "the next three years" P3Y; "July 1" 2015-07-01; "the end of
    # 2020" 2020; "next year" 2016; "the second half of the year" 2015-H2; "two days from
    # November 19" P2D and 2015-11-19; "the 2015-16 financial year, which begins on April 1"
    # FY2016 (an April-March year named by the year it ends, gold_blind72) and 2015-04-01;
    # "within five years" P5Y; "in January" 2015-01 (past); "this year" 2015; "2014", "2005",
    # "2010"; "three years ago" 2012; "last October" 2014-10; "a minute's silence" -> "a minute"
    # PT1M (gold_blind54); "March 9" 2015-03-09; "by Christmas" 2015-12-25; "every month" SET
    # P1M; "April 22" 2015-04-22. Not annotated: "Horizon 2030" (a plan's name, in a story with
    # no 2030), "12-nation", "14 main border crossings", "around the clock", "8 percent", "4.1
    # percent", "5.3 percent", "61 sailors", "Two heads of state", "until the zone is launched".
    "littoral-community-ambola-summit": (
        "2015-03-27",
        [
            ("2018", "DATE", "2018"),
            ("March 27", "DATE", "2015-03-27"),
            ("Friday", "DATE", "2015-03-27"),
            ("January 2018", "DATE", "2018-01"),
            ("two-day", "DURATION", "P2D"),
            ("twice a year", "SET", "P1Y"),
            ("annually", "SET", "P1Y"),
            ("2:15 pm", "TIME", "2015-03-27T14:15"),
            ("1215 GMT", "TIME", "2015-03-27T12:15"),
            ("almost 3:00 am", "TIME", "2015-03-27T03:00"),
            ("the end of June", "DATE", "2015-06"),
            ("21 years", "DURATION", "P21Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Thursday morning", "TIME", "2015-03-26TMO"),
            ("a day", "DURATION", "P1D"),
            ("Wednesday night", "TIME", "2015-03-25TNI"),
            ("Friday morning", "TIME", "2015-03-27TMO"),
            ("the next three years", "DURATION", "P3Y"),
            ("July 1", "DATE", "2015-07-01"),
            ("the end of 2020", "DATE", "2020"),
            ("next year", "DATE", "2016"),
            ("1994", "DATE", "1994"),
            ("the second half of the year", "DATE", "2015-H2"),
            ("two days", "DURATION", "P2D"),
            ("November 19", "DATE", "2015-11-19"),
            ("the 2015-16 financial year", "DATE", "FY2016"),
            ("April 1", "DATE", "2015-04-01"),
            ("five years", "DURATION", "P5Y"),
            ("January", "DATE", "2015-01"),
            ("this year", "DATE", "2015"),
            ("2014", "DATE", "2014"),
            ("2005", "DATE", "2005"),
            ("2010", "DATE", "2010"),
            ("three years ago", "DATE", "2012"),
            ("last October", "DATE", "2014-10"),
            ("a minute", "DURATION", "PT1M"),
            ("March 9", "DATE", "2015-03-09"),
            ("Christmas", "DATE", "2015-12-25"),
            ("every month", "SET", "P1M"),
            ("April 22", "DATE", "2015-04-22"),
        ],
    ),
    # Sunday 2012-07-22 (ISO week 29), AFP-style conflict wire, headline, byline, "BRASNO,
    # Halvoria, July 22 (AFP) -" dateline. "on Sunday" the publication day; "hours after" ->
    # "hours" PTXH (gold_blind54); "72-hour" PT72H; the truce "at 6:00 am on Thursday"
    # 2012-07-19T06:00 "until 6:00 am on Sunday" 2012-07-22T06:00, the shells "at about 4:30
    # am" that Sunday; "since Saturday night" 2012-07-21TNI; the nurse's "until six o'clock"
    # the same end of the truce, 2012-07-22T06:00; "three days" P3D; "Now" PRESENT_REF; the
    # convoy "on Friday" 2012-07-20 "for the first time in three weeks" -> "three weeks" P3W
    # (the period of a "first in", gold_blind45, gold_blind103); "planned for Monday" the next
    # Monday, 2012-07-23; "days after" -> "days" PXD; "Ramadan, which began ... on Friday" ->
    # "Ramadan" and "the holy month" DATE 2012, the smallest calendar unit holding 20 July-18
    # August (gold_blind79), "Friday" 2012-07-20; "March 2011"; "in 16 months" P16M; the curfew
    # "from 8:00 pm to 6:00 am every night" -> XXXX-XX-XXT20:00, XXXX-XX-XXT06:00 and SET
    # XXXX-XX-XXTNI (gold_blind28, gold_blind54), "since April" 2012-04; "founded in 2004";
    # "said on Saturday" 2012-07-21; "last week" 2012-W28; "the end of July" 2012-07; "on
    # Wednesday" 2012-07-25 (future); "July 12" 2012-07-12; "another 90 days" P90D; "due in
    # 2013" -> "2013"; "early May" 2012-05; "two-week" P2W. Not annotated: "T-72 tanks" (a
    # model number, in a story with "72-hour"), "day by day" (an idiom in a quote), "on time",
    # "for the first time", "dozens of times", "as long as", ages "34", "47", "14 civilians",
    # "20,000", "2,300", "60,000", "a third", "five neighbouring states".
    "halvoria-brasno-truce-collapses": (
        "2012-07-22",
        [
            ("July 22", "DATE", "2012-07-22"),
            ("Sunday", "DATE", "2012-07-22"),
            ("hours", "DURATION", "PTXH"),
            ("72-hour", "DURATION", "PT72H"),
            ("6:00 am", "TIME", "2012-07-19T06:00"),
            ("Thursday", "DATE", "2012-07-19"),
            ("6:00 am", "TIME", "2012-07-22T06:00"),
            ("Sunday", "DATE", "2012-07-22"),
            ("about 4:30 am", "TIME", "2012-07-22T04:30"),
            ("Saturday night", "TIME", "2012-07-21TNI"),
            ("six o'clock", "TIME", "2012-07-22T06:00"),
            ("three days", "DURATION", "P3D"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Friday", "DATE", "2012-07-20"),
            ("three weeks", "DURATION", "P3W"),
            ("Monday", "DATE", "2012-07-23"),
            ("days", "DURATION", "PXD"),
            ("Ramadan", "DATE", "2012"),
            ("Friday", "DATE", "2012-07-20"),
            ("the holy month", "DATE", "2012"),
            ("March 2011", "DATE", "2011-03"),
            ("16 months", "DURATION", "P16M"),
            ("8:00 pm", "TIME", "XXXX-XX-XXT20:00"),
            ("6:00 am", "TIME", "XXXX-XX-XXT06:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("April", "DATE", "2012-04"),
            ("2004", "DATE", "2004"),
            ("Saturday", "DATE", "2012-07-21"),
            ("last week", "DATE", "2012-W28"),
            ("the end of July", "DATE", "2012-07"),
            ("Wednesday", "DATE", "2012-07-25"),
            ("July 12", "DATE", "2012-07-12"),
            ("another 90 days", "DURATION", "P90D"),
            ("2013", "DATE", "2013"),
            ("early May", "DATE", "2012-05"),
            ("two-week", "DURATION", "P2W"),
        ],
    ),
    # Thursday 2014-10-30 (ISO week 44), AFP-style chronology ("CHRONOLOGY -" headline), "TARGOVA,
    # Oct 30 (AFP) -" dateline, a dated list, box headings "THIS YEAR", "WHAT THE DEAL SAYS",
    # "WHAT NEXT". The signing "on Saturday" 2014-11-01 (lead and the "Nov 1" line); "19-year"
    # P19Y (headline and lead). Each line's bare date takes the year of its line or heading
    # (gold_blind58): "1995: ... on December 2" 1995-12-02; "1999-2001" two DATEs, a year range
    # at its ends (gold_blind58, gold_blind103), and "three years" P3Y; "June 2004" and "five
    # months" P5M; "2008: ... in the spring ... in September" 2008-SP and 2008-09; "2011: On New
    # Year's Eve" 2011-12-31; "2013: ... in January ... on March 8 ... that summer" 2013-01,
    # 2013-03-08, 2013-SU (a narrative anchor on the line's year). The heading "THIS YEAR" is
    # DATE 2014, and the dates under it 2014: "Feb 5" 2014-02-05 and "two weeks later" the ISO
    # week two weeks on, 2014-W08 (gold_blind28, gold_blind58); "April 14"; "every week" SET
    # P1W ("from then on" anaphoric, left out); "Aug 15" and "at 6:00 am" 2014-08-15T06:00
    # ("since" alone left out); "September 21" 2014-09-21; "Oct 28" with "4:20 am"
    # 2014-10-28T04:20, "almost 20 hours" PT20H and "that evening" 2014-10-28TEV; "Nov 1" with
    # "10:00 am (0800 GMT)" (Nardesh at UTC+2) 2014-11-01T10:00 and T08:00. The deal: "six
    # months" P6M, "30 days" P30D, "18 months" P18M, "two years" P2Y, "the end of 2016" 2016,
    # "monthly" SET P1M (a recurrence of meetings). "next week" 2014-W45; "the first quarter of
    # next year" one span, 2015-Q1. Not annotated: "Block 16" and "Block 2016" (oil blocks, in a
    # story with "the end of 2016"), "12,000", "5,000", "41", "nine soldiers", "6,000", "20
    # percent", the headings without a time, the slug line.
    "nardesh-kalvar-peace-chronology": (
        "2014-10-30",
        [
            ("19-year", "DURATION", "P19Y"),
            ("Oct 30", "DATE", "2014-10-30"),
            ("Saturday", "DATE", "2014-11-01"),
            ("19-year", "DURATION", "P19Y"),
            ("1995", "DATE", "1995"),
            ("December 2", "DATE", "1995-12-02"),
            ("1999", "DATE", "1999"),
            ("2001", "DATE", "2001"),
            ("three years", "DURATION", "P3Y"),
            ("June 2004", "DATE", "2004-06"),
            ("five months", "DURATION", "P5M"),
            ("2008", "DATE", "2008"),
            ("the spring", "DATE", "2008-SP"),
            ("September", "DATE", "2008-09"),
            ("2011", "DATE", "2011"),
            ("New Year's Eve", "DATE", "2011-12-31"),
            ("2013", "DATE", "2013"),
            ("January", "DATE", "2013-01"),
            ("March 8", "DATE", "2013-03-08"),
            ("that summer", "DATE", "2013-SU"),
            ("THIS YEAR", "DATE", "2014"),
            ("Feb 5", "DATE", "2014-02-05"),
            ("two weeks later", "DATE", "2014-W08"),
            ("April 14", "DATE", "2014-04-14"),
            ("every week", "SET", "P1W"),
            ("Aug 15", "DATE", "2014-08-15"),
            ("6:00 am", "TIME", "2014-08-15T06:00"),
            ("September 21", "DATE", "2014-09-21"),
            ("Oct 28", "DATE", "2014-10-28"),
            ("4:20 am", "TIME", "2014-10-28T04:20"),
            ("almost 20 hours", "DURATION", "PT20H"),
            ("that evening", "TIME", "2014-10-28TEV"),
            ("Nov 1", "DATE", "2014-11-01"),
            ("10:00 am", "TIME", "2014-11-01T10:00"),
            ("0800 GMT", "TIME", "2014-11-01T08:00"),
            ("Saturday", "DATE", "2014-11-01"),
            ("six months", "DURATION", "P6M"),
            ("30 days", "DURATION", "P30D"),
            ("18 months", "DURATION", "P18M"),
            ("two years", "DURATION", "P2Y"),
            ("the end of 2016", "DATE", "2016"),
            ("monthly", "SET", "P1M"),
            ("next week", "DATE", "2014-W45"),
            ("the first quarter of next year", "DATE", "2015-Q1"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
