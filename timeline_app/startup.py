"""Start-up: analyse the command line's articles in a second process while Qt and matplotlib load.

Reading and tagging a first article and importing matplotlib are both Python work; in one process
they take turns on the interpreter lock. A spawned process does the article on the other core,
and the analysis worker picks up its result (``take``) instead of starting over. Anything that goes
wrong there is ignored: the worker then reads the file itself and reports errors as usual. Qt-free,
so it can start before PySide6 is imported; not used in a frozen bundle.

The second process is a plain ``python -c`` child that writes one pickled ``(path, analysis)`` per
file to its stdout, not a multiprocessing pool: a pool costs this process the multiprocessing
imports and starts a third interpreter (its resource tracker), all competing for the same two
cores while Qt and matplotlib load.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from timeline_app.core.pipeline import Analysis

MAX_PREFETCH = 4  # the first few files of a long command line; the worker does the rest
WARM_UP_WAIT = 5.0  # seconds the warm-up waits for the window to say its canvas is ready
RESULT_WAIT = 120.0  # seconds take() waits for the second process before giving up on it
_WAIT_STEP = 0.1  # how often a waiting take() checks for Cancel
_CHILD = (
    "import sys; sys.path.insert(0, sys.argv[1]); from timeline_app.startup import main; main()"
)
_pending: dict[str, threading.Event] = {}  # set once the file's result (or the end) has come
_results: dict[str, Analysis] = {}
_canvas_ready = threading.Event()


def canvas_ready() -> None:
    """The window's timeline is up: this process may now prepare its own tagger (see ``take``)."""
    _canvas_ready.set()


def start(paths: Sequence[str]) -> None:
    """Begin analysing up to ``MAX_PREFETCH`` of ``paths`` in another process."""
    if not paths or getattr(sys, "frozen", False):
        return
    wanted = [str(path) for path in paths[:MAX_PREFETCH]]
    root = str(Path(__file__).resolve().parent.parent)  # where this timeline_app is imported from
    try:
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, root, *wanted],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        return  # no second process here: the worker reads the files itself
    events = {_key(path): threading.Event() for path in wanted}
    _pending.update(events)
    reader = threading.Thread(
        target=_read_results, args=(child, events), name="timeline-prefetch", daemon=True
    )
    reader.start()


def take(path: str, is_cancelled: Callable[[], bool] = lambda: False) -> Analysis | None:
    """The prefetched analysis of ``path``, waiting for it if needed; None if there is none, or
    as soon as ``is_cancelled`` says so (the user pressed Cancel while it was still coming)."""
    key = _key(path)
    arrived = _pending.pop(key, None)
    if arrived is None:
        return None
    waited = 0.0
    while not arrived.wait(_WAIT_STEP):
        waited += _WAIT_STEP
        if waited >= RESULT_WAIT or is_cancelled():
            return None
    analysis = _results.pop(key, None)  # None: it failed there; the worker redoes and reports it
    if not _pending:  # this process has not tagged anything yet: get ready for the next article
        threading.Thread(target=_warm_up, name="timeline-warm-up", daemon=True).start()
    return analysis


def _read_results(child: subprocess.Popen[bytes], events: dict[str, threading.Event]) -> None:
    """Collect the child's results as they come; at its end, release every waiting ``take``."""
    stream = child.stdout
    assert stream is not None
    try:
        while True:
            key, analysis = pickle.load(stream)
            if analysis is not None:
                _results[key] = analysis
            events[key].set()
    except Exception:  # the end of the stream, or a child that broke: the worker does the rest
        pass
    finally:
        for event in events.values():
            event.set()
        stream.close()
        child.wait()


def _warm_up() -> None:
    """Load the readers and tagger here too, once the canvas is up, so a second article opens at
    once (the first one's analysis arrived without loading them)."""
    _canvas_ready.wait(WARM_UP_WAIT)
    import timeline_app.io  # noqa: F401
    from timeline_app.core.models import Document
    from timeline_app.core.pipeline import analyse

    analyse(Document("warm-up", "", "Talks resumed on Monday, March 4, 2024, officials said."))


def read_and_analyse(path: str) -> Analysis:
    from timeline_app.core.pipeline import analyse
    from timeline_app.io import read_document

    return analyse(read_document(path))


def main(argv: Sequence[str] | None = None, out: IO[bytes] | None = None) -> None:
    """The second process: analyse each file named after the import root, in order."""
    paths = list(sys.argv[2:] if argv is None else argv)
    stream = out
    if stream is None:
        stream = sys.stdout.buffer
        sys.stdout = sys.stderr  # a stray print() must not break the stream of results
    for path in paths:
        try:
            analysis: Analysis | None = read_and_analyse(path)
        except Exception:  # reported by the worker, which reads the file again
            analysis = None
        try:
            pickle.dump((_key(path), analysis), stream, protocol=pickle.HIGHEST_PROTOCOL)
            stream.flush()
        except (OSError, pickle.PicklingError):
            return  # the window has gone, or the analysis cannot travel: the worker redoes it


def _key(path: str | Path) -> str:
    return str(Path(path).absolute())
