"""Events from hand-built time expressions: clauses, what is (not) an event, ids, merging."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline_app.core.events import build_events, event_id, merge_duplicates
from timeline_app.core.models import (
    Certainty,
    DateSource,
    Document,
    Event,
    Granularity,
    Interval,
    PublicationDate,
    Span,
    Timex,
    TimexType,
)
from timeline_app.core.pipeline import analyse
from timeline_app.core.sentences import split_sentences
from timeline_app.core.tagger import tag_text

PUB = PublicationDate(date(2023, 3, 13), DateSource.DATELINE, "HALVERSTON, March 13")
MONDAY = Interval.day(date(2023, 3, 13))
SUNDAY = Interval.day(date(2023, 3, 12))
WEEKEND = Interval.days(date(2023, 3, 11), date(2023, 3, 12), Granularity.WEEKEND)
RECENT_YEARS = Interval.days(date(2018, 1, 1), date(2023, 3, 12), Granularity.YEAR)


def timex(
    text: str,
    phrase: str,
    interval: Interval | None,
    *,
    kind: TimexType = TimexType.DATE,
    certainty: Certainty = Certainty.INFERRED,
    nth: int = 0,
) -> Timex:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    value = interval.start.date().isoformat() if interval else "P1D"
    return Timex(start, start + len(phrase), phrase, kind, value, interval, certainty)


def events_of(text: str, timexes: list[Timex], **doc: object) -> list[Event]:
    document = Document("article.txt", "Title", text, publication_date=PUB, **doc)  # type: ignore[arg-type]
    return build_events(document, timexes, split_sentences(text))


def test_dated_sentence_becomes_an_event_with_provenance() -> None:
    text = "Intro without date. Dock workers voted on Monday to end the strike."
    when = timex(text, "on Monday", MONDAY)
    [event] = events_of(text, [when])
    assert event.interval == MONDAY
    assert event.label == "Dock workers voted to end the strike"
    assert event.sentence == Span(20, len(text))
    assert event.sentence_text == text[20:]
    assert event.timex == when
    assert event.document == "article.txt"
    assert event.certainty is Certainty.INFERRED
    assert not event.hidden and not event.edited


@pytest.mark.parametrize(
    ("kind", "interval", "certainty"),
    [
        (TimexType.DURATION, None, Certainty.EXACT),
        (TimexType.SET, None, Certainty.EXACT),
        (TimexType.DATE, None, Certainty.UNRESOLVED),
    ],
)
def test_durations_sets_and_unresolved_dates_are_not_events(
    kind: TimexType, interval: Interval | None, certainty: Certainty
) -> None:
    text = "The strike lasted nine days."
    assert (
        events_of(text, [timex(text, "nine days", interval, kind=kind, certainty=certainty)]) == []
    )


def test_sentence_with_two_dated_facts_gives_two_events() -> None:
    text = (
        "Negotiators met again this weekend at the mediator's office, and a draft agreement "
        "was signed late on Sunday."
    )
    first, second = events_of(
        text, [timex(text, "this weekend", WEEKEND), timex(text, "Sunday", SUNDAY)]
    )
    assert (first.interval, first.label) == (
        WEEKEND,
        "Negotiators met again at the mediator's office",
    )
    assert (second.interval, second.label) == (SUNDAY, "A draft agreement was signed")
    assert first.sentence == second.sentence
    assert first.id != second.id


def test_two_expressions_without_a_clause_break_date_one_event() -> None:
    text = "The fair runs from Monday to Sunday."
    events = events_of(text, [timex(text, "Monday", MONDAY), timex(text, "Sunday", SUNDAY)])
    assert [e.timex.text for e in events] == ["Monday"]


def test_a_day_inside_the_period_named_before_it_dates_the_event() -> None:
    text = "Last year the parish moved its Easter vigil because of a storm."
    last_year = Interval.days(date(2022, 1, 1), date(2022, 12, 31), Granularity.YEAR)
    easter = Interval.day(date(2022, 4, 17))
    events = events_of(text, [timex(text, "Last year", last_year), timex(text, "Easter", easter)])
    assert [e.timex.text for e in events] == ["Easter"]


def test_vague_reference_is_kept_as_vague_event() -> None:
    text = "Businesses have complained in recent years about stoppages."
    vague = timex(text, "in recent years", RECENT_YEARS, certainty=Certainty.VAGUE)
    [event] = events_of(text, [vague])
    assert event.certainty is Certainty.VAGUE and event.is_vague
    assert event.interval == RECENT_YEARS


def test_vague_reference_without_span_gets_an_approximate_one_before_publication() -> None:
    text = "Businesses have complained recently about stoppages."
    vague = Timex(27, 35, "recently", TimexType.DATE, "PAST_REF", None, Certainty.VAGUE)
    [event] = events_of(text, [vague])
    assert event.is_vague
    assert event.interval.end.date() == PUB.value
    assert event.interval.start.date() < date(2022, 6, 1)


def test_excluded_boilerplate_gives_no_event() -> None:
    text = "Related article: Fuel prices climb on Monday.\n\nThe port reopened on Sunday."
    events = events_of(
        text,
        [timex(text, "Monday", MONDAY), timex(text, "Sunday", SUNDAY)],
        excluded=(Span(0, 45),),
    )
    assert [e.interval for e in events] == [SUNDAY]


MERGE_CASES = [
    (
        "identical sentence twice",
        "The port reopened on Monday. Ships queued. The port reopened on Monday.",
        True,
    ),
    (
        "lede repeated with small changes",
        "Dock workers at the port of Halverston voted on Monday to end a nine-day strike, after "
        "the authority agreed to a pay deal. Ships queued. On Monday, dock workers at the port of "
        "Halverston voted to end a nine-day strike after the authority agreed to a pay deal.",
        True,
    ),
    (
        "also-on-Monday repeat",
        "On Monday, the council closed the old bridge. Ships queued. Also on Monday, the council "
        "closed the old bridge to traffic.",
        True,
    ),
    (
        "different facts on the same day",
        "The port reopened on Monday. Ships queued. The mayor resigned on Monday.",
        False,
    ),
]


@pytest.mark.parametrize(("case", "text", "merged"), MERGE_CASES, ids=[c[0] for c in MERGE_CASES])
def test_duplicates_merge_into_one_event_with_mentions(case: str, text: str, merged: bool) -> None:
    timexes = [timex(text, "Monday", MONDAY), timex(text, "Monday", MONDAY, nth=1)]
    events = events_of(text, timexes)
    if merged:
        [event] = events
        assert [m.timex for m in event.mentions] == timexes
        assert event.sentence.start == 0  # the first statement is the primary mention
    else:
        assert len(events) == 2


def test_same_words_on_different_days_do_not_merge() -> None:
    text = "The port reopened on Monday. The port reopened on Sunday."
    events = events_of(text, [timex(text, "Monday", MONDAY), timex(text, "Sunday", SUNDAY)])
    assert len(events) == 2


def test_merge_is_idempotent() -> None:
    text = "The port reopened on Monday. The port reopened on Monday."
    events = events_of(text, [timex(text, "Monday", MONDAY), timex(text, "Monday", MONDAY, nth=1)])
    assert merge_duplicates(events) == events


def test_event_id_survives_text_added_above_but_not_a_changed_sentence() -> None:
    text = "The port reopened on Monday."
    [before] = events_of(text, [timex(text, "Monday", MONDAY)])
    moved = "A new first paragraph.\n\n" + text
    [after] = events_of(moved, [timex(moved, "Monday", MONDAY)])
    assert after.id == before.id
    assert after.sentence != before.sentence
    changed = "The port finally reopened on Monday."
    [other] = events_of(changed, [timex(changed, "Monday", MONDAY)])
    assert other.id != before.id


def test_event_id_depends_on_file_name_sentence_and_expression() -> None:
    when = Timex(21, 27, "Monday", TimexType.DATE, "2023-03-13", MONDAY)
    sentence = "The port reopened on Monday."
    base = event_id("/a/article.txt", sentence, when, 0)
    assert base == event_id(
        "/elsewhere/article.txt", " The port  reopened on Monday.".strip(), when, 0
    )
    assert base != event_id("/a/other.txt", sentence, when, 0)
    assert base != event_id("/a/article.txt", sentence, replace(when, text="monday"), 0)


def test_clause_starting_with_its_verb_borrows_the_subject() -> None:
    text = (
        "Night-shift allowances, which had not changed since 2015, will be reviewed by an "
        "independent panel before the end of the year."
    )
    year_2015 = Interval.days(date(2015, 1, 1), date(2015, 12, 31), Granularity.YEAR)
    year_2023 = Interval.days(date(2023, 1, 1), date(2023, 12, 31), Granularity.YEAR)
    first, second = events_of(
        text, [timex(text, "2015", year_2015), timex(text, "the end of the year", year_2023)]
    )
    assert first.label == "Night-shift allowances had not changed since 2015"
    assert second.label == "Night-shift allowances will be reviewed by independent panel"


def test_headline_is_not_an_event() -> None:
    text = "Port reopens on Monday\n\nThe port reopened on Monday after a strike."
    document = Document("a.txt", "Port reopens on Monday", text, publication_date=PUB)
    timexes = [timex(text, "Monday", MONDAY), timex(text, "Monday", MONDAY, nth=1)]
    [event] = build_events(document, timexes, split_sentences(text))
    assert event.sentence_text.startswith("The port reopened")


def test_precise_date_wins_over_vague_one_in_the_same_clause() -> None:
    text = "The vote had been postponed twice, most recently in February."
    february = Interval.days(date(2023, 2, 1), date(2023, 2, 28), Granularity.MONTH)
    vague = timex(text, "recently", RECENT_YEARS, certainty=Certainty.VAGUE)
    [event] = events_of(text, [vague, timex(text, "February", february)])
    assert (event.interval, event.label) == (february, "The vote had been postponed twice")


def test_present_reference_beside_a_date_is_not_an_event() -> None:
    text = "The current library, built in 1961, will stay open."
    now = Timex(4, 11, "current", TimexType.DATE, "PRESENT_REF", None, Certainty.VAGUE)
    year = Interval.days(date(1961, 1, 1), date(1961, 12, 31), Granularity.YEAR)
    [event] = events_of(text, [now, timex(text, "1961", year, certainty=Certainty.EXACT)])
    assert (event.interval, event.label) == (year, "The current library built")


def test_the_age_of_a_thing_dates_no_event() -> None:
    """Not "Police arrested a man" in the 18th century."""
    text = "Police arrested a man in the theft of an 18th-century clock."
    century = Interval.days(date(1700, 1, 1), date(1799, 12, 31), Granularity.YEAR)
    assert events_of(text, [timex(text, "18th-century", century, certainty=Certainty.EXACT)]) == []


def test_a_possessive_year_with_a_finer_date_in_its_sentence_dates_nothing() -> None:
    text = "Voters at last year's town meeting, in June, agreed to close the school."
    year = Interval.days(date(2025, 1, 1), date(2025, 12, 31), Granularity.YEAR)
    june = Interval.days(date(2025, 6, 1), date(2025, 6, 30), Granularity.MONTH)
    found = events_of(text, [timex(text, "last year", year), timex(text, "June", june)])
    assert [(e.interval, e.label) for e in found] == [(june, "Voters agreed to close the school")]


def test_a_verbless_date_phrase_takes_the_label_of_the_clause_before_it() -> None:
    text = "It was the city's third major break this year, after ones in January and late May."
    year = Interval.days(date(2017, 1, 1), date(2017, 12, 31), Granularity.YEAR)
    january = Interval.days(date(2017, 1, 1), date(2017, 1, 31), Granularity.MONTH)
    may = Interval.days(date(2017, 5, 21), date(2017, 5, 31), Granularity.MONTH)
    dates = [timex(text, "this year", year), timex(text, "January", january)]
    found = events_of(text, [*dates, timex(text, "late May", may)])
    assert [e.label for e in found] == ["It was the city's third major break"] * 3


def test_a_set_opening_the_sentence_is_not_the_label_s_subject() -> None:
    text = "Every Friday morning, retired papermakers meet for tea, as they have since the 1990s."
    sets = Timex(0, 20, "Every Friday morning", TimexType.SET, "XXXX-WXX-5TMO")
    decade = Interval.days(date(1990, 1, 1), date(1999, 12, 31), Granularity.YEAR)
    [event] = events_of(text, [sets, timex(text, "the 1990s", decade)])
    assert event.label == "Retired papermakers meet for tea"


def test_two_clauses_of_one_sentence_on_the_same_day_stay_two_events() -> None:
    text = "The union voted on Monday, and the authority signed on Monday."
    events = events_of(text, [timex(text, "Monday", MONDAY), timex(text, "Monday", MONDAY, nth=1)])
    assert [e.label for e in events] == ["The union voted", "The authority signed"]


def test_date_in_a_second_verb_phrase_labels_that_phrase() -> None:
    text = (
        "Shipping agents said freight rates on the route had jumped by a fifth since the strike "
        "began and were unlikely to fall before April."
    )
    april = Interval.days(date(2023, 4, 1), date(2023, 4, 30), Granularity.MONTH)
    [event] = events_of(text, [timex(text, "April", april)])
    assert event.label == "Freight rates on the route were unlikely to fall"
    assert event.sentence_text == text


@pytest.mark.parametrize(
    ("first_line", "phrase", "is_event"),
    [
        ("By Staff Reporter, 14 March 2023", "14 March 2023", False),
        ("By Anna de Wit and Tom Berg | 14 March 2023", "14 March 2023", False),
        ("By Monday the talks had collapsed.", "Monday", True),
        ("Broadcast transcript: Thursday, February 12, 1998", "Thursday, February 12, 1998", False),
        # a byline joined to the date line after it, with the date's label or the writer's role
        ("Our Staff Reporter Published March 7, 2024", "March 7, 2024", False),
        ("Marcus Ellery Health correspondent Wed 9 Jun 2021", "Wed 9 Jun 2021", False),
        ("From Clara Webb in Lenvik Thursday 19 February 2026", "Thursday 19 February 2026", False),
        (
            "Premier Castell won the vote on Thursday 19 February 2026.",
            "Thursday 19 February 2026",
            True,
        ),
    ],
)
def test_a_byline_date_is_not_an_event(first_line: str, phrase: str, is_event: bool) -> None:
    """Regression: "By Staff Reporter, 14 March 2023" became an event labelled with the byline."""
    text = f"{first_line}\n\nThe port reopened after a strike."
    events = events_of(text, [timex(text, phrase, MONDAY)])
    assert bool(events) is is_event


def _labels_of(text: str) -> list[str]:
    from timeline_app.core.pipeline import analyse

    document = Document("article.txt", "", text, publication_date=PUB)
    return [e.label for e in analyse(document).events]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (  # the date sits in the clause after the contrast
            "The operator said most homes would be reconnected within 24 hours, though some "
            "rural customers could wait until Wednesday.",
            ["Some rural customers could wait"],
        ),
        (  # a second verb under the same modal shares the subject and the modal
            "Forecasters warned that heavy rain would arrive tonight and last into Tuesday.",
            ["Heavy rain would arrive", "Heavy rain would last"],
        ),
        (  # "between ... and ..." is one stretch of time
            "Winds peaked between 1 a.m. and 4 a.m. on Sunday.",
            ["Winds peaked"],
        ),
        (  # a relative "where" clause keeps its own subject, without the "where"
            "In Gullhaven, where the harbour wall was breached two years ago, families spent "
            "Saturday night in a school gym.",
            ["The harbour wall was breached", "Families spent Saturday night in a school gym"],
        ),
        (  # the dateline's date dates the article, not the lede's event
            "CORRIN BAY, March 11 (Northgate Wire) \u2014 Teodora Vasquell won the mayoral race "
            "early Wednesday.",
            ["Teodora Vasquell won the mayoral race"],
        ),
        (  # a clock time can end a sentence
            "He conceded in a brief speech at 3 a.m. Turnout was the highest since 1998.",
            ["He conceded in a brief speech", "Turnout was the highest since 1998"],
        ),
        (  # a name in apposition after a clause with its own verb is no title to drop
            "With all precincts reporting at 2:40 a.m., Vasquell had 51.8 percent of the vote "
            "against 44.1 percent for the incumbent, Marten Olofsen, 63.",
            ["Vasquell had 51.8 percent of the vote against 44.1 percent"],
        ),
        (  # what was said has its own date, apart from the saying
            "The museum said on Tuesday it would reopen to the public on April 1.",
            ["Statement by the museum", "It would reopen to the public"],
        ),
        (  # the date sits in a relative clause about a name; the time on that day dates it
            "Attendance has grown, helped by a partnership with Channel 7, which will broadcast "
            "the closing gala on Sunday, March 19, from 8 p.m.",
            ["Channel 7 will broadcast the closing gala"],
        ),
        (  # the date is the subject: the day dates the fact, and the subject keeps its date
            "Brindlecote's fiscal 2026 began on September 28, 2025 and ends on September 26, 2026.",
            ["Brindlecote's fiscal 2026 began", "Brindlecote's fiscal 2026 ends"],
        ),
        (  # each day of a list is an event of its own
            "Drivers will walk out on 3, 5 and 7 March.",
            ["Drivers will walk out", "Drivers will walk out", "Drivers will walk out"],
        ),
        (  # ", subject to ..." goes with its condition
            "The deal was approved by both boards and is expected to close in March, subject to "
            "regulatory approvals.",
            ["The deal is expected to close"],
        ),
        (  # ", which ended ..." is about the quarter the date belongs to
            "Brindlecote reported results for the first quarter of fiscal 2026, which ended "
            "December 27, 2025.",
            ["Brindlecote reported results", "The first quarter of fiscal 2026 ended"],
        ),
        (  # ", which began July 1" is about the date before it
            "The state cut its grant for fiscal 2027, which began July 1.",
            ["The state cut its grant", "Fiscal 2027 began"],
        ),
        (  # a verbless list of times and places for one fact keeps the fact's label
            "The board will hold listening sessions at 6:30 p.m. next Wednesday and at 9 a.m. "
            "on Saturday, March 18, at the district office.",
            ["The board will hold listening sessions", "The board will hold listening sessions"],
        ),
        (  # a shared passive auxiliary; two dates for one fact ("a decade ago, in 2016")
            "The mission was first proposed in 2011 and approved a decade ago, in 2013.",
            ["The mission was first proposed", "The mission was approved"],
        ),
        (  # a second past verb after "and" shares the subject
            "Talks lasted eleven hours on Monday and ended at 11:40 p.m.",
            ["Talks lasted eleven hours", "Talks ended"],
        ),
        (  # ", who ..." about a name (after its age) labels the name
            "Voters backed the challenger against the incumbent, Marten Olofsen, 63, who conceded "
            "in a brief speech at 3 a.m.",
            ["Marten Olofsen conceded in a brief speech"],
        ),
        (  # ", and" before a new subject starts the dated clause
            "It meets every Monday evening, and its budget must be passed by the end of June.",
            ["Its budget must be passed"],
        ),
        (  # ... also when the clause opens with its date; "there will be" has its subject
            "Nine miners have been trapped for 36 hours, and this evening rescuers say they are "
            "close. We will bring you news, and there will be a report at 11 p.m.",
            ["Rescuers say they are close", "There will be a report"],
        ),
        (  # "shortly" goes with the clause it modifies
            "The roof of the tunnel collapsed at about 5:40 yesterday morning, shortly after the "
            "day shift went down into the mine.",
            ["The roof of the tunnel collapsed"],
        ),
        (  # ", and by the 1980s nearly every boat ...": a clause opening with its date
            "She revised it every spring, once the storms had moved, and by the 1980s nearly "
            "every boat in the sound carried a copy.",
            ["Nearly every boat in the sound carried a copy"],
        ),
        (  # the date sits after a colon: what follows it
            "Her voters may decide the runoff: in a poll published last week, nearly half of "
            "them said they preferred Ortiga.",
            ["Nearly half of them said they preferred Ortiga"],
        ),
        (  # a "whose" clause holds the date: the owner's fact
            "Bredal, 44, whose Homeland Movement was founded only in March 2021, did not concede.",
            ["Bredal's Homeland Movement was founded"],
        ),
        (  # what was told, not to whom; "shortly after" goes with its date
            "Ortiga told supporters on March Avenue shortly after 1 a.m. that the next five "
            "years had to be about trust.",
            ["The next five years had to be about trust"],
        ),
        (  # "it" needs its name; where it was said can go
            "Hadson Corp. said in a statement on Tuesday that it expects a loss.",
            ["Hadson Corp. said that it expects a loss"],
        ),
    ],
)
def test_labels_keep_the_clause_the_date_belongs_to(text: str, labels: list[str]) -> None:
    assert _labels_of(text) == labels


def _spans_of(text: str) -> list[tuple[str, date, date]]:
    from timeline_app.core.pipeline import analyse

    document = Document("article.txt", "", text, publication_date=PUB)
    return [(e.label, e.interval.first_day, e.interval.last_day) for e in analyse(document).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The festival runs from October 8 to 18.",
            [("The festival runs", date(2023, 10, 8), date(2023, 10, 18))],
        ),
        (
            "The summit is on April 24 and 25.",
            [("The summit", date(2023, 4, 24), date(2023, 4, 25))],
        ),
        (
            "Talks were held on Thursday and Friday.",
            [("Talks were held", date(2023, 3, 9), date(2023, 3, 10))],
        ),
        (  # two separate days stay two events with the same label
            "Shops opened on Monday and Thursday.",
            [
                ("Shops opened", date(2023, 3, 13), date(2023, 3, 13)),
                ("Shops opened", date(2023, 3, 9), date(2023, 3, 9)),
            ],
        ),
    ],
)
def test_a_stretch_of_days_is_one_event_and_a_list_of_days_is_several(
    text: str, expected: list[tuple[str, date, date]]
) -> None:
    assert _spans_of(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A man who cut cable on May 2 pleaded not guilty on Friday.",
            [("A man cut cable", "2024-05-02"), ("A man pleaded not guilty", "2024-05-10")],
        ),
        (
            "A man accused of cutting cable in a theft that halted trains on May 2 pleaded not "
            "guilty on Friday.",
            [("A theft halted trains", "2024-05-02"), ("A man pleaded not guilty", "2024-05-10")],
        ),
        (
            'A spokesman said yesterday that the firm was "reviewing its options" and would '
            "decide this week whether to raise its price.",
            [
                ('The firm was "reviewing its options"', "2024-05-12"),
                ("The firm would decide whether to raise its price", "2024-05-13"),
            ],
        ),
    ],
)
def test_a_relative_clause_with_its_own_date_is_its_own_event(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    text = "Title here\n\nMonday, May 13, 2024\n\n" + sentence + "\n"
    document = Document("t.txt", "Title here", text)
    pub = date(2024, 5, 13)
    events = build_events(
        document, tag_text(text, pub), split_sentences(text), publication_date=pub
    )
    assert [(e.label, e.interval.start.date().isoformat()) for e in events] == expected


def test_a_figure_s_move_after_an_aside_takes_the_sentence_s_subject() -> None:
    sentence = (
        "Net profit for the fiscal second quarter, which ended Sept 30, rose to 41.2 billion "
        "crowns from 29.9 billion crowns in the year-ago period."
    )
    text = "Title here\n\nMonday, May 13, 2024\n\n" + sentence + "\n"
    pub = date(2024, 5, 13)
    events = build_events(
        Document("t.txt", "Title here", text), tag_text(text, pub), split_sentences(text)
    )
    assert events[-1].label == "Net profit rose to 41.2 billion crowns"


def test_two_dates_of_one_clause_on_the_same_day_are_one_event() -> None:
    text = (
        "Shoppers are expected to pack the town centre today for Super Saturday, the last "
        "Saturday before Christmas."
    )
    events = events_of(text, tag_text(text, date(2013, 12, 21)))
    [event] = [e for e in events if e.label == "Shoppers are expected to pack the town centre"]
    assert [m.timex.text for m in event.mentions] == ["today", "the last Saturday before Christmas"]


def test_a_starting_point_frames_the_sentence_and_does_not_date_it() -> None:
    text = "For the first time since 2012, Good Friday falls on the evening Passover begins."
    since = timex(
        text, "2012", Interval.days(date(2012, 1, 1), date(2012, 12, 31), Granularity.YEAR)
    )
    friday = timex(text, "Good Friday", Interval.day(date(2015, 4, 3)))
    [event] = events_of(text, [since, friday])
    assert event.interval.first_day == date(2015, 4, 3)


def test_a_festival_keeps_its_name_in_its_label() -> None:
    text = (
        "With Diwali falling on Wednesday, the police have allowed crackers between 8pm and "
        "10pm that night. Last year's Diwali left the air quality index in the severe band."
    )
    pub = PublicationDate(date(2015, 11, 9), DateSource.DATELINE, "INDRAPUR, Nov. 9")
    document = Document(source="diwali.txt", title="Diwali", text=text, publication_date=pub)
    labels = {(e.interval.start.date().isoformat(), e.label) for e in analyse(document).events}
    assert ("2015-11-11", "With Diwali falling") in labels
    assert ("2014-10-23", "Last year's Diwali left the air quality index") in labels
