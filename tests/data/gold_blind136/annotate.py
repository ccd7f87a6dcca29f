"""Annotations of the hundred-and-thirty-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind136/annotate.py [--show]

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
    # Saturday 2015-04-04 (ISO week 14), British paper's money explainer, headline, standfirst,
    # byline, date line "Saturday 4 April 2015". Easter Sunday 2015 is 5 April, so "yesterday,
    # Good Friday" is 2015-04-03 and "Easter Monday" 2015-04-06, the day the 2015-16 tax year
    # begins ("Monday 6 April", headline "from Monday", "Claims open on Monday", "closed on
    # Monday", all future, all 2015-04-06). Payments were brought forward to "Thursday 2 April"
    # and "made on Thursday" (past, 2015-04-02); "said this week" 2015-W14. UK tax years run 6
    # April-5 April and are named by the year they end (gold_blind25, gold_blind67,
    # gold_blind88, gold_blind94): "The 2015-16 tax year" and "The new tax year" FY2016, the
    # awards "2014-15" FY2015, and "this tax year's Isa allowance", said on 4 April, the year
    # that ends on Sunday 5 April, FY2015 (the possessive without the "'s"). "backdated to 12
    # January" -> "12 January" 2015-01-12 ("backdated to" a signal, gold_blind88), the
    # standfirst's "January" 2015-01; "by 30 June" 2015-06-30, "by 31 July" 2015-07-31, "as
    # late as 1 May" 2015-05-01, "until May" 2015-05. "the autumn statement in December" ->
    # "December" 2014-12, the last one. "held down for another year" DURATION P1Y (gold_blind5);
    # "the annual round of changes" SET P1Y, an adjective naming a recurrence (like "annual wage
    # talks", gold_blind63); "every year since 2011" a SET and a DATE; "every four weeks" (twice)
    # P4W and "every two weeks" P2W (gold_blind25, gold_blind83); "the past fortnight" P2W; "up
    # to eight weeks" P8W; "one month" P1M; "frozen for two years from April 2016" P2Y and
    # 2016-04. Not annotated: "a bank holiday" (no particular day, gold_blind36), "that day" and
    # "the same day" (anaphoric), "the autumn statement" (a fiscal event, gold_blind25), "in
    # arrears", "their first payday", "the date ministers first promised it", "Family Carer
    # Credit", "Silverline Money", "the triple lock", "2.5%", "£116.40", "1%", "£10,100",
    # "£10,650", "0300 555 2015" (a phone number ending in the year of the story).
    "uk-pensions-benefits-april-changes": (
        "2015-04-04",
        [
            ("Monday", "DATE", "2015-04-06"),
            ("The 2015-16 tax year", "DATE", "FY2016"),
            ("Easter Monday", "DATE", "2015-04-06"),
            ("another year", "DURATION", "P1Y"),
            ("January", "DATE", "2015-01"),
            ("Saturday 4 April 2015", "DATE", "2015-04-04"),
            ("The new tax year", "DATE", "FY2016"),
            ("Monday 6 April", "DATE", "2015-04-06"),
            ("annual", "SET", "P1Y"),
            ("Monday", "DATE", "2015-04-06"),
            ("Easter Monday", "DATE", "2015-04-06"),
            ("Thursday 2 April", "DATE", "2015-04-02"),
            ("this week", "DATE", "2015-W14"),
            ("yesterday", "DATE", "2015-04-03"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("Thursday", "DATE", "2015-04-02"),
            ("every year", "SET", "P1Y"),
            ("2011", "DATE", "2011"),
            ("every four weeks", "SET", "P4W"),
            ("6 April", "DATE", "2015-04-06"),
            ("1 May", "DATE", "2015-05-01"),
            ("April 2013", "DATE", "2013-04"),
            ("two years", "DURATION", "P2Y"),
            ("April 2016", "DATE", "2016-04"),
            ("every two weeks", "SET", "P2W"),
            ("every four weeks", "SET", "P4W"),
            ("December", "DATE", "2014-12"),
            ("Monday", "DATE", "2015-04-06"),
            ("12 January", "DATE", "2015-01-12"),
            ("30 June", "DATE", "2015-06-30"),
            ("one month", "DURATION", "P1M"),
            ("2014-15", "DATE", "FY2015"),
            ("31 July", "DATE", "2015-07-31"),
            ("the past fortnight", "DURATION", "P2W"),
            ("this tax year", "DATE", "FY2015"),
            ("Sunday", "DATE", "2015-04-05"),
            ("May", "DATE", "2015-05"),
            ("up to eight weeks", "DURATION", "P8W"),
            ("now", "DATE", "PRESENT_REF"),
            ("Monday", "DATE", "2015-04-06"),
        ],
    ),
    # Thursday 2012-10-18 (ISO week 42), US regional paper, headline, deck, byline, date line
    # "Thursday, October 18, 2012", "HARTWELL, Ohio —" dateline. The agency "announced
    # Wednesday" 2012-10-17, the price figures came out "at 8:30 a.m. Wednesday" and the increase
    # "at 10 a.m." that day (a clock time on the day of its narrative, gold_blind103); the
    # campaigns' statements "Wednesday night" 2012-10-17TNI. The rise is paid "in January"
    # 2013-01 (headline, lead, "paid in January", Part B "in January"), on "benefits for
    # December" 2012-12; "Thursday, Jan. 3" one span; "Jan. 9", "Jan. 16", "Jan. 23" 2013;
    # SSI "Dec. 31" 2012-12-31 because "their Jan. 1 payment is moved up for New Year's Day",
    # two DATEs 2013-01-01. "the smallest ... in three years" (deck and lead) P3Y, the period of
    # a superlative (gold_blind103). "the third quarter of 2011" and "of 2012" one span each;
    # "the September figures" an adjectival month, 2012-09. "Last year's increase" -> "Last
    # year" 2011, the value following the wording (gold_blind35's "Last year's budget"),
    # although that increase was paid from January 2012. "The annual adjustment" SET P1Y (an
    # adjective naming a recurrence); "paid monthly" SET P1M. "May 1997" 1997-05; "in early
    # December" 2012-12 (ahead); "until next month" 2012-11; "in July" 2012-07 and "in the
    # spring" 2012-SP (past, the same year); "the past decade" P10Y; "less than three weeks
    # before the Nov. 6 election" P3W (an anchored duration, gold_blind35) and 2012-11-06; the
    # trustees "said in April" 2012-04; "2034". Not annotated: "the average monthly benefit"
    # (the period of a figure, not a recurrence, like "its usual monthly total" in
    # gold_blind103), "1.8%", "1.8 percent" (three times), "3.4 percent", "$1,241", "$22", "$4",
    # "$40", "Twenty-two dollars", "56 million", "8 million", "3 million", "2 million", "74" (an
    # age), "a fifth", "Part B", "555-0134", "retireeaction.org/cola-2013" (a URL holding the
    # year of the rise), "a payment calendar", "their birthdays".
    "us-social-security-cola-january": (
        "2012-10-18",
        [
            ("January", "DATE", "2013-01"),
            ("three years", "DURATION", "P3Y"),
            ("Thursday, October 18, 2012", "DATE", "2012-10-18"),
            ("January", "DATE", "2013-01"),
            ("Wednesday", "DATE", "2012-10-17"),
            ("three years", "DURATION", "P3Y"),
            ("annual", "SET", "P1Y"),
            ("the third quarter of 2011", "DATE", "2011-Q3"),
            ("the third quarter of 2012", "DATE", "2012-Q3"),
            ("September", "DATE", "2012-09"),
            ("8:30 a.m.", "TIME", "2012-10-17T08:30"),
            ("Wednesday", "DATE", "2012-10-17"),
            ("10 a.m.", "TIME", "2012-10-17T10:00"),
            ("Last year", "DATE", "2011"),
            ("December", "DATE", "2012-12"),
            ("January", "DATE", "2013-01"),
            ("Thursday, Jan. 3", "DATE", "2013-01-03"),
            ("May 1997", "DATE", "1997-05"),
            ("Jan. 9", "DATE", "2013-01-09"),
            ("Jan. 16", "DATE", "2013-01-16"),
            ("Jan. 23", "DATE", "2013-01-23"),
            ("Dec. 31", "DATE", "2012-12-31"),
            ("Jan. 1", "DATE", "2013-01-01"),
            ("New Year's Day", "DATE", "2013-01-01"),
            ("early December", "DATE", "2012-12"),
            ("January", "DATE", "2013-01"),
            ("next month", "DATE", "2012-11"),
            ("July", "DATE", "2012-07"),
            ("the spring", "DATE", "2012-SP"),
            ("the past decade", "DURATION", "P10Y"),
            ("less than three weeks", "DURATION", "P3W"),
            ("Nov. 6", "DATE", "2012-11-06"),
            ("Wednesday night", "TIME", "2012-10-17TNI"),
            ("April", "DATE", "2012-04"),
            ("2034", "DATE", "2034"),
            ("monthly", "SET", "P1M"),
        ],
    ),
    # Wednesday 2013-06-26 (ISO week 26), Australian paper's website, headline, standfirst,
    # byline and stamp "June 26, 2013 - 3:47PM" (DATE and TIME, gold_blind100). The change comes
    # "from Monday, July 1, when the 2013-14 financial year begins": "Monday, July 1" one span,
    # the financial year (July-June, named by the year it ends) FY2014, as in gold_blind88;
    # the headline's and body's bare "Monday" (three times more) and "July 1" (standfirst and
    # the last line) 2013-07-01; the 2012-13 tax return FY2013, lodged "until October 31"
    # 2013-10-31. "said yesterday" 2013-06-25; "paid on June 13" and "last rose on March 20"
    # past; "Thursday, July 4" one span; "on September 20" 2013-09-20 and the standfirst's "in
    # September" 2013-09; "the May budget" an adjectival month, 2013-05; "last week" 2013-W25;
    # "this week" 2013-W26 and "on Saturday" 2013-06-29. The phone line's hours recur "from
    # 8am to 8pm" on several days, XXXX-XX-XXThh:mm (gold_blind67, gold_blind94). Southern
    # seasons take the year they fall in (gold_blind9, gold_blind88): "with winter here" in June
    # 2013 is 2013-WI; "the January heatwave" an adjectival month, 2013-01. Sets: "fortnightly"
    # (headline and body) and "every fortnight" P2W, "quarterly" / "Quarterly" (standfirst,
    # lead, "The last quarterly instalment", "Quarterly payments") P3M, adjectives naming a
    # recurrence like "quarterly dividend" (gold_blind6, gold_blind63), "every three months"
    # P3M, "twice a year" P1Y. "Over a full year" DURATION P1Y; "the past two years" P2Y; "the
    # past three weeks" P3W; "Now" PRESENT_REF; "late July" 2013-07 (ahead). Not annotated:
    # "$87.50", "$13.50", "$351", "2.3 million", "18 per cent", "1800 555 713", "the new
    # arrangement", "the same as before", "the Household Energy Rebate", "Older Australians
    # Forum", "Commonwealth Seniors Health Card".
    "au-pension-energy-rebate-july-1": (
        "2013-06-26",
        [
            ("fortnightly", "SET", "P2W"),
            ("Monday", "DATE", "2013-07-01"),
            ("Quarterly", "SET", "P3M"),
            ("July 1", "DATE", "2013-07-01"),
            ("September", "DATE", "2013-09"),
            ("June 26, 2013", "DATE", "2013-06-26"),
            ("3:47PM", "TIME", "2013-06-26T15:47"),
            ("quarterly", "SET", "P3M"),
            ("Monday, July 1", "DATE", "2013-07-01"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("fortnightly", "SET", "P2W"),
            ("quarterly", "SET", "P3M"),
            ("June 13", "DATE", "2013-06-13"),
            ("yesterday", "DATE", "2013-06-25"),
            ("Monday", "DATE", "2013-07-01"),
            ("Thursday, July 4", "DATE", "2013-07-04"),
            ("a full year", "DURATION", "P1Y"),
            ("September 20", "DATE", "2013-09-20"),
            ("twice a year", "SET", "P1Y"),
            ("March 20", "DATE", "2013-03-20"),
            ("May", "DATE", "2013-05"),
            ("last week", "DATE", "2013-W25"),
            ("Quarterly", "SET", "P3M"),
            ("every three months", "SET", "P3M"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every fortnight", "SET", "P2W"),
            ("winter", "DATE", "2013-WI"),
            ("the past two years", "DURATION", "P2Y"),
            ("January", "DATE", "2013-01"),
            ("late July", "DATE", "2013-07"),
            ("the past three weeks", "DURATION", "P3W"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("this week", "DATE", "2013-W26"),
            ("Saturday", "DATE", "2013-06-29"),
            ("2012-13", "DATE", "FY2013"),
            ("Monday", "DATE", "2013-07-01"),
            ("October 31", "DATE", "2013-10-31"),
            ("July 1", "DATE", "2013-07-01"),
        ],
    ),
    # Tuesday 2014-10-14 (ISO week 42), Irish daily's website on Budget day, headline,
    # standfirst, byline, stamp "Tue, Oct 14, 2014, 18:45" (one DATE span with its abbreviated
    # weekday, checked by hand: 14 October 2014 is a Tuesday; the clock time a TIME). "this
    # afternoon" 2014-10-14TAF; "at 9am" and "at 1.30pm" that day; "tomorrow" 2014-10-15; "next
    # week" 2014-W43. "the first week of December" (standfirst and body) is 2014-W49: 1 December
    # 2014 is a Monday, so the first seven days of December are exactly ISO week 49 (see
    # README; earlier sets avoided the phrase when the month began mid-week). "From January"
    # (headline and body) and "the first payment in January" 2015-01, "from 1 January" and
    # "on 1 January" 2015-01-01; "pay packet of 2015" and "estimates for 2015" 2015. "This
    # winter's fuel allowance" -> "This winter" 2015-WI, the winter of 2014-15 taking the year
    # of its January (gold_blind94, gold_blind103), paid from "29 September" 2014-09-29 "until
    # 10 April" 2015-04-10; "an extra week" P1W, "27 weeks" P27W. "for the first time in six
    # years" P6Y (the period of a "first in", gold_blind35) and "after six years of cuts" P6Y;
    # "since 2008" and "in 2008"; "cut in 2009 and again in 2011"; "this year" 2014; "next year"
    # 2015; "next June" 2015-06; "before Christmas" 2014-12-25; "Last year's Budget" -> "Last
    # year" 2013; "in early December" 2014-12; "until 2018"; "weekly" SET P1W. Not annotated:
    # "Christmas bonus" (twice; the name of a payment, see README), "the Budget", "Budget
    # speech", "fuel allowance", "the Social Welfare Bill 2014" (a bill's name, gold_blind88),
    # "the recovery", "€3", "€5", "€6", "€1,375", "€100", "1.2 million", "18 to 25" (ages),
    # "1890 555 014", "half of a normal payment".
    "ie-budget-christmas-bonus-returns": (
        "2014-10-14",
        [
            ("January", "DATE", "2015-01"),
            ("the first week of December", "DATE", "2014-W49"),
            ("six years", "DURATION", "P6Y"),
            ("Tue, Oct 14, 2014", "DATE", "2014-10-14"),
            ("18:45", "TIME", "2014-10-14T18:45"),
            ("this year", "DATE", "2014"),
            ("2008", "DATE", "2008"),
            ("this afternoon", "TIME", "2014-10-14TAF"),
            ("the first week of December", "DATE", "2014-W49"),
            ("next year", "DATE", "2015"),
            ("January", "DATE", "2015-01"),
            ("2009", "DATE", "2009"),
            ("2011", "DATE", "2011"),
            ("1 January", "DATE", "2015-01-01"),
            ("This winter", "DATE", "2015-WI"),
            ("29 September", "DATE", "2014-09-29"),
            ("an extra week", "DURATION", "P1W"),
            ("27 weeks", "DURATION", "P27W"),
            ("10 April", "DATE", "2015-04-10"),
            ("weekly", "SET", "P1W"),
            ("January", "DATE", "2015-01"),
            ("1 January", "DATE", "2015-01-01"),
            ("2015", "DATE", "2015"),
            ("next June", "DATE", "2015-06"),
            ("9am", "TIME", "2014-10-14T09:00"),
            ("1.30pm", "TIME", "2014-10-14T13:30"),
            ("2015", "DATE", "2015"),
            ("tomorrow", "DATE", "2014-10-15"),
            ("next week", "DATE", "2014-W43"),
            ("Christmas", "DATE", "2014-12-25"),
            ("Last year", "DATE", "2013"),
            ("six years", "DURATION", "P6Y"),
            ("2008", "DATE", "2008"),
            ("early December", "DATE", "2014-12"),
            ("2018", "DATE", "2018"),
        ],
    ),
    # Friday 2015-02-27 (ISO week 9), Canadian paper's website, headline, byline, stamps
    # "Published Friday, Feb. 27, 2015 6:00AM EST" and "Last updated Friday, Feb. 27, 2015
    # 9:14AM EST" (each a DATE span with its weekday and a TIME with the zone in the span). The
    # RRSP deadline is 60 days after the end of the 2014 tax year: 1 March 2015, a Sunday
    # (headline "not Sunday", "Sunday, March 1"), moved to Monday 2015-03-02 (headline "Monday"
    # and "March 2", "Monday, March 2", "moved it to Monday", "open late on Monday", "midnight
    # Monday" -> "midnight" 2015-03-02T24:00 and "Monday", gold_blind88). A Canadian tax year is
    # the calendar year (like a US one, gold_blind67): "the end of the tax year" 2014 (the
    # year's value, gold_blind35), the returns' years "2014", "2015", the limit "for 2014", "2013
    # earned income", "2014 returns" (adjectival years). "Last year's deadline was March 3" ->
    # "Last year" 2014 and "March 3" 2014-03-03, the day of the year its clause is about.
    # "the first 60 days of 2015" is a DURATION P60D and the year 2015 (like "the first six
    # months of its financial year", gold_blind63); "60 days" P60D. "tonight" 2015-02-27TNI
    # with "8 p.m." that evening; "on Saturday" 2015-02-28. "last spring" 2014-SP; "a decade
    # earlier" after "2013" is 2003; "15 years" P15Y and "two years after the withdrawal" P2Y
    # (an anchored duration); "April 30" (twice) 2015-04-30 and "June 15" 2015-06-15. Sets:
    # "charged every month" P1M, "monthly contributions" P1M, "Every year" P1Y; "now"
    # PRESENT_REF. Not annotated: "this time" (on this occasion), "a business day", "stay open
    # late", "line 208", "$24,100", "$2,000" (an amount with a year-like number), "$25,000",
    # "18 per cent", "23 per cent", "29 per cent", "sokolovplanning.ca/rrsp-2015" (a URL with
    # the year), "RRSP", "the Home Buyers' Plan", "Kingston, Ont.".
    "ca-rrsp-deadline-monday-march-2": (
        "2015-02-27",
        [
            ("Monday", "DATE", "2015-03-02"),
            ("Sunday", "DATE", "2015-03-01"),
            ("March 2", "DATE", "2015-03-02"),
            ("Friday, Feb. 27, 2015", "DATE", "2015-02-27"),
            ("6:00AM EST", "TIME", "2015-02-27T06:00"),
            ("Friday, Feb. 27, 2015", "DATE", "2015-02-27"),
            ("9:14AM EST", "TIME", "2015-02-27T09:14"),
            ("2014", "DATE", "2014"),
            ("Monday, March 2", "DATE", "2015-03-02"),
            ("60 days", "DURATION", "P60D"),
            ("the end of the tax year", "DATE", "2014"),
            ("Sunday, March 1", "DATE", "2015-03-01"),
            ("Monday", "DATE", "2015-03-02"),
            ("Last year", "DATE", "2014"),
            ("March 3", "DATE", "2014-03-03"),
            ("the first 60 days", "DURATION", "P60D"),
            ("2015", "DATE", "2015"),
            ("2014", "DATE", "2014"),
            ("2015", "DATE", "2015"),
            ("8 p.m.", "TIME", "2015-02-27T20:00"),
            ("tonight", "TIME", "2015-02-27TNI"),
            ("Saturday", "DATE", "2015-02-28"),
            ("Monday", "DATE", "2015-03-02"),
            ("midnight", "TIME", "2015-03-02T24:00"),
            ("Monday", "DATE", "2015-03-02"),
            ("2014", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("last spring", "DATE", "2014-SP"),
            ("every month", "SET", "P1M"),
            ("Every year", "SET", "P1Y"),
            ("monthly", "SET", "P1M"),
            ("now", "DATE", "PRESENT_REF"),
            ("2013", "DATE", "2013"),
            ("a decade earlier", "DATE", "2003"),
            ("15 years", "DURATION", "P15Y"),
            ("two years", "DURATION", "P2Y"),
            ("2014", "DATE", "2014"),
            ("April 30", "DATE", "2015-04-30"),
            ("June 15", "DATE", "2015-06-15"),
            ("April 30", "DATE", "2015-04-30"),
        ],
    ),
    # Monday 2013-04-15 (ISO week 16), US tax agency's news release on the filing deadline,
    # headline ("File Today"), release line "IR-2013-41, April 15, 2013", "WASHINGTON —"
    # dateline. "today" (four times, and the headline's "Today") is the publication day, the
    # deadline; "midnight tonight" -> "midnight" 2013-04-15T24:00 and "tonight" 2013-04-15TNI
    # (gold_blind103); "the April 15 deadline" 2013-04-15; "until 7 p.m. local time today" the
    # zone in the span. The extension runs "to Oct. 15" 2013-10-15 (and Free File "through
    # Oct. 15"); "a six-month extension" DURATION. "the 2012 tax year" one span 2012, a US tax
    # year being the calendar year (gold_blind67); "their 2012 returns", "For 2009 returns" and
    # "2009 refunds" adjectival years. Penalty periods are durations: "after five months" P5M,
    # "more than 60 days" P60D, "more than four years" P4Y, "up to six years" P6Y, "within three
    # years" P3Y, "about 30 minutes" PT30M, "at least 180 days" P180D, "within 48 hours"
    # PT48H, "within 21 days" P21D. "currently" PRESENT_REF; "compounded daily" SET P1D (like
    # "charged daily", gold_blind94). "Through April 5" 2013-04-05; "the same point last year"
    # -> "last year" 2012; "this year" 2013; "on Saturday, April 13" one span (past); "last
    # month" 2013-03; "until June 28" 2013-06-28. Not annotated: "IR-2013-41" (a release number
    # holding the year), "Form 9465", "Form 4868", "Publication 17", "1-800-555-1040",
    # "IRS.gov", "-30-" (the end mark), "5 percent", "25 percent" (twice), "3 percent", "$150",
    # "$870 million", "940,000", "91.6 million", "10 million", "2 percent", "14 counties", "that
    # window", "the full amount", "extra hours".
    "irs-late-filing-penalties-release": (
        "2013-04-15",
        [
            ("Today", "DATE", "2013-04-15"),
            ("April 15, 2013", "DATE", "2013-04-15"),
            ("today", "DATE", "2013-04-15"),
            ("2012", "DATE", "2012"),
            ("midnight", "TIME", "2013-04-15T24:00"),
            ("tonight", "TIME", "2013-04-15TNI"),
            ("six-month", "DURATION", "P6M"),
            ("Oct. 15", "DATE", "2013-10-15"),
            ("the 2012 tax year", "DATE", "2012"),
            ("today", "DATE", "2013-04-15"),
            ("April 15", "DATE", "2013-04-15"),
            ("currently", "DATE", "PRESENT_REF"),
            ("daily", "SET", "P1D"),
            ("five months", "DURATION", "P5M"),
            ("more than 60 days", "DURATION", "P60D"),
            ("more than four years", "DURATION", "P4Y"),
            ("up to six years", "DURATION", "P6Y"),
            ("about 30 minutes", "DURATION", "PT30M"),
            ("three years", "DURATION", "P3Y"),
            ("2009", "DATE", "2009"),
            ("today", "DATE", "2013-04-15"),
            ("2009", "DATE", "2009"),
            ("April 5", "DATE", "2013-04-05"),
            ("last year", "DATE", "2012"),
            ("this year", "DATE", "2013"),
            ("Saturday, April 13", "DATE", "2013-04-13"),
            ("7 p.m. local time", "TIME", "2013-04-15T19:00"),
            ("today", "DATE", "2013-04-15"),
            ("last month", "DATE", "2013-03"),
            ("June 28", "DATE", "2013-06-28"),
            ("at least 180 days", "DURATION", "P180D"),
            ("48 hours", "DURATION", "PT48H"),
            ("21 days", "DURATION", "P21D"),
            ("Oct. 15", "DATE", "2013-10-15"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
