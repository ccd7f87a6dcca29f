"""Start-up: analyse the command line's articles in a second process while Qt and matplotlib load.

Reading and tagging a first article and importing matplotlib are both Python work; in one process
they take turns on the interpreter lock. A spawned process does the article on the other core,
and the analysis worker picks up its result (``take``) instead of starting over. Anything that goes
wrong there is ignored: the worker then reads the file itself and reports errors as usual. Qt-free,
so it can start before PySide6 is imported; not used in a frozen bundle.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline_app.core.pipeline import Analysis

MAX_PREFETCH = 4  # the first few files of a long command line; the worker does the rest
WARM_UP_WAIT = 5.0  # seconds the warm-up waits for the window to say its canvas is ready
_pending: dict[str, Future[Analysis]] = {}
_canvas_ready = threading.Event()


def canvas_ready() -> None:
    """The window's timeline is up: this process may now prepare its own tagger (see ``take``)."""
    _canvas_ready.set()


def start(paths: Sequence[str]) -> None:
    """Begin analysing up to ``MAX_PREFETCH`` of ``paths`` in another process."""
    if not paths or getattr(sys, "frozen", False):
        return
    try:
        context = multiprocessing.get_context("spawn")
        executor = ProcessPoolExecutor(max_workers=1, mp_context=context)
        for path in paths[:MAX_PREFETCH]:
            _pending[_key(path)] = executor.submit(read_and_analyse, str(path))
        executor.shutdown(wait=False)  # the process ends once its work is done
    except (OSError, RuntimeError):
        _pending.clear()  # no second process here: the worker reads the files itself


def take(path: str) -> Analysis | None:
    """The prefetched analysis of ``path``, waiting for it if needed; None if there is none."""
    future = _pending.pop(_key(path), None)
    if future is None:
        return None
    try:
        analysis = future.result(timeout=120)
    except Exception:  # a ReadError, a broken process: the worker will redo it and report it
        return None
    if not _pending:  # this process has not tagged anything yet: get ready for the next article
        threading.Thread(target=_warm_up, name="timeline-warm-up", daemon=True).start()
    return analysis


def _warm_up() -> None:
    """Load the tagger here too, once the canvas is up, so a second article opens at once."""
    _canvas_ready.wait(WARM_UP_WAIT)
    from timeline_app.core.models import Document
    from timeline_app.core.pipeline import analyse

    analyse(Document("warm-up", "", "Talks resumed on Monday, March 4, 2024, officials said."))


def read_and_analyse(path: str) -> Analysis:
    from timeline_app.core.pipeline import analyse
    from timeline_app.io import read_document

    return analyse(read_document(path))


def _key(path: str | Path) -> str:
    return str(Path(path).absolute())
