"""Project files: round trip, atomic saves, clear errors, and reopening a changed article."""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.core import pipeline
from timeline_app.core.edits import AddEvent, Edit, EditDate, EditLabel, HideEvent
from timeline_app.core.models import (
    DateSource,
    Document,
    Granularity,
    Interval,
    PublicationDate,
    Span,
    Timex,
    TimexType,
)
from timeline_app.io import project as project_module
from timeline_app.io.project import (
    SCHEMA_VERSION,
    Project,
    ProjectError,
    load_project,
    restore_project,
    save_project,
)

MARCH = Interval.days(date(2023, 3, 1), date(2023, 3, 31), Granularity.MONTH)
USER_DATE = PublicationDate(date(2023, 3, 13), DateSource.USER, "set by hand")
ARTICLE = "The port reopened on 14 March 2023. Trade fell sharply.\n"


def sample_project(tmp_path: Path) -> Project:
    article = str(tmp_path / "articles" / "port.txt")
    other = str(tmp_path / "other.txt")
    edits: tuple[Edit, ...] = (
        EditDate("abc123", MARCH, "The port reopened."),
        EditLabel("abc123", "Port reopens — “finally”", "The port reopened."),
        HideEvent("def456", True, "Trade fell."),
        AddEvent(article, Span(36, 54), MARCH, "Trade falls", "Trade fell sharply"),
    )
    return Project((article, other), {article: USER_DATE}, {article: edits}, frozenset({other}))


def test_round_trip_restores_everything(tmp_path: Path) -> None:
    project = sample_project(tmp_path)
    path = tmp_path / "session.timeline.json"
    save_project(path, project)
    assert load_project(path) == project


def test_file_is_versioned_json_with_relative_paths(tmp_path: Path) -> None:
    path = tmp_path / "session.timeline.json"
    save_project(path, sample_project(tmp_path))
    payload = json.loads(path.read_text(encoding="utf-8"))
    assert payload["schema"] == SCHEMA_VERSION == 1
    assert [f["path"] for f in payload["files"]] == ["articles/port.txt", "other.txt"]
    assert [e["kind"] for e in payload["files"][0]["edits"]] == ["date", "label", "hide", "add"]
    assert [f["shown"] for f in payload["files"]] == [True, False]


def test_a_file_from_before_shown_existed_opens_with_every_article_shown(tmp_path: Path) -> None:
    """Schema 1 files written before "shown" was added have no such field."""
    path = tmp_path / "old.timeline.json"
    entry = {"path": "port.txt", "open": True, "publication_date": None, "edits": []}
    path.write_text(json.dumps({"schema": 1, "app": "timeline-app", "files": [entry]}))
    project = load_project(path)
    assert project.files == (str(tmp_path / "port.txt"),)
    assert project.hidden == frozenset()


def test_hidden_articles_round_trip(tmp_path: Path) -> None:
    shown, hidden = str(tmp_path / "shown.txt"), str(tmp_path / "hidden.txt")
    project = Project((shown, hidden)).with_shown(hidden, False)
    path = tmp_path / "compare.timeline.json"
    save_project(path, project)
    loaded = load_project(path)
    assert loaded.hidden == frozenset({hidden})
    assert loaded.files == (shown, hidden)
    assert loaded.with_shown(hidden, True).hidden == frozenset()


def test_project_moved_with_its_articles_still_points_at_them(tmp_path: Path) -> None:
    first = tmp_path / "first"
    first.mkdir()
    project = Project((str(first / "port.txt"),))
    save_project(first / "p.timeline.json", project)
    moved = tmp_path / "moved"
    os.rename(first, moved)
    assert load_project(moved / "p.timeline.json").files == (str(moved / "port.txt"),)


def test_failed_save_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "session.timeline.json"
    save_project(path, Project(("old.txt",)))
    before = path.read_bytes()

    def crash(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(project_module.os, "replace", crash)
    with pytest.raises(ProjectError, match="No space left"):
        save_project(path, sample_project(tmp_path))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["session.timeline.json"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "not a timeline project"),
        ('{"files": []}', "no schema number"),
        ('{"schema": 2, "files": []}', "newer version"),
        ('{"schema": 1, "files": [{"path": 3}]}', "damaged"),
        ('{"schema": 0, "files": []}', "no schema number"),
        ('{"schema": 1, "files": [{"open": true}]}', "the field 'path' is missing"),
        ('{"schema": 1, "files": [{"path": "a", "edits": [{"kind": "zap"}]}]}', "damaged"),
        ('{"schema": 1, "files": [{"path": "a", "publication_date": {"value": "x"}}]}', "damaged"),
        ('{"schema": 1, "files": [{"path": "a", "shown": "no"}]}', "'shown' must be true or"),
    ],
)
def test_bad_files_raise_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.timeline.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProjectError, match=message):
        load_project(path)


def test_missing_file_raises_project_error(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="Cannot read"):
        load_project(tmp_path / "none.timeline.json")


def test_project_changes_return_copies() -> None:
    empty = Project()
    one = empty.with_file("a.txt").with_file("a.txt")
    assert one.files == ("a.txt",) and empty.files == ()
    dated = one.with_publication_date("a.txt", USER_DATE)
    assert dated.publication_dates == {"a.txt": USER_DATE}
    assert dated.with_publication_date("a.txt", None).publication_dates == {}
    edited = dated.with_edit("a.txt", HideEvent("x")).with_edit("a.txt", HideEvent("y"))
    assert edited.edits_for("a.txt") == (HideEvent("x"), HideEvent("y"))
    hidden = edited.with_shown("a.txt", False)
    assert hidden.hidden == {"a.txt"} and edited.hidden == frozenset()
    assert hidden.without_file("a.txt") == Project()


def stub_tagger(text: str, pub: date | None, *, excluded: object = ()) -> list[Timex]:
    """Tags "14 March 2023" wherever it is, so these tests do not wait on the real tagger."""
    start = text.index("14 March 2023")
    day = Interval.day(date(2023, 3, 14))
    return [Timex(start, start + 13, "14 March 2023", TimexType.DATE, "2023-03-14", day)]


def test_restore_keeps_matching_edits_and_reports_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "tag_text", stub_tagger)
    article = tmp_path / "port.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    source = str(article)

    def read(path: str) -> Document:
        return Document(path, "Port", Path(path).read_text(encoding="utf-8"))

    first = restore_project(Project((source,)), read)
    [event] = first.analyses[0].events
    add = AddEvent.from_selection(first.analyses[0].document, Span(36, 54), MARCH, "Trade falls")
    gone = EditLabel("no-such-event", "x", "A sentence that was removed.")
    project = Project((source,), {}, {source: (EditLabel(event.id, "Port reopens"), add, gone)})
    path = tmp_path / "s.timeline.json"
    save_project(path, project)

    article.write_text("Update: new intro.\n\n" + ARTICLE, encoding="utf-8")
    restored = restore_project(load_project(path), read)
    assert restored.lost == {source: (gone,)}
    assert [e.label for e in restored.analyses[0].events] == ["Port reopens", "Trade falls"]
    assert gone not in restored.project.edits_for(source)
    assert restored.errors == {}


def test_restore_reports_unreadable_files(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.txt")

    def read(path: str) -> Document:
        raise OSError(2, "No such file", path)

    restored = restore_project(Project((missing,)), read)
    assert restored.analyses == () and missing in restored.errors


_TEXT = st.text(st.characters(codec="utf-8"), max_size=30)
_INTERVALS = st.builds(
    lambda day, n: Interval.days(
        day, day + timedelta(days=n), Granularity.DAY if n == 0 else Granularity.WEEK
    ),
    st.dates(min_value=date(1, 1, 1), max_value=date(9000, 1, 1)),
    st.integers(0, 6),
)
_EDITS = st.one_of(
    st.builds(EditDate, _TEXT, _INTERVALS, _TEXT),
    st.builds(EditLabel, _TEXT, _TEXT, _TEXT),
    st.builds(HideEvent, _TEXT, st.booleans(), _TEXT),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=st.lists(_EDITS, max_size=6), evidence=_TEXT)
def test_any_edits_survive_a_round_trip(tmp_path: Path, edits: list[Edit], evidence: str) -> None:
    source = str(tmp_path / "a.txt")
    pub = PublicationDate(date(2023, 3, 13), DateSource.USER, evidence)
    project = Project((source,), {source: pub}, {source: tuple(edits)} if edits else {})
    path = tmp_path / "p.timeline.json"
    save_project(path, project)
    assert load_project(path) == project
