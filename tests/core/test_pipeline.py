"""analyse(): tagging, events and edits in one call (the tagger is stubbed to stay independent)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from timeline_app.core import pipeline
from timeline_app.core.edits import EditDate, EditLabel, HideEvent
from timeline_app.core.models import (
    Certainty,
    DateSource,
    Document,
    Interval,
    PublicationDate,
    Span,
    Timex,
    TimexType,
)

TEXT = "The port reopened on Monday.\n\nThe strike lasted nine days."
DETECTED = PublicationDate(date(2023, 3, 13), DateSource.DATELINE, "March 13")
USER = PublicationDate(date(2023, 3, 20), DateSource.USER, "set by the user")


def fake_tagger(text: str, pub: date | None, *, excluded: Sequence[Span] = ()) -> list[Timex]:
    """Monday of the publication week, and a duration: enough to see the override travel."""
    monday = Interval.day(pub) if pub else None
    certainty = Certainty.INFERRED if pub else Certainty.UNRESOLVED
    return [
        Timex(21, 27, "Monday", TimexType.DATE, str(pub), monday, certainty),
        Timex(47, 56, "nine days", TimexType.DURATION, "P9D"),
    ]


@pytest.fixture(autouse=True)
def stub_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "tag_text", fake_tagger)


def test_analyse_builds_events_from_the_detected_date() -> None:
    analysis = pipeline.analyse(Document("a.txt", "A", TEXT, DETECTED))
    assert analysis.publication_date == DETECTED
    assert len(analysis.sentences) == 2 and len(analysis.timexes) == 2
    [event] = analysis.events
    assert event.interval == Interval.day(date(2023, 3, 13))
    assert analysis.base_events == analysis.events


def test_publication_date_override_wins() -> None:
    analysis = pipeline.analyse(Document("a.txt", "A", TEXT, DETECTED), publication_date=USER)
    assert analysis.publication_date == USER
    assert analysis.events[0].interval.first_day == date(2023, 3, 20)


def test_without_publication_date_relative_dates_are_no_events() -> None:
    analysis = pipeline.analyse(Document("a.txt", "A", TEXT))
    assert analysis.publication_date is None and analysis.events == ()


def test_edits_are_applied_and_lost_ones_reported() -> None:
    document = Document("a.txt", "A", TEXT, DETECTED)
    event_id = pipeline.analyse(document).events[0].id
    lost = EditLabel("gone", "x")
    analysis = pipeline.analyse(
        document, edits=[EditLabel(event_id, "Port reopens"), HideEvent(event_id), lost]
    )
    [event] = analysis.events
    assert (event.label, event.hidden, event.edited) == ("Port reopens", True, True)
    assert analysis.visible_events == ()
    assert analysis.lost_edits == (lost,)
    assert analysis.base_events[0].label == "The port reopened"


def test_with_edits_replaces_the_edit_list_without_tagging_again() -> None:
    analysis = pipeline.analyse(Document("a.txt", "A", TEXT, DETECTED))
    event_id = analysis.events[0].id
    march = Interval.day(date(2023, 3, 1))
    redated = pipeline.with_edits(analysis, [EditDate(event_id, march)])
    assert redated.events[0].interval == march
    assert pipeline.with_edits(redated, []).events == analysis.events


def test_with_edits_on_a_hand_built_analysis_uses_its_events() -> None:
    full = pipeline.analyse(Document("a.txt", "A", TEXT, DETECTED))
    bare = pipeline.Analysis(full.document, DETECTED, full.sentences, full.timexes, full.events)
    hidden = pipeline.with_edits(bare, [HideEvent(full.events[0].id)])
    assert hidden.events[0].hidden and hidden.base_events == full.events


def test_analyse_stops_when_cancelled() -> None:
    from timeline_app.core.models import DateSource, Document, PublicationDate
    from timeline_app.core.pipeline import Cancelled, analyse

    published = PublicationDate(date(2023, 3, 13), DateSource.USER, "test")
    document = Document("a.txt", "", "Talks collapsed on Sunday. " * 500, published)
    asked: list[int] = []

    def cancel_on_third_question() -> bool:
        asked.append(1)
        return len(asked) >= 3

    with pytest.raises(Cancelled):
        analyse(document, is_cancelled=cancel_on_third_question)
    assert len(asked) <= 4  # it stops at the next check after the answer turned True
