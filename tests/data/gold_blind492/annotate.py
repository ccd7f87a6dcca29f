"""Annotations of blind gold set 492, chosen by hand before the tagger ran.

    python tests/data/gold_blind492/annotate.py [--show]

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
    # Tuesday 2013-09-17 (ISO week 38), US space-news website's live launch page, newest entry
    # first, date line "Tuesday, September 17, 2013" (one span with its weekday). Every entry
    # is stamped "hhmm GMT (h:mm p.m. EDT)": two TIMEs for one instant, each the clock time as
    # written on its own day, the zone in the span and not in the value (gold_blind3,
    # gold_blind59); entries after 0000 GMT fall on Wednesday 2013-09-18 in GMT but on Tuesday
    # in EDT ("0236 GMT" 2013-09-18T02:36, "10:36 p.m. EDT" 2013-09-17T22:36). The header's
    # window "9:28 p.m. to 10:15 p.m. EDT (0128 to 0215 GMT Wednesday)": four TIMEs and the
    # DATE 2013-09-18 (the GMT day). Relative expressions in an entry are anchored to it
    # (gold_blind9): "two minutes later" after separation at 0231 GMT is TIME
    # 2013-09-18T02:33, in the page's own zone, GMT (like "about 90 seconds later",
    # gold_blind8); "this morning" and "this afternoon" in the 8:45 p.m. EDT entry are parts of
    # Tuesday; "Tonight" (possessive) 2013-09-17TNI; "overnight" the night begun on Monday
    # evening, 2013-09-16TNI (gold_blind59); "midday" T12:00 (gold_blind9, gold_blind11).
    # Past: "Monday's try" 2013-09-16; future: "Thursday at 9:21 p.m. EDT" 2013-09-19 and its
    # TIME, "on Wednesday" 2013-09-18. Anchored durations alone: "58 minutes after liftoff"
    # PT58M, "a day after Monday's try" P1D; "T-minus 4 minutes" and "T-minus 11 minutes" ->
    # PT4M and PT11M, "T-minus" a signal (gold_blind59). "the next nine days" P9D; "about three
    # months" P3M; "early December" 2013-12 (future); "10-year" DURATION P10Y (adjective);
    # "more than two years" P2Y (the size of an overrun); "every 15 minutes" SET PT15M.
    # Not annotated: "Corsair 5", "Meridian-14", "Meridian-11" (names with numbers), "the
    # 31st Corsair 5" (an ordinal flight), "2,013-kilogram" (a mass holding 2013 in a 2013
    # story), "the Air Force's 45th Weather Squadron", "80 percent", "60 percent", "$412
    # million", "the second of four spacecraft", "five times", "Good evening" (a greeting,
    # gold_blind6), "T-minus" (twice), "liftoff", "LIFTOFF!", "Launch window" (a label; its
    # clock times annotated), "when forecasters ask".
    "corsair-5-meridian-14-launch-live": (
        "2013-09-17",
        [
            ("Tuesday, September 17, 2013", "DATE", "2013-09-17"),
            ("9:28 p.m.", "TIME", "2013-09-17T21:28"),
            ("10:15 p.m. EDT", "TIME", "2013-09-17T22:15"),
            ("0128", "TIME", "2013-09-18T01:28"),
            ("0215 GMT", "TIME", "2013-09-18T02:15"),
            ("Wednesday", "DATE", "2013-09-18"),
            ("0236 GMT", "TIME", "2013-09-18T02:36"),
            ("10:36 p.m. EDT", "TIME", "2013-09-17T22:36"),
            ("the next nine days", "DURATION", "P9D"),
            ("September 26", "DATE", "2013-09-26"),
            ("about three months", "DURATION", "P3M"),
            ("early December", "DATE", "2013-12"),
            ("0231 GMT", "TIME", "2013-09-18T02:31"),
            ("10:31 p.m. EDT", "TIME", "2013-09-17T22:31"),
            ("58 minutes", "DURATION", "PT58M"),
            ("two minutes later", "TIME", "2013-09-18T02:33"),
            ("0133 GMT", "TIME", "2013-09-18T01:33"),
            ("9:33 p.m. EDT", "TIME", "2013-09-17T21:33"),
            ("2004", "DATE", "2004"),
            ("0128 GMT", "TIME", "2013-09-18T01:28"),
            ("9:28 p.m. EDT", "TIME", "2013-09-17T21:28"),
            ("4 minutes", "DURATION", "PT4M"),
            ("47 minutes", "DURATION", "PT47M"),
            ("0045 GMT", "TIME", "2013-09-18T00:45"),
            ("8:45 p.m. EDT", "TIME", "2013-09-17T20:45"),
            ("this morning", "TIME", "2013-09-17TMO"),
            ("this afternoon", "TIME", "2013-09-17TAF"),
            ("2105 GMT", "TIME", "2013-09-17T21:05"),
            ("5:05 p.m. EDT", "TIME", "2013-09-17T17:05"),
            ("Tonight", "TIME", "2013-09-17TNI"),
            ("a day", "DURATION", "P1D"),
            ("Monday", "DATE", "2013-09-16"),
            ("11 minutes", "DURATION", "PT11M"),
            ("overnight", "TIME", "2013-09-16TNI"),
            ("midday", "TIME", "2013-09-17T12:00"),
            ("Thursday", "DATE", "2013-09-19"),
            ("9:21 p.m. EDT", "TIME", "2013-09-19T21:21"),
            ("Wednesday", "DATE", "2013-09-18"),
            ("15 years", "DURATION", "P15Y"),
            ("2001", "DATE", "2001"),
            ("10-year", "DURATION", "P10Y"),
            ("more than two years", "DURATION", "P2Y"),
            ("every 15 minutes", "SET", "PT15M"),
            ("2017", "DATE", "2017"),
            ("10:45 p.m. EDT", "TIME", "2013-09-17T22:45"),
        ],
    ),
    # Monday 2014-11-17 (ISO week 47), Indian news agency wire, "Bengaluru, Nov 17 (PTI)"
    # dateline (the publication day) and sign-off "PTI SKR ANB"; "early today" DATE 2014-11-17
    # (like "early Friday", gold_blind44, gold_blind103), "this morning" 2014-11-17TMO. "6.52 am
    # IST (0122 UTC)" two TIMEs (IST is UTC+5:30), "7.21 am" the same morning. The launch on
    # "October 19" (a Sunday) is 29 days before: the headline's adjectival "29-day" P29D, the
    # lead's "four weeks" P4W (an anchored duration). Past weekdays: "Saturday night"
    # 2014-11-15TNI, "Sunday" 2014-11-16, "since Friday" 2014-11-14, "which was also Children's
    # Day" (14 November, Nehru's birthday, a fixed date) 2014-11-14; future: "given Wednesday
    # off" 2014-11-19. "every day for the past week" SET P1D and DURATION P1W; "the next
    # fortnight" P2W (gold_blind9); "once every 11 hours" SET PT11H (the orbit, like "every 100
    # minutes", gold_blind31); "two-year" P2Y; "mid-December" 2014-12; "the first Indian
    # spacecraft to orbit the Moon in six years" P6Y (the period of a "first in"); "the
    # financial year 2015-16" one span FY2016 (April-March, named by the year it ends,
    # gold_blind49); "by March" 2015-03 (future, across the year boundary); "six months after
    # it is collected" P6M (anchored); "twice a day" SET P1D; "now" PRESENT_REF. Not
    # annotated: "Shashank-1" (a name), "440-newton", "1,475-kg", "100 km", "3,84,400 km" (an
    # Indian-grouped distance), "Rs 386-crore", "212 engineers", "Five more burns", "five
    # instruments", "round the clock" (idiom, gold_blind35), "since launch" (event-named),
    # "PTI SKR ANB" (desk initials).
    "shashank-1-lunar-orbit-insertion-wire": (
        "2014-11-17",
        [
            ("29-day", "DURATION", "P29D"),
            ("Nov 17", "DATE", "2014-11-17"),
            ("early today", "DATE", "2014-11-17"),
            ("four weeks", "DURATION", "P4W"),
            ("6.52 am IST", "TIME", "2014-11-17T06:52"),
            ("0122 UTC", "TIME", "2014-11-17T01:22"),
            ("a little over 13 minutes", "DURATION", "PT13M"),
            ("7.21 am", "TIME", "2014-11-17T07:21"),
            ("every day", "SET", "P1D"),
            ("the past week", "DURATION", "P1W"),
            ("this morning", "TIME", "2014-11-17TMO"),
            ("Saturday night", "TIME", "2014-11-15TNI"),
            ("Sunday", "DATE", "2014-11-16"),
            ("October 19", "DATE", "2014-10-19"),
            ("October 25", "DATE", "2014-10-25"),
            ("six days", "DURATION", "P6D"),
            ("November 6", "DATE", "2014-11-06"),
            ("the next fortnight", "DURATION", "P2W"),
            ("once every 11 hours", "SET", "PT11H"),
            ("November 24", "DATE", "2014-11-24"),
            ("December 2", "DATE", "2014-12-02"),
            ("two-year", "DURATION", "P2Y"),
            ("mid-December", "DATE", "2014-12"),
            ("Friday", "DATE", "2014-11-14"),
            ("Children's Day", "DATE", "2014-11-14"),
            ("Wednesday", "DATE", "2014-11-19"),
            ("2010", "DATE", "2010"),
            ("2012", "DATE", "2012"),
            ("six years", "DURATION", "P6Y"),
            ("the financial year 2015-16", "DATE", "FY2016"),
            ("December 4", "DATE", "2014-12-04"),
            ("twice a day", "SET", "P1D"),
            ("now", "DATE", "PRESENT_REF"),
            ("March", "DATE", "2015-03"),
            ("six months", "DURATION", "P6M"),
        ],
    ),
    # Saturday 2012-11-10 (ISO week 45), New Zealand daily, section label, headline ("on
    # Monday"), standfirst, byline, date line "Saturday, 10 November 2012" (one span). The
    # flight is "at 9am on Monday" 2012-11-12 (headline and body, and "Monday's flight"), with
    # the decision "due at 5am" and landing "at about 2pm NZDT" that day (the approximator and
    # zone in the span). Past: "first scheduled for Wednesday" 2012-11-07, "yesterday"
    # 2012-11-09 "called off at 6am"; "this week" 2012-W45. The standfirst's "12 weeks" P12W
    # (Monday to the return on "February 6", 2013-02-06); "ice laid down over the past 120,000
    # years" P120000Y (very long durations, gold_blind59). Southern summers take the year of
    # their January (gold_blind9, gold_blind17): "This summer" (the field season about to
    # start, December 2012 to February 2013) 2013-SU, "Last summer" 2012-SU, and its "late
    # January" 2012-01, while the future "until late January" is 2013-01. "Labour Day, October
    # 22" two DATEs (New Zealand's Labour Day, the fourth Monday of October, 2012-10-22, like
    # "Monday is Family Day", gold_blind103); "late October" 2012-10; "Christmas Day"
    # 2012-12-25; "New Year's Eve" 2012-12-31; "by radio at 7pm every evening" -> TIME
    # XXXX-XX-XXT19:00 and SET XXXX-XX-XXTEV (the hours of a recurring service, gold_blind28,
    # gold_blind59); "March" 2013-03 (future); "five-hour" and "12-hour" adjectival DURATIONs.
    # Not annotated: "the season" (twice, a field season of no calendar unit, gold_blind59,
    # gold_blind103), "C-17", "41" and "27-year-old" (ages), "600km", "310m", "750m", "$2.1
    # million", "14 trips", "eight scientists", "tarranticerise2012.org.nz" (a web address
    # holding 2012), "two false starts", "halfway", "before every flight", "lose track of time".
    "tarrant-ice-rise-drilling-team": (
        "2012-11-10",
        [
            ("Monday", "DATE", "2012-11-12"),
            ("12 weeks", "DURATION", "P12W"),
            ("the past 120,000 years", "DURATION", "P120000Y"),
            ("Saturday, 10 November 2012", "DATE", "2012-11-10"),
            ("this week", "DATE", "2012-W45"),
            ("9am", "TIME", "2012-11-12T09:00"),
            ("Monday", "DATE", "2012-11-12"),
            ("Wednesday", "DATE", "2012-11-07"),
            ("yesterday", "DATE", "2012-11-09"),
            ("6am", "TIME", "2012-11-09T06:00"),
            ("Monday", "DATE", "2012-11-12"),
            ("5am", "TIME", "2012-11-12T05:00"),
            ("about 2pm NZDT", "TIME", "2012-11-12T14:00"),
            ("a week", "DURATION", "P1W"),
            ("late January", "DATE", "2013-01"),
            ("February 6", "DATE", "2013-02-06"),
            ("five-hour", "DURATION", "PT5H"),
            ("12-hour", "DURATION", "PT12H"),
            ("Last summer", "DATE", "2012-SU"),
            ("six weeks", "DURATION", "P6W"),
            ("late January", "DATE", "2012-01"),
            ("nine days", "DURATION", "P9D"),
            ("This summer", "DATE", "2013-SU"),
            ("late October", "DATE", "2012-10"),
            ("Labour Day", "DATE", "2012-10-22"),
            ("October 22", "DATE", "2012-10-22"),
            ("Christmas Day", "DATE", "2012-12-25"),
            ("New Year's Eve", "DATE", "2012-12-31"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("March", "DATE", "2013-03"),
            ("at least two years", "DURATION", "P2Y"),
            ("2015", "DATE", "2015"),
            ("1998", "DATE", "1998"),
            ("more than 20 months", "DURATION", "P20M"),
        ],
    ),
    # Wednesday 2015-03-18 (ISO week 12), British regional daily's website, section label,
    # headline ("on Friday"), standfirst, byline, date line "Wednesday 18 March 2015". The
    # eclipse is on Friday 2015-03-20 (headline, standfirst "Friday morning" 2015-03-20TMO,
    # body); its clock times "8.27am", "9.34am", "10.44am", the society's "from 8am", the
    # school's "9.15am", the quote's "Around half past nine" (a clock time in words, the
    # approximator kept like "around 11pm", gold_blind13) and the grid's "between 8.30am and
    # 10.30am on Friday" are TIMEs on that day, as written in GMT ("the clocks do not go
    # forward until 29 March", 2015-03-29). "a little over two hours" PT2H; "for a few minutes"
    # PTXM (gold_blind15); "within an hour of the eclipse ending" PT1H (anchored). "said
    # yesterday" (twice) 2015-03-17; "last week" 2015-W11; "on Monday" 2015-03-16 (past);
    # "tomorrow" 2015-03-19; "Thursday night" 2015-03-19TNI and "Thursday afternoon"
    # 2015-03-19TAF (future); "early Friday" DATE 2015-03-20 (gold_blind103). "since August
    # 1999" 1999-08 and "On 11 August 1999" 1999-08-11; "the two minutes of totality" ->
    # DURATION "the two minutes" PT2M; "until 2026" 2026; "23 September 2090". "meet every
    # Tuesday at 7.30pm" -> SET XXXX-WXX-2 and TIME XXXX-XX-XXT19:30 (a recurring meeting's
    # hour, gold_blind28). Not annotated: "morning break" (a school break named by a part of
    # day, like "Summer programs", gold_blind103), "90 per cent", "UV400", "shade 14", "340
    # pupils", "500 pairs", "19-year-old" (an age), "northerncourier.co.uk/eclipse2015" (a
    # web address holding 2015), "may fall silent" (the verb), "even for a moment", "the
    # Corn Exchange", "Priory Park", "the eclipse ending".
    "hallowmere-partial-solar-eclipse-guide": (
        "2015-03-18",
        [
            ("Friday", "DATE", "2015-03-20"),
            ("a few minutes", "DURATION", "PTXM"),
            ("Friday morning", "TIME", "2015-03-20TMO"),
            ("Wednesday 18 March 2015", "DATE", "2015-03-18"),
            ("August 1999", "DATE", "1999-08"),
            ("Friday morning", "TIME", "2015-03-20TMO"),
            ("8.27am", "TIME", "2015-03-20T08:27"),
            ("9.34am", "TIME", "2015-03-20T09:34"),
            ("10.44am", "TIME", "2015-03-20T10:44"),
            ("a little over two hours", "DURATION", "PT2H"),
            ("29 March", "DATE", "2015-03-29"),
            ("Around half past nine", "TIME", "2015-03-20T09:30"),
            ("2026", "DATE", "2026"),
            ("8am", "TIME", "2015-03-20T08:00"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("7.30pm", "TIME", "XXXX-XX-XXT19:30"),
            ("9.15am", "TIME", "2015-03-20T09:15"),
            ("yesterday", "DATE", "2015-03-17"),
            ("last week", "DATE", "2015-W11"),
            ("Monday", "DATE", "2015-03-16"),
            ("tomorrow", "DATE", "2015-03-19"),
            ("yesterday", "DATE", "2015-03-17"),
            ("Thursday night", "TIME", "2015-03-19TNI"),
            ("early Friday", "DATE", "2015-03-20"),
            ("Thursday afternoon", "TIME", "2015-03-19TAF"),
            ("11 August 1999", "DATE", "1999-08-11"),
            ("the two minutes", "DURATION", "PT2M"),
            ("23 September 2090", "DATE", "2090-09-23"),
            ("8.30am", "TIME", "2015-03-20T08:30"),
            ("10.30am", "TIME", "2015-03-20T10:30"),
            ("Friday", "DATE", "2015-03-20"),
            ("an hour", "DURATION", "PT1H"),
        ],
    ),
    # Friday 2012-08-10 (ISO week 32), Canadian broadcaster's website, section label,
    # headline, stamp "Posted: Aug 10, 2012 5:02 AM ET | Last Updated: Aug 10, 2012 11:40 AM
    # ET" (two DATEs, two TIMEs, gold_blind103), byline. "this weekend" (headline and lead)
    # 2012-W32-WE (11-12 August). "overnight Saturday into Sunday" three TIMEX3: "overnight"
    # 2012-08-11TNI, "Saturday" 2012-08-11, "Sunday" 2012-08-12 (gold_blind59's "overnight
    # Tuesday into Wednesday"). "about 0600 UTC Sunday, or 2 a.m. ET": two TIMEs for one
    # instant (EDT is UTC-4) and the DATE. "On Saturday night ... after midnight" ->
    # 2012-08-11TNI and the midnight ending Saturday, 2012-08-11T24:00 (gold_blind59,
    # gold_blind103); the quote's "Tonight" is Friday's night 2012-08-10TNI, "Sunday night"
    # 2012-08-12TNI; "about 1:30 a.m. Sunday" 2012-08-12T01:30; the club's "from 9 p.m.
    # Saturday until 2 a.m." -> "2 a.m." of the night's next day, 2012-08-12T02:00 (gold_blind9:
    # a time after midnight takes the new day). "last year" 2011, "Last August" 2011-08. "once
    # every 133 years" one SET P133Y (gold_blind30's "once every 132 years"); "1992"; "2126".
    # "every year" SET P1Y; "this year" 2012; "since July 17" 2012-07-17; "by Aug. 24"
    # 2012-08-24; "Sunday afternoon" 2012-08-12TAF. Past: "On Tuesday night" 2012-08-07TNI, "at
    # about 10:45 p.m. ET" that night; "within an hour" PT1H. "the Civic Holiday long weekend"
    # one DATE span 2012-W31-WE (the Saturday-Monday weekend of Monday 6 August takes the ISO
    # week of its Saturday, 4 August, gold_blind56, gold_blind103); "through Labour Day"
    # 2012-09-03 (the first Monday of September). "at least 20 minutes" PT20M. Not annotated:
    # "Comet 109P/Swift-Tuttle" (a designation), "Perseid", "Perseids", "Perseus",
    # "705-555-0812" (a phone number ending like 08/12, the peak's date), "400 people", "more
    # than 70 people", "dozens of meteors", "the height of the shower", "the peak" (events),
    # "stay up late", "get up very early", "Technology & Science" (a label).
    "perseid-meteor-shower-peak-weekend": (
        "2012-08-10",
        [
            ("this weekend", "DATE", "2012-W32-WE"),
            ("Aug 10, 2012", "DATE", "2012-08-10"),
            ("5:02 AM ET", "TIME", "2012-08-10T05:02"),
            ("Aug 10, 2012", "DATE", "2012-08-10"),
            ("11:40 AM ET", "TIME", "2012-08-10T11:40"),
            ("this weekend", "DATE", "2012-W32-WE"),
            ("overnight", "TIME", "2012-08-11TNI"),
            ("Saturday", "DATE", "2012-08-11"),
            ("Sunday", "DATE", "2012-08-12"),
            ("about 0600 UTC", "TIME", "2012-08-12T06:00"),
            ("Sunday", "DATE", "2012-08-12"),
            ("2 a.m. ET", "TIME", "2012-08-12T02:00"),
            ("Saturday night", "TIME", "2012-08-11TNI"),
            ("midnight", "TIME", "2012-08-11T24:00"),
            ("Tonight", "TIME", "2012-08-10TNI"),
            ("Sunday night", "TIME", "2012-08-12TNI"),
            ("about 1:30 a.m.", "TIME", "2012-08-12T01:30"),
            ("Sunday", "DATE", "2012-08-12"),
            ("last year", "DATE", "2011"),
            ("once every 133 years", "SET", "P133Y"),
            ("1992", "DATE", "1992"),
            ("2126", "DATE", "2126"),
            ("every year", "SET", "P1Y"),
            ("this year", "DATE", "2012"),
            ("July 17", "DATE", "2012-07-17"),
            ("Aug. 24", "DATE", "2012-08-24"),
            ("Saturday night", "TIME", "2012-08-11TNI"),
            ("Sunday afternoon", "TIME", "2012-08-12TAF"),
            ("9 p.m.", "TIME", "2012-08-11T21:00"),
            ("Saturday", "DATE", "2012-08-11"),
            ("2 a.m.", "TIME", "2012-08-12T02:00"),
            ("Last August", "DATE", "2011-08"),
            ("Tuesday night", "TIME", "2012-08-07TNI"),
            ("about 10:45 p.m. ET", "TIME", "2012-08-07T22:45"),
            ("an hour", "DURATION", "PT1H"),
            ("the Civic Holiday long weekend", "DATE", "2012-W31-WE"),
            ("Labour Day", "DATE", "2012-09-03"),
            ("at least 20 minutes", "DURATION", "PT20M"),
        ],
    ),
    # Thursday 2014-09-11 (ISO week 37), British science magazine's website, section labels,
    # headline, byline "in Lisbon", stamp "11 September 2014 | 16:20 BST" (DATE and TIME). The
    # talk was "on Wednesday" 2014-09-10 and "on Wednesday afternoon" 2014-09-10TAF; the
    # congress "opened on Monday" 2014-09-08; "Tuesday's plenary session" 2014-09-09 (the
    # possessive's "'s" left out); the briefing "at 11:30 local time (10:30 UTC) tomorrow"
    # 2014-09-12, two TIMEs for one instant (Lisbon in summer is UTC+1) and the DATE. "for
    # more than a decade" P10Y; "18 months of observations between March 2012 and September
    # 2013" DURATION and two DATEs; "3 August 2013"; "last month" 2014-08; "now" PRESENT_REF;
    # "once every seven hours" SET PT7H (a rotation, like the orbit "every 100 minutes",
    # gold_blind31); "just over four years" P4Y; "October 2016"; "a two-week observing run"
    # P2W; "next spring" 2015-SP; "the early hours of 24 November" one DATE span 2014-11-24
    # (gold_blind26, gold_blind29); "several months" PXM; "the data from this winter" -> "this
    # winter" 2015-WI, the coming winter of 2014-15, valued by the year of its January
    # (gold_blind10, gold_blind103); "Since 2005" 2005; "held every two years" SET P2Y; "the
    # 2016 congress" -> "2016", an adjectival year; "registration opens in January" 2015-01
    # (future); "launched in 2011"; "June 2018"; "a seven-year cruise" P7Y; "in 2006". Not
    # annotated: "2004 QX17" (a designation holding a year), "abstract 2013" (a number, in a
    # story with "September 2013" annotated), "for the first time", "at least four times
    # since" ("since" anaphoric), "magnitude 15", "4-metre", "9 million kilometres", "30 per
    # cent", "at least 11 objects", "more than 1,400 scientists", "the Corvina probe", "as the
    # meeting closes" (event-named).
    "small-bodies-congress-dormant-comet": (
        "2014-09-11",
        [
            ("11 September 2014", "DATE", "2014-09-11"),
            ("16:20 BST", "TIME", "2014-09-11T16:20"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Wednesday", "DATE", "2014-09-10"),
            ("18 months", "DURATION", "P18M"),
            ("March 2012", "DATE", "2012-03"),
            ("September 2013", "DATE", "2013-09"),
            ("Wednesday afternoon", "TIME", "2014-09-10TAF"),
            ("3 August 2013", "DATE", "2013-08-03"),
            ("last month", "DATE", "2014-08"),
            ("now", "DATE", "PRESENT_REF"),
            ("once every seven hours", "SET", "PT7H"),
            ("just over four years", "DURATION", "P4Y"),
            ("October 2016", "DATE", "2016-10"),
            ("two-week", "DURATION", "P2W"),
            ("next spring", "DATE", "2015-SP"),
            ("the early hours of 24 November", "DATE", "2014-11-24"),
            ("several months", "DURATION", "PXM"),
            ("this winter", "DATE", "2015-WI"),
            ("2005", "DATE", "2005"),
            ("11:30 local time", "TIME", "2014-09-12T11:30"),
            ("10:30 UTC", "TIME", "2014-09-12T10:30"),
            ("tomorrow", "DATE", "2014-09-12"),
            ("every two years", "SET", "P2Y"),
            ("Monday", "DATE", "2014-09-08"),
            ("2016", "DATE", "2016"),
            ("January", "DATE", "2015-01"),
            ("Tuesday", "DATE", "2014-09-09"),
            ("2011", "DATE", "2011"),
            ("June 2018", "DATE", "2018-06"),
            ("seven-year", "DURATION", "P7Y"),
            ("2006", "DATE", "2006"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
