"""Annotations of the three-hundred-and-eighty-fourth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind384/annotate.py [--show]

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
    # Monday 2012-10-29 (ISO week 44), Spanish agency's English wire from Brazil, section label,
    # headline ("ending 16 years", DURATION P16Y), "Serra Alta (Brazil), Oct 29 (EFE).-"
    # dateline (the publication day), sign-off "mq/cl". The runoff was "held on Sunday"
    # 2012-10-28; the count was "released late on Sunday" -> "Sunday" alone, DATE 2012-10-28:
    # "late" is cut off from the weekday by the preposition and stays out with it (see
    # README). Minas Gerais was on summer time (UTC-2) from 21 October 2012, so "5 pm (1900
    # GMT)" are two TIMEs of one instant, 2012-10-28T17:00 and T19:00 (gold_blind28); "9 pm"
    # the same day ("shortly before" a signal like "shortly after" in gold_blind28). The quoted
    # "Tonight" is the night of the speech, 2012-10-28TNI; "that evening" the runoff evening
    # 2012-10-28TEV (the paragraph follows the count, so the narrative's last date is the
    # runoff day); "until 2 am" after that evening is 2 am of Monday, 2012-10-29T02:00. "7
    # October" 2012-10-07 and "the next day" after it 2012-10-08 (gold_blind32, gold_blind40).
    # "Monday morning" is the publication day's, 2012-10-29TMO. Future: "1 January" 2013-01-01,
    # "31 December" 2012-12-31, "next week" 2012-W45, "Wednesday" 2012-10-31, "Thursday"
    # 2012-11-01 with "10 am" that day, "Friday" and "All Souls' Day" both 2012-11-02 (two
    # DATEs like "Monday is Family Day", gold_blind103). The alcohol ban "from 6 pm on Saturday
    # until 6 pm on Sunday": 2012-10-27T18:00, 2012-10-27, 2012-10-28T18:00, 2012-10-28. "the
    # weekend" just past in a Monday wire 2012-W43-WE (gold_blind28). "three weeks earlier"
    # after the runoff takes the unit's granularity, the ISO week of 7 October, 2012-W40
    # (gold_blind28's "two weeks later"). "48 hours before the vote" -> "48 hours" PT48H, an
    # anchored duration; "60 days" P60D; "four-year" P4Y; "her first 100 days" P100D (like "its
    # first 100 days", gold_blind14); "two centuries" P200Y; "every month" SET P1M. Not
    # annotated: "since then" (anaphoric), "the first round" (twice, an event), "Avenida 7 de
    # Setembro" (a street named after a date), ballot number "40", "BR-040", "0800 720 2012" (a
    # phone number holding 2012), ages "47", "61", "68", "aged 18 to 70", "two consecutive
    # terms", percentages, "612,000", "740,000", "3,200 jobs", "2.80 reais", "240 kilometres",
    # "(EFE)", "POLITICS".
    "serra-alta-mayoral-runoff": (
        "2012-10-29",
        [
            ("16 years", "DURATION", "P16Y"),
            ("Oct 29", "DATE", "2012-10-29"),
            ("Sunday", "DATE", "2012-10-28"),
            ("Sunday", "DATE", "2012-10-28"),
            ("1996", "DATE", "1996"),
            ("5 pm", "TIME", "2012-10-28T17:00"),
            ("1900 GMT", "TIME", "2012-10-28T19:00"),
            ("9 pm", "TIME", "2012-10-28T21:00"),
            ("Tonight", "TIME", "2012-10-28TNI"),
            ("that evening", "TIME", "2012-10-28TEV"),
            ("2 am", "TIME", "2012-10-29T02:00"),
            ("7 October", "DATE", "2012-10-07"),
            ("the next day", "DATE", "2012-10-08"),
            ("Monday morning", "TIME", "2012-10-29TMO"),
            ("1 January", "DATE", "2013-01-01"),
            ("four-year", "DURATION", "P4Y"),
            ("31 December", "DATE", "2012-12-31"),
            ("three weeks earlier", "DATE", "2012-W40"),
            ("60 days", "DURATION", "P60D"),
            ("48 hours", "DURATION", "PT48H"),
            ("6 pm", "TIME", "2012-10-27T18:00"),
            ("Saturday", "DATE", "2012-10-27"),
            ("6 pm", "TIME", "2012-10-28T18:00"),
            ("Sunday", "DATE", "2012-10-28"),
            ("the weekend", "DATE", "2012-W43-WE"),
            ("2008", "DATE", "2008"),
            ("every month", "SET", "P1M"),
            ("her first 100 days", "DURATION", "P100D"),
            ("next week", "DATE", "2012-W45"),
            ("Wednesday", "DATE", "2012-10-31"),
            ("Friday", "DATE", "2012-11-02"),
            ("All Souls' Day", "DATE", "2012-11-02"),
            ("Thursday", "DATE", "2012-11-01"),
            ("10 am", "TIME", "2012-11-01T10:00"),
            ("1789", "DATE", "1789"),
            ("two centuries", "DURATION", "P200Y"),
            ("2011", "DATE", "2011"),
        ],
    ),
    # Wednesday 2013-03-13 (ISO week 11), French agency's English wire, headline ("since
    # November" 2012-11), "LISBON, March 13, 2013 (AFP) -" dateline (one DATE span), sign-off
    # "amc/hmw/jmc". Portugal is on GMT in March, so "8:00 am (0800 GMT)" are two TIMEs with the
    # same value. The strike is "on Wednesday", the publication day; "24-hour" PT24H; "the second
    # nationwide stoppage in four months" -> "four months" P4M (the period of a count, like "the
    # third time in two weeks", gold_blind103). "late Tuesday" one DATE span 2013-03-12
    # (gold_blind14, gold_blind28); "Tuesday evening" 2013-03-12TEV. "in the morning" -> "the
    # morning" of the strike day, 2013-03-13TMO; "for two years" (quote) P2Y; "two days after the
    # government unveiled" -> "two days" P2D (an anchored duration, gold_blind28); "this year's
    # deficit target" -> "this year" 2013. "last week" 2013-W10 and "the previous week" after
    # it 2013-W09 (gold_blind78); "three-day" P3D; "48 hours" PT48H. "on Friday" 2013-03-15
    # (ahead); "their quarterly review" SET P3M (an adjective naming a recurrence, gold_blind35,
    # gold_blind51); "about two weeks" P2W (generic, still a DURATION, gold_blind28). "29
    # November" 2012-11-29 (past); "the 1974 revolution" -> "1974" (an adjectival year,
    # gold_blind28); "2011", "2012" and "the fourth quarter of 2012" 2012-Q4; "since January"
    # 2013-01. Tonight's march: "6:00 pm" 2013-03-13T18:00, "this evening" 2013-03-13TEV;
    # trains "from 6:00 am on Thursday" 2013-03-14T06:00 and 2013-03-14, "until midday" the same
    # Thursday, T12:00 (like "noon", gold_blind87). "before Easter" 2013-03-31; "every Monday and
    # Friday" two SETs, "every Monday" XXXX-WXX-1 and "Friday" XXXX-WXX-5 (gold_blind22), with
    # "the end of April" 2013-04 (gold_blind35). The nurse's picket "at 5:30 am" on the strike
    # day; "For 18 months" P18M. Not annotated: "the 25 de Abril bridge" (a name holding a
    # date), "Decree-Law 36/2013" (a decree number), "78-billion-euro", "800 million euros",
    # "1,350 euros", "5.5 percent" and the other percentages, "112 of its 340", "nine of ... 55
    # stations", ages "58" and "34", "as many times as it takes", "Night-shift" (an adjective
    # naming a kind of worker), "The last general strike" (beyond "29 November"), "(AFP)".
    "portugal-general-strike-austerity": (
        "2013-03-13",
        [
            ("November", "DATE", "2012-11"),
            ("March 13, 2013", "DATE", "2013-03-13"),
            ("Wednesday", "DATE", "2013-03-13"),
            ("24-hour", "DURATION", "PT24H"),
            ("four months", "DURATION", "P4M"),
            ("late Tuesday", "DATE", "2013-03-12"),
            ("8:00 am", "TIME", "2013-03-13T08:00"),
            ("0800 GMT", "TIME", "2013-03-13T08:00"),
            ("more than two hours", "DURATION", "PT2H"),
            ("the morning", "TIME", "2013-03-13TMO"),
            ("two years", "DURATION", "P2Y"),
            ("19 February", "DATE", "2013-02-19"),
            ("two days", "DURATION", "P2D"),
            ("this year", "DATE", "2013"),
            ("Tuesday evening", "TIME", "2013-03-12TEV"),
            ("May 2011", "DATE", "2011-05"),
            ("June 2014", "DATE", "2014-06"),
            ("Friday", "DATE", "2013-03-15"),
            ("quarterly", "SET", "P3M"),
            ("about two weeks", "DURATION", "P2W"),
            ("three-day", "DURATION", "P3D"),
            ("last week", "DATE", "2013-W10"),
            ("48 hours", "DURATION", "PT48H"),
            ("the previous week", "DATE", "2013-W09"),
            ("29 November", "DATE", "2012-11-29"),
            ("1974", "DATE", "1974"),
            ("2011", "DATE", "2011"),
            ("2012", "DATE", "2012"),
            ("the fourth quarter of 2012", "DATE", "2012-Q4"),
            ("January", "DATE", "2013-01"),
            ("6:00 pm", "TIME", "2013-03-13T18:00"),
            ("this evening", "TIME", "2013-03-13TEV"),
            ("6:00 am", "TIME", "2013-03-14T06:00"),
            ("Thursday", "DATE", "2013-03-14"),
            ("midday", "TIME", "2013-03-14T12:00"),
            ("Easter", "DATE", "2013-03-31"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("the end of April", "DATE", "2013-04"),
            ("5:30 am", "TIME", "2013-03-13T05:30"),
            ("18 months", "DURATION", "P18M"),
        ],
    ),
    # Saturday 2015-05-09 (ISO week 19), German agency's English service, section label,
    # headline ("Friday night" 2015-05-08TNI), stamp "dpa international | 09.05.2015, 14:32
    # CEST" (a day-first date, gold_blind36, gold_blind87, and a TIME with the zone in the span),
    # "Ammersfeld, Germany (dpa) -" dateline, sign-off "dpa kb/gs". Germany is on CEST (UTC+2):
    # "3 am (0100 GMT)" two TIMEs of one instant on the publication day. Residents were
    # "evacuated late on Friday" -> "Friday" alone, 2015-05-08 (see README); "said on Saturday"
    # the publication day. "in the 24 hours to 0600 GMT on Saturday" -> "the 24 hours" PT24H,
    # "0600 GMT" 2015-05-09T06:00 and "Saturday", "to" a signal (like "the 36 hours to
    # Wednesday evening", gold_blind76, and "the three months to October", gold_blind23).
    # "two days of torrential rain" P2D; "since records began in 1951" -> "1951". "June 2013"
    # 2013-06; "the 2013 flood" (twice) "2013", an adjectival year (gold_blind103's "the 1947
    # flood"); "the next year" after it 2014 (gold_blind26). Past: "On Wednesday" 2015-05-06,
    # "11:15 pm on Friday" 2015-05-08T23:15 and 2015-05-08; "through the night" and "spent the
    # night" -> "the night" 2015-05-08TNI twice; "overnight" the same night (gold_blind103).
    # Ahead: "this afternoon" 2015-05-09TAF, "from Sunday evening" 2015-05-10TEV, "Tuesday and
    # Wednesday" 2015-05-12 and 2015-05-13, "on Monday" 2015-05-11, "this weekend" 2015-W19-WE
    # (the weekend under way), "11 am on Sunday" 2015-05-10T11:00 and 2015-05-10, "in the
    # autumn" 2015-FA, "Ascension Day next Thursday" two DATEs 2015-05-14 (Easter 2015 fell on
    # 5 April, and Ascension is 39 days later). "Since 1 May" 2015-05-01; "the third time in
    # five years" -> "five years" P5Y; "every three hours" SET PT3H. Not annotated:
    # "once-in-a-lifetime" (an idiom), "www.lra-ammersfeld.de/hochwasser2015" (a URL holding a
    # year), the hotline "0871 301 2013", "B 299", "A92", water levels and rainfall ("6.84
    # metres", "7.02 metres", "2.10 metres", "94 litres", "160 litres"), "600-metre", "40,000
    # sandbags", "380", "60", "52" (an age), "210 million euros", "18 million euros", "the
    # first floor", "may be postponed" (the verb), "(dpa)".
    "ammersfeld-wendel-flood-evacuation": (
        "2015-05-09",
        [
            ("Friday night", "TIME", "2015-05-08TNI"),
            ("09.05.2015", "DATE", "2015-05-09"),
            ("14:32 CEST", "TIME", "2015-05-09T14:32"),
            ("Friday", "DATE", "2015-05-08"),
            ("two days", "DURATION", "P2D"),
            ("Saturday", "DATE", "2015-05-09"),
            ("the 24 hours", "DURATION", "PT24H"),
            ("0600 GMT", "TIME", "2015-05-09T06:00"),
            ("Saturday", "DATE", "2015-05-09"),
            ("1951", "DATE", "1951"),
            ("3 am", "TIME", "2015-05-09T03:00"),
            ("0100 GMT", "TIME", "2015-05-09T01:00"),
            ("June 2013", "DATE", "2013-06"),
            ("Wednesday", "DATE", "2015-05-06"),
            ("11:15 pm", "TIME", "2015-05-08T23:15"),
            ("Friday", "DATE", "2015-05-08"),
            ("2013", "DATE", "2013"),
            ("the night", "TIME", "2015-05-08TNI"),
            ("the night", "TIME", "2015-05-08TNI"),
            ("overnight", "TIME", "2015-05-08TNI"),
            ("this afternoon", "TIME", "2015-05-09TAF"),
            ("Sunday evening", "TIME", "2015-05-10TEV"),
            ("Tuesday", "DATE", "2015-05-12"),
            ("Wednesday", "DATE", "2015-05-13"),
            ("Monday", "DATE", "2015-05-11"),
            ("this weekend", "DATE", "2015-W19-WE"),
            ("11 am", "TIME", "2015-05-10T11:00"),
            ("Sunday", "DATE", "2015-05-10"),
            ("1 May", "DATE", "2015-05-01"),
            ("2013", "DATE", "2013"),
            ("the next year", "DATE", "2014"),
            ("the autumn", "DATE", "2015-FA"),
            ("five years", "DURATION", "P5Y"),
            ("Ascension Day", "DATE", "2015-05-14"),
            ("next Thursday", "DATE", "2015-05-14"),
            ("every three hours", "SET", "PT3H"),
        ],
    ),
    # Thursday 2013-07-11 (ISO week 28), financial wire's central-bank story, "UPDATE 1-"
    # headline ("by December" 2013-12), web stamp "Thu Jul 11, 2013 8:14pm EDT" (the date one
    # span with its abbreviated weekday, like "Thu October 2, 2014" in gold_blind36, and the
    # TIME 2013-07-11T20:14), byline, "LIMA, July 11 (Reuters) -" dateline, reporting line.
    # The decision came "on Thursday", the publication day, "at 7 p.m. local time (0000 GMT
    # Friday)": Peru is on UTC-5, so the GMT equivalent falls on the next day, 2013-07-12T00:00
    # with "Friday" 2013-07-12 a DATE of its own (gold_blind28's "(2212 GMT Monday)"). "for a
    # 26th straight month" -> "a 26th straight month" DURATION P1M (gold_blind18, gold_blind51).
    # "the 12 months through June" -> "the 12 months" P12M and "June" 2013-06 (gold_blind51).
    # Months without a year in the past: "May" (four times) 2013-05, "June 19" 2013-06-19; ahead:
    # "December" (headline and lead) 2013-12, "Aug. 1", "Aug. 8", "Nov. 30", "late August"
    # 2013-08, "September" 2013-09. "the first quarter" 2013-Q1 and "a year earlier" after it
    # 2012-Q1 (the granularity of what it is compared with, gold_blind35); "the third quarter of
    # 2009" 2009-Q3; "until at least the first quarter of 2014" -> "at least the first quarter
    # of 2014" 2014-Q1 (modifier kept, like "at least March", gold_blind35). Weekdays: "Monday"
    # (data due) 2013-07-15, "Wednesday" 2013-07-10, "Tuesday" 2013-07-09. "last week" (twice)
    # 2013-W27; "this year" (twice) 2013; "the 2014 budget" and "its 2013 growth forecast"
    # adjectival years; "now" (quote) PRESENT_REF; "every month" SET P1M; "quarterly inflation
    # report" SET P3M (gold_blind51). "Independence Day falls on Sunday, July 28, this year":
    # the holiday and the date two DATEs 2013-07-28 (gold_blind87's "Idul Fitri ... Friday 17
    # July"), "Monday, July 29" one span. Not annotated: "4.25 pct", "4.25 percent", "26th"
    # outside the span, "14 analysts", "3.28 percent", "3.05 percent", "1 to 3 percent" (a
    # target range), "25 basis points", "4.8 percent", "15 percent from 16 percent", "a third
    # time", "2.79 per dollar", "$420 million", "$67.9 billion", "5.7 percent from 6.3
    # percent", "UPDATE 1", "(Reuters)".
    "peru-central-bank-holds-rate": (
        "2013-07-11",
        [
            ("December", "DATE", "2013-12"),
            ("Thu Jul 11, 2013", "DATE", "2013-07-11"),
            ("8:14pm EDT", "TIME", "2013-07-11T20:14"),
            ("July 11", "DATE", "2013-07-11"),
            ("Thursday", "DATE", "2013-07-11"),
            ("a 26th straight month", "DURATION", "P1M"),
            ("May", "DATE", "2013-05"),
            ("December", "DATE", "2013-12"),
            ("7 p.m. local time", "TIME", "2013-07-11T19:00"),
            ("0000 GMT", "TIME", "2013-07-12T00:00"),
            ("Friday", "DATE", "2013-07-12"),
            ("last week", "DATE", "2013-W27"),
            ("the 12 months", "DURATION", "P12M"),
            ("June", "DATE", "2013-06"),
            ("May", "DATE", "2013-05"),
            ("2002", "DATE", "2002"),
            ("May 2011", "DATE", "2011-05"),
            ("the first quarter", "DATE", "2013-Q1"),
            ("a year earlier", "DATE", "2012-Q1"),
            ("the third quarter of 2009", "DATE", "2009-Q3"),
            ("Monday", "DATE", "2013-07-15"),
            ("May", "DATE", "2013-05"),
            ("this year", "DATE", "2013"),
            ("Aug. 1", "DATE", "2013-08-01"),
            ("May", "DATE", "2013-05"),
            ("June 19", "DATE", "2013-06-19"),
            ("Wednesday", "DATE", "2013-07-10"),
            ("August 2011", "DATE", "2011-08"),
            ("last week", "DATE", "2013-W27"),
            ("at least the first quarter of 2014", "DATE", "2014-Q1"),
            ("now", "DATE", "PRESENT_REF"),
            ("Tuesday", "DATE", "2013-07-09"),
            ("2013", "DATE", "2013"),
            ("2014", "DATE", "2014"),
            ("Nov. 30", "DATE", "2013-11-30"),
            ("late August", "DATE", "2013-08"),
            ("every month", "SET", "P1M"),
            ("Aug. 8", "DATE", "2013-08-08"),
            ("quarterly", "SET", "P3M"),
            ("September", "DATE", "2013-09"),
            ("Independence Day", "DATE", "2013-07-28"),
            ("Sunday, July 28", "DATE", "2013-07-28"),
            ("this year", "DATE", "2013"),
            ("Monday, July 29", "DATE", "2013-07-29"),
        ],
    ),
    # Friday 2014-08-29 (ISO week 35), financial wire's sports service, "Soccer-" headline, web
    # stamp "Fri Aug 29, 2014 12:47pm EDT" (DATE span with its abbreviated weekday, TIME
    # 2014-08-29T12:47), "MADRID, Aug 29 (Reuters) -" dateline, reporting line. "said on Friday"
    # the publication day. "the 2013-14 season" and "the 2008-09 season" -> two DATEs each,
    # "season" left out, the two-digit year its full year ("14" 2014, "09" 2009; gold_blind43,
    # gold_blind91). The medical "on Thursday morning" 2014-08-28TMO and "that evening" the same
    # Thursday, 2014-08-28TEV (gold_blind8); "three days before the transfer window closes" ->
    # "three days" P3D (anchored). The window "closes at midnight (2200 GMT) on Monday": the
    # midnight ending Monday, 2014-09-01T24:00 (gold_blind28, gold_blind103), its GMT
    # equivalent 2014-09-01T22:00 (Spain on CEST, UTC+2), and "Monday" 2014-09-01. "five-year"
    # P5Y; "until June 2019" 2019-06. "Aug. 14" 2014-08-14 and "the next day" 2014-08-15; "10
    # days of talks" P10D; "almost two weeks" P2W. "12:30 on Saturday" 2014-08-30T12:30 and
    # 2014-08-30; "Sept. 13" 2014-09-13; "on Sunday" (the opening win) 2014-08-24, past. "seventh
    # ... in May" and "winner ... in May" 2014-05; "this summer" 2014-SU; "the previous three
    # years" DURATION P3Y; "this week" 2014-W35; "not in January" 2015-01 (ahead); "January 2012"
    # 2012-01; "since 2013" 2013; "a few weeks" (a distance in time, quoted) PXW, like "a year
    # away" (gold_blind91); "in July" 2014-07; "twice a day" SET P1D; "Now" (quote)
    # PRESENT_REF. Not annotated: "24-year-old", "27" and "since he was 19" (ages), "the number 9
    # shirt", "17 Serie A goals", "3-1", "89th-minute", "18 million euros ($23.7 million)", "60
    # million euros", "4.5 million euros", "41 million euros", "capped twice", "the
    # international break", "until the break" (event-named), "their campaign", "the top
    # flight", "(Reuters)".
    "valdemora-sign-ferrante-transfer": (
        "2014-08-29",
        [
            ("Fri Aug 29, 2014", "DATE", "2014-08-29"),
            ("12:47pm EDT", "TIME", "2014-08-29T12:47"),
            ("Aug 29", "DATE", "2014-08-29"),
            ("five-year", "DURATION", "P5Y"),
            ("Friday", "DATE", "2014-08-29"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("Thursday morning", "TIME", "2014-08-28TMO"),
            ("that evening", "TIME", "2014-08-28TEV"),
            ("three days", "DURATION", "P3D"),
            ("midnight", "TIME", "2014-09-01T24:00"),
            ("2200 GMT", "TIME", "2014-09-01T22:00"),
            ("Monday", "DATE", "2014-09-01"),
            ("June 2019", "DATE", "2019-06"),
            ("Aug. 14", "DATE", "2014-08-14"),
            ("the next day", "DATE", "2014-08-15"),
            ("10 days", "DURATION", "P10D"),
            ("almost two weeks", "DURATION", "P2W"),
            ("Now", "DATE", "PRESENT_REF"),
            ("12:30", "TIME", "2014-08-30T12:30"),
            ("Saturday", "DATE", "2014-08-30"),
            ("Sept. 13", "DATE", "2014-09-13"),
            ("May", "DATE", "2014-05"),
            ("Sunday", "DATE", "2014-08-24"),
            ("this summer", "DATE", "2014-SU"),
            ("the previous three years", "DURATION", "P3Y"),
            ("this week", "DATE", "2014-W35"),
            ("January", "DATE", "2015-01"),
            ("January 2012", "DATE", "2012-01"),
            ("2013", "DATE", "2013"),
            ("May", "DATE", "2014-05"),
            ("twice a day", "SET", "P1D"),
            ("a few weeks", "DURATION", "PXW"),
            ("July", "DATE", "2014-07"),
            ("1921", "DATE", "1921"),
            ("1987", "DATE", "1987"),
            ("2008", "DATE", "2008"),
            ("09", "DATE", "2009"),
        ],
    ),
    # Tuesday 2015-07-28 (ISO week 31), Italian agency's English service, section label,
    # headline, standfirst ("in September" 2015-09), stamp "28 July 2015, 16:05" (DATE and
    # TIME), "(ANSA) - Rome, July 28 -" dateline, closing "(ANSA)." The vote was "on Tuesday",
    # the publication day, "at 1:42 pm" 2015-07-28T13:42 after "more than four hours" PT4H; the
    # debate "had run late on Monday" -> "Monday" alone, 2015-07-27 (see README); the walk-out
    # "on Monday afternoon" 2015-07-27TAF and the sit-in "that evening" the same Monday,
    # 2015-07-27TEV. "now" PRESENT_REF; "April 14" 2015-04-14 (past); "February 2014" 2014-02;
    # "from January 1, 2016" one DATE span; "over three years" P3Y; "in 2016", "in 2017" and
    # "the 2016 Stability Law" (an adjectival year); "by October 15" 2015-10-15; "the past
    # decade" P10Y; "recently" PAST_REF; "1992", "1999", "2012"; "two years later" after 2012
    # takes the unit's granularity, 2014 (gold_blind28). Ahead: "on Thursday" 2015-07-30, "for
    # Friday" 2015-07-31, "9:30 am on Wednesday" 2015-07-29T09:30 and 2015-07-29, "on August 7"
    # 2015-08-07 "until September 8" 2015-09-08. "the Ferragosto weekend" 2015-W33-WE:
    # Ferragosto, 15 August, falls on a Saturday in 2015, and the holiday weekend takes the ISO
    # week of its Saturday (gold_blind103's "Family Day weekend"). "Eighteen months" (quote)
    # P18M; "every Thursday" SET XXXX-WXX-4. Not annotated: "158 votes to 112", "three
    # abstentions", "43rd", "1,342 amendments", "21 regional agencies", "seven macro-areas",
    # "1.2 billion euros", "2.5 billion", "14%", "Article 7", "Legislative Decree 502/1992" (a
    # decree number holding 1992, after the annotated "created in 1992"), "240,000 euros", "21
    # structures", "Palazzo Madama", "POLITICS", "(ANSA)".
    "italy-senate-health-agency-reform": (
        "2015-07-28",
        [
            ("September", "DATE", "2015-09"),
            ("28 July 2015", "DATE", "2015-07-28"),
            ("16:05", "TIME", "2015-07-28T16:05"),
            ("July 28", "DATE", "2015-07-28"),
            ("Tuesday", "DATE", "2015-07-28"),
            ("Monday", "DATE", "2015-07-27"),
            ("1:42 pm", "TIME", "2015-07-28T13:42"),
            ("more than four hours", "DURATION", "PT4H"),
            ("now", "DATE", "PRESENT_REF"),
            ("April 14", "DATE", "2015-04-14"),
            ("September", "DATE", "2015-09"),
            ("February 2014", "DATE", "2014-02"),
            ("Monday afternoon", "TIME", "2015-07-27TAF"),
            ("that evening", "TIME", "2015-07-27TEV"),
            ("January 1, 2016", "DATE", "2016-01-01"),
            ("three years", "DURATION", "P3Y"),
            ("2016", "DATE", "2016"),
            ("2017", "DATE", "2017"),
            ("2016", "DATE", "2016"),
            ("October 15", "DATE", "2015-10-15"),
            ("the past decade", "DURATION", "P10Y"),
            ("recently", "DATE", "PAST_REF"),
            ("1992", "DATE", "1992"),
            ("1999", "DATE", "1999"),
            ("2012", "DATE", "2012"),
            ("two years later", "DATE", "2014"),
            ("Thursday", "DATE", "2015-07-30"),
            ("Eighteen months", "DURATION", "P18M"),
            ("Friday", "DATE", "2015-07-31"),
            ("the Ferragosto weekend", "DATE", "2015-W33-WE"),
            ("9:30 am", "TIME", "2015-07-29T09:30"),
            ("Wednesday", "DATE", "2015-07-29"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("August 7", "DATE", "2015-08-07"),
            ("September 8", "DATE", "2015-09-08"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
