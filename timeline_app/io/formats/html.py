"""Saved web pages: the article text (trafilatura), its title, and its publication date.

The page is data. It is parsed once by lxml with comments and processing instructions removed and
network access off, and the libraries get the parsed tree, never a string that could be taken for
a URL to download. Nothing runs and nothing is fetched.
"""

from __future__ import annotations

import codecs
import copy
import json
import re
from datetime import date
from typing import Any

from lxml import etree, html

from timeline_app.core.models import DateSource
from timeline_app.io.decoding import Decoded, decode_text
from timeline_app.io.errors import ReadError
from timeline_app.io.formats import Extracted
from timeline_app.io.pubdate import Candidate, date_in_url

__all__ = ["html_to_text", "read_html"]

_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "publish-date",
    "sailthru.date",
    "parsely-pub-date",
)
_META_CHARSET = re.compile(r"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_ISO_DAY = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_BLOCKS = "p|h1|h2|h3|h4|h5|h6|li|blockquote|pre|td|figcaption"
_BOILERPLATE_ATTR = re.compile(
    r"comment|advert|\bads?\b|promo|related|share|social|newsletter|sidebar|menu|cookie|banner",
    re.IGNORECASE,
)
_DROP = "script|style|noscript|nav|header|footer|aside|form|iframe|template|svg|button"


def read_html(data: bytes, name: str) -> Extracted:
    decoded = _decode(data, name)
    tree = _parse(decoded.text, name)
    title = _title(tree)
    text = html_to_text(tree)
    if not text.strip():
        raise ReadError(name, "is a web page with no article text in it.")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    extracted = Extracted(text, "html", title=title, notes=list(decoded.notes))
    extracted.own_urls.extend(_own_urls(tree))
    extracted.dates.extend(_metadata_dates(tree, extracted.own_urls))
    return extracted


def _decode(data: bytes, name: str) -> Decoded:
    """The page's text: in the charset its <meta> declares when that fits, else detected."""
    declared = _META_CHARSET.search(data[:4096].decode("ascii", errors="ignore"))
    if declared and not data.startswith(
        (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        try:
            return Decoded(data.decode(declared.group(1)), declared.group(1))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: detect instead
    return decode_text(data, name)


def html_to_text(page: str | html.HtmlElement) -> str:
    """The main text of a page, one paragraph per blank-line-separated block."""
    tree = _parse(page, "the page") if isinstance(page, str) else page
    try:
        import trafilatura
    except ImportError:  # lxml_html_clean missing: trafilatura cannot load
        return _plain_text(tree)
    text = trafilatura.extract(
        copy.deepcopy(tree), include_comments=False, include_tables=True, deduplicate=False
    )
    if not text:
        text = trafilatura.extract(copy.deepcopy(tree), include_comments=False, favor_recall=True)
    text = text or _plain_text(tree)
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _parse(text: str, name: str) -> html.HtmlElement:
    parser = html.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=False,
        recover=True,
        encoding="utf-8",  # already decoded: a <meta charset> must not decode it again
    )
    try:
        root = html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(name, f"is not a web page that can be read ({exc}).") from exc
    if root is None:
        raise ReadError(name, "is not a web page that can be read.")
    return root


def _plain_text(tree: html.HtmlElement) -> str:
    """Fallback extraction: block elements outside navigation, scripts and forms."""
    tree = copy.deepcopy(tree)
    for element in tree.xpath("//" + "|//".join(_DROP.split("|"))):
        element.drop_tree()
    for element in tree.xpath("//*[@id or @class]"):
        if _BOILERPLATE_ATTR.search(f"{element.get('id', '')} {element.get('class', '')}"):
            element.drop_tree()
    main = tree.xpath("//article|//main") or [tree]
    blocks = main[0].xpath(".//" + "|.//".join(_BLOCKS.split("|")))
    texts = [" ".join(b.text_content().split()) for b in blocks]
    return "\n".join(t for t in texts if t) or " ".join(tree.text_content().split())


def _title(tree: html.HtmlElement) -> str:
    for query in (
        "//meta[@property='og:title']/@content",
        "//h1",
        "//title",
    ):
        for found in tree.xpath(query):
            text = found if isinstance(found, str) else found.text_content()
            text = " ".join(str(text).split())
            if text:
                return text
    return ""


def _metadata_dates(tree: html.HtmlElement, own_urls: list[str]) -> list[Candidate]:
    """Published dates from meta tags, JSON-LD and <time>, then htmldate's wider search.

    A date htmldate took from the canonical URL is left to the URL evidence, which says so.
    """
    found: list[Candidate] = []
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _PUBLISHED_META:
            found.extend(_candidate(meta.get("content"), f'<meta {key}="{meta.get("content")}">'))
    for script in tree.xpath("//script[@type='application/ld+json']"):
        for value in _json_ld_dates(script.text or ""):
            found.extend(_candidate(value, f'JSON-LD datePublished "{value}"'))
    for time in tree.xpath("//time[@datetime]"):
        found.extend(_candidate(time.get("datetime"), f'<time datetime="{time.get("datetime")}">'))
        break
    if found:
        return found
    url_dates = {date_in_url(url) for url in own_urls}
    return [c for c in _htmldate(tree) if c.value not in url_dates]


def _candidate(value: str | None, evidence: str) -> list[Candidate]:
    match = _ISO_DAY.search(value or "")
    if not match:
        return []
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return []
    return [Candidate(day, DateSource.METADATA, evidence)]


def _json_ld_dates(text: str) -> list[str]:
    try:
        data: Any = json.loads(text)
    except ValueError:
        return []
    dates: list[str] = []
    stack = [data]
    while stack and len(dates) < 10:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                dates.append(item["datePublished"])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return dates


def _htmldate(tree: html.HtmlElement) -> list[Candidate]:
    try:
        from htmldate import find_date

        value = find_date(copy.deepcopy(tree), extensive_search=False, original_date=True)
    except Exception:  # htmldate is best effort (even its import); other evidence still counts
        return []
    return _candidate(value, f"page metadata (htmldate: {value})")


def _own_urls(tree: html.HtmlElement) -> list[str]:
    urls = tree.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
    return [str(u).strip() for u in urls if str(u).strip()]
