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


def test_a_date_counted_from_an_emails_header_says_so() -> None:
    pub = PublicationDate(date(2014, 4, 22), DateSource.DATELINE, "April 22, 2014")
    document = Document("leak.txt", "Leak", TEXT, publication_date=pub)
    timexes = tag_text(TEXT, pub.value)
    words = {
        e.timex.text: certainty_words(e)
        for e in build_events(document, timexes, split_sentences(TEXT))
    }
    assert words["Thursday afternoon"] == (
        "inferred from the date of the e-mail, memo, post or diary entry it is in, and tense"
    )
    assert words["Monday"] == "inferred from the publication date and tense"


def test_a_date_counted_from_a_dateline_a_day_before_the_paper_says_so() -> None:
    text = "MOSCOW, Dec. 5 \u2014 Officials said the city soviet meets tomorrow."
    pub = PublicationDate(date(1990, 12, 6), DateSource.DATELINE, "December 6, 1990")
    document = Document("ration.txt", "Rationing", text, publication_date=pub)
    timexes = tag_text(text, pub.value)
    words = {
        e.timex.text: certainty_words(e)
        for e in build_events(document, timexes, split_sentences(text))
    }
    assert words["tomorrow"] == (
        "inferred from the date of its dateline (the day the story was filed), and tense"
    )
