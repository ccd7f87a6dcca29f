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
