"""Tense cues: which way an underspecified date ("on Tuesday", "in March") points.

News is written about the past, so the default is backwards; a future cue in the same clause
("will", "is due to", "was due to", "is expected to", "plans", "scheduled", "next") turns it
forwards. The cue nearest the expression wins, looking back first, then ahead; a verb right after
the expression ("the court Thursday refused") beats a cue further back. Tense is carried by
auxiliaries: a participle after "be" ("will be allowed back") is no past cue, and a modal perfect
("could have emerged") is past. "until" points wherever the clause's own verb does ("Until
Thursday, they had not ...").
"""

from __future__ import annotations

import re
from enum import Enum
from typing import NamedTuple

from timeline_app.core.tagger.lexicon import WEEKDAYS


class Direction(Enum):
    PAST = "past"
    FUTURE = "future"


class Cue(NamedTuple):
    """A tense cue: which way it points, its words, whether it governs the expression directly
    ("ended Jan. 31", "bought it in February": at most a preposition between them), and whether
    it is near it, in the same clause ("had announced its vote on Nov. 24")."""

    direction: Direction
    words: str
    adjacent: bool
    near: bool = False  # a few words away, no clause boundary between
    after: bool = False  # written after the expression


# adjectives before a noun that looks like a verb ("A slow start", "a strong close")
_NOUN_ADJECTIVES = frozenset(
    {
        "slow",
        "strong",
        "good",
        "bad",
        "poor",
        "fast",
        "quick",
        "flying",
        "false",
        "fresh",
        "new",
        "bright",
        "shaky",
        "rocky",
        "solid",
        "great",
        "head",
        "late",
        "early",
        "perfect",
        "dream",
        "record",
        # a count or a kind of return: "52 million individual returns as of March 16"
        "individual",
        "tax",
        "million",
        "billion",
    }
)
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# what something planned is said to be moved by
RESCHEDULED = (
    r"(?:postponed|preponed|rescheduled|moved|deferred|adjourned|brought\s+forward|put\s+back|"
    r"pushed\s+back|switched|shifted)"
)
_FUTURE = (
    r"if\s+(?:needed|necessary|required)\b|"  # "and, if needed, Game 4 on Tuesday"
    r"(?:was|were)\s+expected(?=\s+(?:on|in|by|at|later|next|this)\b)|"  # "rain was expected on"
    # a headline's "Acreage report due Friday": what is due lies ahead
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)due(?=\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|tomorrow)\b)|"
    # "as forecasts of hot, dry weather over the Fourth of July weekend revived ...": what is
    # forecast lies ahead (not "cut its sales forecast for the second time on Wednesday", a
    # figure's revision)
    r"(?:forecasts\s+(?:of|for)|forecast\s+of|weather\s+forecast\s+for)"
    r"(?=\s+(?:[\w,.'-]+\s+){0,6}?(?:over|on|for|during|through|by)\s)|"
    # "warned of long waits on the way home Saturday": what is warned of lies ahead
    r"warn(?:s|ed|ing)?\s+of(?=\s+(?:[\w.'-]+\s+){0,8}?(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|tonight|tomorrow|next)\b)|"
    # "said the earliest they could try again was Monday morning": the first chance lies ahead
    r"(?:earliest|soonest)\b(?:[^.;!?\n]{0,40}?\s)?(?:was|is|would\s+be|will\s+be)"
    r"(?=\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|next|"
    r"tomorrow)\b)|"
    # "gold was little changed ahead of U.S. inflation figures on Tuesday": what is awaited
    r"ahead\s+of(?!\s+(?:schedule|time|plan|expectations|forecasts|estimates)\b)(?=\s+(?:[\w.,'-]+\s+){0,8}(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|next|tomorrow)\b)|"
    # "investors looked ahead to Friday's jobs report": what is looked ahead to
    r"look(?:s|ed|ing)?\s+ahead\s+to(?=\s+(?:[\w.,'-]+\s+){0,6}?(?:on\s+)?(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|next|tomorrow)\b)|"
    # what is awaited: "Everyone is waiting for Thursday", "investors await Friday's jobs data"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?:waiting\s+for|await(?:s|ing)?|bracing\s+for)"
    r"(?=\s+(?:[\w.'-]+\s+){0,4}?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b)|"
    # a deadline one has: "Anyone who has not used this year's allowance has until Sunday"
    r"(?:has|have)\s+until(?=\s)|"
    # what people ask for lies ahead: "asking for part of it to be paid before Christmas"
    r"(?:asking|calling|pressing|pushing|appealing)\s+for|"
    # a weekday that "is" something is this week's: "Tuesday is still a tough travel day",
    # "Monday marks one year since the storm"
    r"(?:(?<=Monday\s)|(?<=Tuesday\s)|(?<=Wednesday\s)|(?<=Thursday\s)|(?<=Friday\s)|"
    # (not a passive after it: "the year that ends Sunday is now pegged at")
    r"(?<=Saturday\s)|(?<=Sunday\s))(?:is|looks|marks)\b(?!\s+over\b)"
    r"(?!\s+(?:now\s+|also\s+|still\s+)?[a-z]+ed\b)|"
    # a present plan: "The council plans a vote Tuesday", "Corbel sets Friday launch" (not "the
    # plans", "a set")
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?:plans|sets|schedules)(?=\s+(?:[\w'-]+\s+){0,2}"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
    # "Friends plan a candlelight vigil for Moreno at 7 p.m. Saturday"
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)plan(?=\s+an?\s+"
    r"(?:[\w'.-]+\s+){0,12}?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
    # a closure announced: "the bridge on the B71 to close from 7pm Friday to 5am Monday"
    r"to\s+(?:close|reopen|shut|open)\s+from|"
    # "the first sailing was unlikely before Friday", "comes due in December", "the budget must
    # be set by February"
    r"(?:un)?likely\s+(?:before|until|till|by)(?=\s)|"
    # "nothing big between now and Christmas": what lies between now and a day is ahead
    r"between\s+now\s+and|"
    # "traders prepared for Thursday, when families welcome the new year": a day made ready for
    r"(?:prepar(?:e|es|ed|ing)|getting\s+ready|got\s+ready|gear(?:ed|ing)\s+up)\s+for(?=\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
    # a release's present passive: "whose results are published on Thursday in the journal",
    # "A Week of Sundays, is published on Monday"
    r"(?:is|are)\s+(?:published|released|broadcast|screened|staged|launched|unveiled|issued|"
    r"announced)(?=\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"tomorrow|next)\b)|"
    # "rain is likely Monday afternoon": a forecast
    r"(?:is|are)\s+(?:likely|expected|forecast)(?=\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b)|"
    r"(?:comes?|fall|falls)\s+due|must(?=\s+(?:[a-z]+\s+){0,3}by\b)|"
    # a goal on its way: 'remained "on track" for a surplus of $9.1 billion by June 30'
    r"on\s+(?:track|course|target|schedule)[\"'\u201d]?\s+(?:for|to)"
    r"(?=\s+(?:[\w$.,'-]+\s+){0,8}?by\s)|"
    # a present move to a later time: "a delay only moves the cliff to the fall"
    r"(?:moves|pushes|postpones)(?=\s+(?:the|a|an|its|their|it|them|this|his|her)\s+"
    r"(?:[\w'.-]+\s+){0,3}?(?:to|until|into)\s)|"
    # a present progressive of an arrangement: "We are meeting officials in London on Friday"
    r"(?:am|is|are|'re|'m)\s+(?:meeting|holding|hosting|flying|visiting|leaving|heading|"
    r"returning|launching|opening|playing|facing|travell?ing)\b|"
    # "Rebel commanders said Monday they expected reinforcements by the weekend"
    r"(?<!\bhad\s)(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)expect(?:s|ed)?(?=\s+(?:[\w'-]+\s+){0,3}?by\s)|"
    # a wish with a deadline: "She wants the bill on the House floor by Friday afternoon"
    r"(?:wants|needs)(?=\s+(?:[\w'.-]+\s+){0,8}?by\s)|"
    # a court date set: "remanded in custody to appear again on Thursday" (but not "failed to
    # appear on Monday")
    r"(?=to\s)(?<!failed\s)(?<!refused\s)(?<!declined\s)(?<!due\s)to\s+(?:re)?appear(?:\s+again)?"
    r"(?=\s+(?:in\s+court\s+|before\s+(?:[A-Za-z]+\s+){1,4})?(?:on|at|in)\s)|"
    # what an agreement sets: "a 72-hour ceasefire, to begin at dawn on Wednesday"
    r"(?=to\s)(?<=,\s)to\s+(?:begin|start|run|end|last|take\s+effect|come\s+into\s+force|expire)\b|"
    # "a government report due on Tuesday" (but not "was due on Monday", nor the past "the first
    # payment, due by 31 August, arrived late")
    r"(?=due\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bhad\s)due(?=\s+(?:on|out)\s|"
    # "due at 11:30 a.m. Sydney time on Thursday" (but not "trains due at 5:40 a.m. were held")
    r"\s+at\s[^;\n]{0,40}?\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
    # "figures to be published on Monday": what is still to be done (not "was to be held")
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bhad\s)(?<!\bused\s)to\s+be\s+(?:published|released|"
    r"announced|issued|unveiled|held|signed|launched|debated|heard|sentenced|named)"
    r"(?=\s+(?:on|at|in|next|this|later|tomorrow)\b)|"
    # a dividend "payable on 3 October to shareholders on the register at 5 September"
    r"payable(?=\s+(?:on|from)\s)|"
    # a deadline set lies ahead: "set a deadline of midnight Friday", "a deadline for Monday"
    r"(?<!\bmissed\sa\s)(?<!\bmissed\sthe\s)(?<!\bmet\sa\s)(?<!\bmet\sthe\s)"
    r"deadlines?\s+(?:of|at|for|on|is|falls\s+on|(?-i:DEADLINE):)(?=\s+(?:midnight|noon|\d|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))|"  # ("The trade deadline is 3 p.m. Thursday")
    # a headline's "landfall seen Thursday" (not "was last seen Thursday")
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\blast\s)(?<!\bbe\s)(?<!\bis\s)seen(?=\s+(?:on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
    # "with highs near 110 expected Monday and Tuesday"
    # (not a comparison: "came up faster than anyone expected on Sunday night")
    r"(?<!\bhad\s)(?<!\bbeen\s)(?<!\banyone\s)(?<!\bthan\s)(?<!\bwe\s)(?<!\bthey\s)"
    r"expected(?=\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|tomorrow|tonight)\b)|"
    r"will|won't|wo\s+n't|'ll|shall|(?:is|are|was|were|be|been)\s+(?:due|expected|scheduled|set|"
    r"slated|planned|going|likely|unlikely|poised|about)\s+to|(?:un)?likely\s+to|plans?\s+to|"
    r"(?<!\bas\s)(?<!\bthan\s)(?<!\bpreviously\s)(?<!\boriginally\s)(?<!ly\s)(?<!-)planned|"
    r"planning|(?<!\bthan\s)scheduled|(?:is|are)\s+(?:not\s+)?(?:expected|due|scheduled|planned|slated|set)\b|"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!-)fixed\s+for(?=\s)|"  # "the final, fixed for Sunday, has been"
    r"(?:is|are)\s+to|set\s+to|(?:is|are|was|were)\s+supposed\s+to|"
    # "who was to be put on a plane at 7:15 a.m. Thursday": a plan for a day near the story's
    # (but "was to open in July", planned long ago, may be a month gone by)
    r"(?:was|were)\s+to(?=\s+(?!blame\b|do\s+with\b)[a-z]+\b[^;!?\n]{0,80}?\b(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow)\b)|"
    r"(?:is|are)\s+(?:on\s+(?:track|course)|in\s+line|ready)\s+to|"
    # "the vote is now set for May 25"; "has called another march for Saturday"
    r"(?:is|are)\s+now\s+(?:set|scheduled|due)\b|"
    r"(?:has|have)\s+(?:called|set|scheduled|planned|organi[sz]ed|arranged)\b|"
    r"intends?\s+to|expects?|hopes?\s+to|going\s+to|would|might|(?-i:may)|should|"
    # a hope reported ("said it hoped to send trucks on Saturday"), not one given up ("had hoped"),
    # and an expectation ("said it expected 2.2 million vehicles on Saturday")
    r"(?<!\bhad\s)(?<!'d\s)hoped\s+to|(?-i:(?<=\bit\s)|(?<=\bthey\s)|(?<=\bhe\s)|(?<=\bshe\s)|"
    r"(?<=\bwe\s))(?<!than\swe\s)(?<!than\sit\s)(?<!than\she\s)(?<!than\sshe\s)(?<!than\sthey\s)"
    r"expected\b(?![\w\s-]{0,40}?\bto\s)|"
    r"(?:has|have)\s+agreed\s+to\s+(?!be\b)|"  # "both sides have agreed to meet at 10 a.m. Tuesday"
    # a closure or a warning lasting through a day to come: "closed its schools through Friday",
    # "Flood watches were posted through Wednesday morning"
    r"(?:closed|suspended|cancell?ed|shut|postponed|posted|issued|imposed)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:through|thru)(?=\s+(?:(?:at\s+least|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|next|the\s+end)\b)|"
    r"can(?!\s+(?:be\s+)?(?:seen|heard|found|remember|recall))|"  # "can tour it on Sunday"
    # "agreed yesterday to open talks with the opposition Friday": the agreement has its own
    # day, so the later one is what was agreed, ahead (not "voted to support it Friday")
    r"(?:agreed|decided|voted|promised|pledged|vowed|offered|threatened)\s+(?:on\s+)?"
    r"(?:yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last\s+(?:week|month))\s+"
    r"to\s+(?!be\b)[a-z]+\b|"
    r"aims?\s+(?:for|to)|aiming\s+(?:for|to)|"  # "ministers aim for royal assent by Christmas"
    # "She has already planned her 80th birthday swim for October": what is planned for a day
    # (and "the judge set sentencing for Feb. 7", but not a plan that had been set)
    r"(?:(?:already\s+)?(?:planned|booked|scheduled|arranged)\s+(?:[\w'\u2019]+\s+){0,5}?|"
    r"(?<!\bhad\sbeen\s)(?<!\boriginally\s)(?<!\binitially\s)(?<!\bpreviously\s)set\s+(?!(?:a\s+|the\s+|new\s+)*records?\b)(?:[\w'\u2019]+\s+){0,2}?)"
    r"for(?=\s+(?:the\s+)?"
    rf"(?-i:{_MONTH_NAMES}|{_DAY_NAMES}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d+)\b)|"
    # "called a protest outside the ministry for Friday": a day an event is called for
    rf"called\s+(?:[\w'\u2019]+\s+){{1,6}}?for(?=\s+(?-i:{_DAY_NAMES})\b)|"
    # what is booked or forecast for a month lies ahead: "bookings for December were running
    # ahead", "its forecast for the December quarter"
    r"(?:bookings|reservations|advance\s+sales|forecast|outlook|guidance)\s+for(?=\s+(?:the\s+)?"
    rf"(?-i:{_MONTH_NAMES})\b)|"
    # a death notice's arrangements: "Removal on Saturday morning", "Requiem Mass on Monday"
    r"(?-i:Removal|Reposing|Requiem\s+Mass|Funeral\s+(?:Mass|service)|Burial|Interment|Visitation|"
    rf"Viewing|Cremation)(?=\s+(?:[\w']+\s+){{0,6}}?on\s+(?:{_DAY_NAMES})\b)|"
    # "a rocket was cleared today for a second launch attempt early Thursday": what something
    # is cleared for lies ahead
    r"(?:cleared|approved|readied)\s+(?:(?:today|yesterday)\s+)?for(?=\s+(?:[\w-]+\s+){0,4}?"
    rf"(?:early\s+|late\s+)?(?:{_DAY_NAMES})\b)|"
    # "residents can comment for 21 days from Monday" (not "can't", nor "can be seen")
    r"can\s+(?!not\b|be\s+seen\b)(?:apply|comment|register|vote|book|claim|buy|enter|sign\s+up|"
    r"join|attend|collect|object|appeal|return|expect)\b|"
    # "talks could stretch into the summer", "a ruling could come by Friday" (not "could see")
    r"could\s+(?:stretch|drag|last|slip|come|take|reach|begin|start|end|resume|close|open|keep|"
    r"continue|remain|bring|cause|hit|affect|disrupt|run|go|extend|spill|carry|follow|arrive|"
    r"happen|widen|worsen|ease|shift|move|change|"
    r"be\s+(?:ready|over|held|done|made|delayed|postponed|completed|finished|announced|"
    r"called|reached|signed|approved|agreed|finali[sz]ed|passed|released|published|extended|"
    r"lifted|restored|reopened|closed|opened|decided|settled))|next(?!\s+(?:to|day|morning|night|week|weekend|month|year|time)\b)|"
    # (not a gerund after "after": "cut its outlook, after predicting in August that ...")
    r"(?:is|are)\s+(?:closed|open|shut|forecast)|forecast\s+to|(?<!\bafter\s)forecasting|"
    r"(?:is|are)\s+(?:also\s+)?(?:possible|likely)\b|"  # "thunderstorms are possible on Tuesday"
    r"(?<!\bafter\s)predicting|"
    # what someone is asked, expected or has promised to do lies ahead: "urged to claim a refund
    # before March 31", "expected to reach 39 degrees on Monday", "promised a review by June"
    r"(?:urged|asked|invited|encouraged|required|expected|advised)\s+to|"
    # (told in the present perfect or present: "residents have been told to prepare for ...")
    r"(?:(?:have|has)\s+been|(?:are|is)(?:\s+being)?)\s+told\s+to|"
    # "asked customers not to run dishwashers ... through Tuesday", "extended its warning to"
    r"(?P<directive>(?:urged|asked|advised|told|warned|ordered|instructed|directed)\s+"
    r"(?:[a-z]+\s+){1,6}(?:not\s+)?to\s+[a-z]+)|"
    # "with experts due to meet again on Monday" (not the causal "due to the rain")
    r"(?<![Ii]s\s)(?<![Aa]re\s)(?<![Ww]as\s)(?<![Ww]ere\s)(?<!\bbe\s)(?<!\bbeen\s)due\s+to\s+"
    r"(?:meet|be|begin|start|open|close|arrive|visit|return|vote|sign|hold|resume|end|finish|"
    r"report|appear|face|hear|rule|decide|announce|leave|launch|fly|travel|speak|testify|"
    r"release|publish|deliver|present|take|expire|run|go|come)\b|"
    # a forecast of weather lies ahead: "the weather service forecast more heavy rain tonight"
    r"forecasts?\s+(?:[a-z]+\s+){0,3}(?:rain|snow|showers|(?:thunder)?storms?|sunshine|winds|frost|fog|"
    r"temperatures|highs|lows)\b|"
    r"extended\s+(?:(?:its|the|their|his|her)\s+)?(?:[a-z]+\s+){0,3}(?:to|until|through)"
    r"(?=\s+(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|the\s+end|next|mid))|(?:has|have)\s+(?:promised|"
    r"pledged|vowed)|wants?\s+(?:it|them)(?:\s+[a-z]+ed)?\b|"
    r"upcoming|until|as\s+(?:soon|early)\s+as|"
    # a condition set lies ahead: "bail on condition that he surrenders his passport by Monday"
    r"on\s+condition\s+that|provided\s+that|"
    # "The quarterly immigration figures are out at 9.30am on Thursday": a release to come
    r"(?:figures|data|results|numbers|statistics|report|exam\s+results)\s+(?:is|are)\s+out(?=\s+"
    r"(?:at\s+[\w.:]+\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"next|tomorrow)\b)|"
    # "three days of mourning, beginning Monday", "rain coming Friday"
    # (and "rises $4 effective 12:01 a.m. Wednesday")
    r"(?:beginning|starting|coming|effective)(?=\s+(?:on\s+)?(?:(?:at\s+)?\d{1,2}(?::\d\d)?\s*"
    r"[ap]\.?m\.?\s+(?:on\s+)?)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
    # "a 2-cent increase in the gasoline tax beginning Oct. 1", "effective Jan. 1"
    r"(?:beginning|starting|effective)(?=\s+(?:on\s+)?(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
    r"Dec)[a-z]*\.?\s+\d)|"
    # a date something was moved to lies ahead: "postponed to Thursday", "preponed to Thursday"
    rf"{RESCHEDULED}\s+(?:(?:it|them)\s+)?(?:to|until|till)(?=\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|\d|next|later|early|mid|late|the\s+"
    r"(?:following|next|end|week|weekend|autumn|spring|summer|winter|fall)))|"
    # "moved Friday night's game to Saturday afternoon"
    rf"{RESCHEDULED}\s+(?:[\w'\u2019]+\s+){{1,4}}?(?:to|until)(?=\s+(?:next\s+)?"
    rf"(?-i:{_DAY_NAMES})\b)|"
    # The present of a scheduled event: "the league opens on Friday", "they meet Monday" (not
    # an infinitive, "was due to meet", nor a noun, "Friday's close"). (The look-ahead first
    # lets the many look-behinds run only where one of the verbs begins.)
    r"(?=open|reopen|begin|start|end|close|resume|meet|arriv|return|travel|fl|expir|depart|run|"
    r"kick|take|laps|head|peak|sail|leav|retir|step|tee|play|host|visit|go|fac|hold|report|releas|"
    r"publish|unveil|come|follow|finish|becom|premier|air|debut|drop|stream|land|launch|join|make|"
    r"pres|deliv|tabl|speaks|testif|sits|"
    r"hears|moves|brings|turns)"
    r"(?<!\bto\s)(?<!\bthe\s)(?<!\ba\s)(?<!'s\s)(?<!\u2019s\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)"
    # not "stayed open on Saturday until 8pm", a state in the past
    r"(?<!\bstayed\s)(?<!\bremained\s)(?<!\bkept\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)"
    r"(?<!\bnot\s)(?<!\bdid\s)(?<!n't\s)"  # "did not return calls Sunday"
    r"(?<!ed\s)(?<!-day\s)"  # nor a noun after a participle: "an unannounced visit in June"
    # nor a noun after its adjective: "November and December: A slow start."
    + "".join(rf"(?<!\b{adjective}\s)" for adjective in _NOUN_ADJECTIVES)
    + r"(?:opens|reopens|begins|starts|ends|closes|resumes|meets|arrives|returns|travels|brings|"
    r"flies|expires|"
    # ("kept it open through October", "the gate jammed open on Sunday": an adjective)
    r"departs|(?<!\b\d\s)(?<!\b\d\d\s)(?<!\b\d\d\d\s)(?<!\btwo\s)(?<!\bthree\s)(?<!\bfour\s)(?<!\bfive\s)(?<!\bsix\s)"
    r"(?<!\bhome\s)runs|(?<!\bhome\s)run(?=\s+(?:from|until|through|daily)\b)|open(?<!\bit\sopen)(?<!\bthem\sopen)(?<!ed\sopen)(?<!left\sopen)(?<!stuck\sopen)"
    r"(?<!held\sopen)(?<!wide\sopen)(?<!broke\sopen)(?<!burst\sopen)(?<!swung\sopen)"
    r"(?<!\bhad\sopen)(?<!\bhas\sopen)(?<!\bhave\sopen)|"  # ("We had open houses on Easter")
    r"reopen|begin|start|resume|meet|"
    r"close(?!\s+to\s)|"  # not the adjective, "close to Monday's high"
    # "temporary contracts that end in June", "The May sweeps end Wednesday"
    r"end(?=\s+(?:on|in)\s|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"tomorrow)\b)|"
    r"arrive|depart|kicks?\s+off|takes\s+place|"
    r"lapses|runs\s+out|travel|return|fly|head\s+to|peaks|moves\s+to|"
    # a race's next days: "heading into Tuesday's rest day", "Stage 14 on Saturday finishes"
    r"heads?\s+into|heading\s+into|finishes|becomes|finish(?=\s+(?:on|in|at)\s)|sails|leaves|retires|steps\s+down|"
    r"tees\s+off|tee\s+off|"
    r"takes\s+office|takes\s+over|kicks?\s+in|"
    # "Bus Route 92 makes its last run Friday night", "makes her debut on Saturday"
    r"makes(?=\s+(?:its|their|his|her)\s+(?:last|final|first|maiden|debut|farewell)\b)|"
    r"play|plays|host|hosts|visit|visits|go(?:es)?\s+to\s+the\s+polls|"
    # a court's calendar: "The court hears two other cases on Tuesday and sits next week"
    r"hears(?=\s+(?:\w+\s+){0,3}(?:cases?|arguments?|appeals?|evidence|submissions)\b)|"
    # "servers go offline for maintenance ... Tuesday", "the site goes live on Monday"
    r"go(?:es)?\s+(?:offline|online|live|dark|down\s+for)\b|"
    # "face the champions on Tuesday", not "a familiar face at the market"
    r"(?<!familiar\s)(?<!friendly\s)(?<!new\s)(?<!public\s)(?<!human\s)(?<!known\s)"
    r"fac(?:e|es)(?!\s+of\b)|"
    # "holds its shareholder meeting on Thursday" (not "holds a 12% stake")
    r"holds(?=\s+(?:(?:its|a|an|the|their|his|her)\s+)?(?:[a-z-]+\s+){0,2}(?:meeting|talks|"
    r"conference|session|election|vote|hearing|rally|summit|briefing|ceremony|auction|primary|"
    r"referendum|caucus|debate|service|funeral|memorial|event|sale|opener|race|festival|"
    r"parade|concert|fair|tournament)s?\b)|"
    r"reports\s+(?:before|after|results|earnings)|(?-i:reports\s+on)|releases|publishes|unveils|"
    # "who speaks at an investor conference on Thursday", "The House sits Thursday"
    r"speaks(?=\s+(?:at|to|in|on|before)\b)|testifies|sits(?=\s+(?:on\s+|again\s+|next\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|next|tomorrow)\b)|"
    # "The government presents its 2014 budget on Tuesday"
    r"(?:presents|delivers|tables)(?=\s+(?:(?:its|a|an|the|their|his|her)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:budget|plan|report|results|speech|statement|proposals?|bill|address|verdict)s?\b)|"
    # "the week's biggest test comes Thursday" (not "the strike comes after ...")
    r"comes(?=\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|next|"
    r"tomorrow)\b)|"
    # a diary's next item: "Retail sales follow on Thursday", "On Wednesday come the figures"
    # (not "The move follows Tuesday's announcement")
    r"follows?(?=\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
    r"(?<=day\s)come(?=\s+(?:the|a|an|its|their)\s)|"
    r"go(?:es)?\s+on\s+sale|"
    # a release's day: "premieres Thursday at 9/8c", "All ten episodes drop on Friday"
    r"premieres|airs|debuts|streams|lands|land(?=\s+(?:at|in|on)\s)|launches|joins|"
    # a birthday ahead: "who turns 60 on Sunday" (not "turned")
    r"turns(?=\s+(?:\d{1,3}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)|"
    # a law's day: "laws that take effect Thursday", "comes into force on Monday"
    r"takes?\s+effect|comes?\s+into\s+(?:force|effect)|"
    r"drops?(?=\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"tomorrow|next)\b))"
    # not a noun: "after a warm start to winter", "the close of the season"
    r"(?!\s+(?:to|of)\s+(?:the\s+|a\s+|this\s+|its\s+)?(?:winter|summer|spring|autumn|fall|season|"
    r"year|month|week|day|decade|century)\b(?!-))"  # (but "on sale to season-ticket holders")
)
# "could have emerged": a modal perfect looks back, whatever the modal.
_MODAL_PERFECT = (  # not "should have power back by Sunday", "have" a verb of its own
    r"(?:would|could|might|may|must|should)(?:\s+not|n't)?\s+have"
    r"(?!\s+(?:power|a|an|the|to|no|more|enough|some|any|their|its|his|her|our|my|your|time|"
    r"access|water|service|money)\b)"
)
_PAST = (  # (a plan that was to be: "which had planned to open on 13 December")
    r"had\s+(?:been\s+(?:due|expected|scheduled|set|slated)|planned|hoped|intended|aimed|"
    r"expected|meant)\s+to|"
    # an adverb makes an "-ed" word a verb: "the bank last changed rates in March"; an irregular
    # past after a pronoun is one too: "the 1.3 billion it forecast in July"
    # (in lower case: "First United Methodist Church" is a name)
    r"(?<!\bas\s)(?:last|first|recently|already|just|never|previously|originally)\s+"
    r"(?-i:[a-z]{2,}ed)|"
    r"(?-i:\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Ii]t|I)\s+(?:forecast|cut|set|put|hit|shut|cost|spread|bid))\b|"
    # and after an amount: "up from the $790 million forecast in November"
    r"(?:million|billion|trillion|per\s+cent|percent)\s+forecast\b(?!\s+(?:for|of)\b)|"
    # after "who" an "-ed" word is a verb: "Harlow, who pleaded guilty in October"
    r"(?-i:who\s+(?!(?:need|feed|speed|proceed|exceed|succeed|bleed|heed)\b)[a-z]{2,}ed)\b|"
    # a sentence opening with a participle: "Asked on Question Time on Thursday night whether"
    r"(?-i:(?:(?<=[.!?]\s)|(?<=\n))[A-Z][a-z]+ed)\b|"
    # a past perfect is a verb, never an adjective: "had announced its vote on Nov. 24"
    r"(?:had|(?<=\w)'d)\s+(?:not\s+|never\s+|already\s+|just\s+)?[a-z]{2,}ed|"
    # after "when" and a name or pronoun, an "-ed" word is a verb: "January, when Dornia extended"
    r"(?<=\bwhen\s)(?-i:(?:he|she|they|we|it|I|(?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+)\s+[a-z]{2,}ed)|"
    # "tests the sirens every three months, most recently on 24 August": the last time, gone by
    r"most\s+recently|as\s+recently\s+as|"
    r"(?:has|have|'s|'ve)\s+been(?=\s+an?\s)|"  # "It's been a long winter"
    # (a present perfect of saying reports what holds now: "has said for months that he wants")
    r"was|were|had|did|(?<!\bhas\s)(?<!\bhave\s)said|told|ago|could\s+not|couldn't|"
    r"retroactive(?:ly)?\s+to|"
    # not "their last opinions", an adjective after a determiner
    r"(?<!\btheir\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\bmy\s)"
    r"(?<!'s\s)(?<!\u2019s\s)"  # "a glassworker's last Labor Day"
    # (nor "last axles due off the line in late April", an adjective before a plural noun)
    # (nor the verb: "the flood risk will last well into the weekend")
    r"(?<!\bwill\s)(?<!'ll\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)"
    r"(?<!\bshould\s)(?<!\bcan\s)(?<!\bmust\s)(?<!\bto\s)"
    # ("last month" is a time gone by, a strong cue; a bare "last" may be an adjective)
    # (but not compared with: "two weeks earlier than last year, on 1 October")
    r"(?:(?<!\bthan\s)(?<!\bpoint\s)last\s+(?:week|month|year|night)\b|"
    # (nor "will arrive tonight and last well into Friday", the verb)
    r"(?<!\band\s)last(?!\s+(?:(?:well|far|long)\s+)?(?:into|until|till|through|for|beyond)\b)"
    r"(?!\s+[a-z]+s\b))|"
    # (not a bound: "will follow no earlier than 12:30 a.m. Wednesday")
    # (nor a time moved: "the breakfast will start an hour earlier, at 7am on Monday")
    # (but "an hour earlier than on Friday" compares with a day)
    r"(?<!\bno\s)(?<!\bnot\s)(?:(?<!\bhour\s)(?<!\bhours\s)(?<!\bminutes\s)|"
    r"(?=earlier\s+than\b))earlier"
    r"(?!\s+than\s+(?:planned|scheduled|expected|usual|normal|originally|first))|"
    r"since|(?:stretching|dating|going|goes|dates|date)\s+back|"
    # irregular pasts, in lower case: "Rose", "Lent", "Won" are names too
    # (not after "newly": "sales of newly built homes Wednesday", an adjective)
    r"(?-i:ground\s+out)|"  # "after his side ground out a win on Saturday night"
    r"(?<!\bnewly\s)(?-i:spoke|met|went|came|took|gave|made|(?<!what's\s)(?<!what\sis\s)left|"
    r"began|fell|rose|"
    r"won|lost|held|saw|"
    r"found|fled|sold|bought|paid|struck|ran|wrote|became|brought|thought|kept|sent|built|fought|"
    r"ate|drank|swam|blew|"
    r"broke|drove|flew|knew|led|meant|stood|grew|threw|tore|shot|swore|wore|forgot|hung|sat|"
    r"(?<!'ve\s)(?<!\bhave\s)(?<!\bhas\s)(?<!'s\s)got|"  # not "we've got Lakeport on Thursday"
    # "lay" after a modal or "to" is the verb "to lay": "will lay a wreath"
    r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bto\s)(?<!'ll\s)(?<!\bcan\s)(?<!\bmust\s)(?<!\bshall\s)"
    r"(?<!\band\s)lay|laid|sank|shrank|slid|swung|sprang|spun|dug|spent|lent|felt|dealt|sought|taught|caught|fed|bled|hid|bit|rang|sang|"
    r"drew|withdrew|chose|froze|stole|woke|rode|shook|swept|slept|overtook|undertook)"
    r"(?!-)|"  # (not an adjective: "Saturday's sold-out gig")
    # an "-ed" word after an article is an adjective ("a revised timetable"), not a past verb
    r"(?-i:(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bof\s)"  # "members of affiliated clubs"
    # nor a comparison with a plan: "two hours later than planned"
    r"(?!(?<=\bthan\s)(?:planned|scheduled|anticipated|intended|hoped|budgeted|projected)\b)"
    # nor a participle after a pronoun, a clause cut short: "anything lodged before Saturday"
    r"(?<!\b[Aa]nything\s)(?<!\b[Ee]verything\s)(?<!\b[Ss]omething\s)(?<!\b[Nn]othing\s)"
    r"(?<!\b[Tt]hose\s)(?<!\b[Aa]nyone\s)(?<!\b[Ee]veryone\s)"
    # nor a condition's past: "the ban would be cut if he completed a course by 30 November"
    r"(?<!\bif\she\s)(?<!\bif\sshe\s)(?<!\bif\sthey\s)(?<!\bif\sit\s)(?<!\bif\swe\s)"
    r"(?<!\bif\syou\s)"
    # nor a conditional participle: "If approved, the new crews could be on the road by July 1"
    r"(?<!\b[Ii]f\s)(?<!\b[Oo]nce\s)(?<!\b[Uu]nless\s)"
    # nor after a gerund, before its noun: "would stop selling boxed copies" (but "Campaigning
    # ended at midnight")
    r"(?:(?<!ing\s)|(?<=thing\s)|(?=[a-z]{2,}ed\s+(?:on|in|at|by|to|the|a|an|for|with|from|"
    r"until|up|out|off|down)\b))"
    # nor a forecast's adjective: "expects scattered showers Sunday night"
    r"(?!(?:scattered|isolated|mixed)\s+(?:showers|storms|thunderstorms|rain|snow|flurries|"
    r"clouds|sunshine)\b)"
    r"(?!(?:need|feed|seed|speed|bed|red|shed|proceed|exceed|succeed|indeed|hundred|embed|expected|"
    r"seaweed|weed|breed|creed|greed|tweed|steed|deed|sled|wed|fled)\b)"
    r"[a-z]{2,}ed)"
)
# A participle after "be" or "is/are" is passive voice, not past tense: the auxiliary carries the
# tense ("services are not affected").
_NOT_PASSIVE = (  # nor an adjective after an article: "a paid expansion", "the lost files"
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bis\snot\s)"
    r"(?<!\bstay\s)(?<!\bstays\s)(?<!\bremain\s)(?<!\bremains\s)"  # "will stay closed"
    r"(?<!\bare\snot\s)(?<!\bisn't\s)(?<!\baren't\s)"
    # nor a perfect not yet done, which says nothing of when: "families who have not signed up"
    r"(?<!\bhave\snot\s)(?<!\bhas\snot\s)(?<!\bhaven't\s)(?<!\bhasn't\s)"
    # an adverb between: "volunteers are also needed", "the road is still closed"
    r"(?<!\bis\salso\s)(?<!\bare\salso\s)(?<!\bis\sstill\s)(?<!\bare\sstill\s)"
    r"(?<!\bis\snow\s)(?<!\bare\snow\s)(?<!\bis\susually\s)(?<!\bare\susually\s)"
)
_COORDINATED_PASSIVE = re.compile(
    r"\b(?:be|been|being|is|are)\s+[a-z]+ed\s+(?:and|or)\s+$", re.IGNORECASE
)
# ("awards will be backdated to 12 January": a day gone by, whatever the auxiliary)
_CUE_WORDS = (
    rf"(?:(?P<perfect>{_MODAL_PERFECT}|back-?dated\s+to)|(?P<future>{_FUTURE})|"
    rf"{_NOT_PASSIVE}(?P<past>{_PAST}))\b"
)
# A cue starts a word, not inside a compound ("value-added tax", "so-called"), or is "'ll".
# (Said with look-arounds rather than "\b", the search passes the ends of words at once.)
_CUE = re.compile(r"(?:(?<![\w-])(?=\w)|(?<=\w)(?='))" + _CUE_WORDS, re.IGNORECASE)
# (a line ending in a colon ends one too: "On Fri, Jan 30, 2015, Lisa Marr wrote:")
_SENTENCE_END = re.compile(  # (and a bullet on a new line: "...September\n* Minutes of ...")
    r"[.!?](?:''|[\"'\u2019\u201d])*\s+(?=[A-Z\"'`(\u201c\u2018])|\n\s*\n|:[ \t]*\n\s*|"
    # (a log's next line, opened by an hour: "...\n11:48 p.m.: A boy was treated")
    r"[.!?](?:''|[\"'\u2019\u201d])*[ \t]*\n\s*(?=\d{1,2}[:.]\d\d\b)|"
    r"\n[ \t]*[*\u2022][ \t]+"
    # a listing's next entry, opened by its label: "...held Saturday, Oct. 26\nBriggs: Thursday"
    r"|(?<![,;])\n(?=[ \t]*[A-Z][\w.'&()-]*(?:[ \t][\w.'&()-]+){0,4}:[ \t])"
)
# A full stop ends a sentence unless it ends an abbreviation that runs on: a title ("Dr."), an
# initial ("James C. Kopp"), "vs.", "U.S.", a month or a US state ("Birmingham, Ala., killed").
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|St|Mt|Jr|Sr|vs|v|No|Jan|Feb|Mar|"
    r"Apr|Aug|Sept|Sep|Oct|Nov|Dec|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|"
    r"Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)|\b[A-Z]|"
    r"\b(?:[A-Z]\.)+[A-Z])$"
)
_MERIDIEM = re.compile(r"\b[ap]\.m$", re.IGNORECASE)
_ZONE_AFTER = re.compile(
    r"\(|(?:[ECMPA][SD]?T|GMT|UTC|BST|CET|CEST|EEST?|IST|JST|AEST|AEDT|Eastern|Central|Mountain|"
    r"Pacific|Atlantic|Greenwich|British|Moscow|Beijing|Tokyo)\b|"
    r"(?:[A-Z][a-z]+\s+){1,2}time\b"  # "at 5 p.m. New York time on Thursday"
)
_WINDOW = 150
_NEAR_WORDS = 6
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:when|if|because|while|after|before|until|as)\b", re.I)
_GOVERNS = re.compile(r"\s*(?:(?:in|on|at|by|from|until|since|through|during)\s+)?", re.IGNORECASE)


def _sentence_ends(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    return [
        end
        for end in _SENTENCE_END.finditer(text, lo, hi)
        if not (
            text[end.start()] == "."
            and (
                _ABBREVIATION.search(text, max(0, end.start() - 6), end.start())
                # "at 10 a.m. EDT (1400 GMT) on Friday": a zone after the hour, no new sentence
                or (
                    _MERIDIEM.search(text, max(0, end.start() - 4), end.start())
                    and _ZONE_AFTER.match(text, end.end())
                )
            )
        )
    ]


_AHEAD_WORDS = re.compile(
    r"\b(?:will|'ll|shall|expected|forecast|forecasting|scheduled|due|planned|plans|upcoming|"
    r"next|tomorrow|tonight)\b",
    re.IGNORECASE,
)
_BACK_WORDS = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|yesterday|last|[a-z]{3,}ed)\b", re.IGNORECASE
)


def looks_ahead(text: str) -> bool:
    """Whether the text's tense cues point ahead more often than back: a forecast, a preview, a
    timetable, where a weekday with no cue of its own is a coming one (a cheap count of the
    commonest cue words: it runs over the whole text)."""
    return len(_AHEAD_WORDS.findall(text)) > len(_BACK_WORDS.findall(text))


def sentence_break(text: str, lo: int, hi: int) -> bool:
    """Whether a sentence ends between ``lo`` and ``hi`` (also right before ``hi``)."""
    return bool(_ends_before(text, lo, hi))


def words_into_sentence(text: str, at: int) -> int:
    """How many words of its sentence come before ``at`` (up to a window's worth)."""
    lo = max(0, at - _WINDOW)
    ends = _ends_before(text, lo, at)
    start = ends[-1].end() if ends else lo
    before = text[start:at].split()
    return len(before) if ends or lo == 0 else max(len(before), _WINDOW)


def _ends_before(text: str, lo: int, at: int) -> list[re.Match[str]]:
    """Sentence ends between ``lo`` and ``at``, including one right before ``at`` (whose
    look-ahead needs the characters from ``at``: a capital, or a log line's "11:48")."""
    return [e for e in _sentence_ends(text, lo, min(len(text), at + 8)) if e.end() <= at]


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    ends = _ends_before(text, lo, start)
    if ends:
        lo = ends[-1].end()
    hi = min(len(text), end + _WINDOW)
    # (from the expression's own last full stop: "showers after 4 p.m. Last year's race was")
    after = _sentence_ends(text, end - 1 if text[end - 1 : end] == "." else end, hi)
    return lo, after[0].start() if after else hi


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around ``text[start:end]`` begins and ends (a window at most)."""
    return _clause_bounds(text, start, end)


def direction(text: str, start: int, end: int) -> Cue | None:
    """The tense cue nearest ``text[start:end]`` in its sentence, and the cue's words."""
    lo, hi = _clause_bounds(text, start, end)
    # searched up to the expression's end, so a cue's look-ahead can see the expression
    cues = [cue for cue in _CUE.finditer(text, lo, end) if cue.end() <= start]
    if cues and (saying := _PERFECT_SAYING.search(text, cues[-1].end(), start)) is not None:
        # "turned it down in October and has said for months that he wants to test the market in
        # July": what holds now, whatever the verbs before
        cues = [cue for cue in cues if cue.start() > saying.start()]
    while (
        cues
        and cues[-1].group("past")
        and _COORDINATED_PASSIVE.search(text, max(lo, cues[-1].start() - 40), cues[-1].start())
    ):
        cues.pop()  # "will be cleaned and conserved over the winter": the passive's second verb
    if (
        len(cues) > 1
        and cues[-1].group("past")
        and cues[-2].group("future")
        and _TO_HAVE_GAP.fullmatch(text, cues[-2].end(), cues[-1].start())
    ):
        cues.pop()  # "I'd hope to have it signed by Sunday": a perfect infinitive looks ahead
    if (
        len(cues) > 1
        and cues[-1].group("past")
        and cues[-2].group(0).lower() in {"will", "would", "'ll"}
        and _ONE_WORD_GAP.fullmatch(text, cues[-2].end(), cues[-1].start())
    ):
        cues.pop()  # "will pass unmarked on Sunday", "will remain closed": a complement
    # "A cheaper model is expected soon, Aldama said, but not before the summer": an attribution
    # set off by commas does not date the clause around it.
    while len(cues) > 1 and _is_attribution(text, cues[-1]):
        cues.pop()
    while cues and _in_a_closed_aside(text, cues[-1], start):
        # "reports results for its quarter, which ended Sept. 28, after the bell on Thursday":
        # the aside's verb dates the aside, not what follows it
        cues.pop()
    while (
        cues
        and cues[-1].group(0) == "left"
        and _COUNT_BEFORE.search(text, max(lo, cues[-1].start() - 30), cues[-1].start())
    ):
        cues.pop()  # "with six races left in the championship": what remains, no past
    while (
        cues
        and cues[-1].group("past")
        and cues[-1].group(0).lower().endswith("ed")
        and _KEEP_OBJECT_BEFORE.search(text, max(lo, cues[-1].start() - 40), cues[-1].start())
    ):
        cues.pop()  # "asked members to keep the line staffed through the weekend": a state kept
    while cues and _in_a_closed_quote(text, lo, cues[-1], start):
        cues.pop()  # "'Someone would ring and cancel,' she says, in her studio on Tuesday"
    if (
        len(cues) > 1
        and cues[-1].group(0).lower() in {"starting", "beginning"}
        and any(
            c.group("past")
            and not _PERFECT_BEFORE.search(text, max(0, c.start() - 6), c.start())
            and not _DECIDING.search(c.group(0))  # "declared three days of mourning, beginning"
            for c in cues[:-1]
        )
        and _AFTER_A_COMMA.search(text, max(lo, cues[-1].start() - 3), cues[-1].start())
    ):
        # "the jury deliberated for three days, starting on Tuesday afternoon": a participle of
        # the past clause it follows
        cues.pop()
    if (
        len(cues) > 1
        and cues[-1].group(0).lower() == "until"
        and _past_nearby(cues[-2], cues[-1])
        and not _reported_could(text, lo, cues[-2])
    ):
        cues.pop()  # "did not lose at home again until April 11": the verb's tense, not "until"
    if (
        len(cues) > 1
        and cues[-1].group(0).lower() == "until"
        and _UNTIL_AN_EVENT.fullmatch(text, cues[-1].end(), start)
    ):
        cues.pop()  # "did the crossword until her death on Tuesday": "until" governs the event
    if cues and cues[-1].group(0).lower() == "until":
        verb = _ACTIVE_PAST_BEFORE.search(text, max(lo, cues[-1].start() - 40), cues[-1].start())
        if verb is None:  # "We had the record in our sights until Wednesday night"
            verb = _HAD_BEFORE.search(text, max(lo, cues[-1].start() - 40), cues[-1].start())
        if verb is None:  # "We didn't see real numbers until Monday"
            verb = _DID_NOT_BEFORE.search(text, max(lo, cues[-1].start() - 40), cues[-1].start())
        if verb is None:  # "I was on the phone until 1 a.m. Saturday"
            verb = _WAS_BEFORE.search(text, max(lo, cues[-1].start() - 40), cues[-1].start())
        if verb is not None:  # "The fire burned until Saturday morning"
            return Cue(Direction.PAST, verb.group(1), False, True, False)
    if (
        cues
        and cues[-1].group(0).lower() == "since"
        and (
            _SINCE_A_DATE.match(text, cues[-1].end())
            or ((year := _SINCE_A_YEAR.match(text, cues[-1].end())) and year.end() <= start)
        )
    ):
        # "For the first time since 2012, Good Friday falls ...", "will begin their first
        # campaign since 1980-81 on 16-17 August": since's own date
        cues.pop()
    before = cues[-1] if cues else None
    if (
        before is not None
        and before.group("past")
        and _WHICH_PRESENT.search(text, before.end(), start)
    ):
        return None  # "rose for a third month, which points to more closings in May": now's
    if before is not None and before.group("past") and _PURPOSE.search(text, before.end(), start):
        before = None  # "held a week early so as not to clash with Easter": the purpose's time
    after = _CUE.search(text, end, hi)
    for _ in range(2):
        # "the state founded in 1949 will cease", "Wednesday, proclaimed the Day of German
        # Unity, will be": a participle with its own date, or in an aside, is not the verb
        if after is None or not after.group("past"):
            break
        own_date = _OWN_DATE_AFTER.match(text, after.end())
        aside = _OPENING.fullmatch(text, lo, start) and _PARTICIPLE_ASIDE.fullmatch(
            text, max(end, after.start() - 2), after.end()
        )
        closing = text.find(",", after.end(), hi) if aside else -1
        if not own_date and closing < 0:
            break
        later = _CUE.search(text, closing if closing >= 0 else after.end(), hi)
        if later is None or (closing < 0 and "," in text[after.end() : later.start()]):
            break  # ("Ash Wednesday fell on Feb. 18, and Pentecost will come in May")
        after = later
    if after is not None and after.group(0).lower() == "since":
        after = None  # "go to the polls Sunday in the first election since 1967": since's own date
    if before is None and after is not None and _SUBORDINATE.search(text, end, after.start()):
        after = None  # "sales jump 18 percent in March as spring selling season opens": its own
    if after is not None and _TABLE_GAP.search(text, end, after.start()):
        after = None  # a table's columns: "Oct 11      Close      One month"
    if after is not None and (
        ";" in text[end : after.start()]
        or (
            after.group("past")
            and _HEADLINE_COLON.search(text, end, after.start())
            and _headline_line(text, start)
        )
    ):
        after = None  # "Hottest July on record; no relief seen until mid-August": another clause
    if (
        before is None
        and after is not None
        and _AND_GAP.fullmatch(text, end, after.start())
        and _ED_VERB_BEFORE.search(text, max(lo, start - 24), start)
    ):
        after = None  # "Online voting opened Wednesday and closes at noon Monday": the next verb's
    if before is not None and after is not None and _overrides(text, start, end, before, after):
        before = None
    if before is not None and before.group("past") and ";" in text[before.end() : start]:
        before = None  # "what utility sought; public hearing set for Nov. 12": another clause
    if (
        before is not None
        and after is not None
        and before.group("past")
        and (
            _THAT_CLAUSE.search(text, before.end(), start)
            # "said last night that the town's fireworks on Friday would go ahead"
            or (
                _THAT_RIGHT_AFTER.fullmatch(text, before.end(), start)
                and _SAID_BEFORE.search(text, max(0, before.start() - 12), before.start())
            )
        )
        and not sentence_break(text, end, after.start())
    ):
        # "climbed Friday, as traders bet that OPEC ministers meeting on Sunday won't add": the
        # date is in the clause "that" opens, whose verb follows it
        before = None
    if before is not None and after is not None and _new_clause_between(text, before.end(), start):
        # "had been forced open, and on February 21 a third was damaged": the date's own clause
        before = None
    if (
        before is not None
        and after is not None
        and before.group(0).lower() in _SAYING
        and _POSSESSIVE_AFTER.match(text, end)
    ):
        before = None  # "the speaker said Thursday's session would run": said of that day's
    if (
        before is not None
        and after is not None
        and before.group(0).lower() in _SAYING
        and not text[before.end() : start].strip()
        and _NOUN_AFTER.fullmatch(text, end, after.start())
        and text[start:end].lower() not in WEEKDAYS  # ("said Sunday voters will": AP's day)
    ):
        before = None  # "Greer said Holy Week services will begin": the reported clause's verb
    match = before or after
    if match is None:
        return None
    # "a judge on Tuesday ordered the county to stop": what was ordered lies ahead of the order,
    # but the order itself is the date's verb
    ahead = match.group("future") and not (
        match is after
        # "on Tuesday ordered", "in December it asked": the date's own verb, just after it
        and _SUBJECT_GAP.fullmatch(text, end, match.start())
        and (match.group("directive") or _PAST_VERB_FIRST.match(match.group(0)))
    )
    kind = Direction.FUTURE if ahead else Direction.PAST
    gap = text[match.end() : start] if match.end() <= start else text[end : match.start()]
    near = len(gap.split()) <= _NEAR_WORDS and not _CLAUSE_BREAK.search(gap)
    governs = bool(_GOVERNS.fullmatch(gap)) or (
        # "In January, ..., a bombing killed a guard": a date opening the sentence dates its verb
        match is after and _OPENING.fullmatch(text, lo, start) is not None
    )
    return Cue(kind, " ".join(match.group(0).split()), governs, near, match is after)


_PERFECT_SAYING = re.compile(r"\b(?:has|have)\s+said\b[^.;]*?\bthat\b", re.IGNORECASE)
# a relative clause in the present after a comma: its own tense, not the main clause's
_WHICH_PRESENT = re.compile(
    r",\s+which\s+(?:also\s+|now\s+)?(?-i:(?!was\b|has\b|is\b)[a-z]{3,}(?<!s)s)\b", re.IGNORECASE
)
_ONE_WORD_GAP = re.compile(r"\s+(?:[a-z]+\s+)?")
_OWN_DATE_AFTER = re.compile(r"\s+(?:in|on)\s+(?:(?:1[6-9]|20)\d\d\b|[A-Z][a-z]{2,8}\.?\s+\d)")
_THAT_CLAUSE = re.compile(
    r"\b(?:bet|bets|say|says|said|expect|expects|fear|fears|hope|hopes)\s+that\s+[^,;]*$"
)
_THAT_RIGHT_AFTER = re.compile(r"\s+that\s+[^,;]*")
_SAID_BEFORE = re.compile(r"\b(?:said|says)\s+$")
# a headline's colon: "Holi on Friday: 6,000 police on duty, dry day declared"
_HEADLINE_COLON = re.compile(r":[ \t]")
_HEADLINE_MAX = 100


def _headline_line(text: str, at: int) -> bool:
    """Whether ``at`` is on a short line that is no sentence: a headline."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : len(text) if end < 0 else end].rstrip()
    return len(line) <= _HEADLINE_MAX and not line.endswith((".", "!", "?", '"', "\u201d"))


_TABLE_GAP = re.compile(r"[ ]{3}|\t")
_PURPOSE = re.compile(r"\b(?:so\s+as|in\s+order)\s+(?:not\s+)?to\s+[a-z]+\b", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:as|while|whereas|although|though|because)\s", re.IGNORECASE)
_AFTER_A_COMMA = re.compile(r",\s*$")
_SAYING = frozenset({"said", "says", "told", "announced", "added"})
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\s")
# a noun or two after an expression, then its clause's verb: "Holy Week services will begin"
_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:the|a|an|that|this|it|he|she|they|we|i|his|her|its|their|and|or|but)\b)"
    r"[a-z]+(?:[ \t]+[a-z]+)?[ \t]+"
)
_AND_GAP = re.compile(r",?\s+(?:and|but)\s+")
_ED_VERB_BEFORE = re.compile(r"\b[a-z]{3,}ed\s+(?:on\s+)?$")
_SUBJECT_GAP = re.compile(r"\s*(?:(?:it|he|she|they|we)\s+)?")
_CLAUSE_WORD = re.compile(r"\b(?!(?:on|at|in|from|by|the|until|to|and)\b)[a-z]{3,}\b")
_DECIDING = re.compile(
    r"\b(?:declared|announced|ordered|called|set|scheduled|planned|proclaimed|approved|agreed|"
    r"decided|unveiled|launched)\b",
    re.IGNORECASE,
)
_TO_HAVE_GAP = re.compile(
    r"\s+(?:to\s+)?have\s+(?:(?:it|them|this|that|all|everything)\s+)?", re.IGNORECASE
)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|'ve)\s+$", re.IGNORECASE)
_ASIDE_OPEN = re.compile(r",\s+(?:which|whose|who)\b", re.IGNORECASE)
_PARTICIPLE_ASIDE = re.compile(r",\s(?-i:[a-z]{3,}ed)\b")  # ("The outlook, issued late last week,")


_KEEP_OBJECT_BEFORE = re.compile(
    r"\b(?:keep|keeps|keeping|leave|leaves|leaving)\s+(?:(?:the|its|their|his|her|our|it|them)\s+)?"
    r"(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_COUNT_BEFORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|no)\s+"
    r"(?:[a-z]+\s+)?[a-z]+s\s+$"
    # "Parliament now has a fortnight left before it rises": a time still to run
    r"|\b(?:a|an|one)\s+(?:full\s+|short\s+|bare\s+)?"
    r"(?:fortnight|week|month|day|year|hour|minute|session)\s+$",
    re.IGNORECASE,
)


def _in_a_closed_quote(text: str, lo: int, cue: re.Match[str], start: int) -> bool:
    """Whether ``cue`` lies inside a quotation that closes before ``start``."""
    before = text[lo : cue.start()]
    opened = before.count('"') % 2 == 1 or before.rfind("\u201c") > before.rfind("\u201d")
    return opened and re.search(r"[\"\u201d]", text[cue.end() : start]) is not None


def _in_a_closed_aside(text: str, cue: re.Match[str], start: int) -> bool:
    """Whether ``cue`` lies in a ", which ...," or ", issued ...," aside that closes before
    ``start`` (the participle may be the cue itself)."""
    found = list(_ASIDE_OPEN.finditer(text, max(0, cue.start() - 60), cue.start()))
    opened = found[-1] if found else None
    if opened is None:  # (not the main verb after an aside: "regulators, who began it in
        # August, opened a review on Wednesday")
        found = list(_PARTICIPLE_ASIDE.finditer(text, max(0, cue.start() - 60), cue.end()))
        opened = found[-1] if found else None
    if opened is None or "," in text[opened.end() : cue.start()]:
        return False  # the aside closed before the cue ("..., who began it in August, opened")
    closing = text.find(",", cue.end(), start)
    # the main clause goes on after it ("which ended Sept. 28, after the bell on Thursday"), not
    # the aside's own date ("which will broadcast it on Sunday, October 18, from 8 p.m.")
    return closing >= 0 and _CLAUSE_WORD.search(text, closing + 1, start) is not None


# A simple past verb just before "until" ("burned until", "waited until", "stayed open until"),
# not a passive or a state ("were suspended until", "is closed until", "will stay until")
_ACTIVE_PAST_BEFORE = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bis\s)"
    r"(?<!\bare\s)(?<!\bbe\s)(?<!\bbeing\s)(?<!\bstay\s)(?<!\bstays\s)(?<!\bremain\s)"
    r"(?<!\bremains\s)(?<!\bget\s)(?<!\bgets\s)(?<!\bkeep\s)(?<!\bkeeps\s)\b((?!un)[a-z]+ed|ran|went|kept|stayed|lay|sat|stood|held|fought|slept|"
    r"flew|drove|rode|swam|burnt|dug|fell|rose|blew|shone|took|said|heard)"
    # ("it took them until July", "said nothing more until Nov. 6")
    r"(?:\s+(?:open|closed|shut|on|off|up|out|there|here|home|awake|un[a-z]+ed|me|him|her|us|them|"
    r"nothing(?:\s+(?:more|else))?|"
    # ("thick smoke drove them back until Wednesday")
    r"(?:me|him|her|us|them|it)\s+(?:back|away|off|out|in|up)|"
    r"offline|online|dark|down|empty|idle|silent|quiet|inside|indoors|away|asleep|afloat|"
    # ("the province closed the pass until April 15")
    r"out\s+of\s+\w+|the\s+(?:pass|road|roads|highway|bridge|line|border|park|site|school|"
    r"schools|plant|airport|port|store|shop|office|museum|beach|track|route|tunnel|mine)))?\s+$"
)


_UNTIL_AN_EVENT = re.compile(r"\s+(?:his|her|their|its|the)\s+[a-z]+\s+(?:on|in)\s+", re.I)
_HAD_BEFORE = re.compile(
    r"\b(had)\s+(?!been\s+(?:due|expected|scheduled|set|slated)\b)(?:[\w'-]+\s+){0,5}$", re.I
)


_WAS_BEFORE = re.compile(  # (not "was expected to stay until Friday": the future in the past)
    r"\b(was|were)\s+(?:(?!(?:expected|due|scheduled|set|to|going|supposed|likely|told|asked|"
    r"ordered|allowed|given|forecast|predicted|projected|planned|unlikely|will|would|can|may|"
    r"is|are)\b)[\w'-]+\s+){1,7}$",  # ("was banned from 6 pm on Saturday until 6 pm on Sunday")
    re.I,
)
_DID_NOT_BEFORE = re.compile(
    r"\b(did\s+not|didn['\u2019]t|was\s+not|wasn['\u2019]t|were\s+not|weren['\u2019]t)\s+"
    r"(?:(?!(?:would|will|could|might|should|can)\b)[\w'-]+\s+){0,5}$",  # (not "didn't think
    re.I,  # he would be fit until March": the future in the past)
)
_SINCE_A_DATE = re.compile(
    r"\s+[^,.;]{0,16}\d[^,.;]{0,8},"
    # "their biggest rush since Valentine's Day, with Mother's Day tomorrow": a holiday's name
    r"|\s+(?:(?-i:[A-Z])[\w'\u2019]+\s+){1,3}(?:Day|Eve)\b(?:\s+\d{4})?,"
)
_SINCE_A_YEAR = re.compile(r"\s+(?:1[6-9]|20)\d\d(?:[-/\u2013]\d\d(?:\d\d)?)?s?\b")
_OPENING = re.compile(r"[\s\"'`(]*(?:(?:in|on|at|by|during|since)\s+)?", re.IGNORECASE)


# A coordinated clause begins: the tense before it is another clause's.
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s*", re.I)


# "the court on Wednesday adjourned till March 14": a past verb right after the date is its own
_PAST_VERB_FIRST = re.compile(r"[a-z]+ed\b", re.IGNORECASE)


def _new_clause_between(text: str, lo: int, hi: int) -> bool:
    return _NEW_CLAUSE.search(text, lo, hi) is not None


_ATTRIBUTION_BEFORE = re.compile(r",\s+(?:[A-Z][\w.'-]*\s+){1,3}$|,\s+(?:he|she|they|it)\s+$")


_REPORTED = re.compile(r"\b(?:said|told|warned|added|announced|insisted)\b", re.IGNORECASE)


def _reported_could(text: str, lo: int, cue: re.Match[str]) -> bool:
    """ "engineers said the work could not wait until the spring": a reported "cannot", not a
    past "could not", so "until" keeps looking ahead."""
    return cue.group(0).lower().startswith("could") and bool(
        _REPORTED.search(text, lo, cue.start())
    )


def _past_nearby(cue: re.Match[str], until: re.Match[str]) -> bool:
    """Whether ``cue`` is a past cue a few words before "until", in the same clause."""
    gap = cue.string[cue.end() : until.start()]
    before = cue.string[max(0, cue.start() - 10) : cue.start()]
    negated = (
        re.match(r"\s*(?:not|n't|never)\b", gap)
        or cue.group(0).lower().endswith(("n't", " not"))
        or re.search(r"(?:\bnot|\bnever|n't)\s+$", before)  # "was not settled until January"
    )
    return (
        bool(cue.group("past") and negated)
        and len(gap.split()) <= 6
        and not re.search(r"[,;]", gap)
    )


def _is_attribution(text: str, cue: re.Match[str]) -> bool:
    """Whether ``cue`` is the verb of a parenthetical ", Aldama said," or ", she said,"."""
    if cue.group(0).lower() not in {"said", "says", "told"} or not text.startswith(",", cue.end()):
        return False
    return bool(_ATTRIBUTION_BEFORE.search(text, max(0, cue.start() - 40), cue.start()))


# "a hotline opened on Sunday would close": after a preposition the date belongs to what precedes
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|by|since|from|until|in|at)\s+$", re.IGNORECASE)


_CONDITION = re.compile(r"on\s+condition|provided|providing|unless|as\s+long\s+as", re.I)


# the subject of a verb to come: "a 24-hour stoppage on"
_NOUN_ON_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+){1,3}on\s+$", re.I)


def _overrides(
    text: str, start: int, end: int, before: re.Match[str], after: re.Match[str]
) -> bool:
    """Whether the cue after the expression, not the one before it, sets its tense."""
    if before.group(0).lower().startswith(("forecast", "weather")):
        return False  # "forecasts of heat over the Fourth of July weekend revived fears"
    if (
        not text[end : after.start()].strip(" \t\n")
        and before.end() < start - 1
        and not _PREPOSITION_BEFORE.search(text, max(0, start - 8), start)
        # not "approved the deal Friday on condition that it sell two plants": a condition
        and not _CONDITION.match(after.group(0))
    ):
        return True  # "a federal court Thursday refused": the verb right after is its own
    if (
        not text[end : after.start()].strip(" \t")
        and after.group("past")
        and _NOUN_ON_BEFORE.search(text, max(before.end(), start - 50), start)
    ):
        return True  # "will be the second walkout, after a stoppage on Monday closed 31 stations"
    # "Until Thursday, they had not called him a suspect" (an "until" that opens its clause)
    window = text[max(0, before.start() - 12) : before.start()]  # a few characters: linear time
    lead = re.sub(r"\b[Uu]p$", "", window.rstrip()).rstrip()  # "Up until"
    opens = lead[-1:] in {"", ".", ",", ";", ":", "\n", '"', "'"}
    return (
        before.group(0).lower() == "until"
        and opens
        and bool(after.group("past") or after.group("perfect"))
    )
