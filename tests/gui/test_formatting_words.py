"""How the details pane words an event's certainty."""

from __future__ import annotations

from datetime import date

from timeline_app.core.events import build_events
from timeline_app.core.models import DateSource, Document, PublicationDate
from timeline_app.core.sentences import split_sentences
from timeline_app.core.tagger import tag_text
from timeline_app.gui.formatting import certainty_words

TEXT = (
    "Managers were warned, e-mails show.\n\n"
    "From: Karen Oduya\nSent: Tuesday, March 4, 2014 3:12 PM\n\n"
    "Phil -- I'm out Thursday afternoon.\n\n"
    "The director said on Monday that he had not seen them."
)


def _certainty_words(text: str, published: date) -> dict[str, str]:
    """How the details pane words the certainty of each expression in ``text``."""
    pub = PublicationDate(published, DateSource.DATELINE, published.isoformat())
    document = Document("story.txt", "Story", text, publication_date=pub)
    timexes = tag_text(text, pub.value)
    return {
        e.timex.text: certainty_words(e)
        for e in build_events(document, timexes, split_sentences(text))
    }


def test_a_date_counted_from_an_emails_header_says_so() -> None:
    words = _certainty_words(TEXT, date(2014, 4, 22))
    assert words["Thursday afternoon"] == (
        "inferred from the date of the e-mail, memo, post or diary entry it is in, and tense"
    )
    assert words["Monday"] == "inferred from the publication date and tense"


def test_a_date_counted_from_a_dateline_a_day_before_the_paper_says_so() -> None:
    text = "MOSCOW, Dec. 5 \u2014 Officials said the city soviet meets tomorrow."
    words = _certainty_words(text, date(1990, 12, 6))
    assert words["tomorrow"] == (
        "inferred from the date of its dateline (the day the story was filed), and tense"
    )
