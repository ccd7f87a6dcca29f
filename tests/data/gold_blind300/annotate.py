"""Annotations of the three-hundredth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind300/annotate.py [--show]

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
    # Friday 2012-10-19 (ISO week 42), Press Association court copy on a web portal, stamp
    # "Press Association - Fri, 19 Oct 2012 14:37 BST" (DATE plus TIME, the zone in the span and
    # not in the value, like "Sat, Nov 30, 2013, 01:00" in gold_blind101), byline, no dateline.
    # The verdict "on Friday" is the publication day (a bare weekday on its own day,
    # gold_blind44); the trial "began on 8 October" 2012-10-08 (a Monday); "a two-week trial"
    # DURATION P2W on the adjective. The sentencing "next month" 2012-11, "until 10am on 16
    # November" 2012-11-16T10:00 and the DATE. Past weekdays of the trial week: "in the witness
    # box on Tuesday" 2012-10-16, "told the jury on Wednesday" 2012-10-17; "earlier this week"
    # 2012-W42. The killing: "the early hours of Saturday 3 March" one DATE span 2012-03-03
    # (like "the early hours of Oct. 4, 2009", gold_blind52); "the evening of Friday 2 March"
    # one TIME span 2012-03-02TEV (like "the evening of Saturday 8 June", gold_blind69); "until
    # about 11.30pm" that evening 2012-03-02T23:30; "shortly before 1am" -> "1am"
    # 2012-03-03T01:00 ("shortly before" out of the span like "shortly after", gold_blind7);
    # "about 1.20am" 2012-03-03T01:20. Narrative anchors: "the following day" 2012-03-04 (the
    # day after the stabbing); "the following Monday" 2012-03-05; "a week earlier" (before the
    # stabbing) the ISO week before week 9, 2012-W08 (gold_blind22). "since Christmas" is the
    # Christmas before March 2012, 2011-12-25; "May last year" one span 2011-05 (gold_blind52,
    # gold_blind69); "four days after the stabbing" -> "four days" DURATION (anchored, alone).
    # "just under four hours" PT4H with its modifier; "the previous 48 hours" PT48H; "25
    # years" and "15 years" (starting points of a minimum term) DURATION, like the lengths of
    # terms in gold_blind69; "Every day for the past seven months" a SET P1D and a DURATION P7M;
    # "two years ago" 2010 (the unit's granularity); "the past year" P1Y. Not annotated: "a
    # mandatory life sentence" (no length), "the minimum term", "£40", "999", "six times",
    # "14 abusive text messages", "seven women and five men", "Court 12", "exhibit KR/4",
    # "8in", "12%", ages "29", "24", "31".
    "old-bailey-flatmate-debt-murder-verdict": (
        "2012-10-19",
        [
            ("Fri, 19 Oct 2012", "DATE", "2012-10-19"),
            ("14:37 BST", "TIME", "2012-10-19T14:37"),
            ("next month", "DATE", "2012-11"),
            ("the early hours of Saturday 3 March", "DATE", "2012-03-03"),
            ("just under four hours", "DURATION", "PT4H"),
            ("Friday", "DATE", "2012-10-19"),
            ("two-week", "DURATION", "P2W"),
            ("8 October", "DATE", "2012-10-08"),
            ("10am", "TIME", "2012-11-16T10:00"),
            ("16 November", "DATE", "2012-11-16"),
            ("2010", "DATE", "2010"),
            ("25 years", "DURATION", "P25Y"),
            ("15 years", "DURATION", "P15Y"),
            ("August 2010", "DATE", "2010-08"),
            ("Christmas", "DATE", "2011-12-25"),
            ("the previous 48 hours", "DURATION", "PT48H"),
            ("a week earlier", "DATE", "2012-W08"),
            ("the evening of Friday 2 March", "TIME", "2012-03-02TEV"),
            ("about 11.30pm", "TIME", "2012-03-02T23:30"),
            ("1am", "TIME", "2012-03-03T01:00"),
            ("about 1.20am", "TIME", "2012-03-03T01:20"),
            ("the following day", "DATE", "2012-03-04"),
            ("the following Monday", "DATE", "2012-03-05"),
            ("7 March", "DATE", "2012-03-07"),
            ("four days", "DURATION", "P4D"),
            ("Tuesday", "DATE", "2012-10-16"),
            ("Wednesday", "DATE", "2012-10-17"),
            ("2007", "DATE", "2007"),
            ("2009", "DATE", "2009"),
            ("May last year", "DATE", "2011-05"),
            ("earlier this week", "DATE", "2012-W42"),
            ("Every day", "SET", "P1D"),
            ("the past seven months", "DURATION", "P7M"),
            ("two years ago", "DATE", "2010"),
            ("the past year", "DURATION", "P1Y"),
        ],
    ),
    # Monday 2014-01-06 (ISO week 2), Irish national daily in print, section label, headline,
    # standfirst, byline, date line "Monday 6 January 2014" (one span with its weekday):
    # "late yesterday" Sunday 2014-01-05 with its modifier (gold_blind35); "this week" 2014-W02.
    # The headline's "January surge" -> "January" 2014-01, an adjectival month naming this
    # January (like "the March strikes", gold_blind10). Past: the count "on Friday" 2014-01-03
    # (twice), "8am on Friday" 2014-01-03T08:00, "Saturday evening" 2014-01-04TEV, "over the
    # weekend" -> "the weekend" 2014-W01-WE (4-5 January). Future: the standfirst's "until
    # Friday" and "until at least Friday" 2014-01-10 (the modifier kept, gold_blind14),
    # "10.30am on Wednesday" 2014-01-08T10:30 and the DATE; "later this month" 2014-01; "in
    # February" 2014-02. "over Christmas" -> "Christmas" 2013-12-25; "in December than in
    # December 2012" 2013-12 and 2012-12; "published in November" 2013-11; "by the end of
    # December" 2013-12 (gold_blind35's "the end of the month"); "New Year's Eve" 2013-12-31;
    # "Last winter" in January 2014 is the winter of 2012-13, 2013-WI (gold_blind103), with
    # "8 January 2013" in it. "The past few days" PXD; "20 years of nursing" P20Y; "the past
    # week" P1W; "within the next three weeks" -> "the next three weeks" P3W; "recent months"
    # PAST_REF; "now" twice PRESENT_REF; "more than a year" P1Y; "more than 24 hours" PT24H;
    # "29 hours" PT29H; "nine hours" PT9H; "the HSE's 2014 service plan" -> "2014" (an
    # adjectival year). The GP services' hours recur: "from 6pm to 8am every night" two TIMEs
    # XXXX-XX-XXThh:mm and the SET XXXX-XX-XXTNI, "at weekends" -> "weekends" SET XXXX-WXX-WE
    # (gold_blind28, gold_blind103). "Trolley figures for today ... at noon" 2014-01-06 and
    # 2014-01-06T12:00. Not annotated: "the highest daily count" (an adjective naming the
    # period of a figure, like "its usual monthly total" in gold_blind103), "Its emergency
    # plan", "386", "47", "87-year-old", "9pc", "200 extra beds", "120", "Ward 3B", "41,000",
    # "€13.1bn", "1850 555 014", "around the clock".
    "cairnmore-hospital-trolleys-january-surge": (
        "2014-01-06",
        [
            ("January", "DATE", "2014-01"),
            ("Friday", "DATE", "2014-01-10"),
            ("Monday 6 January 2014", "DATE", "2014-01-06"),
            ("this week", "DATE", "2014-W02"),
            ("Christmas", "DATE", "2013-12-25"),
            ("late yesterday", "DATE", "2014-01-05"),
            ("Friday", "DATE", "2014-01-03"),
            ("January 2011", "DATE", "2011-01"),
            ("8am", "TIME", "2014-01-03T08:00"),
            ("Friday", "DATE", "2014-01-03"),
            ("more than 24 hours", "DURATION", "PT24H"),
            ("29 hours", "DURATION", "PT29H"),
            ("Saturday evening", "TIME", "2014-01-04TEV"),
            ("December", "DATE", "2013-12"),
            ("December 2012", "DATE", "2012-12"),
            ("at least Friday", "DATE", "2014-01-10"),
            ("November", "DATE", "2013-11"),
            ("the end of December", "DATE", "2013-12"),
            ("New Year's Eve", "DATE", "2013-12-31"),
            ("The past few days", "DURATION", "PXD"),
            ("20 years", "DURATION", "P20Y"),
            ("1978", "DATE", "1978"),
            ("now", "DATE", "PRESENT_REF"),
            ("the weekend", "DATE", "2014-W01-WE"),
            ("the past week", "DURATION", "P1W"),
            ("the next three weeks", "DURATION", "P3W"),
            ("Last winter", "DATE", "2013-WI"),
            ("8 January 2013", "DATE", "2013-01-08"),
            ("recent months", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("more than a year", "DURATION", "P1Y"),
            ("nine hours", "DURATION", "PT9H"),
            ("February", "DATE", "2014-02"),
            ("10.30am", "TIME", "2014-01-08T10:30"),
            ("Wednesday", "DATE", "2014-01-08"),
            ("2014", "DATE", "2014"),
            ("later this month", "DATE", "2014-01"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("today", "DATE", "2014-01-06"),
            ("noon", "TIME", "2014-01-06T12:00"),
        ],
    ),
    # Wednesday 2012-12-19 (ISO week 51), Welsh regional news website, section path, headline,
    # standfirst, byline, stamp "19 Dec 2012 11:42" (DATE plus TIME). "yesterday" Tuesday
    # 2012-12-18; "this morning" 2012-12-19TMO; "tomorrow" 2012-12-20; the yellow warning "for
    # Friday" 2012-12-21; "this weekend" (the coming one) 2012-W51-WE (22-23 December). "until
    # after Christmas" (headline and lead) -> "Christmas" 2012-12-25, "until after" signals;
    # "Christmas Day" 2012-12-25, "Boxing Day" 2012-12-26; "before Thursday 27 December" one
    # DATE span with its weekday. Past: "since the early hours of Monday" one DATE span
    # 2012-12-17 (gold_blind11); "about 5.40am on Monday" 2012-12-17T05:40 and the DATE;
    # "since Monday night" 2012-12-17TNI. "for at least a week" -> "at least a week" P1W;
    # "71mm of rain fell in 36 hours" -> "36 hours" PT36H (how long a past change took,
    # gold_blind35); "without the line for ten days" P10D (17-27 December). The buses' hours
    # recur: "every 30 minutes from 6am to 11pm" SET PT30M and two TIMEs XXXX-XX-XXThh:mm;
    # "about 40 minutes" PT40M. "the third time this year" -> "this year" 2012 (the count's
    # period is the calendar year named); "nine days in January" P9D and 2012-01; "a week in
    # June" P1W and 2012-06. "the 1860s" 186; "for decades" -> "decades" PXY (gold_blind6);
    # "1864"; "since 2008"; "in the autumn" 2012-FA (the autumn just past); "the past three
    # months" P3M; "since the 1990s" 199; "next month" 2013-01; "the next five years" P5Y. Not
    # annotated: "any autumn" (generic), "the holidays" (a school holiday, no calendar value,
    # gold_blind9), "around the clock", "until the line reopens", "the busiest", "800 tonnes",
    # "71mm", "25mm", "X44", "14 cuttings", "£3.2m", "£12m", "yellow warning", "01558 186 400"
    # (beside "1864"), "tywivalleyrail.org.uk/disruption2012" (a year in a web address).
    "tywi-valley-line-landslip-christmas": (
        "2012-12-19",
        [
            ("Christmas", "DATE", "2012-12-25"),
            ("at least a week", "DURATION", "P1W"),
            ("19 Dec 2012", "DATE", "2012-12-19"),
            ("11:42", "TIME", "2012-12-19T11:42"),
            ("the early hours of Monday", "DATE", "2012-12-17"),
            ("Christmas", "DATE", "2012-12-25"),
            ("yesterday", "DATE", "2012-12-18"),
            ("36 hours", "DURATION", "PT36H"),
            ("about 5.40am", "TIME", "2012-12-17T05:40"),
            ("Monday", "DATE", "2012-12-17"),
            ("Monday night", "TIME", "2012-12-17TNI"),
            ("this morning", "TIME", "2012-12-19TMO"),
            ("Thursday 27 December", "DATE", "2012-12-27"),
            ("Christmas Day", "DATE", "2012-12-25"),
            ("Boxing Day", "DATE", "2012-12-26"),
            ("ten days", "DURATION", "P10D"),
            ("every 30 minutes", "SET", "PT30M"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("this year", "DATE", "2012"),
            ("nine days", "DURATION", "P9D"),
            ("January", "DATE", "2012-01"),
            ("a week", "DURATION", "P1W"),
            ("June", "DATE", "2012-06"),
            ("this weekend", "DATE", "2012-W51-WE"),
            ("the 1860s", "DATE", "186"),
            ("decades", "DURATION", "PXY"),
            ("1864", "DATE", "1864"),
            ("2008", "DATE", "2008"),
            ("the autumn", "DATE", "2012-FA"),
            ("the past three months", "DURATION", "P3M"),
            ("the 1990s", "DATE", "199"),
            ("tomorrow", "DATE", "2012-12-20"),
            ("Friday", "DATE", "2012-12-21"),
            ("next month", "DATE", "2013-01"),
            ("the next five years", "DURATION", "P5Y"),
        ],
    ),
    # Thursday 2013-02-28 (ISO week 9), English regional daily in print, section label,
    # headline, standfirst, byline, date line "Thursday 28 February 2013". "last night" is the
    # night of yesterday, 2013-02-27TNI (gold_blind35), the meeting's "6pm" and "10.52pm" on
    # that day; "almost five hours" PT5H. A council's financial year runs April-March and is
    # named by the year it ends (gold_blind11, gold_blind48): "the financial year 2013-14" one
    # DATE span FY2014 (gold_blind49's "the financial year 2014-15"); "2011-12", "2012-13" and
    # "the 2014-15 budget" -> FY2012, FY2013, FY2015 (see README); "before the end of the
    # financial year" the current one, FY2013, one span (gold_blind19). "from April" (headline)
    # 2013-04, "from 1 April" and "starting on 1 April" 2013-04-01. "first increase in three
    # years" and "the first rise in three years" P3Y (the period of a "first in"); "paid for two
    # years" P2Y; "the next three years" P3Y. "said on Tuesday" 2013-02-26. "From October"
    # 2013-10; "fortnightly" (standfirst) and "every other week" SET P2W (gold_blind17); "instead
    # of weekly" SET P1W (the old collections' recurrence); "close on Mondays" SET XXXX-WXX-1;
    # "from 1 July" 2013-07-01; "monthly instalments" SET P1M (a recurrence, like "monthly leak
    # surveys", gold_blind35). "March 2010"; "for decades" PXY; "1993"; "this year than last
    # year" 2013 and 2012, calendar values as worded (gold_blind35's "Last year's budget");
    # "the snow in January" 2013-01; "elected in November" 2012-11; "earlier this month"
    # 2013-02; "mid-March" 2013-03; "by 15 March" 2013-03-15; "four-year" P4Y; "April 2014";
    # "the summer" 2013-SU and "the autumn" 2013-FA ahead; "7pm on Monday 11 March"
    # 2013-03-11T19:00 and the DATE; "£21.40 more than now" PRESENT_REF. Not annotated: "Band
    # D" (twice), "38 to 21", "1.9%", "£212m", "£1,147.82", "£21.40", "£2.3m", "1%", "£31m",
    # "26 libraries", "£48m", "£29m", "£4m", "8%", "2%", "10" and "12" instalments, "agenda
    # item 7", "appendix 4", "wexcombe.gov.uk/budget2013", "a third freeze" (an ordinal count).
    "wexcombe-council-tax-budget-2013-14": (
        "2013-02-28",
        [
            ("April", "DATE", "2013-04"),
            ("three years", "DURATION", "P3Y"),
            ("fortnightly", "SET", "P2W"),
            ("Thursday 28 February 2013", "DATE", "2013-02-28"),
            ("last night", "TIME", "2013-02-27TNI"),
            ("the financial year 2013-14", "DATE", "FY2014"),
            ("1 April", "DATE", "2013-04-01"),
            ("6pm", "TIME", "2013-02-27T18:00"),
            ("10.52pm", "TIME", "2013-02-27T22:52"),
            ("almost five hours", "DURATION", "PT5H"),
            ("now", "DATE", "PRESENT_REF"),
            ("three years", "DURATION", "P3Y"),
            ("2011-12", "DATE", "FY2012"),
            ("2012-13", "DATE", "FY2013"),
            ("Tuesday", "DATE", "2013-02-26"),
            ("two years", "DURATION", "P2Y"),
            ("the next three years", "DURATION", "P3Y"),
            ("October", "DATE", "2013-10"),
            ("every other week", "SET", "P2W"),
            ("weekly", "SET", "P1W"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("1 July", "DATE", "2013-07-01"),
            ("March 2010", "DATE", "2010-03"),
            ("the end of the financial year", "DATE", "FY2013"),
            ("decades", "DURATION", "PXY"),
            ("1993", "DATE", "1993"),
            ("this year", "DATE", "2013"),
            ("last year", "DATE", "2012"),
            ("January", "DATE", "2013-01"),
            ("November", "DATE", "2012-11"),
            ("earlier this month", "DATE", "2013-02"),
            ("mid-March", "DATE", "2013-03"),
            ("monthly", "SET", "P1M"),
            ("1 April", "DATE", "2013-04-01"),
            ("15 March", "DATE", "2013-03-15"),
            ("four-year", "DURATION", "P4Y"),
            ("April 2014", "DATE", "2014-04"),
            ("the summer", "DATE", "2013-SU"),
            ("2014-15", "DATE", "FY2015"),
            ("the autumn", "DATE", "2013-FA"),
            ("7pm", "TIME", "2013-03-11T19:00"),
            ("Monday 11 March", "DATE", "2013-03-11"),
        ],
    ),
    # Sunday 2014-11-02 (ISO week 44), Northern Ireland news website, section label, headline,
    # stamp "Published 02/11/2014 15:20" (a day-first slash date, DATE 2014-11-02, and a TIME)
    # and an "UPDATE 18:45:" line (TIME 2014-11-02T18:45, gold_blind72). "Halloween"
    # (the headline's and body's "Halloween party", an adjectival holiday naming the party of that
    # day, like "the Anzac Day service", gold_blind49) 2014-10-31, a Friday. Friday: "since 8pm
    # on Friday" 2014-10-31T20:00 and the DATE; "at 11pm that evening" 2014-10-31T23:00 and
    # "that evening" 2014-10-31TEV (a narrative anchor on that Friday); "since Friday night"
    # 2014-10-31TNI. Saturday: "the early hours of Saturday" one DATE span 2014-11-01; "about
    # 12.40am on Saturday" 2014-11-01T00:40 (a time after midnight takes the new day,
    # gold_blind7); "12.52am", "1.15am", "9.15am" that day; "between 12.30am and 2am on
    # Saturday" two TIMEs and the DATE; "through Saturday night" 2014-11-01TNI. The day of
    # publication: "this morning's appeal" -> "this morning" 2014-11-02TMO, "early this
    # morning" the same, "this afternoon" TAF, "7pm this evening" 2014-11-02T19:00 and TEV.
    # Ahead: "due back at school on Monday" 2014-11-03; "10am tomorrow" 2014-11-03T10:00 and
    # "tomorrow"; "next summer" 2015-SU (her GCSE exams). "now" PRESENT_REF; "more than 36
    # hours" PT36H; "the past two days" P2D; "two years ago" 2012; "recent weeks" PAST_REF;
    # "for a month" P1M; "every 12 hours" SET PT12H; "every year" SET P1Y; "within 48 hours"
    # PT48H. "quoting reference 312 of 01/11/14" -> "01/11/14" DATE 2014-11-01, day first, the
    # log number not annotated (gold_blind72). Not annotated: "(16)", "16-year-old", "5ft 4in",
    # "the B78" (twice), "more than 100 calls", "6,000", "101", "312", "Year 12", "the half-term
    # break" (a school break, no calendar value, gold_blind68), "ever since", "since" (bare).
    "ciara-donnelly-missing-since-halloween": (
        "2014-11-02",
        [
            ("Halloween", "DATE", "2014-10-31"),
            ("02/11/2014", "DATE", "2014-11-02"),
            ("15:20", "TIME", "2014-11-02T15:20"),
            ("18:45", "TIME", "2014-11-02T18:45"),
            ("this morning", "TIME", "2014-11-02TMO"),
            ("7pm", "TIME", "2014-11-02T19:00"),
            ("this evening", "TIME", "2014-11-02TEV"),
            ("the early hours of Saturday", "DATE", "2014-11-01"),
            ("Halloween", "DATE", "2014-10-31"),
            ("about 12.40am", "TIME", "2014-11-01T00:40"),
            ("Saturday", "DATE", "2014-11-01"),
            ("8pm", "TIME", "2014-10-31T20:00"),
            ("Friday", "DATE", "2014-10-31"),
            ("11pm", "TIME", "2014-10-31T23:00"),
            ("that evening", "TIME", "2014-10-31TEV"),
            ("12.52am", "TIME", "2014-11-01T00:52"),
            ("1.15am", "TIME", "2014-11-01T01:15"),
            ("9.15am", "TIME", "2014-11-01T09:15"),
            ("Saturday", "DATE", "2014-11-01"),
            ("Saturday night", "TIME", "2014-11-01TNI"),
            ("early this morning", "TIME", "2014-11-02TMO"),
            ("this afternoon", "TIME", "2014-11-02TAF"),
            ("now", "DATE", "PRESENT_REF"),
            ("more than 36 hours", "DURATION", "PT36H"),
            ("Monday", "DATE", "2014-11-03"),
            ("12.30am", "TIME", "2014-11-01T00:30"),
            ("2am", "TIME", "2014-11-01T02:00"),
            ("Saturday", "DATE", "2014-11-01"),
            ("the past two days", "DURATION", "P2D"),
            ("Friday night", "TIME", "2014-10-31TNI"),
            ("two years ago", "DATE", "2012"),
            ("next summer", "DATE", "2015-SU"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("a month", "DURATION", "P1M"),
            ("10am", "TIME", "2014-11-03T10:00"),
            ("tomorrow", "DATE", "2014-11-03"),
            ("every 12 hours", "SET", "PT12H"),
            ("every year", "SET", "P1Y"),
            ("48 hours", "DURATION", "PT48H"),
            ("01/11/14", "DATE", "2014-11-01"),
        ],
    ),
    # Tuesday 2015-08-04 (ISO week 32), Scottish paper's website on exam results day, section
    # label, headline, byline, stamp "10:31 Tuesday 04 August 2015" (TIME plus one DATE span
    # with its weekday). "this morning" 2015-08-04TMO; texts "began arriving at 8am"
    # 2015-08-04T08:00; Sophie "up at 7.45am" that morning; the helpline "opened at 8am today"
    # 2015-08-04T08:00 and "today"; its daily hours "from 8am to 10pm each day" two TIMEs
    # XXXX-XX-XXThh:mm and the SET P1D (gold_blind49's "from 8 am to 8 pm daily"); "until Friday
    # 14 August" and "by Friday 14 August" 2015-08-14. "nine days before A-level results ...
    # on Thursday 13 August" -> "nine days" DURATION (anchored, alone) and 2015-08-13;
    # "yesterday" 2015-08-03; "by the end of the week" 2015-W32 (gold_blind35). "last year" and
    # "Last year" 2014; "This year" 2015; "this summer" 2015-SU; "for decades" PXY; "introduced
    # in 2014"; "first awarded in 1888"; "from 27 April to 2 June" 2015-04-27 and 2015-06-02;
    # "sat on 14 May" 2015-05-14; "the most since 2010" -> "2010"; "the school's best in five
    # years" P5Y (the period of a superlative); "The past few months" PXM; "every evening"
    # SET XXXX-XX-XXTEV, "from February" 2015-02; "in September" 2015-09 (ahead); "within ten
    # days" P10D; "its first two days" P2D (an ordinal period of the helpline, like "its first
    # 100 days", gold_blind14); "the past decade" P10Y; "every year since 2006" a SET P1Y and
    # a DATE (gold_blind52); "on 1 September" 2015-09-01. Not annotated: "148,000", "79.2%",
    # "77.0%", "96,000", "S5", "S6", "National 5", "79.8%", "9,400", "Advanced Higher", "an A",
    # "six marks", "five As", "17" (an age), "7,600 calls", "0808 555 2015", "the exam diet",
    # "breakfast", "recess", "A-level".
    "scotland-exam-results-day-higher-pass-rate": (
        "2015-08-04",
        [
            ("10:31", "TIME", "2015-08-04T10:31"),
            ("Tuesday 04 August 2015", "DATE", "2015-08-04"),
            ("this morning", "TIME", "2015-08-04TMO"),
            ("last year", "DATE", "2014"),
            ("8am", "TIME", "2015-08-04T08:00"),
            ("decades", "DURATION", "PXY"),
            ("This year", "DATE", "2015"),
            ("2014", "DATE", "2014"),
            ("1888", "DATE", "1888"),
            ("this summer", "DATE", "2015-SU"),
            ("27 April", "DATE", "2015-04-27"),
            ("2 June", "DATE", "2015-06-02"),
            ("14 May", "DATE", "2015-05-14"),
            ("2010", "DATE", "2010"),
            ("five years", "DURATION", "P5Y"),
            ("The past few months", "DURATION", "PXM"),
            ("7.45am", "TIME", "2015-08-04T07:45"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("February", "DATE", "2015-02"),
            ("September", "DATE", "2015-09"),
            ("Friday 14 August", "DATE", "2015-08-14"),
            ("ten days", "DURATION", "P10D"),
            ("nine days", "DURATION", "P9D"),
            ("Thursday 13 August", "DATE", "2015-08-13"),
            ("yesterday", "DATE", "2015-08-03"),
            ("the end of the week", "DATE", "2015-W32"),
            ("8am", "TIME", "2015-08-04T08:00"),
            ("today", "DATE", "2015-08-04"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("each day", "SET", "P1D"),
            ("Friday 14 August", "DATE", "2015-08-14"),
            ("Last year", "DATE", "2014"),
            ("its first two days", "DURATION", "P2D"),
            ("the past decade", "DURATION", "P10Y"),
            ("every year", "SET", "P1Y"),
            ("2006", "DATE", "2006"),
            ("1 September", "DATE", "2015-09-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
