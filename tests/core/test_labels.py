"""Labels read like a headline: who did what, no date phrase, no attribution, at most 60 chars."""

from __future__ import annotations

import pytest

from timeline_app.core.clauses import clause_text
from timeline_app.core.labels import (
    LABEL_MAX,
    gapped_label,
    lends_its_subject,
    make_label,
    subject_of,
)
from timeline_app.core.models import Span

CASES = [
    # (clause, date phrase, expected label)
    ("The next meeting is on January 28.", "January 28", "The next meeting"),
    # a possessive date before a noun phrase with a number gives way to "the"
    (
        "The death toll from Tuesday's magnitude 7.1 earthquake rose to 143.",
        "Tuesday",
        "The death toll from the magnitude 7.1 earthquake rose to 143",
    ),
    # a date that is the clause's subject stays: the label would start with a bare verb
    ("2019 was a record year for the port.", "2019", "2019 was a record year for the port"),
    ('"Fiscal 2020 is a show-me year," he said.', "Fiscal 2020", "Fiscal 2020 is a show-me year"),
    (
        "The walkout began on Saturday, March 4, when talks collapsed.",
        "Saturday, March 4",
        "The walkout began when talks collapsed",
    ),
    (
        'Opening night, Thursday, October 8, belongs to "The Salt Road".',
        "Thursday, October 8",
        'Opening night belongs to "The Salt Road"',
    ),
    (
        'The union has warned of "rolling action every weekend" until the end of February if '
        "no deal is reached.",
        "the end of February",
        'The union has warned of "rolling action every weekend"',
    ),
    (
        "But the direction since the summer has been clear.",
        "the summer",
        "The direction since the summer has been clear",
    ),
    (
        "The find was announced on Monday (0940 GMT), almost seven weeks after the theft.",
        "0940 GMT",
        "The find was announced on Monday",
    ),
    (
        "TOM REYES, correspondent: Margaret, the end came at about 7:30 this morning.",
        "about 7:30 this morning",
        "The end came",
    ),
    ("That's the news for this Sunday evening.", "this Sunday evening", "That's the news"),
    (
        "HALVERSTON - Dock workers at the port of Halverston voted on Monday to end a nine-day "
        "strike that had left more than 40 container ships waiting offshore, after the port "
        "authority agreed to a two-year pay deal brokered by the regional labour mediator.",
        "Monday",
        "Dock workers voted to end a nine-day strike",
    ),
    (
        "On Monday, dock workers at the port of Halverston voted to end a nine-day strike after "
        "the port authority agreed to a two-year pay deal.",
        "On Monday",
        "Dock workers voted to end a nine-day strike",
    ),
    (
        "The walkout began on Saturday, March 4, when talks over a new contract collapsed in the "
        "early hours of the morning.",
        "Saturday, March 4",
        "The walkout began",
    ),
    (
        "Union leaders said the authority's offer of a 3 per cent raise, first tabled last month, "
        "did not keep pace with inflation.",
        "last month",
        "The authority's offer of a 3 per cent raise first tabled",
    ),
    ("and a draft agreement was signed late on Sunday.", "Sunday", "A draft agreement was signed"),
    (
        "The port's chief executive, Anders Voll, said the first ships would be brought alongside "
        "later Monday",
        "Monday",
        "The first ships would be brought alongside",
    ),
    (
        "and that normal operations were expected to resume on Wednesday.",
        "Wednesday",
        "Normal operations were expected to resume",
    ),
    (
        "The union's general secretary, Ruth Caldera, is due to meet the transport minister on "
        "Thursday to press for a national review of port staffing.",
        "Thursday",
        "Ruth Caldera is due to meet the transport minister",
    ),
    (
        "The ministry will publish the figures on Tuesday, the ministry said.",
        "Tuesday",
        "The ministry will publish the figures",
    ),
    (
        "Also on Monday, the city council voted to close the bridge, a spokesman told reporters.",
        "Monday",
        "The city council voted to close the bridge",
    ),
    (
        "Negotiators met again this weekend at the mediator's office in the old customs house",
        "this weekend",
        "Negotiators met again at the mediator's office",
    ),
    (
        "The mediator's office said a formal signing ceremony\nwould be held next week.",
        "next week",
        "A formal signing ceremony would be held",
    ),
    (
        "Prices rose 4 per cent in 2022, according to the statistics office.",
        "2022",
        "Prices rose 4 per cent",
    ),
    (
        "Under the deal, wages rise by 5 per cent this year",
        "this year",
        "Wages rise by 5 per cent",
    ),
    (
        '"It will take us the rest of the week to clear the backlog," he told reporters.',
        "the rest of the week",
        "It will take us to clear the backlog",
    ),
    (
        '"We are being asked to sign a blank cheque," said Ama Tennant, who voted against the '
        "plan last week.",
        "last week",
        "Ama Tennant voted against the plan",
    ),
    (
        "and could restrict motor boats if the autumn turned out dry.",
        "the autumn",
        "Could restrict motor boats",
    ),
    (
        "ending a dispute that has held up the project since the spring of 2022.",
        "the spring of 2022",
        "A dispute that has held up the project",
    ),
    (
        "Sailing and rowing clubs will be allowed back on Greywater reservoir from Wednesday",
        "Wednesday",
        "Sailing and rowing clubs will be allowed back",
    ),
    ("WASHINGTON _ The economy created jobs in January.", "January", "The economy created jobs"),
    (
        "CANBERRA, Australia (AP)_ The convention voted on Friday for a republic.",
        "Friday",
        "The convention voted for a republic",
    ),
    (
        "Analysts revised last month's figures on Friday.",
        "last month",
        "Analysts revised the figures on Friday",
    ),
    (
        "Monday _ The Senate convenes at noon and resumes the crime bill.",
        "Monday",
        "The Senate convenes at noon and resumes the crime bill",
    ),
]


def _dates(clause: str, phrase: str) -> list[Span]:
    start = clause.index(phrase)
    return [Span(start, start + len(phrase))]


@pytest.mark.parametrize(("clause", "phrase", "expected"), CASES)
def test_label_is_the_gist_of_the_clause(clause: str, phrase: str, expected: str) -> None:
    assert make_label(clause, _dates(clause, phrase)) == expected


@pytest.mark.parametrize(("clause", "phrase", "_"), CASES)
def test_label_never_exceeds_the_limit(clause: str, phrase: str, _: str) -> None:
    assert len(make_label(clause, _dates(clause, phrase))) <= LABEL_MAX


@pytest.mark.parametrize(
    "clause",
    [
        "Extraordinarily complicated negotiations regarding intermunicipal infrastructure "
        "arrangements continued",
    ],
)
def test_long_label_is_cut_at_a_word_and_marked(clause: str) -> None:
    label = make_label(clause)
    assert len(label) <= LABEL_MAX
    assert label.endswith("…")
    assert label[:-1].split()[-1] in clause.split()  # a whole word, not half of one


def test_label_without_date_phrase_keeps_the_sentence() -> None:
    assert make_label("The bridge reopened.") == "The bridge reopened"


@pytest.mark.parametrize(
    ("head", "subject"),
    [
        ("Night-shift allowances, which had not changed since 2015", "Night-shift allowances"),
        (
            "The board said a new floating pontoon, delayed since last year",
            "a new floating pontoon",
        ),
        ("She said the board would review the level again on October 1", "the board"),
        ("Under the deal, wages rise by 5 per cent this year", ""),
        ("Officials from seventeen neighbouring towns across the valley met", ""),
    ],
)
def test_subject_of_a_sentence_head(head: str, subject: str) -> None:
    assert subject_of(head) == subject


def test_subject_place_is_dropped_only_when_too_long() -> None:
    assert make_label("Workers at the plant voted.") == "Workers at the plant voted"


@pytest.mark.parametrize(
    ("clause", "phrase", "expected"),
    [
        (
            "Opposition councillors said the price had risen by a third since the first design "
            "was presented two years ago.",
            "two years ago",
            "The first design was presented",
        ),
        (
            "A public exhibition of the design will open on Saturday at the town hall and run "
            "for three weeks.",
            "Saturday",
            "A public exhibition of the design will open at the town hall",
        ),
    ],
)
def test_label_follows_the_date_into_its_own_clause(
    clause: str, phrase: str, expected: str
) -> None:
    assert make_label(clause, _dates(clause, phrase)) == expected


@pytest.mark.parametrize(
    ("clause", "phrase", "expected"),
    [
        (
            "Coast Savings Financial Inc. reported a third-quarter loss, citing a restructuring.",
            "third-quarter",
            "Coast Savings Financial Inc. reported a loss",
        ),
        ("He added one more today.", "today", "He added one more"),
        (
            "Mr. Antar, the SEC said, made more than $60 million from the sale in 1987.",
            "1987",
            "Mr. Antar made more than $60 million from the sale",
        ),
        (
            "FBI director Louis Freeh said here Friday that the raid is not linked to the probe.",
            "Friday",
            "The raid is not linked to the probe",
        ),
        (
            "In the third quarter, the company, which is 61%-owned by Murphy Oil, had a net loss "
            "of $46.9 million, or 91 cents a share, compared with a profit.",
            "the third quarter",
            "The company had a net loss of $46.9 million",
        ),
        (
            "``For the people of Poland, high noon comes today.''",
            "today",
            "For the people of Poland, high noon comes",
        ),
    ],
)
def test_attribution_verbs_only_go_when_a_clause_follows(
    clause: str, phrase: str, expected: str
) -> None:
    assert make_label(clause, _dates(clause, phrase)) == expected


def test_setting_with_a_date_inside_is_dropped() -> None:
    clause = "Under an accord signed yesterday, the government and the bank will share the losses."
    label = make_label(clause, _dates(clause, "yesterday"))
    assert label == "The government and the bank will share the losses"


@pytest.mark.parametrize(
    ("previous", "clause", "label", "expected"),
    [
        (
            "Wages rise by 5 per cent",
            " and a further 4 per cent in January 2024.",
            "A further 4 per cent",
            "Wages rise by a further 4 per cent",
        ),
        (
            "CMS reported net of $68.2 million",
            ", or 83 cents a share",
            "Or 83 cents a share",
            "Or 83 cents a share",
        ),
        (
            "The board closed the reservoir",
            " and the club shut on Friday",
            "The club shut",
            "The club shut",
        ),
        (  # a listed object fills the earlier verb's object
            "It has been expanded to include Greece and Turkey",
            " and Spain in 1982.",
            "Spain",
            "It has been expanded to include Spain",
        ),
    ],
)
def test_verbless_clause_borrows_subject_and_verb(
    previous: str, clause: str, label: str, expected: str
) -> None:
    assert gapped_label(previous, clause, label) == expected


@pytest.mark.parametrize(
    ("clause", "phrase", "expected"),
    [
        (
            ", the Upper Valley Water Board said on Monday",
            "Monday",
            "Statement by the Upper Valley Water Board",
        ),
        ("Police said on Tuesday.", "Tuesday", "Statement by Police"),
    ],
)
def test_clause_that_only_attributes_is_a_statement(
    clause: str, phrase: str, expected: str
) -> None:
    assert make_label(clause, _dates(clause, phrase)) == expected


@pytest.mark.parametrize(
    ("clause", "phrase", "expected"),
    [
        (
            "Allowances, which had not changed since 2015, will rise.",
            "2015",
            "Allowances had not changed since 2015",
        ),
        (
            "Since 2015, allowances have risen every year.",
            "2015",
            "Allowances have risen every year",
        ),
        (
            "ending a dispute that has held up the new central library project since the spring "
            "of 2022",
            "the spring of 2022",
            "A dispute that has held up the new central library project",
        ),
    ],
)
def test_since_stays_only_inside_a_label_that_fits(clause: str, phrase: str, expected: str) -> None:
    assert make_label(clause, _dates(clause, phrase)) == expected


# Long news sentences: the label is compressed by dropping what carries least, not cut.
COMPRESSION_CASES = [
    # (clause, date phrase, expected label)
    (  # age and home town between commas
        "McBride, 54, of Lewisburg, West Virginia, was part of a seven-member crew aboard the "
        "Orbiter Challenger in October 1984.",
        "October 1984",
        "McBride was part of a seven-member crew",
    ),
    (  # appositive after a company name
        "Amdahl Corp., a maker of mainframe computers, reported a sharp decline in net income "
        "for its third quarter, citing pricecutting by competitors.",
        "third quarter",
        "Amdahl Corp. reported a sharp decline in net income",
    ),
    (  # non-restrictive relative clause
        "The unit, which is the holding company for Esselte's non-Swedish units, accounted for "
        "58% of sales and 71% of operating profit last year.",
        "last year",
        "Unit accounted for 58% of sales and 71% of operating profit",
    ),
    (  # leading subordinate clause without the date
        "After talks with the port authority collapsed without any agreement, the dock workers' "
        "union called a strike on Monday.",
        "Monday",
        "The dock workers' union called a strike",
    ),
    (  # leading subordinate clause with the date stays
        "After talks collapsed on Monday, the union called a strike.",
        "Monday",
        "After talks collapsed, the union called a strike",
    ),
    (  # parenthesis and trailing participle clause
        "The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a crowded "
        "building toward the embassy and a street packed with cars.",
        "Friday",
        "The blast in Nairobi occurred at about 10:35 a.m",
    ),
    (  # "that"-complement of a reporting verb
        "Local businesses complained on Monday that the port's repeated stoppages drive trade to "
        "rival harbours further south.",
        "Monday",
        "The port's repeated stoppages drive trade",
    ),
    (  # trailing "after" clause without the date
        "The Clinton administration embarked on the expansion of NATO in 1993 after Clinton met "
        "in Washington with President Havel and Lech Walesa.",
        "1993",
        "The Clinton administration embarked on the expansion of NATO",
    ),
    (  # title before a name, trailing purpose and place phrases
        "Secretary of State Madeleine Albright has invited the foreign ministers of Poland, the "
        "Czech Republic and Hungary to a ceremony in Independence, Mo., on March 12 to mark the "
        "accession of the three countries into the NATO alliance.",
        "March 12",
        "Madeleine Albright has invited the foreign ministers",
    ),
    (  # sentence adverb, and "about" belongs to the date phrase
        "Actually, about two years ago, the Journal listed the creation of the money fund as one "
        "of the 10 most significant events.",
        "two years ago",
        "The Journal listed the creation of the money fund",
    ),
    (  # trailing "because" clause without the date
        "Dock workers voted on Monday to end the strike because the port authority agreed to a "
        "two-year pay deal brokered by the mediator.",
        "Monday",
        "Dock workers voted to end the strike",
    ),
    (  # the date is in the "because" clause: that clause is the event
        "Dock workers voted to end the strike because the port authority agreed on Monday to a "
        "new pay deal.",
        "Monday",
        "The port authority agreed to a new pay deal",
    ),
    (  # "of" phrase goes only when enough is left after the verb
        "Saudi Arabia called on Thursday for an emergency conference of the Organization of "
        "Petroleum Exporting Countries to discuss how much oil to pump.",
        "Thursday",
        "Saudi Arabia called for an emergency conference",
    ),
    (
        "Finally today, we learned that the space agency has finally taken a giant leap forward.",
        "today",
        "The space agency has finally taken a giant leap forward",
    ),
    (  # underscores and dashes used as brackets
        "About 200 Americans _ nonessential U.S. Embassy staff and their families _ left "
        "Pakistan today on orders from Washington.",
        "today",
        "About 200 Americans left Pakistan on orders from Washington",
    ),
    (
        "Anheuser said its new strategy -- started in some markets last month and expected to "
        "be applied soon -- will mean lower earnings for 1990.",
        "1990",
        "Its new strategy will mean lower earnings",
    ),
    (  # age, home town and state between commas
        "Kopp, 44, of St. Albans, Vt., became the subject of an international manhunt in "
        "November when he was called a witness in the case.",
        "November",
        "Kopp became the subject of an international manhunt",
    ),
    (
        "The Van Nuys, Calif., thrift had net income of $132,000, or three cents a share, a "
        "year ago.",
        "a year ago",
        "The Van Nuys thrift had net income of $132,000",
    ),
    (  # an aside between subject and verb
        "Albright, after a 16-hour flight, is scheduled to spend only five hours on the ground "
        "in Dar es Salaam on Tuesday.",
        "Tuesday",
        "Albright is scheduled to spend only five hours",
    ),
    (  # a title after a name
        "Mr. LaMothe, Kellogg's chairman and chief executive officer, forecast an earnings "
        "increase for the full year.",
        "the full year",
        "Mr. LaMothe forecast an earnings increase",
    ),
    (  # "X said at a briefing today": when it was said, not what happened
        "Sytenko, a former deputy secretary-general of the United Nations, is also expected to "
        "visit Baghdad, Gremitskikh said at a regular news briefing today.",
        "today",
        "Sytenko is also expected to visit Baghdad",
    ),
    (  # "announced an agreement" is the event, not an attribution
        "First of America, which now has 45 banks and $12.5 billion in assets, announced an "
        "agreement to acquire the Peoria, Ill., bank holding company in January.",
        "January",
        "First of America announced an agreement",
    ),
    (  # sentence adverbs between commas
        "In Cuba, meanwhile, tens of thousands of people rallied in a seaside plaza Friday night "
        "to demand his return.",
        "Friday night",
        "Tens of thousands of people rallied in a seaside plaza",
    ),
    (
        "He noted, however, that the company's order entry has increased from the low levels of "
        "the early summer, following the end of labor negotiations.",
        "the early summer",
        "The company's order entry has increased from the low levels",
    ),
    (  # dashes used as brackets
        "Sunday's yahrtzeit service ---- a Jewish ceremony that commemorates the dead with the "
        "lighting of a candle ---- included the lighting of candles for the seven people killed.",
        "Sunday",
        "The yahrtzeit service included the lighting of candles",
    ),
    (  # "X said" goes before a clause with an irregular past tense too
        "Soviet Foreign Ministry spokesman Yuri Gremitskikh said special ambassador Mikhail "
        "Sytenko left Tuesday for consultations with the governments of Syria, Jordan, Egypt and "
        "other Arab countries.",
        "Tuesday",
        "Special ambassador Mikhail Sytenko left for consultations",
    ),
    (  # whose net income it is stays in the label
        "Ogden Projects Inc. said net income jumped to $6.6 million, or 18 cents a share, in the "
        "third quarter.",
        "the third quarter",
        "Ogden Projects Inc. said net income jumped to $6.6 million",
    ),
    (  # "as dawn broke" is no reported clause
        "At least 82 were killed and more than 1,700 injured, officials said as dawn broke "
        "Saturday.",
        "Saturday",
        "At least 82 were killed and more than 1,700 injured",
    ),
    (  # a title before a name, with the date between name and verb
        "Philippine President Joseph Estrada on Tuesday condemned the bombings of the U.S. "
        "embassies in Kenya and Tanzania and offered condolences to the victims.",
        "Tuesday",
        "Joseph Estrada condemned the bombings of the U.S. embassies",
    ),
    (  # "X said" once the relative clause after X is gone
        "Victor Miranda, who lives in Ms. Sanders' apartment building at 405 Williams Ave., said "
        "the laundry machines in the building were removed a few years ago to make room for "
        "management offices.",
        "a few years ago",
        "The laundry machines were removed to make room",
    ),
    (  # "told customers" is the event, not an attribution
        "An IBM spokeswoman said the company told customers Monday about the bugs and "
        "temporarily stopped shipping the product.",
        "Monday",
        "The company told customers about the bugs",
    ),
    (  # "said it earned": "it" needs the company's name
        "Sun Microsystems Inc., snapping back to profitability after its first quarterly loss as "
        "a public firm, said it earned $5.2 million, or seven cents a share, in the fiscal first "
        "quarter.",
        "the fiscal first quarter",
        "Sun Microsystems Inc. said it earned $5.2 million",
    ),
    (  # "Kenya and Tanzania" is one phrase; only the first article goes, to save a cut
        "The Security Council condemned the bombing of the U.S. embassies in Kenya and Tanzania "
        "on Thursday and called on all states to cooperate with authorities.",
        "Thursday",
        "Security Council condemned the bombing of the U.S. embassies",
    ),
]


@pytest.mark.parametrize(("clause", "phrase", "expected"), COMPRESSION_CASES)
def test_long_clause_is_compressed_not_cut(clause: str, phrase: str, expected: str) -> None:
    label = make_label(clause, _dates(clause, phrase))
    assert label == expected
    assert len(label) <= LABEL_MAX
    assert len(label.split()) >= 2


@pytest.mark.parametrize(
    ("clause", "phrase", "expected"),
    [
        (  # the dated clause after ", and" borrows the first clause's subject
            "Ocean Drilling Co. will sell its contract-drilling business, and took a $50.9 million "
            "loss from discontinued operations in the third quarter because of the planned sale.",
            "the third quarter",
            "Ocean Drilling Co. took a $50.9 million loss",
        ),
        (  # a dated clause after ", and" with its own subject
            "The men were not termed suspects, and FBI officials on Saturday played down the "
            "likelihood that either was involved in the killing of the doctor.",
            "Saturday",
            "FBI officials played down the likelihood",
        ),
        (  # "when": the main clause happened then too
            "Elian's mother and 10 others perished when their boat sank off the coast of Florida "
            "in late November during a crossing from Cuba to the United States.",
            "late November",
            "Elian's mother and 10 others perished",
        ),
        (  # "after its 1990 invasion" has no verb: not a clause to follow; "it" needs its name
            "The Security Council has said it will not lift the sanctions imposed on Iraq after "
            "its 1990 invasion of Kuwait until the inspectors certify that Baghdad has disarmed.",
            "1990",
            "The Security Council said it will not lift the sanctions…",
        ),
        (  # an infinitive is kept when dropping articles is enough
            "The demand for workers also led employers to raise wages again last month.",
            "last month",
            "Demand for workers also led employers to raise wages again",
        ),
        (  # no preposition left hanging at the end
            "Investigators have been searching for Kopp since shortly after the Oct. 23 slaying "
            "of the doctor in his home in the suburbs.",
            "Oct. 23",
            "Investigators have been searching for Kopp",
        ),
    ],
)
def test_the_dated_clause_decides_what_stays(clause: str, phrase: str, expected: str) -> None:
    assert make_label(clause, _dates(clause, phrase)) == expected


@pytest.mark.parametrize(
    ("sentence", "clause_start", "expected"),
    [
        (
            "Her brother Delfin, who was imprisoned as an activist in the 1960s, followed in 1979.",
            ", followed",
            "Her brother Delfin followed in 1979.",
        ),
        (  # a participle after a plain comma lends nothing
            "Aetna had a $23 million loss, compared with earnings of $33 million last year.",
            ", compared",
            ", compared with earnings of $33 million last year.",
        ),
    ],
)
def test_past_tense_after_an_aside_borrows_the_subject(
    sentence: str, clause_start: str, expected: str
) -> None:
    start = sentence.index(clause_start)
    text, _ = clause_text(sentence, Span(0, len(sentence)), Span(start, len(sentence)))
    assert text == expected


# What removing a date phrase leaves behind must still read: no "in the - season", no
# "Tickets performances", no "On the night," (each an invented sentence in the news style).
DATE_REMOVAL_CASES = [
    # (clause, date phrases: the event's first, expected label)
    (  # "2004" and "05" of "2004-05" are one date; the determiner and noun stay
        "The band's finest tour came in the 2004-05 season, when it played 80 dates.",
        ("2004", "05"),
        "The band's finest tour came in the season",
    ),
    (  # a date naming which noun stays when a bare preposition would be left alone
        "Seats for March concerts go on sale at noon tomorrow.",
        ("March", "noon tomorrow"),
        "Seats for March concerts go on sale",
    ),
    (  # a possessive date gives way to "the", its preposition stays
        "A spokesman said Sunday's landslide was caused by heavy rain.",
        ("Sunday",),
        "The landslide was caused by heavy rain",
    ),
    (
        "The death toll from Monday's flood rose to 40 on Wednesday.",
        ("Wednesday", "Monday"),
        "The death toll from the flood rose to 40",
    ),
    (  # the part of the day goes with its date
        "On the night of 3 March 1961, fire destroyed the old mill.",
        ("3 March 1961",),
        "Fire destroyed the old mill",
    ),
    ("the second on the morning of May 4.", ("May 4",), "The second"),
    (", in the early hours of 9 June", ("9 June",), "In the early hours"),  # all it says
    (  # "before" of "the month before" goes with its date; "after" leaves what came before
        ", after a 1.5 percent drop the month before, driven by lower fuel sales.",
        ("the month",),
        "A 1.5 percent drop",
    ),
    (  # "dating from" needs its date; the phrase after belongs to the sentence's verb
        ", some dating from the 1920s, to the town museum.",
        ("the 1920s",),
        "Some dating from the 1920s",
    ),
    (
        "The letters, some dating to the 1880s, went to the county archive.",
        ("the 1880s",),
        "The letters, some dating to the 1880s",
    ),
    (  # a date that is the subject stays, also after "and"
        ", and Tuesday was calmer.",
        ("Tuesday",),
        "Tuesday was calmer",
    ),
    (  # "no later than" goes with its date
        "The remaining mines will close no later than December 2031.",
        ("December 2031",),
        "The remaining mines will close",
    ),
    (  # "this" is an object here, not the determiner of a date
        "Most residents first heard about this in March, from a poster.",
        ("March",),
        "Most residents first heard about this",
    ),
    (  # "the quarter ended March 31": the period, named by its end
        "Net income for the quarter ended March 31 rose 8% to $4.1 million.",
        ("March 31",),
        "Net income for the quarter rose 8% to $4.1 million",
    ),
    (  # a dangling figure ("150 [more than five years ago]") goes too
        "The firm now employs about 900 people, 150 more than five years ago.",
        ("more than five years ago",),
        "The firm now employs about 900 people",
    ),
]


DATE_REMOVAL_CASES += [
    (  # "announced" after "be" is what happens, not who said it
        ", whose finalists will be announced on Friday.",
        ("Friday",),
        "The finalists will be announced",
    ),
    (  # "between now and" goes with its date
        "Forecasters expect another 30 centimetres of snow between now and Sunday night.",
        ("Sunday night",),
        "Forecasters expect another 30 centimetres of snow",
    ),
    (  # a distance left without what it counts from
        "The bus, 12 metres long, left the road at 6:40, less than a mile from the depot.",
        ("6:40",),
        "The bus, 12 metres long, left the road",
    ),
]


@pytest.mark.parametrize(("clause", "phrases", "expected"), DATE_REMOVAL_CASES)
def test_removing_the_date_leaves_english(
    clause: str, phrases: tuple[str, ...], expected: str
) -> None:
    dates = [Span(clause.index(p), clause.index(p) + len(p)) for p in phrases]
    assert make_label(clause, dates) == expected


# The date decides which clause is the event: a relative clause, a participle, the last of two
# coordinated clauses, or the verb phrase after a relative clause.
OWN_CLAUSE_CASES = [
    (  # a relative clause with nothing else around is the event
        ", during a charity dinner that ran from 7 p.m. to 11 p.m.",
        ("7 p.m.", "11 p.m."),
        "A charity dinner ran",
    ),
    ("Okafor, 29, who scored in 2018, said he would stay.", ("2018",), "Okafor scored"),
    (  # ... or with more than its verb
        "The firm was fined over a bridge collapse that injured six drivers in March.",
        ("March",),
        "A bridge collapse injured six drivers",
    ),
    (  # a relative clause that only says which: it goes with its date
        "The plan for the school year that starts September 1 is $2 million larger.",
        ("September 1",),
        "The plan for the school year is $2 million larger",
    ),
    (  # a participle after "according to", "with": the noun and its participle
        ", according to a survey published on Thursday.",
        ("Thursday",),
        "A survey was published",
    ),
    (", with results expected in the spring.", ("the spring",), "Results are expected"),
    (  # an attribution with the date of the figures goes
        "Waiting lists grew by a fifth, according to figures published on Tuesday.",
        ("Tuesday",),
        "Waiting lists grew by a fifth",
    ),
    (  # "where" dates its own clause
        "The judge sent the case to the crown court, where a first hearing is set for 9am "
        "next Monday, and granted bail.",
        ("9am", "next Monday"),
        "A first hearing is set",
    ),
    (  # the last of two clauses, ending with the date, has its own subject
        "The committee meets every Tuesday, and its chair, Lena Ortiz, will visit Brussels on "
        "Thursday.",
        ("Thursday",),
        "Its chair, Lena Ortiz, will visit Brussels",
    ),
    (  # a subject with two verb phrases, the date in the second
        "Ada Brandt was in the first crew, had not sailed since she retired in 1990.",
        ("1990",),
        "Ada Brandt had not sailed since she retired",
    ),
    (
        "Shirin Vale, 71, who was in the first company, had not seen the hall since she left "
        "the town in 1979.",
        ("1979",),
        "Shirin Vale had not seen the hall since she left the town",
    ),
    (  # ... or in the first: the verb after the comma has its own date
        "the current tax year ends April 5, had reached £3 million.",
        ("April 5",),
        "The current tax year ends",
    ),
    (  # a participle with its date, and the sentence's verb after it
        "founded in 1911 by her great-uncle, was not for sale.",
        ("1911",),
        "Founded by her great-uncle",
    ),
    (  # an aside after the noun keeps its comma; so does an apposition
        "The fire, of unknown origin, started at 2 a.m. on Sunday.",
        ("2 a.m.", "Sunday"),
        "The fire, of unknown origin, started",
    ),
    (
        "Ostrander, a Republican elected to a third term in 2019, has blocked the measure.",
        ("2019",),
        "Ostrander, a Republican elected to a third term",
    ),
]


@pytest.mark.parametrize(("clause", "phrases", "expected"), OWN_CLAUSE_CASES)
def test_the_date_picks_its_own_clause(
    clause: str, phrases: tuple[str, ...], expected: str
) -> None:
    dates = [Span(clause.index(p), clause.index(p) + len(p)) for p in phrases]
    assert make_label(clause, dates) == expected


# What a reporting verb is followed by decides whether the reporter goes.
@pytest.mark.parametrize(
    ("clause", "phrases", "expected"),
    [
        (  # "wrote to her": what was written is no reported clause
            "In 2011 a planning officer wrote to her about the blocked drains.",
            ("2011",),
            "A planning officer wrote to her about the blocked drains",
        ),
        (  # "told investors the tablet would ship": whom, then what, without "that"
            "As recently as June 3, the company told investors the tablet would ship by the end "
            "of the quarter.",
            ("June 3", "the end of the quarter"),
            "The tablet would ship",
        ),
    ],
)
def test_reported_clause_after_whom(clause: str, phrases: tuple[str, ...], expected: str) -> None:
    dates = [Span(clause.index(p), clause.index(p) + len(p)) for p in phrases]
    assert make_label(clause, dates) == expected


@pytest.mark.parametrize(
    ("clause", "phrase", "expected"),
    [
        (  # a passive infinitive is whole without the phrase after it
            "He is also due to be sentenced next month for two unrelated driving offences.",
            "next month",
            "He is also due to be sentenced",
        ),
        (  # headline style drops one article, not every one ("outside town hall, whatever
            # weather"); a cut is better than telegraphese
            "The walking group, which started with eight members, meets at 8 a.m. every Sunday "
            "outside the old town library, whatever the weather.",
            "8 a.m.",
            "The walking group meets every Sunday outside the old town…",
        ),
        (  # "in less [than three hours]": "less" keeps its "than" or goes with it
            "On the night of July 9, 1902, the river rose four metres in less than three hours "
            "and swept away the lower village.",
            "July 9, 1902",
            "The river rose four metres",
        ),
    ],
)
def test_shortening_keeps_phrases_whole(clause: str, phrase: str, expected: str) -> None:
    assert make_label(clause, _dates(clause, phrase)) == expected


@pytest.mark.parametrize(
    ("previous", "clause", "label", "expected"),
    [
        (  # a clause opening with its verb borrows the earlier label's subject
            "The union kept its members at work on Monday",
            ", gave notice of a walkout on Tuesday",
            "Gave notice of a walkout",
            "The union gave notice of a walkout",
        ),
        (
            "The ferry services were introduced in 2015",
            " but suspended during the pandemic",
            "Suspended during the pandemic",
            "The ferry services were suspended during the pandemic",
        ),
        (  # not a time as subject, nor a thing as the speaker
            "The fiscal third quarter ended",
            ", rose to 12 billion crowns in the year-ago period",
            "Rose to 12 billion crowns",
            "Rose to 12 billion crowns",
        ),
        (
            "The storm damaged roofs across the town",
            ", said roads were closed",
            "Said roads were closed",
            "Said roads were closed",
        ),
        (  # the earlier figure of a comparison, in the earlier label's words
            "Net income fell 20% to $8.1 million",
            ", or 40 cents a share, from $10.1 million, or 50 cents a share, a year earlier.",
            "Or 40 cents a share, from $10.1 million, or 50 cents a share",
            "Net income was $10.1 million",
        ),
        (
            "Midland Ferries earned $3.2 million",
            ", or 12 cents a share, up from $2.8 million in the year-earlier period.",
            "Or 12 cents a share",
            "Midland Ferries earned $2.8 million",
        ),
        ("Wages grew 3.8%", ", down from 4.1% in the spring.", "Down from 4.1%", "Wages grew 4.1%"),
        (
            "There were nine fires in the district",
            ", up from six in 2019.",
            "Up from six",
            "Up from six",
        ),
        (  # a listed figure fills the earlier verb's object, like a listed name
            "The toll had stood at 58 on Monday",
            " and 66 by Wednesday night.",
            "66",
            "The toll had stood at 66",
        ),
        (  # a word that says nothing alone: the same fact again
            "The bank cut its rate by half a point",
            " and again in May",
            "Again",
            "The bank cut its rate by half a point",
        ),
    ],
)
def test_later_clause_borrows_what_it_leaves_out(
    previous: str, clause: str, label: str, expected: str
) -> None:
    assert gapped_label(previous, clause, label) == expected


def test_subject_of_a_narrowed_label_is_not_lent() -> None:
    """ "A theft halted trains" came from "a man accused ... in a theft that halted trains": a
    later "pleaded not guilty" is the man's, not the theft's."""
    clause = ", accused of cutting cable in a theft that halted trains for five hours on May 2"
    previous = make_label(clause, _dates(clause, "May 2"))
    assert previous == "A theft halted trains for five hours"
    assert not lends_its_subject(clause, _dates(clause, "May 2"))
    later = gapped_label(previous, " pleaded not guilty", "Pleaded not guilty", lent=False)
    assert later == "Pleaded not guilty"


@pytest.mark.parametrize(
    ("head", "subject"),
    [
        ("Harwick council said last night that it had closed two roads", "it"),
        ("A club that started with 12 members now has 400", "A club"),
        (
            "The folk trio's shelved second record, taped in 11 days",
            "The folk trio's shelved second record",
        ),
        ("He sat out Game 5 of that series two days later", ""),
    ],
)
def test_subject_of_skips_what_is_not_the_subject(head: str, subject: str) -> None:
    assert subject_of(head) == subject


def test_a_relative_clause_inside_an_apposition_is_the_dated_event() -> None:
    clause = "The embassy, a five-story building that opened in 1962, will stay closed until May."
    assert make_label(clause, _dates(clause, "1962")) == "A five-story building opened"


def test_an_attribution_between_two_dated_clauses_stays_with_the_first() -> None:
    from datetime import date

    from timeline_app.core.events import build_events
    from timeline_app.core.models import DateSource, Document, PublicationDate
    from timeline_app.core.sentences import split_sentences
    from timeline_app.core.tagger import tag_text

    text = (
        "The death toll rose to 143 on Wednesday, officials said, as strong aftershocks "
        "through the night kept thousands of people out of their homes."
    )
    pub = date(2013, 4, 17)
    dated = PublicationDate(pub, DateSource.DATELINE, "April 17")
    doc = Document("quake.txt", "Quake", text, publication_date=dated)
    events = build_events(doc, tag_text(text, pub), split_sentences(text))
    assert [e.label for e in events] == [
        "The death toll rose to 143",
        "Strong aftershocks kept thousands of people out",
    ]


def test_a_quoted_emails_marks_are_not_in_its_label() -> None:
    clause = "> Gareth - inspected the Mill Lane gate this morning."
    start = clause.index("this morning")
    assert make_label(clause, [Span(start, start + len("this morning"))]) == (
        "Gareth - inspected the Mill Lane gate"
    )


def test_a_clause_in_capitals_is_trimmed_as_ordinary_text_and_shown_in_capitals() -> None:
    clause = "LAST MONDAY'S REPORT RATED 58 PERCENT OF THE CROP IN GOOD CONDITION."
    assert (
        make_label(clause, [Span(0, 11)])
        == "THE REPORT RATED 58 PERCENT OF THE CROP IN GOOD CONDITION"
    )
