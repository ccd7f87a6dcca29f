"""The self-test the bundle runs in CI, run here in-process: fast, no PyInstaller."""

from __future__ import annotations

import io
import json
from datetime import date
from types import SimpleNamespace

import pytest

from timeline_app import resources, selftest
from timeline_app.core.models import Interval, Timex, TimexType

EXPECTED_CHECKS = {
    "version",
    "read sample",
    "publication date",
    "read every sample",
    "read html",
    "read docx",
    "analyse",
    "resolves 'Wednesday'",
    "resolves 'March 4'",
    "export png",
    "export svg",
    "export pdf",
    "read pdf",
}


def _run() -> tuple[int, dict]:
    out = io.StringIO()
    code = selftest.run_self_test(out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 1, "the status is one JSON line"
    return code, json.loads(lines[0])


@pytest.fixture(scope="module")
def sample_run() -> tuple[int, dict]:
    """One run on the real sample, shared: it reads, analyses and exports (about a second)."""
    return _run()


def test_self_test_passes_on_the_sample(sample_run: tuple[int, dict]) -> None:
    code, status = sample_run

    failed = [c for c in status["checks"] if not c["ok"]]
    assert failed == []
    assert code == 0
    assert status["ok"] is True
    assert "error" not in status
    assert status["version"] == selftest.__version__
    assert {c["name"] for c in status["checks"]} >= EXPECTED_CHECKS


def test_self_test_reports_the_resolved_dates(sample_run: tuple[int, dict]) -> None:
    _, status = sample_run

    details = {c["name"]: c["detail"] for c in status["checks"]}
    assert details["resolves 'Wednesday'"] == "'Wednesday' -> 2023-03-15"
    assert details["resolves 'March 4'"] == "'March 4' -> 2023-03-04"
    assert details["publication date"].startswith("2023-03-13")


def test_self_test_fails_with_the_reason_when_the_sample_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(resources, "SAMPLE_ARTICLE", ("samples", "no-such-article.txt"))

    code, status = _run()

    assert code == 1
    assert status["ok"] is False
    assert "sample article missing" in status["error"]
    assert "no-such-article.txt" in status["error"]
    assert "export png" not in {c["name"] for c in status["checks"]}


def test_a_wrong_date_names_what_was_found() -> None:
    wednesday = Timex(
        12, 24, "on Wednesday", TimexType.DATE, "2023-03-08", Interval.day(date(2023, 3, 8))
    )
    state = {"analysis": SimpleNamespace(timexes=(wednesday,))}

    with pytest.raises(selftest.CheckFailed) as failure:
        selftest._check_date(state, "Wednesday", date(2023, 3, 15))

    assert str(failure.value) == "expected 2023-03-15, found 'on Wednesday' -> 2023-03-08"
