"""Annotations of the two-hundred-and-fifty-eighth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind258/annotate.py [--show]

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
    # Monday 2014-11-10 (ISO week 46), US metro paper's pro football game story, headline,
    # byline, date line "Monday, November 10, 2014", "KESSLER CITY —" dateline. The game was
    # "Sunday night" (headline and lead) 2014-11-09TNI; "the 8:30 p.m. kickoff" (an
    # adjectival clock time) 2014-11-09T20:30, "pushed back 20 minutes" the size of a shift
    # PT20M (gold_blind66) and the end "at 11:52 p.m." that night; "more than three hours
    # after" an anchored duration PT3H. "about 55 minutes" of playing time DURATION PT55M (a
    # real length inside a game, gold_blind13, gold_blind75). "out four to six weeks" -> one
    # DURATION span, PXW (a range of durations, see README). "signed ... in March" 2014-03
    # (past). "The Foxes are off this week" 2014-W46: the bye weekend (Sunday 16 November)
    # lies in the ISO week of publication. Future: "today" (twice) and "noon today"
    # 2014-11-10T12:00, "Tuesday" 2014-11-11 (twice, with "10 a.m." that day), "Wednesday"
    # 2014-11-12, "next Sunday" in a Monday paper the coming Sunday 2014-11-16 (gold_blind13,
    # gold_blind19), "Nov. 23" and "1 p.m." that day. "two weeks ago" two ISO weeks back,
    # 2014-W44 (gold_blind66's "a fortnight ago"); "weekly news conference" SET P1W (an
    # adjectival recurrence, gold_blind35); "this year" 2014; "We're 6-3 in November" the
    # current month 2014-11; "for three years" P3Y; "the past 10 days" P10D. Not annotated:
    # "with 4:12 left" and "with 11:40 to play" (game-clock readings, see README), "21-17"
    # (headline and body), "17-7", "17-14", "30-10", "6-3" (three times), "4-5", "1-6", "three
    # quarters", "the first half", "halftime", "the third quarter", "the bye week", "the latest
    # bye", "Week 10" (twice, a numbered week of a season, gold_blind66), "last season", "third
    # straight", "41 straight games", "34-yard", "2-yard", "68,211", "$38 million", "22 of
    # 35", "281 yards", "The last five" (elliptical, no unit written), "foxesfootball.com/
    # tix1123" (a URL holding the game's date as digits), "555-201-2014".
    "kessler-foxes-sunday-night-rally": (
        "2014-11-10",
        [
            ("Sunday night", "TIME", "2014-11-09TNI"),
            ("Monday, November 10, 2014", "DATE", "2014-11-10"),
            ("Sunday night", "TIME", "2014-11-09TNI"),
            ("Dec. 18, 2011", "DATE", "2011-12-18"),
            ("8:30 p.m.", "TIME", "2014-11-09T20:30"),
            ("20 minutes", "DURATION", "PT20M"),
            ("11:52 p.m.", "TIME", "2014-11-09T23:52"),
            ("more than three hours", "DURATION", "PT3H"),
            ("four-year", "DURATION", "P4Y"),
            ("March", "DATE", "2014-03"),
            ("about 55 minutes", "DURATION", "PT55M"),
            ("four to six weeks", "DURATION", "PXW"),
            ("2012", "DATE", "2012"),
            ("this week", "DATE", "2014-W46"),
            ("this year", "DATE", "2014"),
            ("Nov. 23", "DATE", "2014-11-23"),
            ("1 p.m.", "TIME", "2014-11-23T13:00"),
            ("today", "DATE", "2014-11-10"),
            ("Tuesday", "DATE", "2014-11-11"),
            ("Wednesday", "DATE", "2014-11-12"),
            ("weekly", "SET", "P1W"),
            ("noon", "TIME", "2014-11-10T12:00"),
            ("today", "DATE", "2014-11-10"),
            ("2012", "DATE", "2012"),
            ("2013", "DATE", "2013"),
            ("2007", "DATE", "2007"),
            ("three years", "DURATION", "P3Y"),
            ("November", "DATE", "2014-11"),
            ("two weeks ago", "DATE", "2014-W44"),
            ("next Sunday", "DATE", "2014-11-16"),
            ("the past 10 days", "DURATION", "P10D"),
            ("10 a.m.", "TIME", "2014-11-11T10:00"),
            ("Tuesday", "DATE", "2014-11-11"),
        ],
    ),
    # Tuesday 2015-02-17 (ISO week 8), AP basketball story on a newspaper website, headline,
    # stamp "Published 6:42 pm, Tuesday, February 17, 2015" (a TIME and one DATE span with its
    # weekday), byline, "MERRITON, Ill. (AP) —" dateline. The trade deadline is "3 p.m. ET
    # Thursday" (two TIMEX3, the zone in the span) 2015-02-19T15:00, the headline's
    # "Thursday's trade deadline" -> "Thursday"; "said Tuesday" and "on Tuesday" the
    # publication day; "about 48 hours" PT48H; the game "Thursday night at Ashby" 2015-02-19TNI,
    # "about five hours after the deadline" an anchored duration PT5H; "Saturday and Sunday"
    # 2015-02-21 and 2015-02-22. "this summer" 2015-SU; "in July" 2015-07, "12:01 a.m. ET on
    # July 1" 2015-07-01T00:01 and the DATE; "in October" 2014-10; "for months" PXM; "since
    # Jan. 9" 2015-01-09; "the 2010-11 season" -> "2010" and "11" 2011 (gold_blind91); "the
    # last time they won a playoff series was in 1997" -> "1997" only; "the team's 2014
    # first-round pick" and "the 2016 draft" adjectival years; "last February" in a February
    # story the February of the year before, 2014-02 (like "last May" in a March paper,
    # gold_blind58); "last month" 2015-01; "On Monday" 2015-02-16; "a 10-day contract" P10D,
    # "through Feb. 25" 2015-02-25; "recent weeks" PAST_REF; "Every year ... at 2:58 p.m." a
    # SET P1Y and a clock time on no particular day, XXXX-XX-XXT14:58 (gold_blind13). Not
    # annotated: "the deadline" (twice), "the All-Star break", "free agency", "the last playoff
    # spot", "24-30", "three games out", "eight of their last 10 games", "41 games", "21.4
    # points", "8.2 rebounds", "27", "$62 million", "first-round" (twice), "at least four teams".
    "merriton-blaze-trade-deadline": (
        "2015-02-17",
        [
            ("Thursday", "DATE", "2015-02-19"),
            ("6:42 pm", "TIME", "2015-02-17T18:42"),
            ("Tuesday, February 17, 2015", "DATE", "2015-02-17"),
            ("3 p.m. ET", "TIME", "2015-02-19T15:00"),
            ("Thursday", "DATE", "2015-02-19"),
            ("this summer", "DATE", "2015-SU"),
            ("Tuesday", "DATE", "2015-02-17"),
            ("Tuesday", "DATE", "2015-02-17"),
            ("Now", "DATE", "PRESENT_REF"),
            ("about 48 hours", "DURATION", "PT48H"),
            ("four-year", "DURATION", "P4Y"),
            ("October", "DATE", "2014-10"),
            ("months", "DURATION", "PXM"),
            ("July", "DATE", "2015-07"),
            ("12:01 a.m. ET", "TIME", "2015-07-01T00:01"),
            ("July 1", "DATE", "2015-07-01"),
            ("Jan. 9", "DATE", "2015-01-09"),
            ("2010", "DATE", "2010"),
            ("11", "DATE", "2011"),
            ("1997", "DATE", "1997"),
            ("Thursday night", "TIME", "2015-02-19TNI"),
            ("about five hours", "DURATION", "PT5H"),
            ("Saturday", "DATE", "2015-02-21"),
            ("Sunday", "DATE", "2015-02-22"),
            ("2014", "DATE", "2014"),
            ("last February", "DATE", "2014-02"),
            ("last month", "DATE", "2015-01"),
            ("Monday", "DATE", "2015-02-16"),
            ("10-day", "DURATION", "P10D"),
            ("Feb. 25", "DATE", "2015-02-25"),
            ("2016", "DATE", "2016"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("Every year", "SET", "P1Y"),
            ("2:58 p.m.", "TIME", "XXXX-XX-XXT14:58"),
        ],
    ),
    # Wednesday 2013-11-27 (ISO week 48), US local paper's pro football preview, headline,
    # paper name, date line "Wednesday, November 27, 2013", byline, "HALSTED —" dateline.
    # Thanksgiving 2013 is the fourth Thursday of November, 2013-11-28: "Thanksgiving Day"
    # (headline and lead), "Thursday" (twice), "Thursday morning" 2013-11-28TMO, "12:30
    # p.m. ET", "9 a.m.", "10:30 a.m." and "the afternoon" of the forecast, all on that day;
    # "about three hours after the ... parade" an anchored duration PT3H. "every year since
    # 1962" a SET P1Y and "1962". Past: "Monday night's game" -> "Monday night"
    # 2013-11-25TNI, "3:40 a.m. Tuesday" 2013-11-26T03:40 and the DATE, "Sunday" 2013-11-24,
    # "a walk-through Tuesday" 2013-11-26, "this morning" 2013-11-27TMO, "Oct. 6" 2013-10-06,
    # "hired in January" 2013-01, "sold out in August" 2013-08. "in 2009, when it also played
    # here on Thanksgiving" -> "2009" and "Thanksgiving" 2009-11-26, the holiday in the year
    # its clause gives (see README). Future: "Friday through Sunday" 2013-11-29 and
    # 2013-12-01, "return Monday" 2013-12-02, "a Dec. 8 game" and "Sunday, Dec. 8" (one span)
    # 2013-12-08, "a 10-day break" P10D, "next year's game" -> "next year" 2014, "in March"
    # 2014-03. "less than three days" P3D; "four hours of sleep" PT4H; "every day since" SET
    # P1D; "recent years" PAST_REF. Not annotated: "the holiday game" (three times), "a
    # Thanksgiving story" (a kind of story, not the holiday of any one year), "a short week",
    # "Week 9", "bye" (twice), "in his first season", "the past two games", "20-13",
    # "27-24", "27-23-1", "5-6", "7-4", "six of its last eight", "overtime", "a high of 36",
    # "40 percent", "halstedfootball.com/thanksgiving2014" (a URL holding next year's number).
    "halsted-drivers-thanksgiving-preview": (
        "2013-11-27",
        [
            ("Thanksgiving Day", "DATE", "2013-11-28"),
            ("Wednesday, November 27, 2013", "DATE", "2013-11-27"),
            ("Thanksgiving Day", "DATE", "2013-11-28"),
            ("every year", "SET", "P1Y"),
            ("1962", "DATE", "1962"),
            ("2006", "DATE", "2006"),
            ("Thursday", "DATE", "2013-11-28"),
            ("12:30 p.m. ET", "TIME", "2013-11-28T12:30"),
            ("about three hours", "DURATION", "PT3H"),
            ("9 a.m.", "TIME", "2013-11-28T09:00"),
            ("Monday night", "TIME", "2013-11-25TNI"),
            ("3:40 a.m.", "TIME", "2013-11-26T03:40"),
            ("Tuesday", "DATE", "2013-11-26"),
            ("less than three days", "DURATION", "P3D"),
            ("four hours", "DURATION", "PT4H"),
            ("Sunday", "DATE", "2013-11-24"),
            ("Tuesday", "DATE", "2013-11-26"),
            ("this morning", "TIME", "2013-11-27TMO"),
            ("Thursday morning", "TIME", "2013-11-28TMO"),
            ("2009", "DATE", "2009"),
            ("Thanksgiving", "DATE", "2009-11-26"),
            ("Oct. 6", "DATE", "2013-10-06"),
            ("every day", "SET", "P1D"),
            ("January", "DATE", "2013-01"),
            ("Thursday", "DATE", "2013-11-28"),
            ("the afternoon", "TIME", "2013-11-28TAF"),
            ("10:30 a.m.", "TIME", "2013-11-28T10:30"),
            ("August", "DATE", "2013-08"),
            ("recent years", "DATE", "PAST_REF"),
            ("Friday", "DATE", "2013-11-29"),
            ("Sunday", "DATE", "2013-12-01"),
            ("Monday", "DATE", "2013-12-02"),
            ("Dec. 8", "DATE", "2013-12-08"),
            ("Sunday, Dec. 8", "DATE", "2013-12-08"),
            ("10-day", "DURATION", "P10D"),
            ("next year", "DATE", "2014"),
            ("March", "DATE", "2014-03"),
        ],
    ),
    # Friday 2012-10-26 (ISO week 43), student daily's website, college football preview,
    # headline, stamp "Posted: Friday, October 26, 2012 1:14 am" (one DATE span with its
    # weekday and a TIME), byline and paper name, no dateline. The game is "On Saturday"
    # 2012-10-27 "at 3:30 p.m." (twice; "moved from 7 p.m." the same day's former kickoff);
    # the parade "10 a.m. Saturday"; "this weekend" 2012-W43-WE; "tonight at 8 p.m." two TIMEX3
    # of the publication day, as are "from 9 a.m. to 4 p.m. today"; "as of Thursday night"
    # 2012-10-25TNI; "practiced Tuesday and Wednesday" 2012-10-23 and 2012-10-24 (past);
    # "Sunday at 2 p.m." 2012-10-28. "the annual Homecoming game" -> "annual" SET P1Y
    # (gold_blind91); "only on Tuesdays and Wednesdays" SETs XXXX-WXX-2 and XXXX-WXX-3. "last
    # week" 2012-W42 (the open Saturday, 20 October); "this week's coaches poll" -> "this week"
    # 2012-W43; "Oct. 13" 2012-10-13; "in September" 2012-09; "last year" 2011; "came in 2007
    # ... came a year later" 2008 (anchored on the year just named, at its granularity). "have
    # had two weeks" and "We'd take two weeks" P2W; "at least two more weeks" P2W with the
    # modifiers kept; "almost two months" P2M; "right now" one span PRESENT_REF (gold_blind6);
    # "Nov. 3" 2012-11-03; "Thanksgiving weekend" (no article) the Saturday-Sunday weekend after
    # Thanksgiving (22 November 2012), the ISO week of its Saturday 2012-W47-WE (gold_blind103's
    # "Family Day weekend"). Not annotated: "No. 22" (headline and body), "with 1:52 left" (a
    # game clock), "the bye week", "the regular season", "in his fourth season", "Homecoming"
    # as an event ("Homecoming test", "a Homecoming game", "The Homecoming parade"),
    # "halftime", "2-5", "1-3", "5-2", "3-1", "38-10", "24-21", "10-2", "four straight",
    # "20,000", "3,000".
    "brennan-state-otters-homecoming-preview": (
        "2012-10-26",
        [
            ("Friday, October 26, 2012", "DATE", "2012-10-26"),
            ("1:14 am", "TIME", "2012-10-26T01:14"),
            ("two weeks", "DURATION", "P2W"),
            ("Saturday", "DATE", "2012-10-27"),
            ("3:30 p.m.", "TIME", "2012-10-27T15:30"),
            ("annual", "SET", "P1Y"),
            ("Oct. 13", "DATE", "2012-10-13"),
            ("last week", "DATE", "2012-W42"),
            ("7 p.m.", "TIME", "2012-10-27T19:00"),
            ("3:30 p.m.", "TIME", "2012-10-27T15:30"),
            ("September", "DATE", "2012-09"),
            ("this week", "DATE", "2012-W43"),
            ("last year", "DATE", "2011"),
            ("2007", "DATE", "2007"),
            ("a year later", "DATE", "2008"),
            ("Tuesday", "DATE", "2012-10-23"),
            ("Wednesday", "DATE", "2012-10-24"),
            ("at least two more weeks", "DURATION", "P2W"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("2010", "DATE", "2010"),
            ("this weekend", "DATE", "2012-W43-WE"),
            ("10 a.m.", "TIME", "2012-10-27T10:00"),
            ("Saturday", "DATE", "2012-10-27"),
            ("tonight", "TIME", "2012-10-26TNI"),
            ("8 p.m.", "TIME", "2012-10-26T20:00"),
            ("9 a.m.", "TIME", "2012-10-26T09:00"),
            ("4 p.m.", "TIME", "2012-10-26T16:00"),
            ("today", "DATE", "2012-10-26"),
            ("Thursday night", "TIME", "2012-10-25TNI"),
            ("2009", "DATE", "2009"),
            ("1998", "DATE", "1998"),
            ("almost two months", "DURATION", "P2M"),
            ("two weeks", "DURATION", "P2W"),
            ("right now", "DATE", "PRESENT_REF"),
            ("Nov. 3", "DATE", "2012-11-03"),
            ("Thanksgiving weekend", "DATE", "2012-W47-WE"),
            ("Sunday", "DATE", "2012-10-28"),
            ("2 p.m.", "TIME", "2012-10-28T14:00"),
        ],
    ),
    # Sunday 2013-06-09 (ISO week 23), AP baseball game story in a Sunday paper, headline,
    # paper name, date line "Sunday, June 9, 2013", byline, "RIDGEWAY, Pa. (AP) —" dateline,
    # NOTES. The game began "at 7:05 p.m. Saturday" 2013-06-08T19:05 and ended "at 12:17
    # a.m." 2013-06-09T00:17, so the lead's "early Sunday" is DATE 2013-06-09 (gold_blind103's
    # "early Friday"); "more than five hours after the first pitch" an anchored duration PT5H;
    # "a 72-minute rain delay" PT72M (adjectival); the rain "at 8:49 p.m." that Saturday.
    # Past: "Friday night" 2013-06-07TNI, "since Thursday" and "Thursday's draft" 2013-06-06,
    # "since May 24", "since April 30", "since August 2011". The NOTES' "Sunday at 1:35 p.m."
    # is the publication day, 2013-06-09 and 2013-06-09T13:35; future "ends Monday"
    # 2013-06-10, "Tuesday" 2013-06-11, "June 18", "June 22". "nine days into a 10-day trip"
    # P9D and P10D; "the longest delay there in three years" P3Y (the period of a superlative,
    # gold_blind58); "five weeks" P5W; "the 15-day disabled list" -> "15-day" P15D (see
    # README); "every fifth day" SET P5D (like "every other day" P2D, gold_blind34); "every
    # Saturday night" SET XXXX-WXX-6TNI; "since 1986", "since 2004", "since 2009" and "The
    # 1993 team" DATEs. Not annotated: "in 11" (headline), "the 11th inning", "the ninth", "the
    # top of the sixth", "the fourth", "five innings", "the last four outs", "hitting streak to
    # 14 games", "seventh straight win", "12 of 15", "four of five", "the three-game series",
    # "a six-game road trip", "5-4", "4-4" (twice), "3-1", "6-2" (twice), "2-3", "35-26",
    # "2.91", "4.05", "71 pitches", "31,408", "a few hundred", "day-to-day", "first-round".
    "ridgeway-pioneers-rain-delay-walkoff": (
        "2013-06-09",
        [
            ("Sunday, June 9, 2013", "DATE", "2013-06-09"),
            ("early Sunday", "DATE", "2013-06-09"),
            ("72-minute", "DURATION", "PT72M"),
            ("7:05 p.m.", "TIME", "2013-06-08T19:05"),
            ("Saturday", "DATE", "2013-06-08"),
            ("12:17 a.m.", "TIME", "2013-06-09T00:17"),
            ("more than five hours", "DURATION", "PT5H"),
            ("August 2011", "DATE", "2011-08"),
            ("May 24", "DATE", "2013-05-24"),
            ("nine days", "DURATION", "P9D"),
            ("10-day", "DURATION", "P10D"),
            ("Monday", "DATE", "2013-06-10"),
            ("8:49 p.m.", "TIME", "2013-06-08T20:49"),
            ("1986", "DATE", "1986"),
            ("three years", "DURATION", "P3Y"),
            ("Thursday", "DATE", "2013-06-06"),
            ("April 30", "DATE", "2013-04-30"),
            ("five weeks", "DURATION", "P5W"),
            ("15-day", "DURATION", "P15D"),
            ("every fifth day", "SET", "P5D"),
            ("Friday night", "TIME", "2013-06-07TNI"),
            ("every Saturday night", "SET", "XXXX-WXX-6TNI"),
            ("2004", "DATE", "2004"),
            ("2009", "DATE", "2009"),
            ("Thursday", "DATE", "2013-06-06"),
            ("Sunday", "DATE", "2013-06-09"),
            ("1:35 p.m.", "TIME", "2013-06-09T13:35"),
            ("Tuesday", "DATE", "2013-06-11"),
            ("June 18", "DATE", "2013-06-18"),
            ("1993", "DATE", "1993"),
            ("June 22", "DATE", "2013-06-22"),
        ],
    ),
    # Thursday 2014-01-16 (ISO week 3), sports website's college basketball game story,
    # headline, stamp "Jan 16, 2014 12:41 AM ET" (DATE and TIME, the zone in the span), byline,
    # "WESTBROOK, Mass. —" dateline. The game was "Wednesday night" 2014-01-15TNI; the coach's
    # "Tonight was one night", said after the game and posted after midnight, is that night,
    # 2014-01-15TNI (see README); "fly home Thursday morning" the publication day's morning
    # 2014-01-16TMO. Headline "first conference road win in nearly five years" P5Y (the period
    # of a "first in", gold_blind35); "The last time Harmon won ... was in February 2009" ->
    # "February 2009" only. Lengths inside the game are DURATIONs: "For 35 minutes" PT35M,
    # "the final minute" PT1M, "the first five minutes" PT5M (ordinal periods, gold_blind43's
    # "the first 45 minutes"); "delayed 15 minutes" PT15M (the size of a shift). "for the
    # fourth time in 11 days" P11D and "three games in eight days" P8D (the period of a
    # count, gold_blind103). Past: "since Saturday's loss" 2014-01-11, "Dec. 7" 2013-12-07,
    # "in December" 2013-12, "in August" 2013-08, "last January" in a January story the
    # January of the year before, 2013-01, "April 2012". Future: "on Saturday at noon"
    # 2014-01-18T12:00 and Westbrook's "Saturday at 2 p.m." the same Saturday; "a Monday night
    # game ... on Jan. 27" TIME 2014-01-27TNI and DATE (gold_blind66); "Feb. 19" 2014-02-19.
    # "Its 2008-09 team" -> "2008" and "09" 2009 (gold_blind91). "21 months" P21M; "three
    # weeks" P3W. Not annotated: "with 2:47 remaining" and "with 8:15 to play" (game clocks),
    # "this season", "in his second season", "over four seasons", "23 straight conference
    # road games", "14 of the last 18 points", "its last six visits", "in seventh grade",
    # "shootaround", "3-pointer", "71-66", "58-48", "12-5", "2-2", "9-8", "1-3", "41-77", "19
    # points", "22 points", "15", "3,412", "5,000-seat", "HoopsCentral.com".
    "harmon-harriers-end-road-drought": (
        "2014-01-16",
        [
            ("nearly five years", "DURATION", "P5Y"),
            ("Jan 16, 2014", "DATE", "2014-01-16"),
            ("12:41 AM ET", "TIME", "2014-01-16T00:41"),
            ("35 minutes", "DURATION", "PT35M"),
            ("Wednesday night", "TIME", "2014-01-15TNI"),
            ("February 2009", "DATE", "2009-02"),
            ("Dec. 7", "DATE", "2013-12-07"),
            ("the final minute", "DURATION", "PT1M"),
            ("the first five minutes", "DURATION", "PT5M"),
            ("15 minutes", "DURATION", "PT15M"),
            ("11 days", "DURATION", "P11D"),
            ("Saturday", "DATE", "2014-01-11"),
            ("April 2012", "DATE", "2012-04"),
            ("21 months", "DURATION", "P21M"),
            ("Tonight", "TIME", "2014-01-15TNI"),
            ("Thursday morning", "TIME", "2014-01-16TMO"),
            ("Saturday", "DATE", "2014-01-18"),
            ("noon", "TIME", "2014-01-18T12:00"),
            ("eight days", "DURATION", "P8D"),
            ("Monday night", "TIME", "2014-01-27TNI"),
            ("Jan. 27", "DATE", "2014-01-27"),
            ("three weeks", "DURATION", "P3W"),
            ("December", "DATE", "2013-12"),
            ("August", "DATE", "2013-08"),
            ("last January", "DATE", "2013-01"),
            ("2008", "DATE", "2008"),
            ("09", "DATE", "2009"),
            ("Saturday", "DATE", "2014-01-18"),
            ("2 p.m.", "TIME", "2014-01-18T14:00"),
            ("Feb. 19", "DATE", "2014-02-19"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
