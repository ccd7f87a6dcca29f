"""Regression: publication dates reach the canvas keyed by document source, like events are."""

from __future__ import annotations

from timeline_app.gui import MainWindow


def test_publication_dates_are_keyed_by_document_source(loaded: MainWindow) -> None:
    sources = {e.document for e in loaded.state.events()}
    keyed = dict(loaded.state.publication_dates())
    assert set(keyed) == sources
    assert [d.isoformat() for d in keyed.values()] == ["2023-03-13"]


def test_document_titles_reach_the_legend_keyed_by_source(loaded: MainWindow) -> None:
    titles = loaded.state.doc_titles()
    assert list(titles.values()) == [
        "Dock workers end nine-day strike as port authority agrees to pay deal"
    ]
    assert set(titles) == {e.document for e in loaded.state.events()}


def test_documents_beyond_the_palette_get_new_colours(qtbot) -> None:
    from timeline_app.core.models import Document
    from timeline_app.core.pipeline import analyse
    from timeline_app.gui.state import AppState

    state = AppState()
    for i in range(12):
        state.add_analysis(analyse(Document(f"/news/doc{i}.txt", f"Doc {i}", "Talks ended.")))
    assert len(set(state.doc_colours().values())) == 12
