"""Annotations of the three-hundred-and-eighteenth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind318/annotate.py [--show]

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
    # Wednesday 2013-06-12 (ISO week 24), Reuters-style summit preview, headline ("to meet
    # Friday ... since 2009 war"), website stamp "Wed Jun 12, 2013 7:48am EDT" (the abbreviated
    # weekday and date one DATE span, like a date line with its weekday; the clock time a TIME
    # with the zone in the span, gold_blind41, gold_blind56), byline, year-less dateline
    # "VELMARA, June 12 (Reuters) -" (the publication day, gold_blind45). Future weekdays: the
    # summit "on Friday" 2013-06-14 (headline, lead, "at 10 a.m. (0800 GMT) on Friday": local
    # time and GMT two TIMEs on that day, Velmara at GMT+2, gold_blind28), "run into Saturday"
    # 2013-06-15, "Saturday afternoon" 2013-06-15TAF, "Thursday evening" 2013-06-13TEV,
    # "1200 GMT on Thursday". Past: "late Tuesday" 2013-06-11 (gold_blind45), "said on Monday"
    # 2013-06-10 and "the next day" after it 2013-06-11 (a narrative anchor, gold_blind4,
    # gold_blind14). "at midnight on Aug 23, 2009" -> "midnight" 2009-08-23T24:00, the end of
    # the named day (gold_blind28's "midnight on Friday, June 25"), and the date. "before the
    # end of the year" -> "the end of the year" 2013 (the year's value, gold_blind35).
    # "Four years is too long" DURATION P4Y; "the past four years" P4Y (the period of a
    # comparison, like the period of a "first in"); "within 18 months" P18M; "next spring"
    # said in June 2014-SP; "in March" the past March 2013-03; "in December" the coming one
    # 2013-12; "the first quarter" of a country's economy, calendar, 2013-Q1 (gold_blind35);
    # "the autumn of 2008" 2008-FA; "less than a year before the war" DURATION P1Y (anchored
    # to an event, the duration alone); "10-year" adjectival DURATION; "every day" SET P1D;
    # "by six months" (the length of an extension) P6M. Not annotated: "Route 12", "T-72",
    # "www.velmara2013.ld" (a web address holding a year), "14 rounds", "eight-member", "120
    # monitors", "58" (an age), "$310 million", "$1.2 billion", "2.1 percent", "$385 per 1,000
    # cubic metres", "40", "about 400 people", "may" (the verb), "since" (anaphoric, "have
    # since held").
    "sarvenia-kolvakia-velmara-summit-preview": (
        "2013-06-12",
        [
            ("Friday", "DATE", "2013-06-14"),
            ("2009", "DATE", "2009"),
            ("Wed Jun 12, 2013", "DATE", "2013-06-12"),
            ("7:48am EDT", "TIME", "2013-06-12T07:48"),
            ("June 12", "DATE", "2013-06-12"),
            ("Friday", "DATE", "2013-06-14"),
            ("2009", "DATE", "2009"),
            ("Wednesday", "DATE", "2013-06-12"),
            ("the end of the year", "DATE", "2013"),
            ("Thursday evening", "TIME", "2013-06-13TEV"),
            ("10 a.m.", "TIME", "2013-06-14T10:00"),
            ("0800 GMT", "TIME", "2013-06-14T08:00"),
            ("Friday", "DATE", "2013-06-14"),
            ("Saturday", "DATE", "2013-06-15"),
            ("Four years", "DURATION", "P4Y"),
            ("late Tuesday", "DATE", "2013-06-11"),
            ("August 2009", "DATE", "2009-08"),
            ("11 days", "DURATION", "P11D"),
            ("midnight", "TIME", "2009-08-23T24:00"),
            ("Aug 23, 2009", "DATE", "2009-08-23"),
            ("March", "DATE", "2013-03"),
            ("Monday", "DATE", "2013-06-10"),
            ("the next day", "DATE", "2013-06-11"),
            ("the past four years", "DURATION", "P4Y"),
            ("18 months", "DURATION", "P18M"),
            ("next spring", "DATE", "2014-SP"),
            ("2009", "DATE", "2009"),
            ("every day", "SET", "P1D"),
            ("September 2009", "DATE", "2009-09"),
            ("June 28", "DATE", "2013-06-28"),
            ("six months", "DURATION", "P6M"),
            ("last year", "DATE", "2012"),
            ("2008", "DATE", "2008"),
            ("the first quarter", "DATE", "2013-Q1"),
            ("December", "DATE", "2013-12"),
            ("10-year", "DURATION", "P10Y"),
            ("the autumn of 2008", "DATE", "2008-FA"),
            ("less than a year", "DURATION", "P1Y"),
            ("Saturday afternoon", "TIME", "2013-06-15TAF"),
            ("1200 GMT", "TIME", "2013-06-13T12:00"),
            ("Thursday", "DATE", "2013-06-13"),
        ],
    ),
    # Thursday 2012-09-27 (ISO week 39), AFP-style ceasefire-talks wire, headline ("before
    # Sunday deadline"), dateline with the year "GENEVA, September 27, 2012 (AFP) -" (like
    # "VARNE, Nov 20, 1999 (AFP) -" in gold_blind28), AFP trailer "bur-rl/jm". The talks
    # resumed "on Thursday", the publication day; "three days before a fragile truce ... is
    # due to expire" DURATION P3D (anchored, the duration alone). The truce "agreed on August
    # 1 and in force since the next morning" -> 2012-08-01 and "the next morning" TIME
    # 2012-08-02TMO (a narrative anchor, like "the following morning" in gold_blind28); it
    # "ends at midnight on Sunday (2200 GMT)": "midnight" 2012-09-30T24:00, "Sunday"
    # 2012-09-30, "2200 GMT" 2012-09-30T22:00 (Marvania at GMT+2, so the GMT time falls on the
    # same day). Future: "by Saturday night" 2012-09-29TNI, "Friday morning" 2012-09-28TMO and
    # "the afternoon" of that Friday 2012-09-28TAF, "the weekend" 2012-W39-WE (29-30
    # September), "October 4". Past: "released on Tuesday" 2012-09-25, "on Monday night"
    # 2012-09-24TNI, "on Wednesday evening" 2012-09-26TEV and "that morning" after it
    # 2012-09-26TMO (gold_blind8), "September 19" and "two days earlier" after it 2012-09-17
    # (gold_blind45's "two days later"), "in July" 2012-07. "opened at 10:30 am (0830 GMT)"
    # two TIMEs of the publication day (Geneva at GMT+2). "the end of the year" 2012; "in
    # 2013"; "within two years" P2Y; "since 1994" and "the spring of 1994" 1994-SP; "18 years
    # in two weeks" P18Y and P2W (how long an undoing would take, gold_blind35); "the winter of
    # 2010-11" one span 2011-WI (gold_blind76, gold_blind103); "60-day" and "90-day" adjectival
    # DURATIONs; "72 hours" PT72H; "after eight days" P8D; "the past two weeks" P2W; "every
    # month" SET P1M. Not annotated: "flight MV 1994" (a flight number holding 1994, after the
    # annotated 1994s), "11-member", "15 members", "212 violations", "Eleven civilians",
    # "30,000", "200,000", "80,000", "61" (an age), "Since the truce began" and "since the
    # ceasefire took effect" (event-named), "at all times", "for as long as it takes".
    "marvania-truce-talks-geneva-deadline": (
        "2012-09-27",
        [
            ("Sunday", "DATE", "2012-09-30"),
            ("September 27, 2012", "DATE", "2012-09-27"),
            ("Thursday", "DATE", "2012-09-27"),
            ("three days", "DURATION", "P3D"),
            ("60-day", "DURATION", "P60D"),
            ("August 1", "DATE", "2012-08-01"),
            ("the next morning", "TIME", "2012-08-02TMO"),
            ("midnight", "TIME", "2012-09-30T24:00"),
            ("Sunday", "DATE", "2012-09-30"),
            ("2200 GMT", "TIME", "2012-09-30T22:00"),
            ("90-day", "DURATION", "P90D"),
            ("Saturday night", "TIME", "2012-09-29TNI"),
            ("72 hours", "DURATION", "PT72H"),
            ("10:30 am", "TIME", "2012-09-27T10:30"),
            ("0830 GMT", "TIME", "2012-09-27T08:30"),
            ("September 19", "DATE", "2012-09-19"),
            ("eight days", "DURATION", "P8D"),
            ("two days earlier", "DATE", "2012-09-17"),
            ("the past two weeks", "DURATION", "P2W"),
            ("Tuesday", "DATE", "2012-09-25"),
            ("Monday night", "TIME", "2012-09-24TNI"),
            ("the end of the year", "DATE", "2012"),
            ("2013", "DATE", "2013"),
            ("two years", "DURATION", "P2Y"),
            ("1994", "DATE", "1994"),
            ("18 years", "DURATION", "P18Y"),
            ("two weeks", "DURATION", "P2W"),
            ("the spring of 1994", "DATE", "1994-SP"),
            ("the winter of 2010-11", "DATE", "2011-WI"),
            ("every month", "SET", "P1M"),
            ("Friday morning", "TIME", "2012-09-28TMO"),
            ("the afternoon", "TIME", "2012-09-28TAF"),
            ("the weekend", "DATE", "2012-W39-WE"),
            ("October 4", "DATE", "2012-10-04"),
            ("July", "DATE", "2012-07"),
            ("Wednesday evening", "TIME", "2012-09-26TEV"),
            ("that morning", "TIME", "2012-09-26TMO"),
        ],
    ),
    # Monday 2014-11-17 (ISO week 47), AP-style sanctions story, headline ("yearlong", an
    # adjectival DURATION P1Y like "year-long campaign" in gold_blind17), byline, stamp
    # "Updated 7:42 pm, Monday, November 17, 2014" (TIME and one DATE span with its weekday,
    # gold_blind35, gold_blind41; "Updated" a label), "BRUSSELS (AP) —" dateline without date.
    # "on Monday" the publication day; "Monday afternoon" 2014-11-17TAF (before the 7:42 pm
    # update); "expected Tuesday" 2014-11-18; "said Sunday" 2014-11-16; "last Thursday" in a
    # Monday story the Thursday just past, 2014-11-13. "last month's disputed election" ->
    # "last month" 2014-10 (possessive without the "'s"); "Oct. 12", "Oct. 14", "Oct. 17",
    # "Nov. 10", "Nov. 6" past; "Dec. 3", "Dec. 15" ahead; "the night of Oct. 15" one TIME span
    # 2014-10-15TNI (like "the night of 15 February 1975", gold_blind26). "until Nov. 30, 2015";
    # "again in March" 2015-03 and "in January at the latest" 2015-01, future months;
    # "next month" 2014-12; "last week" 2014-W46. Dravonia's fiscal year runs April-March and
    # is named by the year it ends (gold_blind28, gold_blind35): "the fiscal year that ended
    # March 31" FY2014 plus 2014-03-31, "the fiscal year that starts April 1" FY2016 (April
    # 2015-March 2016) plus 2015-04-01 (gold_blind35's "the fiscal year that begins Oct. 1").
    # "more than four hours" PT4H; "12 months" P12M; "almost seven weeks after her arrest"
    # P7W (anchored; 15 October to 3 December is 49 days); "two-day" P2D; "in the coming
    # weeks" (quoted) "the coming weeks" PXW; "elected in 2012 for five years" 2012 and P5Y;
    # "every month" SET P1M. Not annotated: "a fifth term" (an ordinal term of office), "28-
    # nation", "19", "23 people", "71.3 percent", "40 million euros ($50 million)", "$900
    # million", "11", "44" and "67" (ages), "97 of the 110 seats", "This is not the end of it"
    # (not temporal), "at the latest", "www.dravoniawatch.org/2014/list" (a web address
    # holding the year).
    "eu-dravonia-sanctions-asset-freeze": (
        "2014-11-17",
        [
            ("yearlong", "DURATION", "P1Y"),
            ("7:42 pm", "TIME", "2014-11-17T19:42"),
            ("Monday, November 17, 2014", "DATE", "2014-11-17"),
            ("Monday", "DATE", "2014-11-17"),
            ("last month", "DATE", "2014-10"),
            ("more than four hours", "DURATION", "PT4H"),
            ("Tuesday", "DATE", "2014-11-18"),
            ("12 months", "DURATION", "P12M"),
            ("Nov. 30, 2015", "DATE", "2015-11-30"),
            ("March", "DATE", "2015-03"),
            ("Oct. 14", "DATE", "2014-10-14"),
            ("Oct. 17", "DATE", "2014-10-17"),
            ("Oct. 12", "DATE", "2014-10-12"),
            ("2011", "DATE", "2011"),
            ("last Thursday", "DATE", "2014-11-13"),
            ("Nov. 10", "DATE", "2014-11-10"),
            ("the night of Oct. 15", "TIME", "2014-10-15TNI"),
            ("Sunday", "DATE", "2014-11-16"),
            ("Dec. 3", "DATE", "2014-12-03"),
            ("almost seven weeks", "DURATION", "P7W"),
            ("Monday afternoon", "TIME", "2014-11-17TAF"),
            ("two-day", "DURATION", "P2D"),
            ("next month", "DATE", "2014-12"),
            ("the fiscal year", "DATE", "FY2014"),
            ("March 31", "DATE", "2014-03-31"),
            ("last week", "DATE", "2014-W46"),
            ("the fiscal year", "DATE", "FY2016"),
            ("April 1", "DATE", "2015-04-01"),
            ("Nov. 6", "DATE", "2014-11-06"),
            ("the coming weeks", "DURATION", "PXW"),
            ("1996", "DATE", "1996"),
            ("2004", "DATE", "2004"),
            ("2012", "DATE", "2012"),
            ("five years", "DURATION", "P5Y"),
            ("every month", "SET", "P1M"),
            ("Dec. 15", "DATE", "2014-12-15"),
            ("January", "DATE", "2015-01"),
        ],
    ),
    # Sunday 2015-04-26 (ISO week 17), dpa-style election-night wire, headline ("in Sunday
    # vote"), stamp "26.04.2015, 23:52" (day first, like "28.10.2014 14:32" in gold_blind78;
    # a DATE and a TIME), "Oristan (dpa) -" dateline without date, trailer "dpa hm/ak".
    # Kalvenia is at GMT+2 (CEST), like the stamp. "Sunday's parliamentary election" the
    # publication day; "Tonight" 2015-04-26TNI; clock times of election day: "by 11 pm (2100
    # GMT)" two TIMEs, "at about 11:30 pm" (approximator kept, gold_blind103's "about
    # 2.30pm"), "at 8 pm", "at 6 pm". Future: "on Monday morning" 2015-04-27TMO, "at 2 pm on
    # Monday" 2015-04-27T14:00 and the DATE, "due on Thursday" 2015-04-30, "next week"
    # 2015-W18 (the week that begins the next day), "from July 1" 2015-07-01. Past: "on
    # Friday" 2015-04-24, "on Sunday afternoon" 2015-04-26TAF. "four years ago" 2011 (the
    # unit's granularity, gold_blind28); "January 2011"; "every five years" SET P5Y; "the
    # spring of 2016" 2016-SP; "in February" and "in January" 2015-02 and 2015-01 (past);
    # "earlier this month" 2015-04 (gold_blind103); "the first quarter" 2015-Q1 (a country's
    # economy, calendar quarter just ended, gold_blind35); "the 2011 election" 2011 (an
    # adjectival year); "2 June 2011". "13 hours" PT13H; "within 30 days of the vote" P30D;
    # "within two years" P2Y; "for 11 days" P11D; "the past week" P1W; "41 days" P41D; "weeks
    # of coalition talks" PXW. Not annotated: "number 7 on the ballot", "150-seat", "62 per
    # cent" and the other shares, "49" and "56" (ages), "1.8 per cent", "the same time" (an
    # anaphoric clock reference), "www.vybory.kv/2015" (a web address holding the year).
    "kalvenia-election-opposition-leads": (
        "2015-04-26",
        [
            ("Sunday", "DATE", "2015-04-26"),
            ("26.04.2015", "DATE", "2015-04-26"),
            ("23:52", "TIME", "2015-04-26T23:52"),
            ("Sunday", "DATE", "2015-04-26"),
            ("11 pm", "TIME", "2015-04-26T23:00"),
            ("2100 GMT", "TIME", "2015-04-26T21:00"),
            ("Tonight", "TIME", "2015-04-26TNI"),
            ("about 11:30 pm", "TIME", "2015-04-26T23:30"),
            ("January 2011", "DATE", "2011-01"),
            ("Monday morning", "TIME", "2015-04-27TMO"),
            ("8 pm", "TIME", "2015-04-26T20:00"),
            ("13 hours", "DURATION", "PT13H"),
            ("6 pm", "TIME", "2015-04-26T18:00"),
            ("four years ago", "DATE", "2011"),
            ("Thursday", "DATE", "2015-04-30"),
            ("30 days", "DURATION", "P30D"),
            ("every five years", "SET", "P5Y"),
            ("the spring of 2016", "DATE", "2016-SP"),
            ("February", "DATE", "2015-02"),
            ("11 days", "DURATION", "P11D"),
            ("January", "DATE", "2015-01"),
            ("earlier this month", "DATE", "2015-04"),
            ("the first quarter", "DATE", "2015-Q1"),
            ("July 1", "DATE", "2015-07-01"),
            ("two years", "DURATION", "P2Y"),
            ("2 pm", "TIME", "2015-04-27T14:00"),
            ("Monday", "DATE", "2015-04-27"),
            ("the past week", "DURATION", "P1W"),
            ("2007", "DATE", "2007"),
            ("2011", "DATE", "2011"),
            ("41 days", "DURATION", "P41D"),
            ("2 June 2011", "DATE", "2011-06-02"),
            ("weeks", "DURATION", "PXW"),
            ("Sunday afternoon", "TIME", "2015-04-26TAF"),
            ("next week", "DATE", "2015-W18"),
            ("Friday", "DATE", "2015-04-24"),
        ],
    ),
    # Saturday 2015-08-22 (ISO week 34), AFP-style refugee story, headline, portal stamp
    # "Updated: 22/08/2015 12:14 GMT" (day-first slash date, like "25/02/2014" in gold_blind87;
    # a DATE and a TIME), year-less dateline "TARVEK, Menrovia, August 22 (AFP) -", trailer.
    # "said on Saturday" the publication day; "the early hours of Saturday" one DATE span
    # (gold_blind45); "Saturday morning" 2015-08-22TMO; "through Friday night" 2015-08-21TNI
    # and "Since last night" the same night (said on Saturday); "Tuesday morning" (a quote,
    # past) 2015-08-18TMO; "between Thursday and Saturday" 2015-08-20 and 2015-08-22; "on
    # Monday" 2015-08-17 and "on Friday" 2015-08-21 past; "On Wednesday evening" 2015-08-19TEV;
    # the Council "on Tuesday" 2015-08-25 and "next week" 2015-W35 ahead. "Two weeks ago"
    # 2015-W32 (week granularity, two ISO weeks before week 34, gold_blind11, gold_blind15).
    # "the past 48 hours" PT48H; "March 2014"; "walking for four days" P4D; "in July" 2015-07;
    # "this month" 2015-08; "the summer of 2014" 2014-SU; "for this year" 2015; "by
    # mid-September" 2015-09; "within a fortnight of its opening" P2W (gold_blind4, gold_blind9);
    # "the next few weeks" PXW; "due in October" 2015-10; "August 9"; "for 36 hours" PT36H;
    # registration "from 7:00 am to 7:00 pm every day", the hours of a recurring service
    # XXXX-XX-XXThh:mm with the SET P1D (gold_blind28, gold_blind45); "in 1999"; "in less than a
    # month" P1M (how long the crossing took); "within two years" P2Y. Not annotated: "My
    # youngest is two" and "31" (ages), "three children", "9,000", "9,400", "3,200", "210,000",
    # "60,000", "$180 million", "31 percent", "40 kilometres", "5,000", "seven people", "ten
    # buses", "40", "4.8 million", "80,000", "at night" (generic), "so far", "the rains" (a
    # season of no calendar unit; its month "October" is annotated), "once before".
    "cassaria-refugees-menrovia-border": (
        "2015-08-22",
        [
            ("22/08/2015", "DATE", "2015-08-22"),
            ("12:14 GMT", "TIME", "2015-08-22T12:14"),
            ("August 22", "DATE", "2015-08-22"),
            ("the past 48 hours", "DURATION", "PT48H"),
            ("Saturday", "DATE", "2015-08-22"),
            ("March 2014", "DATE", "2014-03"),
            ("Friday night", "TIME", "2015-08-21TNI"),
            ("the early hours of Saturday", "DATE", "2015-08-22"),
            ("four days", "DURATION", "P4D"),
            ("Tuesday morning", "TIME", "2015-08-18TMO"),
            ("Saturday morning", "TIME", "2015-08-22TMO"),
            ("Thursday", "DATE", "2015-08-20"),
            ("Saturday", "DATE", "2015-08-22"),
            ("July", "DATE", "2015-07"),
            ("Monday", "DATE", "2015-08-17"),
            ("this month", "DATE", "2015-08"),
            ("the summer of 2014", "DATE", "2014-SU"),
            ("Friday", "DATE", "2015-08-21"),
            ("this year", "DATE", "2015"),
            ("mid-September", "DATE", "2015-09"),
            ("a fortnight", "DURATION", "P2W"),
            ("the next few weeks", "DURATION", "PXW"),
            ("October", "DATE", "2015-10"),
            ("August 9", "DATE", "2015-08-09"),
            ("Wednesday evening", "TIME", "2015-08-19TEV"),
            ("Two weeks ago", "DATE", "2015-W32"),
            ("36 hours", "DURATION", "PT36H"),
            ("Tuesday", "DATE", "2015-08-25"),
            ("next week", "DATE", "2015-W35"),
            ("7:00 am", "TIME", "XXXX-XX-XXT07:00"),
            ("7:00 pm", "TIME", "XXXX-XX-XXT19:00"),
            ("every day", "SET", "P1D"),
            ("last night", "TIME", "2015-08-21TNI"),
            ("1999", "DATE", "1999"),
            ("less than a month", "DURATION", "P1M"),
            ("two years", "DURATION", "P2Y"),
        ],
    ),
    # Friday 2012-12-21 (ISO week 51), Reuters-style UN vote story, headline, website stamp
    # "Fri Dec 21, 2012 5:05pm EST" (one DATE span and a TIME, as in the summit story), byline,
    # year-less dateline "UNITED NATIONS, Dec 21 (Reuters) -", editing credit. "on Friday"
    # and the quote's "Today" the publication day; "a day after Ardesia's allies withdrew a
    # rival text" DURATION P1D (anchored, gold_blind29, gold_blind56); "before it breaks for
    # Christmas" 2012-12-25 (a holiday on the day it falls on, gold_blind103). Past: "on
    # Monday" 2012-12-17, "on Thursday" 2012-12-20, "Nov 27", "Feb 3", "Sept 1", "Oct 15",
    # "Dec 12", "in June" 2012-06, "since March" 2012-03. Future: "in January" 2013-01,
    # "before late January" -> "late January" 2013-01, "by June 30" 2013-06-30, "in May"
    # 2013-05. UN peacekeeping budgets run July-June: "the budget year that begins July 1" ->
    # "the budget year" FY2014 (July 2013-June 2014, named by the year it ends) plus
    # 2013-07-01, like "the budget year that begins July 1" in gold_blind29. "last year" 2011,
    # "this year's text" -> "this year" 2012; "within 30 days" P30D; "the past six months" P6M;
    # a curfew "from 6 p.m. to 6 a.m. ... every night" -> two TIMEs XXXX-XX-XXThh:mm and the
    # SET XXXX-XX-XXTNI (gold_blind28's curfew); "twice a year" SET P1Y; "within weeks"
    # (quoted) "weeks" PXW; "a 1989 coup" 1989 (adjectival year); "for six years" P6Y; "the
    # 1948 Universal Declaration" 1948 (the adjectival year of a document's adoption, like "the
    # Supreme Court's 1987 ruling" in gold_blind35). Not annotated: "A/67/L.41" (a document
    # symbol holding a session number), "193-nation", "118-17", "44 abstentions", "97-31",
    # "52 abstentions", "40 co-sponsors", "1,100", "60,000", "three-member", "14 villages",
    # "15-member", "71" (an age), "the first time" (an ordinal occasion, not a time).
    "un-assembly-ardesia-kell-resolution": (
        "2012-12-21",
        [
            ("Fri Dec 21, 2012", "DATE", "2012-12-21"),
            ("5:05pm EST", "TIME", "2012-12-21T17:05"),
            ("Dec 21", "DATE", "2012-12-21"),
            ("Friday", "DATE", "2012-12-21"),
            ("30 days", "DURATION", "P30D"),
            ("a day", "DURATION", "P1D"),
            ("Christmas", "DATE", "2012-12-25"),
            ("Today", "DATE", "2012-12-21"),
            ("January", "DATE", "2013-01"),
            ("last year", "DATE", "2011"),
            ("this year", "DATE", "2012"),
            ("Nov 27", "DATE", "2012-11-27"),
            ("Feb 3", "DATE", "2012-02-03"),
            ("the past six months", "DURATION", "P6M"),
            ("June", "DATE", "2012-06"),
            ("Monday", "DATE", "2012-12-17"),
            ("Sept 1", "DATE", "2012-09-01"),
            ("Oct 15", "DATE", "2012-10-15"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("March", "DATE", "2012-03"),
            ("Dec 12", "DATE", "2012-12-12"),
            ("late January", "DATE", "2013-01"),
            ("1989", "DATE", "1989"),
            ("Thursday", "DATE", "2012-12-20"),
            ("weeks", "DURATION", "PXW"),
            ("twice a year", "SET", "P1Y"),
            ("June 30", "DATE", "2013-06-30"),
            ("May", "DATE", "2013-05"),
            ("the budget year", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
            ("six years", "DURATION", "P6Y"),
            ("1948", "DATE", "1948"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
