"""Annotations of blind gold set 480, chosen by hand before the tagger ran.

    python tests/data/gold_blind480/annotate.py [--show]

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
    # Wednesday 2014-10-22 (ISO week 43), British national broadsheet's politics page, section
    # label, headline, standfirst, byline, date line "Wednesday 22 October 2014" (one span with
    # its weekday). The vote was "last night", Tuesday 2014-10-21TNI (gold_blind35: "last night"
    # is the night before the publication day), "called at 7.12pm" and "read out at 7.25pm" that
    # evening; "yesterday afternoon" 2014-10-21TAF; "last night" again for the 1922 Committee.
    # "the weekend" of the whips' calls is the one just past, 2014-W42-WE (18-19 October).
    # "next week" (standfirst and quote) 2014-W44. Narrative anchors: "on 8 October. The next
    # day" -> 2014-10-09 and "That evening" its evening 2014-10-09TEV (gold_blind8, gold_blind14).
    # Bare weekdays: "said on Monday" past 2014-10-20; "third reading is scheduled for Tuesday"
    # future 2014-10-28. "the 2010 intake" -> "2010", an adjectival year (gold_blind25's "the
    # 2022 election"). "every Thursday since the summer" a SET XXXX-WXX-4 and "the summer"
    # 2014-SU (gold_blind9, gold_blind25). "the past fortnight" P2W (gold_blind9); "this month"
    # 2014-10; "February" past 2014-02, "November" ahead 2014-11; "rises for Christmas"
    # 2014-12-25 (gold_blind77); "next May" 2015-05; "annual building targets" SET P1Y
    # (adjectival recurrence, gold_blind77); "chosen in weeks" PXW; "Four years ago" 2010 (the
    # unit's granularity); "within a week" P1W; "noon today" two TIMEX3 (gold_blind25's "noon
    # yesterday"), noon 2014-10-22T12:00. Not annotated: "this parliament" (a parliament has no
    # calendar value, gold_blind77), "third reading", "the general election" (an event, dated by
    # "next May"), "the second time", "291 votes to 280", "a majority of 11", "new clause 7",
    # "clause 14", "Thirty-four", "nine", "1,500 homes", "200,000 homes", "58" (age), "the A14",
    # "the 1922 Committee" (a name holding a year), "a dozen colleagues".
    "garden-villages-bill-rebellion-vote": (
        "2014-10-22",
        [
            ("next week", "DATE", "2014-W44"),
            ("Wednesday 22 October 2014", "DATE", "2014-10-22"),
            ("last night", "TIME", "2014-10-21TNI"),
            ("7.12pm", "TIME", "2014-10-21T19:12"),
            ("almost six hours", "DURATION", "PT6H"),
            ("the weekend", "DATE", "2014-W42-WE"),
            ("12-month", "DURATION", "P12M"),
            ("8 October", "DATE", "2014-10-08"),
            ("The next day", "DATE", "2014-10-09"),
            ("That evening", "TIME", "2014-10-09TEV"),
            ("next week", "DATE", "2014-W44"),
            ("7.25pm", "TIME", "2014-10-21T19:25"),
            ("2010", "DATE", "2010"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("the summer", "DATE", "2014-SU"),
            ("the past fortnight", "DURATION", "P2W"),
            ("this month", "DATE", "2014-10"),
            ("7 October", "DATE", "2014-10-07"),
            ("nine hours", "DURATION", "PT9H"),
            ("yesterday afternoon", "TIME", "2014-10-21TAF"),
            ("Monday", "DATE", "2014-10-20"),
            ("February", "DATE", "2014-02"),
            ("eight months", "DURATION", "P8M"),
            ("Christmas", "DATE", "2014-12-25"),
            ("next May", "DATE", "2015-05"),
            ("Tuesday", "DATE", "2014-10-28"),
            ("November", "DATE", "2014-11"),
            ("annual", "SET", "P1Y"),
            ("2020", "DATE", "2020"),
            ("weeks", "DURATION", "PXW"),
            ("Four years ago", "DATE", "2010"),
            ("a week", "DURATION", "P1W"),
            ("last night", "TIME", "2014-10-21TNI"),
            ("noon", "TIME", "2014-10-22T12:00"),
            ("today", "DATE", "2014-10-22"),
        ],
    ),
    # Thursday 2014-03-20 (ISO week 12), British regional daily's Budget-day-after page, label
    # "BUDGET SPECIAL", headline ("slips to 2016"), standfirst ("two more years", P2Y like "30
    # more years" in gold_blind25), byline, date line "Thursday 20 March 2014". "yesterday's
    # Budget" -> "yesterday" 2014-03-19 (possessive without the "'s"); the speech "began at
    # 12.31pm and lasted 58 minutes" 2014-03-19T12:31 and PT58M; "last night" 2014-03-19TNI.
    # "promised in 2012" and "the 2012 Autumn Statement" -> "2012" twice (the adjectival year
    # kept, the Autumn Statement left out as a fiscal event's name, gold_blind25). "this spring"
    # 2014-SP. "Now it is 2016" -> "Now" PRESENT_REF and "2016"; "By then" anaphoric, left out.
    # "the end of the decade" 201 (gold_blind10, gold_blind13). UK tax years run 6 April-5 April
    # and are named by the year they end (gold_blind25): "the new tax year" and "the 2014-15 tax
    # year" FY2015, the elliptical "2015-16" FY2016 and "2018-19" FY2019 (gold_blind77). "6 April"
    # 2014-04-06 (body and box), "1 July" 2014-07-01 (body and box), "30 June" 2014-06-30,
    # "January" ahead 2015-01, "September" ahead 2014-09, "December" ahead 2014-12. "the first
    # good news for savers in five years" P5Y and "the first cut ... in 20 years" P20Y (the
    # period of a "first in", gold_blind35). Weekdays: "from Monday" future 2014-03-24; "last
    # Wednesday" the most recent Wednesday 2014-03-12 (gold_blind8, gold_blind14); "next
    # Tuesday" in a Thursday paper the nearest coming Tuesday 2014-03-25 (gold_blind14,
    # gold_blind25). "now expects" PRESENT_REF; "this year" 2014, "next year" 2015; "May 2015";
    # "A six-month consultation" P6M; "between 10am and 4pm today" two TIMEs and the DATE. Not
    # annotated: "Budget" (an event), "the Autumn Statement" (twice), "the general election",
    # "fifth" (an ordinal of Budgets), "the A19" (three times), "£240m", "£10,000", "£10,500",
    # "£15,000", "4%", "0.5%", "1p a pint", "40p" (a tax rate), "1%", "2.7%", "2.3%", "9.9%",
    # "67" (age), "0191 498 0606", "teesgazette.co.uk/budget2014" (a year inside a web address),
    # "By then".
    "budget-north-east-savers-a19-delay": (
        "2014-03-20",
        [
            ("2016", "DATE", "2016"),
            ("two more years", "DURATION", "P2Y"),
            ("Thursday 20 March 2014", "DATE", "2014-03-20"),
            ("yesterday", "DATE", "2014-03-19"),
            ("2012", "DATE", "2012"),
            ("2012", "DATE", "2012"),
            ("this spring", "DATE", "2014-SP"),
            ("12.31pm", "TIME", "2014-03-19T12:31"),
            ("58 minutes", "DURATION", "PT58M"),
            ("2016", "DATE", "2016"),
            ("two years", "DURATION", "P2Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("2016", "DATE", "2016"),
            ("last night", "TIME", "2014-03-19TNI"),
            ("the end of the decade", "DATE", "201"),
            ("the new tax year", "DATE", "FY2015"),
            ("6 April", "DATE", "2014-04-06"),
            ("the 2014-15 tax year", "DATE", "FY2015"),
            ("2015-16", "DATE", "FY2016"),
            ("1 July", "DATE", "2014-07-01"),
            ("January", "DATE", "2015-01"),
            ("2009", "DATE", "2009"),
            ("five years", "DURATION", "P5Y"),
            ("Monday", "DATE", "2014-03-24"),
            ("20 years", "DURATION", "P20Y"),
            ("30 June", "DATE", "2014-06-30"),
            ("September", "DATE", "2014-09"),
            ("now", "DATE", "PRESENT_REF"),
            ("this year", "DATE", "2014"),
            ("next year", "DATE", "2015"),
            ("2018-19", "DATE", "FY2019"),
            ("last Wednesday", "DATE", "2014-03-12"),
            ("next Tuesday", "DATE", "2014-03-25"),
            ("December", "DATE", "2014-12"),
            ("May 2015", "DATE", "2015-05"),
            ("six-month", "DURATION", "P6M"),
            ("today", "DATE", "2014-03-20"),
            ("6 April", "DATE", "2014-04-06"),
            ("1 July", "DATE", "2014-07-01"),
            ("January 2015", "DATE", "2015-01"),
            ("April 2015", "DATE", "2015-04"),
            ("10am", "TIME", "2014-03-20T10:00"),
            ("4pm", "TIME", "2014-03-20T16:00"),
            ("today", "DATE", "2014-03-20"),
        ],
    ),
    # Saturday 2013-11-09 (ISO week 45), British regional daily's Saturday by-election preview,
    # label, headline ("Five days to go", DURATION P5D, a countdown like "Two Weeks After Quake"
    # in gold_blind35), byline, date line "Saturday 9 November 2013". Polling is "on Thursday"
    # 2013-11-14 (body and box). "this weekend" 2013-W45-WE (9-10 November). Remembrance Sunday
    # is the second Sunday of November, 2013-11-10: "for Remembrance Sunday tomorrow" two DATEs
    # (an apposition like "tomorrow, New Year's Day" in gold_blind17); "between 10am and 1pm
    # tomorrow" two TIMEs on 2013-11-10 and the DATE. "month-long" P1M (adjectival duration).
    # Past: "in September" 2013-09, "15 October", "in May" 2013-05 (the county elections),
    # "said yesterday" 2013-11-08, "on Wednesday night" 2013-11-06TNI, "between Sunday and
    # Tuesday" 2013-11-03 and 2013-11-05, "25 October". Future: "at 7pm tonight" 2013-11-09T19:00
    # and 2013-11-09TNI; "until 5pm on Wednesday" 2013-11-13T17:00 and the DATE; the box's
    # "Monday, 7.30pm" 2013-11-11, "Wednesday, 5pm", "Thursday ... 7am to 10pm", "Friday ... at
    # around 2am" 2013-11-15T02:00 (approximator kept). "by 10pm on polling day" -> "10pm"
    # 2013-11-14T22:00, "polling day" left out (gold_blind25). "after 23 years" P23Y, "for 11
    # years" P11Y, "in 40 years of living here" P40Y (the period of a superlative),
    # "18 months", "the next decade" P10Y, "the next 18 months" P18M; "every evening" SET
    # XXXX-XX-XXTEV; "since March 1962" 1962-03; "1990", "2010", "1997", "May 2015". Not
    # annotated: "polling day", "the general election", "Since then" (anaphoric), "6,204",
    # "64%", "41%", "19%", "nine-point", "34", "61-year-old", "11,000", "52 polling stations",
    # "0800 555 1997" (a phone number ending in a year-like 1997, beside the annotated "1997"),
    # "four of the constituency's county divisions", "third place", "six candidates".
    "harnsworth-west-by-election-final-weekend": (
        "2013-11-09",
        [
            ("Five days", "DURATION", "P5D"),
            ("Saturday 9 November 2013", "DATE", "2013-11-09"),
            ("Thursday", "DATE", "2013-11-14"),
            ("March 1962", "DATE", "1962-03"),
            ("this weekend", "DATE", "2013-W45-WE"),
            ("month-long", "DURATION", "P1M"),
            ("Remembrance Sunday", "DATE", "2013-11-10"),
            ("tomorrow", "DATE", "2013-11-10"),
            ("10am", "TIME", "2013-11-10T10:00"),
            ("1pm", "TIME", "2013-11-10T13:00"),
            ("tomorrow", "DATE", "2013-11-10"),
            ("September", "DATE", "2013-09"),
            ("23 years", "DURATION", "P23Y"),
            ("1990", "DATE", "1990"),
            ("2010", "DATE", "2010"),
            ("1997", "DATE", "1997"),
            ("15 October", "DATE", "2013-10-15"),
            ("11 years", "DURATION", "P11Y"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("May", "DATE", "2013-05"),
            ("yesterday", "DATE", "2013-11-08"),
            ("40 years", "DURATION", "P40Y"),
            ("Wednesday night", "TIME", "2013-11-06TNI"),
            ("Sunday", "DATE", "2013-11-03"),
            ("Tuesday", "DATE", "2013-11-05"),
            ("7pm", "TIME", "2013-11-09T19:00"),
            ("tonight", "TIME", "2013-11-09TNI"),
            ("18 months", "DURATION", "P18M"),
            ("May 2015", "DATE", "2015-05"),
            ("the next decade", "DURATION", "P10Y"),
            ("the next 18 months", "DURATION", "P18M"),
            ("25 October", "DATE", "2013-10-25"),
            ("10pm", "TIME", "2013-11-14T22:00"),
            ("5pm", "TIME", "2013-11-13T17:00"),
            ("Wednesday", "DATE", "2013-11-13"),
            ("Monday", "DATE", "2013-11-11"),
            ("7.30pm", "TIME", "2013-11-11T19:30"),
            ("Wednesday", "DATE", "2013-11-13"),
            ("5pm", "TIME", "2013-11-13T17:00"),
            ("Thursday", "DATE", "2013-11-14"),
            ("7am", "TIME", "2013-11-14T07:00"),
            ("10pm", "TIME", "2013-11-14T22:00"),
            ("Friday", "DATE", "2013-11-15"),
            ("around 2am", "TIME", "2013-11-15T02:00"),
        ],
    ),
    # Sunday 2012-09-30 (ISO week 39), British Sunday paper's conference preview, masthead "THE
    # NORTHERN SUNDAY COURIER" (a paper's name, not annotated) with the date line "Sunday 30
    # September 2012", section label "POLITICS | CONFERENCE SEASON", headline, byline. "annual
    # conference" SET P1Y (gold_blind77's "The annual exercise"); "opens ... this afternoon"
    # 2012-09-30TAF; "since March" 2012-03. "Over five days" P5D, "until the conference closes
    # on Thursday" future 2012-10-04; the poll "carried out on Thursday and Friday" past,
    # 2012-09-27 and 2012-09-28 (the same weekday in both directions, gold_blind75). Fringe
    # meetings "starting at 7.30am each day": the hour of a recurring event XXXX-XX-XXT07:30 and
    # the SET P1D (gold_blind25, gold_blind103). "on Tuesday afternoon" 2012-10-02TAF; "at
    # 11.15am tomorrow" 2012-10-01T11:15 and the DATE; "on Wednesday morning" 2012-10-03TMO;
    # "next Sunday" in a Sunday paper seven days ahead, 2012-10-07 (like "next Tuesday" in a
    # Tuesday paper, gold_blind25). "a year ago" 2011; "lost in 2010" 2010; "in recent weeks"
    # PAST_REF; "within 12 months of a Labour government taking office" P12M (anchored
    # duration); "in January" ahead 2013-01; "every year" SET P1Y and "for a decade" P10Y;
    # "since 1979"; "the 1997 landslide" and "The 1992 election" adjectival years; "Thirty
    # months" and "the next 30 months" P30M; "lost in the last fortnight" P2W (an ordinal period
    # of an event, like "The first week" in gold_blind35); "now" PRESENT_REF; "earlier this
    # month" 2012-09; "May 2015"; "Tonight" 2012-09-30TNI with "7pm"; "by 6pm today" 2012-09-30
    # T18:00 and the DATE; "45 minutes" PT45M. Not annotated: "CONFERENCE SEASON" (an
    # institutional period), "the general election", "Motion 14", "Hall 3", "#lab12" (a hashtag
    # holding 12 in a 2012 story), "41%", "4.2%", "ten points", "11,000", "400", "71" (age),
    # "£115", "peak times", "the set piece of the conference", "SUNDAY" in the masthead.
    "labour-conference-manchester-opens": (
        "2012-09-30",
        [
            ("Sunday 30 September 2012", "DATE", "2012-09-30"),
            ("annual", "SET", "P1Y"),
            ("this afternoon", "TIME", "2012-09-30TAF"),
            ("March", "DATE", "2012-03"),
            ("five days", "DURATION", "P5D"),
            ("Thursday", "DATE", "2012-10-04"),
            ("7.30am", "TIME", "XXXX-XX-XXT07:30"),
            ("each day", "SET", "P1D"),
            ("Tuesday afternoon", "TIME", "2012-10-02TAF"),
            ("a year ago", "DATE", "2011"),
            ("2010", "DATE", "2010"),
            ("Thursday", "DATE", "2012-09-27"),
            ("Friday", "DATE", "2012-09-28"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("11.15am", "TIME", "2012-10-01T11:15"),
            ("tomorrow", "DATE", "2012-10-01"),
            ("12 months", "DURATION", "P12M"),
            ("Wednesday morning", "TIME", "2012-10-03TMO"),
            ("January", "DATE", "2013-01"),
            ("every year", "SET", "P1Y"),
            ("a decade", "DURATION", "P10Y"),
            ("1979", "DATE", "1979"),
            ("1997", "DATE", "1997"),
            ("Thirty months", "DURATION", "P30M"),
            ("1992", "DATE", "1992"),
            ("the last fortnight", "DURATION", "P2W"),
            ("now", "DATE", "PRESENT_REF"),
            ("the next 30 months", "DURATION", "P30M"),
            ("earlier this month", "DATE", "2012-09"),
            ("next Sunday", "DATE", "2012-10-07"),
            ("May 2015", "DATE", "2015-05"),
            ("Tonight", "TIME", "2012-09-30TNI"),
            ("7pm", "TIME", "2012-09-30T19:00"),
            ("6pm", "TIME", "2012-09-30T18:00"),
            ("today", "DATE", "2012-09-30"),
            ("45 minutes", "DURATION", "PT45M"),
        ],
    ),
    # Tuesday 2015-03-10 (ISO week 11), British public-sector technology trade website, a
    # select committee report story, breadcrumb, headline, standfirst, the stamp line "By Hannah
    # Greer | Tuesday 10 March 2015, 11:42 GMT | Updated 14:05 GMT" (a DATE and two TIMEs, the
    # zone in the span and not in the value, gold_blind75). Standfirst: "two months" P2M,
    # "weeks before Parliament is dissolved" -> "weeks" PXW (an anchored vague duration).
    # "three years later than planned" P3Y (the size of a delay, gold_blind35); "published
    # today"; "in the 18 months after contracts were signed" P18M (anchored duration);
    # "October 2011", "April 2014" (body and box); "14 January" and "4 February" (twice) past
    # 2015; "loses support in July" ahead 2015-07; "every month since January" SET P1M and
    # 2015-01; "by the end of next year" 2016 (the year's value, gold_blind35). The UK
    # government year runs April-March (gold_blind77): "the 2013-14 financial year" FY2014, "the
    # current financial year, which ends on 31 March" FY2015 and 2015-03-31. "quarterly" SET P3M
    # (adjectival recurrence); "within two months" twice P2M; "30 March" and "7 May" 2015;
    # "before the autumn" 2015-FA; "July 2013"; "Twenty months later" after it DATE 2015-03 (an
    # "N later" on the narrative's last date, at the unit's granularity, gold_blind10,
    # gold_blind75); "another two years" P2Y (like "another ten years", gold_blind7); "this
    # morning" 2015-03-10TMO; "last week" 2015-W10; the box's "Spring 2015" 2015-SP and
    # "2017". Not annotated: "monthly processing target" (the period of a figure, not a
    # recurrence, like "its usual monthly total" in gold_blind103), "the parliament", "the
    # general election", "Release 2.3" (a software version), "Windows Server 2003" (a product
    # name holding a year), "HC 1018", "Session 2014-15" (a parliamentary session, which has no
    # calendar value, gold_blind77; written like a financial year but not one), "June Marchant"
    # (a name, in a story with "in July" annotated), "£390m", "£212m", "£140m", "40%", "three
    # suppliers".
    "pac-claims-platform-report": (
        "2015-03-10",
        [
            ("two months", "DURATION", "P2M"),
            ("weeks", "DURATION", "PXW"),
            ("Tuesday 10 March 2015", "DATE", "2015-03-10"),
            ("11:42 GMT", "TIME", "2015-03-10T11:42"),
            ("14:05 GMT", "TIME", "2015-03-10T14:05"),
            ("2017", "DATE", "2017"),
            ("three years", "DURATION", "P3Y"),
            ("today", "DATE", "2015-03-10"),
            ("the 18 months", "DURATION", "P18M"),
            ("October 2011", "DATE", "2011-10"),
            ("April 2014", "DATE", "2014-04"),
            ("14 January", "DATE", "2015-01-14"),
            ("4 February", "DATE", "2015-02-04"),
            ("July", "DATE", "2015-07"),
            ("every month", "SET", "P1M"),
            ("January", "DATE", "2015-01"),
            ("4 February", "DATE", "2015-02-04"),
            ("the end of next year", "DATE", "2016"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("the current financial year", "DATE", "FY2015"),
            ("31 March", "DATE", "2015-03-31"),
            ("quarterly", "SET", "P3M"),
            ("two months", "DURATION", "P2M"),
            ("two months", "DURATION", "P2M"),
            ("30 March", "DATE", "2015-03-30"),
            ("7 May", "DATE", "2015-05-07"),
            ("the autumn", "DATE", "2015-FA"),
            ("July 2013", "DATE", "2013-07"),
            ("Twenty months later", "DATE", "2015-03"),
            ("another two years", "DURATION", "P2Y"),
            ("this morning", "TIME", "2015-03-10TMO"),
            ("last week", "DATE", "2015-W10"),
            ("October 2011", "DATE", "2011-10"),
            ("April 2014", "DATE", "2014-04"),
            ("Spring 2015", "DATE", "2015-SP"),
            ("2017", "DATE", "2017"),
        ],
    ),
    # Monday 2013-07-15 (ISO week 29), British parliamentary newsletter's week-ahead listings,
    # masthead, stamp "Week ahead | Monday 15 July 2013 | 06:00" (DATE and TIME), headline ("Four
    # days to the summer recess", DURATION P4D, a countdown like the by-election's "Five days
    # to go"), compiler's line. "the summer recess begins on Thursday afternoon" 2013-07-18TAF
    # (the recess left out, gold_blind25); "Monday 2 September"; "for a fortnight" P2W; "from 12
    # September until 7 October" 2013; "until 31 July". Each capitalised day heading ("MONDAY 15
    # JULY" ...) is one DATE span, and each listed clock time is a TIME on its heading's day
    # (like the strike-dates box of gold_blind10 and the post stamps of gold_blind75): Monday
    # "2.30pm", "3.30pm", "10pm", "4pm"; Tuesday "9.30am", "11.30am", "2.30pm"; Wednesday
    # "Noon" T12:00, "2.15pm"; Thursday "9.30am", "After 4pm" -> "4pm". "the May inflation
    # report" -> "May" 2013-05 (an adjectival month, gold_blind77's "the February recess");
    # "business for September" 2013-09. "WHAT TO WATCH": "published in January" 2013-01,
    # "pulled twice in June" 2013-06, "by the autumn" 2013-FA, "tonight's vote" 2013-07-15TNI,
    # "every Tuesday since May" SET XXXX-WXX-2 and 2013-05, "Last week" 2013-W28, "quarterly"
    # SET P3M, "at 9.30am on Thursday" 2013-07-18T09:30 and the DATE, "second-quarter GDP"
    # 2013-Q2 (an adjectival quarter, gold_blind2, gold_blind23), "Thursday 25 July", "annual
    # report" SET P1Y, "due on Friday" 2013-07-19, "since 2010". Not annotated: "THE WESTMINSTER
    # WEEK" and "Week ahead" (a newsletter's name and a column label), "summer recess" (three
    # times), "the party conferences", "second reading", "report stage", "Business questions",
    # "Prime Minister's Questions", "PMQs", "this time", "then" (anaphoric), "twice",
    # "17-strong", "18 Conservatives", "westminsterweek.co.uk/diary/2013/07/15" (a date inside a
    # web address).
    "westminster-week-ahead-summer-recess": (
        "2013-07-15",
        [
            ("Monday 15 July 2013", "DATE", "2013-07-15"),
            ("06:00", "TIME", "2013-07-15T06:00"),
            ("Four days", "DURATION", "P4D"),
            ("Thursday afternoon", "TIME", "2013-07-18TAF"),
            ("Monday 2 September", "DATE", "2013-09-02"),
            ("a fortnight", "DURATION", "P2W"),
            ("12 September", "DATE", "2013-09-12"),
            ("7 October", "DATE", "2013-10-07"),
            ("31 July", "DATE", "2013-07-31"),
            ("MONDAY 15 JULY", "DATE", "2013-07-15"),
            ("2.30pm", "TIME", "2013-07-15T14:30"),
            ("3.30pm", "TIME", "2013-07-15T15:30"),
            ("10pm", "TIME", "2013-07-15T22:00"),
            ("4pm", "TIME", "2013-07-15T16:00"),
            ("TUESDAY 16 JULY", "DATE", "2013-07-16"),
            ("9.30am", "TIME", "2013-07-16T09:30"),
            ("May", "DATE", "2013-05"),
            ("11.30am", "TIME", "2013-07-16T11:30"),
            ("2.30pm", "TIME", "2013-07-16T14:30"),
            ("WEDNESDAY 17 JULY", "DATE", "2013-07-17"),
            ("Noon", "TIME", "2013-07-17T12:00"),
            ("2.15pm", "TIME", "2013-07-17T14:15"),
            ("THURSDAY 18 JULY", "DATE", "2013-07-18"),
            ("9.30am", "TIME", "2013-07-18T09:30"),
            ("September", "DATE", "2013-09"),
            ("4pm", "TIME", "2013-07-18T16:00"),
            ("January", "DATE", "2013-01"),
            ("June", "DATE", "2013-06"),
            ("the autumn", "DATE", "2013-FA"),
            ("tonight", "TIME", "2013-07-15TNI"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("May", "DATE", "2013-05"),
            ("Last week", "DATE", "2013-W28"),
            ("quarterly", "SET", "P3M"),
            ("9.30am", "TIME", "2013-07-18T09:30"),
            ("Thursday", "DATE", "2013-07-18"),
            ("second-quarter", "DATE", "2013-Q2"),
            ("Thursday 25 July", "DATE", "2013-07-25"),
            ("annual", "SET", "P1Y"),
            ("Friday", "DATE", "2013-07-19"),
            ("2010", "DATE", "2010"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
