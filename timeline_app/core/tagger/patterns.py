"""The candidate rules: one compiled regular expression per kind of time expression.

Every pattern is compiled once, case-insensitive, except month and weekday names, which must be
capitalised (so "may" the verb and "march" the noun never start a date). Each rule's ``kind``
names the resolver in ``resolve`` that turns a match into a TIMEX3.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline_app.core.tagger.lexicon import (
    DECADE_WORDS,
    ORDINALS,
    SETS,
    SMALL_NUMBERS,
    VAGUE_NUMBERS,
    alternation,
)

_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "jan",
    "feb.",
    "feb",
    "mar.",
    "apr.",
    "apr",
    "jun.",
    "jul.",
    "aug.",
    "aug",
    "sept.",
    "sept",
    "sep.",
    "oct.",
    "oct",
    "nov.",
    "nov",
    "dec.",
    "dec",
    # bare abbreviations that are also words or names: only with a day ("Wed 9 Jun 2021")
    "jun",
    "jul",
    "sep",
    "mar",
]
_WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

MONTH = r"(?-i:" + alternation(_MONTH_NAMES, title=True) + r")(?![A-Za-z])"
WEEKDAY_NAME = r"(?-i:" + alternation(_WEEKDAY_NAMES, title=True) + r")"
WEEKDAY = WEEKDAY_NAME + r"(?![a-z])"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:%,]\d|\d|%)"
YEAR = r"(?<![\d$£€.,/:])(?<!\d-)(?:1[6-9]\d\d|20\d\d)(?![\d%]|[.,:/]\d|-\d)"
SHORT_YEAR = r"'\d\d(?!\d)"
ZONE = (
    r"(?:(?-i:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|EET|EEST|WET|MSK|IST|PKT|MYT|SGT|PHT|HKT|JST|KST|"
    r"WAT|EAT|CAT|SAST|AEST|AEDT|ACST|AWST|NZST|NZDT|AKST|AKDT|HST|WIB|WITA|WIT|ICT|BRT|BRST|ART|"
    r"A[SD]T|N[SD]T|LT|Zulu)|"
    r"(?-i:Pacific|Eastern|Central|Mountain|Atlantic)(?:\s+(?:standard\s+|daylight\s+)?time)?"
    # "Alaska time", "Beijing time": a place's time (not "Sunday time")
    r"(?![\w-])|(?-i:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?:[A-Z][a-z]+\s+)?"
    r"[A-Z][^\W\dA-Z_]{3,})"  # ("Brasília time" too)
    r"\s+time(?![\w-])"
    r"|local\s+time|local(?=\s*[()\[,.;]))"  # "at 0140 local (2240 GMT)"
)
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
NUMBER_WORD = alternation(list(SMALL_NUMBERS))
_HUNDREDS = (  # "one hundred and fifty", "a hundred and twenty-five", "One hundred fifty"
    rf"(?:(?:one|a|two|three|four|five|six|seven|eight|nine)\s+)?hundred\s+(?:and\s+)?"
    rf"(?:{_TENS}(?:[-\s]{_UNITS_WORD})?|{NUMBER_WORD})"
)
_PLAIN_HUNDREDS = r"(?:two|three|four|five|six|seven|eight|nine)\s+hundred"  # "two hundred years"
_NUM_ONE = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+(?![\d,])|\d+(?:\.\d+)?(?:\s+1/2)?|{_HUNDREDS}|{_PLAIN_HUNDREDS}|"
    rf"{_TENS}[-\s]{_UNITS_WORD}|{NUMBER_WORD}"
    rf"|{alternation(VAGUE_NUMBERS - {'the'})})"
)
# "half a century", "a quarter of an hour", "three quarters of an hour"
FRACTION = r"(?:half\s+an?|an?\s+quarter\s+of\s+an?|three\s+quarters\s+of\s+an?)"
_HALF = r"(?:[\s-]and[\s-]a[\s-]half)"  # "two and a half", "four-and-a-half-year"
# a range's first number is no year: "sentenced in January 2010 to 12 years" is 12 years
_NOT_YEAR_THEN = r"(?!(?:1[6-9]|20)\d\d\s+(?:or|to|and)\s)"
NUM = (
    rf"(?:{FRACTION}|{_NOT_YEAR_THEN}{_NUM_ONE}(?:\s+(?:or|to|and)\s+(?!an?\s){_NUM_ONE}(?=[\s-]))?"
    rf"{_HALF}?)"
)
UNIT = (
    r"(?:(?:second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ies)|millenni(?:um|a))s?"
    r"|(?:summer|winter|spring|autumn)s"  # "the past three summers": so many years
    # a post's "40 mins", "every 30 mins" (not a match report's minute, "78 min: GOAL!")
    r"|(?:mins?|hrs|secs?)(?![\w-]|\s*:))"
)
ORDINAL = alternation(list(ORDINALS))
PART_OF_DAY = r"(?:morning|afternoon|evening|night|mid-?afternoon|mid\s+afternoon)"
# (not "Today FM", "the Today programme": a station's or a show's name)
# ("the Today programme", "NBC's Today show", but "figures published today show a rise")
DEICTIC_DAY = (
    r"(?:(?-i:T)oday(?![ \t]+(?-i:FM|[Pp]rogramme|[Ss]how)\b)|(?-i:t)oday(?![ \t]+(?-i:FM)\b)|"
    r"(?-i:TODAY)|tonight|yesterday|tomorrow)"
)
SEASON = r"(?:spring|summer|fall|autumn|winter)"
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "six minutes past one", "ten minutes after three", "a quarter to four", "half past two"
_PAST_THE_HOUR = (
    r"(?:(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|twenty-five|\d{1,2})\s+minutes?|(?:a\s+)?quarter|half)\s+"
    r"(?:past|after|to|before)\s+|(?:five|ten|twenty|twenty-five)\s+past\s+)(?:"  # "ten past six"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"midnight|noon)"  # "one minute past midnight"
    r"(?!\s+(?:of|in)\b))"
)
CLOCK = (
    # "4am", "5:30 p.m.", British "5.30pm"
    # (with seconds, a leap second's too: "7:59:60 p.m.", "23:59:60 UTC")
    r"(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?::(?:[0-5]\d|60))?)?\s*"
    r"(?-i:[ap]\.m\.?|[AP]\.M\.?|[ap]m\b|[AP]M\b)"
    # (British police and services write "02:15 hours")
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60))?(?!\d|\s*(?:%|percent))(?:\s+hours\b)?"
    r"|(?:12\s+)?(?:noon|midnight)|midday"  # "at 12 noon"
    r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?-i:GMT|UTC|HKT|JST|KST|SGT|IST|CET|EET|MSK|LT|Zulu|"
    r"Universal\s+Time)\b)"
    # a wire's transmission stamp, its date and time: "AP-NY-03-14-90 1702EST"
    r"|(?<=\d\d-\d\d-\d\d\s)(?:[01]\d|2[0-3])[0-5]\d(?-i:[ECMP][SD]T|GMT)\b"
    # a mariner's or a pilot's "1432Z", "14:34Z"; "between 0700 and 1900 hrs"; "berthed at 1638"
    r"|(?:[01]\d|2[0-3]):?[0-5]\d(?-i:Z)\b"
    r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?:and|to|until)\s+(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs|hours)\b)"
    r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s+local\b)"  # "at 0140 local (2240 GMT Friday)"
    r"|(?:[01]\d|2[0-3])\.[0-5]\d(?=\s+(?-i:BST|GMT|UTC|CET|CEST)\b)"  # "06.00 BST"
    # police and coroners: "at around 2130hrs", "died at 04.20", a time stamp "2012, 14.52"
    r"|(?:[01]\d|2[0-3])[0-5]\d\s?hrs\b"
    # an Indian timetable's "leave at 21.40 hrs" (not a count of hours: "7.5 hrs")
    r"|(?:[01]\d|2[0-3])[.:][0-5]\d\s?hrs\b"
    # a live blog's post stamped "23.10" on a line of its own, or opening its post when another
    # post's stamp follows ("13.55 The Chancellor has sat down. ...\n\n13.31 Fuel duty ...")
    r"|(?<![^\n])(?:[01]\d|2[0-3])\.[0-5]\d(?=[ \t]*(?:\n|$)|[ \t]+(?-i:[A-Z])[^\n]*\n"
    r"(?:[^\n]*\n){0,6}?(?:[01]\d|2[0-3])\.[0-5]\d[ \t]+(?-i:[A-Z]))"
    # the military "from 0600 hours local time", "at 1430 hours"; and "24:00 GMT"
    r"|0\d[0-5]\d\s+hours\b|(?:(?<=\bat\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bby\s))"
    r"(?:1\d|2[0-3])[0-5]\d\s+hours\b|24:00(?=\s+(?-i:GMT|UTC|hours|local)\b)"
    r"|(?:(?<=\bat\s)|(?<=\babout\s)|(?<=\baround\s)|(?<=\buntil\s)|(?<=\bfrom\s))0\d\.[0-5]\d"
    r"(?!\.?\d)"
    r"|(?<=\d{4},\s)(?:[01]\d|2[0-3])\.[0-5]\d(?!\.?\d|\s*(?:%|per|[mb]n?\b|million|billion))"
    # French, Spanish and Portuguese newsrooms' "at 18h30", "from 7h to 13h", "13h GMT"
    r"|(?=\d\d?h)(?:(?<=\bat\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bto\s)|(?<=\band\s)|"
    r"(?<=\bby\s)|(?<=\babout\s)|(?<=\baround\s)|(?<=\bbefore\s)|(?<=\bafter\s)|"
    r"(?<=\bbetween\s))(?:[01]?\d|2[0-3])h(?:[0-5]\d)?\b"
    r"|(?=\d\d?h)(?:[01]?\d|2[0-3])h(?:[0-5]\d)?"
    r"(?=\s+(?-i:GMT|UTC|CET|CEST|WIB|BRT|local|Bras[ií]lia)\b)"
    # a race named by its off-time: "runs in the 3.15 with Saturday", "in the 2.30 at Kelbourne"
    r"|(?<=\bin\sthe\s)[1-9]\.[0-5]\d(?=\s+(?:at|as|with)\b|[ \t]*[,.;:](?!\d)|[ \t]*$)"
    # a log's entries on the 24-hour clock: "0742 - EMS assist ... Cleared 0811", and a log's
    # "Reported: 11/01/13 0730" (kept only in a text that writes such clocks: candidates.py)
    r"|(?<![^\n])(?:[01]\d|2[0-3])[0-5]\d(?=[ \t]+[-\u2013\u2014][ \t])"
    r"|(?:(?<=\bCleared\s)|(?<=\bcleared\s)|(?<=\d/\d\d\s))(?:[01]\d|2[0-3])[0-5]\d(?![\d,:]|\.\d)"
    # (last, so that "at 0600 hours" is read whole): "berthed at 1638"
    r"|(?<=\bat\s)(?:0\d|1\d|2[0-3])[0-5]\d(?![\d,:]|\.\d|\s*(?:%|levels?|prices|feet|ft|metres|"
    r"meters|m\b|km|rpm|people|tonnes|tons|euros|dollars|pounds)|\s+(?-i:[A-Z]))"
    r")"
)
SPELLED_YEAR = (
    rf"(?:nineteen\s+(?:{_TENS}(?:[-\s]{_UNITS_WORD})?|ten|eleven|twelve|thirteen|fourteen"
    rf"|fifteen|sixteen|seventeen|eighteen|nineteen|hundred(?:\s+and\s+{_UNITS_WORD})?)"
    rf"|the\s+year\s+two\s+thousand(?:\s+and\s+{_UNITS_WORD})?|two\s+thousand\s+and\s+{_UNITS_WORD})"
)
# not after a verb of saying or thinking: "said that Monday was fine" is no demonstrative "that"
_NOT_SAID = (
    r"(?<!said\s)(?<!says\s)(?<!told\s)(?<!\bsay\s)(?<!noted\s)(?<!added\s)(?<!warned\s)"
    r"(?<!claimed\s)(?<!believe\s)(?<!think\s)(?<!thinks\s)(?<!knew\s)(?<!hoped\s)"
    r"(?<!announced\s)(?<!confirmed\s)(?<!reported\s)(?<!insisted\s)(?<!argued\s)"
)
_REL = r"(?:this\s+past|this\s+coming|this|last|next|past|coming|previous|following)"
# "last" after "to" or a modal is the verb: "used to last four hours", "could last several days"
_LAST_ADJECTIVE = (
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)(?<!\bmay\s)"
    r"(?<!\bmight\s)(?<!\bshould\s)(?<!\bmust\s)(?<!\bnot\s)last"
)
# an office's end of the working day: "test results EOD Friday", "by COB today" (but "the close
# of business yesterday" is "yesterday", as the TempEval-3 corpus marks it)
_OFFICE_DEADLINE = r"(?:(?-i:EOD|COB)|(?:the\s+)?end\s+of\s+play)(?:\s+on)?"
_EDGE = (
    r"(?:(?:early|earlier|late|later|mid|the\s+(?:end|middle|beginning|start|rest|remainder)"
    # "all to be linked by end of 2000" (a headline without its article)
    r"\s+of|(?<=\bby\s)end\s+of|(?:at\s+)?around)[\s-]+)"
)


@dataclass(frozen=True, slots=True)
class Rule:
    """A kind of expression, its pattern, and a cheap key every match of the pattern contains.

    Scanning a whole text with every pattern is slow; scanning only the stretches around the
    key's hits (a margin either side) keeps tagging linear and fast.
    """

    kind: str
    regex: re.Pattern[str]
    keys: tuple[re.Pattern[str], ...]  # (each written so that the search can skip ahead fast)
    before: int  # how far a match may start before its key
    after: int  # how far a match may end after its key
    cased: bool  # the key is matched in the original text, not the lower-cased copy
    # the pattern without IGNORECASE, for the lower-cased copy (much faster), where no part
    # of it is cased
    folded: re.Pattern[str] | None = None


# (matches reach at most about 35 characters either side of their keys in 1,582 texts)
KEY_MARGIN = 60
# Tighter margins for the busiest rules, whose keys sit at the end of what they match.
_MARGINS = {
    "duration": (70, 40),
    "vague_units": (45, 30),
    "ref": (30, 30),
    "narrative": (45, 30),
    "set": (30, 40),
    "relative_unit": (60, 40),
    "deictic": (30, 40),
    "first_days": (40, 12),  # "3, 5 and 7 March": the days sit just before the month
    "months_quarter": (20, 40),
    "fiscal_year": (30, 30),
    "fortnight": (40, 10),
    "quarter_century": (40, 20),
    "event_stretch": (10, 60),
    "pod_before": (10, 20),
}
_MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_MONTH_KEY = "|".join(m for name in _MONTH_ABBREVIATIONS for m in (name, name.upper()))
_WEEKDAY_KEY = r"Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN"
_CASED_KEYS = frozenset(
    {
        "month_day",
        "second_day",
        "first_days",
        "month_year",
        "month",
        "weekday",
        "holiday",
        "festival",
        "q_quarter",
        "months_quarter",
    }
)
_UNIT_KEY = (
    r"second|minute|hour|day|week|month|quarter|year|decade|centur|millenni|"
    r"summers|winters|springs|autumns|mins|hrs|secs"
)
_SAINT_KEYS = ("Father", "Mother", "Nicholas", "George", "Andrew", "David", "Stephen")
# Each rule's keys (one pattern or several): plain alternations, each alternative beginning with
# a character rather than a group or a look-around, so that the search can skip ahead fast.
_KEYS: dict[str, str | tuple[str, ...]] = {
    "numeric_date": r"\d[/-]\d|\d\.[01]?\d\.[12]\d\d\d",
    "month_day": _MONTH_KEY,
    "second_day": _MONTH_KEY,
    "first_days": _MONTH_KEY,
    "month_year": _MONTH_KEY,
    # ("the night of the 18th" and "the day 20" are found after "on the")
    "ordinal_day": (
        r"on\s+the\s|by\s+the\s|until\s+the\s|before\s+the\s|"
        r"st(?<=\dst)\sof\s|nd(?<=\dnd)\sof\s|rd(?<=\drd)\sof\s|th(?<=\dth)\sof\s"
    ),
    "month": _MONTH_KEY,
    "year": r"\d\d\d\d",
    "early_year": r"(?:1[0-5]|21)\d\d\b",
    "short_year": r"['\u2019]\d\d\b",
    "q_quarter": "|".join(
        [r"Q(?<!\wQ)[1-4]", r"H(?<!\wH)[12]\b"]
        + [rf"{n}{x}(?<!\w{n}{x})\d\d\b" for n, x in ("1H", "2H", "1Q", "2Q", "3Q", "4Q")]
    ),
    "months_quarter": _MONTH_KEY + "|holiday q|Christmas q",
    "fiscal_year": r"f(?:y\s?'?\d|iscal\b|inancial\s+year)|tax\s+year|budget\s+year",
    "span_first_year": r"\d\d\d\d[-\u2013/]\d\d",
    "span_second_year": r"\d\d\d\d[-\u2013/]\d\d",  # "2006-2010" too
    "this_time": r"this\s+time",
    "this_date": r"this\s+(?:date|day)\s+in\s",
    "day_of_year": r"\d(?:st|nd|rd|th)\s+day\s+of\s",
    "nth_weekday": r"(?:first|second|third|fourth|last)\s+\w+day\s+(?:of|in)\s",
    "spelled_year": r"nineteen|thousand",
    "decade": r"0s(?<=\d0s)|0's(?<=\d0's)|'\d0s|ties\b",
    "century": r"century",
    "quarter": r"quarter|half|mester",
    "halves": r"quarters|six\s+months\s+of|three\s+months\s+of",
    "season": r"spring|summer|fall|autumn|winter",
    "relative_unit": r"week|month|year|decade|day",
    "year_end": r"end|midyear|mid-year",  # year-end, month-end
    "edge_in": r"in\s+the",
    "period": r"period|year-|year\s+ago",
    "duration": _UNIT_KEY,
    "vague_units": r"years|months|weeks|days|hours|minutes|decades|centuries|quarters",
    "unit_long": r"-long|half-hour|half hour|weeklong|monthlong|yearlong|daylong",
    "fortnight": r"fortnight",
    "quarter_century": r"(?:quarter|half)[\s-]+(?:of\s+a\s+)?century",
    "turn_of_century": r"turn of the",
    "tax_year": r"tax year",
    "its_nth": r"(?:its|their)\s+\w+\s+(?:day|week|month|year|decade)",
    "event_stretch": r"(?:first|final|last|opening|closing)\s+(?:hour|day|week|month|year|decade)",
    "deictic": r"today|tonight|yesterday|tomorrow",
    "this_pod": r"morning|afternoon|evening|night",
    "overnight": r"overnight",
    "weekday": _WEEKDAY_KEY,
    "clock": (
        # (two keys the search can skip through fast: the alternatives that begin with a digit,
        # which share it, and those that begin with a letter, each on its own)
        r"\d(?:\s*[ap]\.?m|:\d\d|\s+in\s+the|\d\d\d[ecmp][sd]t\b|\d\d\dgmt\b|"
        r"\d\s+(?:gmt|utc|hkt|jst|kst|sgt|ist|cet|eet|msk|local|lt)|\dz\b|\d\d\d and \d|"
        r"\.\d\d\s+(?:bst|gmt|utc|cet|cest)|hrs|\s+hrs|\d\s+hours|\d{3},\s+[012]\d\.\d\d|"
        # (a log's "0742 - ", "Cleared 0811", "11/01/13 0730")
        r"h\b|h[0-5]\d|\d\d\d[ \t]+[-\u2013\u2014]|/\d\d \d\d\d\d)",
        r"noon|midnight|midday|o'clock|at \d\d\d\d|cleared \d|\n\d\d\.\d\d|"
        + "|".join(rf"{w}\s+0\d\.\d\d" for w in ("at", "about", "around", "until", "from"))
        + "|"
        + "|".join(rf"{w}\s+{_HOUR_WORD}\b" for w in ("past", "after", "to", "before")),
    ),
    "narrative": r"day|morning|afternoon|evening|night|week|month|year|quarter",
    "day_before": r"day\s+(?:before|after)",
    "unit_before": r"(?:week|month|year)\s+(?:before|after)",
    "pod_before": r"(?:night|evening|morning|afternoon)\s+(?:before|after)",
    "week_of": r"week(?:end)?\s+of|w/[cb]\s|week\s+(?:commencing|beginning|starting)",
    "week_number": r"week ",
    "part_of_day": r"morning|afternoon|evening|night",
    "set": (
        r"every|each|per\b|daily|hourly|nightly|weekly|monthly|yearly|annually|quarterly|twice|"
        r"once\s+a|"
        r"times\s+a|weekends|s\s+a\s+(?:week|month|year)"
    ),
    "holiday": (
        r"Thanksgiving|Christmas|New|Easter|Election|Independence|Labor|Memorial|Valentine|Boxing|"
        r"Halloween|Patrick|Veterans|Remembrance|Armistice|Anzac|ANZAC|Australia|Canada|Bastille|Good|"
        r"Black|Cyber|Super|Small\s+Business|Maundy|Fourth|Lunar|Chinese|"
        r"May\s+Day|May\s+bank|spring\s+bank|summer\s+bank|June\s+bank|August\s+bank|October\s+bank|"
        r"Columbus|Presidents|Juneteenth|Bonfire|Fawkes|Hogmanay|Bloomsday|Palm\s+Sunday|Ash\s+Wed|Shrove|"
        r"Republic\s+Day|National\s+Day|Marine\s+Day|Culture\s+Day|Showa\s+Day|Greenery\s+Day|"
        r"Coming\s+of\s+Age|Respect\s+for\s+the\s+Aged|Health\s+and\s+Sport|"
        r"B\.C\.\s+Day|BC\s+Day|British\s+Columbia\s+Day|Simcoe\s+Day|Natal\s+Day|"
        r"New\s+Brunswick\s+Day|Saskatchewan\s+Day|Terry\s+Fox\s+Day|Civic\s+Holiday|"
        r"Family\s+Day|Labour\s+Day|Labour\s+Weekend|Queen's\s+Birthday|Queen\u2019s\s+Birthday|"
        r"Victoria\s+Day|World\s+AIDS\s+Day|Heritage\s+Day|Freedom\s+Day|Reconciliation\s+Day|"
        r"Youth\s+Day|"
        r"Madaraka\s+Day|Jamhuri\s+Day|Mashujaa\s+Day|Waitangi\s+Day|Martin\s+Luther|MLK\s+Day|"
        r"Pancake\s+Day|Mothering|Ascension\s+Day|Pentecost|Whit|Advent\s+Sunday|Epiphany|"
        r"F\u00eate\s+nationale|Fete\s+nationale|F\u00eate\s+Nationale|Fete\s+Nationale|"
        r"Orthodox\s+Christmas|Burns\s+Night|Michaelmas|Candlemas|Lammas|Martinmas|Groundhog|"
        r"Sunday\s+of\s+|Sunday\s+in\s+Advent|Sunday\s+in\s+Lent|Gaudete|Laetare|Low\s+Sunday|"
        r"Trinity\s+Sunday|Corpus\s+Christi|Holy\s+Saturday|Holy\s+Thursday|Passion\s+Sunday|"
        r"Holy\s+Week|Golden\s+Week|"
        r"Resurrection\s+Sunday|All\s+Saints|All\s+Souls|"
        # (plain alternatives: a group here would cost the key its fast scan)
        + "|".join(f"{name}{mark}s Day" for name in _SAINT_KEYS for mark in ("'", "\u2019", ""))
    ),
    "festival": (
        r"Ramadan|Ramadhan|Ramzan|Eid|Hari Raya|Lebaran|Bakr|Ashura|Islamic New|Hijri New|Chuseok|"
        r"Spring Festival|"
        r"Muslim New|Rosh Hash|Yom Kippur|Sukkot|Succot|Hanuk|Chanuk|Purim|Passover|Pesach|Shavuot|"
        r"Diwali|Divali|Deepavali|Dhanteras|Bhai|Dussehra|Dasara|Vijayadashami|Navratri|"
        r"Navaratri|Holi|Vaisakhi|Baisakhi|Raksha|Ganesh|Janmashtami|Onam|Pongal|Guru Nanak|"
        r"Autumn Festival|Moon Festival|Mooncake Festival|Dragon Boat|Qingming|Tomb|Vesak|Wesak"
    ),
    "zodiac_year": r"year\s+of\s+the",
    "ref": (
        r"now|current|recent|lately|formerly|past|future|term|present|later\s+date|these\s+days|"
        r"soon|generation|other\s+day|ago"
    ),
    "next_hour": r"hour|minute",
    "year_to_date": r"to[\s-]date",
    "year_on_year": r"year[\s-](?:on|over)[\s-]year",
}


_SYNTAX = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")  # escapes ("\\S") and group names


def _cased(pattern: str) -> bool:
    """Whether some part of ``pattern`` tells capitals from small letters even with
    IGNORECASE (a part set "(?-i:"), or names a capital: then it cannot be matched in a
    lower-cased copy of the text."""
    return "(?-i:" in pattern or any(c.isupper() for c in _SYNTAX.sub("", pattern))


def _rule(kind: str, pattern: str) -> Rule:
    # (around every alternative: not "per autumn" in "a proper autumn break")
    full = r"(?<![\w'])(?:" + pattern + r")(?![\w])"
    regex = re.compile(full, re.IGNORECASE)
    folded = None if _cased(full) else re.compile(full)
    before, after = _MARGINS.get(kind, (KEY_MARGIN, KEY_MARGIN))
    # Keys are plain alternations, matched case-sensitively (much faster than IGNORECASE):
    # month and weekday keys in the original text, the others in a lower-cased copy.
    cased = kind in _CASED_KEYS
    keys = _KEYS[kind]
    compiled = tuple(re.compile(k) for k in ((keys,) if isinstance(keys, str) else keys))
    return Rule(kind, regex, compiled, before, after, cased, folded)


RULES: tuple[Rule, ...] = (
    # 8/16/2021, 2021-08-16
    # (an ISO date may carry its time: "2022-07-14T09:30:00Z", a web page's time stamp)
    _rule(
        "numeric_date",
        r"(?:\d{4}-[01]\d-[0-3]\d(?P<isotime>T[0-2]\d:[0-5]\d(?::[0-5]\d)?(?:\.\d+)?"
        r"(?:Z|[+-][0-2]\d:?[0-5]\d)?)?|[0-3]?\d/[0-3]?\d/(?:\d{4}|\d\d)"
        # "10.02.2015", a European date with dots (day first), a four-digit year
        r"|(?<![\d.])[0-3]?\d\.[01]?\d\.(?:1[6-9]|20)\d\d)(?![/\d-]|\.\d)"
        # an e-mail's "go live Mon 3/10": a day and month without a year, the weekday telling
        # which comes first
        r"|(?P<nwd>(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun))\.?,?[ \t]+"
        r"(?P<na>[0-3]?\d)/(?P<nb>[0-3]?\d)(?![/\d])"
        # a pack's "BEST BEFORE END 06/2015", a card's "expires 09/2016": a month and year
        r"|(?<![\d/.-])(?P<mm>0[1-9]|1[0-2])/(?P<yyyy>(?:19|20)\d\d)(?![/\d-])"
        # a wire's transmission stamp, month first: "AP-NY-03-14-90 1702EST"
        r"|(?<=(?-i:[A-Z]{2})-)(?P<wire>[01]\d-[0-3]\d-\d\d)(?=[ \t]+[0-2]\d[0-5]\d(?-i:[A-Z]))"
        # or on a line of its own before its hour: "12-28-90 03:47 PM EST"
        r"|(?<![^\n])(?P<wire2>[01]\d-[0-3]\d-\d\d)(?=[ \t]+[01]\d:[0-5]\d[ \t]*(?-i:[AP]M)\b)",
    ),
    # (Monday,) Aug. 16(, 2021) / (Monday,) 16 August (2021) / the 16th of August
    _rule(
        "month_day",
        # (a translation's "the past 12 January", "last 5 October": the latest one)
        r"(?:(?:at\s+)?around\s+)?(?:(?P<rel>last|next|this|the\s+past)[ \t]+)?"
        # "the early hours of Sunday 22 February": the day, as "the early hours of Sunday" is
        # (and "the early hours of October 3rd", "the early hours of 3 October")
        r"(?:the\s+early\s+hours\s+of\s+(?=[A-Z][a-z]+day\b|(?-i:[A-Z][a-z]{2})|\d))?"
        # (not the weekday of a holiday's name: "Good Friday, 3 April" is two expressions)
        r"(?:(?<!Good\s)(?<!Black\s)(?<!Maundy\s)(?<!Cyber\s)(?<!Easter\s)(?<!Palm\s)"
        r"(?<!Remembrance\s)(?<!Mothering\s)(?<!Trinity\s)(?<!Advent\s)(?<!Ash\s)(?<!Shrove\s)"
        rf"(?:(?P<wd>{WEEKDAY})|(?P<wdab>(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun))"
        # not across a blank line: a headline's "... on Thursday" above a "10 October" date line
        r"\.?),?(?:[ \t]+|[ \t]*\n[ \t]*))?"
        # (not across a blank line: "vote to September\n\n05.07.13 @ 09:41")
        rf"(?:(?P<month>{MONTH})(?:[ \t]+|[ \t]*\n[ \t]*)(?P<day>{DAY})"
        # (a legal notice's "Monday the 25th day of May 2015", "Dated this 11th day of May")
        # (and a translation's "day 3 of June")
        # (not a number ending a line above a list's date: "from LUMEN-2\nJan. 18, 2013 - Filed")
        rf"|(?:the\s+|day\s+|(?<=\bDated\s)this\s+)?(?P<day2>{DAY})"
        # (not a number far off across a row's gap: "No. 7            July 20, 1990")
        rf"(?:[ \t]{{1,3}}|[ \t]*\n[ \t]*(?!{MONTH}\.?[ \t]+\d))(?:day\s+of\s+|of\s+)?"
        rf"(?P<month2>{MONTH})"
        # (nor a number before a month that has its own day and year: "Issue 7 July 20, 1990")
        r"(?!\.?[ \t]+(?:[12]?\d|3[01]),[ \t]+(?:1[89]|20)\d\d\b)"
        # a stock exchange's or a form's "28-Feb-2012"
        rf"|(?<![\w-])(?P<day3>[12]\d|3[01]|0?[1-9])-(?P<month3>{MONTH})(?=-(?:1[6-9]|20)\d\d\b))"
        # "March 14 last year", "14 March next year"
        # (not a line below that opens with an entry's number: "Wednesday, Dec. 31\n1735 - Vehicle
        # fire")
        r"(?:(?:,?[ \t]+|,?[ \t]*\n[ \t]*(?!\d{4}[ \t]+[-\u2013\u2014][ \t])|(?<=[a-z])-)"
        rf"(?P<year>{YEAR})|\s+(?P<yrel>last|next)\s+year\b)?"
        # an archive's header, its weekday after the year: "May 26, 1999, Wednesday, Late Edition"
        r"(?(year)(?:,[ \t]+(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
        r"(?=[ \t]*(?:,|\n|$)))?)",
    ),
    # "April 24 and [25]", "October 8 to [18]": the bare second day of a range or pair
    _rule(
        "second_day",
        rf"(?P<month>{MONTH})\s+(?P<first>{DAY})\s*(?:and|to|through|until|-|\u2013)\s*"
        r"(?P<day>[12]?\d|3[01])(?![\d:.]*\d)(?!,\s*\d(?!\d\d\d\b))"
        r"(?!\s*(?:%|percent|per\b|million|billion|[ap]\.?m\b|years?|months?|weeks?|days?|hours?))"
        rf"(?:,\s+(?P<year>{YEAR})\b)?",  # "June 1 to 20, 1995"
    ),
    # "on 3, 5 and 7 March", "10-12 April": bare days before the one that names the month
    _rule(
        "first_days",
        r"(?<![\d,.:/$£€-])(?P<day>[12]?\d|3[01])(?=(?:\s*,\s*(?:[12]?\d|3[01]))*\s*"
        rf"(?:,?\s+(?:and|or|to)\s+|[-\u2013]\s*)(?:[12]?\d|3[01])(?:st|nd|rd|th)?\s+(?P<month>{MONTH})\b"
        rf"(?:,?\s+(?P<year>{YEAR})\b)?)",  # "from 3 to 7 March 2019": its year too
    ),
    # "on the 16th": a day of the publication month
    _rule(
        "ordinal_day",
        rf"(?:(?=the\s)(?:(?<=\bon\s)|(?<=\bnight\sof\s)|(?<=\bevening\sof\s)|(?<=\bmorning\sof\s))"
        rf"the\s+(?P<day>[12]?\d(?:st|nd|rd|th)|3[01](?:st|th)|{ORDINAL})|"
        # a deadline: "circulate by the 28th"
        r"(?=the\s)(?:(?<=\bby\s)|(?<=\buntil\s)|(?<=\bbefore\s))the\s+(?P<dday>[12]?\d(?:st|nd|rd|th)|"
        r"3[01](?:st|th))|"
        # a translation's "the day 20" ("o dia 20") and "the 15th of this month"
        r"the\s+day\s+(?P<nday>[12]?\d|3[01])(?![\d,:/]|\.\d)(?!\s+of\b)|"
        r"the\s+(?=\S+\s+of\s+(?:this|next|last|the)\s)"
        rf"(?P<oday>[12]?\d(?:st|nd|rd|th)|3[01](?:st|th)|{ORDINAL})(?=\s+of\s+(?:this|next|"
        r"last|the\s+current|the\s+present)\s+month\b))"
        rf"(?![-\w])(?!\s+(?:of\s+)?(?:{MONTH}|century|centuries|day|week|month|year|quarter|floor|time))"
        # "work on the first mission": an ordinal before a noun is no day of the month
        r"(?!\s+(?!(?:of|and|or|to|in|at|for|when|with|by|as|but|after|before|until)\b)[a-z]{2,})"
        r"(?:\s+of\s+(?P<orel>this|next|last|the\s+current|the\s+present)\s+month\b)?",
    ),
    # August 2021, January this year, June last year
    _rule(
        "month_year",
        # (not a day's month: "between 2 January and 14 February this year")
        # (but a table's "2013\nFebruary 2013" starts a new row)
        rf"(?:{_EDGE})?(?<!\d[ \t])(?<!\d(?:st|nd|rd|th)\s)(?P<month>{MONTH}),?\s+(?:of\s+)?"
        rf"(?:(?P<year>{YEAR})|(?P<rel>this|last|next)\s+year)",
    ),
    # (early|late|mid-) (last|this|next) August
    _rule(
        "month",
        # (a translation's "in the month of March": the month)
        # ("most of them in the second half of July": the month, its end)
        rf"(?:the\s+month\s+of\s+)?(?P<edge>{_EDGE}|the\s+(?:first|second|latter)\s+half\s+of\s+)?"
        # ("said Monday that January sales rose": no demonstrative either)
        rf"(?:(?P<rel>{_REL}|{_NOT_SAID}(?<!day\s)that|the\s+following)\s+)?(?P<month>{MONTH})"
        # no day after it ("March 4"), but "March.\n\n4." ends a sentence before a list's item
        # and "to September\n\n05.07.13" a headline above a stamp (a count is no day: "Last
        # October 420 people signed up")
        r"(?![ \t]*\n?[ \t]*\d{1,2}(?!\d))(?!\.[ \t]*\d)",
    ),
    # 2021, fiscal 1989, mid-1996, the end of 1990, post-1959
    _rule(
        "year",
        rf"(?P<edge>{_EDGE}|(?:post|pre)-|(?-i:c\.|ca\.|circa)\s*)?"
        rf"(?:(?:fiscal|calendar)\s+(?:year\s+)?|(?:the\s+)?year\s+)?"
        rf"(?P<year>{YEAR})(?P<beyond>\s+and\s+beyond|\s+or\s+later)?",
    ),
    _rule("spelled_year", rf"(?:(?P<month>{MONTH})\s+)?(?P<spelled>{SPELLED_YEAR})"),
    # the 1990s, the early 1980s, the '80s, the nineties
    _rule(
        "decade",
        rf"(?:the\s+)?(?:(?:first|last|second)\s+half\s+of\s+the\s+)?(?P<edge>(?:early|mid|late)[\s-]+)?"
        rf"(?:(?P<decade>1[6-9]\d0|20\d0|(?<=\bthe\s)1[0-5]\d0)'?s|'(?P<short>\d0)s"
        rf"|(?:(?-i:Roaring)\s+)?(?P<word>{alternation(DECADE_WORDS)}))"
        r"(?![-\u2010\u2011]style\b)",  # "a 1930s-style kitchen" is a look, not a time
    ),
    # the last Saturday of February, the first Monday in May 2027
    _rule(
        "nth_weekday",
        rf"(?:the\s+)?(?P<nth>first|second|third|fourth|last)\s+(?P<wd>{WEEKDAY})\s+(?:of|in)\s+"
        rf"(?:(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?|(?P<mrel>this|next)\s+month\b)",
    ),
    # FY25, FY 2026, the previous fiscal (an Indian "fiscal" is a fiscal year)
    _rule(
        "fiscal_year",
        # "the end of FY26": an edge of the named fiscal year
        rf"(?P<edge>{_EDGE})?(?-i:FY)\s?'?(?P<fy>\d{{4}}|\d{{2}})(?![\d/-])"
        r"|(?-i:FY)\s?(?P<fy1>(?:19|20)\d\d)[/-](?P<fy2>\d\d)(?![\d/-])"  # "FY2022/23"
        r"|the\s+(?P<frel>previous|current|last|next|this|coming)\s+fiscal"
        r"(?!\s+(?:year|quarter|first|second|third|fourth|half|\d))(?![\w-])"
        # India's "rose 20% last fiscal": the fiscal year, without its article or its noun
        r"|(?P<frel2>last|this|next|previous|current)\s+fiscal(?![\w-])(?=\s*[,.;:)]|\s+(?:and|but|"
        r"as|when|while|compared|against|versus|from|to|on|in|of|at)\b)"
        # "the 2016/17 financial year", "the 2023-24 fiscal year": named by the year it ends in
        r"|(?:the\s+)?(?<![\d/-])(?P<fystart>(?:19|20)\d\d)[/\u2013-](?P<fyend>\d\d|(?:19|20)\d\d)\s+"
        r"(?:financial|fiscal|tax|budget)\s+year"
        # "the financial year 2014-15", "fiscal 2013-14": the year's name after the word
        r"|(?:the\s+)?(?:financial|fiscal|tax(?=\s+year))(?:\s+year)?\s+(?P<fys>(?:19|20)\d\d)[/\u2013-]"
        r"(?P<fye>\d\d|(?:19|20)\d\d)(?![\d/-])"
        # "the 2014 financial year": one year's name
        r"|(?:the\s+)?(?<![\d/-])(?P<fyone>(?:19|20)\d\d)\s+(?:financial|fiscal|budget)\s+year"
        # a call's "for fiscal '13 as a whole"
        r"|fiscal\s+['\u2019](?P<fyap>\d\d)(?![\d'\u2019])",
    ),
    # "the 2023-24 season": two years, the second written with two digits
    # "the 2023-24 season", "the 2006-2010 plan": each year of the span
    _rule(
        "span_first_year",
        r"(?<![\d/-])(?P<year>(?:1[6-9]|20)\d\d)(?=[-\u2013/](?:\d\d|(?:1[6-9]|20)\d\d)(?![\w/-]))",
    ),
    _rule("span_second_year", r"(?<=\d{4}[-\u2013/])(?P<yy>\d\d|(?:1[6-9]|20)\d\d)(?![\w/-])"),
    # "this time next year", "this time last year"
    _rule("this_time", r"this\s+time\s+(?P<rel>next|last)\s+year"),
    # an almanac's "On this date in 1944": the paper's month and day in that year
    _rule("this_date", rf"this\s+(?:date|day)\s+in\s+(?P<year>{YEAR})"),
    # "Today is Friday, Nov. 23, the 328th day of 2012"
    _rule(
        "day_of_year",
        rf"the\s+(?P<n>[1-9]\d{{0,2}})(?:st|nd|rd|th)\s+day\s+of\s+(?:(?P<year>{YEAR})|the\s+year)",
    ),
    # "the January-March quarter": the calendar quarter the months make up; "the December
    # quarter" the one that month ends, "the holiday quarter" the one with Christmas in it
    _rule(
        "months_quarter",
        rf"(?:the\s+)?(?P<first>{MONTH})\s*[-\u2013]\s*(?P<last>{MONTH})\s+(?:quarter|period)"
        rf"(?:\s+of\s+(?P<year>{YEAR}))?"
        # (and after an adjective: "a better than expected December quarter")
        r"|(?:the\s+)?(?P<endm>(?-i:March|June|Sept(?:ember|\.)?|Dec(?:ember|\.)?)|the\s+(?P<holiday>"
        rf"holiday|Christmas))\s+quarter(?![- ]finals?\b)(?:\s+of\s+(?P<year2>{YEAR}))?"
        r"(?!\s+(?:of|in)\s+(?:fiscal|FY|the\s+fiscal))",
    ),
    # Q3, Q4 2026, Q1'27: a quarter in the analysts' shorthand (capital Q only)
    _rule(
        "q_quarter",
        # "H1 2023": a half, only with its year ("H1" alone names visas and headings too)
        # ("Fiscal Q1": the quarter of the text's fiscal year, with its word)
        rf"(?:(?P<qfiscal>fiscal)\s+)?"
        rf"(?-i:Q(?P<q>[1-4])|H(?P<h>[12])(?=\s+(?:1[6-9]|20)\d\d\b|'\d\d|\s*FY))"
        rf"(?:\s+(?P<year>{YEAR})|'(?P<short>\d\d)|"
        r"\s*(?-i:FY)\s?'?(?P<fy>\d{4}|\d{2})(?![\d/-]))?"
        # a broker's "1H14", "2H14", "3Q13": the half or quarter, then the year's last digits
        r"|(?-i:(?P<nh>[12])H|(?P<nq>[1-4])Q)(?P<ny>\d\d)(?![\d/-])",
    ),
    # "I moved here in '79", "since '98": a year by its last two digits, after a preposition
    _rule(
        "short_year",
        r"(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bfrom\s)|"
        r"(?<=\bof\s)|(?<=\baround\s)|(?<=\bbefore\s)|(?<=\bafter\s))"
        r"['\u2019](?P<yy>\d\d)(?![\d'\u2019]|s\b|\s*(?:-|\u2013|to)\s*['\u2019]?\d)",
    ),
    # "in 1532", "by 2100": a year before 1600 or after 2099 only after a preposition (elsewhere
    # it is a number)
    _rule(
        "early_year",
        r"(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bby\s)"
        r"|(?<=\baround\s)|(?<=\bcirca\s)|(?<=\bbefore\s)|(?<=\bafter\s))"
        r"(?P<year>1[0-5]\d\d|21\d\d)(?![\d%]|[.,:/]\d|-\d|\s*(?:percent|people|feet|miles|km|metres))"
        # "dates fall between 1450 and 1520, and": both years, when nothing is counted after
        r"|(?<=\bbetween\s)(?P<from>1[0-5]\d\d)(?=\s+and\s+1[0-5]\d\d(?:\s*[,.;:)]|\s+(?:ad|ce)\b))"
        r"|(?<=\bbetween\s1[0-5]\d\d\sand\s)(?P<to>1[0-5]\d\d)(?=\s*[,.;:)]|\s+(?:ad|ce)\b)",
    ),
    # the 20th century, the late 18th century, this century, the end of the century
    _rule(
        "century",
        rf"(?:the\s+)?(?:(?P<edge>early|mid|late)[\s-]+)?"
        rf"(?:(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL}|twenty-first)[\s-]|(?P<rel>this|last|next)\s+"
        r"|(?P<of>end|middle|beginning|start)\s+of\s+the\s+|(?P<past>(?<=the\s)past\s+))century"
        # "the first century AD" (no value for one before Christ: "the fifth century BC")
        r"(?:\s+(?-i:AD|A\.D\.|CE)\b)?(?!\s+(?-i:BC|B\.C\.|BCE)\b)"
        # "net zero by mid-century" (not "mid-century modern" furniture)
        r"|(?P<midc>mid-?century)(?!\s+(?:modern|design|furniture|style|architecture|homes?|"
        r"houses?|chairs?|decor)\b)(?!-)",
    ),
    # third-quarter, the fiscal first quarter, the 1988 second quarter, first half of 1990
    _rule(
        "quarter",
        r"(?:the\s+(?P<qedge>end|middle|beginning|start)\s+of\s+(?=the\s))?"  # "the end of the"
        rf"(?:(?P<det>the|this|that|this\s+year's|last\s+year's|next\s+year's|(?P<pyear>{YEAR})'s)"
        r"\s+(?!(?:\w+\s+)?\w+-quarter))?"
        rf"(?P<words>(?:(?:flat|comparable|same|corresponding|latest|current|fiscal|year-ago|"
        rf"year-earlier|{YEAR}|{ORDINAL}|final|last|next|past|previous|prior|recent|fiscal-first|"
        rf"fiscal-second|fiscal-third|fiscal-fourth|(?:back|front)(?=\s+half\s+of\s+(?:the|this|next|last|fiscal|FY|\d)))[\s-]+){{0,3}})"
        # (not "the quarter-finals", "the first half-hour")
        r"(?P<unit>quarter(?![- ]finals?\b)|half(?![- ]hours?\b)|trimester|semester)"
        r"(?:\s+(?:of|in)\s+(?:"
        # "the first quarter of 2013-14": of a fiscal year named by its two years
        r"(?P<fysplit>(?:19|20)\d\d[/\u2013-](?:\d\d|(?:19|20)\d\d))(?![\d/-])|"
        rf"(?P<fiscal>fiscal\s+)?(?:calendar\s+)?(?P<year>{YEAR})|"
        r"(?-i:FY)\s?'?(?P<fyq>\d{4}|\d{2})(?![\d/-])|(?P<rel>this|last|next|the)\s+year|"
        r"the\s+(?P<qfrel>previous|current|last|next|this)\s+fiscal(?:\s+year)?)"
        rf"|\s+fiscal\s+(?P<year2>{YEAR}))?"
        rf"(?P<ago>\s+a\s+year\s+(?:ago|earlier)|\s+last\s+year)?",
    ),
    _rule(
        "halves",
        rf"(?:the\s+)?(?P<ord>first|second)\s+two\s+quarters(?:\s+of\s+(?P<year>{YEAR}))?|"
        rf"(?:the\s+)?(?P<ord6>first|last|second)\s+six\s+months\s+of\s+(?P<year6>{YEAR})|"
        rf"(?:the\s+)?(?P<ord3>first|last|final)\s+three\s+months\s+of\s+(?P<year3>{YEAR})",
    ),
    # (late) last/this/next summer, summer 2021, the winter of 1994
    _rule(
        "season",
        # (not the "later" of "starting an hour later next fall")
        rf"(?:the\s+(?=early|late|mid))?(?P<edge>(?!(?:later|earlier)\s+next\b){_EDGE})?"
        rf"(?:(?P<rel>the\s+(?:following|next|previous|preceding)|that|{_REL}|"
        r"the(?!\s+(?:spring|autumn|fall)[/-]))\s+)?"
        # a fashion season: "spring/summer 2016" (the first half), "autumn/winter 2015"
        r"(?P<pair>(?:spring|autumn|fall)[/-](?=(?:summer|winter)\s+(?:1[6-9]|20)\d\d\b))?"
        rf"(?P<season>{SEASON})"
        r"(?![ \t]+(?-i:Festival|Moon)\b)"  # not "the Mid-Autumn Festival", a festival's name
        # "the winter of 2013-14": the season that spans the two years
        r"(?:\s+(?:of\s+)?(?:(?P<ystart>(?:1[6-9]|20)\d\d)[-/\u2013](?P<yend>(?:1[6-9]|20)?\d\d)"
        r"(?![\d/-])|"
        rf"(?P<year>{YEAR})|"
        rf"(?P<spelled>{SPELLED_YEAR})|(?P<short>{SHORT_YEAR})))?",
    ),
    # earlier this year, late last month, the end of the week, the past year, the weekend
    _rule(
        "relative_unit",
        rf"(?P<edge>{_EDGE})?(?:(?P<rel>{_REL}|that(?=\s+decade)|(?<=of\s)that(?=\s+(?:year|month|week))|"
        # ("raises full-year forecast": the year an adjective, like "fourth-quarter")
        rf"the\s+(?:{_REL}|current|same|latest|full))\s+|(?P<full>(?<![\w-])full)-(?=year\b)|"
        # ("a long weekend", "a four-day weekend": the one the holiday makes)
        r"(?P<the>the|a(?=\s+(?:long|(?:three|four|3|4)-day)\s+weekend\b))\s+)"
        # "the holiday weekend", "the long weekend": a weekend, made longer by a holiday
        r"(?:(?:holiday|long|bank\s+holiday|holiday\s+long|(?:three|four|3|4)-day)\s+(?=weekend))?"
        rf"(?P<unit>week|month|year|weekend|decade|day|(?:fiscal|financial|budget|business|calendar)\s+year|"
        r"year's\s+end)(?!-)(?P<before_last>(?:(?<=the\sweek)|(?<=the\smonth)|(?<=the\syear)|"
        r"(?<=the\sweekend))\s+before\s+last)?"
        # "The week ahead: inflation, jobs ...": the coming one
        r"(?P<ahead>(?:(?<=the\sweek)|(?<=the\smonth)|(?<=the\syear))\s+ahead\b(?!\s+of\b))?",
    ),
    # earlier in the year, late in the day
    _rule(
        "edge_in",
        r"(?P<edge>earlier|later|early|late)\s+in\s+the\s+(?P<unit>year|month|week|day)",
    ),
    # year-end, around year end, midyear
    _rule(
        "year_end",
        r"(?:(?:at\s+)?around\s+)?(?:year(?:'s)?[\s-]end|(?P<mid>mid-?year)|(?P<month>month[\s-]end))",
    ),
    # the year-earlier period, the latest period, year-ago (as an adjective)
    _rule(
        "period",
        r"(?:the\s+(?=\S+\s+period\b))?(?P<which>year-earlier|year-ago|latest|comparable|"
        rf"corresponding|same|year-before|{YEAR})(?:\s+(?P<noun>period))?(?![\w-])"
        # (a translation's "the same period of the last year" too)
        r"(?:(?<=period)\s+(?:of\s+(?:the\s+)?)?(?P<ago>last\s+year|a\s+year\s+(?:ago|earlier)))?"
        # "the comparable period of fiscal 1990": that year's quarter
        rf"(?:(?<=period)\s+of\s+(?P<pfiscal>fiscal\s+)?(?P<pyear>{YEAR})\b)?",
    ),
    # two days ago, the past five years, a two-year, 8-month-old, three weeks later
    _rule(
        "duration",
        r"(?:(?<=\bthan\s)(?P<than>))?"  # (a comparison's "than a year before" takes its adverb)
        r"(?P<mod>(?:nearly|almost|approximately|roughly|about|around|some|more\s+than|less\s+than|"
        r"fewer\s+than|at\s+least|at\s+most|up\s+to|over|under|no\s+more\s+than|"
        r"as\s+(?:much|many)\s+as|an\s+additional|a\s+further|an\s+extra|another)\s+(?!the\b|its\b|their\b))?"
        r"(?P<det>(?:the|these|those)\s+)?"
        rf"(?P<rel>(?:past|{_LAST_ADJECTIVE}|next|first|final|previous|coming|following|latest|"
        r"remaining|"
        # (not a verb before "a": "Coming a day after Christmas, the eclipse ...")
        r"preceding|initial|subsequent|same|ensuing|other|early|later|year-earlier)\s+(?!an?\s))?"
        rf"(?P<num>{NUM})[\s-]+(?P<extra>(?:more|additional|straight|consecutive|full|whole|entire|long|trading|"
        rf"business|working|calendar)\s+)?(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+(?:half|quarter))?(?P<old>-old|-long)?"
        # not "ahead": "plan six weeks ahead" is an amount and an adverb ("the weeks ahead" is one)
        # not "for seven weeks earlier this summer", where "earlier" goes with the season
        # "Thirty years ago this week", "a week from today"
        r"(?P<post>\s+(?:or\s+so\s+ago|or\s+so|ago(?:\s+(?:this\s+week|this\s+month|today|tonight))?|"
        r"(?:earlier|later)(?!\s+(?:than|this|that|last|next)\b)|from\s+(?:now|today|tomorrow)|hence|"
        # "higher in May than a year before, and": the adverb, with nothing after it
        r"(?(than)before(?=\s*[,.;:)]|\s+and\b)|(?!))|"
        r"on(?=\s*[,.;:]|[ \t]*(?:\n|$))))?",  # "Sixty years on, the square ...", a headline's end
    ),
    # a day-long meeting, a year-long strike
    # (and "a half-hour film": half an hour)
    _rule(
        "unit_long",
        r"(?P<unit>hour|day|week|month|year)-?long|(?P<half>half[-\s]hour)(?!s)",  # "weeklong"
    ),
    # "a fortnight", "the past fortnight": two weeks
    _rule(
        "fortnight",
        r"(?P<mod>(?:almost|nearly|about|around|more\s+than|less\s+than|at\s+least)\s+)?"
        r"(?:(?P<every>every|each)\s+|(?:the\s+(?:past|last|next|coming|previous|following|first|"
        r"final)|a|one|another|this)\s+)?"
        r"fortnight(?P<ago>\s+ago)?",
    ),
    # "vote counting entered its fourth day": one unit of an event under way (TimeML: P1D)
    _rule(
        "its_nth",
        r"(?:its|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
        r"eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s+(?P<unit>day|week|month|year|decade)(?![\w-])",
    ),
    # "the next quarter of a century", "a quarter-century ago": 25 years
    _rule(
        "quarter_century",
        r"(?P<mod>(?:almost|nearly|about|around|more\s+than|over)\s+)?"
        r"(?:(?:the\s+)?(?:past|last|next|coming|first|previous)\s+|a\s+)"
        r"(?P<part>quarter|half)[\s-]+(?:of\s+a\s+)?century(?P<ago>\s+ago)?",
    ),
    # "this tax year", "the new tax year": the tax year of the publication, or one beside it
    _rule(
        "tax_year",
        r"(?P<rel>the\s+(?:new|current|previous|last|next|coming|following)|this|next|last|the)"
        r"\s+tax\s+year(?!\s*(?:\d|of\b|to\b|end(?:ing|ed)\b|return|returns|bill|credit))",
    ),
    # "by the turn of the century": the year a century turned (1900 in a story of the 1880s)
    _rule(
        "turn_of_century",
        r"the\s+turn\s+of\s+the\s+(?:(?P<ord>19th|20th|21st|nineteenth|twentieth|"
        r"twenty-first)\s+|(?P<last>last)\s+)?century",
    ),
    # "the first week of the truce", "the first hours of the ground war": a stretch of an event
    _rule(
        "event_stretch",
        r"the\s+(?:first|final|last|opening|closing)\s+(?P<unit>hour|day|week|month|year|decade)"
        r"(?P<plural>s)?"
        r"(?=\s+of\s+(?:the|its|their|his|her|a|an)\s+(?!(?:day|week|month|year|century|decade)\b)"
        # "The first decade was about surviving": the subject of its own clause; "expected to
        # cost 2.1m in the first year.": the first of the scheme's years
        r"|\s+(?:was|were|has\s+been|had\s+been|saw|brought)\b|\s*[.;](?:\s|$))",
    ),
    # years, recent years, the coming months, the weeks ahead, decades-long
    _rule(
        "vague_units",
        rf"(?P<pre>(?:the\s+)?(?:recent|coming|past|previous|next|{_LAST_ADJECTIVE}|early|first)\s+"
        r"(?:few\s+|several\s+)?"
        r"|the\s+(?=(?:hours|days|weeks|months|years|decades)\s+(?:that\s+(?:followed|preceded)|"
        r"since)\b))?"
        r"(?P<unit>years|months|weeks|days|hours|minutes|decades|centuries|quarters)"
        r"(?P<post>\s+ago|\s+ahead|-long)?",
    ),
    # today, tonight, late yesterday, yesterday morning, mid-afternoon yesterday
    _rule(
        "deictic",
        # a British "a fortnight today", "a week tomorrow": that many days on from the day
        r"(?:(?P<dweeks>a\s+week|a\s+fortnight)\s+(?=(?:today|tomorrow)\b))?"
        rf"(?:(?P<edge>late|later|early|{_OFFICE_DEADLINE})\s+|(?P<pod1>{PART_OF_DAY})[ \t]+)?"
        rf"(?P<day>{DEICTIC_DAY})"
        rf"(?:\s+(?P<pod>{PART_OF_DAY}))?",
    ),
    _rule(
        "this_pod",
        # (not "The last evening sailing will be withdrawn": the final one of a timetable)
        rf"(?P<edge>(?:later|earlier|late|early)\s+)?(?P<rel>this|(?<!\bthe\s)(?<!\bits\s)"
        rf"(?<!\btheir\s)last|tomorrow|that)\s+(?P<pod>{PART_OF_DAY})",
    ),
    # not "overnight lows" (any night's), a weather term
    # nor "during an overnight maintenance window" (an adjective: any night's)
    _rule(
        "overnight",
        r"(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)"
        r"overnight(?!\s+(?:lows?|highs?|temperatures?|minimums?)\b)",
    ),
    # (last|next) Monday (night), early Tuesday, Friday's, the early hours of Sunday
    _rule(
        "weekday",
        rf"(?:(?P<edge>early|late|the\s+early\s+hours\s+of|{_OFFICE_DEADLINE})\s+|"
        # (not across a line: "Dust storm likely in the evening\nSaturday: Light showers")
        rf"(?P<pod1>{PART_OF_DAY})[ \t]+)?"
        # not the verb in "rain coming Friday"
        rf"(?:(?P<rel>(?!coming\b){_REL}|the\s+(?:previous|following|next|coming)|"
        # "register by noon on the Friday before the meeting": counted from the day just named
        r"the(?=\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:before|after)\s+(?:the|its|their)\s)|"
        # "will headline on the Saturday night": a day of the event the story named
        r"(?<=\bon\s)the(?=\s+(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
        r"(?:\s+(?:night|morning|afternoon|evening))?(?:\s*[,.;:)]|\s+(?:at|when|and)\b))|"
        # "that Saturday" of a story, not the "that" of "said that Monday was fine"
        rf"{_NOT_SAID}that)\s+)?"
        # (an e-mail's "can we talk next Tues?")
        rf"(?P<wd>{WEEKDAY_NAME}|(?<=(?:next|last|this)\s)(?-i:Mon|Tues?|Weds?|Thu|Thur|Thurs|Fri|Sat|"
        r"Sun)(?![a-z]))"
        r"(?P<plural>s)?(?![a-z])"
        # "on Saturday 18th": the day of the month it falls on
        rf"(?:\s+(?P<wdom>[12]?\d(?:st|nd|rd|th)|3[01](?:st|th))(?!\s+(?:of\s+)?{MONTH}|[-\w]))?"
        rf"(?:\s+(?P<pod>{PART_OF_DAY})(?P<pods>s)?)?(?:,?\s+(?P<tail>(?:March|MARCH)\s+(?:eighth|\w+th)))?"
        # "on Monday last", "Friday next": the rel after the day (Indian and older British usage)
        r"(?:(?<![a-z]s)\s+(?P<rel2>last|next)(?!\s+(?:week|weekend|month|year|time|season|night)\b|"
        rf"[-\w]|\s+{MONTH}|\s+(?:spring|summer|autumn|fall|winter)\b))?"
        # British "Saturday week": a week after the coming Saturday
        r"(?:(?<![a-z]s)\s+(?P<wkon>week)(?![-\w]|\s+(?:of|after|before|ahead|earlier|later)\b))?"
        r"(?=\s+(?P<week>last|next|this)\s+week\b)?",  # "Monday last week": that week's Monday
    ),
    # 10:35 a.m., 5 p.m. EST Nov. 9, noon Thursday, 4 in the morning
    _rule(
        "clock",
        # "about 3 a.m."; not "shortly after", a preposition with its adverb
        r"(?:(?:about|around|approximately|roughly)\s+)?"
        rf"(?P<clock>{CLOCK}|{_PAST_THE_HOUR}|(?:[01]?\d|2[0-3]|{_HOUR_WORD})(?:\.[0-5]\d)?\s+"
        # "at 10.45 o'clock in the forenoon", a court notice's hour
        r"(?:o'clock(?:\s+in\s+the\s+(?P<opod>morning|forenoon|afternoon|evening))?|in\s+the\s+"
        r"(?P<cpod>morning|afternoon|evening)))"
        # the day after it on the same line ("4am\nWednesday 5 March" is a new line's date)
        rf"(?:[ \t]+(?P<zone>{ZONE}))?"
        rf"(?:,?[ \t]+(?P<wd>{WEEKDAY})(?!,?\s+{MONTH}\s+\d)"
        rf"(?!,?\s+\d\d?(?:st|nd|rd|th)?\s+{MONTH})"  # not "14:32, Tuesday 8 April 2014"
        rf"(?!\s+{PART_OF_DAY})"
        # "at 10am tomorrow": two expressions, the clock time (on that day) and the day
        rf"|(?=,?[ \t]+(?P<deictic>{DEICTIC_DAY})"
        # "5:40 yesterday morning", "about 2:30 Friday afternoon": two expressions, the clock
        # time and the part of that day
        rf"(?!\s+{PART_OF_DAY}))"
        # not "4:12 p.m. CT March 15, 2018", whose date has a year of its own
        rf"|,?[ \t]+(?P<month>{MONTH})\s+(?P<day>{DAY})(?!\d|,?\s+\d{{4}}\b))?",
    ),
    # the next day, two days later (narrative), that evening, the following week
    _rule(
        "narrative",
        # ("early the next morning": the modifier is part of the expression)
        r"(?P<edge>(?:earlier|later|early|late)\s+)?"
        r"(?:(?P<rel>the\s+(?:next|following|previous|preceding|same|prior)|that|the\s+same)"
        rf"\s+(?P<unit>day|{PART_OF_DAY}|week|weekend|month|year|quarter))"
        # "the same week last year": that unit a year back
        r"(?:(?<=eek|end|nth|day|ter)\s+(?P<ly>(?:of\s+)?last\s+year|a\s+year\s+(?:ago|earlier)))?",
    ),
    # "The night before, bells rang": that part of the day before the one the story is on
    _rule(
        "pod_before",
        r"the\s+(?P<pod>night|evening|morning|afternoon)\s+(?P<dir>before|after)"
        r"(?!\s+(?:the|a|an|his|her|its|their|this|that|last|next|[a-z]|\w+day\b))",
    ),
    # the day before yesterday, the day before last Tuesday('s hearing)
    _rule(
        "day_before",
        r"the\s+day\s+(?P<dir>before|after)(?:\s+(?P<deictic>yesterday|tomorrow)"
        rf"|\s+(?:(?P<rel>last|next|this)\s+)?(?P<wd>{WEEKDAY}))?",
    ),
    # "58 cases the week before": the week before the one the story is on
    _rule(
        "unit_before",
        r"the\s+(?P<unit>week|month|year)\s+(?P<dir>before|after)"
        r"(?![ \t]+(?:(?:the|a|an|his|her|its|their|this|that|last|next|\w+day)\b|(?-i:[A-Z])|\d))",
    ),
    # the week of March 6; "the weekend of Jan. 25-26": the weekend those days make
    _rule(
        "week_of",
        rf"(?:the\s+)?(?:opening\s+|final\s+|first\s+|last\s+)?(?P<wk>week|weekend)\s+of\s+"
        rf"(?:(?P<month>{MONTH})\s+(?P<day>{DAY})(?:[-\u2013](?:[12]\d|3[01]|0?[1-9])\b)?"
        # (and day first: "the weekend of 7-8 September", "the week of 3 March")
        rf"|(?P<fday>[12]\d|3[01]|0?[1-9])(?:[-\u2013](?:[12]\d|3[01]|0?[1-9]))?\s+(?P<fmonth>{MONTH}))"
        rf"(?:,?\s+(?P<year>{YEAR}))?"
        # "the last week of March (2019)": the week at that end of the month
        rf"|the\s+(?P<nth>first|second|third|fourth|last|final)\s+(?P<nwk>week|weekend)\s+(?:of|in)\s+"
        rf"(?P<nmonth>{MONTH})(?![.\s]*\d{{1,2}}\b(?!\d))(?:,?\s+(?P<nyear>{YEAR}))?"
        # an office's "w/c 17 Nov", "the week commencing 3 March": the week that day begins
        r"|(?:the\s+)?(?:week\s+(?:commencing|beginning|starting)|w/[cb])\s+(?:Mon(?:day)?\.?,?\s+)?"
        rf"(?:(?P<cday>{DAY})\s+(?:of\s+)?(?P<cmonth>{MONTH})|(?P<bmonth>{MONTH})\.?\s+(?P<bday>{DAY}))"
        rf"(?:,?\s+(?P<cyear>{YEAR}))?",
    ),
    # a surveillance report's or a market's numbered (ISO) week: "week 49 of 2014", "Week 9,
    # 2015", and a bare "week 12" in a text that numbers its weeks so
    _rule(
        "week_number",
        r"(?<![\w-])(?-i:[Ww]eek)\s+(?P<wn>5[0-3]|[1-4]\d|0?[1-9])(?![\d.,]\d|\s*(?:[-\u2013]|to)\s*\d)"
        rf"(?:(?:,[ \t]*|[ \t]+of[ \t]+|[ \t]+)(?P<wyear>{YEAR})(?![-\u2013/]\d))?",
    ),
    # (dealers bought) in the morning, through the afternoon, by mid-afternoon: a part of the
    # day under discussion
    _rule(
        "part_of_day",
        r"(?:(?:(?<=\bin\s)|(?<=\bthrough\s)|(?<=\bthroughout\s)|(?<=\bduring\s)|(?<=\bby\s)|"
        # "spent the afternoon with", "rain is forecast for the afternoon", "most of the afternoon"
        r"(?<=\bspent\s)|(?<=\bspend\s)|(?<=\bfor\s)|(?<=\bmost\sof\s))"
        r"the\s+(?P<pod>morning|afternoon|evening)"
        # "spent the night in cars", "held it through the night"
        r"|(?:(?<=\bspent\s)|(?<=\bthrough\s)|(?<=\bthroughout\s)|(?<=\bduring\s))the\s+(?P<npod>night)"
        r"|(?P<mid>mid-?(?:morning|afternoon)|mid\s+(?:morning|afternoon))"
        # "a vote expected by early evening", "in the late afternoon"
        # "had waited since early morning"
        r"|(?:(?<=\bin\s)the\s+|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bbefore\s)|"
        r"(?<=\bsince\s)|(?<=\bfrom\s))"
        r"(?P<edge>early|late)[\s-]+(?P<epod>morning|afternoon|evening))"
        # not "through the night of Aug 8": that day is the expression
        r"(?!\s+of\s+(?:the\s+\d|(?-i:[A-Z0-9])))",
    ),
    # every week, each Thursday, daily
    _rule(
        "set",
        # ("it circles the moon once every 11 hours": "once" is part of it)
        rf"(?:(?:once\s+)?every\s+(?P<count>{NUMBER_WORD}|\d+)\s+(?P<units>(?:day|week|month|year|hour|minute)s|"
        r"mins|hrs))"
        rf"|(?:(?:every|each|per)\s+(?P<other>other\s+)?(?P<unit>day|weekend|week|month|year|quarter|"
        r"half[-\s]hour|hour|"
        rf"morning|afternoon|night|evening|summer|winter|spring|fall|autumn|{WEEKDAY}|{MONTH})"
        rf"(?:(?<=[a-z])\s+(?P<pod>{PART_OF_DAY}))?)"
        rf"|(?P<adv>{alternation([k for k in SETS if k not in {'quarterly', 'annual'}])})"
        # "the board meets quarterly", "figures published quarterly": the adverb after its verb
        # (not the adjective, "its quarterly dividend")
        r"|(?:(?<=ed\s)|(?<=\bmeets\s)|(?<=\bmeet\s)|(?<=\bpaid\s)|(?<=\bheld\s))"
        r"(?P<qadv>quarterly)(?!\s+(?!(?:and|or|at|in|until|by|to|for|from|with|on)\b)[a-z])"
        r"|(?:twice|once|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
        r"\d{1,2})\s+times"
        # "six days a week", "two weekends a month": so many of a unit in each of a longer one
        r"|(?:one|two|three|four|five|six|seven|\d)\s+(?:days|nights|weekends|months)"
        r")\s+(?:a|an|per|each)\s+"
        r"(?P<funit>day|week|fortnight|month|year|decade)"
        # "trams will not run at weekends", "open on weekends": every weekend
        r"|(?:(?<=\bat\s)|(?<=\bon\s)|(?<=\bduring\s)|(?<=\bspent\s)|(?<=\bspends\s)|"
        r"(?<=\bspend\s)|(?<=\bworks\s)|(?<=\bworked\s)|(?<=\bmost\s)|(?<=\bincluding\s)|"
        r"(?<=\bfor\s)|(?<=\bnights\sand\s)|(?<=\bevenings\sand\s)|(?<=\bweekdays\sand\s))"
        r"(?P<weekends>weekends)",
    ),
    _rule(
        "holiday",
        # "the (last) Saturday before Christmas": a weekday counted from the holiday
        rf"(?:the\s+(?:(?:last|first|final)\s+)?(?P<wd>{WEEKDAY})\s+(?P<side>before|after)\s+|"
        # "the eve of Thanksgiving", a headline's "eve of Chinese New Year": the day before
        r"(?P<eve>(?:the\s+)?eve\s+of\s+))?"
        # (not "a glassworker's last Labor Day as a working man": his final one)
        r"(?:(?P<rel>(?<!'s\s)(?<!\u2019s\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bmy\s)"
        r"(?<!\bour\s)last|next|this)\s+(?!year's)|"
        r"the\s+(?:long\s+)?(?=[A-Z][\w'\u2019]+(?:\s+(?:Day|Birthday|Year|of\s+July))?\s+"
        r"(?:long\s+|holiday\s+|bank\s+holiday\s+)?week(?:end)?\b)|"
        r"the\s+(?=Fourth\s+of\s+July\b)|"  # (a name that needs its article)
        r"the\s+(?=(?:early\s+May|May|spring|summer|June|August|October)\s+bank\s+holiday))?"
        r"(?-i:(?P<name>Thanksgiving|Christmas|New\s+Year's|"
        # "over the New Year weekend": the weekend by New Year's Day
        r"New\s+Year(?=\s+(?:long\s+|holiday\s+)?weekend\b)|Easter|Boxing|Halloween|Good\s+Friday|"
        r"Black\s+Friday|Cyber\s+Monday|Super\s+Saturday|Small\s+Business\s+Saturday|"
        r"Maundy\s+Thursday|Fourth\s+of\s+July|"
        r"(?:Lunar|Chinese)\s+New\s+Year(?:['\u2019]s(?=\s+Eve\b)|(?!['\u2019]s))|"
        # the Church's year and saints' days
        r"Palm\s+Sunday|Ash\s+Wednesday|Shrove\s+Tuesday|Pancake\s+Day|Mothering\s+Sunday|"
        r"Ascension(?=\s+Day)|Pentecost|Whit\s+Sunday|Whitsunday|Whitsun|Advent\s+Sunday|Epiphany|"
        r"Orthodox\s+Christmas|Burns\s+Night|Father['\u2019]s(?=\s+Day)|Mother['\u2019]s(?=\s+Day)|"
        r"Michaelmas|Candlemas|Lammas|Martinmas|F[êe]te\s+[Nn]ationale|Groundhog(?=\s+Day)|"
        # the Sundays of Advent, Lent and Easter, and other days of the Church's year
        r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh)\s+Sunday\s+(?:of|in)\s+"
        r"(?:Advent|Lent|Easter)|Gaudete\s+Sunday|Laetare\s+Sunday|Low\s+Sunday|Trinity\s+Sunday|"
        r"Corpus\s+Christi|Holy\s+Saturday|Holy\s+Thursday|Passion\s+Sunday|Holy\s+Week|"
        r"Golden\s+Week|Resurrection\s+Sunday|All\s+(?:Saints|Souls)['\u2019]?(?=\s+Day)|"
        r"(?:St\.?|Saint)\s+(?:Nicholas|George|Andrew|David|Stephen)['\u2019]?s(?=\s+Day)|"
        # Ireland's "Stephen's Day", after a preposition (not "John Stephen's Day Out")
        r"(?:(?<=\bon\s)|(?<=\bfor\s)|(?<=\bof\s)|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\band\s)|"
        r"(?<=\n)|(?<=,\s))Stephen['\u2019]s(?=\s+Day)|"
        r"(?:May\s+Day|early\s+May|May|spring|summer|June|August|October)(?=\s+bank\s+holiday)|"
        r"Election|Independence|Labor|Memorial|Valentine's|(?:St\.?|Saint)\s+Patrick's|"
        r"Veterans'?|Remembrance|Armistice|Anzac|ANZAC|Australia|Canada|Bastille|Columbus|"
        r"Presidents'?|Juneteenth|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Hogmanay|Bloomsday|"
        r"Family(?=\s+Day\b)|Labour(?=\s+(?:Day|Weekend)\b)|Queen['\u2019]s\s+Birthday|"
        r"Victoria(?=\s+Day\b)|World\s+AIDS(?=\s+Day\b)|"
        # South Africa's and Kenya's national days
        r"(?:Heritage|Freedom|Reconciliation|Youth|Madaraka|Jamhuri|Mashujaa|Waitangi)(?=\s+Day\b)|"
        # a country's own day ("Republic Day", "National Day"), not "National Day of Prayer"
        r"(?:Republic|National)(?=\s+Day\b(?!\s+of\b))|"
        # Canada's August civic holiday ("B.C. Day long weekend", "Simcoe Day")
        r"(?:B\.C\.|BC|British\s+Columbia|Simcoe|Natal|New\s+Brunswick|Saskatchewan|"
        r"Terry\s+Fox)(?=\s+Day\b)|Civic\s+Holiday|"
        # Japan's ("Marine Day", "Labour Thanksgiving Day", "Respect for the Aged Day")
        r"(?:Labou?r\s+Thanksgiving|Marine|Culture|Showa|Greenery|Coming\s+of\s+Age|"
        r"Respect\s+for\s+the\s+Aged|Health\s+and\s+Sports?)(?=\s+Day\b)|"
        r"(?:Martin\s+Luther\s+King(?:,?\s+Jr\.?)?|MLK)(?=\s+Day\b))(?!-))"
        # not "the Good Friday Agreement", "Easter eggs", "the Christmas market", "Christmas Island"
        r"(?!\s+(?:Agreement|Accords?|Island|Rising|eggs?|markets?|trees?|cards?|carols?|lights|"
        r"decorations|presents|gifts?|pudding|crackers?|jumpers?|sweaters?|costumes?|candy|"
        r"bunny|lil(?:y|ies)|turkeys?|travel)\b)"
        # nor "the Fourth of July Committee": a name
        r"(?![ \t]+(?!(?:Day|Eve|Sunday|Monday|Weekend|Week)\b)(?-i:[A-Z][a-z]+)\b)"
        r"(?:[ \t]+(?-i:(?P<suffix>Day\s+(?:long\s+|holiday\s+)?weekend|Day|Eve|eve|Sunday|Monday|"
        r"weekend|holiday\s+weekend|"
        r"Weekend|long\s+weekend|week|"
        r"bank\s+holiday\s+weekend|bank\s+holiday)))?"
        # "Thanksgiving night", "Christmas morning": a part of the holiday
        r"(?:\s+(?P<hpod>night|morning|afternoon|evening)\b)?"
        rf"(?:\s+(?P<year>{YEAR}))?"  # "Christmas 2024", "New Year's Eve 2019"
        r"(?:\s+(?P<trel>last|next|this)\s+year\b)?"  # "Easter last year"
        # "Labor Day this fall": that season's, the season a time of its own
        r"(?=\s+(?P<tseason>last|next|this)\s+(?:fall|autumn|spring|summer|winter)\b)?",
    ),
    # Jewish and Islamic festivals: "Passover", "Eid al-Fitr", "the first day of Ramadan"
    _rule(
        "festival",
        r"(?:the\s+(?P<edge>first|last|final)\s+(?P<unit>day|night|evening)\s+of\s+|"
        r"(?P<eve>the\s+eve\s+of\s+)|(?P<rel>last|next|this)\s+(?!year's))?"
        # "the Mid-Autumn Festival", with its article, as "the summer"
        r"(?:the\s+(?=(?-i:(?:Mid-Autumn|Moon|Mooncake|Dragon\s+Boat|Spring)\s+Festival)))?"
        r"(?-i:(?P<name>Ramadan|Ramadhan|Ramzan|Lebaran|Ashura|Bakri?[\s-]?Eid|Bakrid|"
        # Hindu, Sikh, Chinese and Buddhist festivals
        r"Diwali|Divali|Deepavali|Dhanteras|Bhai(?:ya)?\s+(?:Dooj|Duj)|Dussehra|Dasara|"
        r"Vijayadashami|Navr?atri|Navaratri|Holi|Vaisakhi|Baisakhi|Raksha\s+Bandhan|"
        r"Ganesh\s+Chaturthi|Janmashtami|Onam|Pongal|Guru\s+Nanak(?:['\u2019]s\s+[Bb]irthday|"
        r"\s+Jayanti)|(?:Mid-Autumn|Moon|Mooncake|Dragon\s+Boat)\s+Festival|"
        r"Qingming(?:\s+Festival)?|Tomb[\s-]Sweeping\s+Day|[VW]esak(?:\s+Day)?|"
        # ("Eid Al Fitr", as the Gulf's papers write it)
        r"Eid(?:(?:[\s-]+|(?=[ue]l))(?:[aeuAEU]l[\s-]*)?(?:Fitr|Adha|Azha)\b)?|Chuseok|"
        r"Spring\s+Festival|"
        r"Hari\s+Raya(?:\s+(?:Aidilfitri|Puasa|Haji|Aidiladha|Korban))?|"
        r"(?:Islamic|Hijri|Muslim)\s+New\s+Year|Rosh\s+Hashanah?|Yom\s+Kippur|Sukkot|Succot|"
        r"Hanukk?ah|Chanukk?ah|Purim|Passover|Pesach|Shavuot)(?!-))"
        # not "the Passover seder", "Hanukkah candles", "Eid Street": a thing named for it
        r"(?!\s+(?:seders?|plates?|candles?|menorahs?|gelt|lamps?|lanterns?|cards?|greetings|"
        r"sweets|doughnuts|donuts|latkes|songs?|stories|story|tables?|markets?)\b)"
        r"(?![ \t]+(?!(?:Eve)\b)(?-i:[A-Z][a-z]+)\b)"
        r"(?:[ \t]+(?-i:(?P<suffix>Eve|eve)))?"
        r"(?:[ \t]+(?P<fpod>night|morning|evening|afternoon)\b)?"  # "Diwali night"
        rf"(?:\s+(?P<year>{YEAR}))?"  # "Ramadan 2013"
        r"(?:\s+(?P<trel>last|next|this)\s+year\b)?",  # "Passover last year"
    ),
    # "the Year of the Horse": the lunar year of that sign nearest the publication
    _rule(
        "zodiac_year",
        # (with its element: "the Year of the Wood Goat")
        r"(?:the\s+)?(?-i:Year\s+of\s+the\s+(?:(?:Wood|Fire|Earth|Metal|Water)\s+)?(?P<animal>Rat|Ox|Tiger|Rabbit|Hare|Dragon|Snake|"
        r"Horse|Goat|Sheep|Ram|Monkey|Rooster|Dog|Pig|Boar))\b",
    ),
    # now, currently, recently, the future, soon
    _rule(
        "ref",
        r"(?:then[\s-]+current|now|currently|current|nowadays|these\s+days|at\s+present|(?:more\s+)?recently|lately|"
        r"formerly|the\s+past|(?:the\s+)?(?:near|distant)\s+future|the\s+future|"
        r"the\s+(?:near|short|medium|long)\s+term|a\s+later\s+date|as\s+soon\s+as\s+possible|soon|"
        r"a\s+generation\s+ago|the\s+other\s+day|(?:a\s+(?:little\s+|long\s+)?while|some\s+time|"
        r"a\s+long\s+time)\s+ago|any\s+(?:day|time|minute)\s+now)",
    ),
    # "up 12 percent year to date", "year-to-date gains": the year so far
    _rule("year_to_date", r"(?:the\s+)?year[\s-]to[\s-]date"),
    # "growth slowed to 12.4 percent year on year": the same period a year back
    _rule("year_on_year", r"year[\s-](?:on|over)[\s-]year(?![\s-]+(?:basis|terms|comparison)\b)"),
    # "within the next hour", "in the past minute": an hour's (a minute's) span
    _rule(
        "next_hour",
        # (not the idiom "at the last minute", "until the last minute")
        r"(?<!\bat\s)(?<!\buntil\s)(?<!\bto\s)(?<!\btill\s)"
        r"(?:the|its|their)\s+(?P<rel>next|past|last|previous|coming|following|first|final)\s+"
        r"(?P<unit>hour|minute)(?!s)(?![\s-]+(?:long|old)\b)",
    ),
)
