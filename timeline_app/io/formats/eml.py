"""E-mail messages (.eml): Subject is the title, Date the publication date."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from timeline_app.core.models import DateSource
from timeline_app.io.errors import ReadError
from timeline_app.io.formats import Extracted
from timeline_app.io.formats.html import html_to_text
from timeline_app.io.pubdate import Candidate

__all__ = ["read_email"]

_HEADERS = ("from", "to", "subject", "date", "message-id")


def read_email(data: bytes, name: str) -> Extracted:
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(message, EmailMessage) or not any(h in message for h in _HEADERS):
        raise ReadError(name, "is not an e-mail message (it has no From, Date or Subject header).")
    text = _body_text(message)
    if not text.strip():
        raise ReadError(name, "is an e-mail with no text in its body.")
    subject = " ".join(str(message.get("subject", "")).split())
    extracted = Extracted(text, "email", title=subject)
    if message.get_body(preferencelist=("plain",)) is None:
        extracted.notes.append("The e-mail has no plain-text part; its HTML part was converted.")
    header = str(message.get("date", "")).strip()
    if header:
        try:
            sent = parsedate_to_datetime(header)
        except (TypeError, ValueError, IndexError):
            extracted.notes.append(f"The e-mail's Date header is not a date: {header!r}.")
        else:
            evidence = f"Date: {header}"
            extracted.dates.append(Candidate(sent.date(), DateSource.METADATA, evidence))
    return extracted


def _body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = _content(part)
    if part.get_content_type() == "text/html":
        return html_to_text(content) if content.strip() else ""
    return content


def _content(part: Message) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
    except (LookupError, ValueError, AssertionError):  # an unknown charset or a broken encoding
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""
