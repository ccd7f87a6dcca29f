"""The word lists and regular expressions the label rules read a clause with.

``MARK`` stands where a date phrase was, so the rules can see which part of a clause held it.
"""

from __future__ import annotations

import re

MARK = "\x00"  # where the date phrase was; lets later steps see which comma segment held it

# Words that belong to the date phrase when written just before it: "late on Sunday".
_LEAD_WORDS = (
    r"(?:\b(?:also|late|early|later|earlier|most|shortly|just|soon|only|on|in|at|during|by|from|"
    r"until|till|since|of|"
    r"as of|before|after|over|for|to|throughout|through|around|within|into|about|nearly|almost|"
    r"roughly|some|approximately|no\s+(?:later|earlier|sooner)\s+than|"
    r"as\s+(?:early|late|recently|soon)\s+as)\s+)"
)
DATE_LEAD = re.compile(rf"{_LEAD_WORDS}+$", re.IGNORECASE)
# The same, with the part of a day the date names: "on the night of 15 February, 11 people died"
# (only when words follow: "in the early hours of 2 April" alone is all the clause says)
DATE_LEAD_WIDE = re.compile(
    rf"{_LEAD_WORDS}*(?:the\s+)?(?:night|evening|morning|afternoon|eve|early\s+hours|"
    r"small\s+hours)\s+of\s+$",
    re.IGNORECASE,
)
SINCE = re.compile(r"since\s+", re.IGNORECASE)
# "HALVERSTON - ", "WASHINGTON _ ", "CANBERRA, Australia (AP)_ "
DATELINE = re.compile(  # also "HALLORAN, Ore., Feb. 4, 2026 /Keystone Newswire/ -- "
    r"^[A-Z][A-Z .'’-]{2,}(?:,\s+(?:[A-Z][\w .]{1,30}?|\d{4}|\x00)){0,3}"
    r"(?:\s*\([A-Za-z][\w .]{0,30}\)|\s*/[A-Za-z][\w .]{0,40}/)?"
    r"\s*[-–—_]+\s*"
)
_SAY = r"(?:said|says|told|added|announced|reported|wrote|noted|explained|confirmed|warned)"
ATTRIBUTION_TAIL = re.compile(
    rf",[\"”’']?\s*(?:(?:[\w'’.\-]+\s+){{0,6}}{_SAY}\b|according to\b).*$", re.IGNORECASE
)
ATTRIBUTION_HEAD = re.compile(
    rf"^[^\x00\"“`]{{1,80}}?\s{_SAY}"
    r"(?:\s+(?:here|there|today|yesterday|again|also|later|earlier|publicly|privately|on))?"
    r"(?:\s*\x00)?\s+(?:that\s+)?"
)
# "said in a statement", "said at a news conference": where it was said, which a label can lose
WHERE_SAID = re.compile(
    rf"\b(?:has\s+|have\s+|had\s+)?({_SAY})\s+(?:in|at|on)\s+(?:a|an|the|its|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,2}?"
    r"(?:statement|interview|letter|news\s+conference|press\s+conference|briefing|speech|"
    r"e-?mail|post)\b|\b(?:has|have|had)\s+(said|told)\b"  # "has said": said
)
ATTRIBUTION_INSIDE = re.compile(rf",\s+(?:[\w'’.\-]+\s+){{0,5}}{_SAY},")
LEADING_SETTING = re.compile(
    r"^(?:under|in|at|for|with|despite|amid|following|according to)\s[^,]{1,60},\s+",
    re.IGNORECASE,
)
SENTENCE_ADVERB = re.compile(
    r"^(?:[A-Z][a-z]+ly|However|Meanwhile|Separately|Still|Moreover|Nevertheless|Instead|"
    r"Elsewhere|Yet|Indeed|In addition|Besides|Finally|Now|Also|Earlier|Later|Then|Otherwise|"
    r"Nonetheless|In fact|In turn|Overall|Likewise|Similarly|Again)(?:\s*\x00)?,\s+"
)
LEADING_PARTICIPLE = re.compile(
    r"^(?:ending|marking|following|prompting|sparking|bringing|capping|leaving)\s+", re.IGNORECASE
)
NAME_WHO = re.compile(
    r"((?:[A-Z][\w'’-]+\s+){1,3}(?:[A-Z][\w'’-]+|\d+)),\s+(?:who|which)\s+([^,]*\x00[^,]*)$"
)
# "Bredal, 44, whose Homeland Movement was founded only in March 2021,": the movement's fact
NAME_WHOSE = re.compile(r"^([^,]*),\s+(?:\d{1,3},\s+)?whose\s+([^,]*\x00)")
_AUXILIARIES = (
    r"will|would|was|were|is|are|had|has|have|did|does|do|could|should|can|may|might|must"
)
AUXILIARY = re.compile(rf"\b(?:{_AUXILIARIES})\b")
VERB = re.compile(rf"\b(?:{_AUXILIARIES}|said|says|\w+ed)\b")
# "could restrict boats if the autumn turned out dry": the date sits in the condition.
CONDITION_WITH_DATE = re.compile(r"\s+(?:if|unless)\s[^,]*\x00.*$")
# "prices had risen since the first design was presented two years ago": the date is the design's.
SINCE_WITH_DATE = re.compile(r"\ssince\s+((?:the|a|an|its|their|his|her)\s[^,\x00]*\x00[^,]*)$")
AND_VERB_PHRASE = re.compile(r"\s+and\s+(?!(?:the|a|an|its|their|his|her|\d)\b)[a-z]+\s.*$")
LEADING_FILLER = re.compile(  # not the pronoun of "That's the news"
    r"^(?:(?:and|but|also|then|so|while|meanwhile|that|which|where|when)\b(?!['\u2019]s\b)[\s,]*)+",
    re.IGNORECASE,
)
# a transcript's speaker: "TOM REYES: The end came", "OYELARAN: Good evening"
SPEAKER = re.compile(
    r"^(?:[A-Z][A-Z.'\u2019-]+\s+){0,3}[A-Z][A-Z.'\u2019-]+(?:,\s+[a-z][a-z ]{0,30})?:\s+"
    r"(?:[A-Z][a-z]+,\s+)?"  # "TOM REYES, correspondent: Margaret, the end came"
)
# "shortly after the shift went down": the degree adverb goes with its clause
_DEGREE = r"(?:(?:shortly|soon|just|right|long|immediately)\s+)?"
SUBORDINATE = re.compile(
    rf"(?:,\s+{_DEGREE}(?:after|when|as|because|while|and|but|which|who|although|though|where|before|"
    r"compared|or|up|down|including|excluding|from|citing|saying|adding|noting|in\s+response|"
    r"despite|amid|even|unless|until|so|thus|subject\s+to|[a-z]+ing)\b|;)[^\x00]*$"
)
NONRESTRICTIVE = re.compile(
    r",\s+(?:which|who|whose|where)\b[^,\x00]*,(?=\s+(?:[a-z]+ed|[a-z]+s|will|would|was|were|is|are|"
    r"had|has|have|can|could|may|might|must|should|did|does|do|also|still|now|then|never|not|"
    r"already|later|recently)\b)"
)
NONRESTRICTIVE_END = re.compile(r",\s+(?:which|who|whose|where)\b[^\x00]*$")
RELATIVE = re.compile(
    r"\s+(?:that|which|who)\s+(?:had|has|have|was|were|is|are|will|would)\b[^\x00]*$"
)
LOOSE_SUBORDINATE = re.compile(
    rf",?\s+{_DEGREE}(?:(?:after|because|although|while|as)\s+(?:the|a|an|its|their)\b|when|if|until|"
    r"because|although|whereas)\s[^\x00]*$"
)
PARENTHESES = re.compile(
    r"\s*(?:\([^()\x00]*\)|\s_\s[^_\x00]*\s_(?=\s)|-{2,}(?:(?!-{2})[^\x00])*?(?:-{2,}|$)|"
    r"\[[^\]\x00]*\])"
)
# ", 54," / ", a former minister," / ", formerly its chairman," after a name or noun
APPOSITIVE = re.compile(
    r"(?<=[\w.]),\s+(?:\d{1,3}|(?:a|an|the|formerly|now|its|his|her|their)\s[^,;\x00\"`]{1,70}?),"
    r"\s+(?=[a-z])(?![a-z]+ing\b)"
)
TAIL_CLAUSE = re.compile(r"\b(?:who|which|that|when|after|before|adding|because)\b")
# ", Gremitskikh said at a regular news briefing [today]": who said it, where and when only
PLAIN_ATTRIBUTION = re.compile(
    r",[\"”’']*\s*(?:(?:[\w'’.\-]+\s+){0,6}?(?:said|says|told reporters|added|wrote)"
    r"(?:\s+(?:[\w'’.\-]+|\x00)){0,8}|according\s+to\s+(?:[\w'’.\-]+\s+){0,6}?"
    r"(?:published|released|issued|compiled|seen|obtained)\s*\x00)[\s.;:!?\"”’']*$"
)
# "Mr. LaMothe, Kellogg's chairman and chief executive, forecast": the name and its verb
NAME_APPOSITIVE = re.compile(
    r"^(?!(?:The|A|An)\s)((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*),\s+"
    r"([^,\x00]{0,40}\b[a-z]{3,}\b[^,\x00]{0,40}?),\s+(?=[a-z])"
)
LIST_END = re.compile(r"\b(?:and|or)\s+(?:the\s+)?[A-Z]")
# ", after a 16-hour flight," / ", wondering how the gunman escaped," before the verb
ASIDE = re.compile(
    r",\s+(?:(?:after|before|despite|amid|during|unlike|like|including|according\s+to)\s"
    r"[^,\x00]{1,60}|[a-z]+ing\s[^,\x00]{1,80}),\s+(?=(?:is|are|was|were|has|have|had|will|"
    r"would|can|could|may|might|must|should|[a-z]+ed|[a-z]+s)\b)"
)
# "The Van Nuys, Calif., thrift" / "The Fairfield, N.J., company"
STATE = re.compile(
    r",\s+(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+)?(?:[A-Z][a-z]{1,5}\.|[A-Z]\.\s?[A-Z]\.),(?=\s+[a-z])"
)
_HOME = r"of\s+[A-Z][^,\x00]{1,30}(?:,\s+[A-Z][\w. ]{1,20})?"
AGE_OR_HOME = re.compile(rf",\s+(?:\d{{1,3}}(?: years old)?(?:,\s+{_HOME})?|{_HOME}),(?=\s)")
# "After talks collapsed, " / "In a statement, " / "Actually, " before the subject
LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:after|when|although|though|while|as|because|since|if|before|once|despite|amid|"
    r"following|in|on|at|for|with|under|by|through|during|from|among|unlike|like|besides|"
    r"instead\s+of|in\s+addition|however|meanwhile|moreover|still|yet|now|also|actually|indeed|"
    r"separately|elsewhere|earlier|later|today|thus)\b|[A-Za-z]+ly\b|[A-Z][a-z]+ing\b|"
    r"[A-Z][a-z]+ed\s+(?=[a-z]))"
    r"[^,\x00]{0,120},\s+",
    re.IGNORECASE,
)
DATED_SUBORDINATE = re.compile(
    r"(?:,?\s+(?:because|after|although|though|before|until|once|whereas)|,\s+(?:and|but|where))\s+"
    r"([^\x00]*\x00.*)$"
)
# "perished when their boat sank in late November": the main clause happened then too
SIMULTANEOUS = re.compile(r"(?:,?\s+(?:when|while)|,\s+as)\s.*$")
VERB_OR_ADVERB = re.compile(r"\s*(?:[a-z]+ly\b|[a-z]+ed\b|[a-z]+s\b|took|said|will|would|was|had)")
_COMPLEMENT_VERB = (
    r"(?:complained|complain|complains|believes?|believed|argued?|argues|estimated?|estimates|"
    r"predicted|predicts?|expects?|expected|insisted|insists?|acknowledged|denied|denies|"
    r"stated|claimed|claims|suggested|indicated|disclosed|revealed|admitted|feared|fears|hoped|"
    r"hopes|thinks?|thought|agreed|concluded|found|learned|ruled|showed|shows|announced|said|says|"
    r"reported|warned|noted|added|confirmed|told\s+\w+(?:\s+\w+)?)"
)
COMPLEMENT_HEAD = re.compile(
    r"^(?!(?i:(?:ever\s+|even\s+)?(?:since|after|when|while|although|though|because|if|as|before|once|"
    r"until|unless))\b)"
    rf"[^\x00\"“`]{{1,90}}?\s{_COMPLEMENT_VERB}(?:\s+[^\s\x00]+){{0,4}}?(?:\s*\x00)?\s+that\s+"
)
_TITLE_WORDS = (
    r"(?:Secretary|Director|Minister|President|Chairman|Chairwoman|Chief|Executive|Officer|"
    r"Spokesman|Spokeswoman|Senator|Sen\.|Rep\.|Gov\.|Governor|Judge|Justice|Ambassador|Commander|"
    r"General|Gen\.|Colonel|Col\.|Lieutenant|Lt\.|Admiral|Adm\.|Mayor|Premier|Leader|Envoy|"
    r"Attorney|Prosecutor|Commissioner|Administrator|Dr\.|Sgt\.|Capt\.|Captain)"
)
TITLED_NAME = re.compile(
    rf"^(?:[A-Z][\w.'’-]*\s+){{0,4}}?{_TITLE_WORDS}\s+(?:(?:of|for)\s+(?:the\s+)?[A-Z]\w+\s+)?"
    r"(?=(?:[A-Z][\w'’-]+\s+(?:[A-Z]\.\s+)?)?[A-Z][\w'’-]+\s+(?:\x00\s*)?[a-z])"
)
INFINITIVE = re.compile(r"\s+to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these)\b)[a-z]")
DANGLING = re.compile(
    r"(?:,?\s+(?:soon|shortly|just|only|even|long|well|right|and|or|but|since|as|when|after|"
    r"before|until|than|that|to|of|in|on|at|for|by|from|with))+$"
)
CLAUSE_OPENING = re.compile(
    r"\s+(?:and|but|or|after|before|because|when|while|until|since|as|that|which|who)\s+"
    r"(?:[a-z]+ly\s+)?(?:[a-z]+ed|they|he|she|it|we)\b"
)
OBJECT_START = re.compile(r"\s(?=[A-Z0-9$]|(?:the|a|an)\s)")
NAME_OF = re.compile(r"\s+(?:of|at|in|from)\s+[A-Z]")
QUANTITY = re.compile(
    r"(?:\d%?|percent|part|one|two|three|some|most|all|each|many|none|much|half|rest|number|lot|"
    r"share|stake|majority|consisting|made up|worth|tens|hundreds|thousands|millions|billions|"
    r"dozens|scores|more|less|fewer|group|team|member|members|unit|panel)$"
)
# Irregular past tenses news uses most, for the rules that must see a verb.
_IRREGULAR_PAST = (
    r"took|made|met|began|went|came|gave|got|left|lost|won|rose|fell|held|paid|sold|bought|"
    r"built|brought|found|kept|told|thought|ran|saw|became|struck|sought|fought|spent|sent|drew|"
    r"grew|knew|wrote|stood|broke|chose"
)
PAST = re.compile(rf"\b(?:{_IRREGULAR_PAST})\b")
# The same, with the verbs that look like a present or a noun ("set", "cut", "plans") besides.
ANY_VERB = re.compile(
    rf"{VERB.pattern}|\b(?:{_IRREGULAR_PAST}|led|set|put|forecast|hit|cut|quit|shot|agreed|"
    r"plans?|wants?|seeks?)\b"
)
# A word that may be a verb, for the tests that only need to know whether one is there: the
# patterns above, infinitives ("to earn") and common bare verbs ("Gates open").
MAYBE_VERB = re.compile(
    rf"{ANY_VERB.pattern}|\bto\s+(?!the\b|a\b|an\b)[a-z]+\b|"
    r"\b(?:open|close|begin|end|start|run|say|go|come|meet|face|need|want|plan|take|make|stay|"
    r"remain|expect|hope|rise|fall|vote|win|lose|pay|sell|buy|play|return|resume|reopen|follow|"
    r"continue|last|arrive|leave|sit|stand|hold|keep|show|stop|move|work|live|die|bid|spend|seek|"
    r"give|get|see|know|think|believe|earn|expect)\b"
)
PHRASE_START = re.compile(
    r"\s+(?=(?:to|in|at|on|for|from|with|by|into|over|under|during|through|near|against|about|"
    r"of|aboard|along|around|behind|beyond|throughout|until|upon|onto|off|per|amid|after|before|"
    r"since|as|toward|towards|across|between|among|within|without|including|and|or|but|that|which|"
    r"who|while|because|than|outside|inside|despite|following|via)\s)"
)
TRAILING_PLACE = re.compile(  # not the place "was in the courtroom" is about
    r"(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)(?<!\bbe)(?<!\bbeen)"
    r"\s+(?:in|at|near|outside|inside|on)\s+(?:(?:the|a|an|its|their)\s+|(?=[A-Z]))"
    r"(?:[\w'’-]+\s*){1,6}$"
)
PURPOSE = re.compile(
    r"\s+to\s+(?:press|seek|discuss|push|ask|demand|call|try|protest|mark|help)\b.*$"
)
TITLE_BEFORE_NAME = re.compile(r"^[^,]+,\s+((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+),\s+")
SUBJECT_PLACE = re.compile(
    r"^((?:\S+\s+){0,3}?\S+)\s+(?:at|in|from|of)\s+(?:the\s+)?(?:\S+\s+){0,5}?"
    r"(?=(?:\w+ed|said|met|began|was|were|is|are|will|would|has|have|had)\b)"
)
# Subject and verb at the start of a label: two or three words before a preposition or number.
GAPPED_HEAD = re.compile(r"^((?:[\w'’-]+\s+){1,2}[\w'’-]+)\s+(?:by|to|from|of|in|on|at|for|\d)")
GAPPED_CLAUSE = re.compile(
    r"^\W*(?:and|but)\s+(?:then\s+)?(?:a\s+further|another|an\s+additional|a|an|\d)\b"
)
ONLY_ATTRIBUTION = re.compile(  # not the passive "The winners will be announced"
    rf"^([^,]{{2,50}}?)(?<!\bbe)(?<!\bbeen)(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)"
    rf"\s+(?:{_SAY}|told reporters)$"
)
ARTICLES = frozenset({"The", "A", "An"})
ARTICLE = re.compile(r"\b(?:the|a|an)\s+", re.IGNORECASE)

# "UniFirst reported that net income rose": whose income is the news; "officials said as dawn
# broke": "as dawn broke" is no reported clause.
PRONOUN = re.compile(r"(?:it|they|he|she|we|you|i)\b", re.IGNORECASE)
KEEP_REPORTER = re.compile(
    r"\x00?\s*(?:(?:third|fourth|first|second)-(?:quarter|period)\s+)?(?:net|profit|revenue|sales|earnings|"
    r"income|operating|pretax|as|when|of|about|against|on|to|for|with|at|from|into)\b",
    # "warned of", "spoke about", "wrote to him about missing fire doors"
    re.IGNORECASE,
)

# "a loss for its [third quarter]," / "sales in the [first half]": words left without their noun;
# "postponed twice, most recently in [February],": the last occasion goes with its date
STRANDED = re.compile(
    r"(?:,\s+most\s+recently\b|(?:\s+(?:for|in|on|at|of|by|during|than|from|to|until|through|its|"
    r"their|his|her|our|the|a|an))+)"  # not "this": "first heard about this [in November]"
    r"\s*\x00(?=\s*(?:[,;.]|$|of\b))"
)
MID_ADVERB = re.compile(
    r",\s+(?:however|meanwhile|moreover|though|too|also|in fact|of course|for example|"
    r"for instance|nevertheless|therefore|in turn|in addition),(?=\s)"
)
SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:!?])")
DOUBLE_COMMA = re.compile(r",\s*,")
