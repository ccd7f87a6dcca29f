"""Exported files are real images of the timeline, at the size asked for."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import numpy as np
import pytest
from PIL import Image

from timeline_app.plotting import ExportOptions, TimelineStyle, default_footer, export_timeline
from timeline_app.plotting.text import display_label

PUBS = [("harbour-strike.txt", date(2023, 3, 13))]
MAGIC = {".png": b"\x89PNG\r\n\x1a\n", ".pdf": b"%PDF-", ".jpg": b"\xff\xd8\xff", ".svg": b"<?xml"}


@pytest.mark.parametrize("suffix", [".png", ".pdf", ".svg", ".jpg"])
def test_each_format_starts_with_its_magic_bytes(tmp_path, harbour, suffix):
    path = tmp_path / f"timeline{suffix}"
    export_timeline(harbour, path, ExportOptions(6, 3, 80), publication_dates=PUBS)
    assert path.read_bytes().startswith(MAGIC[suffix])


@pytest.mark.parametrize(("width", "height", "dpi"), [(10, 5, 100), (6, 4, 150), (12.5, 3, 72)])
def test_png_has_the_requested_pixel_size_and_real_content(tmp_path, harbour, width, height, dpi):
    path = tmp_path / "t.png"
    export_timeline(harbour, path, ExportOptions(width, height, dpi), publication_dates=PUBS)
    image = np.asarray(Image.open(path).convert("RGB"))
    assert image.shape[:2] == (round(height * dpi), round(width * dpi))
    background = np.all(image == 255, axis=2)
    assert 0.03 < 1 - background.mean() < 0.6  # ink, but not a filled block
    blue = (image[..., 2] > 150) & (image[..., 0] < 80)  # Okabe-Ito blue of the first document
    assert blue.sum() > 50
    assert len(np.unique(image.reshape(-1, 3), axis=0)) > 50  # antialiased text and shapes


def test_dark_export_has_a_dark_background(tmp_path, harbour):
    path = tmp_path / "dark.png"
    export_timeline(harbour, path, ExportOptions(6, 3, 80, style=TimelineStyle.dark()))
    image = np.asarray(Image.open(path).convert("RGB"))
    assert image[2, 2].max() < 60
    assert np.median(image) < 60


def _svg_texts(path) -> list[str]:
    root = ET.parse(path).getroot()
    return ["".join(el.itertext()) for el in root.iter() if el.tag.endswith("text")]


def test_svg_keeps_labels_title_and_footer_as_text(tmp_path, harbour):
    path = tmp_path / "t.svg"
    options = ExportOptions(
        14, 7, 100, title="Harbour strike", footer="Source: harbour-strike.txt, 13 Mar 2023"
    )
    export_timeline(harbour, path, options, publication_dates=PUBS)
    texts = _svg_texts(path)
    assert "Harbour strike" in texts
    assert "Source: harbour-strike.txt, 13 Mar 2023" in texts
    assert "Published 13 Mar 2023" in texts
    assert "Night-shift allowances last changed" in texts
    drawn = {display_label(e.label) for e in harbour} & set(texts)
    assert len(drawn) >= 8


def test_visible_range_export_shows_only_that_range(tmp_path, harbour):
    path = tmp_path / "march.svg"
    options = ExportOptions(12, 6, 100, range=(date(2023, 3, 1), date(2023, 3, 20)))
    export_timeline(harbour, path, options, publication_dates=PUBS)
    texts = _svg_texts(path)
    assert "Night-shift allowances last changed" not in texts  # 2015
    for label in ("Walkout begins", "Draft agreement signed", "Normal operations resume"):
        assert label in texts


def test_export_ignores_screen_state(tmp_path, harbour, factory):
    """Two exports with the same options give the same pixels, whatever figures exist."""
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    export_timeline(harbour, a, ExportOptions(5, 3, 90))
    export_timeline(factory.harbour_events(), b, ExportOptions(5, 3, 90))
    assert np.array_equal(np.asarray(Image.open(a)), np.asarray(Image.open(b)))


def test_unknown_suffix_is_a_clear_error(tmp_path, harbour):
    with pytest.raises(ValueError, match=r"unknown file type.*\.png"):
        export_timeline(harbour, tmp_path / "t.bmp", ExportOptions())
    assert not (tmp_path / "t.bmp").exists()


def test_empty_timeline_still_exports(tmp_path):
    path = tmp_path / "empty.png"
    export_timeline([], path, ExportOptions(4, 2, 50))
    assert Image.open(path).size == (200, 100)


def test_default_footer_names_sources_and_publication_dates(tmp_path, two_documents, factory):
    path = tmp_path / "t.svg"
    pubs = [(factory.STRIKE, factory.STRIKE_PUBLISHED)]
    export_timeline(two_documents, path, ExportOptions(10, 5, 100), publication_dates=pubs)
    assert (
        "Sources: harbour-strike.txt (published 13 Mar 2023) · harbour-follow-up.txt"
        in _svg_texts(path)
    )
    export_timeline(two_documents, path, ExportOptions(10, 5, 100, footer=""))
    assert not [t for t in _svg_texts(path) if t.startswith("Source")]


def test_labels_with_dollar_signs_and_foreign_scripts_export_verbatim(tmp_path, factory):
    events = [
        factory.make_event("a", date(2023, 3, 1), label="Fares rise from $2 to $3"),
        factory.make_event("b", date(2023, 3, 2), label="Ünïcödé — “quoted” 港口罢工"),
    ]
    path = tmp_path / "t.svg"
    export_timeline(events, path, ExportOptions(8, 3, 100, title="Costs: $2 → $3 港口"))
    texts = _svg_texts(path)
    assert "Fares rise from $2 to $3" in texts
    assert "Costs: $2 → $3 港口" in texts
    png = tmp_path / "t.png"
    export_timeline(events, png, ExportOptions(8, 3, 100))
    assert Image.open(png).size == (800, 300)


def test_export_names_documents_by_the_titles_given(tmp_path, two_documents):
    path = tmp_path / "t.svg"
    titles = {"harbour-follow-up.txt": "Port strike follow-up"}
    export_timeline(two_documents, path, ExportOptions(10, 4, 72), doc_titles=titles)
    text = path.read_text()
    assert "Port strike follow-up" in text
    assert "harbour-strike.txt" in text  # the other one keeps its file name


def test_default_footer_gives_titles_and_counts_beyond_three_sources(factory):
    events = [
        factory.make_event(f"e{i}", date(2023, 3, i + 1), document=f"/news/doc{i}.txt")
        for i in range(5)
    ]
    titles = {"/news/doc0.txt": "Harbour strike ends after " + "long " * 20 + "talks"}
    pubs = [("/news/doc0.txt", date(2023, 3, 13))]
    footer = default_footer(events, pubs, titles)
    assert footer.startswith("Sources: \u201cHarbour strike ends after long")
    assert "\u2026\u201d (doc0.txt, published 13 Mar 2023)" in footer
    assert " · doc1.txt · doc2.txt · and 2 more" in footer
    assert len(footer) < 160
