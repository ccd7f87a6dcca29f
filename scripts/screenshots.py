"""Take the README screenshots offscreen: python scripts/screenshots.py [OUT_DIR].

Shows the empty window, one article, a selected event, an article with no publication date and
two articles compared, at 1280×800.
Settings go to a temporary folder so the user's own are untouched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
SECOND_ARTICLE = """Ferry crews join Halverston port dispute

By Staff Reporter

Ferry crews in Halverston walked out on Tuesday in support of the dock workers, a day after the
dock strike ended. The ferry operator said services to the islands would resume on Thursday.

The crews' union said a ballot on further action would be held on March 28. Talks with the
operator first broke down in January, and a previous stoppage in November 2022 lasted two days.
"""


def main(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    settings_dir = tempfile.mkdtemp(prefix="timeline-shots-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = QApplication([sys.argv[0]])
    app.setOrganizationName("timeline-app-screenshots")
    app.setApplicationName("timeline-app-screenshots")
    from timeline_app.gui import MainWindow

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    _settle(app)
    _save(window, out_dir / "empty-window.png")
    _wait_loaded(app, window, lambda: window.open_sample())
    _save(window, out_dir / "one-article.png")
    target = next(
        (e for e in window.state.events() if e.timex.text == "Thursday"), window.state.events()[0]
    )
    window.state.select_event(target.id)
    _zoom_to(window, target.interval.start, days=24)
    _save(window, out_dir / "selected-event.png")
    second = Path(settings_dir) / "ferry-crews.txt"
    second.write_text(SECOND_ARTICLE, encoding="utf-8")
    _wait_loaded(app, window, lambda: window.open_paths([second]))
    _save(window, out_dir / "no-publication-date.png")
    # the user enters the date the second article lacks: its relative dates resolve
    ferry = str(second)
    _wait_loaded(app, window, lambda: window.opening.reanalyse(ferry, date(2023, 3, 14)))
    window.state.select_event(None)
    _save(window, out_dir / "two-articles.png")
    window.state.mark_saved()
    window.close()
    return 0


def _zoom_to(window, centre, days: float) -> None:  # type: ignore[no-untyped-def]
    """Zoom the timeline to ``days`` around ``centre`` so single markers show."""
    from matplotlib.dates import date2num

    lo, hi = window.canvas.ax.get_xlim()
    window.canvas.zoom(days / (hi - lo), about=date2num(centre))


def _wait_loaded(app: QApplication, window, start) -> None:  # type: ignore[no-untyped-def]
    loop = QEventLoop()
    window.documents_loaded.connect(lambda _sources: loop.quit())
    QTimer.singleShot(60_000, loop.quit)
    start()
    loop.exec()
    _settle(app)


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _save(window, path: Path) -> None:  # type: ignore[no-untyped-def]
    _settle(QApplication.instance())  # type: ignore[arg-type]
    window.grab().save(str(path))
    print(f"wrote {path}")


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
