"""The one exception the readers raise."""

from __future__ import annotations

__all__ = ["ReadError"]


class ReadError(Exception):
    """A file could not be read as an article.

    ``str()`` is one user-facing sentence naming the file and the reason, ready for a dialog or
    the command line.
    """

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"{name} {reason}")
