"""Annotations of the five-hundred-and-sixty-second blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind562/annotate.py [--show]

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
    # Thursday 1999-04-15 (ISO week 15), Reuters-style wire on NATO air strikes, headline and
    # "BRUSSELS, April 15 (Reuters) -" dateline (the date the publication day, gold_blind28).
    # "overnight" (the raids, told on Thursday) is the night begun on Wednesday evening,
    # 1999-04-14TNI (gold_blind21, gold_blind103). "17 days ago" takes the unit's granularity,
    # 1999-03-29, the day the text names as "March 29". "the past 24 hours" PT24H. GMT and
    # local times are two TIMEX3, the zone in the span and not in the value (gold_blind28):
    # "2140 GMT on Wednesday (11:40 p.m. local time)" -> 1999-04-14T21:40, "Wednesday",
    # 1999-04-14T23:40 (Kalvoria two hours ahead); "shortly before 0300 GMT" -> "0300 GMT"
    # 1999-04-15T03:00 (the signal out of the span); "about 1 a.m. on Thursday" the approximator
    # kept. "In the first week of the campaign" -> "the first week" DURATION P1W, an ordinal
    # period of an event (gold_blind35). Past weekdays: "on Saturday" 1999-04-10, "on Tuesday"
    # and "Tuesday night" 1999-04-13, "Wednesday evening" and "on Wednesday" 1999-04-14, "since
    # Sunday" 1999-04-11; future: ministers "meet ... on Monday" 1999-04-19. "last week"
    # 1999-W14; "next week" (headline, "by next week") and "the end of next week" 1999-W16 (the
    # modifier not recorded, gold_blind59); "two weeks ago" 1999-W13 (unit granularity,
    # gold_blind77). "every night" SET XXXX-XX-XXTNI with its "since April 1" a DATE of its own;
    # "every day" SET P1D; "up to three months" P3M; "fight for years" -> "years" PXY;
    # "the coming days" PXD; "last October" 1998-10; "after 19 days" P19D; "10 days before the
    # first strikes" P10D (a duration anchored to an event). Not annotated: "day and night"
    # (an idiom), "412 sorties", "about 300", "24 F-16 fighters", "12 Tornado GR1 bombers",
    # "B-52", "EA-6B", "14 civilians", "40,000", "112,000", "21.40", "9.80", "five conditions",
    # "once a ceasefire holds", "twice the number", "Daylight raids" (an adjective).
    "brussels-nato-kalvoria-fuel-depot-strikes": (
        "1999-04-15",
        [
            ("next week", "DATE", "1999-W16"),
            ("April 15", "DATE", "1999-04-15"),
            ("overnight", "TIME", "1999-04-14TNI"),
            ("17 days ago", "DATE", "1999-03-29"),
            ("Thursday", "DATE", "1999-04-15"),
            ("1000 GMT", "TIME", "1999-04-15T10:00"),
            ("the past 24 hours", "DURATION", "PT24H"),
            ("last week", "DATE", "1999-W14"),
            ("2140 GMT", "TIME", "1999-04-14T21:40"),
            ("Wednesday", "DATE", "1999-04-14"),
            ("11:40 p.m. local time", "TIME", "1999-04-14T23:40"),
            ("0300 GMT", "TIME", "1999-04-15T03:00"),
            ("April 6", "DATE", "1999-04-06"),
            ("about 1 a.m.", "TIME", "1999-04-15T01:00"),
            ("Thursday", "DATE", "1999-04-15"),
            ("1500 GMT", "TIME", "1999-04-15T15:00"),
            ("the first week", "DURATION", "P1W"),
            ("March 29", "DATE", "1999-03-29"),
            ("Saturday", "DATE", "1999-04-10"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("April 1", "DATE", "1999-04-01"),
            ("the end of next week", "DATE", "1999-W16"),
            ("up to three months", "DURATION", "P3M"),
            ("Wednesday evening", "TIME", "1999-04-14TEV"),
            ("Tuesday", "DATE", "1999-04-13"),
            ("Sunday", "DATE", "1999-04-11"),
            ("every day", "SET", "P1D"),
            ("Wednesday", "DATE", "1999-04-14"),
            ("two weeks ago", "DATE", "1999-W13"),
            ("Tuesday night", "TIME", "1999-04-13TNI"),
            ("years", "DURATION", "PXY"),
            ("February 1998", "DATE", "1998-02"),
            ("Monday", "DATE", "1999-04-19"),
            ("the coming days", "DURATION", "PXD"),
            ("last October", "DATE", "1998-10"),
            ("19 days", "DURATION", "P19D"),
            ("March 19", "DATE", "1999-03-19"),
            ("10 days", "DURATION", "P10D"),
            ("Thursday", "DATE", "1999-04-15"),
            ("January", "DATE", "1999-01"),
        ],
    ),
    # Tuesday 1999-06-08 (ISO week 23), British broadsheet's defence page, masthead line with
    # "Issue 1,482" (an issue number, not annotated) and the date line "Tuesday 8 June 1999"
    # (one span with its weekday), section label, headline, standfirst, byline. "yesterday" is
    # Monday 1999-06-07; "last night" its night (gold_blind35), and "overnight" (standfirst and
    # body, the airlift told in a Tuesday paper) the same night, 1999-06-07TNI. The troops go
    # in "on Thursday" / "by Thursday" 1999-06-10 (headline and lead); "the weekend" just past
    # 1999-W22-WE (5-6 June); "24-hour notice" -> "24-hour" DURATION PT24H (an adjectival
    # duration, twice). "at 1400 BST" a clock time on the day of "yesterday afternoon". "within
    # 10 days" P10D; "at least six months" P6M; "every four months" SET P4M; "about 48 hours"
    # PT48H; "The next 48 hours" PT48H; "71 days after ... 29 March" P71D (anchored duration;
    # 29 March to 8 June is 71 days). "1800 GMT on Sunday" 1999-06-06T18:00 and the DATE; "last
    # Thursday" in a Tuesday paper is the nearest past Thursday, 1999-06-03; "until
    # midnight tonight" -> "midnight" 1999-06-08T24:00 (the midnight ending the day,
    # gold_blind75, gold_blind103) and "tonight" 1999-06-08TNI; "within seven days" P7D. "a
    # second operational tour in 18 months" P18M (the period of an ordinal count, gold_blind103);
    # "a year in barracks" P1Y; "Christmas last year" one span 1998-12-25 (like "September last
    # year", gold_blind18) and "this year" 1999; "now" PRESENT_REF. "last autumn" 1998-FA, "last
    # July" 1998-07; "the current financial year" FY2000 (the UK government year, April 1999 to
    # March 2000, named by the year it ends, gold_blind77); "March" twice 1999-03; "tomorrow
    # afternoon" 1999-06-09TAF; "the end of the year" 1999. The helpline "from 8am to 10pm every
    # day" -> two TIMEs XXXX-XX-XXThh:mm and the SET P1D (gold_blind27, gold_blind77). Not
    # annotated: "Issue 1,482", "Challenger 2", "30 Chinook helicopters", "40 Warrior", "An-124",
    # "4,500-strong", "11-nation", "1st Battalion", "Exercise Iron Ridge 98" (a name holding a
    # year, like "Autumn Anvil 2013" in gold_blind77), "52" (an age), "£220 million", "£150
    # million", "0800 555 1999" (a phone number holding 1999), "once the withdrawal starts".
    "london-paras-tesnar-force-deployment": (
        "1999-06-08",
        [
            ("Tuesday 8 June 1999", "DATE", "1999-06-08"),
            ("Thursday", "DATE", "1999-06-10"),
            ("overnight", "TIME", "1999-06-07TNI"),
            ("24-hour", "DURATION", "PT24H"),
            ("Thursday", "DATE", "1999-06-10"),
            ("last night", "TIME", "1999-06-07TNI"),
            ("the weekend", "DATE", "1999-W22-WE"),
            ("24-hour", "DURATION", "PT24H"),
            ("yesterday afternoon", "TIME", "1999-06-07TAF"),
            ("1400 BST", "TIME", "1999-06-07T14:00"),
            ("overnight", "TIME", "1999-06-07TNI"),
            ("10 days", "DURATION", "P10D"),
            ("at least six months", "DURATION", "P6M"),
            ("every four months", "SET", "P4M"),
            ("about 48 hours", "DURATION", "PT48H"),
            ("March", "DATE", "1999-03"),
            ("The next 48 hours", "DURATION", "PT48H"),
            ("71 days", "DURATION", "P71D"),
            ("29 March", "DATE", "1999-03-29"),
            ("1800 GMT", "TIME", "1999-06-06T18:00"),
            ("Sunday", "DATE", "1999-06-06"),
            ("last Thursday", "DATE", "1999-06-03"),
            ("midnight", "TIME", "1999-06-08T24:00"),
            ("tonight", "TIME", "1999-06-08TNI"),
            ("seven days", "DURATION", "P7D"),
            ("18 months", "DURATION", "P18M"),
            ("last October", "DATE", "1998-10"),
            ("a year", "DURATION", "P1Y"),
            ("Christmas last year", "DATE", "1998-12-25"),
            ("now", "DATE", "PRESENT_REF"),
            ("this year", "DATE", "1999"),
            ("last autumn", "DATE", "1998-FA"),
            ("last July", "DATE", "1998-07"),
            ("the current financial year", "DATE", "FY2000"),
            ("March", "DATE", "1999-03"),
            ("tomorrow afternoon", "TIME", "1999-06-09TAF"),
            ("the end of the year", "DATE", "1999"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("every day", "SET", "P1D"),
        ],
    ),
    # Saturday 1998-11-14 (ISO week 46), US military newspaper's European edition, masthead,
    # date line "Saturday, November 14, 1998" (one span), headline, byline, "CAMP HARLOW,
    # Bosnia and Herzegovina -" dateline. "early Friday" is the day before, DATE 1998-11-13
    # (the modifier kept, gold_blind103); "0515 hours Friday" TIME 1998-11-13T05:15 (military
    # "hours" kept in the span, gold_blind77) and the DATE; "shortly after 1 p.m." the same day
    # (the signal out). "Thanksgiving" (headline and body) is the fourth Thursday of November,
    # 1998-11-26, with "Nov. 26" beside it its own DATE; "Christmas" (three times, all ahead)
    # 1998-12-25. "the next three weeks" P3W; "a 179-day tour" P179D; "a 10-day ... ride" P10D;
    # "12-hour shifts" PT12H (adjectival durations). Past weekdays: "began arriving Tuesday"
    # 1998-11-10, "Veterans Day on Wednesday" 1998-11-11 (two DATEs); future: "at noon Monday"
    # 1998-11-16T12:00 and "Monday" 1998-11-16. "every six hours" SET PT6H; "twice a week"
    # SET P1W; "every Sunday at 10 a.m." SET XXXX-WXX-7 and TIME XXXX-XX-XXT10:00 (the hour of
    # a recurring service, gold_blind28); "every 90 days" SET P90D. "since May" 1998-05 and "in
    # August" 1998-08 (past months of the clause); "fiscal 1999, which began Oct. 1" FY1999
    # (the federal year, October-September, gold_blind35) and 1998-10-01; "fiscal 1998" FY1998;
    # "last month" 1998-10; "until mid-May" 1999-05 and "next spring" 1999-SP (ahead);
    # "December 1996"; "since 1995"; "the past six months" P6M; "by Dec. 4" 1998-12-04. Not
    # annotated: "2-12 Cav" and "2-12 Cavalry" (a squadron, written like a date), "1-68 Armor",
    # "M1A1", "M2", "180", "900", "14 checkpoints", "41" and "22" (ages), "first birthday",
    # "around the clock", "Holiday mail" (an adjective), "$1.9 billion", "$2.1 billion",
    # "60,000", "11,000", "APO AE 09789", "DSN 551-1998" (a phone number holding 1998).
    "camp-harlow-cavalry-rotation-home": (
        "1998-11-14",
        [
            ("Saturday, November 14, 1998", "DATE", "1998-11-14"),
            ("Thanksgiving", "DATE", "1998-11-26"),
            ("early Friday", "DATE", "1998-11-13"),
            ("the next three weeks", "DURATION", "P3W"),
            ("0515 hours", "TIME", "1998-11-13T05:15"),
            ("Friday", "DATE", "1998-11-13"),
            ("1 p.m.", "TIME", "1998-11-13T13:00"),
            ("Thanksgiving", "DATE", "1998-11-26"),
            ("Nov. 26", "DATE", "1998-11-26"),
            ("Dec. 3", "DATE", "1998-12-03"),
            ("Christmas", "DATE", "1998-12-25"),
            ("May 20", "DATE", "1998-05-20"),
            ("179-day", "DURATION", "P179D"),
            ("December 1996", "DATE", "1996-12"),
            ("Tuesday", "DATE", "1998-11-10"),
            ("noon", "TIME", "1998-11-16T12:00"),
            ("Monday", "DATE", "1998-11-16"),
            ("10-day", "DURATION", "P10D"),
            ("every six hours", "SET", "PT6H"),
            ("Veterans Day", "DATE", "1998-11-11"),
            ("Wednesday", "DATE", "1998-11-11"),
            ("12-hour", "DURATION", "PT12H"),
            ("twice a week", "SET", "P1W"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("May", "DATE", "1998-05"),
            ("August", "DATE", "1998-08"),
            ("Christmas", "DATE", "1998-12-25"),
            ("fiscal 1999", "DATE", "FY1999"),
            ("Oct. 1", "DATE", "1998-10-01"),
            ("fiscal 1998", "DATE", "FY1998"),
            ("last month", "DATE", "1998-10"),
            ("every 90 days", "SET", "P90D"),
            ("mid-May", "DATE", "1999-05"),
            ("next spring", "DATE", "1999-SP"),
            ("1995", "DATE", "1995"),
            ("the past six months", "DURATION", "P6M"),
            ("Dec. 4", "DATE", "1998-12-04"),
            ("Christmas", "DATE", "1998-12-25"),
        ],
    ),
    # Friday 2000-03-10 (ISO week 10), Canadian national paper, masthead, date line "Friday,
    # March 10, 2000" (one span), section label, headline, deck, byline, "HALLIFORD, B.C. -"
    # dateline; "yesterday" is Thursday 2000-03-09 (the bail hearing). "in February" (deck)
    # and "last month" 2000-02; "in the two weeks before the blast" -> "the two weeks" P2W (an
    # anchored duration). The trips: "on Feb. 11, returning the next day" -> 2000-02-12 (a
    # narrative anchor on the last date, gold_blind40), "Feb. 19". The blast "at 11:52 p.m. on
    # Saturday, Feb. 26" -> TIME 2000-02-26T23:52 and one DATE span with its weekday
    # (gold_blind28); "that afternoon", "at 10:40 p.m." and "that evening" are that Saturday's
    # (2000-02-26TAF, T22:40, TEV); the alibi "from 9 p.m. until after 1 a.m." -> 21:00 on
    # Saturday and 2000-02-27T01:00 (after midnight the new day, gold_blind30). "on Feb. 29"
    # 2000-02-29 (a leap day) and "three days after the blast" P3D. "up to 14 years" P14Y; "for
    # more than two hours" PT2H; "in 12 days" P12D (how long the work took, gold_blind35).
    # "Wednesday" twice, both directions: the judge "will rule on bail on Wednesday" 2000-03-15,
    # officials in Ottawa "said Wednesday" 2000-03-08; "On Tuesday" 2000-03-07; "earlier this
    # week" 2000-W10. "since the summer of 1998" 1998-SU; "on New Year's Eve" 1999-12-31;
    # "until at least the end of March" -> "at least the end of March" 2000-03 (the modifier
    # kept like "at least March", gold_blind35; "the end of" the month's value). "the fiscal
    # year that begins April 1" -> FY2001 (the Canadian federal year, April-March, named by the
    # year it ends) and 2000-04-01. "opened in 1994", "now" PRESENT_REF, "the first bombing ...
    # in almost 30 years" P30Y (the period of a "first in"), "in 1971", "before the fall"
    # 2000-FA. Not annotated: "a 1989 Ford Ranger" (a model year, gold_blind16), "Section 81",
    # "34" (an age), "20-litre", "Highway 7", "$4.5-million", "600 tips", "40 officers", "until
    # his trial", "1-800-555-2000" (a phone number holding 2000 in a 2000 story).
    "halliford-recruiting-centre-bombing-bail": (
        "2000-03-10",
        [
            ("Friday, March 10, 2000", "DATE", "2000-03-10"),
            ("February", "DATE", "2000-02"),
            ("last month", "DATE", "2000-02"),
            ("the two weeks", "DURATION", "P2W"),
            ("yesterday", "DATE", "2000-03-09"),
            ("more than two hours", "DURATION", "PT2H"),
            ("Feb. 11", "DATE", "2000-02-11"),
            ("the next day", "DATE", "2000-02-12"),
            ("Feb. 19", "DATE", "2000-02-19"),
            ("11:52 p.m.", "TIME", "2000-02-26T23:52"),
            ("Saturday, Feb. 26", "DATE", "2000-02-26"),
            ("that afternoon", "TIME", "2000-02-26TAF"),
            ("10:40 p.m.", "TIME", "2000-02-26T22:40"),
            ("that evening", "TIME", "2000-02-26TEV"),
            ("Feb. 29", "DATE", "2000-02-29"),
            ("three days", "DURATION", "P3D"),
            ("up to 14 years", "DURATION", "P14Y"),
            ("9 p.m.", "TIME", "2000-02-26T21:00"),
            ("1 a.m.", "TIME", "2000-02-27T01:00"),
            ("Wednesday", "DATE", "2000-03-15"),
            ("12 days", "DURATION", "P12D"),
            ("earlier this week", "DATE", "2000-W10"),
            ("the summer of 1998", "DATE", "1998-SU"),
            ("Wednesday", "DATE", "2000-03-08"),
            ("New Year's Eve", "DATE", "1999-12-31"),
            ("at least the end of March", "DATE", "2000-03"),
            ("Tuesday", "DATE", "2000-03-07"),
            ("the fiscal year", "DATE", "FY2001"),
            ("April 1", "DATE", "2000-04-01"),
            ("1994", "DATE", "1994"),
            ("now", "DATE", "PRESENT_REF"),
            ("almost 30 years", "DURATION", "P30Y"),
            ("1971", "DATE", "1971"),
            ("the fall", "DATE", "2000-FA"),
        ],
    ),
    # Sunday 2000-06-11 (ISO week 23), Australian Sunday paper's news-review feature with a
    # timeline box, masthead, date line "Sunday, June 11, 2000" (one span), section label,
    # headline ("Five days" P5D), standfirst ("planned in hours" -> "hours" PTXH, a vague
    # duration), byline in the standfirst. "just after 4.30am last Monday" -> "4.30am"
    # 2000-06-05T04:30 (the signal out) and "last Monday" in a Sunday paper 2000-06-05. "By
    # Friday night" 2000-06-09TNI; "tomorrow morning" 2000-06-12TMO; "on Monday, the Queen's
    # Birthday holiday" -> "Monday" 2000-06-12 and "the Queen's Birthday holiday" (the second
    # Monday of June, with its determiner, gold_blind9) 2000-06-12. "since the unrest in March"
    # 2000-03; "twice a year" SET P1Y; "less than a week" P1W; "a 72-hour ceasefire" PT72H;
    # "on Wednesday night" 2000-06-07TNI and "the next day" 2000-06-08 (narrative anchor; the
    # box's "Thursday, June 8 ... 2200" agrees); "a day earlier than planned" -> "a day" P1D
    # (the size of a change of plan, like "a year later than the board proposed",
    # gold_blind35); "since 1975". The box: each day heading one DATE span with its weekday,
    # its 24-hour times (AEST, the zone given once in the box's note) TIMEs on that day;
    # "That evening" under Monday 2000-06-05TEV; "0600-1430" two TIMEs, the hyphen a range
    # mark (gold_blind103's "1981-2010"). After the box: "yesterday" 2000-06-10, "this
    # afternoon" 2000-06-11TAF, "June 23" 2000-06-23, "a four-month deployment" P4M, "two
    # weeks' leave" -> "two weeks" P2W (the possessive mark left out), "from next Saturday"
    # 2000-06-17 (the nearest coming Saturday); "the 2000-01 financial year" one span FY2001
    # (the July-June year named by the year it ends, gold_blind21) with "July 1" 2000-07-01;
    # "last month" 2000-05; "next week" 2000-W24; "the end of September" 2000-09. Not
    # annotated: "HMAS Corrimal", "C-130 Hercules", "508", "412", "96", "31 MPs", "60 soldiers",
    # "1,400 nautical miles", "180", "$38 million", "Operation Coral Gate",
    # "www.defence.gov.au/2000/coralgate" (a year inside a web address).
    "vanoru-evacuation-operation-coral-gate-timeline": (
        "2000-06-11",
        [
            ("Sunday, June 11, 2000", "DATE", "2000-06-11"),
            ("Five days", "DURATION", "P5D"),
            ("hours", "DURATION", "PTXH"),
            ("4.30am", "TIME", "2000-06-05T04:30"),
            ("last Monday", "DATE", "2000-06-05"),
            ("Friday night", "TIME", "2000-06-09TNI"),
            ("tomorrow morning", "TIME", "2000-06-12TMO"),
            ("Monday", "DATE", "2000-06-12"),
            ("the Queen's Birthday holiday", "DATE", "2000-06-12"),
            ("March", "DATE", "2000-03"),
            ("twice a year", "SET", "P1Y"),
            ("less than a week", "DURATION", "P1W"),
            ("72-hour", "DURATION", "PT72H"),
            ("Wednesday night", "TIME", "2000-06-07TNI"),
            ("the next day", "DATE", "2000-06-08"),
            ("a day", "DURATION", "P1D"),
            ("1975", "DATE", "1975"),
            ("Monday, June 5", "DATE", "2000-06-05"),
            ("0340", "TIME", "2000-06-05T03:40"),
            ("0715", "TIME", "2000-06-05T07:15"),
            ("That evening", "TIME", "2000-06-05TEV"),
            ("Tuesday, June 6", "DATE", "2000-06-06"),
            ("0930", "TIME", "2000-06-06T09:30"),
            ("1420", "TIME", "2000-06-06T14:20"),
            ("Wednesday, June 7", "DATE", "2000-06-07"),
            ("1600", "TIME", "2000-06-07T16:00"),
            ("Thursday, June 8", "DATE", "2000-06-08"),
            ("2200", "TIME", "2000-06-08T22:00"),
            ("Friday, June 9", "DATE", "2000-06-09"),
            ("0600", "TIME", "2000-06-09T06:00"),
            ("1430", "TIME", "2000-06-09T14:30"),
            ("1900", "TIME", "2000-06-09T19:00"),
            ("yesterday", "DATE", "2000-06-10"),
            ("this afternoon", "TIME", "2000-06-11TAF"),
            ("June 23", "DATE", "2000-06-23"),
            ("four-month", "DURATION", "P4M"),
            ("two weeks", "DURATION", "P2W"),
            ("next Saturday", "DATE", "2000-06-17"),
            ("the 2000-01 financial year", "DATE", "FY2001"),
            ("July 1", "DATE", "2000-07-01"),
            ("last month", "DATE", "2000-05"),
            ("next week", "DATE", "2000-W24"),
            ("the end of September", "DATE", "2000-09"),
        ],
    ),
    # Monday 1998-02-23 (ISO week 9), US defense department briefing transcript, header
    # "Monday, February 23, 1998 - 1:35 p.m. EST" (DATE and TIME, the zone in the span), briefer
    # line, speaker labels "CAPT. MORAY:" and "Q:". "at 0412 Zulu yesterday, 0712 local" ->
    # 1998-02-22T04:12 ("Zulu", UTC, in the span like "Z" in gold_blind89), "yesterday" Sunday
    # 1998-02-22, and 1998-02-22T07:12 ("local" kept like "LT", gold_blind89), three TIMEX3.
    # "the second such incident in 10 days" P10D (the period of an ordinal count); "Feb. 13" and
    # "Feb. 6" past; "by the middle of next month" 1998-03 (the value of "next month", the
    # modifier not recorded, like "the middle of next week" in gold_blind103); "since last
    # August" 1997-08; "about seven months" P7M. The federal fiscal year runs October-September
    # and is named by the year it ends (gold_blind35): "fiscal 1999" FY1999, "fiscal 1998" and
    # "the end of the fiscal year" FY1998 (the end of a year takes the year's value), "since
    # Oct. 1" 1997-10-01, "in September" 1998-09. Future weekdays: "on Wednesday at 9:30 a.m."
    # 1998-02-25 and T09:30, "on Thursday" and "on Thursday at 1:30 p.m." 1998-02-26 (and
    # T13:30); "tomorrow" 1998-02-24. Past: "Saturday night" (question and answer) 1998-02-21TNI,
    # "about 2300 local" 1998-02-21T23:00. "about twice a week" SET P1W and "about once a month"
    # SET P1M (the modifier kept, like "almost every day", gold_blind35); "since the start of
    # the year" 1998 (gold_blind40); "last fall" 1997-FA; "more than five years of patrols"
    # P5Y (the period of a negated "in"); "90-day orders" P90D; "late May" 1998-05; "the next few
    # weeks" PXW; "every four hours" SET PT4H; "August 1992"; "Last week" 1998-W08; "this week"
    # 1998-W09. Not annotated: "Good afternoon" (a greeting), "24 hours a day" (a rate, in the
    # question), "Around the clock", "release No. 093-98" (a document number ending in the
    # year's digits), "F/A-18s", "AGM-88 HARM", "SA-6", "F-16", "F-117s", "$1.2 billion", "so
    # far", "4,000 yards", "1,400 additional airmen", "three items".
    "pentagon-briefing-kasravia-no-fly-zone": (
        "1998-02-23",
        [
            ("Monday, February 23, 1998", "DATE", "1998-02-23"),
            ("1:35 p.m. EST", "TIME", "1998-02-23T13:35"),
            ("0412 Zulu", "TIME", "1998-02-22T04:12"),
            ("yesterday", "DATE", "1998-02-22"),
            ("0712 local", "TIME", "1998-02-22T07:12"),
            ("10 days", "DURATION", "P10D"),
            ("Feb. 13", "DATE", "1998-02-13"),
            ("Feb. 6", "DATE", "1998-02-06"),
            ("the middle of next month", "DATE", "1998-03"),
            ("last August", "DATE", "1997-08"),
            ("about seven months", "DURATION", "P7M"),
            ("fiscal 1999", "DATE", "FY1999"),
            ("Wednesday", "DATE", "1998-02-25"),
            ("9:30 a.m.", "TIME", "1998-02-25T09:30"),
            ("fiscal 1998", "DATE", "FY1998"),
            ("Thursday", "DATE", "1998-02-26"),
            ("Oct. 1", "DATE", "1997-10-01"),
            ("the end of the fiscal year", "DATE", "FY1998"),
            ("September", "DATE", "1998-09"),
            ("about twice a week", "SET", "P1W"),
            ("the start of the year", "DATE", "1998"),
            ("about once a month", "SET", "P1M"),
            ("last fall", "DATE", "1997-FA"),
            ("Saturday night", "TIME", "1998-02-21TNI"),
            ("Saturday night", "TIME", "1998-02-21TNI"),
            ("about 2300 local", "TIME", "1998-02-21T23:00"),
            ("more than five years", "DURATION", "P5Y"),
            ("90-day", "DURATION", "P90D"),
            ("late May", "DATE", "1998-05"),
            ("the next few weeks", "DURATION", "PXW"),
            ("every four hours", "SET", "PT4H"),
            ("August 1992", "DATE", "1992-08"),
            ("Last week", "DATE", "1998-W08"),
            ("this week", "DATE", "1998-W09"),
            ("tomorrow", "DATE", "1998-02-24"),
            ("Thursday", "DATE", "1998-02-26"),
            ("1:30 p.m.", "TIME", "1998-02-26T13:30"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
