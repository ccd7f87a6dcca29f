"""The shapes of a document printed inside a story, shared by the reader (which keeps their lines)
and the tagger (which dates what follows them): an e-mail's or memo's header fields and a live
blog's post stamps. Plain patterns, so that reading need not load the tagger."""

from __future__ import annotations

# the fields of an e-mail's or memo's header ("From: ...", "Subject: ...")
HEADER_FIELDS = (
    r"(?:From|To|Cc|Bcc|Subject|Re|Ref|File|Date|Sent|Issued|Importance|Attachments?|Reply-To)"
)
# a live blog's post stamp, a clock time on a line of its own ("23.51", "4:58 p.m.")
POST_STAMP = r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[ap]\.?m\.?)?"
