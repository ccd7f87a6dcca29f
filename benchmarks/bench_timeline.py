"""Timeline drawing speed: first draw, zoom and pan steps, hover hit-tests. Prints a table.

    python benchmarks/bench_timeline.py [--events 50 10000]

Targets (issue 6): 10,000 events first draw <= 1 s, zoom/pan step <= 100 ms median, hover
without visible lag (a few ms); 50 events first draw <= 150 ms. Drawn with Agg off screen at
100 dpi on a 12 x 6 inch figure, as the canvas does; the first draw includes choosing the initial
view (``TimelineLayout.initial_limits``).
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline_app.plotting import TimelineStyle, draw_timeline  # noqa: E402


def _factory():  # the synthetic events the tests use
    spec = importlib.util.spec_from_file_location(
        "plotting_factory", ROOT / "tests/plotting/conftest.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["plotting_factory"] = module
    spec.loader.exec_module(module)
    return module


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def bench(n: int, steps: int = 30) -> dict[str, float]:
    events = _factory().synthetic_events(n, days=max(60, n // 3))
    fig = Figure(figsize=(12, 6), dpi=100)
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    style = TimelineStyle.light()

    def first() -> None:  # as the canvas opens new documents: on their initial view
        layout = draw_timeline(ax, events, style)
        ax.set_xlim(*layout.initial_limits())
        canvas.draw()

    first_ms = _timed(first)
    layout = draw_timeline(ax, events, style)
    canvas.draw()
    lo, hi = ax.get_xlim()
    zooms = []
    for i in range(steps):
        factor = 0.8 if i < steps // 2 else 1.25
        lo, hi = ax.get_xlim()
        c = lo + (hi - lo) * 0.4
        ax.set_xlim(c - (c - lo) * factor, c + (hi - c) * factor)
        zooms.append(_timed(canvas.draw))
    ax.set_xlim(lo, lo + (hi - lo) * 0.1)
    canvas.draw()
    pans = []
    for _ in range(steps):
        lo, hi = ax.get_xlim()
        shift = (hi - lo) * 0.03
        ax.set_xlim(lo + shift, hi + shift)
        pans.append(_timed(canvas.draw))
    bbox = ax.bbox
    hovers = [
        _timed(lambda i=i: layout.hit_test(bbox.x0 + bbox.width * i / steps, bbox.y1 - 40))
        for i in range(steps)
    ]
    return {
        "events": n,
        "first draw ms": first_ms,
        "zoom step ms (median)": statistics.median(zooms),
        "pan step ms (median)": statistics.median(pans),
        "hover hit-test ms (median)": statistics.median(hovers),
    }


TARGETS = {  # (events at least, column) -> budget in ms, from issue 6
    (10000, "first draw ms"): 1000.0,
    (10000, "zoom step ms (median)"): 100.0,
    (10000, "pan step ms (median)"): 100.0,
    (10000, "hover hit-test ms (median)"): 16.0,
    (50, "first draw ms"): 150.0,
}


def _cell(row: dict[str, float], key: str) -> str:
    if key == "events":
        return f"{int(row[key]):>26d}"
    budget = TARGETS.get((int(row["events"]), key))
    mark = "" if budget is None else (" ok" if row[key] <= budget else " SLOW")
    return f"{row[key]:>8.1f}{mark:<5}".rjust(26)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[50, 1000, 10000])
    args = parser.parse_args()
    rows = [bench(n) for n in args.events]
    keys = list(rows[0])
    print(" | ".join(f"{k:>26}" for k in keys))
    print("-" * (29 * len(keys)))
    for row in rows:
        print(" | ".join(_cell(row, k) for k in keys))
    print("ok / SLOW: against the budgets of issue 6 (Agg, 12 x 6 in at 100 dpi, this machine)")


if __name__ == "__main__":
    main()
