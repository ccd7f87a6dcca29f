"""Bad input: each case ends in one clear ReadError sentence, never another exception or a hang."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from io_fixtures import make_pdf, make_zip_bomb

from timeline_app.io import MAX_FILE_BYTES, ReadError, read_document
from timeline_app.io import settings as io_settings


def read_error(path: Path) -> str:
    with pytest.raises(ReadError) as info:
        read_document(path)
    message = str(info.value)
    assert message.startswith(path.name + " ") and message.endswith("."), message
    assert "\n" not in message
    return message


def test_missing_file(tmp_path: Path) -> None:
    assert read_error(tmp_path / "gone.txt") == (
        "gone.txt does not exist (it may have been moved or deleted)."
    )


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "articles.txt"
    folder.mkdir()
    assert "is a folder, not a file" in read_error(folder)


def test_no_read_permission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text", encoding="utf-8")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    assert read_error(path) == "secret.txt cannot be opened: permission denied."


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_no_read_permission_for_real(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text", encoding="utf-8")
    path.chmod(0)
    assert "permission denied" in read_error(path)


@pytest.mark.parametrize("suffix", [".txt", ".html", ".md", ".eml", ".pdf", ".docx", ""])
def test_empty_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    assert read_error(path) == f"{path.name} is empty."


@pytest.mark.parametrize("content", [" \n\t\r\n  \n", "\ufeff  \n", "\u00a0\u2003\n"])
def test_whitespace_only(tmp_path: Path, content: str) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(content, encoding="utf-8")
    assert read_error(path) == "blank.txt contains only whitespace, no text."


def test_whitespace_only_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "blank.md"
    path.write_text("---\ntitle: Nothing\n---\n\n  \n", encoding="utf-8")
    assert "no text" in read_error(path)


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 40,
        b"\x89PNG\r\n\x1a\n" + bytes(1000),
        make_pdf(["Dock workers"]) + bytes(range(256)),
        os.urandom(4096),
    ],
    ids=["all-bytes", "png", "pdf", "random"],
)
def test_binary_data_with_a_text_suffix(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    assert read_error(path) == (
        "article.txt contains binary data, not text (it may be an image or a program file)."
    )


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: takes no disk space or time
    assert read_error(path) == "huge.txt is 50 MB, over the 50 MB limit for an article."


def test_too_much_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(io_settings, "MAX_TEXT_CHARS", 1000)
    path = tmp_path / "long.txt"
    path.write_text("Dock workers voted. " * 60, encoding="utf-8")
    assert read_error(path) == (
        "long.txt has 1,200 characters of text, more than the 1,000 an article can have."
    )


def test_unsupported_type(tmp_path: Path) -> None:
    path = tmp_path / "slides.pptx"
    path.write_bytes(b"PK")
    message = read_error(path)
    assert message.startswith("slides.pptx is an unsupported file type (.pptx); supported are .txt")
    assert ".docx" in message and "plain text without a suffix" in message


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "harbour.docx"
    path.write_text("just some text", encoding="utf-8")
    assert (
        read_error(path) == "harbour.docx is not a valid Word document (it is not a zip archive)."
    )


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8")
    assert "not a Word document" in read_error(path)


def test_docx_zip_bomb(tmp_path: Path) -> None:
    path = make_zip_bomb(tmp_path / "bomb.docx", 24 * 1024 * 1024)
    assert path.stat().st_size < 100_000
    assert "looks like a zip bomb" in read_error(path)


def test_docx_over_the_unpacked_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(io_settings, "MAX_UNPACKED_BYTES", 1024 * 1024)
    from timeline_app.io.formats import word

    monkeypatch.setattr(word, "MAX_UNPACKED_BYTES", 1024 * 1024)
    path = make_zip_bomb(tmp_path / "big.docx", 2 * 1024 * 1024)
    assert "unpacks to 2 MB" in read_error(path)


def test_corrupt_docx(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><unclosed")
    assert read_error(path).startswith("corrupt.docx is not a valid Word document (")


def test_pdf_without_text(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([]))
    assert read_error(path) == (
        "scan.pdf is a PDF without a text layer (probably scanned pages); run OCR on it or save "
        "the article as text first."
    )


@pytest.mark.parametrize(
    "data",
    [b"not a pdf at all", b"%PDF-1.4\n" + bytes(range(256)), make_pdf(["Dock workers"])[:200]],
    ids=["text", "garbage", "truncated"],
)
def test_invalid_pdf(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    message = read_error(path)
    assert "not a valid PDF" in message or "without a text layer" in message


def test_email_without_headers(tmp_path: Path) -> None:
    path = tmp_path / "note.eml"
    path.write_text("Dock workers voted on Monday.", encoding="utf-8")
    assert read_error(path) == (
        "note.eml is not an e-mail message (it has no From, Date or Subject header)."
    )


def test_email_with_an_empty_body(tmp_path: Path) -> None:
    path = tmp_path / "empty-body.eml"
    path.write_text("From: a@b.example\nSubject: Hi\n\n\n", encoding="utf-8")
    assert "no text in its body" in read_error(path)


def test_email_with_a_bad_date_header_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "odd.eml"
    path.write_text("From: a@b.example\nSubject: Hi\nDate: yesterday\n\nThe port reopened.\n")
    document = read_document(path)
    assert document.publication_date is None
    assert any("Date header is not a date" in n for n in document.notes)


def test_html_with_no_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>alert(1)</script></head><body></body></html>")
    assert read_error(path) == "empty.html is a web page with no article text in it."


def test_html_entity_bomb_is_bounded(tmp_path: Path) -> None:
    entities = "".join(f'<!ENTITY e{i} "&e{i - 1};&e{i - 1};">' for i in range(1, 30))
    page = (
        f'<!DOCTYPE html [<!ENTITY e0 "boom">{entities}]>'
        "<html><body><p>&e29; Port news.</p></body></html>"
    )
    path = tmp_path / "bomb.html"
    path.write_text(page, encoding="utf-8")
    try:
        document = read_document(path)
    except ReadError:
        return
    assert len(document.text) < 10_000


def test_unexpected_library_errors_become_read_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline_app.io import readers

    def explode(data: bytes, name: str) -> None:
        raise KeyError("/Root")

    monkeypatch.setitem(readers._READERS, ".pdf", ("a PDF", explode))
    path = tmp_path / "odd.pdf"
    path.write_bytes(b"%PDF-1.4")
    assert read_error(path) == "odd.pdf could not be read as a PDF ('/Root')."
