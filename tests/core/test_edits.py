"""User corrections: re-date, relabel, hide, add; applied purely, checked against changed text."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.edits import (
    AddEvent,
    Edit,
    EditDate,
    EditLabel,
    HideEvent,
    apply_edits,
    describe_edit,
    reconcile,
)
from timeline_app.core.events import build_events
from timeline_app.core.models import (
    Certainty,
    Document,
    Event,
    Granularity,
    Interval,
    Span,
    Timex,
    TimexType,
)
from timeline_app.core.sentences import split_sentences

TEXT = "The port reopened on Monday. The mayor resigned on Sunday. Trade fell sharply."
MONDAY = Interval.day(date(2023, 3, 13))
SUNDAY = Interval.day(date(2023, 3, 12))
MARCH = Interval.days(date(2023, 3, 1), date(2023, 3, 31), Granularity.MONTH)


def analyse_text(text: str) -> tuple[Document, list[Event]]:
    document = Document("/data/port.txt", "Port", text)
    timexes = []
    for phrase, interval in (("Monday", MONDAY), ("Sunday", SUNDAY)):
        if phrase in text:
            start = text.index(phrase)
            timexes.append(
                Timex(start, start + 6, phrase, TimexType.DATE, "x", interval, Certainty.INFERRED)
            )
    return document, build_events(document, timexes, split_sentences(text))


@pytest.fixture
def port() -> tuple[Document, list[Event]]:
    return analyse_text(TEXT)


def test_no_edits_change_nothing(port: tuple[Document, list[Event]]) -> None:
    document, events = port
    assert apply_edits(events, [], document) == events


@pytest.mark.parametrize(
    ("edit_for", "check"),
    [
        (
            lambda e: EditDate(e.id, MARCH),
            lambda e: e.interval == MARCH and e.certainty is Certainty.EXACT,
        ),
        (lambda e: EditLabel(e.id, "Port reopens"), lambda e: e.label == "Port reopens"),
        (lambda e: HideEvent(e.id), lambda e: e.hidden),
    ],
    ids=["re-date", "relabel", "hide"],
)
def test_edit_changes_only_its_event(port, edit_for, check) -> None:
    document, events = port
    edited = apply_edits(events, [edit_for(events[0])], document)
    assert check(edited[0]) and edited[0].edited
    assert edited[0].mentions == events[0].mentions
    assert edited[1] == events[1]


def test_later_edit_wins_and_unhide_restores(port: tuple[Document, list[Event]]) -> None:
    document, events = port
    target = events[1].id
    edits: list[Edit] = [
        EditLabel(target, "first"),
        EditLabel(target, "second"),
        HideEvent(target),
        HideEvent(target, hidden=False),
    ]
    result = apply_edits(events, edits, document)
    assert (result[1].label, result[1].hidden) == ("second", False)


def test_add_event_from_selected_text_lands_in_text_order(port) -> None:
    document, events = port
    span = Span(TEXT.index("Trade"), len(TEXT) - 1)
    add = AddEvent.from_selection(document, span, MARCH, "Trade fell")
    result = apply_edits(events, [add], document)
    assert [e.label for e in result][-1] == "Trade fell"
    added = result[-1]
    assert (added.interval, added.sentence, added.edited) == (MARCH, span, True)
    assert added.sentence_text == "Trade fell sharply"
    assert added.id == add.event_id
    relabelled = apply_edits(events, [add, EditLabel(add.event_id, "Trade slumps")], document)
    assert relabelled[-1].label == "Trade slumps"


def test_add_event_for_another_document_is_ignored(port) -> None:
    document, events = port
    add = AddEvent("/data/other.txt", Span(0, 5), MARCH, "x", "The p")
    assert apply_edits(events, [add], document) == events


def test_edits_for_unknown_events_are_ignored(port) -> None:
    document, events = port
    assert apply_edits(events, [EditLabel("nope", "x")], document) == events


def test_reconcile_keeps_edits_whose_sentences_moved(port) -> None:
    document, events = port
    add = AddEvent.from_selection(document, Span(59, 77), MARCH)
    edits: list[Edit] = [HideEvent(events[0].id), EditLabel(events[1].id, "Mayor quits"), add]
    moved_doc, moved_events = analyse_text("Editor's note: updated.\n\n" + TEXT)
    result = reconcile(edits, moved_events, moved_doc)
    assert result.lost == ()
    assert result.kept[:2] == tuple(edits[:2])
    moved_add = result.kept[2]
    assert isinstance(moved_add, AddEvent)
    assert moved_doc.text[moved_add.span.start : moved_add.span.end] == "Trade fell sharply"
    applied = apply_edits(moved_events, result.kept, moved_doc)
    assert [e.label for e in applied] == ["The port reopened", "Mayor quits", "Trade fell sharply"]
    assert applied[0].hidden


def test_reconcile_reports_edits_whose_text_changed(port) -> None:
    document, events = port
    add = AddEvent.from_selection(document, Span(59, 77), MARCH)
    edits: list[Edit] = [EditLabel(events[0].id, "Port reopens", events[0].sentence_text), add]
    changed = TEXT.replace("The port reopened", "The port partly reopened").replace(
        "Trade fell sharply", "Trade recovered"
    )
    new_doc, new_events = analyse_text(changed)
    result = reconcile(edits, new_events, new_doc)
    assert result.kept == ()
    assert result.lost == tuple(edits)
    assert describe_edit(result.lost[0]) == "new label for “The port reopened on Monday.”"
    assert describe_edit(result.lost[1]).startswith("added event “Trade fell sharply”")


def test_reconcile_repoints_an_edit_when_only_the_id_changed(port) -> None:
    document, events = port
    edit = EditLabel("id-from-an-older-tagger", "Port reopens", events[0].sentence_text)
    result = reconcile([edit], events, document)
    assert result.kept == (EditLabel(events[0].id, "Port reopens", events[0].sentence_text),)
    assert apply_edits(events, result.kept, document)[0].label == "Port reopens"


def test_reconcile_does_not_guess_between_clauses_of_one_sentence() -> None:
    text = "The union voted on Monday, and the mayor resigned on Sunday."
    document, events = analyse_text(text)
    assert len(events) == 2
    result = reconcile([HideEvent("old-id", True, text)], events, document)
    assert result.kept == ()
