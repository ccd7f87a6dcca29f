"""Every supported format reads to the article text, title, date and format name."""

from __future__ import annotations

import codecs
from datetime import date, datetime
from pathlib import Path

import pytest
from io_fixtures import make_docx, make_email, make_pdf

from timeline_app.core.models import DateSource
from timeline_app.io import SUPPORTED_SUFFIXES, read_document

STORY = (
    "Dock workers voted on Monday to end a nine-day strike at the port.\n\n"
    "The walkout began on Saturday, March 4, when talks collapsed.\n"
)
RUSSIAN = (
    "Портовые рабочие в понедельник проголосовали за прекращение забастовки, "
    "которая длилась девять дней. Переговоры возобновятся в четверг, сообщил профсоюз.\n"
)
FRENCH = "Les dockers ont voté lundi la fin de la grève. « Ça suffit », a déclaré la déléguée.\n"


@pytest.mark.parametrize(
    ("encoding", "text", "note"),
    [
        ("utf-8", STORY + "Café “quoted” — done.\n", None),
        ("utf-8-sig", STORY + "Café “quoted”.\n", None),
        ("utf-16", RUSSIAN, None),
        (
            "cp1252",
            FRENCH + "Prices rose “sharply” — by 5 €.\n",
            "Encoding detected as windows-1252",
        ),
        ("cp1251", RUSSIAN * 2, "Encoding detected as windows-1251"),
        ("latin-1", FRENCH, "Encoding detected as"),
    ],
)
def test_text_encodings(tmp_path: Path, encoding: str, text: str, note: str | None) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    document = read_document(path)
    assert document.format == "text"
    assert document.raw_text == text
    assert document.text.split() == text.split()
    if note:
        assert any(n.startswith(note) for n in document.notes), document.notes
    else:
        assert not any("Encoding" in n for n in document.notes)


def test_utf16_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "article"
    path.write_bytes(codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"))
    assert read_document(path).text.startswith("Dock workers")


def test_invalid_utf8_bytes_are_replaced_and_noted(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes("Café on Monday — ".encode() + b"\xff\xfe bad " + "naïve end.".encode())
    document = read_document(path)
    assert document.text == "Café on Monday — \ufffd\ufffd bad naïve end."
    assert any("invalid byte sequence" in n for n in document.notes)


def test_no_suffix_reads_as_text(tmp_path: Path) -> None:
    path = tmp_path / "ARTICLE"
    path.write_text(STORY, encoding="utf-8")
    assert read_document(path).format == "text"


HTML_PAGE = """<!DOCTYPE html>
<html><head>
<title>Port strike ends | Halverston Courier</title>
<meta property="og:title" content="Dock workers end nine-day strike">
<meta property="article:published_time" content="2023-03-13T07:30:00+01:00">
<script>document.write("Breaking: subscribe now");</script>
<style>.ad { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather on Friday</a></nav>
<div class="ad">Advertisement: Buy cheap flights to Spain before June 1!</div>
<!-- a comment: published 1999-01-01 -->
<article>
<h1>Dock workers end nine-day strike</h1>
<p>Dock workers at the port of Halverston voted on Monday to end a nine-day strike that had left
more than 40 container ships waiting offshore, after the port authority agreed to a pay deal.</p>
<p>The walkout began on Saturday, March 4, when talks over a new contract collapsed in the early
hours of the morning. Union leaders said the offer did not keep pace with inflation.</p>
<p>Negotiators met again this weekend at the mediator&#8217;s office, and a draft agreement was
signed late on Sunday &amp; approved on Monday.</p>
</article>
<section id="comments"><h3>Comments</h3>
<p>Reader42: What about the strike in 2019? Terrible.</p></section>
<footer>Copyright 2023 Halverston Courier. All rights reserved.</footer>
</body></html>
"""


def test_html(tmp_path: Path) -> None:
    path = tmp_path / "strike.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    document = read_document(path)
    assert document.format == "html"
    assert document.title == "Dock workers end nine-day strike"
    assert document.text.startswith("Dock workers end nine-day strike\n\nDock workers at the port")
    assert "mediator’s office" in document.text and "Sunday & approved" in document.text
    for unwanted in (
        "subscribe now",
        "Weather on Friday",
        "cheap flights",
        "1999",
        "Reader42",
        "Copyright",
    ):
        assert unwanted not in document.text
    assert document.publication_date is not None
    assert document.publication_date.value == date(2023, 3, 13)
    assert document.publication_date.source is DateSource.METADATA
    assert "article:published_time" in document.publication_date.evidence


def test_html_time_element(tmp_path: Path) -> None:
    page = HTML_PAGE.replace(
        '<meta property="article:published_time" content="2023-03-13T07:30:00+01:00">', ""
    ).replace("<article>", '<article><time datetime="2023-03-14">14 March</time>')
    path = tmp_path / "strike.htm"
    path.write_text(page, encoding="utf-8")
    pub = read_document(path).publication_date
    assert pub is not None and pub.value == date(2023, 3, 14)
    assert pub.evidence == '<time datetime="2023-03-14">'


def test_malformed_html_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><body><p>Dock workers voted on Monday <b>to end <i>the strike</p>"
        "<p>Talks resume on Thursday.<div></span></table>",
        encoding="utf-8",
    )
    document = read_document(path)
    assert "Dock workers voted on Monday to end the strike" in document.text
    assert "Talks resume on Thursday." in document.text


def test_html_that_is_only_a_url_is_not_fetched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the reader tried to use the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    path = tmp_path / "link.html"
    path.write_text("https://c.example/news/2023/03/13/strike", encoding="utf-8")
    document = read_document(path)
    assert "c.example" in document.text


MARKDOWN = """---
title: Dock workers end strike
date: 2023-03-13
---
# Dock workers end *nine-day* strike

Dock workers voted on **Monday** to end the strike, the [union](https://union.example) said.
![A crane](crane.jpg)

> "It will take us the rest of the week," said `Anders Voll`.

Source: [Halverston Courier](https://c.example/news/2023/03/12/strike)
"""


def test_markdown(tmp_path: Path) -> None:
    path = tmp_path / "strike.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    document = read_document(path)
    assert document.format == "markdown"
    assert document.title == "Dock workers end strike"
    assert document.text.split("\n\n") == [
        "Dock workers end nine-day strike",
        "Dock workers voted on Monday to end the strike, the union said.",
        '"It will take us the rest of the week," said Anders Voll.',
        "Source: https://c.example/news/2023/03/12/strike",
    ]
    pub = document.publication_date
    assert pub is not None and (pub.value, pub.source) == (date(2023, 3, 13), DateSource.METADATA)
    start = document.text.index("Monday")
    raw_start, raw_end = document.raw_span(start, start + len("Monday"))
    assert document.raw_text[raw_start:raw_end] == "Monday**"  # the end runs to the next kept char
    assert document.is_excluded(document.excluded[-1])


def test_email_plain(tmp_path: Path) -> None:
    path = tmp_path / "strike.eml"
    body = "Dock workers voted on Monday to end the strike.\nTalks resume on\nThursday.\n"
    path.write_bytes(make_email("Port strike ends", "Mon, 13 Mar 2023 09:15:00 +0100", body))
    document = read_document(path)
    assert document.format == "email"
    assert document.title == "Port strike ends"
    assert (
        document.text == "Dock workers voted on Monday to end the strike. Talks resume on Thursday."
    )
    pub = document.publication_date
    assert pub is not None and (pub.value, pub.source) == (date(2023, 3, 13), DateSource.METADATA)
    assert pub.evidence == "Date: Mon, 13 Mar 2023 09:15:00 +0100"


def test_email_html_only(tmp_path: Path) -> None:
    path = tmp_path / "strike.eml"
    html = (
        "<html><body><nav>Menu</nav>"
        "<p>Dock workers voted on Monday to end the strike.</p></body></html>"
    )
    path.write_bytes(make_email("Port strike ends", "Mon, 13 Mar 2023 09:15:00 +0000", None, html))
    document = read_document(path)
    assert "Dock workers voted on Monday to end the strike." in document.text
    assert any("HTML part" in n for n in document.notes)


def test_email_prefers_the_plain_part(tmp_path: Path) -> None:
    path = tmp_path / "strike.eml"
    data = make_email("S", "Mon, 13 Mar 2023 09:15:00 +0000", "Plain words.", "<p>HTML words.</p>")
    path.write_bytes(data)
    assert read_document(path).text == "Plain words."


def test_pdf(tmp_path: Path) -> None:
    path = tmp_path / "strike.pdf"
    lines = [
        "HALVERSTON, March 13, 2023 - Dock workers voted to end a strike",
        "that had lasted nine days.",
    ]
    path.write_bytes(make_pdf(lines, title="Port strike ends"))
    document = read_document(path)
    assert document.format == "pdf"
    assert document.title == "Port strike ends"
    assert document.text == (
        "HALVERSTON, March 13, 2023 - Dock workers voted to end a strike that had lasted nine days."
    )
    pub = document.publication_date
    assert pub is not None and (pub.value, pub.source) == (date(2023, 3, 13), DateSource.DATELINE)


def test_docx(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "strike.docx",
        ["Dock workers voted on Monday to end the strike.", "Talks resume on Thursday."],
        title="Port strike ends",
        created=datetime(2023, 3, 13, 8, 0),
    )
    document = read_document(path)
    assert document.format == "docx"
    assert document.title == "Port strike ends"
    assert document.text == (
        "Port strike ends\n\nDock workers voted on Monday to end the strike.\n\n"
        "Talks resume on Thursday."
    )
    pub = document.publication_date
    assert pub is not None and (pub.value, pub.source) == (date(2023, 3, 13), DateSource.METADATA)
    assert "created" in pub.evidence


def test_docx_with_the_blank_templates_created_stamp_has_no_metadata_date(tmp_path: Path) -> None:
    """Regression: a python-docx document kept its template's 2013-12-23 'created' stamp."""
    path = make_docx(tmp_path / "strike.docx", ["Dock workers voted on Monday to end the strike."])
    assert read_document(path).publication_date is None


def test_supported_suffixes_cover_every_reader() -> None:
    assert set(SUPPORTED_SUFFIXES) >= {".txt", ".html", ".htm", ".md", ".eml", ".pdf", ".docx"}
    assert all(s.startswith(".") and s == s.lower() for s in SUPPORTED_SUFFIXES)


def test_html_in_its_declared_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1251"><title>Порт</title></head>'
        f"<body><article><p>{RUSSIAN}</p></article></body></html>"
    )
    path = tmp_path / "port.html"
    path.write_bytes(page.encode("cp1251"))
    document = read_document(path)
    assert RUSSIAN.strip() in document.text
    assert document.title == "Порт"


def test_markdown_setext_heading(tmp_path: Path) -> None:
    path = tmp_path / "strike.md"
    path.write_text("Port strike ends\n================\nDock workers voted.\n", encoding="utf-8")
    assert read_document(path).text == "Port strike ends\n\nDock workers voted."


def test_title_skips_boilerplate_and_falls_back_to_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "port-strike_ends.txt"
    path.write_text("Photograph\n\nPort strike ends\n\nDock workers voted.\n", encoding="utf-8")
    assert read_document(path).title == "Port strike ends"
    path.write_text("Dock workers voted on Monday to end the strike.\n", encoding="utf-8")
    assert read_document(path).title == "port strike ends"
