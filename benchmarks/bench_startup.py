"""Start-up time: `timeline-app SAMPLE` to a drawn timeline, beside the floor any such app pays.

The floor is a bare script that imports PySide6, matplotlib's QtAgg canvas and dateparser, parses
one date and draws one point. Each run is a fresh process, timed from just before it is spawned to
the moment its timeline has been drawn (the child prints the wall-clock time of that moment).
Also timed: opening a second, typical article into a window that has shown the first for a
second (as a reader would), the same way run_gui starts: the first article is analysed in a second
process (timeline_app.startup) while Qt and matplotlib load.

    python benchmarks/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"

FLOOR = r"""
import sys, time
from PySide6.QtWidgets import QApplication
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
import dateparser
app = QApplication([])
when = dateparser.parse("Monday", languages=["en"], settings={"PREFER_DATES_FROM": "past"})
figure = Figure()
canvas = FigureCanvasQTAgg(figure)
figure.add_subplot().plot([when], [0], "o")
canvas.mpl_connect("draw_event", lambda _e: (print(time.time()), app.quit()))
canvas.show()
app.exec()
"""

APP = r"""
import sys, time
from timeline_app import startup
startup.start([sys.argv[1]])  # as run_gui does
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from timeline_app.gui.main_window import MainWindow
window = MainWindow(lazy_canvas=True)
window.show()
QTimer.singleShot(0, window.canvas.ensure)
window.documents_loaded.connect(lambda *_: QTimer.singleShot(200, startup.canvas_ready))
window.open_paths([sys.argv[1]])
second = sys.argv[2]
state = {"first": None, "second_started": None}

def drawn_ids():
    host = window.canvas
    return set(host.ensure().event_display_positions()) if host.ready else set()

def open_second():
    state["second_started"] = time.perf_counter()
    window.open_paths([second])

def poll():
    ids = drawn_ids()
    if state["first"] is None:
        if ids:
            state["first"] = time.time()
            state["before"] = ids
            QTimer.singleShot(1000, open_second)  # a reader opens the next article a moment later
    elif ids - state["before"]:
        print(state["first"], time.perf_counter() - state["second_started"])
        app.quit()
        return
    QTimer.singleShot(2, poll)

QTimer.singleShot(0, poll)
app.exec()
"""


def _run(code: str, *args: str) -> list[float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout.split()
    return [float(out[0]) - start, *map(float, out[1:])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    first = str(SAMPLES / "harbour-strike.txt")
    second = str(SAMPLES / "reservoir-reopens.html")
    _run(FLOOR)  # warm the file cache for both
    _run(APP, first, second)
    floor, app, second_open = [], [], []
    for _ in range(runs):
        floor.append(_run(FLOOR)[0])
        startup, opened = _run(APP, first, second)
        app.append(startup)
        second_open.append(opened)
    floor_s, app_s = statistics.median(floor), statistics.median(app)
    print(f"{'measure (median of ' + str(runs) + ' runs)':44} {'seconds':>8}")
    print(f"{'floor: PySide6+QtAgg+dateparser, one point':44} {floor_s:8.2f}")
    print(f"{'timeline-app SAMPLE to drawn timeline':44} {app_s:8.2f}")
    print(f"{'ratio to floor (goal <= 1.25)':44} {app_s / floor_s:8.2f}")
    print(f"{'open a second article (goal <= 0.30)':44} {statistics.median(second_open):8.2f}")


if __name__ == "__main__":
    main()
