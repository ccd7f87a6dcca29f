"""The shapes of a document printed inside a story, shared by the reader (which keeps their lines)
and the tagger (which dates what follows them): an e-mail's or memo's header fields, a live
blog's post stamps and a diary's date headings. Plain patterns, so that reading need not load
the tagger."""

from __future__ import annotations

# the fields of an e-mail's or memo's header ("From: ...", "Subject: ...")
HEADER_FIELDS = (
    r"(?:From|To|Cc|Bcc|Subject|Re|Ref|File|Date|Sent|Issued|Importance|Attachments?|Reply-To)"
)
# a live blog's post stamp, a clock time on a line of its own ("23.51", "4:58 p.m.")
POST_STAMP = r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[ap]\.?m\.?)?"
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# a diary's or schedule's heading, a line that is only a date ("Saturday 14 April",
# "Easter Monday, 9 April", "Tuesday, March 4:")
DATE_HEADING = (
    r"(?:[A-Z][a-z]+,?[ \t]+){0,2}(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?"
    rf"{_MONTHS}|{_MONTHS}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?[ \t]+\d{{4}})?[ \t]*[:.]?"
)
