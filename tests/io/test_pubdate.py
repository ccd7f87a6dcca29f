"""Publication date: each kind of evidence, the order of trust, and the traps."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline_app.core.models import DateSource
from timeline_app.io import read_document
from timeline_app.io.pubdate import (
    Candidate,
    date_in_url,
    dateline_candidates,
    parse_date,
    resolve,
)

BODY = "Dock workers voted on Monday to end the strike.\n"
HTML = """<!doctype html><html><head><title>Port strike ends</title>{head}</head><body>
<article><h1>Port strike ends</h1><p>{body}</p>
<p>Negotiators met again this weekend at the old customs house and signed a draft deal.</p>
<p>Union members approved it by a show of hands at a mass meeting on Monday morning.</p>
</article></body></html>"""

JSON_LD = (
    '<script type="application/ld+json">'
    '{"@type": "NewsArticle", "datePublished": "2022-02-03"}</script>'
)
M, D, U, F = DateSource.METADATA, DateSource.DATELINE, DateSource.URL, DateSource.FILENAME

CASES = [
    # (file name, content, expected date, expected source)
    ("a.txt", f"Published: 16 August 2021\n\n{BODY}", "2021-08-16", D),
    (
        "a.txt",
        f"Port strike ends\n\nPublished Monday 16 August 2021 09.15 BST\n\n{BODY}",
        "2021-08-16",
        D,
    ),
    ("a.txt", f"Updated Aug. 17, 2021\nPublished Aug. 16, 2021\n\n{BODY}", "2021-08-16", D),
    (
        "a.txt",
        f"By Anna Berg | Published 2021-08-16 | Updated 2021-08-18\n\n{BODY}",
        "2021-08-16",
        D,
    ),
    ("a.txt", f"KABUL, Aug. 16, 2021 (Reuters) - {BODY}", "2021-08-16", D),
    (
        "a.txt",
        f"Ferry crews join dispute\n\nBy Staff Reporter, 14 March 2023\n\n{BODY}",
        "2023-03-14",
        D,
    ),
    (
        "a.txt",
        f"By Staff Reporter, who covered the 14 March 2023 strike at length in an earlier piece "
        f"for this paper and several others in the region over many years\n\n{BODY}",
        None,
        None,
    ),
    ("a.txt", f"Port strike ends\n\nMonday, March 13, 2023\n\n{BODY}", "2023-03-13", D),
    ("a.txt", f"{BODY}\nOriginal url: https://c.example/news/2021/08/16/strike", "2021-08-16", U),
    ("a.txt", f"{BODY}\nSource: https://c.example/news/20210816/strike.html", "2021-08-16", U),
    ("a.txt", f"{BODY}\nURL: https://c.example/2021-08-16-strike", "2021-08-16", U),
    # the article's URL broken across two lines, at a hyphen and at a slash
    (
        "a.txt",
        f"{BODY}\nOriginal url: https://c.example/news/2023/03/13/dock-workers-\nend-strike",
        "2023-03-13",
        U,
    ),
    (
        "a.txt",
        f"{BODY}\nOriginal url: https://c.example/news/2023/03/\n13/dock-workers",
        "2023-03-13",
        U,
    ),
    ("2021-08-16-kabul.txt", BODY, "2021-08-16", F),
    ("20210816_kabul.txt", BODY, "2021-08-16", F),
    # order of trust
    (
        "2021-08-15-kabul.txt",
        f"{BODY}\nOriginal url: https://c.example/2021/08/16/a",
        "2021-08-16",
        U,
    ),
    (
        "a.txt",
        f"Published 16 Aug 2021\n\n{BODY}\nOriginal url: https://c.example/2021/08/17/a",
        "2021-08-16",
        D,
    ),
    (
        "a.html",
        HTML.format(
            head='<meta property="article:published_time" content="2021-08-16T08:00:00+00:00">',
            body="Published 20 August 2021",
        ),
        "2021-08-16",
        M,
    ),
    (
        "a.html",
        HTML.format(
            head=JSON_LD,
            body=BODY,
        ),
        "2022-02-03",
        M,
    ),
    (
        "a.html",
        HTML.format(
            head='<link rel="canonical" href="https://c.example/2020/05/06/port">', body=BODY
        ),
        "2020-05-06",
        U,
    ),
    # traps: a related article's link, a "Read more" link, a date in a sentence, impossible dates
    ("a.txt", f"{BODY}\nRelated article: https://c.example/2020/01/02/fuel-prices", None, None),
    ("2021-08-16-a.txt", f"{BODY}\nRead more: https://c.example/2020/01/02/fuel", "2021-08-16", F),
    ("a.txt", f"{BODY}\nhttps://c.example/2020/01/02/unlabelled", None, None),
    (
        "a.txt",
        f"The report, published on March 3, 2023, said ships were waiting offshore.\n\n{BODY}",
        None,
        None,
    ),
    ("a.txt", f"{BODY}\nOriginal url: https://c.example/2021/13/45/strike", None, None),
    ("a.txt", BODY, None, None),
    # a header line: a label and a full date, a clock time after it
    (
        "a.txt",
        "THE EVENING REPORT\nBroadcast transcript: Thursday, February 12, 1998, 6:30 p.m.\n\n"
        + BODY,
        "1998-02-12",
        D,
    ),
    ("a.txt", f"Date: 3 March 2021\n\n{BODY}", "2021-03-03", D),
    # a byline joined to its date line when hard-wrapped lines were unwrapped
    (
        "a.txt",
        f"Court seeks reply\n\nOur Staff Reporter\nPublished March 7, 2024\n\n{BODY}",
        "2024-03-07",
        D,
    ),
    (
        "a.txt",
        f"Signal raised\n\nBy Marites de la Paz\nFirst Posted 06:12:00 08/18/2010\n\n{BODY}",
        "2010-08-18",
        D,
    ),
    # a stamp in a header block joined to the byline, or written with a dash after it
    (
        "a.txt",
        "BC-PA--Glass Plant-Closing\nGlassmaker to close bottle plant\n\nBy LYDIA HARROW\n"
        f"Associated Press\nOct. 3, 2014 3:48 PM ET\n\n{BODY}",
        "2014-10-03",
        D,
    ),
    (
        "a.txt",
        "Premier calls election\n\nThe Canadian Press\n"
        f"Monday, Sept. 9, 2013 — 2:14 PM CT\n\n{BODY}",
        "2013-09-09",
        D,
    ),
    (
        "a.txt",
        "FIRE COMPANY\n\nWEEKLY CALL LOG: Dec. 29, 2014 - Jan. 4, 2015\n"
        f"Posted Monday, January 5, 2015, 8:10 a.m. by Chief Ron Haldeman\n\n{BODY}",
        "2015-01-05",
        D,
    ),
    (
        "a.txt",
        f"Bridge to close\n\nPublished 4:12 p.m. CT March 15, 2018\n\n{BODY}",
        "2018-03-15",
        D,
    ),
    (
        "a.txt",
        f"Pension debate\n\nFrom Clara Webb in Lenvik\nThursday 19 February 2026\n\n{BODY}",
        "2026-02-19",
        D,
    ),
    # a byline-like line that ends with the date (and a clock time); not the headline
    (
        "a.txt",
        f"Lost album found\n\nKeira Lund, Music Correspondent\nSaturday 11 October 2025 10:30 BST"
        f"\n\n{BODY}",
        "2025-10-11",
        D,
    ),
    ("a.txt", f"Rail link funded\n\nAnna Whitlow\n17:42, June 13 2016\n\n{BODY}", "2016-06-13", D),
    ("a.txt", f"Vote set for Friday, March 13, 2026\n\n{BODY}", None, None),
    ("a.txt", f"From March 3, 2020, the rule applied.\n\n{BODY}", None, None),
    (
        "a.txt",
        f"{BODY}\n" * 7 + "He spoke at length. Posted on March 3, 2020, the video spread.",
        None,
        None,
    ),
    # an e-mail printed after the story began: its "Date:" is the e-mail's, not the story's
    (
        "a.txt",
        f"Snow money ran out\n\n{BODY * 5}\nFrom: Lisa Marr\nDate: Tue, Feb 3, 2015 at 11:20 AM\n"
        "To: Rich Tavares\n\nKeep paying the contractors for now.",
        None,
        None,
    ),
    # a press release's dateline, with a state after the city and the wire between slashes
    (
        "a.txt",
        f"HALLORAN, Ore., Feb. 4, 2026 /Keystone Newswire/ -- {BODY}",
        "2026-02-04",
        D,
    ),  # an agency's closing stamp, at the foot of the copy
    ("a.txt", f"Storm hits coast\n\n{BODY * 3}\nAP-NY-09-10-90 1547EDT\n", "1990-09-10", D),
]


@pytest.mark.parametrize(("name", "content", "expected", "source"), CASES)
def test_publication_date(
    tmp_path: Path, name: str, content: str, expected: str | None, source: DateSource | None
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    document = read_document(path)
    if expected is None:
        assert document.publication_date is None
        assert any("No publication date" in n for n in document.notes)
    else:
        assert document.publication_date is not None
        assert document.publication_date.value == date.fromisoformat(expected)
        assert document.publication_date.source is source
        assert document.publication_date.evidence


def test_conflicting_evidence_is_noted(tmp_path: Path) -> None:
    path = tmp_path / "2021-08-15-kabul.txt"
    path.write_text(f"{BODY}\nOriginal url: https://c.example/2021/08/16/a\n", encoding="utf-8")
    notes = read_document(path).notes
    assert notes[-1] == (
        "Publication date from the article URL (https://c.example/2021/08/16/a); "
        "the file name suggests 2021-08-15."
    )


def test_the_updated_line_alone_is_used_when_nothing_else_is_there(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Updated 18 August 2021\n\n{BODY}", encoding="utf-8")
    pub = read_document(path).publication_date
    assert pub is not None and pub.value == date(2021, 8, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aug. 16, 2021", date(2021, 8, 16)),
        ("16 August 2021", date(2021, 8, 16)),
        ("Monday, March 13, 2023", date(2023, 3, 13)),
        ("Sept 3rd 2020", date(2020, 9, 3)),
        ("2023-03-13T09:00", date(2023, 3, 13)),
        ("13.03.2023", date(2023, 3, 13)),
        ("February 30, 2023", None),
        ("March 2023", None),
        ("Monday", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    found = parse_date(text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://c.example/news/2021/08/16/story", date(2021, 8, 16)),
        ("https://c.example/news/20210816/story", date(2021, 8, 16)),
        ("https://c.example/2021-08-16-story.html", date(2021, 8, 16)),
        ("https://c.example/2021/8/6/story", date(2021, 8, 6)),
        ("https://2021.example/story-123456789", None),
        ("https://c.example/2021/08/story", None),
    ],
)
def test_date_in_url(url: str, expected: date | None) -> None:
    assert date_in_url(url) == expected


@pytest.mark.parametrize(
    ("text", "expected", "assumed"),
    [
        (
            "SALTREY, March 31 (Meridian Wire) - Police recovered two paintings.",
            date(2026, 3, 31),
            2026,
        ),
        ("VALDERHOLM, Dec 10 (Northline) - The bank held rates.", date(2025, 12, 10), 2025),
        # a country or a state after the city; an Indian paper's colon
        ("BELMORA, Sardana, April 23 (Globe Wire) - Talks ended.", date(2026, 4, 23), 2026),
        ("CARVERTON, Pa., March 8 \u2014 The towers fell.", date(2026, 3, 8), 2026),
        ("SONAKHEDA, April 7: Farmers staged a sit-in.", date(2026, 4, 7), 2026),
        ("OSLO, 3 March (Wire) \u2014 Talks resumed.", date(2026, 3, 3), 2026),
        ("The LONDON, March 3 meeting - fine.", None, None),
    ],
)
def test_a_dateline_without_a_year_is_the_latest_such_day_and_says_so(
    text: str, expected: date | None, assumed: int | None
) -> None:
    candidates = dateline_candidates(text, today=date(2026, 11, 27))
    found, notes = resolve(candidates)
    if expected is None:
        assert found is None
        return
    assert found is not None and found.value == expected
    assert f"year not given, {assumed} assumed" in notes[0]


def test_a_full_date_anywhere_beats_a_dateline_without_a_year() -> None:
    text = "SALTREY, March 31 (Meridian Wire) - Police recovered two paintings."
    candidates = [
        *dateline_candidates(text, today=date(2026, 11, 27)),
        Candidate(date(2019, 3, 31), DateSource.FILENAME, "2019-03-31-paintings.txt"),
    ]
    found, _ = resolve(candidates)
    assert found is not None and found.value == date(2019, 3, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Washington Post December 6, 1990, Thursday, Final Edition\n\n"
            "MOSCOW, Dec. 5 \u2014 Shoppers now need ration cards.",
            date(1990, 12, 6),
        ),
        # a headline that ends with a date is no masthead
        ("Vote set for Friday, March 13, 2026\n\nThe council meets on Friday.", None),
    ],
)
def test_an_archive_masthead_line_dates_the_paper(text: str, expected: date | None) -> None:
    found, _ = resolve(dateline_candidates(text, today=date(2026, 11, 27)))
    assert (found.value if found else None) == expected
