"""Start-up prefetch: the first articles are analysed in a second process and picked up later."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app import startup

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "harbour-strike.txt"


@pytest.fixture(autouse=True)
def no_leftovers() -> None:
    startup._pending.clear()


def test_a_prefetched_article_is_taken_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(startup, "_warm_up", lambda: None)
    startup.start([str(SAMPLE)])
    analysis = startup.take(str(SAMPLE))
    assert analysis is not None
    assert analysis.publication_date is not None
    assert analysis.publication_date.value.isoformat() == "2023-03-13"
    assert analysis.events
    assert startup.take(str(SAMPLE)) is None  # taken: the worker reads it itself next time


def test_a_file_that_fails_there_is_left_to_the_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(startup, "_warm_up", lambda: None)
    missing = tmp_path / "gone.txt"
    startup.start([str(missing)])
    assert startup.take(str(missing)) is None


def test_nothing_is_prefetched_in_a_frozen_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.frozen", True, raising=False)
    startup.start([str(SAMPLE)])
    assert startup.take(str(SAMPLE)) is None


def test_the_second_process_writes_one_result_per_file_in_order(tmp_path: Path) -> None:
    import io
    import pickle

    missing = tmp_path / "gone.txt"
    out = io.BytesIO()
    startup.main([str(SAMPLE), str(missing)], out=out)
    out.seek(0)
    first, second = pickle.load(out), pickle.load(out)
    assert first[0] == str(SAMPLE) and first[1].publication_date is not None
    assert second == (str(missing), None)


def test_cancel_stops_waiting_for_a_slow_second_process() -> None:
    import threading
    import time

    never = threading.Event()
    startup._pending[startup._key(str(SAMPLE))] = never  # a result that never comes
    began = time.monotonic()
    assert startup.take(str(SAMPLE), is_cancelled=lambda: True) is None
    assert time.monotonic() - began < 5  # not RESULT_WAIT
