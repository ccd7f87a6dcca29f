"""Styles, label widths and the wording of dates."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.colors import to_rgb
from matplotlib.font_manager import FontProperties

from timeline_app.core.models import Granularity, Interval
from timeline_app.plotting import OKABE_ITO, TimelineStyle, document_colors, format_interval
from timeline_app.plotting.text import display_label, text_width_pt, tooltip_text

G = Granularity


def _luminance(color: str) -> float:
    r, g, b = to_rgb(color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("style", [TimelineStyle.light(), TimelineStyle.dark()])
def test_styles_use_okabe_ito_with_readable_contrast(style):
    with pytest.raises(dataclasses.FrozenInstanceError):
        style.text = "red"  # type: ignore[misc]
    assert set(style.palette) <= set(OKABE_ITO.values())
    assert len(set(style.palette)) >= 6
    background = _luminance(style.axes_face)
    assert abs(_luminance(style.text) - background) > 0.7
    for color in style.palette:  # every document colour stands out from the background
        assert abs(_luminance(color) - background) > 0.2


def test_document_colours_are_stable_and_distinct():
    style = TimelineStyle.light()
    colors = document_colors(["a", "b", "a", "c"], style)
    assert list(colors) == ["a", "b", "c"]
    assert len(set(colors.values())) == 3
    assert document_colors(["a"], style, {"a": "#123456"}) == {"a": "#123456"}


@pytest.mark.parametrize("style", [TimelineStyle.light(), TimelineStyle.dark()])
def test_many_documents_get_distinct_readable_colours(style):
    colors = document_colors([f"doc{i}" for i in range(3 * len(style.palette))], style)
    assert len(set(colors.values())) == 3 * len(style.palette)
    background = _luminance(style.axes_face)
    for color in colors.values():
        assert abs(_luminance(color) - background) > 0.2


@pytest.mark.parametrize(
    "text",
    ["Dock workers vote to end strike", "WWWW MMMM", "iiiil", "Über-café (déjà vu) 3%", "—“x”…"],
)
@pytest.mark.parametrize("size", [7.5, 8.5, 12])
def test_estimated_width_is_never_short(text, size):
    renderer = RendererAgg(10, 10, 144)
    real, _, _ = renderer.get_text_width_height_descent(text, FontProperties(size=size), False)
    estimate = text_width_pt(text, size) * 2  # 144 dpi: two pixels a point
    assert real <= estimate <= real * 1.12 + 2


def test_long_labels_are_shortened_at_a_word():
    label = "Union leaders said the authority's offer of a 3 per cent raise did not keep pace"
    short = display_label(label)
    assert short.endswith("…") and len(short) <= 48
    assert label.startswith(short[:-1])
    assert display_label("  Short\n label ") == "Short label"


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (Interval.day(date(2023, 3, 4)), "Sat 4 Mar 2023"),
        (Interval(datetime(2023, 3, 13, 15), datetime(2023, 3, 13, 18), G.PART_OF_DAY),
         "Mon 13 Mar 2023 15:00–18:00"),
        (Interval.days(date(2023, 2, 1), date(2023, 2, 28), G.MONTH), "February 2023"),
        (Interval.days(date(2015, 1, 1), date(2015, 12, 31), G.YEAR), "2015"),
        (Interval.days(date(2023, 3, 11), date(2023, 3, 12), G.WEEKEND), "11–12 Mar 2023"),
        (Interval.days(date(2023, 2, 27), date(2023, 3, 5), G.WEEK), "27 Feb – 5 Mar 2023"),
        (Interval.days(date(2022, 12, 30), date(2023, 1, 2), G.WEEK),
         "30 Dec 2022 – 2 Jan 2023"),
        (Interval.days(date(1990, 1, 1), date(1999, 12, 31), G.DECADE), "1990–1999"),
        (Interval.days(date(2026, 10, 8), date(2026, 10, 18), G.DAY), "8–18 Oct 2026"),
        (Interval(datetime(2023, 3, 13, 6), datetime(2023, 3, 13, 12), G.PART_OF_DAY),
         "Mon 13 Mar 2023, morning"),
        (Interval(datetime(2026, 9, 27, 1), datetime(2026, 9, 27, 4, 1), G.MINUTE),
         "Sun 27 Sep 2026 01:00–04:00"),
    ],
)  # fmt: skip
def test_intervals_are_worded_at_their_precision(interval, text):
    assert format_interval(interval) == text


def test_a_stretch_of_days_is_a_bar_and_one_day_a_marker():
    assert Interval.day(date(2026, 10, 8)).is_point
    assert not Interval.days(date(2026, 10, 8), date(2026, 10, 18), G.DAY).is_point


def test_tooltip_says_when_what_and_which_words(harbour):
    vote = next(e for e in harbour if e.id == "vote")
    assert tooltip_text(vote) == (
        "Mon 13 Mar 2023 (inferred)\nDock workers vote to end strike\n“on Monday”"
    )


def test_character_advances_are_read_from_the_font_as_needed():
    """The lazy table answers as the full one did: Latin and punctuation measured, others not."""
    from timeline_app.plotting.text import char_advances

    advances, fallback = char_advances("DejaVu Sans", "normal")
    assert "é" in advances and "–" in advances and "M" in advances
    assert advances["M"] > advances["i"] > 0
    assert "中" not in advances and "\n" not in advances and "ab" not in advances
    assert advances.get("中", fallback) == fallback
    with pytest.raises(KeyError):
        advances["中"]
    from matplotlib.font_manager import findfont, get_font
    from matplotlib.ft2font import FT2Font, LoadFlags

    path = findfont(FontProperties(family="DejaVu Sans"))
    get_font(path).set_size(40, 300)  # a renderer resizing matplotlib's shared font object ...
    reference = FT2Font(path)
    reference.set_size(100, 72)
    expected = reference.load_char(ord("Q"), flags=LoadFlags.NO_HINTING).linearHoriAdvance
    assert advances["Q"] == expected / 65536 / 100  # ... does not change what is measured
